"""`runofshow import` of the three schedule files pretalx itself writes (tests/files/pretalx:
made by make.py with pretalx 2025.2; tests/files/README.md): frab XML, frab JSON and
iCalendar of one conference, each imported as the schedule typed into pretalx reads."""

from __future__ import annotations

import ast
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from runofshow.importing.guess import decide_language, guess_roles
from runofshow.importing.schedules import read_schedule_agenda, schedule_format
from runofshow.importing.write_yaml import agenda_yaml
from runofshow.loader import load_agenda_text
from tests.conftest import REPO

FOLDER = REPO / "tests" / "files" / "pretalx"
ZURICH = ZoneInfo("Europe/Zurich")


def typed_into_pretalx(room: str) -> list[tuple[datetime, int, str, list[str]]]:
    """The sessions make.py gave pretalx for `room`: (start, minutes, title, speakers)."""
    tree = ast.parse((FOLDER / "make.py").read_text(encoding="utf-8"))
    plan = next(ast.literal_eval(node.value) for node in ast.walk(tree)
                if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "plan")
    return sorted((datetime.fromisoformat(start).replace(tzinfo=ZURICH), minutes, title, names)
                  for where, start, minutes, title, names, _ in plan if where == room)


def imported(name: str, room: str):
    path = FOLDER / name
    draft = read_schedule_agenda(path, schedule_format(path), None, room)
    decide_language(draft, None)
    guess_roles(draft)
    return load_agenda_text(agenda_yaml(draft), "agenda.yaml"), draft


@pytest.mark.parametrize("name", ["schedule.xml", "schedule.json"])
def test_pretalx_s_frab_files_import_as_typed_with_the_night_on_its_day(name):
    agenda, _ = imported(name, "Room A")
    typed = typed_into_pretalx("Room A")
    got = [(s.start, (s.end_s - s.start_s) // 60, s.title.get("en"), [n.plain for n in s.speakers])
           for s in agenda.sessions()]
    assert got == typed
    assert str(agenda.timezone) == "Europe/Zurich"  # pretalx's time_zone_name
    # pretalx's day runs 04:00 to 03:59: the 00:15 talk stays on the 13th's programme
    [after_midnight] = [s for s in agenda.sessions() if s.title.get("en") == "After midnight"]
    assert after_midnight.day == date(2024, 3, 13)
    # a missing abstract, which pretalx's XML writes as the word None, is no description
    assert all(s.description is None for s in agenda.sessions())
    assert agenda.languages == ("en",)  # one Chinese title does not make the programme Chinese
    assert [s.kind for s in agenda.sessions()][:4] == ["opening", "panel", "qa", "meal"]


def test_pretalx_s_calendar_imports_the_same_instants_and_titles_with_its_speakers():
    agenda, _ = imported("schedule.ics", "Room A")
    typed = typed_into_pretalx("Room A")
    # pretalx's SUMMARY is "title - speakers"; a calendar's day is each event's own date
    assert [(s.start, (s.end_s - s.start_s) // 60, s.title.get("en")) for s in agenda.sessions()] == [
        (start, minutes, f"{title} - {', '.join(names)}" if names else title)
        for start, minutes, title, names in typed]
    [after_midnight] = [s for s in agenda.sessions() if s.title.get("en").startswith("After midnight")]
    assert after_midnight.day == date(2024, 3, 14)


def test_pretalx_s_other_room_is_its_own_agenda():
    for name in ("schedule.xml", "schedule.json"):
        agenda, _ = imported(name, "Room B")
        assert [(s.start, s.title.get("en")) for s in agenda.sessions()] == [
            (start, title) for start, _, title, _ in typed_into_pretalx("Room B")]
