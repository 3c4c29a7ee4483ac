"""Our own CSV and XLSX exports import back (docs/export.md, docs/import.md): the same
sessions, with their titles in every language, times, kinds, anchors, ids and speakers (what
the table carries; descriptions, minimum durations and parents it does not). Times written
with an offset are read in the agenda's zone; an offset of another zone is a located error.
Real files, exported and imported by the commands as real processes."""

from __future__ import annotations

from pathlib import Path

import pytest

from runofshow.loader import load_agenda
from runofshow.model import Agenda
from tests.conftest import REPO, WIPO
from tests.test_cli import run
from tests.test_export import HOSTILE, journal  # noqa: F401 (journal: a fixture, the WIPO morning)

LONG_DAY = REPO / "agendas" / "example-one-long-day.yaml"


def exported(tmp_path: Path, agenda: Path, fmt: str, *actions: str) -> Path:
    out = tmp_path / f"{agenda.stem}.{fmt}"
    result = run("export", str(agenda), *actions, "--format", fmt, "-o", str(out))
    assert result.returncode == 0, result.stderr
    return out


def imported(tmp_path: Path, table: Path, *options: str) -> tuple[Agenda, str]:
    out = tmp_path / "back.yaml"
    result = run("import", str(table), "-o", str(out), *options)
    assert result.returncode == 0, result.stderr
    return load_agenda(out), result.stderr


def what_the_table_carries(agenda: Agenda) -> list[tuple]:
    languages = agenda.languages
    return [(s.day, s.id, s.kind, tuple(s.title.get(lang) for lang in languages), s.start, s.end,
             s.hard_start, s.hard_end, tuple(name.pair(languages) for name in s.speakers))
            for s in agenda.sessions()]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@pytest.mark.parametrize("source", [WIPO, LONG_DAY], ids=["wipo", "long-day"])
def test_the_export_of_an_agenda_imports_as_the_same_sessions(tmp_path, source, fmt):
    agenda = load_agenda(source)
    back, report = imported(tmp_path, exported(tmp_path, source, fmt),
                            "--timezone", agenda.timezone.key)
    assert back.languages == agenda.languages
    assert what_the_table_carries(back) == what_the_table_carries(agenda)
    assert "guessed: kind" not in report and "guessed: hard_" not in report  # the table said them


def test_the_report_after_the_show_imports_as_the_plan(tmp_path, journal):  # noqa: F811
    """After the show the table has actual times, a skipped session and the report's note
    ("ran over by …"): the import takes the planned times, and the note is no description."""
    path, _ = journal
    table = exported(tmp_path, WIPO, "csv", "--journal", str(path))
    assert "ran over" in table.read_text(encoding="utf-8-sig")
    back, _ = imported(tmp_path, table, "--timezone", "Europe/Zurich")
    agenda = load_agenda(WIPO)
    assert what_the_table_carries(back) == what_the_table_carries(agenda)
    assert not [s.id for s in back.sessions() if s.description is not None]


def test_times_of_another_zone_are_a_located_error_said_once(tmp_path):
    table = exported(tmp_path, WIPO, "csv")
    out = tmp_path / "back.yaml"
    result = run("import", str(table), "-o", str(out), "--timezone", "Europe/London")
    assert result.returncode == 2 and not out.exists()
    [said] = [line for line in result.stderr.splitlines() if "UTC+01:00" in line]
    first = table.read_text(encoding="utf-8-sig").splitlines()[1]
    column = first.index("2024-03-13T10:00:00+01:00") + 1  # the first session's planned_start
    assert said.startswith(f"{table}:2:{column}: '2024-03-13T10:00:00+01:00' is at UTC+01:00, but "
                           "Europe/London is at UTC+00:00 then (and 45 more times like it)")
    assert "Traceback" not in result.stderr


def test_times_with_an_offset_and_no_zone_are_taken_as_written_and_said(tmp_path):
    back, report = imported(tmp_path, exported(tmp_path, WIPO, "csv"))
    assert "the times are written at UTC+01:00 but the file names no zone: give --timezone" in report
    assert [f"{s.start:%H:%M}" for s in back.sessions()][:2] == ["10:00", "10:10"]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_title_kept_from_running_as_a_formula_imports_as_it_was(tmp_path, write_agenda, fmt):
    """The CSV writes `'=HYPERLINK(…)` so that no spreadsheet runs it; read back, the
    apostrophe is gone again (the XLSX's text cell needs nothing undone)."""
    write_agenda(HOSTILE, "hostile.yaml")
    back, _ = imported(tmp_path, exported(tmp_path, tmp_path / "hostile.yaml", fmt),
                       "--timezone", "Europe/Zurich", "--language", "en")
    first = next(back.sessions())
    assert first.title.get("en") == '=HYPERLINK("http://evil.example","x")'
    assert [name.get("en") for name in first.speakers] == ["+41 22 338 9111", "@admin"]
