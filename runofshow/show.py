"""A live show: the agenda, the journal of actions, undo/redo and the clock.

This is the imperative edge of the core. Every change goes to the journal (fsynced) first,
then to memory; the projection is always recomputed from (agenda, actions, now).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from runofshow.actions import Action, ActionError, LiveState, replay
from runofshow.journal import Journal
from runofshow.model import Agenda
from runofshow.projection import Projection, project_state

if TYPE_CHECKING:
    from runofshow.reload import Orphan

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


class Show:
    def __init__(self, agenda: Agenda, journal: Journal, clock: Clock = system_clock):
        self.agenda = agenda
        self.journal = journal
        self.clock = clock
        # Replaying checks the journal against this agenda (an edited agenda can orphan ids).
        self._state = replay(agenda, self.actions)

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
        return self._state.live

    def now(self) -> datetime:
        return self.clock().astimezone(self.agenda.timezone).replace(microsecond=0)

    def do(self, kind: str, session: str | None = None, minutes: int | None = None) -> Action:
        """Apply a live action now. Raises ActionError (nothing written) if it cannot apply."""
        at = self.now()
        if self.actions and at < self.actions[-1].at:
            at = self.actions[-1].at  # the clock stepped back: keep the list in time order
        action = Action(at, kind, session, minutes)
        trial = replay(self.agenda, self.actions)
        trial.apply(action)  # raises before anything reaches the disk
        self.journal.record("do", action)
        self._state = trial
        return action

    def undo(self) -> Action | None:
        if not self.can_undo:
            return None
        undone = self.actions[-1]
        self.journal.record("undo", at=self.now())
        self._state = replay(self.agenda, self.actions)
        return undone

    def redo(self) -> Action | None:
        if not self.can_redo:
            return None
        self.journal.record("redo", at=self.now())
        self._state = replay(self.agenda, self.actions)
        return self.actions[-1]

    def reload(self, agenda: Agenda) -> list[Orphan]:
        """Go on with an edited agenda. Actions follow their sessions by id; those that no
        longer apply are dropped by a journal entry (so they stay on record) and returned
        for the technician to see. Redo history is cleared."""
        from runofshow.reload import fit_actions  # only on an edit: not before the first frame

        _, orphans = fit_actions(agenda, self.actions)
        self.journal.record_reload(agenda.source, [o.number - 1 for o in orphans], self.now())
        self.agenda = agenda
        self._state = replay(agenda, self.actions)
        return orphans

    def state(self) -> LiveState:
        return self._state

    def projection(self, now: datetime | None = None) -> Projection:
        """The projection now (or at `now`) after every action of the show. All of them:
        they have all happened, even if the computer's clock has since been stepped back
        to before the last one (an NTP correction must not make the screens forget it)."""
        moment = now or self.now()
        return project_state(self.agenda, self._state, int(moment.timestamp()))

    def next_action_kind(self) -> tuple[str, str | None]:
        """What the chair's "next" key means now: `next` when a session is live, otherwise
        `start` of the session that is due (the first upcoming one of the day)."""
        if self._state.live is not None:
            return "next", None
        projection = self.projection()
        today = self.now().date()
        upcoming = [p for d in projection.days if d.date >= today for p in d.sessions
                    if p.state == "upcoming"]
        if not upcoming:
            raise ActionError("nothing left to start")
        return "start", upcoming[0].id

    def close(self) -> None:
        self.journal.close()
