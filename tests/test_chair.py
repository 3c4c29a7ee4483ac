"""The chair's window, driven by keys and buttons as a chair would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.conftest import zurich_s
from tests.qt_helpers import frozen_controller
from ui.chair import ChairWindow, minutes_for_key


@pytest.fixture
def chair(qtbot, tmp_path):
    controller, clock = frozen_controller(tmp_path)
    window = ChairWindow(controller)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window, controller, clock


def live_end(controller, session_id):
    p = controller.projection().session(session_id)
    return f"{controller.agenda.local(p.end_s):%H:%M}"


def test_space_starts_the_due_session_then_moves_to_the_next(chair, qtbot):
    window, controller, clock = chair
    assert window.title_primary.text() == "开幕" and window.title_secondary.text() == "Opening"
    assert window.next_label.text().startswith("Starts in 2 min, 10:00")
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert controller.show.live_id == "d1-opening"
    clock.jump_to(zurich_s(13, "10:09"))
    controller.tick()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert controller.show.live_id == "d1-panel-1"
    assert "第一组" in window.title_primary.text()
    assert window.next_label.text().startswith("Next: 围炉叙谈")


def test_plus_minus_keys_extend_by_one_and_shift_by_five(chair, qtbot):
    window, controller, _ = chair
    qtbot.keyClick(window, Qt.Key.Key_Space)  # opening live 09:58 + 10 min
    assert live_end(controller, "d1-opening") == "10:08"
    qtbot.keyClick(window, Qt.Key.Key_Plus)
    assert live_end(controller, "d1-opening") == "10:09"
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ShiftModifier)
    assert live_end(controller, "d1-opening") == "10:14"
    qtbot.keyClick(window, Qt.Key.Key_Minus)
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ShiftModifier)
    assert live_end(controller, "d1-opening") == "10:08"
    assert controller.projection().session("d1-opening").adjusted_by_s == 0
    window.repaint()
    assert window.countdown.last_text == "10:00"


def test_ctrl_z_undoes_and_ctrl_shift_z_or_ctrl_y_redoes(chair, qtbot):
    window, controller, _ = chair
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ShiftModifier)
    assert live_end(controller, "d1-opening") == "10:13"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert live_end(controller, "d1-opening") == "10:08"
    qtbot.keyClick(window, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert live_end(controller, "d1-opening") == "10:13"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert live_end(controller, "d1-opening") == "10:13"
    qtbot.keyClick(window, Qt.Key.Key_Y)  # Y alone is no key of the chair's
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ShiftModifier)
    assert live_end(controller, "d1-opening") == "10:13"
    assert [(a.kind, a.minutes) for a in controller.show.actions] == [("start", None),
                                                                      ("extend", 5)]


def test_a_held_key_acts_once(chair, qtbot):
    """Auto-repeat must not run the clock away or undo the whole day."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    window, controller, _ = chair
    control = Qt.KeyboardModifier.ControlModifier
    none = Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(window, Qt.Key.Key_Space)
    for key, modifiers in ((Qt.Key.Key_Plus, none), (Qt.Key.Key_Z, control)):
        for repeated in (False, True, True):
            QApplication.sendEvent(window, QKeyEvent(QEvent.Type.KeyPress, key, modifiers, "",
                                                     repeated))
    assert controller.show.can_redo  # the +1 was undone once, by the first Ctrl+Z
    assert [a.kind for a in controller.show.actions] == ["start"]
    assert live_end(controller, "d1-opening") == "10:08"
    qtbot.keyClick(window, Qt.Key.Key_Z, control)
    assert controller.show.live_id is None  # the second undo took back the start


def test_buttons_act_and_never_steal_the_space_key(chair, qtbot):
    window, controller, _ = chair
    qtbot.mouseClick(window.buttons["next"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.buttons["plus5"], Qt.MouseButton.LeftButton)
    assert controller.projection().session("d1-opening").adjusted_by_s == 300
    # Space after touching "+5" still means next, not another +5
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert controller.show.live_id == "d1-panel-1"
    assert controller.projection().session("d1-opening").adjusted_by_s == 300
    assert all(b.focusPolicy() == Qt.FocusPolicy.NoFocus for b in window.buttons.values())


def test_a_refused_action_is_said_on_screen(chair, qtbot):
    window, controller, _ = chair
    qtbot.mouseClick(window.buttons["minus1"], Qt.MouseButton.LeftButton)  # nothing live
    assert window.notice.text() == "Not done: extend without a session needs a live session"
    assert controller.show.actions == []


def test_countdown_and_colour_follow_the_clock(chair, qtbot):
    window, controller, clock = chair
    qtbot.keyClick(window, Qt.Key.Key_Space)  # 09:58, due 10:08
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
    qtbot.keyClick(window, Qt.Key.Key_Space)
    clock.jump_to(zurich_s(13, "10:20"))
    controller.tick()
    # the opening overran to 10:20: panel 1 starts 10 min late, lunch gives the 10 back
    assert window.day_status.text() == "on time (10 min taken from flexible slots)"


@pytest.mark.parametrize(("key", "shift", "minutes"), [
    (Qt.Key.Key_Plus, False, 1), (Qt.Key.Key_Plus, True, 5), (Qt.Key.Key_Equal, False, 1),
    (Qt.Key.Key_Equal, True, 5), (Qt.Key.Key_Minus, False, -1), (Qt.Key.Key_Minus, True, -5),
    (Qt.Key.Key_Underscore, True, -5), (Qt.Key.Key_A, False, None),
])
def test_key_map(key, shift, minutes):
    assert minutes_for_key(key, shift) == minutes


def test_a_journal_that_cannot_be_written_refuses_the_action_on_screen(chair, qtbot,
                                                                      monkeypatch):
    import os

    window, controller, _ = chair

    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert controller.show.live_id is None  # nothing shown that is not on disk
    assert window.notice.text().startswith("Not done: could not write the show's journal "
                                           "(No space left on device)")


def test_a_real_clock_show_on_a_day_the_agenda_does_not_cover_says_how_to_try_it(qtbot, tmp_path):
    controller, _ = frozen_controller(tmp_path, at=zurich_s(20, "09:00"), rehearsal=False)
    window = ChairWindow(controller)
    qtbot.addWidget(window)
    assert window.notice.text() == (
        "This agenda runs 13 Mar 2024 – 14 Mar 2024; today is 20 Mar 2024. To try it now: "
        "runofshow --rehearse (simulated clock) or --today (its first day mapped onto today).")
    on_the_day, _ = frozen_controller(tmp_path / "b", at=zurich_s(13, "09:00"), rehearsal=False)
    assert on_the_day.show.standing_notice() is None
