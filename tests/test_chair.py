"""The chair's window, driven by keys and buttons as a chair would."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.conftest import zurich_s
from tests.qt_helpers import frozen_controller
from ui.chair import ChairWindow
from ui.chair_commands import LEGEND, NEXT_PAUSE_S, TAP_PAUSE_S

NONE = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CONTROL = Qt.KeyboardModifier.ControlModifier
KEYPAD = Qt.KeyboardModifier.KeypadModifier


class RealTime:
    """The real-time clock of the double-tap guard, moved by hand."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def wait(self, seconds: float) -> None:
        self.now += seconds


def open_chair(qtbot, controller, **options) -> ChairWindow:
    window = ChairWindow(controller, **options)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def chair(qtbot, tmp_path):
    """A rehearsal at 09:58 on 13 March, two minutes before the opening."""
    controller, clock = frozen_controller(tmp_path)
    real_time = RealTime()
    window = open_chair(qtbot, controller, monotonic=real_time)
    window.real_time = real_time
    return window, controller, clock


def press(window, key, modifiers=NONE, text="", repeat=False) -> None:
    """A key pressed and released as the keyboard layout sends it: key code, modifiers and
    the text it types."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(window, QKeyEvent(kind, key, modifiers, text, repeat))


def space(window) -> None:
    press(window, Qt.Key.Key_Space, text=" ")


def live_end(controller, session_id):
    p = controller.projection().session(session_id)
    return f"{controller.agenda.local(p.end_s):%H:%M}"


def adjusted_min(controller, session_id) -> float:
    return controller.projection().session(session_id).adjusted_by_s / 60


def test_space_starts_the_due_session_then_moves_to_the_next(chair, qtbot):
    window, controller, clock = chair
    assert window.title_primary.text() == "开幕" and window.title_secondary.text() == "Opening"
    assert window.next_label.text() == "Starts in 2 min, 10:00 — press Space to start it"
    space(window)
    assert controller.show.live_id == "d1-opening"
    clock.jump_to(zurich_s(13, "10:09"))
    controller.tick()
    window.real_time.wait(NEXT_PAUSE_S)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert controller.show.live_id == "d1-panel-1"
    assert "第一组" in window.title_primary.text()
    # the next session in both languages, the time first
    assert window.next_label.text() == ("Next in 1 h 21 min, 11:30: 围炉叙谈：关于学习的神经科学 · "
                                        "Fireside Chat: The Neuroscience of Learning")


# What the keys that type "+", "=" and "-" send on each layout (key code, modifiers, text).
LAYOUT_KEYS = [
    ("US +", Qt.Key.Key_Plus, SHIFT, "+", 1),  # Shift+=
    ("US =", Qt.Key.Key_Equal, NONE, "=", 1),  # the same key unshifted: it bears the "+"
    ("US -", Qt.Key.Key_Minus, NONE, "-", -1),
    ("UK +", Qt.Key.Key_Plus, SHIFT, "+", 1),
    ("UK -", Qt.Key.Key_Minus, NONE, "-", -1),
    ("German +", Qt.Key.Key_Plus, NONE, "+", 1),  # its own key, unshifted
    ("German -", Qt.Key.Key_Minus, NONE, "-", -1),
    ("French +", Qt.Key.Key_Equal, SHIFT, "+", 1),  # Shift on the =/+ key
    ("French -", Qt.Key.Key_Minus, NONE, "-", -1),  # the 6 key, unshifted
    ("keypad +", Qt.Key.Key_Plus, KEYPAD, "+", 1),
    ("keypad -", Qt.Key.Key_Minus, KEYPAD, "-", -1),
    ("Up", Qt.Key.Key_Up, NONE, "", 5),
    ("Down", Qt.Key.Key_Down, NONE, "", -5),
    ("keypad Up", Qt.Key.Key_Up, KEYPAD, "", 5),
]


@pytest.mark.parametrize(("name", "key", "modifiers", "text", "minutes"), LAYOUT_KEYS,
                         ids=[k[0] for k in LAYOUT_KEYS])
def test_each_key_changes_the_live_session_by_what_its_label_says(chair, name, key, modifiers,
                                                                  text, minutes):
    window, controller, _ = chair
    space(window)  # the opening is live, 09:58 + 10 min
    press(window, key, modifiers, text)
    assert adjusted_min(controller, "d1-opening") == minutes
    window.real_time.wait(0.06)
    press(window, key, modifiers, text)  # a double tap (or a bouncing key): once
    assert adjusted_min(controller, "d1-opening") == minutes
    assert window.notice.text().startswith("Ignored: pressed twice")
    window.real_time.wait(TAP_PAUSE_S)
    press(window, key, modifiers, text)  # pressed again after a moment: again
    assert adjusted_min(controller, "d1-opening") == 2 * minutes


@pytest.mark.parametrize(("key", "modifiers", "text"), [
    (Qt.Key.Key_Plus, CONTROL, "+"),  # Ctrl++ is a zoom shortcut, not "+"
    (Qt.Key.Key_Minus, CONTROL, "-"),
    (Qt.Key.Key_Underscore, SHIFT, "_"),  # Shift+- on US and German keyboards
    (Qt.Key.Key_Asterisk, SHIFT, "*"),  # Shift++ on a German keyboard
    (Qt.Key.Key_PageDown, NONE, ""),  # a presentation clicker
    (Qt.Key.Key_B, NONE, "b"),
    (Qt.Key.Key_Period, NONE, "."),
    (Qt.Key.Key_Y, NONE, "y"),
    (Qt.Key.Key_Z, SHIFT, "Z"),
])
def test_other_keys_change_nothing(chair, key, modifiers, text):
    window, controller, _ = chair
    space(window)
    press(window, key, modifiers, text)
    assert [a.kind for a in controller.show.actions] == ["start"]


def test_shift_minus_says_which_keys_change_the_time(chair):
    window, _, _ = chair
    space(window)
    press(window, Qt.Key.Key_Underscore, SHIFT, "_")
    assert window.notice.text() == "Not done: five minutes are ↑ / ↓ (+ / − change one minute)"


def test_the_keys_and_the_buttons_are_printed_alike(chair):
    window, _, _ = chair
    assert window.legend.text() == LEGEND == (
        "Keys: Space next · + / − 1 min · ↑ / ↓ 5 min · Ctrl+Z undo · Ctrl+Y redo")
    assert window.legend.isVisible()
    labels = {name: button.text() for name, button in window.buttons.items()}
    assert labels == {"minus5": "−5 min (↓)", "minus1": "−1 min (−)", "plus1": "+1 min (+)",
                      "plus5": "+5 min (↑)", "next": "Next ▶ (Space)", "undo": "Undo (Ctrl+Z)",
                      "redo": "Redo (Ctrl+Y)"}


def test_ctrl_z_undoes_and_ctrl_shift_z_or_ctrl_y_redoes(chair, qtbot):
    window, controller, _ = chair
    space(window)
    press(window, Qt.Key.Key_Up)
    assert live_end(controller, "d1-opening") == "10:13"
    qtbot.keyClick(window, Qt.Key.Key_Z, CONTROL)
    assert live_end(controller, "d1-opening") == "10:08"
    qtbot.keyClick(window, Qt.Key.Key_Z, CONTROL | SHIFT)
    assert live_end(controller, "d1-opening") == "10:13"
    qtbot.keyClick(window, Qt.Key.Key_Z, CONTROL)
    qtbot.keyClick(window, Qt.Key.Key_Y, CONTROL)
    assert live_end(controller, "d1-opening") == "10:13"
    assert [(a.kind, a.minutes) for a in controller.show.actions] == [("start", None),
                                                                      ("extend", 5)]


def test_a_held_key_acts_once(chair, qtbot):
    """Auto-repeat must not run the clock away or undo the whole day."""
    window, controller, _ = chair
    space(window)
    for key, modifiers, text in ((Qt.Key.Key_Plus, NONE, "+"), (Qt.Key.Key_Z, CONTROL, "\x1a")):
        for repeated in (False, True, True):
            QApplication.sendEvent(window, QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text,
                                                     repeated))
    assert controller.show.can_redo  # the +1 was undone once, by the first Ctrl+Z
    assert [a.kind for a in controller.show.actions] == ["start"]
    assert live_end(controller, "d1-opening") == "10:08"
    window.real_time.wait(TAP_PAUSE_S)
    qtbot.keyClick(window, Qt.Key.Key_Z, CONTROL)
    assert controller.show.live_id is None  # the second undo took back the start


# -- a double tap ------------------------------------------------------------------------
def test_a_double_tap_on_space_starts_one_session_and_says_so(chair):
    window, controller, _ = chair
    space(window)
    window.real_time.wait(0.12)
    space(window)
    assert controller.show.live_id == "d1-opening"
    assert [a.kind for a in controller.show.actions] == ["start"]
    assert window.notice.text().startswith("Next ignored: pressed twice")
    window.real_time.wait(NEXT_PAUSE_S)
    space(window)  # after a pause, a press acts again
    assert controller.show.live_id == "d1-panel-1"


def test_a_burst_of_presses_acts_once_however_long_it_lasts(chair):
    """Every press of the burst restarts the pause: a session just started is not ended
    by the same burst."""
    window, controller, _ = chair
    for _ in range(6):
        space(window)
        window.real_time.wait(NEXT_PAUSE_S * 0.8)
    assert [a.kind for a in controller.show.actions] == ["start"]
    window.real_time.wait(NEXT_PAUSE_S)
    space(window)
    assert [a.kind for a in controller.show.actions] == ["start", "next"]


def test_a_double_click_on_next_acts_once(chair, qtbot):
    window, controller, _ = chair
    qtbot.mouseClick(window.buttons["next"], Qt.MouseButton.LeftButton)
    window.real_time.wait(0.2)
    qtbot.mouseClick(window.buttons["next"], Qt.MouseButton.LeftButton)
    assert controller.show.live_id == "d1-opening"
    # Space right after the button is the same burst: one "next" at a time
    space(window)
    assert controller.show.live_id == "d1-opening"


def test_buttons_act_and_never_steal_the_space_key(chair, qtbot):
    window, controller, _ = chair
    qtbot.mouseClick(window.buttons["next"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.buttons["plus5"], Qt.MouseButton.LeftButton)
    assert adjusted_min(controller, "d1-opening") == 5
    # Space after touching "+5" still means next, not another +5
    window.real_time.wait(NEXT_PAUSE_S)
    space(window)
    assert controller.show.live_id == "d1-panel-1"
    assert adjusted_min(controller, "d1-opening") == 5
    assert all(b.focusPolicy() == Qt.FocusPolicy.NoFocus for b in window.buttons.values())


# -- what can act now ----------------------------------------------------------------------
def enabled(window) -> set[str]:
    return {name for name, button in window.buttons.items() if button.isEnabled()}


def test_buttons_are_enabled_exactly_when_their_action_can_apply(chair):
    window, controller, _ = chair
    assert enabled(window) == {"next"}  # nothing live: nothing to lengthen or take back
    press(window, Qt.Key.Key_Minus, text="-")
    assert window.notice.text() == "Not done: -1 min needs a live session; none is live"
    press(window, Qt.Key.Key_Z, CONTROL, "\x1a")
    assert window.notice.text() == "Not done: nothing to undo"
    assert controller.show.actions == []
    space(window)
    assert enabled(window) == {"minus5", "minus1", "plus1", "plus5", "next", "undo"}
    press(window, Qt.Key.Key_Z, CONTROL, "\x1a")
    assert enabled(window) == {"next", "redo"}


def test_after_the_programme_only_undo_is_left_and_the_keys_say_why(chair, qtbot):
    window, controller, clock = chair
    clock.jump_to(zurich_s(14, "16:50"))
    controller.start("d2-closing")
    clock.jump_to(zurich_s(14, "17:30"))
    controller.end()
    assert window.phase_label.text() == "Programme complete · 会议结束"
    window.countdown.repaint()
    assert window.countdown.last_text == ""  # no 0:00 that reads as a session run out
    assert enabled(window) == {"undo"}
    for key, text in ((Qt.Key.Key_Space, " "), (Qt.Key.Key_Plus, "+"), (Qt.Key.Key_Down, "")):
        press(window, key, text=text)
    assert window.notice.text() == "Not done: -5 min needs a live session; none is live"
    window.real_time.wait(NEXT_PAUSE_S)
    space(window)
    assert window.notice.text() == "Not done: nothing left to start: the programme is complete"
    assert [a.kind for a in controller.show.actions] == ["start", "end"]
    qtbot.mouseClick(window.buttons["plus1"], Qt.MouseButton.LeftButton)  # disabled: nothing
    assert [a.kind for a in controller.show.actions] == ["start", "end"]


def test_in_overtime_the_next_line_says_when_not_in_0_min(chair):
    window, controller, clock = chair
    space(window)  # the opening, 09:58-10:08, then panel 1 at 10:10
    clock.jump_to(zurich_s(13, "10:15"))
    controller.tick()
    assert window.next_label.text().startswith("Next 10:15: ")  # due now: its time
    assert "0 min" not in window.next_label.text()


def test_after_the_day_s_close_space_does_not_start_tomorrow(chair):
    """The 13th is over; the board counts down to the 14th's opening, but the line under it
    does not invite Space, and Space does nothing but say why."""
    window, controller, clock = chair
    clock.jump_to(zurich_s(13, "17:55"))
    controller.start("d1-close")
    clock.jump_to(zurich_s(13, "18:00"))
    controller.end()
    clock.jump_to(zurich_s(13, "18:05"))
    controller.tick()
    assert "next" not in enabled(window)
    assert window.next_label.text().startswith("Starts in ") and "Space" not in window.next_label.text()
    space(window)
    assert window.notice.text() == ("Not done: nothing left to start today: the next session is "
                                    "on another day")
    assert [a.kind for a in controller.show.actions] == ["start", "end"]


def test_a_refused_action_is_said_on_screen_but_not_the_consoles(chair, qtbot, monkeypatch):
    import os

    window, controller, _ = chair
    space(window)
    assert not controller.skip("d1-opening")  # the technician's mistake: the console says it
    assert window.notice.text() == ""

    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    press(window, Qt.Key.Key_Plus, text="+")
    assert adjusted_min(controller, "d1-opening") == 0  # nothing shown that is not on disk
    assert window.notice.text().startswith("Not done: could not write the show's journal "
                                           "(No space left on device)")


def test_countdown_and_colour_follow_the_clock(chair, qtbot):
    window, controller, clock = chair
    space(window)  # 09:58, due 10:08
    clock.jump_to(zurich_s(13, "10:03", second=30))
    controller.tick()
    window.repaint()
    assert window.countdown.last_text == "4:30"
    assert window.palette().window().color().name() == "#ffb000"  # warning
    assert window.phase_label.text().startswith("▲")
    clock.jump_to(zurich_s(13, "10:08", second=5))
    controller.tick()
    window.repaint()
    assert window.countdown.last_text == "+0:05"
    assert "OVERTIME" in window.phase_label.text()


def test_day_status_line(chair, qtbot):
    window, controller, clock = chair
    space(window)
    clock.jump_to(zurich_s(13, "10:20"))
    controller.tick()
    # the opening overran to 10:20: panel 1 starts 10 min late, lunch gives the 10 back
    assert window.day_status.text() == "on time (10 min taken from flexible slots)"


# -- starting early on the real clock -------------------------------------------------------
class Answers:
    """The chair's answers to yes/no questions, and the questions asked."""

    def __init__(self, *answers: bool):
        self.answers = list(answers)
        self.asked: list[str] = []

    def __call__(self, title: str, question: str) -> bool:
        self.asked.append(question)
        return self.answers.pop(0)


