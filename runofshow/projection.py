"""The projection (docs/contracts.md, "The projection"): every session's start and end,
from plan, actions and now.

`project(agenda, actions, now_s)` is a pure function. Times are whole epoch seconds. Each
day is projected on its own, in one forward pass; at each anchor (the planned start of a
`hard_start` session, the planned end of a `hard_end` one) a late projection is absorbed by
compressing the flexible upcoming sessions that lead to it (see `_absorb`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from runofshow.actions import Action, LiveState, SessionRun, replay
from runofshow.model import Agenda, Day, Session


class SessionState(StrEnum):
    DONE = "done"
    LIVE = "live"
    UPCOMING = "upcoming"
    SKIPPED = "skipped"


DONE, LIVE, UPCOMING, SKIPPED = SessionState
_NO_RUN = SessionRun()


@dataclass(frozen=True)
class SessionProjection:
    """One session as projected: its state, projected times, and how it was moved."""

    session: Session
    state: SessionState
    start_s: int | None  # None when skipped
    end_s: int | None
    adjusted_by_s: int  # the chair's extensions (negative: compressed by hand)
    compressed_by_s: int  # what the cascade took to hold an anchor
    adjusted: bool = False  # the chair extended or compressed it by hand (even to a net 0):
    #                         the cascade then never compresses it

    @property
    def id(self) -> str:
        return self.session.id


@dataclass(frozen=True)
class Breach:
    """An anchor that will be missed, and by how much."""

    session: str
    anchor: str  # "start" or "end"
    late_by_s: int


@dataclass(frozen=True)
class DayProjection:
    """One day as projected: its sessions, its projected end, its breached anchors."""

    date: date
    planned_end_s: int
    projected_end_s: int
    breaches: tuple[Breach, ...]
    sessions: tuple[SessionProjection, ...]

    @property
    def late_by_s(self) -> int:
        return self.projected_end_s - self.planned_end_s


@dataclass(frozen=True)
class Projection:
    """The whole show projected at one moment (`project`): every day, and the live session."""

    at_s: int
    days: tuple[DayProjection, ...]
    live: SessionProjection | None

    def session(self, session_id: str) -> SessionProjection:
        for day in self.days:
            for item in day.sessions:
                if item.id == session_id:
                    return item
        raise KeyError(session_id)

    def all_sessions(self) -> list[SessionProjection]:
        return [item for day in self.days for item in day.sessions]

    def day(self, when: date) -> DayProjection:
        return next(d for d in self.days if d.date == when)

    def due(self, today: date) -> SessionProjection | None:
        """The session due to start next when nothing is live: the first upcoming one of
        today or a later day (None once the programme is complete)."""
        return next((item for day in self.days if day.date >= today
                     for item in day.sessions if item.state == UPCOMING), None)


def project(agenda: Agenda, actions: list[Action], now_s: int) -> Projection:
    """Project every session of the agenda at `now_s` (epoch seconds) after the actions
    stamped up to then."""
    state = replay(agenda, actions, until_s=now_s)
    return project_state(agenda, state, now_s)


def project_state(agenda: Agenda, state: LiveState, now_s: int) -> Projection:
    """Project at `now_s` from a state the actions were already folded into."""
    today = agenda.local(now_s).date()
    days = tuple(_project_day(day, state.runs, now_s, today) for day in agenda.days)
    live = None
    if state.live is not None:
        live = next(p for d in days for p in d.sessions if p.id == state.live)
    return Projection(at_s=now_s, days=days, live=live)


def _project_day(day: Day, runs: dict[str, SessionRun], now_s: int, today: date) -> DayProjection:
    sessions = day.sessions
    count = len(sessions)
    past, is_today = day.date < today, day.date == today
    run_of = [runs.get(s.id, _NO_RUN) for s in sessions]
    planned_start = [s.start_s for s in sessions]
    duration = [s.duration_s + r.extension_s for s, r in zip(sessions, run_of, strict=True)]
    start: list[int | None] = [None] * count
    end: list[int | None] = [None] * count
    compressed = [0] * count
    state = [UPCOMING] * count

    # The cursor is the session started last: those before it in order that never ran were
    # passed over, those after it that have not run yet are the upcoming chain.
    cursor = -1
    for i, r in enumerate(run_of):
        if r.started_s is not None and (cursor < 0 or r.started_s >= run_of[cursor].started_s):
            cursor = i
    live_index = None
    for i, r in enumerate(run_of):
        if r.skipped:
            state[i] = SKIPPED
        elif r.started_s is not None and r.ended_s is not None:
            state[i], start[i], end[i] = DONE, r.started_s, r.ended_s
        elif r.started_s is not None:
            live_index = i
            # A live session on a past day ends at its projected end as of its last action.
            clock = now_s if not past else (r.touched_s or r.started_s)
            state[i], start[i] = LIVE, r.started_s
            end[i] = max(r.started_s + max(0, duration[i]), clock)
        elif i < cursor:
            state[i] = SKIPPED

    base = end[cursor] if cursor >= 0 else None
    if is_today:
        base = now_s if base is None else max(base, now_s)
    chain = [i for i in range(cursor + 1, count) if state[i] == UPCOMING]
    anchor_lateness = _cascade(sessions, chain, planned_start, duration, compressed, base,
                               start, end, run_of)

    breaches = []
    if not past:
        for i, kind, late in anchor_lateness:
            if late > 0:  # the chain holds only upcoming sessions: all still ahead
                breaches.append(Breach(sessions[i].id, kind, late))
        if live_index is not None and sessions[live_index].hard_end:
            late = end[live_index] - sessions[live_index].end_s
            if late > 0:
                breaches.append(Breach(sessions[live_index].id, "end", late))
    if past:  # a day gone by keeps what its actions made of it
        state = [DONE if s in (LIVE, UPCOMING) else s for s in state]

    projected = [
        SessionProjection(s, state[i], start[i] if state[i] != SKIPPED else None,
                          end[i] if state[i] != SKIPPED else None,
                          run_of[i].extension_s, compressed[i], run_of[i].adjusted)
        for i, s in enumerate(sessions)
    ]
    ends = [end[i] for i in range(count) if state[i] != SKIPPED and end[i] is not None]
    planned_end = sessions[-1].end_s
    return DayProjection(day.date, planned_end, max(ends) if ends else planned_end,
                         tuple(breaches), tuple(projected))


def _cascade(sessions, chain, planned_start, duration, compressed, base, start, end, run_of):
    """Project the upcoming chain in order, absorbing delays at anchors. Returns the
    lateness left at each anchor as (index, "start"|"end", seconds)."""
    result = []
    window: list[int] = []  # upcoming sessions since the previous anchor
    window_base = base
    prev = base
    for i in chain:
        session = sessions[i]
        if session.hard_start:
            late = (prev if prev is not None else 0) - planned_start[i]
            if late > 0 and window:
                late -= _absorb(window, late, planned_start, start, sessions, run_of, compressed)
                prev = _chain(window, window_base, planned_start, duration, compressed, start, end)
            result.append((i, "start", max(0, late)))
            window, window_base = [], prev  # the hard start itself lies after this anchor
        # `_chain` for one session, written out: this runs for every session at every paint
        begins = planned_start[i] if prev is None or prev < planned_start[i] else prev
        start[i] = begins
        prev = end[i] = begins + max(0, duration[i] - compressed[i])
        window.append(i)
        if session.hard_end:
            late = prev - session.end_s
            if late > 0:
                late -= _absorb(window, late, planned_start, start, sessions, run_of, compressed)
                prev = _chain(window, window_base, planned_start, duration, compressed, start, end)
            result.append((i, "end", max(0, late)))
            window, window_base = [], prev
    return result


def _chain(indices, base, planned_start, duration, compressed, start, end):
    prev = base
    for i in indices:
        begins = planned_start[i] if prev is None or prev < planned_start[i] else prev
        start[i] = begins
        prev = end[i] = begins + max(0, duration[i] - compressed[i])
    return prev


def _absorb(window, needed, planned_start, start, sessions, run_of, compressed) -> int:
    """Compress sessions of `window` (which leads to an anchor late by `needed` seconds)
    and return how many seconds the anchor gains.

    Compressing a session brings the anchor earlier only as far as every start between
    them is late: a start that is on time (a gap took the delay) stops the shift. So,
    walking back from the anchor, each session can reach the anchor by at most the least
    lateness of the starts after it. Sessions with the same reach share in proportion to
    their slack; the group nearest the anchor goes first, and no group takes more than
    can still reach the anchor. Nothing is taken that would not bring the anchor earlier.
    """
    groups: list[tuple[int, list[int]]] = []  # (reach, flexible sessions), nearest first
    cut = needed  # lateness of the start just after the session being looked at
    reach = needed
    for i in reversed(window):
        reach = min(reach, cut)
        if reach <= 0:
            break
        run = run_of[i]
        if sessions[i].slack_s > 0 and not run.adjusted:
            if groups and groups[-1][0] == reach:
                groups[-1][1].append(i)
            else:
                groups.append((reach, [i]))
        cut = start[i] - planned_start[i]
    gained, limit = 0, needed
    for reach, members in groups:
        limit = min(limit, reach)
        take = min(limit, sum(sessions[i].slack_s for i in members))
        if take <= 0:
            break
        for i, share in zip(members, _shares(take, [sessions[i].slack_s for i in members]),
                            strict=True):
            compressed[i] += share
        gained += take
        limit -= take
    return gained


def _shares(total: int, weights: list[int]) -> list[int]:
    """Split `total` whole seconds in proportion to `weights` (largest remainders first)."""
    whole = sum(weights)
    shares = [total * w // whole for w in weights]
    remainders = sorted(range(len(weights)), key=lambda k: -(total * weights[k] % whole))
    for k in remainders[: total - sum(shares)]:
        shares[k] += 1
    return shares
