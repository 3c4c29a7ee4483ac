"""`runofshow import` of iCalendar files (docs/import.md): a calendar as calendar apps
write one (VTIMEZONE, folded lines, escaped commas), the events that are reported and not
guessed at (all-day, recurring, second copies, no end), generated calendars round-tripped,
and the command as a real process."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from runofshow.errors import AgendaError
from runofshow.importing.guess import decide_language, guess_roles
from runofshow.importing.schedule import DEFAULT_MINUTES
from runofshow.importing.schedules import read_schedule_agenda
from runofshow.importing.write_yaml import agenda_yaml
from runofshow.loader import load_agenda, load_agenda_text
from tests.schedule_files import Event, ics
from tests.test_import_frab import DST_EVES, ZONES, evening_events, instants, wanted_instants
from tests.test_import_text import run

ZURICH = ZoneInfo("Europe/Zurich")

# As Apple Calendar / Outlook export a conference day: a VTIMEZONE, TZID on every time,
# SUMMARY lines folded at 75 octets, commas and semicolons escaped, CRLF line ends.
CALENDAR = "\r\n".join([
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Apple Inc.//macOS 14.4//EN",
    "CALSCALE:GREGORIAN",
    "X-WR-CALNAME:WIPO Conversation\\, ninth session",
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Zurich",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "DTSTART:19810329T020000",
    "TZNAME:CEST",
    "TZOFFSETTO:+0200",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "DTSTART:19961027T030000",
    "TZNAME:CET",
    "TZOFFSETTO:+0100",
    "END:STANDARD",
    "END:VTIMEZONE",
    "BEGIN:VEVENT",
    "UID:opening@wipo.int",
    "DTSTAMP:20240301T120000Z",
    "DTSTART;TZID=Europe/Zurich:20240313T100000",
    "DTEND;TZID=Europe/Zurich:20240313T101000",
    "SUMMARY:Opening",
    "LOCATION:Room A\\, Geneva",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:panel-1@wipo.int",
    "DTSTAMP:20240301T120000Z",
    "DTSTART;TZID=Europe/Zurich:20240313T101000",
    "DTEND;TZID=Europe/Zurich:20240313T113000",
    "SUMMARY:Panel 1: Generative AI\\, copyright and the public domain\\; a conve",
    " rsation among practitioners",
    "DESCRIPTION:Moderated by the Secretariat.\\nSpeakers from three regions.",
    "LOCATION:Room A\\, Geneva",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:panel-1@wipo.int",
    "DTSTAMP:20240302T120000Z",
    "DTSTART;TZID=Europe/Zurich:20240313T101000",
    "DTEND;TZID=Europe/Zurich:20240313T113000",
    "SUMMARY:Panel 1: Generative AI\\, copyright and the public domain\\; a conve",
    " rsation among practitioners",
    "LOCATION:Room A\\, Geneva",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:lunch@wipo.int",
    "DTSTAMP:20240301T120000Z",
    "DTSTART;TZID=Europe/Zurich:20240313T130000",
    "SUMMARY:Lunch",
    "LOCATION:Room A\\, Geneva",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:close@wipo.int",
    "DTSTAMP:20240301T120000Z",
    "DTSTART;TZID=Europe/Zurich:20240313T150000",
    "DURATION:PT30M",
    "SUMMARY:Closing of day 1",
    "LOCATION:Room A\\, Geneva",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:registration@wipo.int",
    "DTSTAMP:20240301T120000Z",
    "DTSTART;VALUE=DATE:20240313",
    "DTEND;VALUE=DATE:20240315",
    "SUMMARY:Registration desk open",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:coffee@wipo.int",
    "DTSTAMP:20240301T120000Z",
    "DTSTART;TZID=Europe/Zurich:20240313T160000",
    "DTEND;TZID=Europe/Zurich:20240313T161500",
    "RRULE:FREQ=DAILY;COUNT=2",
    "SUMMARY:Coffee",
    "LOCATION:Room A\\, Geneva",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:d2-open@wipo.int",
    "DTSTAMP:20240301T120000Z",
    "DTSTART:20240314T090000Z",
    "SUMMARY:Day 2 opening",
    "LOCATION:Room A\\, Geneva",
    "END:VEVENT",
    "END:VCALENDAR",
    "",
])
# where each VEVENT begins: the opening, the panel, its second copy, the lunch, the close,
# the all-day event, the recurring coffee, day 2's opening
OPENING, PANEL, COPY, LUNCH, CLOSE, ALL_DAY, RECURRING, DAY2 = (
    n for n, line in enumerate(CALENDAR.split("\r\n"), start=1) if line == "BEGIN:VEVENT")


def imported(path: Path, room: str | None = None, zone: str | None = None):
    draft = read_schedule_agenda(path, "ics", zone, room)
    decide_language(draft, None)
    guess_roles(draft)
    return load_agenda_text(agenda_yaml(draft), "agenda.yaml"), draft


@pytest.fixture
def calendar(tmp_path) -> Path:
    path = tmp_path / "conference.ics"
    path.write_bytes(CALENDAR.encode("utf-8"))
    return path


def test_a_calendar_app_export_imports_with_its_zone_folds_and_escapes(calendar):
    agenda, _ = imported(calendar)
    assert str(agenda.timezone) == "Europe/Zurich"
    assert agenda.title.best(("en",)) == "WIPO Conversation, ninth session"
    day1, day2 = agenda.days
    assert [(f"{s.start:%H:%M}", f"{s.end:%H:%M}", s.title.best(("en",))) for s in day1.sessions] == [
        ("10:00", "10:10", "Opening"),
        ("10:10", "11:30", "Panel 1: Generative AI, copyright and the public domain; a "
                           "conversation among practitioners"),
        ("13:00", "15:00", "Lunch"), ("15:00", "15:30", "Closing of day 1")]
    assert day1.sessions[1].description.best(("en",)) == (
        "Moderated by the Secretariat.\nSpeakers from three regions.")
    # 09:00 UTC is 10:00 in Zurich, and the day's only event gets the stated default
    assert [(f"{s.start:%H:%M}", f"{s.end:%H:%M}") for s in day2.sessions] == [
        ("10:00", f"10:{DEFAULT_MINUTES:02d}")]
    assert (day1.sessions[-1].kind, day1.sessions[-1].hard_end) == ("closing", True)


def test_what_is_not_one_session_is_reported_with_its_line_not_guessed_at(calendar):
    _, draft = imported(calendar)
    notes = {g.where.line: g.message for g in draft.skipped}
    assert f"second copy of the event at line {PANEL}" in notes[COPY]
    assert "all-day event" in notes[ALL_DAY]
    assert "recurring event (RRULE)" in notes[RECURRING]
    guesses = {(g.where.line, g.message) for g in draft.all_guesses()}
    assert (LUNCH, "no end in the source: it ends when the next event starts, at 15:00") in guesses
    assert (DAY2, f"no end in the source and nothing after it: {DEFAULT_MINUTES} minutes") in guesses


def test_a_uid_on_two_different_events_of_one_version_takes_both_and_says_so(tmp_path):
    """A program that reuses one UID for many events (a camp's generated calendar had 67
    talks on one UID): each is a session, and the report says so."""
    path = tmp_path / "dup.ics"
    path.write_bytes(CALENDAR.replace("UID:close@wipo.int", "UID:opening@wipo.int").encode())
    agenda, draft = imported(path)
    titles = [s.title.get("en") for s in agenda.sessions()]
    assert "Opening" in titles and "Closing of day 1" in titles
    [said] = [g for g in draft.all_guesses() if "UID" in g.message]
    assert said.format() == (f"{path}:{OPENING}:1: UID 'opening@wipo.int' is on 2 different events of "
                             "the same version: each is taken as a session of its own (the program "
                             "that wrote the file reused it)")


def test_a_reused_uid_is_said_to_the_import_of_its_own_room_only(tmp_path):
    room_b = "\r\n".join(
        line for start, title in (("110000", "Side talk"), ("120000", "Other side talk"))
        for line in ("BEGIN:VEVENT", "UID:side@camp.example", "DTSTAMP:20240301T120000Z",
                     f"DTSTART;TZID=Europe/Zurich:20240313T{start}", "DURATION:PT30M",
                     f"SUMMARY:{title}", "LOCATION:Room B", "END:VEVENT"))
    path = tmp_path / "two-rooms.ics"
    path.write_bytes(CALENDAR.replace("END:VCALENDAR\r\n", room_b + "\r\nEND:VCALENDAR\r\n").encode())
    _, draft = imported(path, "Room B")
    assert [g.message.split(":")[0] for g in draft.all_guesses() if "UID" in g.message] == [
        "UID 'side@camp.example' is on 2 different events of the same version"]
    _, draft = imported(path, "Room A, Geneva")
    assert not [g for g in draft.all_guesses() if "UID" in g.message]


def test_a_later_version_of_an_event_replaces_the_earlier(tmp_path):
    """The lunch moved to 13:15: the calendar kept both, the later with SEQUENCE 1 (RFC 5545
    raises it on a change)."""
    moved = "\r\n".join(["BEGIN:VEVENT", "UID:lunch@wipo.int", "SEQUENCE:1", "DTSTAMP:20240305T090000Z",
                          "DTSTART;TZID=Europe/Zurich:20240313T131500", "SUMMARY:Lunch",
                          "LOCATION:Room A\\, Geneva", "END:VEVENT", "END:VCALENDAR", ""])
    path = tmp_path / "moved.ics"
    path.write_bytes(CALENDAR.replace("END:VCALENDAR\r\n", moved).encode())
    agenda, draft = imported(path)
    [lunch] = [s for s in agenda.sessions() if s.title.get("en") == "Lunch"]
    assert f"{lunch.start:%H:%M}" == "13:15"
    assert any(g.where.line == LUNCH and "an earlier version (SEQUENCE, DTSTAMP) of the event at line"
               in g.message for g in draft.skipped)


def test_an_event_with_no_room_is_in_every_room_s_import(tmp_path):
    """The plenary has no LOCATION in a two-room calendar: each room's import has it."""
    at = datetime(2024, 3, 13, 9, 0, tzinfo=ZURICH)
    events = [Event(at, 30, "Opening plenary", ""), Event(at + timedelta(minutes=30), 60, "Talk A", "Room A"),
              Event(at + timedelta(minutes=30), 60, "Talk B", "Room B")]
    path = tmp_path / "shared.ics"
    path.write_text(ics(events, "Europe/Zurich"), encoding="utf-8")
    agenda, draft = imported(path, "Room B")
    assert [s.title.get("en") for s in agenda.sessions()] == ["Opening plenary", "Talk B"]
    assert any("1 event(s) with no room (a plenary, a break) taken into 'Room B'" in g.message
               for g in draft.all_guesses())


