"""Widgets the chair and projector views share: text that fits, and clock-driven digits."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QSize
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QMessageBox, QSizePolicy, QWidget

from ui.fonts import ui_families

MIN_STRETCH = 66  # long countdowns ("+1:02:03") are condensed to this % before they shrink
# ... unless that would take them under their least height: then down to this % first
FLOOR_STRETCH = 40  # "+12:29:00" at 35 % of a 4:3 (or 5:4) screen's height needs 44-47 %
SMALLEST_EVER = 4  # below its readable `smallest` a text still shrinks to this rather than clip
LINE_SEPARATOR = "\u2028"  # a forced line break inside a QTextLayout ("\n" is not one there)
WORD_WRAP = QTextOption.WrapMode.WordWrap
# breaks inside a word only where that word alone is wider than the line
WORD_OR_ANYWHERE = QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere


def ask_no_by_default(parent: QWidget, title: str, question: str) -> bool:
    """A yes/no question of the chair's or the technician's, answered Yes only on purpose:
    No is the default, so an Enter or the second Space of a double tap keeps things as they
    are (the show not started hours early, a fixed time not lifted)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def make_font(pixel_size: int, bold: bool = False, families: list[str] | None = None) -> QFont:
    font = QFont()
    font.setFamilies(families or ui_families() or ["sans-serif"])
    font.setPixelSize(max(1, int(pixel_size)))
    font.setBold(bold)
    return font


@dataclass(frozen=True)
class Lines:
    """Text broken into lines at one font and width: what is drawn, exactly as measured."""

    lines: tuple[str, ...]
    widths: tuple[float, ...]  # each line's natural width
    height: float

    def fits(self, box: QSize) -> bool:
        return max(self.widths, default=0) <= box.width() and self.height <= box.height()

    def overflowing(self, width: float) -> set[str]:
        """With WORD_WRAP, a line wider than `width` is one word alone that cannot fit."""
        return {line.strip() for line, wide in zip(self.lines, self.widths, strict=True)
                if wide > width}


def text_layout(text: str, font: QFont, width: float,
                wrap: QTextOption.WrapMode = WORD_WRAP) -> tuple[QTextLayout, Lines]:
    """`text` laid out in lines no wider than `width` where it can break: Latin text between
    words, CJK text between characters (Unicode line breaking, UAX #14). A word wider than
    the line overflows it with WORD_WRAP and is broken inside only with WORD_OR_ANYWHERE.
    Lines are stacked at their own heights, so a line of Chinese in the fallback font
    (taller than the Latin font's) counts as it is drawn. Each line is centred."""
    layout = QTextLayout(text.replace("\n", LINE_SEPARATOR), font)
    option = QTextOption()
    option.setWrapMode(wrap)
    layout.setTextOption(option)
    lines, widths, y = [], [], 0.0
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF((width - line.naturalTextWidth()) / 2, y))
        lines.append(text[line.textStart():line.textStart() + line.textLength()])
        widths.append(line.naturalTextWidth())
        y += line.height()
    layout.endLayout()
    return layout, Lines(tuple(lines), tuple(widths), y)


def measure(text: str, pixel_size: int, width: float, bold: bool = False,
            wrap: QTextOption.WrapMode = WORD_WRAP) -> Lines:
    return text_layout(text, make_font(pixel_size, bold), width, wrap)[1]


def largest_size(low: int, high: int, fits: Callable[[int], bool]) -> int | None:
    """The largest pixel size in [low, high] for which `fits` holds (binary search: a text
    that fits at one size fits at every smaller one), or None."""
    best = None
    while low <= high:
        middle = (low + high) // 2
        if fits(middle):
            best, low = middle, middle + 1
        else:
            high = middle - 1
    return best


@dataclass(frozen=True)
class Fit:
    """How a text is drawn in its box: the pixel size, where lines may break, and whether
    it fits whole at a readable size (at least the widget's `smallest`)."""

    pixel_size: int
    wrap: QTextOption.WrapMode
    fits: bool


