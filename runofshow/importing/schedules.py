"""Which schedule format a file is in (frab XML, frab/pretalx JSON, iCalendar), by its
name or, for a name that does not say, its first bytes; and one room of it as a Draft."""

from __future__ import annotations

from pathlib import Path

from runofshow.importing.draft import Draft
from runofshow.importing.frab_json import read_frab_json
from runofshow.importing.frab_xml import read_frab_xml
from runofshow.importing.ics import read_ics
from runofshow.importing.schedule import schedule_draft, sniff

SCHEDULE_SUFFIXES = {".xml": "xml", ".json": "json", ".ics": "ics", ".ical": "ics", ".ifb": "ics"}
# names that say nothing of the format: their first bytes are looked at
_UNTOLD_SUFFIXES = ("", ".txt", ".text", ".schedule")


def schedule_format(path: Path) -> str | None:
    """"xml", "json" or "ics" for a schedule file, None for any other file."""
    suffix = path.suffix.lower()
    if suffix in SCHEDULE_SUFFIXES:
        return SCHEDULE_SUFFIXES[suffix]
    if suffix not in _UNTOLD_SUFFIXES:
        return None
    try:
        with path.open("rb") as stream:
            return sniff(stream.read(512))
    except OSError:
        return None  # the reader of the format the name says reports it, located


def read_schedule_agenda(path: Path, kind: str, zone: str | None, room: str | None) -> Draft:
    """One room of a schedule file as a Draft; AgendaError lists every problem found."""
    if kind == "xml":
        schedule = read_frab_xml(path)
    elif kind == "json":
        schedule = read_frab_json(path)
    else:
        schedule = read_ics(path, zone)
    return schedule_draft(schedule, room, zone)
