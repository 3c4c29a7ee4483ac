"""Every room of an event at a glance, from the venue's broker (docs/venue.md).

`VenueFeed` subscribes to every room's state and status on paho's thread, checks each
payload (runofshow.venue.decode: a bad one is a log line, never a crash) and hands the
result to the Qt thread as a signal. `OverviewWindow` shows one row per room: online or
not, the live session, its countdown, how late the day runs and the next anchor at risk;
sortable by any column, sized for a production office's wall screen.

A countdown here is never counted down: each repaint works it out from the wall clock and
the room's due end (RoomSummary.countdown_at), and the repaints are timed to the moments a
room's countdown shows its next second. A room that is offline or has sent nothing for a
while keeps its worked-out countdown (its PC may still run the room), but marked as an
estimate by a sign, not only by colour: "≈" before it, grey, and a tooltip with the moment
it was last heard from.
"""

from __future__ import annotations

import logging
import math
import os
import time
import uuid

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from runofshow.board import lateness_phrase
from runofshow.venue import (
    BrokerAddress,
    RoomSummary,
    StateMessage,
    StatusMessage,
    VenueError,
    decode,
    every_room,
)
from ui import venue_client

log = logging.getLogger(__name__)
STALE_AFTER_S = 5.0  # a room online but with no state for this long is marked as such
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_LINES = 1.6  # a row's height, in lines of its type
ROWS_AT_LEAST = 8  # the type is sized for this many rooms at least (a big venue has more)
MIN_TYPE_PX, MAX_TYPE_PX = 12, 72
ROOM, STATUS, SESSION, COUNTDOWN, LATE, ANCHOR = range(6)
OFFLINE_COLOUR, STALE_COLOUR, LATE_COLOUR = QColor("#ff6b6b"), QColor("#f0b429"), QColor("#f0b429")
ESTIMATE_COLOUR = QColor("#a6a6a6")  # 8:1 on the table's #111
ESTIMATE_MARK = "≈"


