"""Starting the app: one process, one live show, three kinds of window.

`build_app` wires the pieces (journal, clock, controller, windows, the second ticker) and
is what tests drive; `run_app` adds the QApplication, the dialogs and the event loop.

The app starts in two steps, so the chair sees the countdown as early as possible: first
the show (journal, clock, controller) and the chair's window; then, once that window is on
screen (`after_first_frame`), the console, the projector, the cue scheduler and the rest.
Their modules are imported only then, too.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

import ui.feature_scan  # noqa: F401  first of the shell's modules: see its docstring
from runofshow.actions import ActionError
from runofshow.bundled import bundled_dir
from runofshow.clock import SimulatedClock, SystemClock
from runofshow.display_state import DisplayState, display_state_path
from runofshow.journal import Journal, JournalError, journal_path, move_aside
from runofshow.model import Agenda
from runofshow.show import Show
from ui.chair import ChairWindow
from ui.controller import ShowController
from ui.first_frame import after_first_frame
from ui.shell import Shell
from ui.single_instance import ShowLock
from ui.ticker import SecondTicker

if TYPE_CHECKING:
    from ui.console import ConsoleWindow
    from ui.cue_panel import CuePanel
    from ui.cue_scheduler import CueScheduler
    from ui.keep_awake import KeepAwake
    from ui.projector import ProjectorWindow

log = logging.getLogger(__name__)
REHEARSAL_LEAD = timedelta(minutes=5)  # a rehearsal starts this long before the first session
CUE_DOCK_SHARE = 33  # % of the console's height the cue dock starts with


@dataclass
class AppSession:
    """One open show and its windows. The chair's window exists from the start; the rest
    (console, projector, cue scheduler and its panel) from `build_rest()` on."""

    controller: ShowController
    chair: ChairWindow
    ticker: SecondTicker
    announcer: object | None = None
    console: ConsoleWindow | None = None
    projector: ProjectorWindow | None = None
    cues: CueScheduler | None = None
    cue_panel: CuePanel | None = None
    cue_dock: QWidget | None = None
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
        from ui.console import ConsoleWindow
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
        _add_cue_dock(self)
        # let go of the callbacks: a session kept by them (in a cycle with the Shell, say)
        # would be left to the garbage collector, which may delete its windows at any
        # moment, even while Qt is still delivering an event to one of them
        waiting, self._when_complete = self._when_complete, []
        for then in waiting:
            then(self)

    def when_complete(self, then) -> None:
        """Call `then(session)` once the console and the rest are built (now if they are)."""
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
        self.build_rest()
        self._place("console")
        self.console.show()
        from PySide6.QtCore import Qt  # not before the chair's first frame: ui/qt_names.py

        # the rundown is the technician's main view: the cue dock starts at a third of
        # the console's height (on a 720p screen it would otherwise take the most of it)
        self.console.resizeDocks([self.cue_dock], [self.console.height() * CUE_DOCK_SHARE // 100],
                                 Qt.Orientation.Vertical)
        self.chair.raise_()  # the console opened later must not cover the chair's window
        self.projector.place()
        layout = self._first_layout()
        if not self.projector.isFullScreen() and "projector" in layout:
            self.projector.setGeometry(*layout["projector"])
        self.cues.start()

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
        if self.cues is not None:
            self.cues.stop()
        display = self.controller.display
        for name in ("console", "chair"):
            window = self.windows().get(name)
            if window is not None:
                geometry = window.geometry()
                display.windows[name] = [geometry.x(), geometry.y(), geometry.width(),
                                         geometry.height()]
        self.controller.save_display()
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


def journal_label(agenda: Agenda, rehearse: bool) -> str:
    """A rehearsal has its own journal (per programme dates, so a rehearsal mapped onto
    today is not mixed with one on the original dates); a live show has one per real date."""
    if rehearse:
        return f"rehearsal-{agenda.days[0].date.isoformat()}"
    return datetime.now(agenda.timezone).date().isoformat()


def rehearsal_clock(agenda: Agenda, journal: Journal, display: DisplayState) -> SimulatedClock:
    """A simulated clock that resumes where the rehearsal stood (never before its last
    action), or starts a few minutes before the first session."""
    moments = [(agenda.days[0].sessions[0].start - REHEARSAL_LEAD).timestamp()]
    if display.simulated_at is not None:
        moments.append(display.simulated_at)
    if journal.state.actions:
        moments.append(journal.state.actions[-1].at.timestamp())
    return SimulatedClock(datetime.fromtimestamp(max(moments), UTC), speed=display.speed or 1.0)


def build_app(agenda: Agenda, agenda_path: str | Path, rehearse: bool, fresh: bool = False,
              clock=None, journal_file: Path | None = None, announcer=None,
              complete: bool = True) -> AppSession:
    """Open (or resume) the show and build its windows: all of them, or with
    `complete=False` only the chair's (`AppSession.build_rest` adds the others). Raises
    JournalError / ActionError when the journal cannot be replayed on this agenda."""
    path = journal_file or journal_path(agenda_path, journal_label(agenda, rehearse))
    if fresh:
        moved = move_aside(path)  # before opening: a damaged journal must not stop a fresh start
        if moved:
            log.info("started afresh; the previous journal is kept as %s", moved)
    journal = Journal.open(path, agenda.source)
    display_path = display_state_path(path)
    display = DisplayState() if fresh else DisplayState.load(display_path)
    if clock is None:
        clock = rehearsal_clock(agenda, journal, display) if rehearse else SystemClock()
    try:
        show = Show(agenda, journal, clock=clock.now)
    except ActionError:
        journal.close()
        raise
    controller = ShowController(show, clock, display, display_path, rehearsal=rehearse)
    session = AppSession(controller, ChairWindow(controller),
                         SecondTicker(clock, controller.tick), announcer)
    if journal.recovered:  # said once every window listens
        session.when_complete(lambda done: done.controller.refused.emit(
            "the last journal line was torn by a crash and was dropped; every acknowledged "
            "action is kept"))
    if complete:
        session.build_rest()
    return session


def _add_cue_dock(session: AppSession) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDockWidget

    from ui.cue_panel import CuePanel

    dock = QDockWidget("Cues and announcements", session.console)
    dock.setObjectName("cues")
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                     | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
    session.cue_panel = CuePanel(session.cues, session.announcer)
    dock.setWidget(session.cue_panel)
    session.console.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    session.cue_dock = dock


def make_announcer():
    """The spoken announcements, or None with the reason logged (the app still shows every
    cue). pyttsx3 needs espeak-ng on Linux; without it the panel says so once."""
    try:
        from ui.speech import Announcer
    except ImportError as exc:  # pragma: no cover - pyttsx3 is a dependency
        log.warning("no speech: %s", exc)
        return None
    return Announcer()


class _QuitWhenClosed(QObject):
    """Closing the chair or console window ends the app (the show is on disk). Windows
    closed by the app itself (a reload rebuilds them) do not."""

    closing = False

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Close and event.spontaneous() and not self.closing:
            QApplication.instance().quit()
        return False


AWAKE_BEFORE_S = 3600  # screens are kept awake from an hour before the next session


def keep_screens_awake(awake: KeepAwake, controller: ShowController) -> None:
    """No screensaver and no display sleep while a session is live or about to start (the
    projector shows its countdown); released when the show is over."""
    board = controller.board()
    soon = board.mode == "waiting" and board.remaining_s < AWAKE_BEFORE_S
    if board.mode == "live" or soon:
        awake.hold("a conference session is live" if board.mode == "live"
                   else "a conference session is about to start")
    else:
        awake.release()


def bring_forward(session: AppSession | None) -> None:
    """A second launch on this show: show this one's console and chair instead."""
    if session is None:
        return
    for window in (session.chair, session.console):
        if window is None:
            continue
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()


