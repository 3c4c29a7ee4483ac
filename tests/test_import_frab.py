"""`runofshow import` of frab / pentabarf schedule.xml and the frab/pretalx JSON schedule
(docs/import.md): files as pretalx writes them, broken and hostile ones, generated ones
round-tripped, and the command as a real process."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from runofshow.errors import AgendaError
from runofshow.importing.guess import decide_language, guess_roles
from runofshow.importing.schedules import read_schedule_agenda, schedule_format
from runofshow.importing.write_yaml import agenda_yaml
from runofshow.loader import load_agenda, load_agenda_text
from tests.schedule_files import Event, elapsed_end, frab_json, frab_xml
from tests.test_import_text import run

BERLIN = ZoneInfo("Europe/Berlin")
DAY1, DAY2 = date(2019, 12, 27), date(2019, 12, 28)


def at(day: date, hhmm: str) -> datetime:
    hour, minute = map(int, hhmm.split(":"))
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=BERLIN)


def congress(late: bool = False) -> list[tuple[date, list[Event]]]:
    """Two days in two rooms, as at a small congress; `late` adds the 00:15 talk of a
    programme day that runs past midnight (as at CCC)."""
    day1 = [Event(at(DAY1, "11:00"), 30, "Opening Ceremony", "Ada", ["bleeptrack", "blinry"]),
            Event(at(DAY1, "11:30"), 40, "Fahrplan & Chaos", "Ada", ["Ann"],
                  abstract="How the <schedule> gets made."),
            Event(at(DAY1, "12:10"), 60, "Lunch", "Ada", type="other"),
            Event(at(DAY1, "13:10"), 40, "Reverse engineering a coffee machine", "Ada"),
            Event(at(DAY1, "23:30"), 30, "Late night talk", "Ada"),
            Event(at(DAY1, "11:00"), 60, "Workshop: soldering", "Borg", ["Bo"], type="workshop")]
    if late:
        day1.append(Event(at(DAY2, "00:15"), 30, "After midnight", "Ada"))
    day2 = [Event(at(DAY2, "10:30"), 45, "Keynote", "Ada", ["Cy"]),
            Event(at(DAY2, "11:15"), 15, "Coffee", "Ada", type="break"),
            Event(at(DAY2, "10:30"), 30, "Podium on privacy", "Borg", type="podium")]
    return [(DAY1, day1), (DAY2, day2)]


def imported(path: Path, room: str | None, zone: str | None = None):
    kind = schedule_format(path)
    assert kind is not None
    draft = read_schedule_agenda(path, kind, zone, room)
    decide_language(draft, None)
    guess_roles(draft)
    return load_agenda_text(agenda_yaml(draft), "agenda.yaml"), draft


@pytest.fixture(params=["xml", "json"])
def written(request, tmp_path):
    """A writer of schedule files in one of the two frab formats."""
    def write(days, name="schedule"):
        make = frab_xml if request.param == "xml" else frab_json
        path = tmp_path / f"{name}.{request.param}"
        path.write_text(make("36th Chaos Communication Congress", "Europe/Berlin", days),
                        encoding="utf-8")
        return path
    return write


def test_one_room_of_a_pretalx_schedule_is_an_agenda_with_its_days_times_and_people(written):
    agenda, draft = imported(written(congress()), "Ada")
    assert str(agenda.timezone) == "Europe/Berlin"
    assert agenda.title.best(("en",)) == "36th Chaos Communication Congress"
    assert [d.date for d in agenda.days] == [DAY1, DAY2]
    first = agenda.days[0].sessions
    assert [(f"{s.start:%H:%M}", f"{s.end:%H:%M}", s.title.best(("en",))) for s in first] == [
        ("11:00", "11:30", "Opening Ceremony"), ("11:30", "12:10", "Fahrplan & Chaos"),
        ("12:10", "13:10", "Lunch"), ("13:10", "13:50", "Reverse engineering a coffee machine"),
        ("23:30", "00:00", "Late night talk")]
    assert first[-1].end == datetime(2019, 12, 28, 0, 0, tzinfo=BERLIN)
    assert [s.best(("en",)) for s in first[0].speakers] == ["bleeptrack", "blinry"]
    assert first[1].description.best(("en",)) == "How the <schedule> gets made."
    # guessed from the words, and from the source's own type
    assert (first[0].kind, first[0].hard_start) == ("opening", True)
    assert (first[2].kind, first[3].hard_start) == ("meal", True)
    assert agenda.days[1].sessions[1].kind == "break"
    messages = [g.message for g in draft.all_guesses()]
    assert "kind break (the source's type 'break')" in messages


def test_the_other_room_is_its_own_agenda(written):
    agenda, _ = imported(written(congress()), "Borg")
    assert [(s.title.best(("en",)), s.kind) for s in agenda.sessions()] == [
        ("Workshop: soldering", "session"),  # no words, and "workshop" says no kind
        ("Podium on privacy", "panel")]


def test_several_rooms_without_room_are_refused_with_the_rooms_listed(written):
    with pytest.raises(AgendaError) as caught:
        imported(written(congress()), None)
    message = str(caught.value)
    assert ":1:1: this schedule has 2 rooms" in message and "'Ada', 'Borg'" in message


def test_an_unknown_room_gets_a_did_you_mean(written):
    with pytest.raises(AgendaError, match=r"no room 'ada'.*did you mean 'Ada'"):
        imported(written(congress()), "ada")


def test_a_programme_day_that_runs_past_midnight_stays_one_day(written):
    """CCC's 00:15 talk is on the 27th's programme: it stays on that day, written
    "00:15+1", and the next day begins the next morning as before."""
    agenda, draft = imported(written(congress(late=True)), "Ada")
    assert [d.date for d in agenda.days] == [DAY1, DAY2]
    night = agenda.days[0].sessions[-2:]
    assert [(s.start, s.end, s.title.best(("en",))) for s in night] == [
        (at(DAY1, "23:30"), at(DAY2, "00:00"), "Late night talk"),
        (at(DAY2, "00:15"), at(DAY2, "00:45"), "After midnight")]
    assert night[-1].day == DAY1 and night[-1].id == "d1-0015"
    assert 'start: "00:15+1"' in agenda_yaml(draft)
    assert agenda.days[1].sessions[0].start == at(DAY2, "10:30")


def test_a_night_that_runs_into_the_next_days_programme_is_located(written):
    days = congress(late=True)
    days[0][1].append(Event(at(DAY2, "10:00"), 60, "Far too late", "Ada"))
    with pytest.raises(AgendaError) as caught:
        imported(written(days), "Ada")
    [problem] = caught.value.problems
    assert "'Keynote' starts at 10:30, before the event before it" in problem.message


def test_an_event_listed_two_days_before_its_start_is_located(written):
    days = congress()
    days[0][1].append(Event(at(date(2019, 12, 29), "01:00"), 30, "Lost", "Ada"))
    with pytest.raises(AgendaError, match="'Lost' starts on 2019-12-29 01:00, not on its programme day"):
        imported(written(days), "Ada")


def test_truncated_xml_is_a_located_error(tmp_path):
    full = frab_xml("Conf", "Europe/Berlin", congress())
    path = tmp_path / "schedule.xml"
    path.write_text(full[: len(full) // 2], encoding="utf-8")
    with pytest.raises(AgendaError) as caught:
        imported(path, "Ada")
    [problem] = caught.value.problems
    assert problem.message.startswith("not well-formed XML")
    assert problem.line == len(full[: len(full) // 2].splitlines())


def test_truncated_json_is_a_located_error(tmp_path):
    full = frab_json("Conf", "Europe/Berlin", congress())
    path = tmp_path / "schedule.json"
    path.write_text(full[:4000], encoding="utf-8")
    with pytest.raises(AgendaError, match=r"schedule.json:\d+:\d+: not valid JSON"):
        imported(path, "Ada")


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE schedule [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<schedule><conference><title>&lol3;</title></conference></schedule>
"""
XXE = """<?xml version="1.0"?>
<!DOCTYPE schedule [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
<schedule><conference><title>&secret;</title></conference></schedule>
"""


