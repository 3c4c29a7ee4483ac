"""Python's heap once the app is up: what it lets go of, and what the collector may skip.

- `forget_module_sources`: PySide6 checks each module imported after it for
  `from __feature__` by reading its source (`inspect.getsource`), and Python's `linecache`
  keeps every file it read: after start-up some 90,000 lines that no part of the app reads
  again (a traceback or a warning reads the lines it shows from the file again). The app
  calls this once the modules of a step are imported.
- `set_long_lived_aside`: what is alive once a show's windows are up (modules, classes,
  functions, the agenda, the windows) lives as long as the show. Each of Python's full
  collections walks every object it tracks, holding every thread while it does, the
  countdown's too; with the server's screens connected the app made several a minute, and
  none ever found anything to free. `gc.freeze()`, the standard library's way to say so,
  moves those objects out of the collector's walk: a full collection then walks only what
  came since (benchmarks/README.md, "Remote", has the figures). It is called once a show's
  windows are up and have painted a second; first, what an earlier call set aside and is
  garbage now (the windows of the show before a reload) is collected.
"""

from __future__ import annotations

import gc
import linecache


def forget_module_sources() -> None:
    linecache.clearcache()


def set_long_lived_aside() -> None:
    gc.unfreeze()
    gc.collect()
    gc.freeze()
