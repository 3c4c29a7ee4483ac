"""Letting go of the module sources PySide6 reads at import.

PySide6 checks each module imported after it for `from __feature__` by reading its source
(`inspect.getsource`), and Python's `linecache` keeps every file it read: after start-up,
about 90,000 lines of 180 modules, 3.4 MiB that no part of the app reads again, and that
every full collection of Python's heap walks (a quarter of its time here; a collection
holds every thread, the countdown's too). The app calls this once the modules of a step
are imported. A traceback or a warning reads the lines it shows from the file again.
"""

from __future__ import annotations

import linecache


def forget_module_sources() -> None:
    linecache.clearcache()
