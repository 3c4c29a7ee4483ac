"""frab / pentabarf `schedule.xml` (FOSDEM, CCC, pretalx exports) as a Schedule: the
conference's title and zone, and its days, rooms and events, each with its line.

The file is untrusted: it is parsed by defusedxml, which refuses entity declarations and
external references (the "billion laughs" and XXE attacks) before anything is expanded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from xml.sax import SAXParseException
from xml.sax.handler import ContentHandler

import defusedxml.sax
from defusedxml import DefusedXmlException

from runofshow.errors import AgendaError, Problem, shown
from runofshow.importing.draft import Where
from runofshow.importing.schedule import Schedule, ScheduleEvent, read_bytes

_DURATION = re.compile(r"(\d{1,2}):([0-5]\d)(?::00)?")  # HH:MM[:00]
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})")


@dataclass
class Element:
    """An XML element with where it starts; text is what it holds directly."""

    tag: str
    attrs: dict[str, str]
    line: int
    col: int
    children: list[Element] = field(default_factory=list)
    text: str = ""

    def child(self, tag: str) -> Element | None:
        return next((c for c in self.children if c.tag == tag), None)

    def value(self, tag: str) -> str:
        found = self.child(tag)
        return found.text.strip() if found is not None else ""


class _TreeBuilder(ContentHandler):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[Element] = []
        self.root: Element | None = None
        self.parts: list[list[str]] = []

    def position(self) -> tuple[int, int]:
        locator = self._locator
        if locator is None:
            return 1, 1
        return locator.getLineNumber() or 1, (locator.getColumnNumber() or 0) + 1

    def startElement(self, name, attrs):  # the SAX interface names it
        line, col = self.position()
        element = Element(name, dict(attrs), line, col)
        if self.stack:
            self.stack[-1].children.append(element)
        else:
            self.root = element
        self.stack.append(element)
        self.parts.append([])

    def characters(self, content):
        if self.parts:
            self.parts[-1].append(content)

    def endElement(self, name):
        self.stack.pop().text = "".join(self.parts.pop())


def parse_xml(data: bytes, file: str) -> Element:
    """The document's root element, or an AgendaError located where the XML goes wrong."""
    builder = _TreeBuilder()
    try:
        defusedxml.sax.parseString(data, builder)
    except SAXParseException as exc:
        raise AgendaError([Problem(file, exc.getLineNumber() or 1, (exc.getColumnNumber() or 0) + 1,
                                   f"not well-formed XML: {exc.getMessage()}")]) from None
    except DefusedXmlException as exc:
        line, col = builder.position()
        name = getattr(exc, "name", None)
        what = f"the file declares the entity {name!r}" if name else f"the file has {type(exc).__name__}"
        raise AgendaError([Problem(file, line, col, (
            f"refused: {what}; entity declarations and external references are never read "
            "from an imported file (they are how the 'billion laughs' and XXE attacks work)"))]) from None
    assert builder.root is not None  # a well-formed document has a root
    return builder.root


def read_frab_xml(path: str | Path) -> Schedule:
    """Read a frab/pentabarf schedule.xml; AgendaError lists every problem found."""
    file = str(path)
    root = parse_xml(read_bytes(path), file)
    if root.tag != "schedule":
        raise AgendaError([Problem(file, root.line, root.col, (
            f"not a frab schedule: the document is <{root.tag}>, not <schedule>"))])
    schedule = Schedule(source=file)
    problems: list[Problem] = []
    conference = root.child("conference")
    if conference is not None:
        schedule.title = conference.value("title")
        schedule.zone = conference.value("time_zone_name") or None
    for day in (c for c in root.children if c.tag == "day"):
        when = iso_date(day.attrs.get("date", ""))
        if when is None:
            problems.append(Problem(file, day.line, day.col,
                                    f"<day date={shown(day.attrs.get('date', ''))}> is not a date "
                                    "like 2019-12-27"))
            continue
        for room in (c for c in day.children if c.tag == "room"):
            for event in (c for c in room.children if c.tag == "event"):
                found = _event(event, room.attrs.get("name", ""), when, file, problems)
                if found is not None:
                    schedule.events.append(found)
    if not schedule.events and not problems:
        problems.extend(_other_layout(root, file))
    if problems:
        raise AgendaError(problems)
    return schedule


def _other_layout(root: Element, file: str) -> list[Problem]:
    """A <schedule> of another program's own layout (EuroPython's has <day><entry>): said
    at its first element that frab would not have there, rather than "no events"."""
    for day in (c for c in root.children if c.tag == "day"):
        for child in day.children:
            if child.tag != "room":
                odd, holder = child, "<day>"
            elif child.children:  # a room of its own elements (a room with no event is frab's)
                odd, holder = child.children[0], "<room>"
            else:
                continue
            return [Problem(file, odd.line, odd.col, (
                f"not a frab schedule: its {holder} holds <{odd.tag}>, where frab's has "
                "<day><room><event>"))]
    return []


def iso_date(text: str) -> date | None:
    """A date written YYYY-MM-DD, or None."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return None


def frab_duration(text: str) -> int | None:
    """frab's "00:30" (HH:MM), or "00:30:00" as some generators write it, in minutes."""
    match = _DURATION.fullmatch(text.strip())
    if not match:
        return None
    return int(match.group(1)) * 60 + int(match.group(2))


def event_start(iso: str, clock: str, day: date) -> datetime | None:
    """The event's `date` (ISO 8601, with the offset frab writes), else the day's date and
    its `start` HH:MM."""
    if iso:
        try:
            return datetime.fromisoformat(iso.strip())
        except ValueError:
            return None
    match = _CLOCK.fullmatch(clock.strip())
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        return None
    return datetime.combine(day, time(int(match.group(1)), int(match.group(2))))


def _event(event: Element, room: str, day: date, file: str,
           problems: list[Problem]) -> ScheduleEvent | None:
    def at(tag: str) -> Element:
        return event.child(tag) or event

    start = event_start(event.value("date"), event.value("start"), day)
    if start is None:
        where = at("date") if event.value("date") else at("start")
        problems.append(Problem(file, where.line, where.col, (
            f"the event's start ({shown(event.value('date') or event.value('start'))}) is not "
            "a date and time like 2019-12-27T11:00:00+01:00 or a time like 11:00")))
        return None
    minutes = frab_duration(event.value("duration"))
    if minutes is None:
        where = at("duration")
        problems.append(Problem(file, where.line, where.col, (
            f"the event's duration {shown(event.value('duration'))} is not a length like 00:30")))
        return None
    persons_node = event.child("persons")
    persons = [p.text.strip() for p in persons_node.children] if persons_node is not None else []
    # where each field is written, for a problem the agenda made from it has (checked.py)
    places = {field: Where(file, element.line, element.col) for field, element in (
        ("start", event.child("date") if event.value("date") else event.child("start")),
        ("end", event.child("duration")), ("title", event.child("title")),
        ("speakers", persons_node)) if element is not None}
    return ScheduleEvent(
        Where(file, event.line, event.col), start, minutes, event.value("title"),
        room=event.value("room") or room, persons=[p for p in persons if p],
        source_type=event.value("type"),
        description=_prose(event, "abstract") or _prose(event, "description"), day=day,
        places=places)


def _prose(event: Element, tag: str) -> str:
    """An event's text; pretalx writes a missing one as the word None."""
    text = event.value(tag)
    return "" if text.strip() == "None" else text