@pytest.mark.parametrize("hostile", [BILLION_LAUGHS, XXE], ids=["billion-laughs", "xxe"])
def test_entities_are_refused_located_and_nothing_is_written(tmp_path, hostile):
    source, out = tmp_path / "schedule.xml", tmp_path / "agenda.yaml"
    source.write_text(hostile, encoding="utf-8")
    result = run("import", str(source), "-o", str(out))
    assert result.returncode == 2
    assert f"{source}:3:" in result.stderr or f"{source}:2:" in result.stderr
    assert "refused: the file declares the entity" in result.stderr
    assert "root:" not in result.stderr and "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == [source]


def test_times_with_an_offset_and_no_zone_name_say_which_offset_and_ask_for_the_zone(tmp_path):
    """frab in 2014 (31C3's schedule.xml) wrote `2014-12-27T11:00:00+01:00` on each event
    and no <time_zone_name>."""
    path = tmp_path / "schedule.xml"
    text = frab_xml("31. Chaos Communication Congress", "Europe/Berlin", congress())
    path.write_text(re.sub(r"\s*<time_zone_name>.*</time_zone_name>", "", text), encoding="utf-8")
    agenda, draft = imported(path, "Ada")
    said = [g.message for g in draft.all_guesses() if "names no zone" in g.message]
    assert said == ["the file's times are at UTC+01:00 but it names no zone: give --timezone (the "
                    "zone's name, like Europe/Berlin) or the agenda runs in the zone of the computer "
                    "that opens it"]
    assert [f"{s.start:%H:%M}" for s in agenda.days[0].sessions][:2] == ["11:00", "11:30"]  # wall clock kept
    _, draft = imported(path, "Ada", "Europe/Berlin")
    assert not [g for g in draft.all_guesses() if "names no zone" in g.message]


