"""Spare PySide6 from reading the source of modules that cannot use its `__feature__`s.

Once PySide6 is imported, each import statement also asks it whether the imported module
uses PySide6 (for `from __feature__ import snake_case`, which changes how Qt's classes look
from that module alone). It answers by reading the module's whole source with
`inspect.getsource`, once per module. Before the chair's first window that is ~80 modules
(typing, logging, datetime... each first imported again by a module of the shell), ~10 ms
of the app's start and their sources kept in `linecache`. napari#8584 describes the same cost.

PySide6 keeps each answer in a table by module name, and does not read a module that is
already in it. `skip_loaded_modules` fills it in for every module loaded so far except
PySide6's own and the shell's. That covers the standard library, third-party libraries and
runofshow's core, loaded before the shell imports Qt (runofshow.cli sees to that). Each is
marked "ignore", PySide6's answer for a module whose source does not name PySide6. For a
module that does name it, "ignore" still changes nothing: it matters only when a module
selects a `__feature__`, and runofshow selects none.

The table is PySide6's internal (`pyside_feature_dict` in its `support.feature` module). If a
release renames or drops it, this does nothing: the start is slower, never wrong.
"""

from __future__ import annotations

import sys

import PySide6.QtCore  # noqa: F401  installs PySide6's import hook and fills in its table

IGNORE = -1  # PySide6's mark for a module that does not use it
SCANNED_AS_USUAL = ("PySide6", "shiboken6", "ui", "__main__")  # and their submodules


def feature_table() -> dict | None:
    """PySide6's table of modules and their `__feature__` selection, if it has one."""
    module = sys.modules.get("PySide6.support.feature")
    table = getattr(module, "pyside_feature_dict", None)
    return table if isinstance(table, dict) else None


def skip_loaded_modules() -> int:
    """Mark the modules loaded so far (but PySide6's and the shell's) as not using PySide6,
    so it never reads their source. Returns how many were marked."""
    table = feature_table()
    if table is None:
        return 0
    marked = 0
    for name in list(sys.modules):
        if name not in table and name.partition(".")[0] not in SCANNED_AS_USUAL:
            table[name] = IGNORE
            marked += 1
    return marked


skip_loaded_modules()  # on import: the shell imports this module before its others
