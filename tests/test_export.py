"""`runofshow export` (docs/export.md): the real WIPO agenda, a journal written by a real
Show on a simulated clock, an events file; each output read back with the real libraries
and held against runofshow's own projection."""

from __future__ import annotations

import csv
import html
import io
import os
import time

import openpyxl
import pytest
import yaml
from hypothesis import given
from icalendar import Calendar

from runofshow.actions import ActionKind
from runofshow.clock import SimulatedClock
from runofshow.export import ExportError, render, write_atomically
from runofshow.export.report import build_report
from runofshow.journal import action_to_json, journal_path
from runofshow.loader import load_agenda
from runofshow.projection import SKIPPED, project
from runofshow.show import Show
from tests.conftest import WIPO, zurich_s
from tests.test_cli import run
from tests.test_properties import SETTINGS, shows

AGENDA = load_agenda(WIPO)


def drive_show(path, agenda=AGENDA) -> list:
    """A morning of the WIPO show as a chair runs it: late opening, extensions, a skip, an
    undo; the journal is the Show's own file."""
    clock = SimulatedClock(zurich_s(13, "10:01", second=30), speed=0.0)
    show = Show.open(agenda, WIPO, rehearse=True, journal_file_path=path, clock=clock)
    try:
        show.do(ActionKind.START, "d1-opening")
        clock.jump_to(zurich_s(13, "10:13"))
        show.do(ActionKind.NEXT)
        clock.jump_to(zurich_s(13, "10:40"))
        show.do(ActionKind.EXTEND, minutes=5)
        show.do(ActionKind.SKIP, "d1-training-data")
        show.do(ActionKind.EXTEND, minutes=10)
        show.undo()  # the 10 minutes were a slip of the key
        clock.jump_to(zurich_s(13, "11:41", second=12))
        show.do(ActionKind.NEXT)
        clock.jump_to(zurich_s(13, "12:20"))
        show.do(ActionKind.NEXT)  # the fireside ran short; training data is skipped
        return list(show.actions)
    finally:
        show.close()


@pytest.fixture
def journal(tmp_path):
    path = tmp_path / "show.jsonl"
    return path, drive_show(path)


@pytest.fixture
def events(tmp_path, journal):
    _, actions = journal
    path = tmp_path / "events.yaml"
    path.write_text(yaml.safe_dump([action_to_json(a, AGENDA.timezone) for a in actions],
                                   allow_unicode=True), encoding="utf-8")
    return path


def export(tmp_path, fmt, *source, name=None):
    out = tmp_path / (name or f"out.{fmt}")
    result = run("export", str(WIPO), *source, "--format", fmt, "-o", str(out))
    assert result.returncode == 0, result.stderr
    return out


def iso(epoch_s):
    return "" if epoch_s is None else AGENDA.local(epoch_s).isoformat()


def projection_now(actions):
    # every day of the WIPO agenda is past, so the projection is the same at any moment now
    return project(AGENDA, actions, int(time.time()))


def test_csv_after_the_show_is_planned_against_the_projection(tmp_path, journal):
    path, actions = journal
    out = export(tmp_path, "csv", "--journal", str(path))
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    projection = projection_now(actions)
    assert [r["id"] for r in rows] == [s.id for s in AGENDA.sessions()]
    started = {a.session for a in actions if a.kind == "start"} | {"d1-panel-1", "d1-fireside",
                                                                   "d1-fair-remuneration"}
    for row in rows:
        item = projection.session(row["id"])
        session = item.session
        assert row["title_zh"] == session.title.get("zh") and row["title_en"] == session.title.get("en")
        assert row["planned_start"] == session.start.isoformat()
        assert row["planned_end"] == session.end.isoformat()
        assert row["projected_start"] == iso(item.start_s)
        assert row["extended_by_s"] == str(item.adjusted_by_s)
        assert row["compressed_by_s"] == str(item.compressed_by_s)
        assert (row["status"] == "skipped") == (item.state == SKIPPED)
        if row["id"] in started:
            assert row["status"] == "held"
            assert (row["actual_start"], row["actual_end"]) == (iso(item.start_s), iso(item.end_s))
            over = (item.end_s - item.start_s) - session.duration_s
            assert row["over_by_s"] == str(over)
            assert row["started_late_by_s"] == str(item.start_s - session.start_s)
        else:
            assert row["actual_start"] == row["actual_end"] == row["over_by_s"] == ""
    panel = next(r for r in rows if r["id"] == "d1-panel-1")
    assert panel["extended_by_s"] == "300" and "ran over" in panel["note"]  # the undo held
    assert next(r for r in rows if r["id"] == "d1-training-data")["status"] == "skipped"


def test_the_events_file_and_the_journal_give_the_same_report(tmp_path, journal, events):
    path, _ = journal
    from_journal = export(tmp_path, "csv", "--journal", str(path), name="j.csv")
    from_events = export(tmp_path, "csv", "--events", str(events), name="e.csv")
    assert from_journal.read_bytes() == from_events.read_bytes()