def test_a_schedule_of_another_program_s_layout_says_where_it_is_not_frab_s(tmp_path):
    """EuroPython 2014 published a <schedule> of its own: <day><entry> with HHMM starts."""
    path = tmp_path / "europython.xml"
    path.write_text('<schedule created="2014-07-13T11:40:02">\n<day date="2014-07-21">\n'
                    '  <entry id="37"><start>1030</start><duration>30</duration>'
                    '<room id="1">C01</room><title>Welcome</title></entry>\n</day>\n</schedule>\n',
                    encoding="utf-8")
    with pytest.raises(AgendaError) as caught:
        imported(path, None)
    assert [p.format() for p in caught.value.problems] == [
        f"{path}:3:3: not a frab schedule: its <day> holds <entry>, where frab's has <day><room><event>"]


def test_a_file_that_is_not_a_schedule_says_so(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text("<?xml version='1.0'?>\n<rss><channel/></rss>\n", encoding="utf-8")
    with pytest.raises(AgendaError, match=r"feed.xml:2:1: not a frab schedule: the document is <rss>"):
        imported(path, None)


def test_a_bad_duration_is_located_at_its_element(tmp_path):
    text = frab_xml("Conf", "Europe/Berlin", congress()).replace(
        "<duration>00:40</duration>", "<duration>forty</duration>", 1)
    path = tmp_path / "schedule.xml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(AgendaError) as caught:
        imported(path, "Ada")
    [problem] = caught.value.problems
    assert "<duration>forty" in text.splitlines()[problem.line - 1]


def _json_with_persons(tmp_path: Path, persons: object) -> tuple[Path, int]:
    """schedule.json whose opening ceremony has `persons` as given, and the line its
    event object begins at."""
    schedule = json.loads(frab_json("Conf", "Europe/Berlin", congress()))
    [opening] = [event for day in schedule["schedule"]["conference"]["days"]
                 for events in day["rooms"].values() for event in events
                 if event["title"] == "Opening Ceremony"]
    opening["persons"] = persons
    text = json.dumps(schedule, indent=4, ensure_ascii=False)
    path = tmp_path / "schedule.json"
    path.write_text(text, encoding="utf-8")
    lines = text.splitlines()
    title = next(n for n, line in enumerate(lines) if '"title": "Opening Ceremony"' in line)
    return path, next(n for n in range(title, -1, -1) if lines[n].strip() == "{") + 1


@pytest.mark.parametrize(("persons", "speakers"), [
    ("Alice", ["Alice"]),
    ("  ", []),
    (None, []),
    (["Alice", {"public_name": "Bob"}, {"name": "Cy"}], ["Alice", "Bob", "Cy"]),
])
def test_a_json_event_s_persons_as_a_name_is_one_person(tmp_path, persons, speakers):
    """pretalx writes a list of people; a hand-made or converted schedule may write one
    name as a string: that is one person, not one person a letter."""
    path, _ = _json_with_persons(tmp_path, persons)
    agenda, _ = imported(path, "Ada")
    opening = agenda.session("d1-1100")
    assert [name.best(("en",)) for name in opening.speakers] == speakers


@pytest.mark.parametrize(("persons", "said"), [
    (42, "has persons the number 42, not a list of people"),
    ({"public_name": "Alice"}, "has persons an object, not a list of people"),
    (["Alice", 7], "has the number 7 among its persons"),
    ([["Alice"]], "has a list among its persons"),
])
def test_a_json_event_s_persons_of_another_shape_is_located(tmp_path, persons, said):
    path, line = _json_with_persons(tmp_path, persons)
    with pytest.raises(AgendaError) as caught:
        imported(path, "Ada")
    [problem] = caught.value.problems
    assert (problem.file, problem.line) == (str(path), line)
    assert problem.message.startswith(f"the event 'Opening Ceremony' {said}")


def test_the_format_is_sniffed_when_the_name_does_not_say(tmp_path):
    path = tmp_path / "schedule"
    path.write_text(frab_xml("Conf", "Europe/Berlin", congress()), encoding="utf-8")
    assert schedule_format(path) == "xml"
    path.write_text(frab_json("Conf", "Europe/Berlin", congress()), encoding="utf-8")
    assert schedule_format(path) == "json"


# -- generated schedules ------------------------------------------------------------------
_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéü开幕<>&\"'"
titles = st.text(alphabet=_LETTERS + " ", min_size=1, max_size=30).filter(lambda t: t.strip() == t != "")


# nights the clocks change in the zones below: a programme running through them
DST_EVES = [date(2024, 3, 30), date(2024, 10, 26), date(2024, 3, 9), date(2024, 11, 2),
            date(2024, 4, 6), date(2024, 10, 5)]
ZONES = ["Europe/Berlin", "Europe/Zurich", "America/New_York", "Asia/Tokyo", "Australia/Sydney"]


def evening_events(draw, when: date, tz: ZoneInfo, room: str) -> list[Event]:
    """A room's events of a day, from the morning or the evening, in order with gaps; an
    evening's run on into the night (never past 06:30), through a clock change or not.
    Times count real minutes from midnight, so none is one the clocks skip, and none falls
    in the hour that happens twice."""
    midnight = datetime.combine(when, datetime.min.time(), tz).astimezone(UTC)
    minute = draw(st.sampled_from([8 * 60, 9 * 60, 21 * 60, 23 * 60]))
    events = []
    for _ in range(draw(st.integers(1, 6))):
        minutes = draw(st.integers(1, 12)) * 5
        start = (midnight + timedelta(minutes=minute)).astimezone(tz)
        if start.fold or start.replace(fold=1).utcoffset() != start.utcoffset():
            minute += 120  # the hour that happens twice: an agenda's HH:MM cannot say which
            continue
        events.append(Event(start, minutes, draw(titles), room, type="lecture"))
        minute += minutes + draw(st.sampled_from([0, 0, 5, 15]))
    return events


@st.composite
def schedules(draw):
    """Days of a few rooms, some running past midnight, some across a clock change."""
    zone = draw(st.sampled_from(ZONES))
    tz = ZoneInfo(zone)
    first = draw(st.one_of(st.sampled_from(DST_EVES), st.dates(date(2019, 1, 1), date(2030, 12, 1))))
    days = []
    for offset in range(draw(st.integers(1, 3))):
        when = first + timedelta(days=offset)
        events = []
        for room in ("Ada", "Borg")[: draw(st.integers(1, 2))]:
            events += evening_events(draw, when, tz, room)
        days.append((when, events))
    return zone, days


def instants(sessions) -> list[tuple[int, int, str]]:
    return [(s.start_s, s.end_s, s.title.best(("en",))) for s in sessions]


def wanted_instants(events: list[Event]) -> list[tuple[int, int, str]]:
    return [(int(e.start.timestamp()), int(elapsed_end(e).timestamp()), e.title) for e in events]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(schedule=schedules(), kind=st.sampled_from(["xml", "json"]))
def test_generated_schedules_round_trip_with_their_times_and_titles(tmp_path, schedule, kind):
    zone, days = schedule
    path = tmp_path / f"schedule.{kind}"
    path.write_text((frab_xml if kind == "xml" else frab_json)("Conf", zone, days), encoding="utf-8")
    for room in ("Ada", "Borg"):
        wanted = [e for _, events in days for e in events if e.room == room]
        if not wanted:
            continue
        agenda, _ = imported(path, room)
        assert instants(agenda.sessions()) == wanted_instants(wanted)
        # each event stays on the programme day it was listed under, past midnight or not
        listed = [when for when, events in days for e in events if e.room == room]
        assert [s.day for s in agenda.sessions()] == listed


# -- the command --------------------------------------------------------------------------
def test_the_command_writes_one_room_with_its_night_that_passes_check(tmp_path):
    source, out = tmp_path / "schedule.xml", tmp_path / "ada.yaml"
    source.write_text(frab_xml("Conf", "Europe/Berlin", congress(late=True)), encoding="utf-8")
    refused = run("import", str(source), "-o", str(out))
    assert refused.returncode == 2 and "--room" in refused.stderr and "'Borg'" in refused.stderr
    assert not out.exists()
    result = run("import", str(source), "-o", str(out), "--room", "Ada")
    assert result.returncode == 0, result.stderr
    assert "2 day(s), 8 sessions" in result.stderr
    assert "no --timezone" not in result.stderr  # the file names its zone
    assert run("check", str(out)).returncode == 0
    agenda = load_agenda(out)
    assert str(agenda.timezone) == "Europe/Berlin"
    assert agenda.session("d1-1100").title.best(("en",)) == "Opening Ceremony"
    assert 'start: "00:15+1"' in out.read_text(encoding="utf-8")
    assert agenda.session("d1-0015").start == at(DAY2, "00:15")


def test_the_command_takes_the_json_schedule_and_another_zone(tmp_path):
    source, out = tmp_path / "schedule.json", tmp_path / "borg.yaml"
    source.write_text(frab_json("Conf", "Europe/Berlin", congress()), encoding="utf-8")
    result = run("import", str(source), "-o", str(out), "--room", "Borg",
                 "--timezone", "Europe/London")
    assert result.returncode == 0, result.stderr
    agenda = load_agenda(out)
    assert [f"{s.start:%H:%M}" for s in agenda.sessions()] == ["10:00", "09:30"]
