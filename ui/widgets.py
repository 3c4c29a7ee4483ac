"""Widgets the chair and projector views share: text that fits, and clock-driven digits."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.fonts import ui_families

MIN_STRETCH = 66  # long countdowns ("+1:02:03") are condensed to this % before they shrink
# QPainter.drawText and QFontMetrics.boundingRect take the flags as one int
_WRAP = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter)
_WRAP_ANYWHERE = int(Qt.TextFlag.TextWrapAnywhere | Qt.AlignmentFlag.AlignCenter)


def make_font(pixel_size: int, bold: bool = False, families: list[str] | None = None) -> QFont:
    font = QFont()
    font.setFamilies(families or ui_families() or ["sans-serif"])
    font.setPixelSize(max(1, int(pixel_size)))
    font.setBold(bold)
    return font


def fitting_font(text: str, box: QSize, largest: int, smallest: int = 8, bold: bool = False,
                 flags: int = _WRAP) -> tuple[QFont, bool]:
    """The largest font (by pixel size, binary search) whose wrapped text fits in `box`.
    Returns (font, fits); fits is False only if even `smallest` overflows."""
    low, high = max(1, smallest), max(smallest, largest)
    best = make_font(low, bold)
    fits = _fits(text, best, box, flags)
    while low <= high:
        middle = (low + high) // 2
        font = make_font(middle, bold)
        if _fits(text, font, box, flags):
            best, fits, low = font, True, middle + 1
        else:
            high = middle - 1
    return best, fits


def _fits(text: str, font: QFont, box: QSize, flags: int) -> bool:
    metrics = QFontMetrics(font)
    bounds = metrics.boundingRect(QRect(0, 0, box.width(), 1_000_000), flags, text)
    return bounds.width() <= box.width() and bounds.height() <= box.height()


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
    mixed scripts. `largest` caps the size so short titles do not become huge."""

    def __init__(self, text: str = "", largest: int = 64, smallest: int = 10, bold: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._text = text
        self.largest = largest
        self.smallest = smallest
        self.bold = bold
        self.last_fits = True  # for tests: did the last paint fit the text whole?
        self.last_pixel_size = 0

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.update()

    def layout_font(self) -> tuple[QFont, int]:
        font, fits = fitting_font(self._text, self.size(), self.largest, self.smallest, self.bold)
        flags = _WRAP
        if not fits:  # one unbreakable word (a URL): allow breaking inside it
            font, fits = fitting_font(self._text, self.size(), self.largest, self.smallest,
                                      self.bold, _WRAP_ANYWHERE)
            flags = _WRAP_ANYWHERE
        self.last_fits = fits
        self.last_pixel_size = font.pixelSize()
        return font, flags

    def paintEvent(self, event) -> None:
        if not self._text:
            return
        font, flags = self.layout_font()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(font)
        painter.drawText(QRectF(self.rect()), flags, self._text)
        painter.end()


class ClockDigits(_PaintedText):
    """Digits whose text comes from a callable asked at every paint (the wall clock, not a
    stored number). They fill `height_share` of the widget's height, sized from the font's
    real glyph height; a text too wide is condensed (down to MIN_STRETCH) before it shrinks;
    they are centred on the glyphs, not on the line box (whose descent would push digits
    this big visibly up). With `colour_source` the colour is read at paint too, so it always
    matches a background painted from the same clock."""

    def __init__(self, text_source: Callable[[], str], height_share: float = 0.9,
                 parent: QWidget | None = None,
                 colour_source: Callable[[], str] | None = None):
        super().__init__(parent)
        self.text_source = text_source
        self.colour_source = colour_source
        self.height_share = height_share
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
        font = make_font(100, bold=True)
        glyph_ratio = QFontMetrics(font).tightBoundingRect("0123456789").height() / 100
        font.setPixelSize(max(1, int(self.height() * self.height_share / max(glyph_ratio, 0.1))))
        room = self.width() * 0.98
        width = self.text_width(text, font)
        if width > room:
            font.setStretch(max(MIN_STRETCH, int(100 * room / width)))
            width = self.text_width(text, font)  # a real condensed face may differ
            if width > room:
                font.setPixelSize(max(1, int(font.pixelSize() * room / width)))
        return font

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
