"""The console's "Follow a room…" (ui/venue_menu.py): this PC becomes the standby of a room
chosen in the console, as `runofshow --follow ROOM --broker …` makes it from a terminal (a
technician who starts the app from its desktop icon has none).

The room is read from the broker first, on a thread of its own (the windows never wait for
the network), so a room that publishes nothing is said here, in the console, and nothing
changes. Once the technician confirms, this show closes as it does on quitting (its journal
stays as it is, the room it published is said offline) and the app starts again with
--follow: the one way into a standby, the command line's, tested as such
(tests/test_standby.py). A password goes to the new app in its environment
(RUNOFSHOW_BROKER_PASSWORD), never on its command line, where other users could read it.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Qt, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox

from runofshow.venue import PASSWORD_VARIABLE, VenueOptions, url_without_password

log = logging.getLogger(__name__)


def follow_command(venue: VenueOptions, language: str | None) -> tuple[str, list[str], dict[str, str]]:
    """The program, arguments and extra environment that start this app as the standby of
    `venue.room` (a built bundle is its own program; from source it is `python -m ui`)."""
    arguments = [] if getattr(sys, "frozen", False) else ["-m", "ui"]
    arguments += ["--follow", venue.room, "--broker", url_without_password(venue.address),
                  "--event", venue.event]
    if venue.ca_file:
        arguments += ["--broker-ca", venue.ca_file]
    if language:
        arguments += ["--lang", language]
    password = venue.address.password
    return sys.executable, arguments, ({PASSWORD_VARIABLE: password} if password else {})


def start_detached(program: str, arguments: list[str], extra: dict[str, str]) -> bool:
    process = QProcess()
    process.setProgram(program)
    process.setArguments(arguments)
    environment = QProcessEnvironment.systemEnvironment()
    for name, value in extra.items():
        environment.insert(name, value)
    process.setProcessEnvironment(environment)
    started, _pid = process.startDetached()
    return started


class RoomFollow(QObject):
    """One "Follow a room…" of the console: read the room, ask, and hand over. `_ask` and
    `_say` show the question and the problem (message boxes; tests answer them),
    start_detached starts the standby, `quit` closes this app."""

    _read = Signal(object)  # from the reading thread: the RoomNow, or the exception

    def __init__(self, parent: QMainWindow, venue: VenueOptions, language: str | None,
                 quit: Callable[[], None]):
        super().__init__(parent)
        # no bound method of its own kept on it: a cycle would leave this app's windows to
        # Python's collector, which may free them on another thread (Qt objects must not be)
        self.parent_window, self.venue, self.language, self.quit = parent, venue, language, quit
        self.outcome: str | None = None  # "no room", "declined", "failed", "started" (tests)
        self._read.connect(self._take, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        from ui.venue_follower import fetch_room  # paho: only now

        venue = self.venue

        def read() -> None:
            try:
                found = fetch_room(venue.address, venue.event, venue.room, ca_file=venue.ca_file)
            except Exception as exc:  # said in the console: the show goes on as it is
                found = exc
            self._read.emit(found)

        threading.Thread(target=read, name="runofshow-follow-read", daemon=True).start()
        # a broker that does not answer takes fetch_room's 30 s: said meanwhile
        self.parent_window.statusBar().showMessage(self.tr("Reading room {room} of event {event} on "
                                                           "{address}…").format(
            room=venue.room, event=venue.event, address=url_without_password(venue.address)), 30_000)

    def _take(self, found) -> None:
        venue = self.venue
        self.parent_window.statusBar().clearMessage()
        if isinstance(found, Exception) or found.agenda is None or found.state is None:
            why = f" ({found})" if isinstance(found, Exception) else ""
            self.outcome = "no room"
            self._say(self.tr("Room {room} of event {event} has published no agenda and state on {address}"
                             "{why}: is its PC publishing it? This PC's show goes on as it is.").format(
                room=venue.room, event=venue.event, address=url_without_password(venue.address), why=why))
            return
        question = self.tr(
            "This PC becomes the standby of room {room} (its show: {agenda}). This PC's own show "
            "closes as on quitting (its journal stays as it is) and runofshow opens again, "
            "following the room. Go on?").format(room=venue.room, agenda=found.agenda.name)
        if not self._ask(question):
            self.outcome = "declined"
            return
        program, arguments, extra = follow_command(venue, self.language)
        if not start_detached(program, arguments, extra):
            self.outcome = "failed"
            self._say(self.tr("runofshow could not be started again as the standby; this PC's show "
                             "goes on as it is."))
            return
        log.warning("venue: this PC becomes the standby of room %r; this show closes", venue.room)
        self.outcome = "started"
        self.quit()

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self.parent_window, self.tr("Follow a room"), question)
        return answer == QMessageBox.StandardButton.Yes

    def _say(self, text: str) -> None:
        QMessageBox.warning(self.parent_window, self.tr("Follow a room"), text)
