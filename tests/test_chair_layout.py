"""The chair's window laid out as a chair sees it at the lectern: a 93-character Chinese
title, a cue banner, a message to the stage, a lunch held for a fixed restart, the
projector blacked out, at 1280×720. The countdown keeps a quarter of the window's height
and every text fits whole.

Also screenshots for a human to look at (not a test):

    python -m tests.test_chair_layout [OUT_DIR]

saves each situation at 1280×720, 1366×768 and 1920×1080 to OUT_DIR (default
/tmp/chair-shots).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from runofshow.clock import SimulatedClock
from runofshow.journal import Journal
from runofshow.loader import load_agenda
from runofshow.show import Show
from tests.conftest import zurich_s
from ui.theme import BLACKOUT_BADGE_COLOURS, contrast_ratio

LONG_ZH = ("关于人工智能生成内容的著作权归属、训练数据的合理使用以及跨境数据流动对发展中国家创意产业"
           "和传统知识保护所带来的机遇与挑战的高级别圆桌讨论会议（第二部分：各国政策制定者与产业界代表的对话）")
LONG_EN = ("High-level round table on the ownership of copyright in AI-generated content, fair "
           "use of training data, and the opportunities and challenges that cross-border data "
           "flows bring to creative industries and traditional knowledge (part two)")
SIZES = ((1280, 720), (1366, 768), (1920, 1080))
AGENDA = f"""\
title: {{zh: 长标题会议, en: A conference of long titles}}
timezone: Europe/Zurich
languages: [zh, en]
days:
  - date: 2024-03-13
    sessions:
      - id: s-opening
        start: "10:00"
        duration: 10
        title: {{zh: 开幕, en: Opening}}
      - id: s-round-table
        duration: 90
        min_duration: 60
        kind: panel
        title: {{zh: "{LONG_ZH}", en: "{LONG_EN}"}}
      - id: s-lunch
        duration: 60
        min_duration: 30
        kind: meal
        title: {{zh: 午餐, en: Lunch}}
      - id: s-afternoon
        start: "12:40"
        hard_start: true
        duration: 60
        title: {{zh: "{LONG_ZH}", en: "{LONG_EN}"}}
"""


def long_titles_chair(folder: Path, **options):
    """A chair's window on the agenda above, on a clock that stands still until moved."""
    from ui.chair import ChairWindow
    from ui.controller import ShowController

    path = folder / "long-titles.yaml"
    path.write_text(AGENDA, encoding="utf-8")
    agenda = load_agenda(path)
    assert len(LONG_ZH) == 93
    clock = SimulatedClock(zurich_s(13, "09:58"), speed=0.0)
    show = Show(agenda, Journal.open(folder / "show.jsonl", agenda.source, agenda.timezone),
                clock, rehearsal=True)
    controller = ShowController(show)
    return ChairWindow(controller, **options), controller, clock


def round_table_starting(controller, clock) -> None:
    """The round table has just started: the cue banner "Now starting" is up (as the app
    flashes it: every language's words joined by " · ")."""
    controller.start("s-opening")
    clock.jump_to(zurich_s(13, "10:10"))
    controller.next()
    clock.jump_to(zurich_s(13, "10:10", second=4))
    controller.flash_cue(f"现在开始：{LONG_ZH} · Now starting: {LONG_EN}")


def wrap_up_message_in_the_dark(controller, clock) -> None:
    """Three minutes left, a message to the stage, the projector blacked out."""
    round_table_starting(controller, clock)
    clock.jump_to(zurich_s(13, "11:37"))
    controller.update_display(message="请发言人结束发言 · Please wrap up, 2 minutes",
                              blackout=True)


def late_lunch_held_for_the_restart(controller, clock) -> None:
    """The round table overran by 20 minutes: lunch must end at 12:40 for the fixed
    restart, and the resume cue is up."""
    round_table_starting(controller, clock)
    clock.jump_to(zurich_s(13, "12:00"))
    controller.next()
    clock.jump_to(zurich_s(13, "12:35"))
    controller.flash_cue(f"会议将在5分钟后继续：{LONG_ZH} · The session resumes in 5 minutes: "
                         f"{LONG_EN}")


SITUATIONS = {"cue-banner": round_table_starting, "stage-message": wrap_up_message_in_the_dark,
              "held-lunch": late_lunch_held_for_the_restart}


def drawn(window, width: int, height: int) -> None:
    """The window at this size, laid out and painted (grab paints every child)."""
    window.resize(width, height)
    window.controller.tick()
    window.layout().activate()
    window.grab()


def visible_texts(window) -> list:
    from ui.widgets import FitText

    return [t for t in window.findChildren(FitText) if t.text() and t.isVisible()]


