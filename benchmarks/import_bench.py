"""The target of issue 15 for importing: a 350 KB frab schedule (hundreds of events, several
rooms, 4 days) imported in under 1 s, side by side with a bare parse of the same file.

The schedule is generated, the same every run: a pretalx-style schedule.xml
(tests/schedule_files.py) of a 4-day congress in 5 rooms. The import is what
`runofshow import schedule.xml --room ROOM -o …` does, in one process: read and parse the
XML (defusedxml), take one room, make the guesses, write the YAML and check it as
`runofshow check` would; the bare parse is the C ElementTree reading the same bytes.
"""

from __future__ import annotations

import random
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from xml.etree import ElementTree
from zoneinfo import ZoneInfo

from benchmarks.core import Result, _fmt, time_call
from runofshow.importing.guess import decide_language, guess_roles
from runofshow.importing.schedules import read_schedule_agenda
from runofshow.importing.write_yaml import agenda_yaml
from runofshow.loader import load_agenda_text
from tests.schedule_files import Event, frab_xml

TARGET_S = 1.0
DAYS = 4
ROOMS = ("Ada", "Borg", "Clarke", "Dijkstra", "Eliza")
FIRST_DAY = date(2019, 12, 27)
SEED = 36
_WORDS = ("security", "hardware", "privacy", "open", "source", "climate", "radio", "art",
          "network", "reverse", "engineering", "freedom", "data", "city", "election")


def congress_events(seed: int = SEED) -> list[tuple[date, list[Event]]]:
    """4 days of talks in 5 rooms from 10:30 to about 23:00, breaks between them."""
    rng = random.Random(seed)
    zone = ZoneInfo("Europe/Berlin")
    days = []
    for offset in range(DAYS):
        when = FIRST_DAY + timedelta(days=offset)
        events = []
        for room in ROOMS:
            minute = 10 * 60 + 30
            while minute < 22 * 60 + 30:
                length = rng.choice((20, 30, 40, 60))
                start = datetime.combine(when, datetime.min.time(), zone) + timedelta(minutes=minute)
                title = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(2, 7))).capitalize()
                people = [f"Speaker {rng.randint(1, 900)}" for _ in range(rng.randint(1, 3))]
                abstract = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(10, 40))) + "."
                events.append(Event(start, length, title, room, people, "lecture", abstract))
                minute += length + rng.choice((0, 10, 15, 30))
        days.append((when, events))
    return days


def import_one_room(path: Path, room: str) -> int:
    """What the command does for one room, short of writing the file: its session count."""
    draft = read_schedule_agenda(path, "xml", None, room)
    decide_language(draft, None)
    guess_roles(draft)
    return load_agenda_text(agenda_yaml(draft), "<imported agenda>").count()


def run(quick: bool = False) -> list[Result]:
    runs = 3 if quick else 7
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "schedule.xml"
        days = congress_events()
        path.write_text(frab_xml("36th Chaos Communication Congress", "Europe/Berlin", days),
                        encoding="utf-8")
        size = path.stat().st_size
        events = sum(len(found) for _, found in days)
        data = path.read_bytes()
        bare = time_call(lambda: ElementTree.fromstring(data), batches=runs)
        took = []
        for _ in range(runs):
            began = time.perf_counter()
            sessions = import_one_room(path, ROOMS[0])
            took.append(time.perf_counter() - began)
        took.sort()
        median = took[len(took) // 2]
        every_room = time_call(lambda: [import_one_room(path, room) for room in ROOMS], batches=1)
    described = (f"{size / 1024:.0f} KB, {events} events, {len(ROOMS)} rooms, {DAYS} days; "
                 f"room {ROOMS[0]}: {sessions} sessions; median of {runs} (max {_fmt(took[-1])})")
    return [
        Result("import one room of a frab schedule.xml", _fmt(median), f"< {_fmt(TARGET_S)}",
               median < TARGET_S, described),
        Result("bare parse of the same file (C ElementTree)", _fmt(bare.median_s), "reference",
               None, f"the import takes {median / bare.median_s:.0f}× as long; {bare.describe()}"),
        Result(f"all {len(ROOMS)} rooms, one agenda each", _fmt(every_room.median_s), "reference",
               None, "the file is parsed once for each room"),
    ]
