"""The console's cue panel and the cue's words on the chair and projector views."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.conftest import zurich_s
from tests.qt_helpers import frozen_controller
from ui.chair import ChairWindow
from ui.cue_panel import CuePanel
from ui.cue_scheduler import CueScheduler


class FakeAnnouncer:
    def __init__(self, available=True):
        self.available = available
        self.problem = None if available else "No speech engine: install espeak-ng."
        self.muted = False
        self.volume, self.rate = 1.0, 160
        self.spoken = []

    def announce(self, parts, chime=None):
        if not self.available or self.muted:
            return False
        self.spoken.append(parts)
        return True


@pytest.fixture
def panel(qtbot, tmp_path):
    controller, clock = frozen_controller(tmp_path)
    announcer = FakeAnnouncer()
    cues = CueScheduler(controller, announcer)
    cues.start()
    widget = CuePanel(cues, announcer)
    qtbot.addWidget(widget)
    yield widget, controller, clock, cues, announcer
    cues.stop()


def test_the_next_cues_are_listed_in_time_order(panel):
    widget, *_ = panel
    rows = [[widget.table.item(r, c).text() for c in range(4)] for r in range(widget.table.rowCount())]
    assert rows[0] == ["10:00:00", "start", "d1-opening · 现在开始：开幕", "spoken"]
    assert rows[1][:2] == ["10:05:00", "warning"] and rows[1][3] == "shown only"
    assert len(rows) == 8


def test_unticking_a_cue_mutes_it(panel):
    widget, _, _, cues, _ = panel
    widget.table.item(0, 3).setCheckState(Qt.CheckState.Unchecked)
    assert cues.muted_cues == {"d1-opening/start"}
    widget.table.item(0, 3).setCheckState(Qt.CheckState.Checked)
    assert cues.muted_cues == set()


def test_test_the_voice_speaks_each_agenda_language(panel, qtbot):
    widget, _, _, _, announcer = panel
    qtbot.mouseClick(widget.test_button, Qt.MouseButton.LeftButton)
    assert announcer.spoken == [[("zh", "这是广播测试。"), ("en", "This is a test of the announcements.")]]
    widget.mute_all.setChecked(True)
    assert announcer.muted


def test_fired_and_skipped_cues_are_logged(panel, qtbot):
    widget, controller, clock, _cues, _ = panel
    controller.start("d1-opening")  # 09:58: the start fires at once (an action cue)
    clock.jump_to(zurich_s(13, "10:30"))  # both warnings slept through
    controller.tick()
    lines = [widget.log_list.item(i).text() for i in range(widget.log_list.count())]
    assert lines[-1].startswith("09:58:00  fired: d1-opening start")
    assert sum("skipped" in line for line in lines) == 2


def test_without_a_speech_engine_the_panel_says_so_and_cues_still_show(qtbot, tmp_path):
    controller, _ = frozen_controller(tmp_path)
    announcer = FakeAnnouncer(available=False)
    cues = CueScheduler(controller, announcer)
    widget = CuePanel(cues, announcer)
    qtbot.addWidget(widget)
    assert "No speech engine" in widget.status.text()
    assert not widget.test_button.isEnabled()
    assert widget.table.rowCount() > 0


def test_a_fired_cue_shows_its_words_on_the_chair_view(qtbot, tmp_path):
    controller, _ = frozen_controller(tmp_path)
    chair = ChairWindow(controller)
    qtbot.addWidget(chair)
    controller.flash_cue("会议将在5分钟后继续 · The session resumes in 5 minutes")
    assert chair.message.text().startswith("会议将在5分钟后继续")
    assert not chair.message_box.isHidden()
    controller.update_display(message="Technician says hello")
    assert chair.message.text() == "Technician says hello"  # the technician's message first
