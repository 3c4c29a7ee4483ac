"""Timed events in rooms, as frab/pentabarf and pretalx schedules and calendars hold them:
one room of such a file as a Draft (docs/import.md, "Schedules and calendars").

The readers (frab_xml.py, frab_json.py, ics.py) only find the events and where each one is
written; choosing the room, putting the times in the agenda's zone, grouping the events
into days, ending the events the source leaves open and every check on the times are done
here, once for all three.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from runofshow.errors import AgendaError, Hints, Problem, shown
from runofshow.importing.dates import offset_text
from runofshow.importing.draft import UNDECIDED, Draft, DraftDay, DraftSession, Guess, Where

# how long an event the source gives no end lasts when nothing follows it in its day
DEFAULT_MINUTES = 30
# the source's own event types that say what kind of session it is (the others, like
# frab's "lecture" or "workshop", leave the kind to the words of the title: guess.py)
KIND_OF_TYPE = {"break": "break", "pause": "break", "coffee break": "break", "lunch": "meal",
                "meal": "meal", "podium": "panel", "panel": "panel", "panel discussion": "panel"}
MAX_BYTES = 32 * 1024 * 1024  # far above any real schedule; refused before it is parsed


@dataclass
class ScheduleEvent:
    """One event as the file gives it. `start` is aware, or a naive wall-clock time when
    the file gives no zone at all (an iCalendar "floating" time)."""

    where: Where
    start: datetime
    minutes: int | None  # None: the source gives no end
    title: str
    room: str = ""
    persons: list[str] = field(default_factory=list)
    source_type: str = ""
    description: str = ""
    day: date | None = None  # the programme day the source puts it on; None: its local date
    # where the file gives its start, end and title (DraftSession.places), when a reader knows
    places: dict[str, Where] = field(default_factory=dict)
    name: str = ""  # how messages name it, when its title is not enough (an iCalendar UID)


@dataclass
class Schedule:
    """What a reader found in the file, before one room of it becomes a Draft."""

    source: str
    title: str = ""
    zone: str | None = None  # the IANA zone the file names
    events: list[ScheduleEvent] = field(default_factory=list)
    skipped: list[Guess] = field(default_factory=list)  # events left out, and why
    guesses: list[Guess] = field(default_factory=list)
    room_guesses: list[tuple[str, Guess]] = field(default_factory=list)  # (room, guess): said of that room's


def read_bytes(path: str | Path) -> bytes:
    """The file's bytes, or an AgendaError located at its start."""
    file = str(path)
    try:
        with Path(path).open("rb") as stream:
            data = stream.read(MAX_BYTES + 1)
    except OSError as exc:
        raise AgendaError([Problem(file, 1, 1, f"cannot read the file: {exc.strerror}")]) from None
    if len(data) > MAX_BYTES:
        raise AgendaError([Problem(file, 1, 1, f"the file is larger than {MAX_BYTES >> 20} MiB")])
    return data


def sniff(data: bytes) -> str | None:
    """"xml", "json" or "ics" from the first bytes of a file whose name does not say."""
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<?xml", b"<schedule")):
        return "xml"
    if head.startswith(b"{"):
        return "json"
    if head.startswith(b"begin:vcalendar"):
        return "ics"
    return None


