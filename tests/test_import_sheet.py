"""`runofshow import` of spreadsheets (docs/import.md): real XLSX workbooks (notes above the
header, merged cells, formulas, Excel times, German and Chinese headers) and real CSVs
(a BOM, Latin-1, semicolons, tabs); generated programmes round-tripped; broken ones
located; the command as a real process."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date, time, timedelta
from time import monotonic as time_now

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from runofshow.errors import AgendaError
from runofshow.importing.guess import decide_language, guess_roles
from runofshow.importing.sheet_values import (
    SLASH_DAY_FIRST,
    SLASH_MONTH_FIRST,
    clock_of,
    date_of,
    minutes_of,
    utc_offset,
)
from runofshow.importing.spreadsheet import read_sheet_agenda
from runofshow.importing.write_yaml import agenda_yaml
from runofshow.loader import load_agenda, load_agenda_text
from tests.conftest import REPO
from tests.sheet_files import calculated, csv_file, workbook


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "runofshow", *args], capture_output=True,
                          text=True, cwd=REPO, timeout=60)


def imported(path, **options):
    """Sheet -> draft -> YAML -> the agenda the loader reads from it."""
    draft = read_sheet_agenda(path, **options)
    draft.timezone = "Europe/Zurich"
    decide_language(draft, None)
    guess_roles(draft)
    return load_agenda_text(agenda_yaml(draft), "agenda.yaml"), draft


def hhmm(clock: time) -> str:
    return f"{clock:%H:%M}"


def fraction(clock: time) -> float:
    """A time as Excel stores it: a fraction of a day."""
    return (clock.hour * 60 + clock.minute) / 1440


# -- XLSX --------------------------------------------------------------------------------
MORNING = [(time(9, 0), time(9, 15), "Opening and welcome", "Ada Lovelace"),
           (time(9, 15), time(10, 0), "Keynote: machines that compute", "Alan Turing; Grace Hopper"),
           (time(10, 0), time(10, 30), "Coffee break", None)]


def test_an_xlsx_programme_with_notes_merged_cells_a_formula_and_excel_times(tmp_path):
    """The header is on row 4 below a title and a note; the date is merged down its rows;
    a heading merged across the sheet is a row that is not a session; the last end time
    is a formula whose value the spreadsheet saved (10:00 + 0:30, a binary fraction)."""
    day = date(2024, 5, 21)
    rows = [["Frontier Tech Day"], ["Draft 3, subject to change"], [],
            ["Date", "Time Start", "Time End", "Title", "Speakers"],
            ["Morning sessions"]]
    for index, (start, end, title, speakers) in enumerate(MORNING):
        end_cell = f"=B{6 + index}+TIME(0,30,0)" if index == 2 else end
        rows.append([day if index == 0 else None, start, end_cell, title, speakers])
    path = workbook(tmp_path / "programme.xlsx", {"Programme": rows},
                    merges={"Programme": ["A5:E5", "A6:A8"]}, formats={"C8": "hh:mm"})
    calculated(path, {"C8": fraction(time(10, 30)) - 1e-12})
    agenda, draft = imported(path)
    sessions = list(agenda.sessions())
    assert [d.date for d in agenda.days] == [day]
    assert [(hhmm(s.start), hhmm(s.end), s.title.get("en")) for s in sessions] == [
        (hhmm(a), hhmm(b), title) for a, b, title, _ in MORNING]
    assert [name.plain for name in sessions[1].speakers] == MORNING[1][3].split("; ")
    assert agenda.title.get("en") == rows[0][0]
    skipped = [g.format() for g in draft.skipped]
    assert any(line.startswith(f"{path}:Programme!A2:") and rows[1][0] in line for line in skipped)
    assert any(line.startswith(f"{path}:Programme!A5:") and "Morning sessions" in line
               for line in skipped)
    assert sessions[0].kind == "opening" and sessions[2].kind == "break"


def test_a_formula_saved_without_its_value_is_a_located_error(tmp_path):
    rows = [["Start", "End", "Title"], [time(9, 0), "=A2+TIME(0,30,0)", "Opening"]]
    path = workbook(tmp_path / "never-calculated.xlsx", {"Sheet A": rows})
    with pytest.raises(AgendaError) as caught:
        read_sheet_agenda(path, first=date(2024, 5, 21))
    assert caught.value.problems[0].format().startswith(f"{path}:'Sheet A'!B2: the formula ")


@pytest.mark.parametrize(("header", "language"), [
    (["Datum", "Uhrzeit", "Dauer", "Titel", "Raum"], "de"),
    (["日期", "开始时间", "时长", "标题", "会场"], "zh"),
    (["Date", "Début", "Durée", "Titre", "Salle"], "fr"),
])
def test_headers_in_german_chinese_and_french_with_durations_in_minutes(tmp_path, header, language):
    titles = {"de": ["Eröffnung", "Mittagessen", "Abschluss"],
              "zh": ["开幕", "午餐", "闭幕"], "fr": ["Ouverture", "Déjeuner", "Clôture"]}[language]
    day = date(2024, 3, 13)
    plan = [(time(9, 0), 10), (time(9, 10), 80), (time(12, 0), 15)]
    rows = [header] + [[day, start, minutes, title, "A"]
                       for (start, minutes), title in zip(plan, titles, strict=True)]
    agenda, _ = imported(workbook(tmp_path / f"{language}.xlsx", {"Tabelle1": rows}))
    assert agenda.languages == (language,)
    assert [(hhmm(s.start), s.duration_s // 60, s.title.get(language)) for s in agenda.sessions()] \
        == [(hhmm(start), minutes, title) for (start, minutes), title in zip(plan, titles, strict=True)]
    assert [s.kind for s in agenda.sessions()] == ["opening", "meal", "closing"]


def test_sheet_picks_the_sheet_and_an_unknown_one_is_listed(tmp_path):
    rows = [["Start", "End", "Title"], ["10:00", "11:00", "Opening"]]
    other = [["Start", "End", "Title"], ["14:00", "15:00", "Afternoon"]]
    path = workbook(tmp_path / "two.xlsx", {"Notes": [["nothing here"]], "Mon": rows, "Tue": other})
    agenda, draft = imported(path, first=date(2024, 3, 13))
    assert [s.title.get("en") for s in agenda.sessions()] == ["Opening"]
    assert any("'Mon', the first with a header row" in g.message for g in draft.guesses)
    agenda, _ = imported(path, first=date(2024, 3, 13), sheet="Tue")
    assert [s.title.get("en") for s in agenda.sessions()] == ["Afternoon"]
    listed = "'Wed': the workbook's sheets are 'Notes' | 'Mon' | 'Tue'"
    with pytest.raises(AgendaError, match=re.escape(listed)):
        read_sheet_agenda(path, sheet="Wed")


def test_a_hidden_sheet_is_not_chosen_unless_sheet_names_it(tmp_path):
    """Last year's draft kept in a hidden sheet before this year's programme: the visible
    one is the programme; the hidden one is read only when --sheet names it, and said."""
    header = ["Date", "Start", "End", "Title"]
    path = workbook(tmp_path / "programme.xlsx", {
        "Draft 2023": [header, [date(2023, 3, 15), time(9), time(10), "Old opening"]],
        "Programme": [header, [date(2024, 3, 13), time(9), time(10), "Opening"]]},
        hidden_sheets=["Draft 2023"])
    agenda, draft = imported(path)
    assert [s.title.get("en") for s in agenda.sessions()] == ["Opening"]
    assert any("'Draft 2023' (hidden: not read) | 'Programme'" in g.message for g in draft.guesses)
    agenda, draft = imported(path, sheet="Draft 2023")
    assert [s.title.get("en") for s in agenda.sessions()] == ["Old opening"]
    assert any(g.message.startswith("the sheet 'Draft 2023' is hidden in the workbook")
               for g in draft.guesses)


def test_a_workbook_whose_only_header_is_on_a_hidden_sheet_says_how_to_read_it(tmp_path):
    path = workbook(tmp_path / "programme.xlsx", {
        "Cover": [["Frontier Tech Day"]],
        "Data": [["Start", "End", "Title"], [time(9), time(10), "Opening"]]}, hidden_sheets=["Data"])
    with pytest.raises(AgendaError, match=re.escape(
            "the hidden sheet 'Data' has one: read it with --sheet 'Data'")):
        read_sheet_agenda(path, first=date(2024, 3, 13))


def test_hidden_rows_are_left_out_and_listed(tmp_path):
    """A cancelled talk hidden rather than deleted (it overlaps its replacement), and a row
    hidden by a filter: neither is a session, and the report lists both with their row."""
    rows = [["Date", "Start", "End", "Title", "Room"],
            [date(2024, 3, 13), time(9), time(10), "Opening", "Hall"],
            [date(2024, 3, 13), time(10), time(11), "Cancelled keynote", "Hall"],
            [date(2024, 3, 13), time(10), time(10, 45), "New keynote", "Hall"],
            [date(2024, 3, 13), time(11), time(12), "Side talk", "Annex"]]
    path = workbook(tmp_path / "programme.xlsx", {"Programme": rows},
                    hidden_rows={"Programme": [3, 5]})
    agenda, draft = imported(path)
    assert [s.title.get("en") for s in agenda.sessions()] == ["Opening", "New keynote"]
    left_out = [g.format() for g in draft.skipped]
    assert [line.split(": a hidden row")[0] for line in left_out] == [
        f"{path}:Programme!A3", f"{path}:Programme!A5"]
    assert "Cancelled keynote" in left_out[0] and "Side talk" in left_out[1]


# -- CSV ---------------------------------------------------------------------------------
def test_a_utf8_csv_with_a_bom_and_commas(tmp_path):
    rows = [["Start", "End", "Title", "Notes"], ["10:00", "10:30", "Welcome, everyone", "Doors at 9"],
            ["10.30", "11.15", "Panel: the road ahead", ""]]
    path = csv_file(tmp_path / "bom.csv", rows, encoding="utf-8-sig")
    agenda, draft = imported(path, first=date(2024, 3, 13))
    assert [(hhmm(s.start), hhmm(s.end), s.title.get("en")) for s in agenda.sessions()] == [
        ("10:00", "10:30", rows[1][2]), ("10:30", "11:15", rows[2][2])]
    assert next(agenda.sessions()).description.get("en") == "Doors at 9"
    assert any("read as UTF-8 (with a byte order mark)" in g.message for g in draft.guesses)


def test_a_latin1_csv_with_semicolons_keeps_its_accents(tmp_path):
    titles = ["Begrüßung", "Café et déjeuner", "Schlussübung"]
    rows = [["Datum", "Von", "Bis", "Titel"]] + [
        ["13.03.2024", f"{9 + i}:00", f"{9 + i}:45", title] for i, title in enumerate(titles)]
    path = csv_file(tmp_path / "latin1.csv", rows, delimiter=";", encoding="cp1252")
    agenda, draft = imported(path)
    assert [s.title.get(agenda.languages[0]) for s in agenda.sessions()] == titles
    assert [d.date for d in agenda.days] == [date(2024, 3, 13)]
    assert any("Windows-1252" in g.message and "semicolons" in g.message for g in draft.guesses)


@pytest.mark.parametrize(("language", "titles"), [
    ("es", ["Apertura", "Ponencia: la PI y las tecnologías de frontera", "Pausa café", "Almuerzo",
            "Preguntas y respuestas", "Clausura"]),
    ("ru", ["Открытие", "Доклад: ИС и передовые технологии", "Перерыв на кофе", "Обед",
            "Вопросы и ответы", "Закрытие"]),
    ("ar", ["افتتاح", "عرض: الملكية الفكرية والتكنولوجيات الرائدة", "استراحة قهوة", "غداء",
            "أسئلة وأجوبة", "اختتام"]),
    ("it", ["Benvenuto e apertura", "Intervento: la PI e le tecnologie di frontiera", "Pausa caffè",
            "Pranzo", "Domande e risposte", "Chiusura dei lavori"]),
])
def test_the_un_languages_and_italian_are_told_and_their_kinds_guessed(tmp_path, language, titles):
    """A programme in Spanish, Russian or Arabic (three of the UN's six languages), or
    Italian: its language named, its opening, meal, break, Q&A and closing recognised."""
    starts = ["09:00", "09:15", "10:00", "12:00", "13:30", "14:00"]
    ends = ["09:15", "10:00", "10:30", "13:30", "14:00", "14:15"]
    rows = [["Date", "Start", "End", "Title"]] + [
        ["2024-03-13", start, end, title] for start, end, title in zip(starts, ends, titles, strict=True)]
    agenda, _ = imported(csv_file(tmp_path / f"{language}.csv", rows))
    assert agenda.languages == (language,)
    assert [s.title.get(language) for s in agenda.sessions()] == titles
    kinds = [s.kind for s in agenda.sessions()]
    assert (kinds[0], kinds[2], kinds[3], kinds[4], kinds[5]) == ("opening", "break", "meal", "qa", "closing")


def test_a_title_column_per_language_and_the_anchor_columns_are_taken_as_written(tmp_path):
    """title_en and title_fr (as our export writes them) are the agenda's languages; a
    sheet with anchor columns says where its anchors are, so none is guessed (the opening
    here has none, the session after lunch has its own)."""
    rows = [["Date", "Start", "End", "title_en", "title_fr", "Hard start", "Hard end"],
            ["2024-03-13", "09:00", "09:30", "Opening", "Ouverture", "", ""],
            ["2024-03-13", "12:00", "13:00", "Lunch", "Déjeuner", "", ""],
            ["2024-03-13", "13:00", "14:00", "Panel", "", "yes", ""],
            ["2024-03-13", "14:00", "14:30", "Closing", "Clôture", "no", "yes"]]
    agenda, draft = imported(csv_file(tmp_path / "bilingual.csv", rows))
    assert agenda.languages == ("en", "fr")
    assert [(s.title.get("en"), s.title.get("fr"), s.hard_start, s.hard_end) for s in agenda.sessions()] == [
        ("Opening", "Ouverture", False, False), ("Lunch", "Déjeuner", False, False),
        ("Panel", None, True, False), ("Closing", "Clôture", False, True)]
    assert not [g for g in draft.all_guesses() if g.message.startswith(("hard_start", "hard_end"))]


def test_a_session_without_an_end_runs_to_the_next_start_and_the_last_gets_the_default(tmp_path):
    rows = [["Start", "Title"], ["09:00", "Opening"], ["09:20", "Talk"], ["10:00", "Closing"]]
    agenda, draft = imported(csv_file(tmp_path / "starts.csv", rows), first=date(2024, 3, 13))
    assert [(hhmm(s.start), hhmm(s.end)) for s in agenda.sessions()] == [
        ("09:00", "09:20"), ("09:20", "10:00"), ("10:00", "10:30")]
    said = [g.message for g in draft.all_guesses()]
    assert "no end or duration: runs to the next start, 09:20" in said
    assert "no end or duration and no session after it: 30 minutes" in said


def test_several_rooms_need_room_and_the_rooms_are_listed(tmp_path):
    rows = [["Date", "Start", "End", "Title", "Room"],
            ["2024-03-13", "10:00", "11:00", "In A", "Hall A"],
            ["2024-03-13", "10:00", "11:00", "In B", "Hall B"]]
    path = csv_file(tmp_path / "rooms.csv", rows, delimiter="\t")
    with pytest.raises(AgendaError, match=r"rooms.csv:1:\d+: the sheet has 2 rooms: pick one with "
                                          r"--room 'Hall A' \| 'Hall B'"):
        read_sheet_agenda(path)
    agenda, _ = imported(path, room="Hall B")
    assert [s.title.get("en") for s in agenda.sessions()] == ["In B"]


def test_a_session_with_no_room_is_in_every_room_s_programme(tmp_path):
    """The opening plenary, the coffee break and lunch have no room in a two-room sheet:
    each room's import has them (they were silently dropped, and the lunch's restart with
    them), and says so."""
    rows = [["Date", "Start", "End", "Room", "Title"],
            ["2024-03-13", "09:00", "09:30", "", "Opening plenary"],
            ["2024-03-13", "09:30", "10:30", "Room A", "Talk A1"],
            ["2024-03-13", "09:30", "10:30", "Room B", "Talk B1"],
            ["2024-03-13", "10:30", "11:00", "", "Coffee break"],
            ["2024-03-13", "11:00", "12:00", "Room B", "Talk B2"]]
    path = csv_file(tmp_path / "shared.csv", rows)
    agenda, draft = imported(path, room="Room B")
    assert [s.title.get("en") for s in agenda.sessions()] == ["Opening plenary", "Talk B1", "Coffee break",
                                                             "Talk B2"]
    assert any("2 session(s) with no room (a plenary, a break) taken into 'Room B'" in g.message
               for g in draft.all_guesses())


@pytest.mark.parametrize(("text", "day", "said"), [
    ("13.03.2024", date(2024, 3, 13), ""),  # dots: day first, always
    ("04.03.2024", date(2024, 3, 4), ""),
    ("13/03/2024", date(2024, 3, 13), ""),  # only day first reads
    ("3/13/2024", date(2024, 3, 13), SLASH_MONTH_FIRST),  # only month first reads: a US sheet
    ("3/4/2024", date(2024, 4, 3), SLASH_DAY_FIRST),  # either: day first, and said
])
def test_a_date_with_slashes_is_read_as_it_can_be_and_an_ambiguous_one_is_said(text, day, said):
    assert date_of(text, None) == (day, said)


def test_a_planning_tool_s_milestone_row_is_left_out_but_a_working_group_is_a_session(tmp_path):
    """A kind cell that says only "Milestone" (or "Group", 分组: a planning tool's rows) is
    not a session; "Working group", "Fast track" and 分组讨论 (a breakout discussion) are."""
    rows = [["Date", "Start", "End", "Kind", "Title"],
            ["2024-03-13", "09:00", "09:30", "Opening", "Opening"],
            ["2024-03-13", "09:30", "09:30", "Milestone", "Programme frozen"],
            ["2024-03-13", "09:30", "11:00", "分组讨论", "分组讨论：人工智能"],
            ["2024-03-13", "11:00", "12:00", "Working group", "Standards working group"],
            ["2024-03-13", "12:00", "13:00", "Fast track", "Fast track talks"]]
    agenda, draft = imported(csv_file(tmp_path / "kinds.csv", rows))
    titles = [s.title.best(agenda.languages) for s in agenda.sessions()]
    assert titles == ["Opening", "分组讨论：人工智能", "Standards working group", "Fast track talks"]
    assert [g.message for g in draft.skipped if "Milestone" in g.message or "milestone" in g.message] == [
        "a milestone, not a session, left out: 'Programme frozen'"]


def test_columns_maps_headers_we_do_not_know(tmp_path):
    rows = [["Slot", "Was", "Wer"], ["10:00 - 10:45", "Einführung", "Bo Li"]]
    path = csv_file(tmp_path / "own.csv", rows)
    with pytest.raises(AgendaError, match="no header row"):
        read_sheet_agenda(path, first=date(2024, 3, 13))
    agenda, _ = imported(path, first=date(2024, 3, 13), columns="start=Slot,title=Was,speakers=Wer")
    session = next(agenda.sessions())
    assert (hhmm(session.start), hhmm(session.end)) == ("10:00", "10:45")
    assert [name.plain for name in session.speakers] == ["Bo Li"]


# -- files LibreOffice wrote (tests/files/README.md) ---------------------------------------
FILES = REPO / "tests" / "files"
ODF = {"office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
       "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
       "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0"}


def fods_sessions(path) -> list[tuple[date, str, str, str, list[str]]]:
    """The sessions of the flat OpenDocument source, read from its XML: (date, start, end,
    title, speakers) of each row with a start time; a merged date covers the rows below."""
    from defusedxml import ElementTree

    def attr(element, name: str) -> str | None:
        prefix, local = name.split(":")
        return element.get(f"{{{ODF[prefix]}}}{local}")

    found, day = [], None
    for row in ElementTree.parse(path).getroot().iter(f"{{{ODF['table']}}}table-row"):
        cells = []
        for cell in row:
            kind = attr(cell, "office:value-type")
            if kind == "date":
                cells.append(date.fromisoformat(attr(cell, "office:date-value")))
            elif kind == "time":
                hours, minutes = re.fullmatch(r"PT(\d+)H(\d+)M00S", attr(cell, "office:time-value")).groups()
                cells.append(f"{hours}:{minutes}")
            elif kind == "string":
                cells.append("".join(cell.find("text:p", ODF).itertext()))
            else:
                cells.append(None)  # empty, or covered by a merged cell
        cells += [None] * (5 - len(cells))
        day = cells[0] if isinstance(cells[0], date) else day
        if isinstance(cells[1], str) and re.fullmatch(r"\d\d:\d\d", cells[1]):
            found.append((day, cells[1], cells[2], cells[3], cells[4].split("; ") if cells[4] else []))
    return found


@pytest.mark.parametrize("name", ["programm-libreoffice.xlsx", "programm-libreoffice-latin1.csv"])
def test_a_programme_libreoffice_wrote_imports_as_its_source_reads(name):
    """Merged headings and a merged date, formulas with the values Calc saved, date and
    time cells (XLSX); the same sheet as Calc exports it to a Latin-1 CSV, where the merged
    date is on its first row only and a letter Latin-1 lacks is a `?`."""
    source = fods_sessions(FILES / "programm.fods")
    assert len(source) == 8 and source[2][3] == "Kaffeepause"  # the source read as meant
    agenda, draft = imported(FILES / name)
    got = [(s.day, hhmm(s.start), hhmm(s.end), s.title.get("de"), [n.plain for n in s.speakers])
           for s in agenda.sessions()]
    if name.endswith(".csv"):
        source = [(d, a, b, t, [n.replace("Ł", "?") for n in who]) for d, a, b, t, who in source]
    assert got == source
    assert agenda.title.get("de") == "Fachtagung Frontier-Technologien 2024"
    skipped = " ".join(g.message for g in draft.skipped)
    assert "'Vormittag'" in skipped and "'Nachmittag'" in skipped
    assert [s.kind for s in agenda.sessions()][:4] == ["opening", "presentation", "break", "panel"]
    # the comment above the first session is the row as the organiser sees it
    written = "21.05.2024" if name.endswith(".csv") else "2024-05-21"  # a date cell, or text
    assert draft.days[0].sessions[0].source_text.startswith(f"{written} | 09:00 | 09:15 | Eröffnung")


# -- a generated programme round-trips ---------------------------------------------------
@st.composite
def programmes(draw):
    """Sessions of one day in order, with gaps, and titles of any script."""
    start = draw(st.integers(6 * 60, 10 * 60))
    sessions = []
    for _ in range(draw(st.integers(1, 8))):
        start += draw(st.integers(0, 30))
        length = draw(st.integers(5, 120))
        title = draw(st.text(st.characters(codec="utf-8", categories=["L", "N", "Zs", "P"]),
                             min_size=1, max_size=30).filter(lambda t: t.strip()))
        sessions.append((start, length, " ".join(title.split())))
        start += length
    return sessions


@given(programmes(), st.sampled_from(["xlsx", ",", ";", "\t"]), st.booleans())
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_valid_sheet_imports_to_the_same_times_and_titles(tmp_path, sessions, form, with_end):
    day = date(2024, 3, 13)

    def clock(minutes):
        return time(minutes // 60, minutes % 60)

    header = ["Date", "Start", "End" if with_end else "Duration", "Title"]
    rows = [header] + [[day if form == "xlsx" else day.isoformat(),
                        clock(s) if form == "xlsx" else f"{clock(s):%H:%M}",
                        clock(s + n) if with_end else n, title] for s, n, title in sessions]
    path = (workbook(tmp_path / "p.xlsx", {"P": rows}) if form == "xlsx"
            else csv_file(tmp_path / "p.csv", rows, delimiter=form))
    agenda, _ = imported(path, first=None)
    found = list(agenda.sessions())
    assert [(s.start.date(), hhmm(s.start), s.duration_s // 60, s.title.get(agenda.languages[0]))
            for s in found] == [(day, f"{clock(s):%H:%M}", n, title) for s, n, title in sessions]


@given(st.integers(0, 24 * 60 - 1), st.integers(1, 600))
def test_a_time_and_a_duration_read_the_same_however_they_are_written(minutes, length):
    clock = time(minutes // 60, minutes % 60)
    twelve = f"{(clock.hour - 1) % 12 + 1}:{clock.minute:02d} {'PM' if clock.hour >= 12 else 'AM'}"
    for written in (f"{clock:%H:%M}", f"{clock:%H.%M}", f"{clock.hour}h{clock.minute:02d}", twelve,
                    clock, fraction(clock), f"2024-03-13 {clock:%H:%M}", f"{clock:%H:%M} Uhr",
                    f"{clock:%H.%M} h", f"{clock:%H:%M} hrs",
                    f"2024-03-13T{clock:%H:%M}:00+01:00", f"2024-03-13T{clock:%H:%M}:00-05:30",
                    f"2024-03-13T{clock:%H:%M}:00Z"):
        assert clock_of(written)[1] == clock, written
    offsets = [utc_offset(f"2024-03-13T{clock:%H:%M}:00{offset}") for offset in ("+01:00", "-05:30", "Z", "")]
    assert offsets == [timedelta(hours=1), -timedelta(hours=5, minutes=30), timedelta(0), None]
    hours, rest = divmod(length, 60)
    for written in (length, f"{length}", f"{length} min", f"{hours}:{rest:02d}", f"{hours}h{rest}",
                    timedelta(minutes=length), length / 1440 if length < 1440 else length):
        assert minutes_of(written) == length, written


# -- broken input: located, exit 2, nothing written ----------------------------------------
BROKEN = {
    "bad-time.csv": ([["Start", "End", "Title"], ["10:00", "11:00", "A"], ["25:00", "26:00", "B"]],
                     "3:1", "not a time of day"),
    "overlap.csv": ([["Start", "End", "Title"], ["10:00", "11:00", "A"], ["10:30", "11:30", "B"]],
                    "3:1", "before the session of row 2"),
    "end-first.csv": ([["Start", "End", "Title"], ["10:00", "09:00", "A"]], "2:7", "not after its start"),
    "no-title.csv": ([["Start", "End", "Title"], ["10:00", "11:00", ""]], "2:13", "no title"),
    "no-header.csv": ([["a", "b"], ["1", "2"]], "1:1", "no header row"),
    "bad-duration.csv": ([["Start", "Duration", "Title"], ["10:00", "soon", "A"]], "2:7", "not a duration"),
    "bad-anchor.csv": ([["Start", "End", "Title", "Hard start"], ["10:00", "11:00", "A", "maybe"]], "2:15",
                       "hard_start: 'maybe' is not yes or no"),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_a_broken_sheet_is_located_exits_2_and_leaves_no_file(tmp_path, name):
    rows, where, words = BROKEN[name]
    source = csv_file(tmp_path / name, rows)
    out = tmp_path / "out.yaml"
    result = run("import", str(source), "-o", str(out), "--timezone", "UTC", "--date", "2024-03-13")
    assert result.returncode == 2
    assert f"{source}:{where}: " in result.stderr and words in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_a_sheet_without_dates_asks_for_date(tmp_path):
    source = csv_file(tmp_path / "undated.csv", [["Start", "End", "Title"], ["10:00", "11:00", "A"]])
    result = run("import", str(source), "-o", str(tmp_path / "o.yaml"))
    assert result.returncode == 2 and f"{source}:2:1: " in result.stderr
    assert "--date YYYY-MM-DD" in result.stderr
    assert not (tmp_path / "o.yaml").exists()


def test_a_file_that_is_not_a_workbook_is_located(tmp_path):
    source = tmp_path / "fake.xlsx"
    source.write_text("Start,End,Title\n", encoding="utf-8")
    result = run("import", str(source))
    assert result.returncode == 2 and f"{source}:1:1: not an XLSX workbook" in result.stderr


def damaged(tmp_path, how: str):
    """A real workbook of ours, damaged as disks and e-mail damage them, or a zip bomb."""
    import zipfile

    good = workbook(tmp_path / "good.xlsx", {"Programme": [["Date", "Start", "End", "Title"],
                                                          [date(2024, 3, 13), time(10, 0), time(11, 0),
                                                           "Opening"]]})
    bad = tmp_path / f"{how}.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as out:
        for part in source.infolist():
            data = source.read(part)
            if part.filename.endswith("sheet1.xml") and how == "truncated":
                data = data[: len(data) // 2]  # the XML stops mid-tag
            if part.filename.endswith("sheet1.xml") and how == "bomb":
                padding = b" " * (40 * 2**20)  # 40 MiB of nothing: 40 KB once deflated
                data = data.replace(b"</sheetData>", b"<row r='3'>" + padding + b"</row></sheetData>")
            out.writestr(part, data)
    if how == "corrupt":  # deflated bytes overwritten in the middle of the file
        raw = bytearray(bad.read_bytes())
        middle = len(raw) // 2
        raw[middle:middle + 64] = bytes(64)
        bad.write_bytes(bytes(raw))
    return bad


@pytest.mark.parametrize("how", ["truncated", "corrupt", "bomb"])
def test_a_damaged_workbook_or_a_zip_bomb_is_a_located_error_at_once(tmp_path, how):
    """Not a traceback (and in the app, not an import that silently does nothing), nor
    minutes and gigabytes spent before saying no."""
    source = damaged(tmp_path, how)
    started = time_now()
    result = run("import", str(source), "-o", str(tmp_path / "o.yaml"))
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
    assert f"{source}:1:1: " in result.stderr
    assert time_now() - started < 20
    assert not (tmp_path / "o.yaml").exists()


def test_the_command_imports_a_workbook_and_the_result_passes_check(tmp_path):
    rows = [["Date", "Start", "End", "Title", "Room"],
            [date(2024, 3, 13), time(10, 0), time(10, 10), "开幕", "Room 1"],
            [date(2024, 3, 14), time(9, 0), time(9, 45), "第二天开幕", "Room 1"]]
    source = workbook(tmp_path / "two-days.xlsx", {"Sheet1": rows})
    out = tmp_path / "agenda.yaml"
    result = run("import", str(source), "-o", str(out), "--timezone", "Asia/Shanghai",
                 "--room", "Room 1")
    assert result.returncode == 0, result.stderr
    assert run("check", str(out)).returncode == 0
    agenda = load_agenda(out)
    assert [d.date for d in agenda.days] == [r[0] for r in rows[1:]]
    assert [s.title.get("zh") for s in agenda.sessions()] == [r[3] for r in rows[1:]]
    assert f"{source}:Sheet1!B2: guessed: kind opening" in result.stderr
    assert "2 day(s), 2 sessions" in result.stderr


def test_sheet_and_columns_are_refused_for_a_csv_sheet_option(tmp_path):
    source = csv_file(tmp_path / "a.csv", [["Start", "End", "Title"], ["10:00", "11:00", "A"]])
    result = run("import", str(source), "--sheet", "X", "--date", "2024-03-13")
    assert result.returncode == 2 and "a CSV file has one sheet only" in result.stderr
    result = run("import", str(source), "--columns", "colour=Farbe", "--date", "2024-03-13")
    assert result.returncode == 2 and "'colour' is not a field" in result.stderr


def test_a_day_row_dates_the_rows_below_it(tmp_path):
    rows = [["Start", "End", "Title"], ["Wednesday, 13 March 2024"], ["10:00", "11:00", "A"],
            ["Thursday, 14 March 2024"], ["10:00", "11:00", "B"]]
    agenda, _ = imported(csv_file(tmp_path / "days.csv", rows))
    assert [(d.date, d.sessions[0].title.get("en")) for d in agenda.days] == [
        (date(2024, 3, 13), "A"), (date(2024, 3, 13) + timedelta(days=1), "B")]


def test_a_date_cell_alone_on_its_row_dates_the_workbook_rows_below_it(tmp_path):
    days = [date(2024, 3, 13), date(2024, 3, 14)]
    rows = [["Start", "End", "Title"], [days[0]], [time(10, 0), time(11, 0), "A"],
            [days[1]], [time(9, 30), time(10, 0), "B"]]
    agenda, _ = imported(workbook(tmp_path / "days.xlsx", {"Days": rows}))
    assert [(d.date, d.sessions[0].title.get("en")) for d in agenda.days] == [(days[0], "A"), (days[1], "B")]
