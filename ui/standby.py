"""A standby PC in the app (docs/venue.md, issue 17 part 2): the show's windows mirror the
room's, marked FOLLOWING, their live actions refused; when the room's PC goes offline the
console and the chair say so loudly and the console offers "Take over", which the
technician confirms (never automatic: two writers are worse than a pause).

Taking over keeps the journal copy's entries under a new first line, a larger epoch that
names the entry it took over from (runofshow.standby.takeover_header), and the app
publishes the room from then on as its primary.
"""

from __future__ import annotations

import logging
import time
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QWidget,
)

from runofshow.errors import AgendaError
from runofshow.model import Agenda
from runofshow.standby import (
    FollowOptions,
    copy_header,
    copy_path,
    keep_room_agenda,
    load_room_agenda,
    start_copy,
    takeover_header,
)
from runofshow.venue import AgendaMessage, VenueOptions
from ui.venue_follower import VenueFollower

log = logging.getLogger(__name__)
# the room's PC says it is online but has sent no state for this long: its app has hung (a
# PC sends one each second while its screens are alive: ui/venue_publisher.py GUI_SILENT_S)
ROOM_SILENT_S = 8.0
FOLLOWING_STYLE = "background: #8a5a00; color: white; font-weight: bold; padding: 4px;"
OFFLINE_STYLE = "background: #c00000; color: white; font-weight: bold; font-size: 16pt; padding: 6px;"


class Banner(QFrame):
    """A strip across the top of a window, above its content. On a console, a row of its own
    under the menu bar (a toolbar that cannot be moved), so the console's content moves down
    rather than being covered; on the chair's and the projector's windows, laid over their
    top edge, whose layouts are theirs to keep."""

    def __init__(self, window: QWidget, button: str | None = None):
        super().__init__(window)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.button = QPushButton(button) if button else None
        if self.button is not None:
            layout.addWidget(self.button)
        self.toolbar: QToolBar | None = None
        if isinstance(window, QMainWindow):
            self.toolbar = QToolBar(window)
            self.toolbar.setMovable(False)
            self.toolbar.setFloatable(False)
            self.toolbar.toggleViewAction().setEnabled(False)  # not hidden from its context menu
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            self.toolbar.addWidget(self)
            window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        else:
            window.installEventFilter(self)
        self.show()

    def say(self, text: str, alarm: bool) -> None:
        self.label.setText(text)
        self.setStyleSheet(OFFLINE_STYLE if alarm else FOLLOWING_STYLE)
        if self.button is not None:
            self.button.setVisible(alarm)
        self._place()

    def remove(self) -> None:
        """Gone, with its row on a console."""
        self.hide()
        if self.toolbar is not None:
            window = self.toolbar.parentWidget()
            window.removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
        self.deleteLater()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        if self.toolbar is not None:
            return  # the console's own layout places it
        window = self.parentWidget()
        self.setGeometry(0, 0, window.width(), self.heightForWidth(window.width())
                         if self.hasHeightForWidth() else self.sizeHint().height())
        self.raise_()