def test_without_actions_the_export_is_the_plan(tmp_path):
    out = export(tmp_path, "csv")
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    projection = projection_now([])
    assert {r["status"] for r in rows} == {"planned"}
    for row in rows:
        item = projection.session(row["id"])
        assert (row["projected_start"], row["projected_end"]) == (iso(item.start_s), iso(item.end_s))
        assert row["actual_start"] == ""


HOSTILE = """
title: T
timezone: Europe/Zurich
days:
  - date: 2024-03-13
    sessions:
      - {id: s1, start: "10:00", end: "10:30", title: "=HYPERLINK(\\"http://evil.example\\",\\"x\\")",
         speakers: ["+41 22 338 9111", "@admin"]}
      - {id: s2, end: "11:00", title: "E\\x02cient AI systems"}
"""


def test_a_title_is_never_a_formula_nor_a_control_character_in_a_table(tmp_path, write_agenda):
    """Titles and names from a call for papers reach the tables as text: a spreadsheet runs
    none of them as a formula (CSV: behind an apostrophe; XLSX: text cells), and a control
    character copied out of a PDF neither breaks the XLSX (openpyxl refused the whole file)
    nor stays in the CSV."""
    agenda = write_agenda(HOSTILE, "hostile.yaml")
    assert agenda.session("s2").title.get("en") == "E\x02cient AI systems"
    source = tmp_path / "hostile.yaml"
    for kind in ("csv", "xlsx"):
        result = run("export", str(source), "--format", kind, "-o", str(tmp_path / f"out.{kind}"))
        assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO((tmp_path / "out.csv").read_text(encoding="utf-8-sig"))))
    assert rows[0]["title"].startswith("'=HYPERLINK(") and rows[0]["speakers"].startswith("'+41")
    assert rows[1]["title"] == "Ecient AI systems"
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx").active
    cells = {cell.value: cell.data_type for row in sheet.iter_rows(min_row=2) for cell in row
             if isinstance(cell.value, str)}
    assert cells['=HYPERLINK("http://evil.example","x")'] == "s"  # text, not "f"
    assert "Ecient AI systems" in cells


def test_xlsx_has_time_cells_a_frozen_header_and_the_projections_times(tmp_path, journal):
    path, actions = journal
    out = export(tmp_path, "xlsx", "--journal", str(path))
    sheet = openpyxl.load_workbook(out).active
    assert sheet.freeze_panes == "A2"
    header = [c.value for c in sheet[1]]
    assert header[:5] == ["day", "id", "kind", "title_zh", "title_en"]
    column = {name.split(" ")[0]: i for i, name in enumerate(header)}
    assert header[column["actual_start"]] == "actual_start (Europe/Zurich)"
    projection = projection_now(actions)
    body = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(body) == AGENDA.count()
    for values in body:
        item = projection.session(values[column["id"]])
        assert values[column["title_zh"]] == item.session.title.get("zh")
        assert values[column["planned_start"]] == item.session.start.replace(tzinfo=None)
        if values[column["status"]] == "held":
            assert values[column["actual_start"]] == AGENDA.local(item.start_s).replace(tzinfo=None)
            assert values[column["actual_end"]] == AGENDA.local(item.end_s).replace(tzinfo=None)
    widths = [sheet.column_dimensions[chr(ord("A") + column["title_zh"])].width,
              sheet.column_dimensions[chr(ord("A") + column["kind"])].width]
    assert widths[0] > widths[1]  # the long Chinese titles get the wider column


def test_ics_has_the_agendas_zone_stable_uids_and_both_languages(tmp_path, journal):
    path, actions = journal
    first = Calendar.from_ical(export(tmp_path, "ics", "--journal", str(path), name="a.ics").read_bytes())
    again = Calendar.from_ical(export(tmp_path, "ics", name="b.ics").read_bytes())
    zones = [str(tz["TZID"]) for tz in first.walk("VTIMEZONE")]
    assert zones == ["Europe/Zurich"]
    events = first.walk("VEVENT")
    assert len(events) == AGENDA.count()
    uids = [str(e["UID"]) for e in events]
    assert len(set(uids)) == len(uids) and uids == [str(e["UID"]) for e in again.walk("VEVENT")]
    projection = projection_now(actions)
    for event, session in zip(events, AGENDA.sessions(), strict=True):
        item = projection.session(session.id)
        start = event.decoded("DTSTART")
        assert str(event["DTSTART"].params["TZID"]) == "Europe/Zurich"
        assert session.title.get("zh") in str(event["SUMMARY"])
        assert session.title.get("en") in str(event["SUMMARY"])
        if item.state == SKIPPED:
            assert str(event["STATUS"]) == "CANCELLED" and start == session.start
        else:
            assert int(start.timestamp()) == item.start_s
            assert int(event.decoded("DTEND").timestamp()) == item.end_s


def test_ics_writes_no_sequence_and_the_same_data_gives_the_same_events(tmp_path):
    """docs/export.md, "No SEQUENCE": nothing an export reads grows with each change of an
    event, so none is written (a number that is only sometimes higher makes calendars keep
    an old time); two exports of the same agenda differ in their DTSTAMP only."""
    first, again = (Calendar.from_ical(export(tmp_path, "ics", name=name).read_bytes())
                    for name in ("a.ics", "b.ics"))
    assert not [e for e in first.walk("VEVENT") if "SEQUENCE" in e]

    def without_stamp(calendar) -> list[bytes]:
        return [b"".join(line for line in e.to_ical().splitlines(keepends=True)
                         if not line.startswith(b"DTSTAMP")) for e in calendar.walk("VEVENT")]

    assert without_stamp(first) == without_stamp(again)


