"""Qt's enum values for the chair's window, without PySide6's `Qt` namespace.

The first use of `PySide6.QtCore.Qt` (even importing the name) makes PySide6 build a Python
enum class for each of its ~90 enums: ~25 ms, as long as all the rest of the chair's window
takes to build. The chair's window is on screen before anything needs `Qt` (the console,
built after its first frame, pays that cost). So what it builds sets enum properties by
name, which Qt's meta-object system resolves in C++, and draws text with Qt's own flag
values, which tests/test_qt_names.py pins to the `Qt` enums.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

# Qt::AlignmentFlag and Qt::TextFlag values, as QPainter.drawText and
# QFontMetrics.boundingRect take them (an int of OR-ed flags)
ALIGN_CENTER = 0x0084
TEXT_WORD_WRAP = 0x1000
TEXT_WRAP_ANYWHERE = 0x2000


def set_by_name(target: QObject, prop: str, key: str) -> None:
    """Set an enum or flags property (`focusPolicy`, `alignment`, `timerType`…) by the
    name of its value (`"NoFocus"`, `"AlignCenter"`…). A wrong name raises at once rather
    than leaving Qt's default in place."""
    if target.metaObject().indexOfProperty(prop) < 0 or not target.setProperty(prop, key):
        raise ValueError(f"{type(target).__name__}.{prop} cannot be set to {key!r}")