def real_clock_chair(qtbot, tmp_path, at, answers):
    controller, clock = frozen_controller(tmp_path, at=at, rehearsal=False)
    return open_chair(qtbot, controller, confirm=answers), controller, clock


def test_hours_early_space_asks_first_and_no_starts_nothing(qtbot, tmp_path):
    answers = Answers(False, True)
    window, controller, _ = real_clock_chair(qtbot, tmp_path, zurich_s(13, "07:00"), answers)
    assert window.next_label.text() == "Starts in 3 h 00 min, 10:00 — Space starts it from 09:55"
    space(window)
    assert answers.asked == ["“开幕 · Opening” is planned to start at 10:00, in 3 h 00 min."
                             "\n\nStart it now?"]
    assert controller.show.live_id is None
    assert window.notice.text() == ("Not started: it starts at its planned time, or when you "
                                    "confirm.")
    later = time.monotonic() + 60  # a while later (relative: the machine's uptime is unknown)
    window.commands.guards["next"].now = lambda: later
    space(window)
    assert controller.show.live_id == "d1-opening"


def test_within_five_minutes_space_starts_at_once(qtbot, tmp_path):
    answers = Answers()
    window, controller, _ = real_clock_chair(qtbot, tmp_path, zurich_s(13, "09:55"), answers)
    assert window.next_label.text() == "Starts in 5 min, 10:00 — press Space to start it"
    space(window)
    assert answers.asked == [] and controller.show.live_id == "d1-opening"


