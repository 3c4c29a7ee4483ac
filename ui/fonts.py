"""Fonts: one family list that renders Chinese and Latin text, or a clear warning.

The app uses a CJK-capable family found on the system (fonts-noto-cjk on Debian, YaHei on
Windows, PingFang on macOS) or one dropped into assets/fonts/. Without one, Chinese titles
would show as boxes, so the windows show a message saying what to install.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase

from runofshow.bundled import bundled_dir

# In order of preference: sans-serif families that cover Simplified Chinese.
CJK_FAMILIES = (
    "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN",
    "Microsoft YaHei", "Microsoft YaHei UI", "PingFang SC", "Hiragino Sans GB",
    "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback", "Noto Sans CJK JP",
)
LATIN_FAMILIES = ("Noto Sans", "DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial")

_loaded = False


def _load_bundled() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    folder = bundled_dir("assets") / "fonts"
    if folder.is_dir():
        for path in sorted(folder.glob("*.[ot]t[fc]")):
            QFontDatabase.addApplicationFont(str(path))


_installed: frozenset[str] | None = None  # the font database, asked once per process
_families: list[str] | None = None  # asked at every paint


def _available() -> frozenset[str]:
    global _installed
    if _installed is None:
        _load_bundled()
        _installed = frozenset(QFontDatabase.families())
    return _installed


def cjk_family() -> str | None:
    """The CJK-capable family to use, or None if this computer has none."""
    available = _available()
    return next((f for f in CJK_FAMILIES if f in available), None)


def ui_families() -> list[str]:
    global _families
    if _families is None:
        latin = [f for f in LATIN_FAMILIES if f in _available()][:1]
        cjk = cjk_family()
        _families = latin + ([cjk] if cjk else [])
    return list(_families)


def missing_font_message() -> str | None:
    if cjk_family() is not None:
        return None
    return QCoreApplication.translate(
        "Fonts", "No Chinese font is installed: Chinese titles may show as boxes. Install Noto Sans CJK "
        "(Debian: apt install fonts-noto-cjk) or put a .otf/.ttf in assets/fonts/.")
