"""Spare PySide6 from reading the source of every module the app imports before its window.

Once PySide6 is imported, each import statement also asks it whether the imported module
uses PySide6 (for `from __feature__ import snake_case`, which changes how Qt's classes look
from that module alone). It answers by reading the module's whole source with
`inspect.getsource`, once per module, and keeps it in memory (`linecache`). Before the
chair's first window that was 40 modules (typing, logging, datetime... as a module of the
shell imports them, and the shell's own), ~4 ms; now 10, as for a bare window, ~1 ms.
Had PySide6 been imported before the core, it would also read all of the core's modules
and those they import: ~9 ms more. napari#8584 describes the same cost.

PySide6 keeps each answer in a table by module name, and does not read a module that is
already in it. `skip_source_scans` fills it in:
- every module loaded so far, except PySide6's own, is marked "ignore", PySide6's answer
  for a module whose source does not name PySide6. That covers the standard library,
  third-party libraries and runofshow's core, loaded before the shell imports Qt
  (runofshow.cli sees to that);
- the shell's own modules (ui/*.py), which are Qt code, are marked as using PySide6 with
  no feature selected, its answer for a module that names it.
A module marked one way that PySide6 would have marked the other behaves the same: the
mark matters only once some module selects a `__feature__`, and runofshow selects none.

The table is PySide6's internal (`pyside_feature_dict` in its `support.feature` module). If a
release renames or drops it, this does nothing: the start is slower, never wrong.
"""

from __future__ import annotations

import os
import sys

import PySide6.QtCore  # noqa: F401  installs PySide6's import hook and fills in its table

IGNORE = -1  # PySide6's mark for a module that does not use it
USES_PYSIDE = 0  # ... for one that does, with no __feature__ selected
LEFT_TO_PYSIDE = ("PySide6", "shiboken6", "__main__")  # and their submodules
SHELL = "ui"


def feature_table() -> dict | None:
    """PySide6's table of modules and their `__feature__` selection, if it has one."""
    module = sys.modules.get("PySide6.support.feature")
    table = getattr(module, "pyside_feature_dict", None)
    return table if isinstance(table, dict) else None


def skip_source_scans() -> int:
    """Mark the modules loaded so far (but PySide6's) as not using PySide6, and the shell's
    as using it, so PySide6 reads the source of none of them. Returns how many were
    marked."""
    table = feature_table()
    if table is None:
        return 0
    marked = {name: IGNORE for name in list(sys.modules)
              if name.partition(".")[0] not in (*LEFT_TO_PYSIDE, SHELL)}
    marked[SHELL] = USES_PYSIDE
    try:
        files = os.listdir(os.path.dirname(__file__))
    except OSError:  # a frozen app's modules live in its archive (and have no source)
        files = []
    marked.update({f"{SHELL}.{file[:-3]}": USES_PYSIDE for file in files
                   if file.endswith(".py") and file != "__init__.py"})
    new = {name: mark for name, mark in marked.items() if name not in table}
    table.update(new)
    return len(new)


skip_source_scans()  # on import: the shell imports this module before its others
