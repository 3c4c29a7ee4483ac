"""What the chair and the projector show at a moment: the board.

A pure function of (agenda, projection, now): the live session and its countdown, the
colour phase, what comes next and when, and one line on how the day stands. The views
ask for it with the clock's current second whenever they paint, so a countdown is always
`due end − now`, never a counted-down number. The due end of the live session is the one
the cascade gives it: when it is shortened to hold an anchor, the board counts down to that
and says why (`held_for`: "back at 15:00").
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from runofshow.model import BREAK_KINDS, Agenda, Session
from runofshow.projection import UPCOMING, DayProjection, Projection, SessionProjection
from runofshow.words import NOTHING, QT_TRANSLATE_NOOP, Words, words


class Phase(StrEnum):
    """The countdown's colour phase."""

    NORMAL = "normal"
    WARNING = "warning"
    DANGER = "danger"
    OVERTIME = "overtime"


class BoardMode(StrEnum):
    LIVE = "live"  # a session is live: the countdown is to its end
    WAITING = "waiting"  # nothing live, a session is due: the countdown is to its start
    DONE = "done"  # the programme is complete


NORMAL, WARNING, DANGER, OVERTIME = Phase
PHASES = tuple(phase.value for phase in Phase)
AWAKE_BEFORE_S = 3600  # screens are kept awake from an hour before the next session


@dataclass(frozen=True)
class Thresholds:
    """When the countdown turns to warning and to danger (seconds left)."""

    warning_s: int = 5 * 60
    danger_s: int = 60


@dataclass(frozen=True)
class Board:
    """What the chair's and projector's views show at one moment, worked out from the projection."""

    mode: BoardMode
    session: Session | None  # the live session, or the one due when waiting
    remaining_s: int  # live: due end − now (negative in overtime); waiting: start − now
    countdown: str  # "12:34", "1:02:03", "+0:42" in overtime
    phase: Phase
    progress: float  # share of the live session's time used, 0..1
    next_session: Session | None
    next_start_s: int | None
    next_text: Words  # "in 12 min, 16:42"
    day_status: Words  # "on time", "running 7 min late", "18:00 close at risk by 4 min"
    late_by_s: int  # how late the day ends (negative: ahead)
    at_risk: bool  # an anchor ahead is breached
    held_for: Words = NOTHING  # live and due to end early to hold an anchor: that anchor, in
    #                    words ("back at 15:00", "for the 18:00 close": `_held_for`); else none

    @property
    def shown_countdown(self) -> str:
        """The digits a screen shows: none once the programme is complete (a 0:00 there
        would read as a session that just ran out)."""
        return "" if self.mode == BoardMode.DONE else self.countdown


