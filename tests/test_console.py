"""The technician console, driven through its real widgets (buttons, selection, keys)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from runofshow.clock import SimulatedClock
from runofshow.journal import Journal
from runofshow.loader import load_agenda
from runofshow.projection import LIVE, SKIPPED, UPCOMING
from runofshow.show import Show
from tests.conftest import WIPO, zurich_s
from ui.app import build_app
from ui.chair_commands import NEXT_PAUSE_S
from ui.console import ROOM_PROBLEM_COLOUR, ConsoleWindow
from ui.controller import ShowController
from ui.rundown_model import (
    ADJUSTED,
    COMPRESSED,
    FLAGS,
    HEADERS,
    ID,
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
    assert window.statusBar().currentMessage() == "Started: 开幕"  # the title, never the id
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
    assert window.summary.day_line.full_text == "on time (5 min taken from flexible slots)"

    # the last session is a hard end: extending it moves the day's end and breaches it
    assert window.summary.values["projected"].text() == "18:00"
    select(window, "d1-close")
    click(qtbot, window, "extend+5")
    assert window.summary.values["projected"].text() == "18:05"
    assert window.summary.values["late"].text() == "5 min late"
    # the anchor by its time and the lateness in whole minutes, as the chair says it
    assert window.summary.breaches.text() == "⚠ 18:00 close at risk by 5 min"
    assert window.summary.breaches.isVisibleTo(window)
    assert str(controller.board().day_status) == "18:00 close at risk by 5 min"
    assert not window.summary.day_line.isVisibleTo(window)  # said once, in red
    assert cell(window, "d1-close", FLAGS).startswith("⚠")
    assert cell(window, "d1-close", ADJUSTED) == "+5:00"  # the rundown keeps its precise m:ss
    assert "⚠ 18:00 close at risk by 5 min" in cell(window, "d1-close", TITLE, Qt.ItemDataRole.ToolTipRole)


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


def test_skipping_a_session_with_a_fixed_time_asks_first(make, qtbot):
    """A skipped session holds no anchor: skipping the closing remarks lifts the 18:00 close
    the interpreters stop at. The console says so and skips only on Yes; a session without
    a fixed time is skipped at once."""
    window, _, _ = make()
    asked = []
    answers = iter([False, True])
    window.ask = lambda title, question: asked.append(question) or next(answers)
    select(window, "d1-close")
    click(qtbot, window, "skip")
    assert asked == ["Skip “第1天结束”?\n\nIts fixed end at 18:00 goes with it: the sessions before it are "
                     "no longer shortened to keep it, and nothing will warn if the day runs past it."]
    assert cell(window, "d1-close", STATE, STATE_ROLE) == UPCOMING  # No: nothing skipped
    assert "Not skipped" in window.statusBar().currentMessage()
    click(qtbot, window, "skip")
    assert cell(window, "d1-close", STATE, STATE_ROLE) == SKIPPED
    select(window, "d1-panel-2")  # 15:00, the restart after lunch
    window.ask = lambda title, question: asked.append(question) or False
    click(qtbot, window, "skip")
    assert "Its fixed start at 15:00 goes with it" in asked[-1]
    assert cell(window, "d1-panel-2", STATE, STATE_ROLE) == UPCOMING
    asked.clear()
    select(window, "d1-fireside")
    click(qtbot, window, "skip")
    assert asked == [] and cell(window, "d1-fireside", STATE, STATE_ROLE) == SKIPPED


def test_the_real_skip_question_defaults_to_no(make, qtbot):
    """The dialog itself: Enter answers No, and the anchor stays."""
    window, _, _ = make()
    select(window, "d1-close")
    seen = {}

    def answer():
        box = QApplication.activeModalWidget()
        seen["default"] = box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        QTimer.singleShot(3000, box.reject)  # if Enter did not answer, the test fails, not hangs
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    click(qtbot, window, "skip")
    assert seen == {"default": True}
    assert cell(window, "d1-close", STATE, STATE_ROLE) == UPCOMING


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


class Fingers:
    """The real time the Next/End guard reads, moved by hand."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_next_and_end_buttons(make, qtbot):
    window, controller, clock = make()
    window.move_guard.now = fingers = Fingers()
    assert not window.buttons["end"].isEnabled()
    clock.jump_to(zurich_s(13, "10:00"))
    click(qtbot, window, "next")  # nothing live: starts the session that is due
    assert controller.projection().live.id == "d1-opening"
    clock.jump_to(zurich_s(13, "10:09"))
    fingers.now += NEXT_PAUSE_S
    click(qtbot, window, "next")
    assert controller.projection().live.id == "d1-panel-1"
    fingers.now += NEXT_PAUSE_S
    click(qtbot, window, "end")
    assert controller.projection().live is None
    assert not window.buttons["end"].isEnabled()