class VenueFeed(QObject):
    """The rooms of `event` as they arrive from the broker, as signals on the Qt thread."""

    room_state = Signal(object)  # RoomSummary
    room_status = Signal(object)  # StatusMessage
    connection = Signal(str, bool)  # words on the connection, and whether it is up

    def __init__(self, address: BrokerAddress, event: str, *, ca_file: str | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.address, self.event_name = address, event  # not `event`: QObject.event() is Qt's
        self.filters = [every_room(event, "state"), every_room(event, "status")]
        self.bad_payloads = 0
        self._client = venue_client.make_client(
            address, f"runofshow-overview-{os.getpid()}-{uuid.uuid4().hex[:8]}", ca_file=ca_file)
        self._client.on_connect = self._on_connect
        self._client.on_disconnect = self._on_disconnect
        self._client.on_message = self._on_message

    def start(self) -> None:
        venue_client.start(self._client, self.address)

    def stop(self) -> None:
        self._client.disconnect()
        self._client.loop_stop()

    # -- paho's thread -------------------------------------------------------------------
    def _on_connect(self, client, userdata, flags, reason, properties) -> None:
        if reason.is_failure:
            self.connection.emit(self.tr("{address} refused us: {reason}").format(
                address=self.address, reason=reason), False)
            return
        client.subscribe([(name, 1) for name in self.filters])
        self.connection.emit(self.tr("{address}, event {event}").format(
            address=self.address, event=self.event_name), True)

    def _on_disconnect(self, client, userdata, flags, reason, properties) -> None:
        self.connection.emit(self.tr("{address}: connection lost; reconnecting").format(
            address=self.address), False)

    def _on_message(self, client, userdata, message) -> None:
        try:
            found = decode(message.topic, message.payload)
        except VenueError as exc:
            self.bad_payloads += 1
            log.warning("venue: ignored a bad payload on %s: %s", message.topic[:200], exc)
            return
        if isinstance(found, StateMessage):
            self.room_state.emit(found.summary)
        elif isinstance(found, StatusMessage):
            self.room_status.emit(found)


class RoomsModel(QAbstractTableModel):
    """One row per room seen: its newest state and status."""

    def __init__(self, languages: tuple[str, ...] = (), parent: QObject | None = None):
        super().__init__(parent)
        self.languages = languages
        self.rooms: list[str] = []
        self.states: dict[str, RoomSummary] = {}
        self.statuses: dict[str, StatusMessage] = {}
        self.received: dict[str, float] = {}  # self.monotonic() of each room's newest state
        self.heard_at: dict[str, float] = {}  # and its wall-clock time, to say when
        self.now = time.time  # the wall clock (tests may replace it)
        self.monotonic = time.monotonic  # for staleness: immune to the wall clock's jumps
        self._ticked: dict[str, tuple] = {}  # each room's countdown and staleness as last repainted
        self.headers = [self.tr("Room"), self.tr("Status"), self.tr("Live session"),
                        self.tr("Countdown"), self.tr("Day"), self.tr("Next anchor at risk")]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rooms)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def _row(self, room: str) -> int:
        if room not in self.rooms:
            self.beginInsertRows(QModelIndex(), len(self.rooms), len(self.rooms))
            self.rooms.append(room)
            self.endInsertRows()
        return self.rooms.index(room)

    def take_state(self, summary: RoomSummary) -> None:
        row = self._row(summary.room)
        self.states[summary.room] = summary
        self.received[summary.room] = self.monotonic()
        self.heard_at[summary.room] = self.now()
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.headers) - 1))

    def take_status(self, status: StatusMessage) -> None:
        row = self._row(status.room)
        self.statuses[status.room] = status
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.headers) - 1))

    def tick(self) -> None:
        """The clock moved: the rows whose countdown or staleness it changed are repainted
        (the rooms' seconds turn at their own moments: twenty rooms, twenty repaints a
        second, each of one row, not of the whole wall screen)."""
        for row, room in enumerate(self.rooms):
            shown = (self.countdown(room), self.stale(room))
            if self._ticked.get(room) != shown:
                self._ticked[room] = shown
                self.dataChanged.emit(self.index(row, STATUS), self.index(row, COUNTDOWN))

    def next_change_after(self) -> float:
        """Real seconds until some room's countdown shows its next second (1 s at most)."""
        now = self.now()
        return min([1.0, *(s.next_change_after(now) for s in self.states.values())])

    def online(self, room: str) -> bool | None:
        status = self.statuses.get(room)
        return None if status is None else status.online

    def stale(self, room: str) -> bool:
        received = self.received.get(room)
        return received is None or self.monotonic() - received > STALE_AFTER_S

    def estimated(self, room: str) -> bool:
        """Whether the room's countdown is only worked out from its last state: the room is
        offline, or has not been heard from for STALE_AFTER_S."""
        return self.online(room) is False or self.stale(room)

    def last_heard(self, room: str) -> str:
        """When the room's newest state came, as the overview's own clock shows it."""
        heard = self.heard_at.get(room)
        if heard is None:
            return ""
        return self.tr("Last heard from {room} at {time}; its countdown is worked out from "
                       "that state.").format(room=room, time=time.strftime("%H:%M:%S", time.localtime(heard)))

    def countdown(self, room: str) -> tuple[str, int] | None:
        summary = self.states.get(room)
        return None if summary is None else summary.countdown_at(self.now())

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        room = self.rooms[index.row()]
        summary, column = self.states.get(room), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(room, summary, column)
        if role == SORT_ROLE:
            return self._sort_key(room, summary, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(room, summary, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COUNTDOWN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column in (STATUS, COUNTDOWN) and self.estimated(room):
            return self.last_heard(room) or None
        return None

    def _text(self, room: str, summary: RoomSummary | None, column: int) -> str:
        if column == ROOM:
            return room
        if column == STATUS:
            online = self.online(room)
            if online is False:
                return self.tr("OFFLINE")
            if self.stale(room):
                return self.tr("no news")
            text = self.tr("online")
            return text + self.tr(" · rehearsal") if summary is not None and summary.rehearsal else text
        if summary is None:
            return ""
        if column == SESSION:
            if summary.mode == "done":
                return self.tr("programme complete")
            title = summary.title_in(self.languages) or summary.session or ""
            return title if summary.mode == "live" else self.tr("next: {title}").format(title=title)
        if column == COUNTDOWN:
            found = self.countdown(room)
            if found is None:
                return ""
            return f"{ESTIMATE_MARK}{found[0]}" if self.estimated(room) else found[0]
        if column == LATE:
            return summary.day_status
        if column == ANCHOR:
            anchor = summary.anchor
            if anchor is None:
                return ""
            return self.tr("{time} ({session}) by {late}").format(
                time=anchor.at or anchor.anchor, session=anchor.title_in(self.languages),
                late=str(lateness_phrase(anchor.late_by_s)))
        return ""

    def _sort_key(self, room: str, summary: RoomSummary | None, column: int):
        if column == COUNTDOWN:
            found = self.countdown(room)
            return math.inf if found is None else found[1]
        if column == LATE:
            return -math.inf if summary is None else summary.late_by_s
        if column == ANCHOR:
            return -1 if summary is None or summary.anchor is None else summary.anchor.late_by_s
        if column == STATUS:
            return {False: 0, None: 1, True: 2}[self.online(room)]
        return self._text(room, summary, column).casefold()

    def _colour(self, room: str, summary: RoomSummary | None, column: int):
        if column == STATUS:
            if self.online(room) is False:
                return OFFLINE_COLOUR
            return STALE_COLOUR if self.stale(room) else None
        if column == COUNTDOWN:
            if self.estimated(room):
                return ESTIMATE_COLOUR
            found = self.countdown(room)
            return OFFLINE_COLOUR if found is not None and found[1] < 0 else None
        if column in (LATE, ANCHOR) and summary is not None and (summary.anchor or summary.late_by_s > 0):
            return LATE_COLOUR
        return None


class OverviewWindow(QWidget):
    """The overview's window: a title line and the rooms' table. F11 toggles fullscreen."""

    def __init__(self, feed: VenueFeed, languages: tuple[str, ...] = ()):
        super().__init__()
        self.setWindowTitle(self.tr("runofshow — venue overview: {event}").format(event=feed.event_name))
        self.setObjectName("venue-overview")
        # the connection line too: a stylesheet's colour is not inherited by the children
        self.setStyleSheet("QWidget#venue-overview, QTableView, QLabel { background: #111; color: #eee; }"
                           " QHeaderView::section { background: #222; color: #ccc; }")
        self.feed = feed
        self.model = RoomsModel(languages, self)
        self.sorted = QSortFilterProxyModel(self)
        self.sorted.setSourceModel(self.model)
        self.sorted.setSortRole(SORT_ROLE)
        self.sorted.setDynamicSortFilter(True)
        self.connection = QLabel(self.tr("connecting to {address}…").format(address=feed.address))
        self.table = QTableView()
        self.table.setModel(self.sorted)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ROOM, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SESSION, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.connection)
        layout.addWidget(self.table, 1)
        QShortcut(QKeySequence(Qt.Key.Key_F11), self, self._toggle_fullscreen)
        self.model.rowsInserted.connect(self._fit_type)  # a new room: every row still in sight
        feed.room_state.connect(self.model.take_state)
        feed.room_status.connect(self.model.take_status)
        feed.connection.connect(self._connection)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)
        self.resize(1280, 720)
        self._tick()

    def _tick(self) -> None:
        """Repaint as a countdown turns (each room's clock may tick at its own moment and
        speed), a few ms after, so its new second is surely there."""
        self.model.tick()
        self._timer.start(max(1, math.ceil(self.model.next_change_after() * 1000) + 5))

    def _connection(self, text: str, ok: bool) -> None:
        self.connection.setText(text if ok else "⚠ " + text)
        self.connection.setStyleSheet("" if ok else f"color: {OFFLINE_COLOUR.name()}")

    def _toggle_fullscreen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_type()

    def _fit_type(self) -> None:
        """Type as large as the window allows with every room's row in sight (a room
        scrolled out of view is a room nobody watches): read from across a production
        office. Each row is 1.6 lines of type; the title line and the header take two."""
        rows = max(len(self.model.rooms), ROWS_AT_LEAST)
        size = int(self.height() / ((rows + 2) * ROW_LINES + 1))
        font = QFont(self.font())
        font.setPixelSize(max(MIN_TYPE_PX, min(MAX_TYPE_PX, size)))
        self.table.setFont(font)
        self.connection.setFont(font)
        # the columns' names, smaller: through the style sheet, which styles the sections
        heading_px = max(MIN_TYPE_PX, font.pixelSize() * 2 // 3)
        self.table.horizontalHeader().setStyleSheet(f"QHeaderView::section {{ font-size: {heading_px}px; }}")
        self.table.verticalHeader().setDefaultSectionSize(int(font.pixelSize() * ROW_LINES))

    def closeEvent(self, event) -> None:
        self._timer.stop()
        self.feed.stop()
        super().closeEvent(event)


def open_overview(address: BrokerAddress, event: str, *, ca_file: str | None = None,
                  languages: tuple[str, ...] = ()) -> OverviewWindow:
    """A new overview window, subscribed, shown."""
    feed = VenueFeed(address, event, ca_file=ca_file)
    window = OverviewWindow(feed, languages)
    feed.setParent(window)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    feed.start()
    window.show()
    return window