def test_a_cancelled_event_is_left_out_and_said(tmp_path):
    """Calendars (and our own export, for a session the chair skipped) mark a cancelled
    event STATUS:CANCELLED: it is not a session of the programme."""
    path = tmp_path / "cancelled.ics"
    path.write_bytes(CALENDAR.replace("SUMMARY:Lunch\r\n", "SUMMARY:Lunch\r\nSTATUS:CANCELLED\r\n").encode())
    agenda, draft = imported(path)
    assert "Lunch" not in [s.title.get("en") for s in agenda.sessions()]
    assert any(g.where.line == LUNCH and g.message == "'Lunch' is cancelled (STATUS:CANCELLED), left out"
               for g in draft.skipped)


@pytest.mark.parametrize(("line", "message"), [
    ("DURATION:bogus", "the event 'Lunch' has DURATION 'bogus', not a duration"),
    ("DTSTART:20240313T250000Z", "the event 'Lunch' has DTSTART '20240313T250000Z', not a date and time"),
])
def test_a_value_that_is_not_a_time_is_a_located_error_not_a_crash(tmp_path, line, message):
    text = CALENDAR.replace("SUMMARY:Lunch\r\n", f"SUMMARY:Lunch\r\n{line}\r\n")
    if line.startswith("DTSTART"):  # in place of the lunch's own
        text = "\r\n".join(kept for kept in text.split("\r\n")
                             if not kept.startswith("DTSTART;TZID=Europe/Zurich:20240313T1300"))
    path = tmp_path / "bad-value.ics"
    path.write_bytes(text.encode())
    with pytest.raises(AgendaError) as refused:
        imported(path)
    assert f"bad-value.ics:{LUNCH}:1: {message}" in str(refused.value)