def schedule_draft(schedule: Schedule, room: str | None, zone_name: str | None) -> Draft:
    """One room of the schedule as a Draft, its times in `zone_name` (--timezone) or the
    file's own zone. Raises AgendaError listing every problem found."""
    file = schedule.source
    problems: list[Problem] = []
    zone_name = zone_name or schedule.zone
    zone = None
    if zone_name:
        try:
            zone = ZoneInfo(zone_name)
        except Exception:  # ZoneInfo raises several kinds for a bad key
            raise AgendaError([Problem(file, 1, 1, f"the file's zone {shown(zone_name)} is not an "
                                                   "IANA zone name; give --timezone",
                                            needs="timezone")]) from None
    events = _one_room(schedule, room, problems)
    draft = Draft(source=file, timezone=zone.key if zone else None)
    if schedule.title:
        draft.title[UNDECIDED] = schedule.title
    draft.guesses.extend(schedule.guesses)
    draft.guesses.extend(guess for where, guess in schedule.room_guesses if room is None or where == room)
    draft.skipped.extend(schedule.skipped)
    if problems:
        raise AgendaError(problems)
    local = [(_in_zone(event.start, zone), event) for event in events]
    if len({moment.tzinfo is None for moment, _ in local}) > 1:
        raise AgendaError([Problem(file, 1, 1, "the file mixes times with a zone and times "
                                               "without one: give --timezone",
                                   needs="timezone")])
    offsets = sorted({moment.utcoffset() for moment, _ in local if moment.tzinfo is not None})
    if zone is None and offsets:  # 2014's frab wrote +01:00 on each event but no zone name
        said = ", ".join(offset_text(offset) for offset in offsets)
        draft.guesses.append(Guess(local[0][1].where, (
            f"the file's times are at {said} but it names no zone: give --timezone (the "
            "zone's name, like Europe/Berlin) or the agenda runs in the zone of the "
            "computer that opens it")))
    local.sort(key=lambda pair: (_utc(pair[0]), pair[1].where.line))
    days: dict[date, list[tuple[datetime, ScheduleEvent]]] = {}
    for start, event in local:
        days.setdefault(event.day or start.date(), []).append((start, event))
    last_end = None  # a day that runs into the night ends before the next one begins
    for when in sorted(days):
        day = DraftDay(days[when][0][1].where, when)
        last_end = _fill_day(day, days[when], problems, last_end)
        draft.days.append(day)
    if not draft.days and not problems:
        what = f"in room {shown(room)}" if room else "in the file"
        problems.append(Problem(file, 1, 1, f"no events with times {what}"))
    if problems:
        raise AgendaError(problems)
    return draft


def _one_room(schedule: Schedule, room: str | None, problems: list[Problem]) -> list[ScheduleEvent]:
    # an event with no room (the opening plenary, a break) is every room's
    rooms = list(dict.fromkeys(event.room for event in schedule.events if event.room))
    listed = ", ".join(shown(name) for name in rooms)
    if room is None:
        if len(rooms) > 1:
            problems.append(Problem(schedule.source, 1, 1, (
                f"this schedule has {len(rooms)} rooms and an agenda is one room: import each "
                f"with --room ROOM (rooms: {listed})"), needs="room", choices=tuple(rooms)))
        return schedule.events
    if room not in rooms:
        hint = Hints().close(room, [name for name in rooms if name])
        problems.append(Problem(schedule.source, 1, 1, (
            f"no room {shown(room)} in this schedule"
            + (f"; did you mean {hint!r}?" if hint else "") + f" (rooms: {listed or 'none'})"),
            needs="room" if rooms else "", choices=tuple(rooms)))
        return []
    shared = [event for event in schedule.events if not event.room]
    if shared:
        schedule.room_guesses.append((room, Guess(shared[0].where, (
            f"{len(shared)} event(s) with no room (a plenary, a break) taken into {shown(room)}'s "
            "programme as every room's"))))
    return [event for event in schedule.events if event.room == room or not event.room]


def _in_zone(moment: datetime, zone: ZoneInfo | None) -> datetime:
    if zone is None:
        return moment
    if moment.tzinfo is None:  # a floating time: the wall clock of the agenda's zone
        return moment.replace(tzinfo=zone)
    return moment.astimezone(zone)


def _after(start: datetime, minutes: int) -> datetime:
    """`minutes` of real elapsed time after `start` (a daylight-saving change counted)."""
    if start.tzinfo is None:
        return start + timedelta(minutes=minutes)
    return (start.astimezone(UTC) + timedelta(minutes=minutes)).astimezone(start.tzinfo)


def _utc(moment: datetime) -> datetime:
    """For comparing: aware times compare by their instant, floating ones as written
    (two aware times of one zone would otherwise compare by wall clock, wrong at a fold)."""
    return moment.astimezone(UTC) if moment.tzinfo else moment