def test_html_is_a_self_contained_run_sheet_in_both_languages(tmp_path, journal):
    path, actions = journal
    page = export(tmp_path, "html", "--journal", str(path)).read_text(encoding="utf-8")
    for marker in ("src=", "href=", "url(", "@import", "<script", "<link"):
        assert marker not in page
    assert "Noto Sans CJK SC" in page
    projection = projection_now(actions)
    for session in AGENDA.sessions():
        item = projection.session(session.id)
        assert html.escape(session.title.get("zh")) in page
        assert html.escape(session.title.get("en")) in page
        row = page[page.index(f'id="{session.id}"'):]
        row = row[:row.index("</tr>")]
        assert f"{session.start:%H:%M}–{session.end:%H:%M}" in row
        if item.start_s is not None:
            assert f"{AGENDA.local(item.start_s):%H:%M}–{AGENDA.local(item.end_s):%H:%M}" in row
        if session.hard_end:
            assert f"ends {session.end:%H:%M}" in row


@SETTINGS
@given(shows())
def test_report_actuals_are_the_projections_for_every_started_session(show):
    agenda, actions, now = show
    report = build_report(agenda, actions, now)
    projection = project(agenda, actions, now)
    started = {a.session for a in actions if a.kind == "start"}
    for row in report.rows:
        item = projection.session(row.session.id)
        if item.state == SKIPPED:
            assert row.status == "skipped" and row.actual_start is None
        elif row.actual_start is not None:
            assert int(row.actual_start.timestamp()) == item.start_s
            assert int(row.actual_end.timestamp()) == item.end_s
            assert row.over_by_s == (item.end_s - item.start_s) - row.session.duration_s
        if row.session.id in started and item.state != SKIPPED:
            assert row.actual_start is not None
    for fmt in ("csv", "html"):  # every format takes any report
        assert render(report, fmt)


def test_a_journal_that_does_not_fit_the_agenda_is_refused_located(tmp_path, write_agenda):
    other = write_agenda("""\
        title: Other
        timezone: Europe/Zurich
        days:
          - date: 2024-03-13
            sessions:
              - {id: x, start: "10:00", duration: 30, title: X}
        """)
    path = tmp_path / "other.jsonl"
    clock = SimulatedClock(zurich_s(13, "10:00"), speed=0.0)
    show = Show.open(other, other.source, rehearse=True, journal_file_path=path, clock=clock)
    show.do(ActionKind.START, "x")
    show.close()
    out = tmp_path / "out.csv"
    result = run("export", str(WIPO), "--journal", str(path), "--format", "csv", "-o", str(out))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"{path}:2:1: ") and "'x'" in result.stderr
    assert not out.exists() and not list(tmp_path.glob(".*.tmp"))


def test_a_damaged_journal_line_is_located(tmp_path, journal):
    path, _ = journal
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[2] = "{not json\n"
    path.write_text("".join(lines), encoding="utf-8")
    result = run("export", str(WIPO), "--journal", str(path), "--format", "csv",
                 "-o", str(tmp_path / "out.csv"))
    assert result.returncode == 2 and result.stderr.startswith(f"{path}:3:1: damaged journal line")
    assert not (tmp_path / "out.csv").exists()


def test_an_unwritable_output_is_a_clear_error_and_leaves_nothing(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    for out in (blocker / "out.csv", tmp_path / "missing" / "out.csv", tmp_path):
        before = sorted(tmp_path.rglob("*"))
        result = run("export", str(WIPO), "--format", "csv", "-o", str(out))
        assert result.returncode == 2 and "Traceback" not in result.stderr
        assert result.stderr.startswith(f"runofshow: error: cannot write {out}: ")
        assert sorted(tmp_path.rglob("*")) == before


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path, monkeypatch):
    out = tmp_path / "sheet.html"
    out.write_bytes(b"the previous export")

    def refuse(*_):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportError, match="No space left on device"):
        write_atomically(out, b"new")
    assert list(tmp_path.iterdir()) == [out] and out.read_bytes() == b"the previous export"


def test_journal_without_a_file_reads_the_shows_own_journals(tmp_path):
    folder = journal_path(WIPO, "2024-03-13", tmp_path / "data").parent
    actions = drive_show(folder / "2024-03-13.jsonl")
    out = export(tmp_path, "csv", "--journal")
    by_events = build_report(AGENDA, actions, int(time.time()))
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert [r["status"] for r in rows] == [r.status for r in by_events.rows]


def test_journal_without_a_file_and_no_show_says_so(tmp_path):
    result = run("export", str(WIPO), "--journal", "--format", "csv", "-o", str(tmp_path / "o.csv"))
    assert result.returncode == 2 and "no journal of" in result.stderr
    assert not (tmp_path / "o.csv").exists()
