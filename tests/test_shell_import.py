"""A programme to import (a spreadsheet, a text) opened from the app under a live show: what
it became is shown before anything changes; Open writes the agenda beside it and starts
the show on it; Cancel and a broken programme leave everything as it was."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import Qt

from runofshow.loader import load_agenda
from tests.qt_helpers import live_shell
from tests.sheet_files import csv_file, workbook
from ui.import_dialog import ImportDialog

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
    shell_.windows.close()


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
    # no date anywhere in the sheet: the import says what is missing, nothing is shown
    assert not isinstance(dialog, ImportDialog)
    assert any("--date" in line for line in dialog.lines)
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
