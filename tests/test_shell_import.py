"""A programme to import (a spreadsheet, a text) opened from the app under a live show: what
it became is shown before anything changes; Open writes the agenda beside it and starts
the show on it; Cancel and a broken programme leave everything as it was."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt

from runofshow.loader import load_agenda, local_zone
from tests.qt_helpers import live_shell
from tests.schedule_files import Event, frab_xml
from tests.sheet_files import csv_file, workbook
from ui.import_dialog import ImportDialog
from ui.import_questions import ImportQuestions

ROWS = [["Programme de la journée"], ["Version 2, sous réserve"],
        ["Date", "Début", "Fin", "Titre", "Salle"],
        ["2024-03-13", "09:00", "09:15", "Ouverture", "Salle A"],
        ["2024-03-13", "09:15", "10:30", "Table ronde : la suite", "Salle A"],
        ["2024-03-13", "12:00", "13:30", "Déjeuner", "Salle A"],
        ["2024-03-13", "13:30", "", "Clôture", "Salle A"]]


@pytest.fixture
def shell(qtbot, tmp_path):
    shell_, _, _ = live_shell(tmp_path)
    yield shell_
    shell_.close()


def test_an_imported_programme_is_shown_with_its_guesses_then_opened(shell, qtbot, tmp_path):
    source = csv_file(tmp_path / "programme.csv", ROWS, delimiter=";", encoding="cp1252")
    assert not shell.open_agenda(str(source))  # not yet: the organiser looks first
    dialog = shell.dialog
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    assert shell.windows.controller.show.live_id == "d1-panel-1"  # the show goes on meanwhile
    assert "1 day, 4 sessions" in dialog.summary.text()
    assert str(tmp_path / "programme.yaml") in dialog.where.text()
    shown = dialog.text.toPlainText()
    assert "Windows-1252" in shown and "semicolons" in shown
    assert f"{source}:7:" in shown and "30 minutes" in shown  # the closing's stated default
    assert "kind meal" in shown and "left out" in shown
    assert dialog.lines == dialog.converted.report()

    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "programme.yaml"
    assert written.exists()
    agenda = shell.windows.controller.agenda
    assert agenda == load_agenda(written)
    assert [s.title.get("fr") for s in agenda.sessions()] == [row[3] for row in ROWS[3:]]
    assert shell.agenda_path == str(written)


def test_cancel_writes_nothing_and_keeps_the_show(shell, qtbot, tmp_path):
    rows = [["Uhrzeit", "Dauer", "Titel"], [time(10, 0), 30, "Eröffnung"]]
    source = workbook(tmp_path / "programm.xlsx", {"Tabelle1": [["Datum: 13.03.2024"], *rows]})
    windows = shell.windows
    shell.open_agenda(str(source))
    dialog = shell.dialog
    # no date anywhere in the sheet: the import asks for it, nothing is converted yet
    assert isinstance(dialog, ImportQuestions) and dialog.date is not None
    assert any("--date" in line for line in dialog.lines)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    source = workbook(tmp_path / "programm.xlsx",
                      {"Tabelle1": [["Datum", "Uhrzeit", "Dauer", "Titel"],
                                    ["2024-03-13", time(10, 0), 30, "Eröffnung"]]})
    shell.open_agenda(str(source))
    dialog = shell.dialog
    assert isinstance(dialog, ImportDialog)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".yaml") == ["wipo.yaml"]
    assert shell.windows is windows and windows.controller.show.live_id == "d1-panel-1"


def test_an_existing_agenda_beside_it_is_not_overwritten_and_save_as_chooses(shell, qtbot, tmp_path):
    source = csv_file(tmp_path / "wipo.csv", ROWS, delimiter=";")
    shell.open_agenda(str(source))
    dialog = shell.dialog
    assert dialog.converted.target == tmp_path / "wipo.imported.yaml"  # wipo.yaml is the show's
    chosen = tmp_path / "elsewhere" / "day.yaml"
    chosen.parent.mkdir()
    dialog.set_target(chosen)  # what Save as… does with the path chosen
    assert str(chosen) in dialog.where.text()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert chosen.exists() and shell.agenda_path == str(chosen)
    assert not (tmp_path / "wipo.imported.yaml").exists()


def test_a_broken_programme_is_located_and_the_show_goes_on(shell, tmp_path):
    rows = [["Start", "End", "Title"], ["10:00", "11:00", "A"], ["10:30", "10:20", "B"]]
    source = csv_file(tmp_path / "broken.csv", rows)
    windows = shell.windows
    assert not shell.open_agenda(str(source))
    assert shell.dialog.windowTitle() == "runofshow — cannot import the programme"
    assert any(line.startswith(f"{source}:3:") for line in shell.dialog.lines)
    assert shell.windows is windows and windows.controller.show.live_id == "d1-panel-1"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".yaml") == ["wipo.yaml"]


def test_a_reader_that_fails_on_a_file_is_said_and_the_show_goes_on(shell, tmp_path, monkeypatch):
    """A reader's own failure (a library raising on a file it could not handle) is said as
    a problem of that file, never a click that does nothing."""
    source = csv_file(tmp_path / "odd.csv", ROWS)

    def fails(path, answers):
        raise RuntimeError("the reader gave up")

    monkeypatch.setattr("runofshow.importing.convert.convert", fails)
    windows = shell.windows
    shell.import_programme(str(source))
    assert shell.dialog.windowTitle() == "runofshow — cannot import the programme"
    assert shell.dialog.lines == [f"{source}:1:1: cannot be read (RuntimeError: the reader gave up)"]
    assert shell.windows is windows and windows.controller.show.live_id == "d1-panel-1"


def test_a_schedule_with_several_rooms_asks_for_the_room_then_converts(shell, qtbot, tmp_path):
    zone = ZoneInfo("Europe/Berlin")
    day = date(2024, 12, 27)
    events = [Event(datetime(2024, 12, 27, 11, 0, tzinfo=zone), 40, "Opening", room="Saal 1"),
              Event(datetime(2024, 12, 27, 12, 0, tzinfo=zone), 60, "Keynote", room="Saal 1"),
              Event(datetime(2024, 12, 27, 11, 30, tzinfo=zone), 30, "Workshop", room="Saal GLITCH")]
    source = tmp_path / "schedule.xml"
    source.write_text(frab_xml("Congress", "Europe/Berlin", [(day, events)]), encoding="utf-8")
    shell.open_agenda(str(source))
    questions = shell.dialog
    assert isinstance(questions, ImportQuestions) and questions.isVisible()
    assert questions.date is None and questions.timezone is None
    assert questions.room is not None
    assert [questions.room.itemText(i) for i in range(questions.room.count())] == [
        "Saal 1", "Saal GLITCH"]
    assert any("--room" in line for line in questions.lines)
    questions.room.setCurrentText("Saal GLITCH")
    qtbot.mouseClick(questions.convert_button, Qt.MouseButton.LeftButton)
    dialog = shell.dialog
    assert isinstance(dialog, ImportDialog)
    assert [s.title.get("en") for s in dialog.converted.agenda.sessions()] == ["Workshop"]
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert shell.agenda_path == str(tmp_path / "schedule.yaml")


def test_a_sheet_without_dates_asks_for_the_date_and_cancel_keeps_the_show(shell, qtbot, tmp_path):
    rows = [["Start", "End", "Title"], ["09:00", "09:30", "Welcome"], ["09:30", "10:15", "Talk"]]
    source = csv_file(tmp_path / "day.csv", rows)
    shell.open_agenda(str(source))
    questions = shell.dialog
    assert isinstance(questions, ImportQuestions)
    assert questions.room is None and questions.timezone is None and questions.date is not None
    qtbot.mouseClick(questions.cancel_button, Qt.MouseButton.LeftButton)
    assert shell.dialog is questions and not questions.isVisible()
    assert shell.windows.controller.show.live_id == "d1-panel-1"

    shell.open_agenda(str(source))
    questions = shell.dialog
    questions.date.setDate(QDate(2025, 6, 3))
    qtbot.mouseClick(questions.convert_button, Qt.MouseButton.LeftButton)
    dialog = shell.dialog
    assert isinstance(dialog, ImportDialog)
    assert [d.date for d in dialog.converted.agenda.days] == [date(2025, 6, 3)]
    assert "2 sessions" in dialog.summary.text()


def test_a_file_that_needs_a_zone_offers_the_computers_own(shell, qtbot, tmp_path):
    # pretalx writes the zone its organisers typed; one that is no IANA name needs another
    start = datetime(2025, 6, 3, 9, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    source = tmp_path / "schedule.xml"
    source.write_text(frab_xml("Conf", "Tokyo time", [(start.date(), [Event(start, 30, "Welcome")])]),
                      encoding="utf-8")
    shell.open_agenda(str(source))
    questions = shell.dialog
    assert isinstance(questions, ImportQuestions), questions.lines
    assert questions.timezone is not None
    assert questions.timezone.currentText() == local_zone().key
    questions.timezone.setCurrentText("Asia/Tokyo")
    qtbot.mouseClick(questions.convert_button, Qt.MouseButton.LeftButton)
    dialog = shell.dialog
    assert isinstance(dialog, ImportDialog), dialog.lines
    assert dialog.converted.draft.timezone == "Asia/Tokyo"