def format_clock(seconds: int) -> str:
    """m:ss, or h:mm:ss from an hour on."""
    hours, rest = divmod(max(0, seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def countdown_text(remaining_s: int) -> tuple[str, int, bool]:
    """The countdown as shown, the whole seconds it shows, and whether it is overtime.

    0:00 shows for the second in which time is up; overtime then counts up from +0:01.
    """
    if remaining_s >= 0:
        return format_clock(remaining_s), remaining_s, False
    return "+" + format_clock(-remaining_s), -remaining_s, True


def phase_for(shown_s: int, overtime: bool, thresholds: Thresholds = Thresholds()) -> Phase:
    if overtime:
        return OVERTIME
    if shown_s <= thresholds.danger_s:
        return DANGER
    if shown_s <= thresholds.warning_s:
        return WARNING
    return NORMAL


def minutes_phrase(seconds: float) -> Words:
    """A wait in whole minutes, rounded up ("12 min", "1 h 05 min")."""
    return _minutes_words(max(0, math.ceil(seconds / 60)))


def _minutes_words(minutes: int) -> Words:
    if minutes < 60:
        return words(QT_TRANSLATE_NOOP("Board", "{minutes} min"), minutes=minutes)
    return words(QT_TRANSLATE_NOOP("Board", "{hours} h {minutes} min"),
                 hours=minutes // 60, minutes=f"{minutes % 60:02d}")


def lateness_phrase(seconds: int) -> Words:
    """How late, in the words every view uses: whole minutes, rounded to the nearest (so a
    console showing +15:02 and a chair saying "15 min" tell the same story)."""
    if seconds < 60:
        return words(QT_TRANSLATE_NOOP("Board", "under a minute"))
    return _minutes_words((seconds + 30) // 60)


def anchor_name(day: DayProjection, session: Session, anchor: str) -> Words:
    """An anchor in words a chair reads, never a session id: "18:00 close" (the end of the
    day's last session), "17:00 end", "15:00 start"."""
    if anchor == "end":
        if day.sessions[-1].session is session:
            return words(QT_TRANSLATE_NOOP("Board", "{time} close"), time=f"{session.end:%H:%M}")
        return words(QT_TRANSLATE_NOOP("Board", "{time} end"), time=f"{session.end:%H:%M}")
    return words(QT_TRANSLATE_NOOP("Board", "{time} start"), time=f"{session.start:%H:%M}")


def at_risk_words(anchor: Words, late_by_s: int) -> Words:
    """"18:00 close at risk by 4 min"."""
    return words(QT_TRANSLATE_NOOP("Board", "{anchor} at risk by {late}"),
                 anchor=anchor, late=lateness_phrase(late_by_s))


def lateness_words(late_by_s: int) -> Words:
    """How the day stands in one phrase: "on time", "7 min late", "3 min ahead"."""
    if late_by_s == 0:
        return words(QT_TRANSLATE_NOOP("Board", "on time"))
    if late_by_s > 0:
        return words(QT_TRANSLATE_NOOP("Board", "{late} late"), late=lateness_phrase(late_by_s))
    return words(QT_TRANSLATE_NOOP("Board", "{late} ahead"), late=lateness_phrase(-late_by_s))


def _day_status(agenda: Agenda, day: DayProjection) -> tuple[Words, bool]:
    for breach in day.breaches:
        what = anchor_name(day, agenda.session(breach.session), breach.anchor)
        return at_risk_words(what, breach.late_by_s), True
    late = day.late_by_s
    if late >= 30:  # what rounds to a minute or more, in the words every view uses
        return words(QT_TRANSLATE_NOOP("Board", "running {late} late"),
                     late=lateness_phrase(max(60, late))), False
    if late <= -30:
        return words(QT_TRANSLATE_NOOP("Board", "running {late} ahead"),
                     late=lateness_phrase(max(60, -late))), False
    taken = sum(item.compressed_by_s for item in day.sessions)
    if taken >= 60:
        return words(QT_TRANSLATE_NOOP("Board", "on time ({minutes} min taken from flexible slots)"),
                     minutes=round(taken / 60)), False
    return words(QT_TRANSLATE_NOOP("Board", "on time")), False


def _held_for(day: DayProjection, live: SessionProjection) -> Words:
    """Why the live session is due to end before its start + duration + extensions, or
    nothing when it is not. The cascade shortens it only for the first anchor after its start
    (docs/contracts.md, "The projection"): its own fixed end, else the fixed start or end of
    the first upcoming session that has one. Said with the anchor's planned time, never
    with a session id."""
    session = live.session
    if live.due_end_s >= live.start_s + max(0, session.duration_s + live.adjusted_by_s):
        return NOTHING
    ahead = [item.session for item in day.sessions[session.index + 1:] if item.state == UPCOMING]
    if session.hard_end:
        if not ahead:
            return words(QT_TRANSLATE_NOOP("Board", "ends at {time} for the close"),
                         time=f"{session.end:%H:%M}")
        return words(QT_TRANSLATE_NOOP("Board", "must end by {time}"), time=f"{session.end:%H:%M}")
    for anchor in ahead:
        if anchor.hard_start:
            start = f"{anchor.start:%H:%M}"
            if session.kind in BREAK_KINDS:
                return words(QT_TRANSLATE_NOOP("Board", "back at {time}"), time=start)
            return words(QT_TRANSLATE_NOOP("Board", "for the fixed start at {time}"), time=start)
        if anchor.hard_end:
            end = f"{anchor.end:%H:%M}"
            if anchor is ahead[-1]:
                return words(QT_TRANSLATE_NOOP("Board", "for the {time} close"), time=end)
            return words(QT_TRANSLATE_NOOP("Board", "for the fixed end at {time}"), time=end)
    return NOTHING


def board(agenda: Agenda, projection: Projection, now_s: int,
          thresholds: Thresholds = Thresholds()) -> Board:
    """The board at `now_s` (whole epoch seconds) for this projection."""
    live = projection.live
    due = projection.due(agenda.programme_date(now_s))
    if live is not None:
        day = projection.day(live.session.day)
        following = next((item for item in day.sessions if item.state == UPCOMING), None)
        due_end = live.due_end_s  # less what the cascade took to hold the anchor ahead
        remaining = due_end - now_s
        text, shown, overtime = countdown_text(remaining)
        length = due_end - live.start_s
        progress = 1.0 if length <= 0 else min(1.0, max(0.0, (now_s - live.start_s) / length))
        mode, session = BoardMode.LIVE, live.session
        phase = phase_for(shown, overtime, thresholds)
        held_for = _held_for(day, live)
    elif due is not None:
        # nothing live: the countdown is to the start of the session that is due
        following = due
        day = projection.day(due.session.day)
        remaining = due.start_s - now_s
        text = countdown_text(max(0, remaining))[0]
        mode, session, phase, progress = BoardMode.WAITING, due.session, NORMAL, 0.0
        held_for = NOTHING
    else:
        last_day = projection.days[-1]
        status, at_risk = _day_status(agenda, last_day)
        return Board(BoardMode.DONE, None, 0, "0:00", NORMAL, 1.0, None, None, NOTHING, status,
                     last_day.late_by_s, at_risk)
    status, at_risk = _day_status(agenda, day)
    next_start = following.start_s if following else None
    next_text = NOTHING
    if following is not None:
        next_text = words(QT_TRANSLATE_NOOP("Board", "in {wait}, {time}"),
                          wait=minutes_phrase(following.start_s - now_s),
                          time=f"{agenda.local(following.start_s):%H:%M}")
    return Board(mode, session, remaining, text, phase, progress,
                 following.session if following else None, next_start, next_text, status,
                 day.late_by_s, at_risk, held_for)


def screens_awake_reason(board: Board) -> str | None:
    """Why the screens must not sleep now (a session is live, or starts within the hour),
    or None: the projector shows its countdown all that time."""
    if board.mode == BoardMode.LIVE:
        return "a conference session is live"
    if board.mode == BoardMode.WAITING and board.remaining_s < AWAKE_BEFORE_S:
        return "a conference session is about to start"
    return None
