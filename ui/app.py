"""The app's composition root: one process, one open show, three kinds of window.

`build_app` opens (or resumes) a show through the core (`Show.open`) and builds its windows
(`ShowWindows`); it is what tests drive. `Application` adds what the whole process shares:
the QApplication, the lock that keeps a show open in one process only, speech, the screen
keeper, and the Shell that swaps the show when another agenda is opened or reloaded.

The app starts in two steps, so the chair sees the countdown as early as possible: first
the show and the chair's window; then, once that window is on screen
(`after_first_frame`), the console, the projector, the cue scheduler and the rest, whose
modules are imported then.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import signal
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDockWidget, QMessageBox, QWidget

from runofshow.actions import ActionError
from runofshow.board import screens_awake_reason
from runofshow.bundled import bundled_dir
from runofshow.clock import Clock
from runofshow.journal import JournalError
from runofshow.model import Agenda
from runofshow.show import Show, journal_file
from ui import i18n
from ui.chair import ChairWindow
from ui.clock_keeper import ClockKeeper
from ui.controller import ShowController
from ui.first_frame import after_first_frame
from ui.heap import forget_module_sources, set_long_lived_aside
from ui.settings import Settings, follow_remote_panel, remembered_server, remembered_venue
from ui.shell import Shell
from ui.single_instance import ShowLock
from ui.theme import light_palette
from ui.ticker import SecondTicker

if TYPE_CHECKING:
    from runofshow.venue import VenueOptions
    from ui.console import ConsoleWindow
    from ui.cue_panel import CuePanel
    from ui.cue_scheduler import CueScheduler
    from ui.keep_awake import KeepAwake
    from ui.osc import OscServer
    from ui.projector import ProjectorWindow
    from ui.server import RemoteServer
    from ui.standby import Standby
    from ui.venue_menu import VenueMenu
    from ui.venue_publisher import VenuePublisher

log = logging.getLogger(__name__)
CUE_DOCK_SHARE = 33  # % of the console's height the cue dock starts with
ROOM_CHECK_MS = 5000  # a primary's keys wait this long at most for the broker to say the room is its own


@dataclass
class ShowWindows:
    """The windows of one open show. The chair's exists from the start; the rest (console,
    projector, cue scheduler and its panel) from `build_rest()` on."""

    controller: ShowController
    chair: ChairWindow
    ticker: SecondTicker
    announcer: object | None = None
    console: ConsoleWindow | None = None
    projector: ProjectorWindow | None = None
    cues: CueScheduler | None = None
    cue_panel: CuePanel | None = None
    cue_dock: QWidget | None = None
    clock_keeper: ClockKeeper | None = None
    settings: Settings | None = None  # this computer's preferences (ui/settings.py)
    language_menu: QObject | None = None  # the console's Language menu (ui/language_menu.py)
    venue_menu: VenueMenu | None = None  # the console's Venue menu (ui/venue_menu.py)
    closed: bool = False
    _when_complete: list = field(default_factory=list, init=False, repr=False)

    @property
    def complete(self) -> bool:
        return self.console is not None

    def windows(self) -> dict[str, QWidget]:
        found = {"chair": self.chair, "console": self.console, "projector": self.projector}
        return {name: window for name, window in found.items() if window is not None}

    def build_rest(self) -> None:
        """The console, the projector and cue scheduling (nothing if they are built)."""
        if self.complete or self.closed:
            return
        # imported here: the chair's window is on screen before these modules are read
        from ui.console import ConsoleWindow
        from ui.cue_panel import CuePanel
        from ui.cue_scheduler import CueScheduler
        from ui.projector import ProjectorWindow

        controller = self.controller
        sounds = bundled_dir("assets") / "sounds"
        self.cues = CueScheduler(controller, self.announcer, chime=sounds / "attention.wav",
                                 close_chime=sounds / "end.wav")
        self.cues.fired.connect(
            lambda cue: controller.flash_cue(" · ".join(text for _, text in cue.text)))
        self.projector = ProjectorWindow(controller)
        self.console = ConsoleWindow(controller)
        self.cue_panel = CuePanel(self.cues, self.announcer)
        self.cue_dock = QDockWidget(
            QCoreApplication.translate("Application", "Cues and announcements"), self.console)
        self.cue_dock.setObjectName("cues")
        self.cue_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                                  | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.cue_dock.setWidget(self.cue_panel)
        self.console.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.cue_dock)
        # let go of the callbacks: windows kept by them (in a cycle with the Shell, say)
        # would be left to the garbage collector, which may delete them at any moment,
        # even while Qt is still delivering an event to one of them
        waiting, self._when_complete = self._when_complete, []
        for then in waiting:
            then(self)

    def when_complete(self, then) -> None:
        """Call `then(windows)` once the console and the rest are built (now if they are)."""
        if self.complete:
            then(self)
        else:
            self._when_complete.append(then)

    def show_all(self) -> None:
        """Every window at once (tests, and a reload of a running show)."""
        self.build_rest()
        self.show_chair()
        self.show_rest()

    def show_staged(self) -> None:
        """How the app starts: the chair's window now, the rest once it is on screen."""
        self.show_chair()
        after_first_frame(self.chair, self.show_rest)

    def show_chair(self) -> None:
        self._place("chair")
        self.chair.show()
        self.ticker.start()

    def show_rest(self) -> None:
        if self.closed:
            return
        # the sources read while the chair's window was made: the memory they held goes to
        # the console's and the projector's, not on top of it
        forget_module_sources()
        self.build_rest()
        self._place("console")
        self.console.show()
        # the rundown is the technician's main view: the cue dock starts at a third of
        # the console's height (on a 720p screen it would otherwise take the most of it)
        self.console.resizeDocks([self.cue_dock], [self.console.height() * CUE_DOCK_SHARE // 100],
                                 Qt.Orientation.Vertical)
        self.chair.raise_()  # the console opened later must not cover the chair's window
        # as a window, the projector shares the main screen's right half with the chair
        main = QGuiApplication.primaryScreen().availableGeometry()
        kept = self.controller.display.windows.get("projector")
        self.projector.windowed_place = QRect(*(kept if kept and len(kept) == 4 else
                                                first_run_layout(main, 1)["projector"]))
        self.projector.placed.connect(self._projector_placed)
        self.console.projector.attach_projector(self.projector)  # its Fullscreen box
        self.projector.place()
        # the keys go to the chair: the console and projector shown after it took them (the
        # window manager activates a new window), and a first Space went nowhere, or to a
        # console button
        self.chair.activateWindow()
        self.cues.start()

    def _projector_placed(self) -> None:
        """The projector moved, or went in or out of fullscreen. Fullscreen over the chair's
        or the console's screen, it takes the keys, so Esc brings it back; anywhere else,
        those two are raised again above it, so a projector window never hides them."""
        if self.closed:
            return
        projector = self.projector
        theirs = {self.chair.screen().name(), self.console.screen().name()}
        if projector.isFullScreen() and projector.screen().name() in theirs:
            projector.raise_()
            projector.activateWindow()
        else:
            self.console.raise_()
            self.chair.raise_()

    def _first_layout(self) -> dict[str, tuple[int, int, int, int]]:
        return first_run_layout(QGuiApplication.primaryScreen().availableGeometry(),
                                len(QGuiApplication.screens()))

    def _place(self, name: str) -> None:
        saved = self.controller.display.windows.get(name)
        geometry = saved if saved and len(saved) == 4 else self._first_layout()[name]
        self.windows()[name].setGeometry(*geometry)

    def attach_announcer(self, announcer) -> None:
        """Speech is started once the first window is up; it joins the show here."""
        self.announcer = announcer
        if self.cues is not None:
            self.cues.announcer = announcer
        if self.cue_panel is not None:
            self.cue_panel.set_announcer(announcer)

    def close(self) -> None:
        """Keep where the windows are, then let go of the journal (once)."""
        if self.closed:
            return
        self.closed = True
        self.ticker.stop()
        if self.clock_keeper is not None:
            self.clock_keeper.stop()
        if self.cues is not None:
            self.cues.stop()
        display = self.controller.display
        for name in ("console", "chair", "projector"):
            window = self.windows().get(name)
            if window is not None:
                # the projector's place as a window (fullscreen, it is the screen's)
                geometry = window.windowed_place if name == "projector" and (
                    window.isFullScreen() or not window.isVisible()) else window.geometry()
                if geometry is not None:
                    display.windows[name] = [geometry.x(), geometry.y(), geometry.width(),
                                             geometry.height()]
        self.controller.save_display()
        if self.settings is not None:  # and for the next show on this computer
            self.settings.keep_window_places(display.windows)
        for window in self.windows().values():
            window.close()
            # Deleted, not only closed: closures connected to their child widgets' signals
            # hold the windows (and the controller) through Qt, where Python's collector
            # cannot see, so a closed window would otherwise live on after a reload.
            window.deleteLater()
        self.controller.show.close()
        for part in (self.cues, self.ticker, self.controller):  # held the same way
            if part is not None:
                part.deleteLater()


def first_run_layout(area: QRect, screens: int) -> dict[str, tuple[int, int, int, int]]:
    """Where the windows go the first time (later, where they were left). The console takes
    the left of the main screen and the chair the right; with one screen the projector's
    window shares the right with the chair, with two it is fullscreen on the other."""
    x, y, width, height = area.x(), area.y(), area.width(), area.height()
    left = int(width * 0.58)
    layout = {"console": (x, y, left, height)}
    if screens > 1:
        layout["chair"] = (x + left, y, width - left, height)
    else:
        layout["chair"] = (x + left, y, width - left, height // 2)
        layout["projector"] = (x + left, y + height // 2, width - left, height - height // 2)
    return layout


def build_windows(show: Show, announcer=None, complete: bool = True,
                  settings: Settings | None = None) -> ShowWindows:
    """The windows of an open show: all of them, or with `complete=False` only the
    chair's (`ShowWindows.build_rest` adds the others). With `settings`, what the
    technician changes in the screens' settings is kept for the next show too."""
    controller = ShowController(show)
    if settings is not None:
        settings.follow(controller)
    ticker = SecondTicker(show.clock, controller.tick)
    controller.display_changed.connect(ticker.follow_speed)  # a rehearsal's speed is set there
    windows = ShowWindows(controller, ChairWindow(controller), ticker, announcer, settings=settings)
    windows.clock_keeper = ClockKeeper(show)
    windows.clock_keeper.start()
    if show.journal.recovered:  # said once every window listens
        windows.when_complete(lambda done: done.controller.refused.emit(QCoreApplication.translate(
            "Application", "the last journal line was torn by a crash and was dropped; every "
            "acknowledged action is kept")))
    if complete:
        windows.build_rest()
    return windows


def build_app(agenda: Agenda, agenda_path: str | Path, rehearse: bool, fresh: bool = False,
              clock: Clock | None = None, journal_file: Path | None = None, announcer=None,
              complete: bool = True, settings: Settings | None = None) -> ShowWindows:
    """Open (or resume) the show and build its windows. Raises JournalError / ActionError
    when the journal cannot be replayed on this agenda. A show with no screens' state of
    its own takes this computer's (`settings`, ui/settings.py: which wins over which)."""
    show = Show.open(agenda, agenda_path, rehearse=rehearse, fresh=fresh,
                     journal_file_path=journal_file, clock=clock)
    settings = settings if settings is not None else Settings()
    settings.apply_to_new_show(show, fresh, clock_given=clock is not None)
    return build_windows(show, announcer, complete, settings)


def set_heap_aside_after_a_paint(controller: ShowController) -> None:
    """Once the show has painted its next second, set what is alive aside from Python's
    collections (ui/heap.py): right after a paint, the next second is a second away."""
    controller.ticked_late.connect(set_long_lived_aside, Qt.ConnectionType.SingleShotConnection)


def make_announcer(**options):
    """The spoken announcements, or None with the reason logged (the app still shows every
    cue). pyttsx3 needs espeak-ng on Linux; without it the panel says so once. Volume, rate
    and voices are this computer's last (ui/settings.py); `options` win (tests: output_dir)."""
    try:
        from ui.speech import Announcer
    except ImportError as exc:  # pragma: no cover - pyttsx3 is a dependency
        log.warning("no speech: %s", exc)
        return None
    return Announcer(**{**Settings().speech_options(), **options})


def keep_screens_awake(awake: KeepAwake, controller: ShowController,
                       console: ConsoleWindow | None = None) -> None:
    """No screensaver and no display sleep while the core says the screens are needed; the
    console says whether that works ("screens" line), so a technician whose desktop
    cannot be asked knows to disable the screensaver by hand."""
    reason = screens_awake_reason(controller.board())
    if reason is None:
        awake.release()
    else:
        awake.hold(reason)
    if console is not None:
        console.show_room_status("screens", *awake.status())


def bring_forward(windows: ShowWindows | None) -> None:
    """A second launch on this show: show this one's console and chair instead."""
    if windows is None:
        return
    for window in (windows.chair, windows.console):
        if window is None:
            continue
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()


class DroppingWriter(io.TextIOBase):
    """A text stream that writes to `stream` for as long as it can, and drops what it
    cannot write instead of raising."""

    def __init__(self, stream):
        super().__init__()
        self._stream = stream

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if self._stream is not None:
            try:
                self._stream.write(text)
                self._stream.flush()
            except (OSError, ValueError):  # a closed pipe or console: keep quiet from now on
                self._stream = None
        return len(text)


def keep_stdout_writable() -> None:
    """pyttsx3's espeak driver prints a line for every part it renders, on espeak-ng's
    thread; a print that fails there (no console, a closed terminal, a pipe whose reader
    left) would hang the speech worker for the rest of the show (ui/tts_engine.py). The app
    writes nothing else to stdout, so what cannot be written is dropped."""
    if not isinstance(sys.stdout, DroppingWriter):
        sys.stdout = DroppingWriter(sys.stdout)


class _QuitWhenClosed(QObject):
    """Closing the chair or console window ends the app (the show is on disk). Windows
    closed by the app itself (a reload rebuilds them) do not."""

    closing = False

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Close and event.spontaneous() and not self.closing:
            QApplication.instance().quit()
        return False


class Application:
    """The running app: the show open in it, and what outlives a reload of that show
    (speech, the screen keeper, the show's lock and its listener)."""

    def __init__(self, agenda: Agenda, agenda_path: str, rehearse: bool,
                 serve: tuple[str, int] | None = None, token: str | None = None,
                 osc: tuple[str, int] | None = None, language: str | None = None, venue=None, follow=None,
                 set_heap_aside: bool = False):
        self.qt = QApplication.instance() or QApplication(sys.argv[:1])
        # the app's own process: each show's long-lived objects are set aside from Python's
        # collections once its windows are up (ui/heap.py); not in a test's shared process
        self.set_heap_aside = set_heap_aside
        self.qt.setApplicationName("runofshow")
        self.qt.setPalette(light_palette())  # the same light palette on a dark desktop theme
        self.settings = Settings()  # this computer's preferences, kept between launches
        # before any window exists: widgets take their texts and direction when built
        self.language = i18n.install(i18n.choose_language(language, self.settings.language(),
                                                          i18n.system_languages()))
        self.rehearse = rehearse
        self.lock = ShowLock(self.qt)
        self.closer = _QuitWhenClosed(self.qt)
        self.announcer = None
        self.awake: KeepAwake | None = None  # made once the first show's console is built
        self.serve, self.token = serve, token  # --serve (host, port) and --token
        self.remote: RemoteServer | None = None  # made with the first console (ui/server.py)
        self.osc_at = osc  # --osc (host, port)
        self.osc: OscServer | None = None  # made with the remote server, on its hub (ui/osc.py)
        # --broker … decides (publishing, or following): the console's Venue menu only says so
        self.venue_on_command_line = venue is not None
        if venue is None and follow is None:  # the lowest priority, as the Remote switch's
            venue = remembered_venue(self.settings)
        # where the room is published (runofshow.venue.VenueOptions; its room None: nothing
        # is), from --broker or set in the console's Venue menu (kept in the settings)
        self.venue: VenueOptions | None = venue
        self.publisher: VenuePublisher | None = None  # made with the first console if a room is set
        self.stopping_publishers: list[VenuePublisher] = []  # the console stopped them; saying offline
        # the keys' hold publishing put on: while the broker says whose the room is, or for
        # good when another PC is live as the room (stopping publishing lifts it)
        self.room_hold: str | None = None
        self.standby: Standby | None = None  # --follow ROOM, or a primary whose room was taken over
        if follow is not None:
            self.follow_room(follow)
        self.shell = Shell(self.build, agenda, agenda_path, rehearse, self.claim_show)

    def follow_room(self, follow) -> None:
        """Mirror a room as its standby (ui/standby.py; runofshow.standby.FollowOptions)."""
        from ui.standby import Standby

        self.standby = Standby(self, self.venue, follow)

    def build(self, agenda: Agenda, path: str, fresh: bool, journal: Path | None) -> ShowWindows:
        """The Shell's way to open a show (at start, on a reload, on another agenda)."""
        windows = build_app(agenda, path, self.rehearse, fresh, announcer=self.announcer,
                            journal_file=journal, complete=False, settings=self.settings)
        windows.chair.installEventFilter(self.closer)
        windows.when_complete(self._settle)
        return windows

    def _settle(self, windows: ShowWindows) -> None:
        """The console and the rest are built: they join the app's background work."""
        windows.console.installEventFilter(self.closer)
        if self.awake is None:
            from ui.keep_awake import KeepAwake

            self.awake = KeepAwake()
            self.lock.listen()
            QTimer.singleShot(0, self._start_speech)  # once the console is on screen too
        controller, console = windows.controller, windows.console
        for news in (controller.ticked_late, controller.changed):  # after the second's paint
            news.connect(lambda: keep_screens_awake(self.awake, controller, console))
        # the speech line too: "no audio output" must be seen where the technician looks
        panel = windows.cue_panel
        panel.speech_status_changed.connect(
            lambda text, ok: console.show_room_status("speech", text, ok))
        console.show_room_status("speech", *panel.speech_status_line())
        panel.volume.valueChanged.connect(lambda value: self.settings.set_speech_volume(value / 100))
        panel.rate.valueChanged.connect(self.settings.set_speech_rate)
        panel.voice_chosen.connect(lambda language, voice: self.settings.set_voice(language, voice or None))
        from ui.language_menu import LanguageMenu

        windows.language_menu = LanguageMenu(console, self.settings, self.language, self.shell.rebuild)
        windows.language_menu.chosen.connect(self._language_chosen)
        # said as soon as the console is up, not at the next tick; after it is shown, as a
        # desktop slow to answer on D-Bus must not hold the console back
        QTimer.singleShot(0, console, lambda: keep_screens_awake(self.awake, controller, console))
        self._serve(windows)
        self._publish(windows)
        if self.set_heap_aside:
            set_heap_aside_after_a_paint(controller)

    def _publish(self, windows: ShowWindows) -> None:
        """The console's Venue menu; with a room set (--broker --room, or the console's choice
        kept from the last run), the show published as a room of the venue
        (ui/venue_publisher.py: it outlives a reload)."""
        from ui.venue_menu import VenueMenu

        windows.venue_menu = VenueMenu(windows.console, self,
                                       (self.language, *windows.controller.agenda.languages))
        if self.standby is not None and self.standby.following:
            self.standby.attach(windows)
            return
        if self.venue is None or self.venue.room is None or (self.publisher and self.publisher.decision):
            return
        self.publish_room(windows, self.venue.room)

    def publish_room(self, windows: ShowWindows, room: str) -> None:
        """Publish the show as `room` (at start, or once a standby took the room over). Until
        the publisher has read the room's status on the broker (is the room ours?), the
        show's keys wait, ROOM_CHECK_MS at most (a broker that does not answer must not
        stop the show)."""
        if self.publisher is not None and self.publisher.decision is not None:
            self.publisher.stop()  # it found the room was not ours: a new one, for the new epoch
            self.publisher = None
        if self.publisher is None:
            from ui.venue_publisher import VenuePublisher

            venue = self.venue = replace(self.venue, room=room)
            self.publisher = VenuePublisher(venue.address, venue.event, venue.room, ca_file=venue.ca_file)
            self.publisher.room_decided.connect(self._room_decided)
            self.publisher.follow(windows.controller)  # first: the last will names its epoch
            self.publisher.start()
            controller = windows.controller
            checking = QCoreApplication.translate("Application", "checking on the broker that room {room} is "
                                                  "this PC's…").format(room=room)
            self.room_hold = checking
            controller.hold(checking)
            QTimer.singleShot(ROOM_CHECK_MS, controller, lambda: controller.hold_reason == checking
                              and controller.hold(None))
        self.publisher.report_on(windows.console)
        self.publisher.follow(windows.controller)

    def publish_from_console(self, venue: VenueOptions) -> None:
        """Publish the open show as the console's Venue menu says (ui/venue_dialog.py), at
        once and from then on (kept in the settings, without a password, for the next
        launch). A room published already says offline first. The show goes on: its
        journal is the same, the keys wait only while the broker says whose the room is."""
        if self.publisher is not None:
            self.stop_publishing()
        self.venue = venue
        self.settings.set_venue(venue)
        self.settings.set_venue_publishing(True)
        self.settings.sync()
        self.publish_room(self.shell.windows, venue.room)

    def stop_publishing(self) -> None:
        """The console's Stop publishing: the room says offline (retained) and the show goes
        on unpublished; the broker and event stay for the overview."""
        publisher, self.publisher = self.publisher, None
        if publisher is not None:
            publisher.stop(wait=False)  # the console's click returns at once; the show goes on
            # kept until its threads are done (a Qt object must not be freed on one of them)
            self.stopping_publishers = [kept for kept in self.stopping_publishers if not kept.stopped]
            self.stopping_publishers.append(publisher)
        if self.venue is not None:
            self.venue = replace(self.venue, room=None)
        windows = self.shell.windows
        if windows.console is not None:
            windows.console.show_room_status("broker", "")
        if self.room_hold is not None and windows.controller.hold_reason == self.room_hold:
            windows.controller.hold(None)  # unpublished, the room is this PC's own again
        self.settings.set_venue_publishing(False)
        self.settings.sync()

    def _room_decided(self, decision: str, epoch: int) -> None:
        """The publisher read the room's status: ours ("publish"); taken over by a newer
        epoch ("follow": this PC follows it); or another PC is live as the room ("refuse":
        this PC writes nothing)."""
        if decision != "publish" and (self.publisher is None or self.publisher.decision is None):
            return  # said by a publisher stopped since, in the console
        controller = self.shell.windows.controller
        if decision == "publish":
            if self.standby is None and controller.hold_reason is not None:
                controller.hold(None)
            return
        room = self.venue.room
        if decision == "follow":
            from runofshow.standby import FollowOptions
            from runofshow.venue import agenda_hash

            sha = None  # the room's agenda is checked against this PC's own
            with contextlib.suppress(OSError, UnicodeDecodeError):
                sha = agenda_hash(Path(self.shell.agenda_path).read_text(encoding="utf-8"))
            self.follow_room(FollowOptions(room, epoch, sha))
            shell = self.shell
            shell.windows.close()  # this PC's own journal stays as it is, on record
            shell.start(journal_file=self.standby.copy_file(shell.agenda_path))
            return
        self.room_hold = QCoreApplication.translate(
            "Application", "another PC is live as room {room}: this PC takes no action (quit it, or "
            "start it with --follow to mirror that PC)").format(room=room)
        controller.hold(self.room_hold)

    def _language_chosen(self, language: str) -> None:
        self.language = language

    def _serve(self, windows: ShowWindows) -> None:
        """The Remote tab beside the cues. Its servers and panel are made at once if --serve
        or --osc asked, or if they exist already (a reload); else when the technician first
        opens the tab: a show served to nobody never loads them (the server's modules and
        the tokens cost the app ~1.5 MiB)."""
        console = windows.console
        title = QCoreApplication.translate("Application", "Remote")  # the tab's name
        remembered = self.settings.server_on("remote") or self.settings.server_on("osc")
        if self.remote is not None or self.serve is not None or self.osc_at is not None or remembered:
            self._remote_panel(windows, console.add_panel_beside_cues(title, "remote", QWidget()))
            return
        dock = console.add_panel_beside_cues(title, "remote", QWidget())

        def opened(visible: bool) -> None:
            if visible and self.remote is None:
                self._remote_panel(windows, dock, seen=True)

        dock.visibilityChanged.connect(opened)

    def _remote_panel(self, windows: ShowWindows, dock: QDockWidget, seen: bool = False) -> None:
        """The remote server, and the OSC server on its hub, serve the open show (they
        outlive a reload); their panel fills the Remote tab. Each is started now if --serve
        or --osc asked, else from the panel's switches."""
        from ui.osc import DEFAULT_OSC_PORT, OscServer
        from ui.remote_panel import RemotePanel
        from ui.server import DEFAULT_PORT, RemoteHub, RemoteServer
        from ui.server_thread import DEFAULT_HOST
        from ui.tokens import Tokens

        if self.remote is None:
            self.remote = RemoteServer(RemoteHub(), Tokens(control=self.token))
            # the command line's, else switched on again as left (this computer only)
            serve = self.serve or remembered_server(self.settings, "remote", DEFAULT_HOST, DEFAULT_PORT)
            if serve is not None:
                QTimer.singleShot(0, lambda: self.remote.start(*serve))
            self.osc = OscServer(self.remote.hub)
            osc_at = self.osc_at or remembered_server(self.settings, "osc", DEFAULT_HOST,
                                                      DEFAULT_OSC_PORT)
            if osc_at is not None:
                QTimer.singleShot(0, lambda: self.osc.start(*osc_at))
        self.remote.hub.follow(windows.controller)
        console, panel = windows.console, RemotePanel(self.remote, osc=self.osc)
        panel.room_line_changed.connect(lambda text, ok: console.show_room_status("remote", text, ok))
        panel.osc_panel.room_line_changed.connect(
            lambda text, ok: console.show_room_status("osc", text, ok))
        follow_remote_panel(self.settings, panel)
        dock.setWidget(panel)
        dock.visibilityChanged.connect(panel.set_seen)
        panel.set_seen(seen)
        panel.reflect()
        panel.osc_panel.reflect()

    def _start_speech(self) -> None:
        # espeak-ng starts after the windows: it costs the screens nothing then
        self.announcer = make_announcer()
        self.shell.windows.attach_announcer(self.announcer)
        forget_module_sources()  # the last of start-up's imports are in

    def claim_show(self, agenda: Agenda, path: str) -> str | None:
        """Before opening another agenda: lock its show, or say who has it open."""
        lock = ShowLock(self.qt)
        if not lock.acquire(journal_file(agenda, path, self.rehearse)):
            return lock.refusal()
        self.lock.release()
        self.lock = lock
        lock.raise_requested.connect(lambda: bring_forward(self.shell.windows))
        return None

    def _quit_for_a_test(self) -> None:
        """RUNOFSHOW_QUIT_AFTER_MS has run out. With RUNOFSHOW_PRINT_WINDOWS=1 too, first print
        the title of each window then on screen (exposed), one a line as `window: TITLE`, so a
        test of a built bundle (tests/test_bundle.py) sees from outside which windows opened."""
        if os.environ.get("RUNOFSHOW_PRINT_WINDOWS") == "1":
            for widget in QApplication.topLevelWidgets():
                handle = widget.windowHandle()
                if widget.isVisible() and handle is not None and handle.isExposed():
                    print(f"window: {widget.windowTitle()}", flush=True)
        self.qt.quit()

    def _quit_on_signal(self, number: int, _frame) -> None:
        # Python runs this between two steps of Python code on the GUI thread: within the
        # second, since the countdown's tick is Python code
        log.warning("runofshow: %s received: closing the show", signal.Signals(number).name)
        self.qt.quit()

    def run(self, fresh: bool) -> int:
        shell = self.shell
        journal = (self.standby.copy_file(shell.agenda_path) if self.standby is not None
                   else journal_file(shell.agenda, shell.agenda_path, self.rehearse))
        # before anything touches the journal (even --fresh); the socket that lets a second
        # launch bring these windows forward opens once they are up
        if not self.lock.acquire(journal, listen=False):
            if self.lock.ask_to_raise():
                print("runofshow: this show is already open; its windows were brought forward",
                      file=sys.stderr)
                return 0
            QMessageBox.critical(None, QCoreApplication.translate(
                "Application", "runofshow — the show is open elsewhere"), self.lock.refusal())
            return 1
        self.lock.raise_requested.connect(lambda: bring_forward(shell.windows))
        try:
            shell.start(fresh, journal_file=journal, staged=True)
        except (JournalError, ActionError) as exc:
            answer = QMessageBox.question(
                None, QCoreApplication.translate("Application", "runofshow — journal"),
                QCoreApplication.translate(
                    "Application", "The journal of this show cannot be replayed on this agenda:"
                    "\n\n{error}\n\nStart the show afresh? The old journal is kept aside, not "
                    "deleted.").format(error=exc))
            if answer != QMessageBox.StandardButton.Yes:
                self.lock.release()
                return 2
            shell.start(fresh=True, journal_file=journal, staged=True)
        quit_after = os.environ.get("RUNOFSHOW_QUIT_AFTER_MS")  # smoke tests and benchmarks
        if quit_after:
            QTimer.singleShot(int(quit_after), self._quit_for_a_test)
        # Ctrl+C in the terminal, or the system asking the app to stop (a logout, a service
        # manager): the same clean close as the console's, not a traceback in some callback
        for number in (signal.SIGINT, signal.SIGTERM):
            signal.signal(number, self._quit_on_signal)
        code = self.qt.exec()
        self.closer.closing = True
        for server in (self.remote, self.osc):  # no device acts once the journal closes
            if server is not None:
                server.stop(wait=True)
        for publisher in (self.publisher, *self.stopping_publishers):
            if publisher is not None:  # "offline", retained, before the journal closes
                publisher.stop()
        if self.standby is not None:
            self.standby.stop()
        shell.close()
        if self.awake is not None:
            self.awake.release()
        self.lock.release()
        if self.announcer is not None:
            self.announcer.close()
        return code


def run_app(agenda: Agenda, agenda_path: str, rehearse: bool, fresh: bool = False,
            serve: tuple[str, int] | None = None, token: str | None = None,
            osc: tuple[str, int] | None = None, language: str | None = None, venue=None,
            follow=None) -> int:
    keep_stdout_writable()
    return Application(agenda, agenda_path, rehearse, serve, token, osc, language, venue, follow,
                       set_heap_aside=True).run(fresh)
