"""Problems that only the agenda made from a file shows (`runofshow check` of the YAML
written in memory) are located in the file the organiser gave, at the line (or cell) of the
value, and say which session of it they are about: never in a YAML file that was never
written. Every format: a calendar, frab XML and JSON, text, CSV and XLSX; the command and
the app's Open (runofshow.importing.convert)."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from runofshow.errors import AgendaError
from runofshow.importing.convert import Answers, convert
from tests.schedule_files import Event, frab_json, frab_xml
from tests.sheet_files import csv_file, workbook
from tests.test_import_text import run

BERLIN = ZoneInfo("Europe/Berlin")

# an exhibition open from Wednesday morning to Friday evening: no session of one day
MULTIDAY = "\r\n".join([
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Example//Conference//EN",
    "X-WR-CALNAME:Multi-day",
    "X-WR-TIMEZONE:Europe/Zurich",
    "BEGIN:VEVENT",
    "UID:opening@example.org",
    "SUMMARY:Opening",
    "DTSTART;TZID=Europe/Zurich:20240313T090000",
    "DTEND;TZID=Europe/Zurich:20240313T093000",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:expo@example.org",
    "SUMMARY:Exhibition",
    "DTSTART;TZID=Europe/Zurich:20240313T100000",
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    "DESCRIPTION:Reminder",
    "DURATION:PT15M",
    "TRIGGER:-PT15M",
    "END:VALARM",
    "DTEND;TZID=Europe/Zurich:20240315T170000",
    "END:VEVENT",
    "END:VCALENDAR",
    "",
])
LINES = MULTIDAY.split("\r\n")
EXPO_BEGIN = LINES.index("UID:expo@example.org")  # the BEGIN:VEVENT above it, 1-based
EXPO_END = LINES.index("DTEND;TZID=Europe/Zurich:20240315T170000") + 1


def _problems(path: Path, answers: Answers | None = None) -> list[str]:
    with pytest.raises(AgendaError) as refused:
        convert(path, answers)
    return [problem.format() for problem in refused.value.problems]


def test_a_calendar_s_event_of_three_days_is_located_at_its_dtend_in_the_calendar(tmp_path):
    path = tmp_path / "multiday.ics"
    path.write_bytes(MULTIDAY.encode("utf-8"))
    out = tmp_path / "agenda.yaml"
    result = run("import", str(path), "-o", str(out))
    assert result.returncode == 2
    said = (f"{path}:{EXPO_END}:1: the event 'Exhibition' (UID 'expo@example.org', BEGIN:VEVENT "
            f"at line {EXPO_BEGIN}): duration of ")
    assert said in result.stderr, result.stderr
    assert ".yaml" not in result.stderr and "<imported agenda>" not in result.stderr
    assert "Traceback" not in result.stderr and not out.exists()
    # the app's Open says the same, of the same line; not of multiday.yaml beside it
    [problem] = _problems(path)
    assert problem.startswith(said)


def test_a_floating_time_the_clocks_skip_is_located_at_its_dtstart(tmp_path):
    lines = [line.replace(";TZID=Europe/Zurich", "").replace("20240313T1000", "20240331T0230")
             .replace("20240315T170000", "20240331T033000") for line in LINES]
    lines.remove("X-WR-TIMEZONE:Europe/Zurich")
    path = tmp_path / "spring.ics"
    path.write_bytes("\r\n".join(lines).encode("utf-8"))
    problems = _problems(path, Answers(timezone="Europe/Zurich"))
    start = lines.index("DTSTART:20240331T023000") + 1
    assert [p.split(": the clocks")[0] for p in problems] == [
        f"{path}:{start}:1: the event 'Exhibition' (UID 'expo@example.org', BEGIN:VEVENT at line "
        f"{EXPO_BEGIN - 1}): start 02:30 does not exist on 2024-03-31 in Europe/Zurich"]


@pytest.mark.parametrize("kind", ["xml", "json"])
def test_a_frab_event_of_25_hours_is_located_in_the_schedule(tmp_path, kind):
    day = date(2024, 3, 13)
    events = [Event(datetime(2024, 3, 13, 10, tzinfo=BERLIN), 25 * 60, "Hack all night", "Saal 1")]
    path = tmp_path / f"schedule.{kind}"
    write = frab_xml if kind == "xml" else frab_json
    path.write_text(write("Camp", "Europe/Berlin", [(day, events)]), encoding="utf-8")
    [problem] = _problems(path)
    line = int(problem.split(":")[1])
    written = path.read_text(encoding="utf-8").splitlines()[line - 1]
    # XML: at the <duration> element; JSON keeps no place of a value: the event's object,
    # named by its title
    assert ("<duration>25:00</duration>" in written) if kind == "xml" else written.strip() == "{"
    assert "'Hack all night'" in problem and "longer than a day" in problem
    assert ".yaml" not in problem


def test_a_text_programme_s_times_the_clocks_skip_are_located_at_the_times(tmp_path):
    path = tmp_path / "nacht.txt"
    path.write_text("Nacht der Technik\n2024-03-31\n01.00 - 02.30 Late talk\n"
                    "02.30 - 03.30 Later talk\n", encoding="utf-8")
    problems = _problems(path, Answers(timezone="Europe/Zurich"))
    assert [p.split(" does not exist")[0] for p in problems] == [
        f"{path}:3:9: the session 'Late talk': end 02:30",
        f"{path}:4:1: the session 'Later talk': start 02:30"]


def test_a_line_named_in_the_words_is_the_source_s_line_too(tmp_path):
    """The checked agenda says a day overlaps the day before "(line N …)": N is the line
    of the text, not of the YAML."""
    path = tmp_path / "nacht.txt"
    path.write_text("Nacht\n2024-03-13\n23.00 - 01.30 Late\n2024-03-14\n00.30 - 01.00 Early\n",
                    encoding="utf-8")
    [problem] = _problems(path, Answers(timezone="Europe/Zurich"))
    assert problem.startswith(f"{path}:5:1: the session 'Early': starts at 2024-03-14 00:30, "
                              "before the day before ends (line 3, at 2024-03-14 01:30)")


def test_a_spreadsheet_s_times_the_clocks_skip_are_located_at_their_cells(tmp_path):
    rows = [["Date", "Start", "End", "Title"], ["2024-03-31", "01:00", "02:30", "Late talk"],
            ["2024-03-31", "02:30", "03:30", "Later talk"]]
    csv_path = csv_file(tmp_path / "nacht.csv", rows)
    problems = _problems(csv_path, Answers(timezone="Europe/Zurich"))
    assert [p.split(" does not exist")[0] for p in problems] == [
        f"{csv_path}:2:18: the session 'Late talk': end 02:30",
        f"{csv_path}:3:12: the session 'Later talk': start 02:30"]
    book = workbook(tmp_path / "nacht.xlsx", {"Programm": [
        rows[0], *([date(2024, 3, 31), time(*map(int, start.split(":"))), time(*map(int, end.split(":"))),
                    title] for _, start, end, title in rows[1:])]})
    problems = _problems(book, Answers(timezone="Europe/Zurich"))
    assert [p.split(" does not exist")[0] for p in problems] == [
        f"{book}:Programm!C2: the session 'Late talk': end 02:30",
        f"{book}:Programm!B3: the session 'Later talk': start 02:30"]


def test_an_agenda_that_passes_is_unchanged_by_the_locating(tmp_path):
    path = tmp_path / "multiday.ics"
    path.write_bytes(MULTIDAY.replace("20240315T170000", "20240313T120000").encode("utf-8"))
    converted = convert(path)
    assert [(f"{s.start:%H:%M}", f"{s.end:%H:%M}") for s in converted.agenda.sessions()] == [
        ("09:00", "09:30"), ("10:00", "12:00")]
    assert converted.agenda.source == str(converted.target)