def test_a_rehearsal_starts_without_asking(qtbot, tmp_path):
    controller, _ = frozen_controller(tmp_path, at=zurich_s(13, "07:00"), rehearsal=True)
    answers = Answers()
    window = open_chair(qtbot, controller, confirm=answers)
    assert window.next_label.text().endswith("press Space to start it")
    space(window)
    assert answers.asked == [] and controller.show.live_id == "d1-opening"


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Space])
def test_the_real_question_defaults_to_no(qtbot, tmp_path, key):
    """The dialog itself: Enter, or the second Space of a double tap, answers No."""
    controller, _ = frozen_controller(tmp_path, at=zurich_s(13, "07:00"), rehearsal=False)
    window = open_chair(qtbot, controller)
    seen = {}

    def answer():
        box = QApplication.activeModalWidget()
        seen["question"] = box.text()
        no = box.button(QMessageBox.StandardButton.No)
        seen["default and focused"] = box.defaultButton() is no and box.focusWidget() is no
        QTimer.singleShot(3000, box.reject)  # if the key did not answer, the test fails, not hangs
        qtbot.keyClick(box.focusWidget(), key)
        seen["answered by the key"] = box.isHidden()

    QTimer.singleShot(0, answer)
    space(window)  # the dialog runs its own loop until answered
    assert seen == {"question": "“开幕 · Opening” is planned to start at 10:00, in 3 h 00 min."
                                "\n\nStart it now?", "default and focused": True,
                    "answered by the key": True}
    assert controller.show.live_id is None


