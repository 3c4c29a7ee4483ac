"""Mapping an agenda onto other dates: rehearse last year's programme today.

Each day keeps its wall-clock times and each session its real duration; only the dates
move, by whole days, in the agenda's own zone (so a daylight-saving change on the new date
is handled the same way the loader handles one).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from runofshow.model import Agenda, Day, Session, local_datetime


def _moved(moment: datetime, days: timedelta, agenda: Agenda) -> datetime:
    target = moment.date() + days
    found = local_datetime(target, moment.timetz().replace(tzinfo=None), agenda.timezone)
    if found is None:  # the clocks skip that wall time on the new date: an hour later
        naive = datetime.combine(target, moment.time())
        found = (naive.replace(tzinfo=agenda.timezone).astimezone(UTC)).astimezone(agenda.timezone)
    return found


def shift_to(agenda: Agenda, first_day: date) -> Agenda:
    """The same agenda with its first day on `first_day` and the others after it as before."""
    offset = first_day - agenda.days[0].date
    if not offset:
        return agenda
    days = []
    for day in agenda.days:
        sessions = []
        for session in day.sessions:
            start = _moved(session.start, offset, agenda)
            end = (start.astimezone(UTC) + (session.end - session.start)).astimezone(agenda.timezone)
            sessions.append(_rebuilt(session, day.date + offset, start, end))
        days.append(Day(day.date + offset, tuple(sessions)))
    return replace(agenda, days=tuple(days), moved=True)


def _rebuilt(session: Session, day: date, start: datetime, end: datetime) -> Session:
    # a fresh Session (replace() calls __init__), so its cached epoch seconds are recomputed
    return replace(session, day=day, start=start, end=end)
