"""Colours, words and shapes of the four phases, chosen for a hall seen from 15 m.

Every phase keeps text-to-background contrast at 7:1 or better (WCAG AAA), and every
phase changes a word and a symbol too, so a colour-blind chair reads it without colour.
Overtime flashes between two backgrounds, both of which keep 7:1 with the text.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PhaseStyle:
    """How one countdown phase looks: colours, and the symbol and word that say it without colour."""

    background: str
    foreground: str
    symbol: str
    word: dict[str, str]  # language -> word
    flash_background: str | None = None  # overtime alternates with this


PHASE_STYLES = {
    "normal": PhaseStyle("#000000", "#FFFFFF", "●", {"en": "TIME LEFT", "zh": "剩余时间"}),
    "warning": PhaseStyle("#FFB000", "#000000", "▲", {"en": "WARNING", "zh": "即将结束"}),
    "danger": PhaseStyle("#FF7A1A", "#000000", "◆", {"en": "LAST MINUTE", "zh": "最后一分钟"}),
    "overtime": PhaseStyle("#A00000", "#FFFFFF", "■", {"en": "OVERTIME", "zh": "已超时"},
                           flash_background="#000000"),
}
WAITING_STYLE = PhaseStyle("#000000", "#FFFFFF", "◷", {"en": "STARTS IN", "zh": "即将开始"})
BLACKOUT = "#000000"
REHEARSAL_COLOURS = ("#FFFFFF", "#5B2A86")  # text, badge background (contrast > 7:1)
# The chair's "PROJECTOR BLACKED OUT": black on white, a box that stands out on every
# phase's background (none of them is white) and reads at 21:1.
BLACKOUT_BADGE_COLOURS = ("#000000", "#FFFFFF")


def phase_word(style: PhaseStyle, languages: tuple[str, ...]) -> str:
    words = [style.word[lang] for lang in languages if lang in style.word]
    return f"{style.symbol} " + " · ".join(words or [style.word["en"]])


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of #RRGGBB."""
    channels = [int(colour.lstrip("#")[k:k + 2], 16) / 255 for k in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(a: str, b: str) -> float:
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)