# -- at start ------------------------------------------------------------------------------
class WindowsShown(QObject):
    """Every widget shown as a window of its own, for as long as it is installed."""

    def __init__(self):
        super().__init__()
        self.shown: list[str] = []

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Show and watched.isWidgetType() and watched.isWindow():
            self.shown.append(type(watched).__name__)
        return False


@pytest.mark.parametrize("rehearsal", [True, False])
def test_nothing_flashes_on_screen_as_a_window_of_its_own(qtbot, tmp_path, rehearsal):
    controller, _ = frozen_controller(tmp_path, rehearsal=rehearsal)
    controller.update_display(blackout=True)
    app = QApplication.instance()
    watcher = WindowsShown()
    app.installEventFilter(watcher)
    try:
        window = ChairWindow(controller)
        qtbot.addWidget(window)
        visible_windows = [w for w in app.topLevelWidgets() if w.isVisible()]
        assert watcher.shown == [] and visible_windows == []
        window.show()
        qtbot.waitExposed(window)
        assert watcher.shown == ["ChairWindow"]
    finally:
        app.removeEventFilter(watcher)
    assert window.rehearsal.isVisible() == rehearsal and window.blackout.isVisible()


def test_a_real_clock_show_on_a_day_the_agenda_does_not_cover_says_how_to_try_it(qtbot, tmp_path):
    controller, _ = frozen_controller(tmp_path, at=zurich_s(20, "09:00"), rehearsal=False)
    window = ChairWindow(controller)
    qtbot.addWidget(window)
    assert window.notice.text() == (
        "This agenda runs 13 Mar 2024 – 14 Mar 2024; today is 20 Mar 2024. To try it now: "
        "runofshow --rehearse (simulated clock) or --today (its first day mapped onto today).")
    on_the_day, _ = frozen_controller(tmp_path / "b", at=zurich_s(13, "09:00"), rehearsal=False)
    assert on_the_day.show.standing_notice() is None


def test_a_notice_takes_the_keys_row_for_a_while(qtbot, tmp_path, monkeypatch):
    import ui.chair

    monkeypatch.setattr(ui.chair, "NOTICE_SHOWN_MS", 100)
    controller, _ = frozen_controller(tmp_path)
    window = open_chair(qtbot, controller)
    assert window.legend.isVisible() and window.notice.text() == ""
    press(window, Qt.Key.Key_Plus, text="+")  # nothing is live yet
    assert window.notice.text() == "Not done: +1 min needs a live session; none is live"
    assert window.legend.isHidden()
    qtbot.waitUntil(lambda: window.notice.text() == "" and window.legend.isVisible(), timeout=2000)
