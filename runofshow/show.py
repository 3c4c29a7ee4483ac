"""A live show: the agenda, the journal of actions, undo/redo, the clock and the screens'
settings.

This is the imperative edge of the core. Every change goes to the journal (fsynced) first,
then to memory; the projection is always recomputed from (agenda, actions, now).
`Show.open` is the one call that opens (or resumes) a show; the shell only adds windows.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from runofshow.actions import Action, ActionError, ActionKind, LiveState, replay
from runofshow.board import Board, Thresholds, board
from runofshow.clock import Clock, SimulatedClock, SystemClock
from runofshow.display_state import ClockPlace, DisplayState, clock_place_path, display_state_path
from runofshow.journal import Journal, JournalError, JournalState, cue_log_path, journal_path, move_aside
from runofshow.model import Agenda
from runofshow.projection import Projection, project_state
from runofshow.reload import Orphan, fit_actions

log = logging.getLogger(__name__)
REHEARSAL_LEAD_S = 5 * 60  # a rehearsal starts this long before the first session
SESSION_ACTIONS = (ActionKind.START, ActionKind.SKIP, ActionKind.UNSKIP, ActionKind.EXTEND)


def journal_file(agenda: Agenda, agenda_path: str | Path, rehearse: bool,
                 root: Path | None = None, now_s: float | None = None) -> Path:
    """Where this show's journal lives. A rehearsal has its own (per programme dates, so a
    rehearsal mapped onto today is not mixed with one on the original dates); a live show
    has one per programme day: its date, or the day before in the night after a day that
    runs past midnight (a restart at 00:22 finds the night's actions)."""
    if rehearse:
        label = f"rehearsal-{agenda.days[0].date.isoformat()}"
    else:
        label = agenda.programme_date(time.time() if now_s is None else now_s).isoformat()
    return journal_path(agenda_path, label, root)


def rehearsal_clock(agenda: Agenda, journal: Journal, display: DisplayState,
                    kept: ClockPlace | None = None) -> SimulatedClock:
    """A simulated clock that resumes where the rehearsal stood: the later of its place in
    the display state (saved with the screens' settings and on closing) and its place as
    kept while it ran (`kept`, see Show.keep_clock_place), never before its last action;
    or a few minutes before the first session."""
    speed = display.speed or 1.0
    moments = [agenda.days[0].sessions[0].start_s - REHEARSAL_LEAD_S]
    if display.simulated_at is not None:
        moments.append(display.simulated_at)
    if kept is not None and (display.simulated_at is None or kept.simulated_at > display.simulated_at):
        moments.append(kept.simulated_at)
        speed = kept.speed or speed  # the newer of the two places has the speed it ran at
    if journal.state.actions:
        moments.append(journal.state.actions[-1].at_s)
    return SimulatedClock(max(moments), speed=speed)


class Show:
    """One open show. Views read it; every change goes through `do`, `undo`, `redo`,
    `reload` (the journal) or `save_display` (the screens' settings)."""

    def __init__(self, agenda: Agenda, journal: Journal, clock: Clock,
                 display: DisplayState | None = None, display_path: Path | None = None,
                 rehearsal: bool = False, thresholds: Thresholds | None = None):
        self.agenda = agenda
        self.journal = journal
        self.clock = clock
        self.display = display or DisplayState()
        self.display_path = display_path
        self._kept: ClockPlace | None = None  # the rehearsal clock's place last handed out
        self.rehearsal = rehearsal
        self.thresholds = thresholds or Thresholds()
        # Replaying checks the journal against this agenda (an edited agenda can orphan ids).
        self._state = replay(agenda, self.actions)

    @classmethod
    def open(cls, agenda: Agenda, agenda_path: str | Path, *, rehearse: bool,
             fresh: bool = False, journal_file_path: Path | None = None,
             clock: Clock | None = None) -> Show:
        """Open (or resume) the show of this agenda: its journal, its screens' settings and
        its clock (a rehearsal's resumes where it stood). `fresh` moves the old journal
        aside first. Raises JournalError / ActionError when the journal cannot be replayed
        on this agenda."""
        path = journal_file_path or journal_file(agenda, agenda_path, rehearse)
        if fresh:
            moved = move_aside(path)  # before opening: a damaged journal must not stop a fresh start
            if moved:
                log.info("started afresh; the previous journal is kept as %s", moved)
            move_aside(cue_log_path(path))  # its cue log goes with it (kept, never deleted)
            clock_place_path(path).unlink(missing_ok=True)  # a setting, not a record
        journal = Journal.open(path, agenda.source, agenda.timezone)
        display_path = display_state_path(path)
        display = DisplayState() if fresh else DisplayState.load(display_path)
        if clock is None and rehearse:
            clock = rehearsal_clock(agenda, journal, display, ClockPlace.load(clock_place_path(path)))
        elif clock is None:
            clock = SystemClock()
        try:
            return cls(agenda, journal, clock, display, display_path, rehearsal=rehearse)
        except ActionError:
            journal.close()
            raise

    # -- what is on record ---------------------------------------------------------------
    @property
    def actions(self) -> list[Action]:
        return self.journal.state.actions

    @property
    def can_undo(self) -> bool:
        return bool(self.journal.state.actions)

    @property
    def can_redo(self) -> bool:
        return bool(self.journal.state.redo)

    @property
    def live_id(self) -> str | None:
        return self._state.live_at(self.now_s())

    def state(self) -> LiveState:
        return self._state

    # -- time ----------------------------------------------------------------------------
    def now_s(self) -> int:
        return self.clock.now_s()

    def projection(self, now_s: int | None = None) -> Projection:
        """The projection now (or at `now_s`) after every action of the show. All of them:
        they have all happened, even if the computer's clock has since been stepped back
        to before the last one (an NTP correction must not make the screens forget it)."""
        return project_state(self.agenda, self._state, self.now_s() if now_s is None else now_s)

    def board(self, projection: Projection, now_s: int) -> Board:
        return board(self.agenda, projection, now_s, self.thresholds)

    def standing_notice(self) -> str | None:
        """A real-clock show whose agenda has no session today is almost always a mistake
        (last year's programme opened as it is): how to rehearse it or run it today."""
        if self.rehearsal:
            return None
        today = self.agenda.programme_date(self.now_s())
        days = self.agenda.days
        if days[0].date <= today <= days[-1].date:
            return None
        return (f"This agenda runs {days[0].date:%d %b %Y}"
                + (f" – {days[-1].date:%d %b %Y}" if len(days) > 1 else "")
                + f"; today is {today:%d %b %Y}. To try it now: runofshow --rehearse "
                  "(simulated clock) or --today (its first day mapped onto today).")

    # -- live actions ----------------------------------------------------------------------
    def _stamp(self) -> int:
        """The moment a new action takes: now, or the last action's moment if the clock
        stepped back (the list stays in time order)."""
        now = self.now_s()
        return max(now, self.actions[-1].at_s) if self.actions else now

    def do(self, kind: str, session: str | None = None, minutes: int | None = None) -> Action:
        """Apply a live action now. Raises ActionError (nothing written) if it cannot apply."""
        action = Action(self._stamp(), kind, session, minutes)
        # tried on a copy of the state as it stands, not a replay of the whole day: a burst
        # of actions late in a long show costs each the same
        trial = self._state.copy()
        trial.apply(action)  # raises before anything reaches the disk
        self.journal.record("do", action)
        self._state = trial
        return action

    def undo(self) -> Action | None:
        if not self.can_undo:
            return None
        undone = self.actions[-1]
        self.journal.record("undo", at_s=self.now_s())
        self._state = replay(self.agenda, self.actions)
        return undone

    def redo(self) -> Action | None:
        if not self.can_redo:
            return None
        self.journal.record("redo", at_s=self.now_s())
        self._state = replay(self.agenda, self.actions)
        return self.actions[-1]

    def mirror(self, entries: list[dict], agenda: Agenda | None = None, *, check: bool = True) -> int:
        """Entries of the primary's journal, on a standby (runofshow/standby.py): checked
        against this agenda, then written to the copy (fsynced) and in force. The state is
        worked out once for them all (a standby catching up on a long day takes hundreds
        at once). Raises JournalError / ActionError at the first that cannot apply, with
        the ones before it written and in force; returns how many were taken.

        With `agenda` (the room's PC reloaded its agenda: the entries begin with that
        reload), they are checked against it as a whole, and it is the show's from then on;
        the journal's own agenda text is the standby's to keep.

        `check` False: the entries come from before the room's PC took up the agenda this
        show runs on (a standby catching up). Only that PC's replay of them as a whole
        fits it (an action on a session a later reload removed does not), so they are
        written checked only as journal entries, and the state waits for a batch with
        `check` (the one that reaches that point) to be worked out."""
        target = agenda or self.agenda
        if not check:
            self.journal.append(*entries)  # JournalError if one cannot apply: nothing written
            self.agenda = target
            return len(entries)
        trial = JournalState(list(self.journal.state.actions), list(self.journal.state.redo))
        good = 0
        problem: Exception | None = None
        for entry in entries:
            try:
                trial.apply(entry)
            except (KeyError, TypeError, ValueError, JournalError) as exc:
                problem = ActionError(f"an entry that cannot apply: {exc!r:.200}")
                break
            good += 1
        try:
            state = replay(target, trial.actions)  # ActionError if they do not fit the agenda
        except ActionError:
            if agenda is not None or good <= 1:
                raise
            for entry in entries:  # one by one: those before the first that does not fit are taken
                self.mirror([entry])
            return len(entries)
        if good:
            self.journal.append(*entries[:good])
        self.agenda, self._state = target, state
        if problem is not None:
            raise problem
        return good

    def next_action(self) -> tuple[ActionKind, str | None]:
        """What the chair's "next" key means now: `next` when a session is live, otherwise
        `start` of today's session that is due. Raises ActionError when today has nothing
        left: one habitual press after the close must not put tomorrow's opening live all
        night (starting another day's session is the console's Start, by name)."""
        now = self.now_s()
        if self._state.live_at(now) is not None:
            return ActionKind.NEXT, None
        today = self.agenda.programme_date(now)
        due = self.projection().due(today)
        if due is None:
            raise ActionError("nothing left to start")
        if due.session.day != today:
            raise ActionError(f"nothing left to start today; {due.id} is due on "
                              f"{due.session.day.isoformat()}")
        return ActionKind.START, due.id

    def allowed(self, session_id: str | None = None) -> frozenset[str]:
        """The actions that would be accepted now: `next`, `end`, `undo` and `redo` for the
        show, and `start`, `skip`, `unskip` and `extend` for `session_id` if one is given.
        The same rules as `do` (LiveState.check), so a button is enabled exactly when its
        action would apply."""
        allowed: set[str] = set()
        at = self._stamp()
        candidates = [Action(at, ActionKind.END)]
        if session_id is not None:
            candidates += [Action(at, kind, session_id, 1 if kind == ActionKind.EXTEND else None)
                           for kind in SESSION_ACTIONS]
        for action in candidates:
            try:
                self._state.check(action)
            except ActionError:
                continue
            allowed.add(action.kind)
        try:
            self.next_action()
            allowed.add(ActionKind.NEXT)
        except ActionError:
            pass
        if self.can_undo:
            allowed.add("undo")
        if self.can_redo:
            allowed.add("redo")
        return frozenset(allowed)

    def reload(self, agenda: Agenda) -> list[Orphan]:
        """Go on with an edited agenda. Actions follow their sessions by id; those that no
        longer apply are dropped by a journal entry (so they stay on record) and returned
        for the technician to see. Redo history is cleared."""
        _, orphans = fit_actions(agenda, self.actions)
        self.journal.record_reload(agenda.source, [o.number - 1 for o in orphans], self.now_s())
        self.agenda = agenda
        self._state = replay(agenda, self.actions)
        return orphans

    # -- the screens' settings -----------------------------------------------------------
    def save_display(self) -> None:
        """Keep the screens' settings (and a rehearsal clock's place) beside the journal.
        A failure costs only the layout on the next start: it is logged, the show goes on."""
        if self.clock.simulated:
            self.display.simulated_at = self.clock.now_s()
            self.display.speed = self.clock.speed
        if self.display_path is None:
            return
        try:
            self.display.save(self.display_path)
        except OSError as exc:
            log.warning("could not save the display state: %s", exc)

    def clock_place(self) -> ClockPlace | None:
        """A rehearsal clock's place to keep, if it moved since the last one handed out
        (None for the real clock, a paused rehearsal, or a show with no files beside it)."""
        if not self.clock.simulated or self.display_path is None:
            return None
        place = ClockPlace(self.clock.now_s(), self.clock.speed)
        if place == self._kept:
            return None
        self._kept = place
        return place

    def write_clock_place(self, place: ClockPlace) -> None:
        """Write a place (from clock_place) beside the journal. Touches only its own file,
        so any one thread may do it (the shell does it off the GUI thread). A failure is
        logged: it costs only where a rehearsal resumes after a crash."""
        try:
            place.save(clock_place_path(self.journal.path))
        except OSError as exc:
            log.warning("could not keep the rehearsal clock's place: %s", exc)

    def keep_clock_place(self) -> bool:
        """Keep a rehearsal clock's place on disk now if it moved; True if written. The
        shell does this about once a real second, so a crash costs a rehearsal at most
        about that second of real time (at 60x, a minute of show time)."""
        place = self.clock_place()
        if place is not None:
            self.write_clock_place(place)
        return place is not None

    def close(self) -> None:
        self.journal.close()