@pytest.mark.parametrize("situation", SITUATIONS)
def test_at_1280x720_the_countdown_keeps_a_quarter_of_the_height_and_every_text_fits(
        qtbot, tmp_path, situation):
    window, controller, clock = long_titles_chair(tmp_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    SITUATIONS[situation](controller, clock)
    drawn(window, 1280, 720)
    assert window.size().toTuple() == (1280, 720)
    assert window.countdown.isVisible() and window.countdown.last_text == \
        controller.board().countdown
    assert window.countdown.last_digit_height >= 0.25 * 720
    # the long titles are on screen: the live session's, or the next one's (the lunch)
    assert LONG_ZH in window.title_primary.text() + window.next_label.text()
    texts = visible_texts(window)
    assert window.title_primary in texts and window.title_secondary in texts
    assert window.next_label in texts
    assert [t.text()[:20] for t in texts if not t.last_fits] == []
    # the banner or message is shown with the countdown, not instead of it
    assert window.message_box.isVisible()
    assert window.message_box.geometry().top() >= window.countdown.geometry().bottom()


def test_a_held_lunch_says_why_beside_the_countdown(qtbot, tmp_path):
    window, controller, clock = long_titles_chair(tmp_path)
    qtbot.addWidget(window)
    window.show()
    late_lunch_held_for_the_restart(controller, clock)
    drawn(window, 1280, 720)
    assert controller.board().countdown == "5:00"  # 12:35, lunch ends at 12:40, not 13:00
    assert window.held_for.isVisible() and window.held_for.text() == "back at 12:40"
    # in the band just above the digits, with the phase word
    assert window.held_for.geometry().bottom() <= window.countdown.geometry().top() + 8
    controller.start("s-afternoon")
    assert window.held_for.isHidden()


def test_the_projector_blacked_out_is_said_on_the_chair(qtbot, tmp_path):
    window, controller, _ = long_titles_chair(tmp_path)
    qtbot.addWidget(window)
    window.show()
    assert window.blackout.isHidden()
    controller.update_display(blackout=True)
    assert window.blackout.isVisible() and window.blackout.text() == "PROJECTOR BLACKED OUT"
    controller.update_display(blackout=False)
    assert window.blackout.isHidden()


@pytest.mark.parametrize("situation", SITUATIONS)
def test_no_session_id_is_shown_anywhere(qtbot, tmp_path, situation):
    from PySide6.QtWidgets import QLabel, QPushButton

    window, controller, clock = long_titles_chair(tmp_path)
    qtbot.addWidget(window)
    window.show()
    SITUATIONS[situation](controller, clock)
    drawn(window, 1280, 720)
    shown = [t.text() for t in visible_texts(window)]
    shown += [w.text() for kind in (QLabel, QPushButton) for w in window.findChildren(kind)
              if w.isVisible()]
    ids = [s.id for day in controller.agenda.days for s in day.sessions]
    assert [(i, text) for i in ids for text in shown if i in text] == []


def test_the_key_legend_is_left_out_where_it_would_be_unreadable(qtbot, tmp_path):
    """A chair's window on a corner of a laptop's screen: the legend (which the buttons
    repeat) is not drawn in specks; on a podium screen it is, whole."""
    window = long_titles_chair(tmp_path)[0]
    qtbot.addWidget(window)
    window.show()
    drawn(window, 1280, 720)
    assert window.legend.last_lines and window.legend.last_pixel_size >= window.legend.smallest
    assert "".join(window.legend.last_lines).replace(" ", "") == window.legend.text().replace(" ", "")
    drawn(window, 420, 410)
    assert window.legend.isVisible() and window.legend.last_lines == ()
    assert window.buttons["next"].text().endswith("(Space)")  # the keys are still named


def test_every_text_keeps_7_to_1_in_every_phase(qtbot, tmp_path):
    """The notice line, the key legend and the held-for box are drawn in the phase's text
    colour like the titles; the blackout badge has colours of its own."""
    from PySide6.QtGui import QPalette

    window, controller, clock = long_titles_chair(tmp_path)
    qtbot.addWidget(window)
    window.show()
    late_lunch_held_for_the_restart(controller, clock)  # lunch due to end at 12:40
    window.say("Not done: nothing to redo")
    phases = {}
    for moment in ("12:20", "12:35", "12:39", "12:41"):
        clock.jump_to(zurich_s(13, moment))
        drawn(window, 1280, 720)
        background = window.palette().window().color().name()
        phases[controller.board().phase.value] = background
        colours = {"held for": window.held_for.palette().color(QPalette.ColorRole.WindowText)}
        colours |= {name: getattr(window, name).color for name in (
            "title_primary", "next_label", "notice", "legend")}
        assert {name: round(contrast_ratio(colour.name(), background), 1)
                for name, colour in colours.items()
                if contrast_ratio(colour.name(), background) < 7} == {}, moment
    assert set(phases) == {"normal", "warning", "danger", "overtime"}
    assert contrast_ratio(*BLACKOUT_BADGE_COLOURS) >= 7


def main() -> None:
    from PySide6.QtWidgets import QApplication

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/chair-shots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    for name, situation in SITUATIONS.items():
        window, controller, clock = long_titles_chair(Path(tempfile.mkdtemp()))
        window.show()
        situation(controller, clock)
        for width, height in SIZES:
            drawn(window, width, height)
            app.processEvents()
            path = out / f"{name}-{width}x{height}.png"
            window.grab().save(str(path))
            unfit = [t.text()[:20] for t in visible_texts(window) if not t.last_fits]
            print(path, f"digits {window.countdown.last_digit_height / height:.0%} of the height",
                  f"not fitting: {unfit}" if unfit else "every text fits")
        window.close()
        window.deleteLater()
        app.processEvents()


if __name__ == "__main__":
    main()