class Standby(QObject):
    """This PC follows a room of the venue. `app` is the Application (ui/app.py): its shell
    opens the journal copies, and it publishes the room once this PC takes over."""

    def __init__(self, app, venue: VenueOptions, follow: FollowOptions):
        super().__init__()
        self.app, self.venue, self.options = app, venue, follow
        self.epoch = follow.epoch
        self.following = True
        self.offline_since: float | None = None
        self.silent_since: float | None = None  # online by its status, but no state for ROOM_SILENT_S
        self.windows = None
        self.banners: list[Banner] = []
        self._line_slot = None
        self.auto_take_over = False  # tests and benchmarks: confirm the offer at once
        self.follower = VenueFollower(venue.address, venue.event, follow.room, follow.epoch,
                                      ca_file=venue.ca_file, agenda=(follow.agenda_sha, follow.agenda_seq))
        self.follower.open_agenda = self.open_agenda
        self.follower.room_status.connect(self._room_status)
        self.follower.new_epoch.connect(self._new_epoch)
        self.follower.agenda_changed.connect(self._agenda_changed)
        self.follower.start()
        self._silence = QTimer(self)
        self._silence.timeout.connect(self._watch_silence)
        self._silence.start(1000)

    def copy_file(self, agenda_source: str):
        """This epoch's journal copy, begun (with the primary's epoch in its header) if new."""
        path = copy_path(agenda_source, self.venue.event, self.options.room, self.epoch)
        if not path.exists() or not path.stat().st_size:
            start_copy(path, copy_header(agenda_source, self.epoch, self.venue.event, self.options.room))
        return path

    def attach(self, windows) -> None:
        """The show's windows are built (at start, or rebuilt): mark them and mirror into them."""
        self.windows = windows
        room = self.options.room
        controller = windows.controller
        controller.hold(self.tr("this PC is following room {room}: its own PC runs the show (take over "
                                "from the console if that PC fails)").format(room=room))
        # the cues show here too, but the room hears them from its own PC only (a standby
        # wired to the same sound desk would say every one twice)
        windows.cues.silent_because = self.tr("a standby: room {room}'s own PC speaks").format(room=room)
        console = windows.console
        if self._line_slot is not None:  # the windows before these (a new copy) are gone
            self.follower.line_changed.disconnect(self._line_slot)
        self._line_slot = lambda text, ok: console.show_room_status("standby", text, ok)
        self.follower.line_changed.connect(self._line_slot)
        self.banners = [Banner(windows.console, self.tr("Take over…")), Banner(windows.chair)]
        if windows.projector is not None:
            self.banners.append(Banner(windows.projector))
        self.banners[0].button.clicked.connect(lambda: self.take_over(confirm=True))
        self.follower.follow(controller, self.epoch)
        self._show_banners()

    def _watch_silence(self) -> None:
        """Online by its status, but no state for ROOM_SILENT_S: the room's app has hung
        (its screens frozen), said as loudly as a PC gone offline, with the offer to take
        over; its next state clears it."""
        if not self.following:
            return
        heard = self.follower.last_state_at
        silent = (self.follower.online is True and heard is not None
                  and time.monotonic() - heard > ROOM_SILENT_S)
        if silent and self.silent_since is None:
            self.silent_since = time.time() - ROOM_SILENT_S
            log.warning("venue: room %r's PC has sent nothing for %.0f s; this standby offers to take over",
                        self.options.room, ROOM_SILENT_S)
        elif not silent and self.silent_since is not None:
            self.silent_since = None
        else:
            return
        if self.windows is not None:
            self._show_banners()

    def _show_banners(self) -> None:
        room = self.options.room
        if self.offline_since is not None:
            text = self.tr("ROOM {room}'S PC IS OFFLINE since {time}: this PC can take over")
            since = self.offline_since
        elif self.silent_since is not None:
            text = self.tr("ROOM {room}'S PC HAS NOT ANSWERED since {time}: this PC can take over")
            since = self.silent_since
        else:
            text, since = self.tr("FOLLOWING room {room}"), None
        at = datetime.fromtimestamp(since).strftime("%H:%M:%S") if since is not None else ""
        said = text.format(room=room, time=at)
        for banner in self.banners:
            banner.say(said, since is not None)  # an alarm, with Take over…, when it is not well

    def _room_status(self, online: bool, epoch: int) -> None:
        if not self.following:
            return
        log.info("venue: room %r's status: online %s, epoch %s", self.options.room, online, epoch)
        if online:
            self.offline_since = None
        elif self.offline_since is None:
            self.offline_since = time.time()
            log.warning("venue: room %r's PC is offline; this standby offers to take over", self.options.room)
        if self.windows is not None:
            self._show_banners()
        if not online and self.auto_take_over:
            self.take_over(confirm=False)

    def open_agenda(self, message: AgendaMessage) -> Agenda:
        """The room's agenda as its PC published it: kept on this PC (the app's data folder,
        never over a file of the technician's) and loaded on the day the room runs it (its
        `source` is where it is kept)."""
        path = keep_room_agenda(self.venue.event, self.options.room, message.name, message.text)
        return load_room_agenda(path, datetime.fromisoformat(message.first_day).date())

    def _agenda_changed(self, agenda: Agenda) -> None:
        """The room's PC reloaded another agenda and the copy went on with it: the windows
        are built again on it (the same copy)."""
        self.app.shell.go_on_with(agenda)  # every window at once: attach() runs, the follower follows

    def _new_epoch(self, epoch: int) -> None:
        """The room's PC began a new show (or another standby took over): a new copy, on
        the agenda that show runs on if its PC said (else on this one)."""
        self.epoch = epoch
        shell = self.app.shell
        sha, _, message = self.follower.room_agendas.get(epoch, (None, 0, None))
        if message is not None and sha != self.follower.agenda_sha:
            try:
                agenda = self.open_agenda(message)
            except (AgendaError, OSError) as exc:  # its entries will not fit: the copy says it stopped
                log.error("venue: room %r's agenda of epoch %d cannot be used: %s", self.options.room,
                          epoch, exc)
            else:
                shell.agenda, shell.agenda_path = agenda, agenda.source
                self.follower.agenda_sha = sha
        path = self.copy_file(shell.agenda_path)
        shell.windows.close()
        shell.start(journal_file=path)  # every window at once: attach() runs, the follower follows

    def take_over(self, confirm: bool = True) -> bool:
        """This PC runs the room's show from now on, if the technician says so."""
        if not self.following or self.windows is None:
            return False
        follower, room = self.follower, self.options.room
        follower.flush()  # what arrived is written before the copy is weighed
        if confirm:
            missing = follower.mirror.missing(follower.known_seq)
            text = self.tr("Take over room {room} on this PC?\n\nThis PC then runs the show from where "
                           "its copy stands (journal entry {seq}) and publishes it as room {room}. If the "
                           "room's PC comes back, it follows this one.").format(
                room=room, seq=follower.mirror.seq)
            if follower.online:
                text += "\n\n" + self.tr("The room's PC still says it is online.")
            if missing:
                text += "\n\n" + self.tr("This copy is INCOMPLETE: {count} journal entries of the room's "
                                         "PC have not arrived.").format(count=missing)
            answer = QMessageBox.question(self.windows.console, self.tr("runofshow — take over"), text)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        follower.stop()
        self.following = False
        journal = self.windows.controller.show.journal
        header = takeover_header(journal.header, journal.entries, time.time_ns() // 1_000_000)
        journal.replace_header(header)
        log.warning("venue: took over room %r after entry %d of epoch %d; this show's epoch is %d", room,
                    journal.entries, header["takes_over"]["epoch"], header["epoch"])
        for banner in self.banners:
            banner.remove()
        self.banners = []
        self.windows.console.show_room_status("standby", "")
        self.windows.controller.hold(None)
        self.windows.cues.silent_because = None  # this PC runs the room now: it speaks
        self.app.publish_room(self.windows, room)
        return True

    def stop(self) -> None:
        if self.following:
            self.following = False
            self.follower.close()