def test_a_double_click_on_next_moves_the_show_once_and_no_button_takes_space(make, qtbot):
    """The console's Next and End act once per burst, as the chair's; and Space on the
    console never presses a show button (the first tab stop was "▶▶ Next")."""
    window, controller, clock = make()
    window.move_guard.now = fingers = Fingers()
    clock.jump_to(zurich_s(13, "10:00"))
    click(qtbot, window, "next")
    fingers.now += 0.2
    click(qtbot, window, "next")
    assert [a.kind for a in controller.show.actions] == ["start"]
    assert window.statusBar().currentMessage().startswith("Ignored: pressed twice")
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    fingers.now += NEXT_PAUSE_S
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Space)
    assert [a.kind for a in controller.show.actions] == ["start"]
    assert all(button.focusPolicy() == Qt.FocusPolicy.NoFocus for button in window.buttons.values())


def test_refused_action_is_shown_in_the_status_bar(make):
    window, controller, _ = make()
    controller.unskip("d1-opening")
    assert window.statusBar().currentMessage() == "Refused: “开幕” is not skipped"


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


def test_columns_are_wide_enough_for_their_text(make, qtbot):
    window, controller, clock = make()
    clock.jump_to(zurich_s(13, "10:00"))
    controller.start("d1-opening")
    controller.extend(35)
    view = window.current_view()
    bold = QFont(view.font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    model = window.current_model()
    window.resize(2400, 900)  # wide enough for every column, the id's too
    qtbot.waitUntil(lambda: view.hidden_columns() == [])
    for row in range(model.rowCount()):
        for column in range(len(HEADERS)):
            text = model.index(row, column).data()
            if column not in (TITLE, ID):
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
    """The title is never squeezed below TITLE_MIN_PX nor pushed out of view: the columns
    after it give way, least needed first, and their words stay in the row's tooltip."""
    from ui.rundown_view import HIDE_ORDER, TITLE_MIN_PX

    window, controller, clock = make()
    clock.jump_to(zurich_s(13, "10:00"))
    controller.start("d1-opening")
    controller.extend(5)
    view = window.current_view()
    seen = []
    narrowest = window.minimumSizeHint().width()
    for width in [*range(1600, narrowest, -20), narrowest]:
        window.resize(width, 640)
        qtbot.waitUntil(lambda w=width: window.width() == w)
        hidden = view.hidden_columns()
        assert sorted(HIDE_ORDER[:len(hidden)]) == hidden, width  # in their order
        assert view.columnWidth(TITLE) >= TITLE_MIN_PX
        shown = [c for c in range(len(HEADERS)) if c not in hidden]
        right = max(view.columnViewportPosition(c) + view.columnWidth(c) for c in shown)
        assert right <= view.viewport().width(), width  # nothing to scroll sideways to
        assert view.columnWidth(PROJECTED) == view.natural_widths[PROJECTED]  # times never elide
        seen.append(len(hidden))
    assert seen == sorted(seen) and seen[0] == 0 and seen[-1] >= 4  # from all to the fewest
    tip = cell(window, "d1-lunch", TITLE, Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines()[:2] == ["午餐", "Lunch"]  # the whole title, both languages
    assert "compressed −5:00" in tip and "id in the agenda file: d1-lunch" in tip


# -- no window of its own before its time ------------------------------------------------------

class ShownWindows(QObject):
    """Records every widget that is shown as a window of its own (an application-wide event
    filter): a label shown before it has a parent flashes at the screen's corner."""

    def __init__(self):
        super().__init__()
        self.shown: list[str] = []

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self.shown.append(f"{type(watched).__name__} {watched.objectName()!r}")
        return False


@pytest.mark.parametrize("rehearsal", [True, False])
def test_building_the_console_shows_no_window_of_its_own(qtbot, tmp_path, monkeypatch, rehearsal):
    monkeypatch.setattr("ui.console.missing_font_message", lambda: "No Chinese font")
    recorder = ShownWindows()
    QApplication.instance().installEventFilter(recorder)
    try:
        before = set(QApplication.topLevelWidgets())
        windows = build_app(load_agenda(WIPO), WIPO, rehearse=rehearsal,
                            clock=SimulatedClock(zurich_s(13, "09:58"), speed=0.0),
                            journal_file=tmp_path / "show.jsonl")
        QApplication.processEvents()
        assert recorder.shown == []
        made = [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]
        assert made == []
        console = windows.console
        assert console.rehearsal_badge.isVisibleTo(console) == rehearsal
        assert console.font_banner.isVisibleTo(console)
        windows.show_all()
        shown_now = {w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()}
        assert shown_now == {windows.console, windows.chair, windows.projector}
    finally:
        QApplication.instance().removeEventFilter(recorder)
        windows.close()


# -- no internal ids where a person reads -------------------------------------------------------

def readable_texts(window: ConsoleWindow) -> list[str]:
    """Everything the console's own widgets show (not their tooltips): labels, buttons, tab
    names, the status bar, the window title and the shown cells of the rundown but its
    last, the ID column (on a wide console, for a technician who edits the agenda file)."""
    texts = [window.windowTitle(), window.statusBar().currentMessage()]
    for widget in window.centralWidget().findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel | QAbstractButton | QGroupBox):
            texts.append(widget.title() if isinstance(widget, QGroupBox) else widget.text())
        elif isinstance(widget, QTabWidget):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
    for view in (v for v in window.views if v.isVisibleTo(window)):  # the day's tab shown
        model = view.model()
        texts.extend(model.index(row, column).data() for row in range(model.rowCount())
                     for column in range(model.columnCount())
                     if not view.isColumnHidden(column) and column != ID)
    return texts


def test_no_session_id_on_screen_only_titles(make, agenda, qtbot):
    def late_day(controller, clock):
        for moment, do in (("10:00", controller.next), ("10:10", controller.next),
                           ("15:00", lambda: controller.start("d1-panel-2")),
                           ("15:05", lambda: controller.extend(40)), ("16:40", controller.next)):
            clock.jump_to(zurich_s(13, moment))
            do()
        clock.jump_to(zurich_s(13, "16:47"))

    window, controller, _ = make(before=late_day)
    select(window, "d1-panel-2-qa")
    click(qtbot, window, "extend+1")
    controller.skip("d1-panel-2-qa")  # refused: it is live; said in the status bar
    assert HEADERS[ID] == HEADERS[-1] == "ID"  # the ids' own column: the last, the first to go
    shown = "\n".join(readable_texts(window))
    ids = re.compile("|".join(rf"(?<![\w-]){re.escape(i)}(?![\w-])" for i in agenda.session_ids))
    assert ids.findall(shown) == []
    assert "“第二组：有主持的问答和讨论” cannot be skipped: it is live" in shown
    # the summary: the live session by its title, the close by its time, whole minutes
    assert window.summary.status.full_text == "▶ LIVE · 24:00 left\n第二组：有主持的问答和讨论"
    assert "⚠ 18:00 close at risk by 26 min" in shown
    assert "第二组：有主持的问答和讨论\n▶ LIVE · Panel 2: Moderated Q&A and Discussion" in \
        window.selected_label.full_text
    # for a technician who edits the file, the id is a tooltip away
    assert "d1-panel-2-qa" in window.selected_label.toolTip()
    assert "d1-panel-2-qa" in cell(window, "d1-panel-2-qa", TITLE, Qt.ItemDataRole.ToolTipRole)


# -- the room's status lines --------------------------------------------------------------------

def test_room_status_lines_one_per_key_problems_first_and_in_red(make):
    """What other parts of the app call to say how the room stands (the screen keeper's
    "screens" line, speech's "speech" line)."""
    window, _, _ = make()
    label, quiet = window.room_label, window.room_quiet
    assert not label.isVisibleTo(window) and not quiet.isVisibleTo(window)  # nothing said yet
    window.show_room_status("screens", "Screens kept awake by org.freedesktop.ScreenSaver (D-Bus)")
    window.show_room_status("speech", "Speech ready <espeak-ng>")
    assert quiet.isVisibleTo(window) and not label.isVisibleTo(window)
    # lines that are fine share one quiet line, as plain text (never markup), each whole
    # in its tooltip
    assert quiet.full_text == ("Screens kept awake by org.freedesktop.ScreenSaver (D-Bus) · "
                               "Speech ready <espeak-ng>")
    assert quiet.toolTip().split("\n") == ["Screens kept awake by org.freedesktop.ScreenSaver "
                                           "(D-Bus)", "Speech ready <espeak-ng>"]
    window.show_room_status("speech", "Cannot play sound: aplay: audio open error", ok=False)
    assert window.room_status("speech") == ("Cannot play sound: aplay: audio open error", False)
    assert label.isVisibleTo(window)
    assert "⚠ Cannot play sound: aplay: audio open error" in label.text()
    assert ROOM_PROBLEM_COLOUR in label.text()
    assert "<br>" not in label.text()
    assert quiet.full_text == "Screens kept awake by org.freedesktop.ScreenSaver (D-Bus)"  # moved
    window.show_room_status("speech", "")  # its cause is gone: the line goes
    assert window.room_status("speech") is None
    assert not label.isVisibleTo(window) and "aplay" not in quiet.toolTip()
    window.show_room_status("screens", "")
    assert not quiet.isVisibleTo(window)


def test_the_quiet_room_line_is_one_line_cut_to_the_width(make):
    """Speech, the server and OSC all fine: one line, not three, whatever their length."""
    window, _, _ = make()
    window.resize(1280, 720)
    window.show()
    for key in ("speech", "remote", "osc"):
        window.show_room_status(key, f"{key}: " + "a long sentence on how it stands " * 4)
    quiet = window.room_quiet
    assert quiet.is_elided() and "\n" not in quiet.text()
    assert quiet.height() < 2 * quiet.fontMetrics().lineSpacing()


def test_the_day_summary_before_the_first_session_and_on_another_day(make, qtbot):
    window, _, _ = make()  # 09:58, the opening is due at 10:00
    summary = window.summary
    assert summary.status.full_text == "Next · starts in 2:00\n开幕"
    assert summary.status.toolTip() == "Next · starts in 2:00\n开幕\nOpening"
    assert summary.values["late"].text() == "on time"
    assert summary.day_line.full_text == "on time" and not summary.breaches.isVisibleTo(window)
    window.tabs.setCurrentIndex(1)
    assert summary.status.full_text == "Thursday 14 March"
    assert summary.values["planned"].text() == "18:00"
    assert not summary.day_line.isVisibleTo(window)  # the chair's sentence is about today


def test_the_console_reads_at_7_to_1_on_a_dark_desktop_theme_too(qtbot, monkeypatch):
    """The console's colours are chosen on a light palette, and the app keeps one whatever
    the desktop's theme (ui.theme.light_palette): on a dark theme every cell of the rundown
    is still 7:1 on its background (the live row, done and skipped rows, lateness, a breach
    and the selection included), and so is every line of the console (the clock, the day's
    figures, the anchors at risk; many styled by a style sheet, which follows the
    application's palette, not its parent's)."""
    from PySide6.QtGui import QPalette

    from ui.app import Application
    from ui.theme import contrast_ratio

    qapp = QApplication.instance()
    saved = qapp.palette()
    dark = QPalette(saved)  # the desktop's
    for role, colour in ((QPalette.ColorRole.Base, "#202020"), (QPalette.ColorRole.Text, "#F0F0F0"),
                         (QPalette.ColorRole.Window, "#2A2A2A"), (QPalette.ColorRole.WindowText, "#F0F0F0"),
                         (QPalette.ColorRole.Highlight, "#3050A0"),
                         (QPalette.ColorRole.HighlightedText, "#FFFFFF")):
        dark.setColor(role, QColor(colour))
    qapp.setPalette(dark)
    monkeypatch.setattr("ui.app.make_announcer", lambda: None)
    app = Application(load_agenda(WIPO), str(WIPO), rehearse=True)
    app.shell.start()
    windows = app.shell.windows
    try:
        qtbot.waitUntil(lambda: windows.complete and windows.console.isVisible(), timeout=5000)
        controller, clock = windows.controller, windows.controller.clock
        clock.jump_to(zurich_s(13, "10:00"))  # done, skipped, live and late, an anchor at risk
        controller.start("d1-opening")
        clock.jump_to(zurich_s(13, "10:40"))
        controller.next()
        controller.skip("d1-fireside")
        controller.extend(120)
        window = windows.console
        select(window, "d1-training-data")
        view, model = window.views[0], window.models[0]
        palette = view.palette()
        kinds, seen = set(), []
        for row in range(model.rowCount()):
            selected = view.selectionModel().isRowSelected(row)
            for column in range(model.columnCount()):
                index = model.index(row, column)
                if not index.data():
                    continue
                # as Qt's item views draw a cell: a selected one in the palette's highlight
                # colours, any other in the model's colours, else the palette's
                brush = index.data(Qt.ItemDataRole.ForegroundRole)
                background = index.data(Qt.ItemDataRole.BackgroundRole)
                if selected:
                    text = palette.color(QPalette.ColorRole.HighlightedText).name()
                    ground = palette.color(QPalette.ColorRole.Highlight).name()
                else:
                    text = (brush.color() if brush is not None
                            else palette.color(QPalette.ColorRole.Text)).name()
                    ground = (background.color() if background is not None
                              else palette.color(QPalette.ColorRole.Base)).name()
                seen.append((index.data(), text, ground, contrast_ratio(text, ground)))
                kinds.add(model.state(row))
        low = [cell for cell in seen if cell[3] < 7]
        assert not low, low
        assert {LIVE, SKIPPED, UPCOMING} <= kinds
        assert any(cell[1] != "#000000" for cell in seen)  # the coloured texts were looked at
        labels = [(label.text(), label.palette().color(label.foregroundRole()).name(),
                   label.palette().color(label.backgroundRole()).name())
                  for label in window.findChildren(QLabel) if label.isVisible() and label.text()]
        assert any("at risk" in text for text, _, _ in labels) and len(labels) > 8
        low = [(text, fg, bg) for text, fg, bg in labels if contrast_ratio(fg, bg) < 7]
        assert not low, low
    finally:
        app.shell.close()
        if app.awake is not None:
            app.awake.release()
        qapp.setPalette(saved)
