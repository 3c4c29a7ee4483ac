"""The table that shows one day's RundownModel, sized so that times are never elided.

The columns before the title are as wide as their widest possible text (measured bold,
as the live row is bold), so a time never becomes "10:1…". The title takes what is left,
but never less than TITLE_MIN_PX: on a narrow window the id column gives way first, and
only then does the table scroll sideways, rather than squeezing titles to "…".
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.rundown_model import FLAGS, HEADERS, ID, TITLE, RundownModel

_SAMPLES = ("✕ skipped", "00:00–00:00", "00:00–00:00", "+88:88", "−88:88", "+88:88")
TITLE_MIN_PX = 260  # about 18 Chinese characters: a whole short title in the first language
ID_MIN_PX = 90


class RundownView(QTableView):
    def __init__(self, model: RundownModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.verticalHeader().setVisible(False)
        # two lines per row: the title in the primary and the secondary language
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() * 2 + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.natural_widths = self._natural_widths()
        for column, width in enumerate(self.natural_widths):
            header.resizeSection(column, width)

    def _natural_widths(self) -> list[int]:
        bold = self.font()
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        model = self.model()
        column = [[model.index(row, c).data() for row in range(model.rowCount())]
                  for c in (FLAGS, ID)]
        widest_flags = "⚠ " + max(column[0], key=metrics.horizontalAdvance, default="")
        longest_id = max(column[1], key=metrics.horizontalAdvance, default="")[:24]
        samples = (*_SAMPLES, widest_flags, longest_id)
        assert len(samples) == TITLE
        return [max(metrics.horizontalAdvance(text), metrics.horizontalAdvance(HEADERS[n])) + 12
                for n, text in enumerate(samples)]

    def fit_columns(self) -> None:
        """Share the viewport's width: fixed columns, then the id, then the title."""
        available = self.viewport().width()
        fixed = sum(self.natural_widths[:ID])
        id_width = self.natural_widths[ID]
        spare = available - fixed - id_width
        if spare < TITLE_MIN_PX:  # narrow window: the id is the least needed, it gives way
            id_width = max(ID_MIN_PX, id_width - (TITLE_MIN_PX - spare))
        header = self.horizontalHeader()
        header.resizeSection(ID, id_width)
        header.resizeSection(TITLE, max(TITLE_MIN_PX, available - fixed - id_width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()
