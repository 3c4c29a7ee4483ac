"""A label whose lines are cut to its width with "…", the whole text in its tooltip.

On a narrow console (1280×720, beside the chair's window) a long title must neither widen
the window nor wrap into lines that push the controls below it out of sight.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """Plain text, one or more lines, each elided at the right to the label's width."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        # as wide as the layout gives, never wider because of the text
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.full_text = ""
        self.set_full_text(text)

    def set_full_text(self, text: str, tooltip: str | None = None) -> None:
        """Show `text` (elided as needed); the tooltip is `tooltip`, else the whole text."""
        self.full_text = text
        self.setToolTip(text if tooltip is None else tooltip)
        self._elide()

    def is_elided(self) -> bool:
        return self.text() != self.full_text

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        width = max(0, self.contentsRect().width())
        shown = "\n".join(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
                          for line in self.full_text.split("\n"))
        if shown != self.text():
            self.setText(shown)