def test_a_line_that_is_not_icalendar_is_located(tmp_path):
    path = tmp_path / "broken.ics"
    path.write_bytes(CALENDAR.replace("SUMMARY:Lunch\r\n", "SUMMARY:Lunch\r\nand a lost line\r\n").encode())
    with pytest.raises(AgendaError, match=rf"broken.ics:{LUNCH + 5}:1: not an iCalendar line"):
        imported(path)


def test_an_event_past_midnight_ends_the_next_morning_on_its_day(tmp_path):
    late = [Event(datetime(2024, 3, 13, 23, 30, tzinfo=ZURICH), 60, "Night owls", "Room A")]
    path = tmp_path / "late.ics"
    path.write_text(ics(late, "Europe/Zurich"), encoding="utf-8", newline="")
    agenda, _ = imported(path)
    [session] = agenda.sessions()
    assert (session.day, session.start, session.end) == (
        date(2024, 3, 13), late[0].start, datetime(2024, 3, 14, 0, 30, tzinfo=ZURICH))


def test_several_locations_need_a_room(tmp_path):
    events = [Event(datetime(2024, 3, 13, 10, tzinfo=ZURICH), 30, "A talk", "Room A"),
              Event(datetime(2024, 3, 13, 10, tzinfo=ZURICH), 30, "B talk", "Room B")]
    path = tmp_path / "two.ics"
    path.write_text(ics(events, "Europe/Zurich"), encoding="utf-8", newline="")
    with pytest.raises(AgendaError, match=r"2 rooms.*'Room A', 'Room B'"):
        imported(path)
    agenda, _ = imported(path, "Room B")
    assert [s.title.best(("en",)) for s in agenda.sessions()] == ["B talk"]