def fit_text(text: str, box: QSize, largest: int, smallest: int = 8, bold: bool = False) -> Fit:
    """The largest size at which `text` fits `box` whole, lines broken between words (and
    between CJK characters). A word is broken inside only if it alone is wider than the box
    even at `smallest` (a long URL); every other word stays whole. A text that does not fit
    at `smallest` is made smaller still, down to SMALLEST_EVER, and reported as not
    fitting: a small text is better than a clipped one, and the caller learns that its box
    is too small."""
    width, low, high = box.width(), max(1, smallest), max(smallest, largest)
    hopeless = measure(text, low, width, bold).overflowing(width)

    def fits(size: int) -> bool:
        plain = measure(text, size, width, bold)
        if not hopeless:
            return plain.fits(box)
        # only the words too wide at every readable size may break
        return plain.overflowing(width) <= hopeless and \
            measure(text, size, width, bold, WORD_OR_ANYWHERE).fits(box)

    wrap = WORD_OR_ANYWHERE if hopeless else WORD_WRAP
    size = largest_size(low, high, fits)
    if size is not None:
        return Fit(size, wrap, True)
    # too much text for the box at a readable size: smaller, never clipped, and said
    tiny = min(SMALLEST_EVER, low)
    size = largest_size(tiny, low - 1, lambda size: measure(
        text, size, width, bold, WORD_OR_ANYWHERE).fits(box)) or tiny
    return Fit(size, WORD_OR_ANYWHERE, False)


