"""Schedule files as the tools that make them write them: pretalx's schedule.xml and
schedule.json (the frab format, as FOSDEM and CCC publish theirs) and an iCalendar feed,
from a plain list of events, for the import tests."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from xml.sax.saxutils import escape, quoteattr


@dataclass
class Event:
    start: datetime  # aware, in the conference's zone
    minutes: int
    title: str
    room: str = "Saal 1"
    persons: list[str] = field(default_factory=list)
    type: str = "lecture"
    abstract: str = ""


def elapsed_end(event: Event) -> datetime:
    """The event's end, its minutes counted as real elapsed time."""
    return (event.start.astimezone(UTC) + timedelta(minutes=event.minutes)).astimezone(event.start.tzinfo)


def _duration(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def frab_xml(title: str, zone: str, days: list[tuple[date, list[Event]]]) -> str:
    """schedule.xml as pretalx 2.x writes it: days, then rooms, then events."""
    out = ["<?xml version='1.0' encoding='utf-8' ?>", "<!-- Made with pretalx v2.3.2. -->",
           "<schedule>", '    <generator name="pretalx" version="2.3.2" />',
           "    <version>0.12</version>", "    <conference>",
           "        <acronym>conf</acronym>", f"        <title>{escape(title)}</title>",
           f"        <start>{days[0][0]}</start>", f"        <end>{days[-1][0]}</end>",
           f"        <days>{len(days)}</days>", "        <timeslot_duration>00:05</timeslot_duration>",
           "        <base_url>https://pretalx.example.org/conf/schedule/</base_url>",
           f"        <time_zone_name>{zone}</time_zone_name>", "    </conference>"]
    number = 1000
    for index, (when, events) in enumerate(days, start=1):
        out.append(f"    <day index='{index}' date='{when}' start='{when}T04:00:00' "
                   f"end='{when + timedelta(days=1)}T03:59:00'>")
        for room in dict.fromkeys(e.room for e in events):
            out.append(f"        <room name={quoteattr(room)}>")
            for event in (e for e in events if e.room == room):
                number += 1
                persons = "".join(f"\n                    <person id='{number}{i}'>{escape(p)}</person>"
                                  for i, p in enumerate(event.persons))
                out += [f"            <event guid='c0ffee00-0000-4000-8000-{number:012d}' id='{number}'>",
                        f"                <date>{event.start.isoformat()}</date>",
                        f"                <start>{event.start:%H:%M}</start>",
                        f"                <duration>{_duration(event.minutes)}</duration>",
                        f"                <room>{escape(room)}</room>",
                        f"                <slug>conf-{number}-talk</slug>",
                        f"                <url>https://pretalx.example.org/conf/talk/{number}/</url>",
                        "                <recording><license></license><optout>false</optout></recording>",
                        f"                <title>{escape(event.title)}</title>",
                        "                <subtitle></subtitle>", "                <track></track>",
                        f"                <type>{escape(event.type)}</type>",
                        "                <language>en</language>",
                        f"                <abstract>{escape(event.abstract)}</abstract>",
                        "                <description></description>", "                <logo></logo>",
                        f"                <persons>{persons}\n                </persons>",
                        "                <links></links>", "                <attachments></attachments>",
                        "            </event>"]
            out.append("        </room>")
        out.append("    </day>")
    out.append("</schedule>")
    return "\n".join(out) + "\n"


def frab_json(title: str, zone: str, days: list[tuple[date, list[Event]]]) -> str:
    """schedule.json in the frab shape pretalx writes: conference.days[].rooms{name: [...]}."""
    number = 1000
    json_days = []
    for index, (when, events) in enumerate(days, start=1):
        rooms: dict[str, list] = {}
        for event in events:
            number += 1
            rooms.setdefault(event.room, []).append({
                "id": number, "guid": f"c0ffee00-0000-4000-8000-{number:012d}", "logo": None,
                "date": event.start.isoformat(), "start": f"{event.start:%H:%M}",
                "duration": _duration(event.minutes), "room": event.room,
                "slug": f"conf-{number}-talk", "url": f"https://pretalx.example.org/conf/talk/{number}/",
                "title": event.title, "subtitle": "", "track": None, "type": event.type,
                "language": "en", "abstract": event.abstract, "description": "",
                "recording_license": "", "do_not_record": False,
                "persons": [{"id": number * 10 + i, "code": f"P{i}", "public_name": p,
                             "biography": None, "answers": []} for i, p in enumerate(event.persons)],
                "links": [], "attachments": [], "answers": []})
        json_days.append({"index": index, "date": str(when), "day_start": f"{when}T04:00:00",
                          "day_end": f"{when + timedelta(days=1)}T03:59:00", "rooms": rooms})
    conference = {"acronym": "conf", "title": title, "start": str(days[0][0]),
                  "end": str(days[-1][0]), "daysCount": len(days), "timeslot_duration": "00:05",
                  "time_zone_name": zone, "rooms": [], "days": json_days}
    return json.dumps({"$schema": "https://c3voc.de/schedule/schema.json", "generator":
                       {"name": "pretalx", "version": "2.3.2"},
                       "schedule": {"url": "https://pretalx.example.org/conf/schedule/",
                                    "version": "0.12", "base_url": "https://pretalx.example.org",
                                    "conference": conference}}, indent=4, ensure_ascii=False)


def ics_text(value: str) -> str:
    """TEXT escaped as RFC 5545 says: backslash, semicolon, comma and newline."""
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def fold(line: str) -> str:
    """A content line folded at 75 octets, continuation lines starting with a space."""
    data = line.encode("utf-8")
    parts, start = [], 0
    while len(data) - start > 75:
        cut = start + (75 if not parts else 74)
        while cut > start and (data[cut] & 0xC0) == 0x80:  # not inside a UTF-8 character
            cut -= 1
        parts.append(data[start:cut].decode("utf-8"))
        start = cut
    parts.append(data[start:].decode("utf-8"))
    return "\r\n ".join(parts)


def ics(events: list[Event], zone: str, name: str = "Conference") -> str:
    """A calendar as a calendar app exports one: times with TZID, a VTIMEZONE-less
    X-WR-TIMEZONE header, folded long lines, escaped text."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//pretalx//conf//EN", "CALSCALE:GREGORIAN",
             f"X-WR-CALNAME:{ics_text(name)}", f"X-WR-TIMEZONE:{zone}"]
    for number, event in enumerate(events, start=1):
        end = elapsed_end(event)
        lines += ["BEGIN:VEVENT", f"UID:conf-{number}@pretalx.example.org",
                  "DTSTAMP:20240101T000000Z",
                  f"DTSTART;TZID={zone}:{event.start:%Y%m%dT%H%M%S}",
                  f"DTEND;TZID={zone}:{end:%Y%m%dT%H%M%S}",
                  f"SUMMARY:{ics_text(event.title)}", f"LOCATION:{ics_text(event.room)}",
                  "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(line) for line in lines) + "\r\n"
