"""The one live show every window looks at, as Qt signals.

Views never change the show themselves: they call these methods, which go through the
core's Show (journal first, fsynced) and then tell every view at once. A refused action
comes back as `refused(message)` for the view to show; nothing is written for it.

The projection and the board are worked out at most once per second of the show's clock
(and again after every change), whichever view asks first; every view that paints in that
second shows the same board.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal

from runofshow.actions import ActionError, ActionKind
from runofshow.board import Board, BoardMode
from runofshow.clock import Clock
from runofshow.display_state import DisplayState
from runofshow.model import Agenda
from runofshow.projection import Projection
from runofshow.show import Show

log = logging.getLogger(__name__)
CUE_FLASH_S = 12.0  # a fired cue's words stay up this long in show time...
CUE_FLASH_MIN_REAL_S = 1.5  # ...but at least this long in real time (at 60x, 12 s is 0.2 s)
# A banner about a session's time left goes this long (real time) before its countdown
# reaches 0:00: the views paint the countdown from the clock a moment after they take the
# banner, and at 60x a second of show time is 17 ms, so "One minute remaining" could
# otherwise be painted for a frame over 0:00. At real speed: at 0:00 itself.
CUE_FLASH_ENDS_BEFORE_REAL_S = 0.1
# What `tick` posts to itself for `ticked_for_devices` and `ticked_late`. Qt posts a
# window's repaint (UpdateRequest) at low priority, and posted events of one priority are
# handled in the order they were posted, so this one, posted at low priority after the
# views asked for their repaints, comes after those paints. (A zero-time single shot would
# not: Qt delivers it as an ordinary posted call, ahead of every low-priority repaint.)
_TICKED_LATE = QEvent.Type(QEvent.registerEventType())


@dataclass(frozen=True)
class _Flash:
    """A cue's words on the chair and projector, and until when they mean something."""

    words: str
    until_s: float  # show time
    until_real: float  # time.monotonic()
    session: str | None  # the live session when it fired: the words end with it


