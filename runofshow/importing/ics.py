"""iCalendar files (.ics) as a Schedule, read with the icalendar library: each VEVENT with
its zone (TZID and VTIMEZONE, or UTC), folded lines and escapes undone; LOCATION is the
room. What is not one session at a time is left out and reported: all-day events,
recurring events (their occurrences are not guessed at), second copies of an event.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from runofshow.errors import AgendaError, Problem, shown
from runofshow.importing.draft import Guess, Where
from runofshow.importing.schedule import Schedule, ScheduleEvent, read_bytes

_CONTENT_LINE = re.compile(r"^[A-Za-z0-9-]+[;:]")  # NAME;PARAM=..:VALUE or NAME:VALUE
_TEXT_ESCAPE = re.compile(r"\\([\\;,nN])")  # RFC 5545 TEXT: \\ \; \, \n
_UNESCAPED = {"n": "\n", "N": "\n"}


def read_ics(path: str | Path, zone: str | None = None) -> Schedule:
    """Read an .ics file; `zone` (--timezone) is the zone of its floating times and the
    agenda's. AgendaError lists every problem found."""
    import icalendar  # here: every command loads the importers, few read a calendar

    file = str(path)
    try:
        text = read_bytes(path).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise AgendaError([Problem(file, 1, 1, f"not UTF-8 (byte {exc.start})")]) from None
    lines = text.splitlines()
    _check_lines(lines, file)
    try:
        calendars = icalendar.Calendar.from_ical(text, multiple=True)
    except ValueError as exc:
        raise AgendaError([Problem(file, 1, 1, f"not an iCalendar file: {exc}")]) from None
    # the icalendar library keeps no line numbers: the n-th VEVENT is the n-th BEGIN:VEVENT
    begins = [n for n, line in enumerate(lines, start=1) if line.strip().upper() == "BEGIN:VEVENT"]
    events = [event for calendar in calendars for event in calendar.walk("VEVENT")]
    schedule = Schedule(source=file)
    if calendars:
        # an X- property is kept as written: its escapes (`\,`) are undone here
        name = str(calendars[0].get("X-WR-CALNAME", ""))
        schedule.title = _TEXT_ESCAPE.sub(lambda m: _UNESCAPED.get(m.group(1), m.group(1)), name).strip()
        named = str(calendars[0].get("X-WR-TIMEZONE", "")).strip()
        schedule.zone = zone or named or None
    problems: list[Problem] = []
    # UID -> each event kept with it: (line, (start, minutes, title, room), version, event)
    seen: dict[str, list[tuple[int, tuple, tuple[int, str], ScheduleEvent]]] = {}
    for index, event in enumerate(events):
        line = begins[index] if index < len(begins) else 1
        where = Where(file, line)
        found = _event(event, where, schedule, problems)
        if found is None:
            continue
        uid = str(event.get("UID", "")).strip()
        _name_places(found, uid, _property_lines(lines, line) if index < len(begins) else {})
        said = (line, (found.start, found.minutes, found.title, found.room), _stamp(event), found)
        if uid and not _one_more(uid, said, seen.setdefault(uid, []), schedule):
            continue
        schedule.events.append(found)
    for uid, kept in seen.items():
        rooms = {found.room for *_, found in kept}
        for room in sorted(rooms) if len(kept) > 1 else ():  # said to each room's import
            schedule.room_guesses.append((room, Guess(Where(file, kept[0][0]), (
                f"UID {shown(uid)} is on {len(kept)} different events of the same version: each "
                "is taken as a session of its own (the program that wrote the file reused it)"))))
    if problems:
        raise AgendaError(problems)
    if schedule.zone is None:
        schedule.zone = _zone_of(schedule)
    return schedule


def _one_more(uid: str, said: tuple, versions: list, schedule: Schedule) -> bool:
    """Whether an event whose UID came before is a session of its own. The same event
    again is a copy (left out). One with another SEQUENCE or DTSTAMP is another version of
    the same event (RFC 5545: a change raises them): the newer is kept, the other left
    out. One with the same of both is not a version of it: the program that wrote the file
    reused the UID (a session of its own; said once for the UID)."""
    line, what, stamp, found = said
    for first_line, first, _, _ in versions:
        if first == what:
            schedule.skipped.append(Guess(found.where, f"a second copy of the event at line "
                                                 f"{first_line} (UID {shown(uid)}), left out"))
            return False
    for version in versions:
        first_line, _, first_stamp, first_found = version
        if first_stamp == stamp:
            continue
        older, newer = (line, first_line) if stamp < first_stamp else (first_line, line)
        schedule.skipped.append(Guess(Where(found.where.file, older), (
            f"an earlier version (SEQUENCE, DTSTAMP) of the event at line {newer} "
            f"(UID {shown(uid)}), left out")))
        if stamp < first_stamp:
            return False
        schedule.events.remove(first_found)
        versions.remove(version)
        break
    versions.append(said)
    return True


def _property_lines(lines: list[str], begin: int) -> dict[str, int]:
    """The line each property of the VEVENT whose BEGIN is on line `begin` starts at
    (the first of a repeated one); an alarm's DESCRIPTION or DURATION inside it is not
    the event's."""
    found: dict[str, int] = {}
    depth = 0
    for number in range(begin + 1, len(lines) + 1):
        line = lines[number - 1]
        if line.startswith((" ", "\t")):
            continue  # a folded line goes on with the property above
        name = re.split(r"[;:]", line, maxsplit=1)[0].strip().upper()
        if name == "BEGIN":
            depth += 1
        elif name == "END":
            if depth == 0:
                break
            depth -= 1
        elif depth == 0:
            found.setdefault(name, number)
    return found


