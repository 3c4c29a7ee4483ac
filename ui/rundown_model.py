"""One day of the rundown as a table model: planned against projected, row per session.

The rows never change in number (a day's sessions are fixed by the agenda), so the model
is never reset: on every action and every tick it recomputes its rows from the
controller's projection and emits dataChanged for the rows whose text or look changed.
That keeps the technician's selection and scroll position through a live show.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from runofshow.board import anchor_name, at_risk_words
from runofshow.model import Agenda
from runofshow.projection import DONE, LIVE, SKIPPED, UPCOMING, DayProjection, SessionProjection
from runofshow.render import minutes_text
from ui.controller import ShowController
from ui.i18n import say

# The title comes right after the times: on a narrow console (1280×720, beside the chair's
# window) it is what must stay in view; the numbers after it give way first (RundownView).
STATE, PLANNED, PROJECTED, TITLE, LATE, COMPRESSED, ADJUSTED, FLAGS, ID = range(9)
# The words of this module are in this translation context; the tables below are only
# marked here, and translated where they are shown (`translated`).
CONTEXT = "RundownModel"
HEADERS = (
    QT_TRANSLATE_NOOP("RundownModel", "State"),
    QT_TRANSLATE_NOOP("RundownModel", "Planned"),
    QT_TRANSLATE_NOOP("RundownModel", "Projected"),
    QT_TRANSLATE_NOOP("RundownModel", "Title"),
    QT_TRANSLATE_NOOP("RundownModel", "Late"),
    QT_TRANSLATE_NOOP("RundownModel", "Compr."),
    QT_TRANSLATE_NOOP("RundownModel", "Adj."),
    QT_TRANSLATE_NOOP("RundownModel", "Flags"),
    QT_TRANSLATE_NOOP("RundownModel", "ID"),
)
HEADER_TIPS = (
    QT_TRANSLATE_NOOP("RundownModel", "▶ LIVE · ✓ done · ✕ skipped · blank: upcoming"),
    QT_TRANSLATE_NOOP("RundownModel", "planned start–end, as published"),
    QT_TRANSLATE_NOOP("RundownModel", "projected start–end now, after every action and the clock"),
    QT_TRANSLATE_NOOP("RundownModel",
                      "title, primary and secondary language (the whole title in the row's tooltip)"),
    QT_TRANSLATE_NOOP("RundownModel", "projected (or actual) start − planned start"),
    QT_TRANSLATE_NOOP("RundownModel", "taken automatically from this flexible session to hold an anchor"),
    QT_TRANSLATE_NOOP("RundownModel", "the chair's extensions (+) or compressions (−) by hand"),
    QT_TRANSLATE_NOOP("RundownModel",
                      "⚓start: must not start late · ⚓end: must not end late · ↔: may be compressed"),
    QT_TRANSLATE_NOOP("RundownModel", "session id, as in the agenda file and the journal"),
)
SESSION_ID_ROLE = Qt.ItemDataRole.UserRole  # the row's session id, for the console's actions
STATE_ROLE = Qt.ItemDataRole.UserRole + 1  # done / live / upcoming / skipped

STATE_WORDS = {DONE: QT_TRANSLATE_NOOP("RundownModel", "✓ done"),
               LIVE: QT_TRANSLATE_NOOP("RundownModel", "▶ LIVE"),
               SKIPPED: QT_TRANSLATE_NOOP("RundownModel", "✕ skipped"),
               UPCOMING: QT_TRANSLATE_NOOP("RundownModel", "upcoming")}
# The state column says only what stands out: the live row in words, done and skipped rows
# by a mark (they are also dimmed and struck out), upcoming ones not at all. The room it
# saves goes to the title on a narrow console; the row's tooltip has the word.
STATE_MARKS = {DONE: "✓", LIVE: QT_TRANSLATE_NOOP("RundownModel", "▶ LIVE"), SKIPPED: "✕", UPCOMING: ""}
KIND_WORDS = {"qa": QT_TRANSLATE_NOOP("RundownModel", "Q&A"),  # else the kind as the agenda writes it
              "fireside": QT_TRANSLATE_NOOP("RundownModel", "fireside chat"),
              "meal": QT_TRANSLATE_NOOP("RundownModel", "meal break")}
# Colours on the rundown's light palette (ui/theme.py light_palette, whatever the
# desktop's theme): each text 7:1 on white and on the background it can have (the live
# row's, a breach's), except DIM on white at 7.5:1 only (done rows are never live).
LIVE_BACKGROUND = QColor("#DDF5E2")
BREACH_BACKGROUND = QColor("#FFE5E5")
DIM = QColor("#555555")
LATE_COLOUR = QColor("#7A3A00")
AHEAD_COLOUR = QColor("#125A26")
COMPRESSED_COLOUR = QColor("#1A4587")
BREACH_COLOUR = QColor("#9A0000")
_CENTRED = (STATE, PLANNED, PROJECTED, FLAGS)
_RIGHT = (LATE, COMPRESSED, ADJUSTED)


def translated(text: str) -> str:
    """A text of this module's tables (HEADERS, STATE_WORDS, ...) in the interface's language."""
    return QCoreApplication.translate(CONTEXT, text) if text else text


def state_word(state: str) -> str:
    """A session's state in words ("▶ LIVE", "✓ done"), as the row's tooltip says it."""
    return translated(STATE_WORDS.get(state, state))


def state_mark(state: str) -> str:
    """What the state column shows for a session in `state`."""
    return translated(STATE_MARKS.get(state, state))


def signed(seconds: int) -> str:
    """+7:30 / −2:00 (a real minus sign, which lines up with the plus in a column)."""
    return minutes_text(seconds).replace("-", "−")


def hhmm(agenda: Agenda, epoch_s: int | None) -> str:
    return "—" if epoch_s is None else f"{agenda.local(epoch_s):%H:%M}"


@dataclass(frozen=True)
class Row:
    """Everything one row shows; compared between refreshes to find what changed."""

    session_id: str
    state: str
    texts: tuple[str, ...]
    late_s: int | None
    breach: str  # "" or a description of the breached anchor
    tooltip: str


def make_row(agenda: Agenda, item: SessionProjection, breaches: dict[str, str]) -> Row:
    session = item.session
    late = None if item.start_s is None else item.start_s - session.start_s
    flags = []
    if session.hard_start:
        flags.append(QCoreApplication.translate("RundownModel", "⚓start"))
    if session.hard_end:
        flags.append(QCoreApplication.translate("RundownModel", "⚓end"))
    if session.min_duration_s is not None:
        flags.append(f"↔{session.min_duration_s // 60}′")
    breach = breaches.get(session.id, "")
    if breach:
        flags.insert(0, "⚠")
    primary, secondary = session.title.pair(agenda.languages)
    title = f"{primary}\n{secondary}" if secondary else primary
    late_text = "" if late is None else signed(late)
    texts = (
        state_mark(item.state),
        f"{session.start:%H:%M}–{session.end:%H:%M}",
        "—" if item.start_s is None else f"{hhmm(agenda, item.start_s)}–{hhmm(agenda, item.end_s)}",
        title,
        late_text,
        signed(-item.compressed_by_s),
        signed(item.adjusted_by_s),
        " ".join(flags),
        session.id,
    )
    # The tooltip says all the row says, in words: on a narrow console the columns after
    # the title may be hidden, and the title itself elided.
    kind = translated(KIND_WORDS[session.kind]) if session.kind in KIND_WORDS else session.kind
    tip = [title, f"{kind} · {state_word(item.state)}"]
    numbers = [QCoreApplication.translate(CONTEXT, words).format(time=text) for words, text in (
        (QT_TRANSLATE_NOOP("RundownModel", "late {time}"), late_text),
        (QT_TRANSLATE_NOOP("RundownModel", "compressed {time}"), texts[COMPRESSED]),
        (QT_TRANSLATE_NOOP("RundownModel", "adjusted by hand {time}"), texts[ADJUSTED])) if text]
    if numbers:
        tip.append(" · ".join(numbers))
    if session.hard_start:
        tip.append(QCoreApplication.translate("RundownModel", "fixed start at {time}").format(
            time=f"{session.start:%H:%M}"))
    if session.hard_end:
        tip.append(QCoreApplication.translate("RundownModel", "fixed end at {time}").format(
            time=f"{session.end:%H:%M}"))
    if session.min_duration_s is not None:
        tip.append(QCoreApplication.translate("RundownModel", "flexible: may be compressed down to %n min",
                                              None, session.min_duration_s // 60))
    if breach:
        tip.append(f"⚠ {breach}")
    tip.append(QCoreApplication.translate("RundownModel", "id in the agenda file: {id}").format(
        id=session.id))
    return Row(session.id, item.state, texts, late, breach, "\n".join(tip))


class RundownModel(QAbstractTableModel):
    """The sessions of one day (`day_index` into the agenda's days)."""

    def __init__(self, controller: ShowController, day_index: int, parent: QObject | None = None):
        super().__init__(parent)
        self.controller = controller
        self.day_index = day_index
        self._rows: list[Row] = self._compute()
        controller.changed.connect(self.refresh)
        controller.ticked_late.connect(self.refresh)

    # -- what the console asks --------------------------------------------------------
    def day_projection(self) -> DayProjection:
        return self.controller.projection().days[self.day_index]

    def session_id(self, row: int) -> str:
        return self._rows[row].session_id

    def state(self, row: int) -> str:
        return self._rows[row].state

    def row_of(self, session_id: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.session_id == session_id), None)

    def live_row(self) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.state == LIVE), None)

    def refresh(self) -> None:
        """Recompute every row; signal only the span that changed (never a reset)."""
        rows = self._compute()
        changed = [i for i, (old, new) in enumerate(zip(self._rows, rows, strict=True))
                   if old != new]
        self._rows = rows
        if changed:
            self.dataChanged.emit(self.index(changed[0], 0),
                                  self.index(changed[-1], len(HEADERS) - 1))

    def _compute(self) -> list[Row]:
        agenda = self.controller.agenda
        day = self.day_projection()
        # the anchor by its time, and how late in whole minutes: the chair's words exactly
        breaches = {breach.session: say(at_risk_words(anchor_name(day, agenda.session(breach.session),
                                                                  breach.anchor), breach.late_by_s))
                    for breach in day.breaches}
        return [make_row(agenda, item, breaches) for item in day.sessions]

    # -- Qt model interface -------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translated(HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return translated(HEADER_TIPS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.texts[column]
        if role == SESSION_ID_ROLE:
            return row.session_id
        if role == STATE_ROLE:
            return row.state
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (Qt.AlignmentFlag.AlignHCenter if column in _CENTRED else
                          Qt.AlignmentFlag.AlignRight if column in _RIGHT else
                          Qt.AlignmentFlag.AlignLeft)
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == FLAGS and row.breach:
                return QBrush(BREACH_BACKGROUND)
            if row.state == LIVE:
                return QBrush(LIVE_BACKGROUND)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column)
        if role == Qt.ItemDataRole.FontRole:
            return self._font(row)
        return None

    @staticmethod
    def _foreground(row: Row, column: int) -> QBrush | None:
        if column == FLAGS and row.breach:
            return QBrush(BREACH_COLOUR)
        if row.state in (DONE, SKIPPED):
            return QBrush(DIM)  # what is behind us recedes
        if column == LATE and row.late_s:
            return QBrush(LATE_COLOUR if row.late_s > 0 else AHEAD_COLOUR)
        if column == COMPRESSED and row.texts[COMPRESSED]:
            return QBrush(COMPRESSED_COLOUR)
        return None

    @staticmethod
    def _font(row: Row) -> QFont | None:
        if row.state == LIVE:
            font = QFont()
            font.setBold(True)
            return font
        if row.state == SKIPPED:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None