class ShowController(QObject):
    changed = Signal()  # the projection changed: an action, undo or redo
    ticked = Signal()  # a second of the show's clock passed: repaint from the clock
    # Once the chair and projector have painted the same second, so the room's countdowns
    # never wait for the rest: first its copies for other devices (the remote screens, the
    # venue's broker: a speaker's confidence monitor counts down too), then the technician's
    # views (tables, the cue sweep).
    ticked_for_devices = Signal()
    ticked_late = Signal()
    display_changed = Signal()  # projector screen, fullscreen, blackout, message, speed
    refused = Signal(str)  # an action that could not apply, in words for the user
    cue_flashed = Signal(str)  # a cue fired: chair and projector show its words for a while

    def __init__(self, show: Show):
        super().__init__()
        self.show = show
        self._second: int | None = None  # the second the projection and board are for
        self._ticked_second: int | None = None  # the show clock's second at the last tick
        # the second of the last tick once the chair and projector have painted it
        self.painted_second: int | None = None
        self._projection: Projection | None = None
        self._board: Board | None = None
        self._flash: _Flash | None = None
        self._held: set[str] | None = None  # the signals (names) held back in a batch
        # why this PC takes no live action now (a standby following the room's PC, or a
        # primary waiting to know the room is its own: ui/standby.py); None: it does
        self.hold_reason: str | None = None

    @property
    def agenda(self) -> Agenda:
        return self.show.agenda

    @property
    def clock(self) -> Clock:
        return self.show.clock

    @property
    def display(self) -> DisplayState:
        return self.show.display

    @property
    def rehearsal(self) -> bool:
        return self.show.rehearsal

    # -- time --------------------------------------------------------------------------
    def now_s(self) -> int:
        return self.show.now_s()

    def _current(self) -> int:
        second = self.now_s()
        if second != self._second:
            self._second, self._projection, self._board = second, None, None
        return second

    def projection(self) -> Projection:
        """The projection for the current second of the show's clock."""
        second = self._current()
        if self._projection is None:
            self._projection = self.show.projection(second)
        return self._projection

    def board(self) -> Board:
        """What the chair and projector show in the current second of the show's clock."""
        second = self._current()
        if self._board is None:
            self._board = self.show.board(self.projection(), second)
        return self._board

    def tick(self) -> None:
        self._ticked_second = self.now_s()
        self.ticked.emit()
        # dropped by Qt if this controller is deleted before it comes round
        QCoreApplication.postEvent(self, QEvent(_TICKED_LATE),
                                   Qt.EventPriority.LowEventPriority.value)

    def customEvent(self, event: QEvent) -> None:
        if event.type() == _TICKED_LATE:
            self.painted_second = self._ticked_second
            self.ticked_for_devices.emit()
            self.ticked_late.emit()

    # -- live actions ------------------------------------------------------------------
    def hold(self, reason: str | None) -> None:
        """Refuse every live action, saying `reason`, until `hold(None)`."""
        self.hold_reason = reason
        self._tell("display_changed")

    def _refuse_if_held(self) -> bool:
        if self.hold_reason is not None:
            self.refused.emit(self.hold_reason)
            return True
        return False

    def mirror(self, entries: list[dict], *, check: bool = True) -> None:
        """Entries of the room's PC, on a standby: each on disk (fsynced) and in force, then
        the views told once. Raises JournalError / ActionError / OSError at the first that
        cannot be taken (those before it are kept). `check`: runofshow.show.Show.mirror's."""
        try:
            self.show.mirror(entries, check=check)
        finally:
            self._second = None
            self._tell("changed")

    def _act(self, method, *args) -> bool:
        if self._refuse_if_held():
            return False
        before = self.board() if self._flash is not None else None
        try:
            method(*args)
        except ActionError as exc:
            log.info("refused: %s", exc)
            self.refused.emit(str(exc))
            return False
        except OSError as exc:  # the journal could not be written: the action did not happen
            log.error("journal write failed: %s", exc)
            self.refused.emit(self.tr("could not write the show's journal ({error}); the action was "
                                      "not taken — check the disk").format(error=exc.strerror or exc))
            return False
        self._second = None  # the projection and the board are worked out afresh
        if before is not None and self._time_left_changed(before, self.board()):
            # "One minute remaining" and then the chair adds five: the words would lie. A
            # cue the action sets off (a start) flashes anew as `changed` goes out.
            self._flash = None
        self._tell("changed")
        return True

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Apply several actions as one: each is in the journal as it is taken, as always,
        but the views hear of them once, at the end. A burst from the network (50 actions
        a second from many devices) then costs the screens one refresh, not fifty."""
        if self._held is not None:  # already in one
            yield
            return
        self._held = set()
        try:
            yield
        finally:
            held, self._held = self._held, None
            for name in ("changed", "display_changed"):  # in their usual order
                if name in held:
                    getattr(self, name).emit()

    def _tell(self, name: str) -> None:
        if self._held is not None:
            self._held.add(name)
        else:
            getattr(self, name).emit()

    @staticmethod
    def _time_left_changed(before: Board, after: Board) -> bool:
        def live(board: Board):
            return board.session.id if board.mode == BoardMode.LIVE else None

        return live(before) != live(after) or before.remaining_s != after.remaining_s

    def next(self) -> bool:
        """The chair's Space: next session, or start the one that is due."""
        if self._refuse_if_held():
            return False
        try:
            kind, session = self.show.next_action()
        except ActionError as exc:
            self.refused.emit(str(exc))
            return False
        return self._act(self.show.do, kind, session)

    def extend(self, minutes: int, session: str | None = None) -> bool:
        return self._act(self.show.do, ActionKind.EXTEND, session, minutes)

    def start(self, session: str) -> bool:
        return self._act(self.show.do, ActionKind.START, session)

    def end(self) -> bool:
        return self._act(self.show.do, ActionKind.END)

    def skip(self, session: str) -> bool:
        return self._act(self.show.do, ActionKind.SKIP, session)

    def unskip(self, session: str) -> bool:
        return self._act(self.show.do, ActionKind.UNSKIP, session)

    def undo(self) -> bool:
        if self._refuse_if_held():
            return False
        if not self.show.can_undo:
            self.refused.emit(self.tr("nothing to undo"))
            return False
        return self._act(self.show.undo)

    def redo(self) -> bool:
        if self._refuse_if_held():
            return False
        if not self.show.can_redo:
            self.refused.emit(self.tr("nothing to redo"))
            return False
        return self._act(self.show.redo)

    # -- cues shown ----------------------------------------------------------------------
    def flash_cue(self, words: str, seconds: float = CUE_FLASH_S) -> None:
        """Show a cue's words on the chair and projector views for `seconds` of show time,
        but at least CUE_FLASH_MIN_REAL_S of real time (so a person can read them in a fast
        rehearsal), and never past what they speak of: when the session live as the cue
        fired ends or its countdown runs out ("One minute remaining" is never shown over
        0:00 or overtime), or the chair's action changes its time left."""
        board = self.board()
        live = board.session.id if board.mode == BoardMode.LIVE else None
        self._flash = _Flash(words, self.clock.precise_s() + seconds,
                             time.monotonic() + CUE_FLASH_MIN_REAL_S, live)
        self.cue_flashed.emit(words)

    def cue_flash(self) -> str | None:
        """The cue's words the chair and projector show now, or None."""
        flash = self._flash
        if flash is None:
            return None
        expired = self.clock.precise_s() >= flash.until_s and time.monotonic() >= flash.until_real
        if not expired and flash.session is not None:
            board = self.board()
            expired = (board.mode != BoardMode.LIVE or board.session.id != flash.session
                       or board.remaining_s <= self.clock.speed * CUE_FLASH_ENDS_BEFORE_REAL_S)
        if expired:
            self._flash = None
            return None
        return flash.words

    # -- the screens -------------------------------------------------------------------
    def update_display(self, **changes) -> None:
        for key, value in changes.items():
            setattr(self.display, key, value)
        self.show.save_display()
        self._tell("display_changed")

    def set_speed(self, speed: float) -> None:
        if self.clock.simulated:
            self.clock.set_speed(speed)
            self.update_display(speed=speed)

    def save_display(self) -> None:
        self.show.save_display()
