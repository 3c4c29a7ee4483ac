"""Titles in any script shape right on every view: Arabic joined and right to left, CJK,
and the two mixed with Latin, drawn through the same text layout the chair, projector and
console paint with (ui/widgets.py), with fonts this computer has for each script."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QFont

from ui.widgets import FitText, make_font, text_layout

ARABIC = "افتتاح الدورة التاسعة"  # "Opening of the ninth session"
CHINESE = "知识产权和前沿技术产权组织对话会"
MIXED = "WIPO 对话会 · محادثة الويبو 2024"


def glyph_runs(text: str, font: QFont, width: float = 100_000):
    layout, _ = text_layout(text, font, width)
    return layout.glyphRuns()


def glyphs_of(text: str, font: QFont) -> list[int]:
    return [index for run in glyph_runs(text, font) for index in run.glyphIndexes()]


@pytest.mark.parametrize("text", [ARABIC, CHINESE, MIXED])
def test_every_character_has_a_glyph_in_the_fonts_we_draw_with(qapp, text):
    """Glyph 0 is a font's "missing" box (tofu): a title must never show one."""
    font = make_font(48)
    indexes = glyphs_of(text, font)
    assert indexes and 0 not in indexes


def test_arabic_letters_join_and_run_right_to_left(qapp):
    font = make_font(48)
    word = "بيت"  # three letters that join: initial, medial and final forms
    joined = glyphs_of(word, font)
    alone = [glyphs_of(letter, font)[0] for letter in word]
    assert len(joined) == 3 and sorted(joined) != sorted(alone)  # other glyphs than each letter alone
    runs = glyph_runs(ARABIC, font)
    assert runs and all(run.isRightToLeft() for run in runs)


def test_mixed_titles_keep_each_script_in_its_direction(qapp):
    runs = glyph_runs(MIXED, make_font(48))
    directions = {run.isRightToLeft() for run in runs}
    assert directions == {True, False}


@pytest.mark.parametrize("text", [ARABIC * 3, CHINESE * 3, MIXED * 3])
def test_long_titles_in_any_script_wrap_or_shrink_never_clip(qtbot, text):
    """The FitText every view draws titles with: all of the text, in lines within its box."""
    widget = FitText(text, largest=120, smallest=12)
    qtbot.addWidget(widget)
    widget.resize(QSize(900, 260))
    widget.show()
    widget.grab()  # paints
    assert widget.last_fits
    assert "".join(widget.last_lines).replace(" ", "") == text.replace(" ", "")
    assert len(widget.last_lines) > 1  # too long for one line at a readable size: it wrapped
