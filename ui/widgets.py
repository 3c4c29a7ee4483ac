"""Widgets the chair and projector views share: text that fits, and clock-driven digits."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.fonts import ui_families

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


class FitText(QWidget):
    """Text that wraps and shrinks to fit its box, never clipped: long titles, CJK titles,
    mixed scripts. `largest` caps the size so short titles do not become huge."""

    def __init__(self, text: str = "", largest: int = 64, smallest: int = 10, bold: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._text = text
        self.largest = largest
        self.smallest = smallest
        self.bold = bold
        self.color = QColor("white")
        self.last_fits = True  # for tests: did the last paint fit the text whole?
        self.last_pixel_size = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.update()

    def set_color(self, color: QColor | str) -> None:
        color = QColor(color)
        if color != self.color:
            self.color = color
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
        painter.setPen(self.color)
        painter.drawText(QRectF(self.rect()), flags, self._text)
        painter.end()


class ClockDigits(QWidget):
    """Digits whose text comes from a callable asked at every paint (the wall clock, not
    a stored number). The font fills `height_share` of the widget's height, shrunk only if
    the text would not fit the width."""

    def __init__(self, text_source: Callable[[], str], height_share: float = 0.9,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.text_source = text_source
        self.height_share = height_share
        self.color = QColor("white")
        self.last_text = ""
        self.last_digit_height = 0  # pixel height of the drawn digits (for tests)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)

    def set_color(self, color: QColor | str) -> None:
        color = QColor(color)
        if color != self.color:
            self.color = color
            self.update()

    def digits_font(self, text: str) -> QFont:
        # Digit glyphs are about 0.72 of the pixel size; size from the height wanted, then
        # shrink if the widest text would not fit across.
        size = int(self.height() * self.height_share / 0.72)
        font = make_font(size, bold=True)
        font.setStyleHint(QFont.StyleHint.SansSerif)
        width = QFontMetrics(font).horizontalAdvance(text)
        if width > self.width() * 0.98 and width > 0:
            font.setPixelSize(max(1, int(size * self.width() * 0.98 / width)))
        return font

    def paintEvent(self, event) -> None:
        text = self.text_source()
        self.last_text = text
        if not text:
            return
        font = self.digits_font(text)
        metrics = QFontMetrics(font)
        self.last_digit_height = metrics.tightBoundingRect("0123456789").height()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(font)
        painter.setPen(self.color)
        painter.drawText(QRectF(self.rect()), int(Qt.AlignmentFlag.AlignCenter), text)
        painter.end()