def _fill_day(day: DraftDay, events: list[tuple[datetime, ScheduleEvent]], problems: list[Problem],
              before: tuple[datetime, int] | None) -> tuple[datetime, int] | None:
    """The day's sessions from its events, in order; `before` is the end of the event
    before them (the day before's last) and its line, and the day's last is returned."""
    file = day.where.file
    next_day = day.date + timedelta(days=1)
    for index, (start, event) in enumerate(events):
        where = event.where

        def problem(message: str, where: Where = where) -> None:
            problems.append(Problem(file, where.line, where.col, message))

        if not event.title.strip():
            problem("this event has no title")
            continue
        guesses: list[Guess] = []
        minutes = event.minutes
        if minutes is None:
            following = events[index + 1][0] if index + 1 < len(events) else None
            if following is not None and _utc(following) > _utc(start):
                minutes = int((_utc(following) - _utc(start)).total_seconds()) // 60
                guesses.append(Guess(where, f"no end in the source: it ends when the next event "
                                            f"starts, at {following:%H:%M}"))
            else:
                minutes = DEFAULT_MINUTES
                guesses.append(Guess(where, f"no end in the source and nothing after it: "
                                            f"{DEFAULT_MINUTES} minutes"))
        if minutes <= 0:
            problem(f"{shown(event.title)} lasts {minutes} minutes: a session needs a duration")
            continue
        end = _after(start, minutes)
        # a programme day may run into the night after it (CCC: a 00:15 talk on the 27th's
        # programme), written HH:MM+1; not further, and not before it
        if start.date() not in (day.date, next_day):
            problem(f"{shown(event.title)} starts on {start:%Y-%m-%d %H:%M}, not on its programme "
                    f"day {day.date} or the night after it")
            continue
        if start.tzinfo is not None and start.fold and _ambiguous(start):
            problem(f"{shown(event.title)} starts at {start:%H:%M} the second time that night (the "
                    "clocks go back): an agenda's HH:MM means the first; move it by hand")
            continue
        if start.second or start.microsecond:
            guesses.append(Guess(where, f"starts at {start:%H:%M:%S}: the agenda keeps whole "
                                        f"minutes, {start:%H:%M}"))
        if before is not None and _utc(start) < _utc(before[0]):
            problem(f"{shown(event.title)} starts at {start:%H:%M}, before the event before it "
                    f"in this room (line {before[1]}) ends at {before[0]:%H:%M}")
            continue
        session = DraftSession(where, start=start.time().replace(second=0, microsecond=0),
                               after_midnight=start.date() == next_day,
                               duration_min=minutes, speakers=list(event.persons),
                               source_text=_source_text(start, minutes, event),
                               places=dict(event.places),
                               source_name=event.name or f"the event {shown(event.title.strip())} "
                                                         f"(line {where.line})")
        if start.date() == end.date() == day.date and not _ambiguous(end):  # else: the duration
            session.end = end.time().replace(second=0, microsecond=0)
        session.title[UNDECIDED] = event.title.strip()
        if event.description.strip():
            session.description[UNDECIDED] = event.description.strip()
        kind = KIND_OF_TYPE.get(event.source_type.strip().lower())
        if kind is not None:
            session.kind = kind
            guesses.append(Guess(where, f"kind {kind} (the source's type {shown(event.source_type)})"))
        session.guesses.extend(guesses)
        day.sessions.append(session)
        before = (end, where.line)
    return before


def _ambiguous(moment: datetime) -> bool:
    """A wall-clock time that happens twice, the night the clocks go back."""
    if moment.tzinfo is None:
        return False
    return moment.replace(fold=0).utcoffset() != moment.replace(fold=1).utcoffset()


def _source_text(start: datetime, minutes: int, event: ScheduleEvent) -> str:
    kind = f" [{event.source_type}]" if event.source_type else ""
    room = f" in {event.room}" if event.room else ""
    return f"{start:%Y-%m-%d %H:%M}, {minutes} min{room}: {event.title.strip()}{kind}"
