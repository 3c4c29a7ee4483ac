"""Colours, words and shapes of the four phases, chosen for a hall seen from 15 m.

Every phase keeps text-to-background contrast at 7:1 or better (WCAG AAA), and every
phase changes a word and a symbol too, so a colour-blind chair reads it without colour.
Overtime flashes between two backgrounds, both of which keep 7:1 with the text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor, QPalette

from ui.i18n import translate_in


@dataclass(frozen=True)
class PhaseStyle:
    """How one countdown phase looks: colours, and the symbol and word that say it without colour."""

    background: str
    foreground: str
    symbol: str
    word: str  # in English; shown in the agenda's languages through the translations
    flash_background: str | None = None  # overtime alternates with this


PHASE_STYLES = {
    "normal": PhaseStyle("#000000", "#FFFFFF", "●",
                         QT_TRANSLATE_NOOP("Theme", "TIME LEFT")),
    "warning": PhaseStyle("#FFB000", "#000000", "▲",
                          QT_TRANSLATE_NOOP("Theme", "WARNING")),
    "danger": PhaseStyle("#FF7A1A", "#000000", "◆",
                         QT_TRANSLATE_NOOP("Theme", "LAST MINUTE")),
    "overtime": PhaseStyle("#A00000", "#FFFFFF", "■",
                           QT_TRANSLATE_NOOP("Theme", "OVERTIME"),
                           flash_background="#000000"),
}
WAITING_STYLE = PhaseStyle("#000000", "#FFFFFF", "◷",
                           QT_TRANSLATE_NOOP("Theme", "STARTS IN"))
BLACKOUT = "#000000"
REHEARSAL_COLOURS = ("#FFFFFF", "#5B2A86")  # text, badge background (contrast > 7:1)
# The chair's "PROJECTOR BLACKED OUT": black on white, a box that stands out on every
# phase's background (none of them is white) and reads at 21:1.
BLACKOUT_BADGE_COLOURS = ("#000000", "#FFFFFF")


def words_in(english: str, languages: tuple[str, ...], context: str) -> list[str]:
    """A fixed word in each of the agenda's languages, primary first, from the shipped
    translations (the room's languages, whatever the interface speaks); a language without
    one says the English."""
    return [translate_in(lang, context, english) for lang in languages or ("en",)]


def in_languages(english: str, languages: tuple[str, ...], context: str,
                 separator: str = " · ") -> str:
    """The word in each of the agenda's languages, each once ("彩排 · REHEARSAL")."""
    return joined(words_in(english, languages, context), separator)


def joined(words: Iterable[str], separator: str = " · ") -> str:
    """Words joined by " · ", each once (a language without a translation of its own says
    the English word, which another language may have said already)."""
    return separator.join(dict.fromkeys(words))


def phase_word(style: PhaseStyle, languages: tuple[str, ...]) -> str:
    return f"{style.symbol} " + in_languages(style.word, languages, "Theme")


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of #RRGGBB."""
    channels = [int(colour.lstrip("#")[k:k + 2], 16) / 255 for k in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(a: str, b: str) -> float:
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


WINDOW_GREY = "#EFEFEF"  # the technician's windows (console, dialogs) on every desktop


def light_palette() -> QPalette:
    """The app's palette, whatever the desktop's theme: the console's and the rundown's
    colours are chosen 7:1 on it, and on a dark theme they were unreadable (dark red on
    dark grey, white on the live row's pale green). The chair and the projector paint their
    own colours; widgets with a style sheet take this one too (they follow the application's
    palette, not their parent's)."""
    palette = QPalette(QColor(WINDOW_GREY))  # every role worked out from a light grey
    for role, colour in ((QPalette.ColorRole.Base, "#FFFFFF"), (QPalette.ColorRole.Text, "#000000"),
                         (QPalette.ColorRole.WindowText, "#000000"),
                         (QPalette.ColorRole.ButtonText, "#000000")):
        palette.setColor(role, QColor(colour))
    return palette