@dataclass
class _Background:
    """What the app starts once its first window is on screen, for the rest of its life
    (a reload's new windows keep them): speech, the screen keeper, the lock's listener."""

    announcer: object | None = None
    awake: KeepAwake | None = None

    @property
    def started(self) -> bool:
        return self.awake is not None


def run_app(agenda: Agenda, agenda_path: str, rehearse: bool, fresh: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("runofshow")
    journal = journal_path(agenda_path, journal_label(agenda, rehearse))
    show_lock = ShowLock(app)
    # before anything touches the journal (even --fresh); the socket that lets a second
    # launch bring these windows forward opens once they are up
    if not show_lock.acquire(journal, listen=False):
        if show_lock.ask_to_raise():
            print("runofshow: this show is already open; its windows were brought forward",
                  file=sys.stderr)
            return 0
        from PySide6.QtWidgets import QMessageBox  # only ever needed on these paths

        QMessageBox.critical(None, "runofshow — the show is open elsewhere", show_lock.refusal())
        return 1
    closer = _QuitWhenClosed(app)
    background = _Background()
    locks = [show_lock]  # the lock of the show that is open

    def build(agenda: Agenda, path: str, fresh: bool, journal_file: Path | None) -> AppSession:
        session = build_app(agenda, path, rehearse, fresh, announcer=background.announcer,
                            journal_file=journal_file, complete=False)
        session.chair.installEventFilter(closer)
        session.when_complete(settle)
        return session

    def settle(session: AppSession) -> None:
        """The console and the rest are built: they join the app's background work."""
        session.console.installEventFilter(closer)
        if not background.started:
            from ui.keep_awake import KeepAwake

            background.awake = KeepAwake()
            locks[0].listen()
            QTimer.singleShot(0, start_speech)  # once the console is on screen too
        for signal in (session.controller.ticked, session.controller.changed):
            signal.connect(lambda: keep_screens_awake(background.awake, session.controller))

    def start_speech() -> None:
        # espeak-ng starts after the windows: it costs the screens nothing then
        background.announcer = make_announcer()
        shell.session.attach_announcer(background.announcer)

    def claim_show(other: Agenda, path: str) -> str | None:
        """Before opening another agenda: lock its show, or say who has it open."""
        lock = ShowLock(app)
        if not lock.acquire(journal_path(path, journal_label(other, rehearse))):
            return lock.refusal()
        locks[0].release()
        locks[0] = lock
        lock.raise_requested.connect(lambda: bring_forward(shell.session))
        return None

    shell = Shell(build, agenda, agenda_path, rehearse, claim_show)
    show_lock.raise_requested.connect(lambda: bring_forward(shell.session))
    try:
        shell.start(fresh, journal_file=journal, staged=True)
    except (JournalError, ActionError) as exc:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            None, "runofshow — journal",
            f"The journal of this show cannot be replayed on this agenda:\n\n{exc}\n\n"
            "Start the show afresh? The old journal is kept aside, not deleted.")
        if answer != QMessageBox.StandardButton.Yes:
            show_lock.release()
            return 2
        shell.start(fresh=True, journal_file=journal, staged=True)
    # The garbage collector, paused for the start (runofshow.cli), is back on once the
    # chair's window is up, whatever becomes of the rest of the build.
    after_first_frame(shell.session.chair, gc.enable)
    quit_after = os.environ.get("RUNOFSHOW_QUIT_AFTER_MS")  # smoke tests and benchmarks
    if quit_after:
        QTimer.singleShot(int(quit_after), app.quit)
    code = app.exec()
    closer.closing = True
    shell.session.close()
    if background.awake is not None:
        background.awake.release()
    locks[0].release()
    if background.announcer is not None:
        background.announcer.close()
    return code
