"""The table that shows one day's RundownModel, sized so that times are never elided and
nothing needs scrolling sideways.

The columns other than the title are as wide as their widest possible text (measured bold,
as the live row is bold), so a time never becomes "10:1…". The title comes right after the
times and takes what is left of the viewport, elided (the row's tooltip has all of it).
When the window is too narrow to keep TITLE_MIN_PX for the title, the columns after it
give way, least needed first (HIDE_ORDER): the id, which only a technician editing the file
needs, goes unless the title keeps a comfortable TITLE_ROOMY_PX; then the hand
adjustments, the cascade's compressions, the flags, and on a console narrower than 1280×720
gives it, the lateness. State and times always stay. The row's tooltip has it all.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from runofshow.projection import LIVE
from ui.rundown_model import ADJUSTED, COMPRESSED, FLAGS, HEADERS, ID, LATE, TITLE, RundownModel, state_mark
from ui.theme import light_palette

# the widest text each column can hold after the state's (the live mark, in the interface's
# language), the title's aside (it takes what is left)
_SAMPLES = ("00:00–00:00", "00:00–00:00", "", "+88:88", "−88:88", "+88:88")
TITLE_MIN_PX = 140  # about ten Chinese characters, or "Panel 1: Mutual Un…"
TITLE_ROOMY_PX = 320  # below this, the id column is not worth the title's room
# first to give way first; the lateness only on a console narrower than any it is made for
HIDE_ORDER = (ID, ADJUSTED, COMPRESSED, FLAGS, LATE)
PADDING_PX = 8


# The selected row: black on pale blue (the app's palette gives white on a mid blue)
SELECTED = {QPalette.ColorRole.Highlight: "#CFE2FF", QPalette.ColorRole.HighlightedText: "#000000"}


class RundownView(QTableView):
    def __init__(self, model: RundownModel, parent: QWidget | None = None):
        super().__init__(parent)
        # the app's light palette (its colours, ui/rundown_model.py, are chosen on white)
        # even where the app did not set it on a dark desktop (a test, a tool of its own)
        palette = light_palette()
        for role, colour in SELECTED.items():
            palette.setColor(role, QColor(colour))
        self.setPalette(palette)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        # the columns always fit (fit_columns): a sideways scroll bar would only hide rows
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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
        """Each column's width for its widest text; the title's is its smallest."""
        bold = self.font()
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        model = self.model()
        column = [[model.index(row, c).data() for row in range(model.rowCount())]
                  for c in (FLAGS, ID)]
        widest_flags = "⚠ " + max(column[0], key=metrics.horizontalAdvance, default="")
        longest_id = max(column[1], key=metrics.horizontalAdvance, default="")[:24]
        samples = (state_mark(LIVE), *_SAMPLES, widest_flags, longest_id)
        assert len(samples) == len(HEADERS)
        headers = [model.headerData(n, Qt.Orientation.Horizontal) for n in range(len(HEADERS))]
        widths = [max(metrics.horizontalAdvance(text), metrics.horizontalAdvance(headers[n]))
                  + PADDING_PX for n, text in enumerate(samples)]
        widths[TITLE] = TITLE_MIN_PX
        return widths

    def minimumSizeHint(self) -> QSize:
        """Never so narrow that the state, the times and TITLE_MIN_PX of title do not fit
        side by side (with the frame and a vertical scroll bar)."""
        always = [c for c in range(len(HEADERS)) if c not in HIDE_ORDER]
        width = (sum(self.natural_widths[c] for c in always) + 2 * self.frameWidth()
                 + self.verticalScrollBar().sizeHint().width())
        return QSize(width, super().minimumSizeHint().height())

    def hidden_columns(self) -> list[int]:
        return [c for c in range(len(HEADERS)) if self.isColumnHidden(c)]

    def fit_columns(self) -> None:
        """Share the viewport's width: every shown column at its natural width, the title
        the rest; columns after the title give way (HIDE_ORDER) while it has too little."""
        available = self.viewport().width()
        shown = [c for c in range(len(HEADERS)) if c != TITLE]
        for column in HIDE_ORDER:
            title = available - sum(self.natural_widths[c] for c in shown)
            if title >= (TITLE_ROOMY_PX if column == ID else TITLE_MIN_PX):
                break
            shown.remove(column)
        for column in range(len(HEADERS)):
            self.setColumnHidden(column, column != TITLE and column not in shown)
        header = self.horizontalHeader()
        for column in shown:
            header.resizeSection(column, self.natural_widths[column])
        rest = available - sum(self.natural_widths[c] for c in shown)
        header.resizeSection(TITLE, max(TITLE_MIN_PX, rest))

    def viewportEvent(self, event: QEvent) -> bool:
        # the viewport, not the view: it also narrows when the vertical scroll bar appears
        if event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().viewportEvent(event)
