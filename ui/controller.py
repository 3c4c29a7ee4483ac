"""The one live show every window looks at, as Qt signals.

Views never change the show themselves: they call these methods, which go through the
core's Show (journal first, fsynced) and then tell every view at once. A refused action
comes back as `refused(message)` for the view to show; nothing is written for it.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from runofshow.actions import ActionError
from runofshow.board import Board, Thresholds, board
from runofshow.display_state import DisplayState
from runofshow.model import Agenda
from runofshow.projection import Projection
from runofshow.show import Show

log = logging.getLogger(__name__)
CUE_FLASH_S = 12.0


class ShowController(QObject):
    changed = Signal()  # the projection changed: an action, undo or redo
    ticked = Signal()  # a second of the show's clock passed: repaint from the clock
    # the same second, for the technician's views: emitted once the chair and projector have
    # been painted, so the room's countdowns are never kept waiting by a table refresh
    ticked_late = Signal()
    display_changed = Signal()  # projector screen, fullscreen, blackout, message, speed
    refused = Signal(str)  # an action that could not apply, in words for the user
    cue_flashed = Signal(str)  # a cue fired: chair and projector show its words for a while

    def __init__(self, show: Show, clock, display: DisplayState | None = None,
                 display_path: Path | None = None, thresholds: Thresholds | None = None,
                 rehearsal: bool = False):
        super().__init__()
        self.show = show
        self.clock = clock
        self.display = display or DisplayState()
        self.display_path = display_path
        self.thresholds = thresholds or Thresholds()
        self.rehearsal = rehearsal
        self._projection: Projection | None = None
        self._projection_second: int | None = None
        self._flash: tuple[str, float] | None = None  # (words, real monotonic expiry)

    @property
    def agenda(self) -> Agenda:
        return self.show.agenda

    # -- time --------------------------------------------------------------------------
    def now_s(self) -> float:
        return self.clock.timestamp()

    def projection(self) -> Projection:
        """The projection for the current second (computed at most once a second)."""
        second = int(self.now_s())
        if self._projection is None or second != self._projection_second:
            self._projection = self.show.projection(self.agenda.local(second))
            self._projection_second = second
        return self._projection

    def board(self) -> Board:
        """What the chair and projector show now, from the clock at this very moment."""
        return board(self.agenda, self.projection(), self.now_s(), self.thresholds)

    def tick(self) -> None:
        self.ticked.emit()
        # a zero timer runs after the paint requests just posted have been processed
        QTimer.singleShot(0, self, self.ticked_late.emit)  # dropped if this controller goes

    # -- live actions ------------------------------------------------------------------
    def _act(self, method, *args) -> bool:
        try:
            method(*args)
        except ActionError as exc:
            log.info("refused: %s", exc)
            self.refused.emit(str(exc))
            return False
        except OSError as exc:  # the journal could not be written: the action did not happen
            log.error("journal write failed: %s", exc)
            self.refused.emit(f"could not write the show's journal ({exc.strerror or exc}); "
                              "the action was not taken — check the disk")
            return False
        self._projection = None
        self.changed.emit()
        return True

    def next(self) -> bool:
        """The chair's Space: next session, or start the one that is due."""
        try:
            kind, session = self.show.next_action_kind()
        except ActionError as exc:
            self.refused.emit(str(exc))
            return False
        return self._act(self.show.do, kind, session)

    def extend(self, minutes: int, session: str | None = None) -> bool:
        return self._act(self.show.do, "extend", session, minutes)

    def start(self, session: str) -> bool:
        return self._act(self.show.do, "start", session)

    def end(self) -> bool:
        return self._act(self.show.do, "end")

    def skip(self, session: str) -> bool:
        return self._act(self.show.do, "skip", session)

    def unskip(self, session: str) -> bool:
        return self._act(self.show.do, "unskip", session)

    def undo(self) -> bool:
        if not self.show.can_undo:
            self.refused.emit("nothing to undo")
            return False
        return self._act(self.show.undo)

    def redo(self) -> bool:
        if not self.show.can_redo:
            self.refused.emit("nothing to redo")
            return False
        return self._act(self.show.redo)

    def standing_notice(self) -> str | None:
        """A real-clock show whose agenda has no session today is almost always a mistake
        (last year's programme opened as it is): say how to rehearse it or run it today."""
        if self.rehearsal:
            return None
        today = self.agenda.local(self.now_s()).date()
        days = self.agenda.days
        if days[0].date <= today <= days[-1].date:
            return None
        return (f"This agenda runs {days[0].date:%d %b %Y}"
                + (f" – {days[-1].date:%d %b %Y}" if len(days) > 1 else "")
                + f"; today is {today:%d %b %Y}. To try it now: runofshow --rehearse "
                  "(simulated clock) or --today (its first day mapped onto today).")

    # -- cues shown ----------------------------------------------------------------------
    def flash_cue(self, words: str, seconds: float = CUE_FLASH_S) -> None:
        """Show a cue's words on the chair and projector views for `seconds` of real time
        (people read in real time, whatever a rehearsal clock's speed)."""
        self._flash = (words, time.monotonic() + seconds)
        self.cue_flashed.emit(words)

    def cue_flash(self) -> str | None:
        if self._flash is None or time.monotonic() >= self._flash[1]:
            return None
        return self._flash[0]

    # -- the screens -------------------------------------------------------------------
    def update_display(self, **changes) -> None:
        for key, value in changes.items():
            setattr(self.display, key, value)
        self.save_display()
        self.display_changed.emit()

    def set_speed(self, speed: float) -> None:
        if getattr(self.clock, "simulated", False):
            self.clock.set_speed(speed)
            self.update_display(speed=speed)

    def save_display(self) -> None:
        if getattr(self.clock, "simulated", False):
            self.display.simulated_at = self.now_s()
        if self.display_path is not None:
            try:
                self.display.save(self.display_path)
            except OSError as exc:  # the show goes on; only the screen layout is not kept
                log.warning("could not save the display state: %s", exc)