def _name_places(found: ScheduleEvent, uid: str, properties: dict[str, int]) -> None:
    """Where the event's fields are written, and its name for messages: the events of a
    calendar are told apart by their UID."""
    file, begin = found.where.file, found.where.line
    for field, names in (("start", ("DTSTART",)), ("end", ("DTEND", "DURATION")), ("title", ("SUMMARY",)),
                         ("description", ("DESCRIPTION",))):
        line = next((properties[name] for name in names if name in properties), None)
        if line is not None:
            found.places[field] = Where(file, line)
    uid_said = f"UID {shown(uid)}, " if uid else ""
    found.name = f"the event {shown(found.title or '(no title)')} ({uid_said}BEGIN:VEVENT at line {begin})"


def _stamp(event) -> tuple[int, str]:
    """The event's SEQUENCE and DTSTAMP, in the order a newer version has them higher."""
    try:
        sequence = int(str(event.get("SEQUENCE", 0)).strip())
    except ValueError:
        sequence = 0
    stamp = event.get("DTSTAMP")
    return sequence, (stamp.to_ical().decode() if stamp is not None else "")


def _check_lines(lines: list[str], file: str) -> None:
    """Every line is a content line (NAME:VALUE) or continues the one above (folded)."""
    problems = []
    for number, line in enumerate(lines, start=1):
        if line and not line.startswith((" ", "\t")) and not _CONTENT_LINE.match(line):
            problems.append(Problem(file, number, 1, (
                f"not an iCalendar line (NAME:VALUE, or a folded line starting with a space): "
                f"{shown(line)}")))
    if problems:
        raise AgendaError(problems[:20])
    if not any(line.strip().upper() == "BEGIN:VCALENDAR" for line in lines[:5]):
        raise AgendaError([Problem(file, 1, 1, "not an iCalendar file: no BEGIN:VCALENDAR")])


def _event(event, where: Where, schedule: Schedule, problems: list[Problem]) -> ScheduleEvent | None:
    # pretalx writes "title - speakers", and "title - " for a session without any
    title = str(event.get("SUMMARY", "")).strip().removesuffix(" -").strip()
    label = shown(title or "(no title)")
    if "DTSTART" not in event:
        problems.append(Problem(where.file, where.line, 1, f"the event {label} has no DTSTART"))
        return None
    if str(event.get("STATUS", "")).strip().upper() == "CANCELLED":  # as calendars (and our export) mark it
        schedule.skipped.append(Guess(where, f"{label} is cancelled (STATUS:CANCELLED), left out"))
        return None
    start = event.decoded("DTSTART")  # a value the library cannot read comes back as its text
    if isinstance(start, date) and not isinstance(start, datetime):
        schedule.skipped.append(Guess(where, f"{label} is an all-day event ({start}), left out: "
                                             "a session needs times"))
        return None
    if not isinstance(start, datetime):
        problems.append(Problem(where.file, where.line, 1, f"the event {label} has DTSTART "
                                                           f"{shown(str(start))}, not a date and time"))
        return None
    zone_named = event["DTSTART"].params.get("TZID") if hasattr(event["DTSTART"], "params") else None
    if zone_named and start.tzinfo is None:
        schedule.skipped.append(Guess(where, (
            f"{label}: its zone {shown(str(zone_named))} is neither defined in the file nor known on "
            "this computer: its times are read in the agenda's zone")))
    recurring = [name for name in ("RRULE", "RDATE", "RECURRENCE-ID") if name in event]
    if recurring:
        schedule.skipped.append(Guess(where, (
            f"{label} is a recurring event ({', '.join(recurring)}), left out: its occurrences "
            "are not guessed at; list each session as an event of its own")))
        return None
    minutes = None
    if "DTEND" in event:
        end = event.decoded("DTEND")
        if not isinstance(end, datetime):
            said = ("a date DTEND" if isinstance(end, date)
                    else f"DTEND {shown(str(end))}, not a date and time")
            problems.append(Problem(where.file, where.line, 1,
                                    f"the event {label} has a time DTSTART but {said}"))
            return None
        minutes = _minutes_between(start, end)
    elif "DURATION" in event:
        length = event.decoded("DURATION")
        if not isinstance(length, timedelta):
            problems.append(Problem(where.file, where.line, 1, f"the event {label} has DURATION "
                                                               f"{shown(str(length))}, not a duration"))
            return None
        minutes = int(length.total_seconds()) // 60
    if minutes is not None and minutes <= 0:
        problems.append(Problem(where.file, where.line, 1, f"the event {label} ends before or "
                                                           "when it starts"))
        return None
    description = str(event.get("DESCRIPTION", "")).strip()
    return ScheduleEvent(where, start, minutes, title, room=str(event.get("LOCATION", "")).strip(),
                         description=description)


def _minutes_between(start: datetime, end: datetime) -> int:
    if start.tzinfo is None or end.tzinfo is None:  # floating: wall-clock minutes
        return int((end.replace(tzinfo=None) - start.replace(tzinfo=None)).total_seconds()) // 60
    return int((end.astimezone(UTC) - start.astimezone(UTC)).total_seconds()) // 60


def _zone_of(schedule: Schedule) -> str | None:
    """The agenda's zone when neither --timezone nor X-WR-TIMEZONE names one: the IANA
    zone of the first event's TZID (UTC for times written with Z)."""
    for event in schedule.events:
        tzinfo = event.start.tzinfo
        if tzinfo is None:
            continue
        key = getattr(tzinfo, "key", None)
        if key:
            return key
        if tzinfo is UTC:
            return "UTC"
        raise AgendaError([Problem(event.where.file, event.where.line, 1, (
            f"the event's zone {shown(str(tzinfo))} has no IANA name: give --timezone"),
            needs="timezone")])
    return None