class _PaintedText(QWidget):
    """Text this widget paints itself, in one colour, over whatever is behind it (a plain
    child widget that does not fill its background: the parent's shows through). The
    colour is the palette's WindowText, the pen a QPainter on the widget starts with."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.set_color("white")

    @property
    def color(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.WindowText)

    def set_color(self, color: QColor | str) -> None:
        color = QColor(color)
        if color != self.color:
            palette = self.palette()
            palette.setColor(QPalette.ColorRole.WindowText, color)
            self.setPalette(palette)  # repaints


class FitText(_PaintedText):
    """Text that wraps and shrinks to fit its box, never clipped: long titles, CJK titles,
    mixed scripts. `largest` caps the size so short titles do not become huge; below
    `smallest` it is no longer readable, and `last_fits` says so. An `optional` text (a
    legend that other words repeat) is not drawn at all where it would be unreadable."""

    def __init__(self, text: str = "", largest: int = 64, smallest: int = 10, bold: bool = False,
                 parent: QWidget | None = None, optional: bool = False):
        super().__init__(parent)
        self._text = text
        self.largest = largest
        self.smallest = smallest
        self.bold = bold
        self.optional = optional
        self._fit: tuple[tuple, Fit] | None = None  # the last fit and what it was worked out for
        # for tests: the last paint's size, lines, and whether it fitted at a readable size
        self.last_fits = True
        self.last_pixel_size = 0
        self.last_wrap = WORD_WRAP
        self.last_lines: tuple[str, ...] = ()

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.update()

    def fit(self) -> Fit:
        """The fit for the current text and box; worked out again only when one changes
        (the projector repaints every second)."""
        key = (self._text, self.width(), self.height(), self.largest, self.smallest, self.bold)
        if self._fit is None or self._fit[0] != key:
            self._fit = key, fit_text(self._text, self.size(), self.largest, self.smallest,
                                      self.bold)
        return self._fit[1]

    def paintEvent(self, event) -> None:
        if not self._text:
            self.last_lines = ()
            return
        chosen = self.fit()
        if self.optional and not chosen.fits:
            self.last_fits, self.last_lines = True, ()  # left out: nothing unreadable drawn
            return
        layout, lines = text_layout(self._text, make_font(chosen.pixel_size, self.bold),
                                    self.width(), chosen.wrap)
        self.last_fits, self.last_pixel_size = chosen.fits, chosen.pixel_size
        self.last_wrap, self.last_lines = chosen.wrap, lines.lines
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        # the same layout that was measured is drawn, centred in the box
        layout.draw(painter, QPointF(0, (self.height() - lines.height) / 2))
        painter.end()


class ClockDigits(_PaintedText):
    """Digits whose text comes from a callable asked at every paint (the wall clock, not a
    stored number). They fill `height_share` of the widget's height, sized from the font's
    real glyph height; a text too wide is condensed (down to MIN_STRETCH) before it shrinks;
    it never shrinks under `least_height` pixels (the projector's 35 % of the screen) while
    condensing further (down to FLOOR_STRETCH) can keep it there. The digits are centred on
    the glyphs, not on the line box (whose descent would push digits this big visibly up).
    With `colour_source` the colour is read at paint too, so it always matches a background
    painted from the same clock."""

    def __init__(self, text_source: Callable[[], str], height_share: float = 0.9,
                 parent: QWidget | None = None,
                 colour_source: Callable[[], str] | None = None):
        super().__init__(parent)
        self.text_source = text_source
        self.colour_source = colour_source
        self.height_share = height_share
        self.least_height = 0  # pixels of digit height kept by condensing, not shrinking
        self.last_text = ""
        self.last_digit_height = 0  # pixel height of the drawn digits (for tests)

    @staticmethod
    def cells(text: str, metrics: QFontMetrics) -> list[tuple[str, int]]:
        """Each character with the width it takes. Every digit gets the widest digit's
        width (tabular figures by hand: not every font has them), so the countdown does not
        jiggle sideways."""
        digit = max(metrics.horizontalAdvance(d) for d in "0123456789")
        return [(c, digit if c.isdigit() else metrics.horizontalAdvance(c)) for c in text]

    def text_width(self, text: str, font: QFont) -> int:
        return sum(width for _, width in self.cells(text, QFontMetrics(font)))

    def digits_font(self, text: str) -> QFont:
        font = make_font(1000, bold=True)  # measured big: at 100 px hinting adds ~3 %
        glyph_ratio = max(QFontMetrics(font).tightBoundingRect("0123456789").height() / 1000, 0.1)
        font.setPixelSize(max(1, int(self.height() * self.height_share / glyph_ratio)))
        least_size = min(font.pixelSize(), math.ceil(self.least_height / glyph_ratio))
        room = self.width() * 0.98
        if self.condense(text, font, room, MIN_STRETCH) > room:
            shrunk = max(1, int(font.pixelSize() * room / self.text_width(text, font)))
            if shrunk < least_size:  # condensing further keeps the least height
                font.setPixelSize(least_size)
                if self.condense(text, font, room, FLOOR_STRETCH) > room:
                    shrunk = max(1, int(least_size * room / self.text_width(text, font)))
                else:
                    shrunk = least_size
            font.setPixelSize(shrunk)
        return font

    def condense(self, text: str, font: QFont, room: float, least_stretch: int) -> int:
        """Condense `font` as far as `text` needs to fit `room`, not under `least_stretch`
        %; the text's width then."""
        font.setStretch(100)
        width = self.text_width(text, font)
        if width > room:
            stretch = max(least_stretch, int(100 * room / width))
            font.setStretch(stretch)
            width = self.text_width(text, font)  # a real condensed face may differ
            while width > room and stretch > least_stretch:  # rounded widths: a % more
                stretch -= 1
                font.setStretch(stretch)
                width = self.text_width(text, font)
        return width

    def paintEvent(self, event) -> None:
        text = self.text_source()
        self.last_text = text
        if not text:
            return
        if self.colour_source is not None:
            self.set_color(self.colour_source())  # a change repaints once more: harmless
        font = self.digits_font(text)
        metrics = QFontMetrics(font)
        self.last_digit_height = metrics.tightBoundingRect("0123456789").height()
        glyphs = metrics.tightBoundingRect(text)
        cells = self.cells(text, metrics)
        x = (self.width() - sum(width for _, width in cells)) / 2
        baseline = round((self.height() - glyphs.height()) / 2 - glyphs.top())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(font)
        for char, width in cells:  # each glyph centred in its cell
            painter.drawText(round(x + (width - metrics.horizontalAdvance(char)) / 2), baseline, char)
            x += width
        painter.end()
