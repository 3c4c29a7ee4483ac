"""The frab / pretalx JSON schedule (`schedule.json`) as a Schedule: the same days, rooms
and events as schedule.xml (frab_xml.py), each with the line and column it starts at."""

from __future__ import annotations

import json
import json.decoder
import json.scanner
from bisect import bisect_right
from datetime import date
from pathlib import Path

from runofshow.errors import AgendaError, Problem, shown
from runofshow.importing.draft import Where
from runofshow.importing.frab_xml import event_start, frab_duration, iso_date
from runofshow.importing.schedule import Schedule, ScheduleEvent, read_bytes


class _Located:
    """JSON text parsed with the offset of every object kept, for located messages."""

    def __init__(self, text: str, file: str):
        self.file = file
        self.offsets: dict[int, int] = {}  # id of a parsed dict -> offset of its `{`
        self.line_starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
        decoder = json.JSONDecoder()

        def parse_object(s_and_end, *args, **kwargs):
            result, end = json.decoder.JSONObject(s_and_end, *args, **kwargs)
            self.offsets[id(result)] = s_and_end[1] - 1
            return result, end

        # the C scanner parses objects itself; the Python one calls parse_object for each
        decoder.parse_object = parse_object
        decoder.scan_once = json.scanner.py_make_scanner(decoder)
        try:
            self.root = decoder.decode(text)
        except json.JSONDecodeError as exc:
            raise AgendaError([Problem(file, exc.lineno, exc.colno, f"not valid JSON: {exc.msg}")]) from None
        except RecursionError:
            raise AgendaError([Problem(file, 1, 1, "not valid JSON: nested too deeply")]) from None

    def where(self, value: object) -> Where:
        offset = self.offsets.get(id(value), 0)
        line = bisect_right(self.line_starts, offset)
        return Where(self.file, line, offset - self.line_starts[line - 1] + 1)

    def problem(self, value: object, message: str) -> Problem:
        where = self.where(value)
        return Problem(self.file, where.line, where.col, message)


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def read_frab_json(path: str | Path) -> Schedule:
    """Read a frab/pretalx schedule.json; AgendaError lists every problem found."""
    file = str(path)
    try:
        text = read_bytes(path).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise AgendaError([Problem(file, 1, 1, f"not UTF-8 (byte {exc.start})")]) from None
    doc = _Located(text, file)
    schedule_part = doc.root.get("schedule") if isinstance(doc.root, dict) else None
    conference = schedule_part.get("conference") if isinstance(schedule_part, dict) else None
    if not isinstance(conference, dict) or not isinstance(conference.get("days"), list):
        raise AgendaError([doc.problem(doc.root, "not a frab schedule: expected "
                                                 '{"schedule": {"conference": {"days": [...]}}}')])
    schedule = Schedule(source=file, title=_text(conference.get("title")),
                        zone=_text(conference.get("time_zone_name")) or None)
    problems: list[Problem] = []
    for day in conference["days"]:
        when = iso_date(_text(day.get("date"))) if isinstance(day, dict) else None
        if when is None or not isinstance(day, dict) or not isinstance(day.get("rooms"), dict):
            problems.append(doc.problem(day, 'a day needs "date" like "2019-12-27" and "rooms"'))
            continue
        for room, events in day["rooms"].items():
            for event in events if isinstance(events, list) else []:
                if not isinstance(event, dict):
                    continue
                found = _event(doc, event, room, when, problems)
                if found is not None:
                    schedule.events.append(found)
    if problems:
        raise AgendaError(problems)
    return schedule


def _event(doc: _Located, event: dict, room: str, day: date, problems: list[Problem]) -> ScheduleEvent | None:
    start = event_start(_text(event.get("date")), _text(event.get("start")), day)
    if start is None:
        problems.append(doc.problem(event, (
            f"the event's start ({shown(_text(event.get('date')) or _text(event.get('start')))}) "
            "is not a date and time like 2019-12-27T11:00:00+01:00 or a time like 11:00")))
        return None
    minutes = frab_duration(_text(event.get("duration")))
    if minutes is None:
        problems.append(doc.problem(event, (
            f"the event's duration {shown(_text(event.get('duration')))} is not a length like 00:30")))
        return None
    persons = _persons(doc, event, problems)
    if persons is None:
        return None
    return ScheduleEvent(doc.where(event), start, minutes, _text(event.get("title")),
                         room=_text(event.get("room")) or room, persons=persons,
                         source_type=_text(event.get("type")),
                         description=_text(event.get("abstract")) or _text(event.get("description")),
                         day=day)


def _persons(doc: _Located, event: dict, problems: list[Problem]) -> list[str] | None:
    """The event's speakers: frab's list of people (`{"public_name": "Ada"}`, or names); a
    name written as a string is that one person (it was read a letter a person). None,
    with a problem located at the event, for anything else."""
    given = event.get("persons")
    if given is None:
        return []
    if isinstance(given, str):
        return [given.strip()] if given.strip() else []
    wanted = 'a list of people like [{"public_name": "Ada"}], or a name'
    title = shown(_text(event.get("title")) or "(no title)")
    if not isinstance(given, list):
        problems.append(doc.problem(event, f"the event {title} has persons {_json_kind(given)}, "
                                           f"not {wanted}"))
        return None
    names = []
    for person in given:
        if isinstance(person, dict):
            names.append(_text(person.get("public_name") or person.get("name")))
        elif isinstance(person, str):
            names.append(person.strip())
        else:
            problems.append(doc.problem(event, f"the event {title} has {_json_kind(person)} among "
                                               f"its persons, not a person like {{\"public_name\": "
                                               f"\"Ada\"}} or a name"))
            return None
    return [name for name in names if name]


def _json_kind(value: object) -> str:
    """A JSON value as a message says it: `an object`, `the number 42`."""
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, bool):
        return f"the value {str(value).lower()}"
    return f"the number {value!r}" if isinstance(value, (int, float)) else "null"