# -- generated calendars -------------------------------------------------------------------
_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéü开幕,;\\:\"'"
titles = st.text(alphabet=_LETTERS + " ", min_size=1, max_size=90).filter(lambda t: t.strip() == t != "")


@st.composite
def calendars(draw):
    """Events of a few days in a zone, some running past midnight or across a clock change."""
    zone = draw(st.sampled_from(ZONES))
    tz = ZoneInfo(zone)
    first = draw(st.one_of(st.sampled_from(DST_EVES), st.dates(date(2019, 1, 1), date(2030, 12, 1))))
    events = []
    for offset in range(draw(st.integers(1, 3))):
        events += evening_events(draw, first + timedelta(days=offset), tz, "Main hall")
    return zone, draw(st.permutations(events))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(calendar=calendars())
def test_generated_calendars_round_trip_with_their_times_and_titles(tmp_path, calendar):
    zone, events = calendar
    assume(events)
    path = tmp_path / "generated.ics"
    path.write_text(ics(list(events), zone), encoding="utf-8", newline="")
    agenda, _ = imported(path)
    assert str(agenda.timezone) == zone
    wanted = sorted(events, key=lambda e: e.start.timestamp())
    assert instants(agenda.sessions()) == wanted_instants(wanted)
    # grouped into days by their date in the zone
    assert [s.day for s in agenda.sessions()] == [e.start.date() for e in wanted]


# -- the command ---------------------------------------------------------------------------
def test_the_command_reports_what_it_left_out_and_writes_an_agenda_that_passes_check(tmp_path, calendar):
    out = tmp_path / "agenda.yaml"
    result = run("import", str(calendar), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert f"{calendar}:{ALL_DAY}:1: note:" in result.stderr and "all-day" in result.stderr
    assert f"{calendar}:{RECURRING}:1: note:" in result.stderr and "RRULE" in result.stderr
    assert f"{calendar}:{LUNCH}:1: guessed: no end in the source" in result.stderr
    assert "2 day(s), 5 sessions" in result.stderr
    assert run("check", str(out)).returncode == 0
    assert str(load_agenda(out).timezone) == "Europe/Zurich"


def test_the_command_writes_nothing_for_a_broken_calendar(tmp_path, calendar):
    out = tmp_path / "agenda.yaml"
    broken = tmp_path / "broken.ics"
    broken.write_bytes(CALENDAR.replace("DTSTART;TZID=Europe/Zurich:20240313T150000\r\n", "").encode())
    result = run("import", str(broken), "-o", str(out))
    assert result.returncode == 2
    assert f"{broken}:{CLOSE}:1: the event 'Closing of day 1' has no DTSTART" in result.stderr
    assert "Traceback" not in result.stderr and not out.exists()
