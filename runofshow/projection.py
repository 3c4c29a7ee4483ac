"""The projection (docs/contracts.md, "The projection"): every session's start and end,
from plan, actions and now.

`project(agenda, actions, now_s)` is a pure function. Times are whole epoch seconds. Each
day is projected on its own, in one forward pass over its run: the live session, then the
upcoming ones. At each anchor (the planned start of a `hard_start` session, the planned end
of a `hard_end` one) a late projection is absorbed by compressing the flexible sessions
that lead to it: the upcoming ones since the previous anchor and, for the first anchor
after it, what is left of the live one (see `_absorb`).
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
    compressed_by_s: int  # what the cascade took to hold an anchor (from the live one too)
    adjusted: bool = False  # the chair extended or compressed it by hand (even to a net 0):
    #                         the cascade then never compresses it
    must_end_s: int | None = None  # the live one only: from this moment each more second of
    #   it makes the anchor after it later (`_project_day`); None when it cannot help that anchor

    @property
    def id(self) -> str:
        return self.session.id

    @property
    def due_end_s(self) -> int | None:
        """When the session is due to end. For the live one: its start + planned duration +
        extensions − what the cascade took, and no later than `must_end_s` (so an overrun,
        of its plan or of what the anchor after it leaves it, runs the countdown into
        overtime instead of moving it); for the others, the projected end."""
        if self.state != LIVE:
            return self.end_s
        due = self.start_s + max(0, self.session.duration_s + self.adjusted_by_s) - self.compressed_by_s
        return due if self.must_end_s is None else min(due, self.must_end_s)


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
    today = agenda.programme_date(now_s)  # a night past midnight still belongs to its day
    days = tuple(_project_day(day, state.runs, now_s, today) for day in agenda.days)
    live, live_id = None, state.live_at(now_s)
    if live_id is not None:
        live = next(p for d in days for p in d.sessions if p.id == live_id)
    return Projection(at_s=now_s, days=days, live=live)


def _project_day(day: Day, runs: dict[str, SessionRun], now_s: int, today: date) -> DayProjection:
    sessions = day.sessions
    count = len(sessions)
    past, is_today = day.date < today, day.date == today
    run_of = [runs.get(s.id, _NO_RUN) for s in sessions]
    # When each session may start at the soonest (its published start; the live one: when it
    # was started) and how long it lasts before any compression (planned plus extensions).
    earliest = [s.start_s for s in sessions]
    length = [s.duration_s + r.extension_s for s, r in zip(sessions, run_of, strict=True)]
    start: list[int | None] = [None] * count
    end: list[int | None] = [None] * count
    compressed = [0] * count
    state = [UPCOMING] * count

    # The cursor is the session started last: the live one if there is one (any later start
    # would have ended it), else the latest started. Those before it in order that never ran
    # were passed over, those after it that have not run yet are the upcoming chain.
    cursor = -1
    for i, r in enumerate(run_of):
        if r.started_s is None:
            continue
        if r.ended_s is None:
            cursor = i
            break
        if cursor < 0 or r.started_s >= run_of[cursor].started_s:
            cursor = i
    head = None  # the live session: the run the cascade projects starts with it
    for i, r in enumerate(run_of):
        if r.skipped:
            state[i] = SKIPPED
        elif r.started_s is not None and r.ended_s is not None:
            state[i], start[i], end[i] = DONE, r.started_s, r.ended_s
        elif r.started_s is not None:
            state[i], start[i] = LIVE, r.started_s
            if past:
                # Left live on a past day: it ends at its end by rule 2 as of its last action,
                # not shortened (as an action of a later day that ends it records it).
                end[i] = max(r.started_s + max(0, length[i]), r.touched_s or r.started_s)
            else:
                end[i] = max(r.started_s + max(0, length[i]), now_s)
                head = i
        elif i < cursor:
            state[i] = SKIPPED

    chain = [i for i in range(cursor + 1, count) if state[i] == UPCOMING]
    if head is not None:
        # The run starts with the live session: from when it was started, for the length
        # rule 2 gives it (up to now once it overruns); the cascade may still compress it.
        earliest[head], length[head] = start[head], end[head] - start[head]
        chain.insert(0, head)
        base = None
    else:
        base = end[cursor] if cursor >= 0 else None
        if is_today:
            base = now_s if base is None else max(base, now_s)

    def slack(i: int) -> int | None:
        """What rule 4 may take from session i, or None if it may never compress it (it has
        no slack, or the chair adjusted it by hand). From the live one: what is left of it
        above now and above its minimum from its actual start (0 once it overruns)."""
        if run_of[i].adjusted or sessions[i].slack_s == 0:
            return None
        if i == head:
            return start[i] + length[i] - max(now_s, start[i] + sessions[i].min_duration_s)
        return sessions[i].slack_s

    anchor_lateness, head_need = _cascade(sessions, chain, head, earliest, length, slack,
                                          compressed, base, start, end)
    # The moment from which each more second of the live session makes the anchor after it
    # later: its end by rule 2 less what that anchor needs from it once the others within
    # its reach gave all their slack, and not before its minimum from its actual start.
    must_end = None
    if head_need > 0:
        must_end = max(start[head] + length[head] - head_need,
                       start[head] + sessions[head].min_duration_s)

    breaches = []
    if not past:  # the run holds only the live and upcoming sessions: its anchors are ahead
        breaches = [Breach(sessions[i].id, kind, late) for i, kind, late in anchor_lateness
                    if late > 0]
    if past:  # a day gone by keeps what its actions made of it
        state = [DONE if s in (LIVE, UPCOMING) else s for s in state]

    projected = [
        SessionProjection(s, state[i], start[i] if state[i] != SKIPPED else None,
                          end[i] if state[i] != SKIPPED else None,
                          run_of[i].extension_s, compressed[i], run_of[i].adjusted,
                          must_end if i == head else None)
        for i, s in enumerate(sessions)
    ]
    ends = [end[i] for i in range(count) if state[i] != SKIPPED and end[i] is not None]
    planned_end = sessions[-1].end_s
    return DayProjection(day.date, planned_end, max(ends) if ends else planned_end,
                         tuple(breaches), tuple(projected))


def _cascade(sessions, chain, head, earliest, length, slack, compressed, base, start, end):
    """Project the run in order (the live session first, when `head` is it), absorbing
    delays at anchors. Returns the lateness left at each anchor as (index, "start"|"end",
    seconds), and what the first anchor after the live session needs from it (`_absorb`)."""
    result = []
    head_need = 0
    window: list[int] = []  # the sessions of the run since the previous anchor
    window_base = base
    prev = base
    for i in chain:
        session = sessions[i]
        if session.hard_start and i != head:  # the live session's start is behind us
            late = (prev if prev is not None else 0) - earliest[i]
            if late > 0 and window:
                gained, need = _absorb(window, late, earliest, start, slack, compressed, head)
                late -= gained
                head_need = max(head_need, need)
                prev = _chain(window, window_base, earliest, length, compressed, start, end)
            result.append((i, "start", max(0, late)))
            window, window_base = [], prev  # the hard start itself lies after this anchor
        # `_chain` for one session, written out: this runs for every session at every paint
        begins = earliest[i] if prev is None or prev < earliest[i] else prev
        start[i] = begins
        prev = end[i] = begins + max(0, length[i] - compressed[i])
        window.append(i)
        if session.hard_end:
            late = prev - session.end_s
            if late > 0:
                gained, need = _absorb(window, late, earliest, start, slack, compressed, head)
                late -= gained
                head_need = max(head_need, need)
                prev = _chain(window, window_base, earliest, length, compressed, start, end)
            result.append((i, "end", max(0, late)))
            window, window_base = [], prev
    return result, head_need


def _chain(indices, base, earliest, length, compressed, start, end):
    prev = base
    for i in indices:
        begins = earliest[i] if prev is None or prev < earliest[i] else prev
        start[i] = begins
        prev = end[i] = begins + max(0, length[i] - compressed[i])
    return prev


def _absorb(window, needed, earliest, start, slack, compressed, head) -> tuple[int, int]:
    """Compress sessions of `window` (which leads to an anchor late by `needed` seconds).
    `slack(i)` is what may be taken from session i (None: nothing, ever); for the live
    session `head`, which can only be the first of the window, what is left of it.

    Compressing a session brings the anchor earlier only as far as every start between
    them is late: a start that is on time (a gap took the delay) stops the shift. So,
    walking back from the anchor, each session can reach the anchor by at most the least
    lateness of the starts after it. Sessions with the same reach share in proportion to
    their slack; the group nearest the anchor goes first, and no group takes more than
    can still reach the anchor. Nothing is taken that would not bring the anchor earlier.

    Returns how many seconds the anchor gains, and how many it would need from the live
    session if all the others within its reach gave all their slack (0 when the window
    does not start with it, or it cannot help).
    """
    groups: list[tuple[int, list[int], list[int]]] = []  # (reach, sessions, slacks), nearest first
    cut = needed  # lateness of the start just after the session being looked at
    reach = needed
    for i in reversed(window):
        reach = min(reach, cut)
        if reach <= 0:
            break
        give = slack(i)
        if give is not None:  # the live one takes part even with nothing left: see head_need
            if groups and groups[-1][0] == reach:
                groups[-1][1].append(i)
                groups[-1][2].append(give)
            else:
                groups.append((reach, [i], [give]))
        cut = start[i] - earliest[i]
    gained, limit, head_need = 0, needed, 0
    for reach, members, slacks in groups:
        limit = min(limit, reach)
        if members[-1] == head:  # the farthest group, and the live one is its last
            head_need = limit - (sum(slacks) - slacks[-1])
        take = min(limit, sum(slacks))
        if take <= 0:
            break
        for i, share in zip(members, _shares(take, slacks), strict=True):
            compressed[i] += share
        gained += take
        limit -= take
    return gained, head_need


def _shares(total: int, weights: list[int]) -> list[int]:
    """Split `total` whole seconds in proportion to `weights` (largest remainders first)."""
    whole = sum(weights)
    shares = [total * w // whole for w in weights]
    remainders = sorted(range(len(weights)), key=lambda k: -(total * weights[k] % whole))
    for k in remainders[: total - sum(shares)]:
        shares[k] += 1
    return shares
