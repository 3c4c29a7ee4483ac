"""Live actions (docs/contracts.md, "Live actions") and the state they fold into.

The list of actions is the live state of a show. Folding it gives, for every session, what
really happened: when it started and ended, how much the chair extended it, whether it is
skipped. The projection (projection.py) turns that and the clock into times.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum

from runofshow.errors import shown
from runofshow.model import Agenda


class ActionKind(StrEnum):
    START = "start"
    NEXT = "next"
    END = "end"
    EXTEND = "extend"
    SKIP = "skip"
    UNSKIP = "unskip"


ACTION_KINDS = tuple(kind.value for kind in ActionKind)  # plain strings, for messages
MAX_EXTEND_MIN = 24 * 60  # one extension of more than a day is a typing error


@dataclass(frozen=True)
class Action:
    """A live action the chair or technician took: start, next, extend… at a moment."""

    at_s: int  # whole epoch seconds
    kind: str
    session: str | None = None
    minutes: int | None = None

    def describe(self) -> str:
        parts = [self.kind]
        if self.session:
            parts.append(self.session)
        if self.minutes is not None:
            parts.append(f"{self.minutes:+d} min")
        return " ".join(parts)


class ActionError(ValueError):
    """An action that cannot apply to the show as it stands (unknown session, nothing live...)."""


@dataclass
class SessionRun:
    """What the actions made of one session."""

    started_s: int | None = None
    ended_s: int | None = None
    extension_s: int = 0
    adjusted: bool = False  # the chair extended or compressed it by hand: never auto-compressed
    skipped: bool = False
    touched_s: int | None = None  # time of the last action on it


@dataclass
class LiveState:
    """Where the show stands after replaying actions: each session's run and the live one."""

    agenda: Agenda
    runs: dict[str, SessionRun] = field(default_factory=dict)
    live: str | None = None
    last_at_s: int | None = None

    def run(self, session_id: str) -> SessionRun:
        found = self.runs.get(session_id)
        if found is None:
            found = self.runs[session_id] = SessionRun()
        return found

    def copy(self) -> LiveState:
        """A copy to try an action on (its runs are its own)."""
        return LiveState(self.agenda, {sid: replace(run) for sid, run in self.runs.items()},
                         self.live, self.last_at_s)

    def live_at(self, at_s: int) -> str | None:
        """The live session as of `at_s`: none once the programme day it belongs to is
        over (a session still live at the end of its day counts as ended, at its projected
        end: docs/contracts.md, "How times cascade", rule 7), whatever the chair forgot."""
        if self.live is None or self.agenda.programme_date(at_s) > self.agenda.session(self.live).day:
            return None
        return self.live

    def apply(self, action: Action) -> None:
        """Apply one action, or raise ActionError and leave the state unchanged."""
        self.check(action)
        at = action.at_s
        self.last_at_s = at
        if self.live_at(at) is None:
            self._end_live(at)  # left live on a day gone by: ended at its day's projected end
        kind = action.kind
        if kind == "start":
            self._end_live(at)
            self._start(action.session, at)
        elif kind == "next":
            current = self.live
            self._end_live(at)
            following = self.next_after(current)
            if following is not None:
                self._start(following, at)
        elif kind == "end":
            self._end_live(at)
        elif kind == "extend":
            target = self.run(action.session or self.live)
            target.extension_s += action.minutes * 60
            target.adjusted = True
            target.touched_s = at
        elif kind in ("skip", "unskip"):
            target = self.run(action.session)
            target.skipped = kind == "skip"
            target.touched_s = at

    def next_after(self, session_id: str) -> str | None:
        """The next session of the same day that is neither skipped nor already done."""
        day = self.agenda.day_of(session_id)
        position = self.agenda.session(session_id).index
        for session in day.sessions[position + 1:]:
            run = self.runs.get(session.id)
            if run is None or (not run.skipped and run.started_s is None):
                return session.id
        return None

    def _start(self, session_id: str, at: int) -> None:
        run = self.run(session_id)
        run.started_s, run.skipped, run.touched_s = at, False, at
        self.live = session_id

    def _end_live(self, at: int) -> None:
        if self.live is None:
            return
        run = self.run(self.live)
        session = self.agenda.session(self.live)
        if self.agenda.programme_date(at) > session.day:
            # Ended on a later day: that day counts it as ended at its projected end.
            at = max(run.started_s, run.started_s + session.duration_s + run.extension_s,
                     run.touched_s or run.started_s)
        run.ended_s, run.touched_s = at, at
        self.live = None

    def check(self, action: Action) -> None:
        """Raise ActionError (saying why) if `action` cannot apply to the show as it stands."""
        kind = action.kind
        if kind not in ACTION_KINDS:
            raise ActionError(f"unknown action {shown(kind)} (known: {', '.join(ACTION_KINDS)})")
        if self.last_at_s is not None and action.at_s < self.last_at_s:
            raise ActionError(f"at {self.agenda.local(action.at_s).isoformat()} is before the "
                              "previous action; actions are in time order")
        session = action.session
        if session is not None and not self.agenda.has_session(session):
            raise ActionError(f"no session has the id {shown(session)}")
        if kind in ("start", "skip", "unskip") and session is None:
            raise ActionError(f"{kind} needs a session")
        if kind == "next" and session is not None:
            raise ActionError("next takes no session: it moves on from the live one")
        live = self.live_at(action.at_s)
        if kind in ("next", "end") and live is None:
            raise ActionError(f"{kind}: no session is live")
        if kind == "end" and session is not None and session != live:
            raise ActionError(f"end {session}: it is not live ({live} is); end ends the live session")
        if kind == "extend":
            if action.minutes is None or action.minutes == 0:
                raise ActionError("extend needs a whole number of minutes other than 0")
            if abs(action.minutes) > MAX_EXTEND_MIN:
                raise ActionError(f"extend by {action.minutes} minutes: at most {MAX_EXTEND_MIN} "
                                  "(a day) at a time")
            if session is None and live is None:
                raise ActionError("extend without a session needs a live session")
        run = self.runs.get(session) if session else None
        # ended, or left live on a day gone by (rule 7: it counts as ended; apply ends it)
        done = run is not None and (run.ended_s is not None or (session == self.live and live is None))
        if kind == "start" and done:
            raise ActionError(f"{session} has already taken place")
        if kind == "start" and session == live:
            raise ActionError(f"{session} is already live")
        if kind == "extend" and done:
            raise ActionError(f"{session} has already ended; it cannot be extended")
        if kind == "extend" and action.minutes < 0:
            # shortened past nothing, the minutes beyond would silently swallow the next +1s
            target = session or live
            extended = self.runs.get(target)
            length_s = self.agenda.session(target).duration_s + (extended.extension_s if extended else 0)
            if length_s + action.minutes * 60 < 0:
                raise ActionError(f"{target} lasts {length_s // 60} min as it stands: it cannot be "
                                  f"shortened by {-action.minutes} min")
        if kind in ("extend", "skip") and run is not None and run.skipped:
            raise ActionError(f"{session} is skipped" + ("; unskip it first" if kind == "extend" else ""))
        if kind == "skip" and done:
            raise ActionError(f"{session} cannot be skipped: it has already taken place")
        if kind == "skip" and session == live:
            raise ActionError(f"{session} cannot be skipped: it is live (use next or end)")
        if kind == "unskip" and (run is None or not run.skipped):
            raise ActionError(f"{session} is not skipped")


def replay(agenda: Agenda, actions: list[Action], until_s: int | None = None) -> LiveState:
    """Fold the actions up to `until_s` (all if None). Raises ActionError naming the action."""
    state = LiveState(agenda)
    for number, action in enumerate(actions, start=1):
        if until_s is not None and action.at_s > until_s:
            break
        try:
            state.apply(action)
        except ActionError as exc:
            raise ActionError(f"action {number} ({action.describe()}): {exc}") from None
    return state
