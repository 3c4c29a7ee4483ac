"""The technician console, driven through its real widgets (buttons, selection, keys)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QApplication

from runofshow.clock import SimulatedClock
from runofshow.journal import Journal
from runofshow.loader import load_agenda
from runofshow.projection import LIVE, SKIPPED, UPCOMING
from runofshow.show import Show
from tests.conftest import WIPO, zurich_s
from ui.console import ConsoleWindow
from ui.controller import ShowController
from ui.rundown_model import (
    ADJUSTED,
    COMPRESSED,
    FLAGS,
    HEADERS,
    LATE,
    PROJECTED,
    STATE,
    STATE_ROLE,
    TITLE,
)


@pytest.fixture(scope="module")
def agenda():
    return load_agenda(WIPO)


@pytest.fixture
def make(qtbot, tmp_path, agenda):
    """make(at, rehearsal=True) -> (window, controller, clock) on a frozen rehearsal clock."""

    journals = iter(range(1000))

    def build(at=None, rehearsal: bool = True, before=None):
        clock = SimulatedClock(at or zurich_s(13, "09:58"), speed=0.0)
        journal = Journal.open(tmp_path / f"j{next(journals)}.jsonl", agenda.source)
        show = Show(agenda, journal, clock, rehearsal=rehearsal)
        controller = ShowController(show)
        if before is not None:
            before(controller, clock)
        window = ConsoleWindow(controller)
        qtbot.addWidget(window)
        window.resize(1280, 720)
        window.show()
        return window, controller, clock

    return build


def select(window: ConsoleWindow, session_id: str) -> None:
    """Select a row the way a click does: through the view's selection model."""
    for index, model in enumerate(window.models):
        row = model.row_of(session_id)
        if row is not None:
            window.tabs.setCurrentIndex(index)
            view = window.views[index]
            view.selectionModel().select(
                model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            return
    raise KeyError(session_id)


def click(qtbot, window: ConsoleWindow, name: str) -> None:
    button = window.buttons[name]
    assert button.isEnabled(), f"{name} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def cell(window: ConsoleWindow, session_id: str, column: int, role=Qt.ItemDataRole.DisplayRole):
    for model in window.models:
        row = model.row_of(session_id)
        if row is not None:
            return model.index(row, column).data(role)
    raise KeyError(session_id)


def hhmm(controller, epoch_s: int | None) -> str:
    return f"{controller.agenda.local(epoch_s):%H:%M}"


# -- the rundown --------------------------------------------------------------------------

def test_one_tab_per_day_and_one_row_per_session_matching_the_projection(make, agenda):
    window, controller, _ = make()
    assert window.tabs.count() == len(agenda.days)
    projection = controller.projection()
    for model, day in zip(window.models, projection.days, strict=True):
        assert model.rowCount() == len(day.sessions)
        assert model.columnCount() == len(HEADERS)
        for row, item in enumerate(day.sessions):
            projected = f"{hhmm(controller, item.start_s)}–{hhmm(controller, item.end_s)}"
            assert model.index(row, PROJECTED).data() == projected
            assert model.session_id(row) == item.id
    title = cell(window, "d1-opening", TITLE)
    assert title.splitlines() == ["开幕", "Opening"]  # primary, then secondary language


def test_default_tab_is_the_live_sessions_day_else_today(make):
    def live_on_day_two(controller, clock):
        clock.jump_to(zurich_s(14, "10:00"))
        controller.start("d2-opening")

    window, _, _ = make(at=zurich_s(13, "09:00"), before=live_on_day_two)
    assert window.tabs.currentIndex() == 1
    assert "LIVE" in window.tabs.tabText(1)
    window, _, _ = make(at=zurich_s(14, "08:00"))
    assert window.tabs.currentIndex() == 1
    window, _, _ = make(at=zurich_s(12, "08:00"))  # before the show: its first day
    assert window.tabs.currentIndex() == 0


def test_start_selected_session_makes_it_live_and_moves_the_times(make, qtbot):
    window, _, clock = make()
    clock.jump_to(zurich_s(13, "10:03"))
    select(window, "d1-opening")
    click(qtbot, window, "start")
    assert cell(window, "d1-opening", STATE, STATE_ROLE) == LIVE
    assert cell(window, "d1-opening", STATE) == "▶ LIVE"
    assert cell(window, "d1-opening", LATE) == "+3:00"
    assert cell(window, "d1-panel-1", PROJECTED) == "10:13–11:33"
    assert cell(window, "d1-opening", STATE, Qt.ItemDataRole.BackgroundRole) is not None
    assert cell(window, "d1-opening", STATE, Qt.ItemDataRole.FontRole).bold()
    assert "start d1-opening" in window.statusBar().currentMessage()
    assert not window.buttons["start"].isEnabled()  # it is live already
    assert window.buttons["end"].isEnabled() and window.buttons["undo"].isEnabled()


def test_extend_selected_changes_projected_end_and_day_summary(make, qtbot):
    window, controller, clock = make()
    clock.jump_to(zurich_s(13, "10:00"))
    controller.start("d1-opening")
    select(window, "d1-opening")
    click(qtbot, window, "extend+5")
    assert cell(window, "d1-opening", PROJECTED) == "10:00–10:15"
    assert cell(window, "d1-opening", ADJUSTED) == "+5:00"
    assert "5 min taken from flexible slots" in window.summary.status.text()

    # the last session is a hard end: extending it moves the day's end and breaches it
    assert window.summary.values["projected"].text() == "18:00"
    select(window, "d1-close")
    click(qtbot, window, "extend+5")
    assert window.summary.values["projected"].text() == "18:05"
    assert window.summary.values["late"].text() == "late +5:00"
    assert "d1-close" in window.summary.breaches.text()
    assert window.summary.breaches.isVisibleTo(window)
    assert cell(window, "d1-close", FLAGS).startswith("⚠")


def test_compress_selected_shortens_it_by_hand(make, qtbot):
    window, _, _ = make()
    select(window, "d1-panel-1")
    click(qtbot, window, "extend-5")
    assert cell(window, "d1-panel-1", ADJUSTED) == "−5:00"
    assert cell(window, "d1-panel-1", PROJECTED) == "10:10–11:25"


def test_cascade_compression_shows_in_its_column(make):
    window, controller, clock = make()
    clock.jump_to(zurich_s(13, "10:00"))
    controller.start("d1-opening")
    controller.extend(20)  # the lunch (flexible) gives 20 minutes to hold 15:00
    assert cell(window, "d1-lunch", COMPRESSED) == "−20:00"


def test_skip_then_unskip(make, qtbot):
    window, _, _ = make()
    select(window, "d1-fireside")
    assert not window.buttons["unskip"].isEnabled()
    click(qtbot, window, "skip")
    assert cell(window, "d1-fireside", STATE, STATE_ROLE) == SKIPPED
    assert cell(window, "d1-fireside", PROJECTED) == "—"
    assert cell(window, "d1-fireside", STATE, Qt.ItemDataRole.FontRole).strikeOut()
    assert not window.buttons["skip"].isEnabled()
    click(qtbot, window, "unskip")
    assert cell(window, "d1-fireside", STATE, STATE_ROLE) == UPCOMING
    assert cell(window, "d1-fireside", PROJECTED) == "11:30–12:00"


def test_done_rows_are_dimmed_and_cannot_be_started_or_extended(make, qtbot):
    window, controller, clock = make()
    clock.jump_to(zurich_s(13, "10:00"))
    controller.start("d1-opening")
    clock.jump_to(zurich_s(13, "10:10"))
    controller.next()
    select(window, "d1-opening")
    assert cell(window, "d1-opening", STATE, Qt.ItemDataRole.ForegroundRole) is not None
    for name in ("start", "skip", "unskip", "extend+1", "extend-5"):
        assert not window.buttons[name].isEnabled(), name


def test_undo_redo_buttons_and_shortcuts(make, qtbot):
    window, controller, clock = make()
    assert not window.buttons["undo"].isEnabled() and not window.buttons["redo"].isEnabled()
    clock.jump_to(zurich_s(13, "10:00"))
    select(window, "d1-opening")
    click(qtbot, window, "start")
    click(qtbot, window, "undo")
    assert cell(window, "d1-opening", STATE, STATE_ROLE) == UPCOMING
    assert window.buttons["redo"].isEnabled() and not window.buttons["undo"].isEnabled()
    click(qtbot, window, "redo")
    assert cell(window, "d1-opening", STATE, STATE_ROLE) == LIVE

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.current_view(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert controller.projection().live is None
    qtbot.keyClick(window.current_view(), Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert controller.projection().live.id == "d1-opening"


def test_next_and_end_buttons(make, qtbot):
    window, controller, clock = make()
    assert not window.buttons["end"].isEnabled()
    clock.jump_to(zurich_s(13, "10:00"))
    click(qtbot, window, "next")  # nothing live: starts the session that is due
    assert controller.projection().live.id == "d1-opening"
    clock.jump_to(zurich_s(13, "10:09"))
    click(qtbot, window, "next")
    assert controller.projection().live.id == "d1-panel-1"
    click(qtbot, window, "end")
    assert controller.projection().live is None
    assert not window.buttons["end"].isEnabled()


def test_refused_action_is_shown_in_the_status_bar(make):
    window, controller, _ = make()
    controller.unskip("d1-opening")
    assert window.statusBar().currentMessage() == "Refused: d1-opening is not skipped"


def test_selection_survives_ticks_and_actions(make, qtbot):
    window, controller, clock = make()
    select(window, "d1-fireside")
    model = window.current_model()
    with qtbot.assertNotEmitted(model.modelReset), qtbot.assertNotEmitted(model.layoutChanged):
        clock.jump_to(zurich_s(13, "10:20"))  # nothing started: the day slips, cells change
        with qtbot.waitSignal(model.dataChanged):
            controller.tick()
        controller.start("d1-opening")
    assert window.selected_session() == "d1-fireside"
    assert cell(window, "d1-panel-1", LATE) == "+20:00"


def test_context_menu_offers_the_session_actions(make):
    window, _, _ = make()
    select(window, "d1-fireside")
    menu = window.context_menu()
    names = [action.objectName() for action in menu.actions() if not action.isSeparator()]
    assert names == ["start", "skip", "unskip", "extend+1", "extend+5", "extend-1", "extend-5"]


def test_columns_are_wide_enough_for_their_text(make):
    window, controller, clock = make()
    clock.jump_to(zurich_s(13, "10:00"))
    controller.start("d1-opening")
    controller.extend(35)
    view = window.current_view()
    bold = QFont(view.font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    model = window.current_model()
    for row in range(model.rowCount()):
        for column in range(TITLE):
            text = model.index(row, column).data()
            assert metrics.horizontalAdvance(text) + 6 <= view.columnWidth(column), (row, text)


# -- projector controls -----------------------------------------------------------------------

def test_screen_combo_sets_the_projector_screen_and_reflects_it(make, qtbot):
    window, controller, _ = make()
    combo = window.projector.screen_combo
    assert combo.count() == 1 + len(QGuiApplication.screens())
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert controller.display.projector_screen == QGuiApplication.screens()[0].name()
    controller.update_display(projector_screen="HDMI-2")  # remembered from another room
    assert combo.currentText() == "HDMI-2 (not connected)"
    controller.update_display(projector_screen=None)
    assert combo.currentIndex() == 0


def test_fullscreen_and_blackout_checkboxes(make, qtbot):
    window, controller, _ = make()
    panel = window.projector
    assert panel.fullscreen.isChecked() == controller.display.fullscreen
    qtbot.mouseClick(panel.blackout, Qt.MouseButton.LeftButton)
    assert controller.display.blackout is True
    qtbot.mouseClick(panel.fullscreen, Qt.MouseButton.LeftButton)
    assert controller.display.fullscreen is False
    controller.update_display(blackout=False)  # changed elsewhere (the chair's window)
    assert not panel.blackout.isChecked()


def test_message_send_blink_and_clear(make, qtbot):
    window, controller, _ = make()
    panel = window.projector
    panel.message_edit.insert("还剩五分钟 ")  # as an input method commits it (QTest types ASCII only)
    qtbot.keyClicks(panel.message_edit, "5 min")
    assert controller.display.message == ""  # a draft is not on stage until sent
    qtbot.mouseClick(panel.blink, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
    assert controller.display.message == "还剩五分钟 5 min"
    assert controller.display.blink is True
    assert "还剩五分钟" in panel.on_stage.text()
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert controller.display.message == ""
    assert panel.message_edit.text() == ""


# -- rehearsal and fonts ---------------------------------------------------------------------

def test_rehearsal_marker_and_speed_switch(make, qtbot):
    window, _, clock = make()
    assert window.rehearsal_badge.isVisibleTo(window)
    assert window.speed_box.isVisibleTo(window)
    qtbot.mouseClick(window.speed_group.button(1), Qt.MouseButton.LeftButton)
    assert clock.speed == 10.0
    assert window.speed_group.button(1).isChecked()


def test_no_speed_switch_outside_rehearsal(make):
    window, _, _ = make(rehearsal=False)
    assert not window.rehearsal_badge.isVisibleTo(window)
    assert not window.speed_box.isVisibleTo(window)


def test_font_warning_banner(make, monkeypatch):
    monkeypatch.setattr("ui.console.missing_font_message", lambda: None)
    window, _, _ = make()
    assert not window.font_banner.isVisibleTo(window)
    monkeypatch.setattr("ui.console.missing_font_message", lambda: "No Chinese font")
    window, _, _ = make()
    assert window.font_banner.isVisibleTo(window)
    assert window.font_banner.text() == "No Chinese font"


def test_a_narrow_window_keeps_titles_readable(make, qtbot):
    from ui.rundown_view import TITLE_MIN_PX

    window, _, _ = make()
    window.resize(1024, 640)
    view = window.current_view()
    qtbot.waitUntil(lambda: view.viewport().width() < 700)
    assert view.columnWidth(TITLE) >= TITLE_MIN_PX
    assert view.columnWidth(PROJECTED) == view.natural_widths[PROJECTED]  # times never elide
