"""The projected countdown: phases at their exact seconds, sizes, real rendered contrast,
titles that fit, waiting/done, overlays, and the screen it lands on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage

from runofshow.clock import SimulatedClock
from runofshow.journal import Journal
from runofshow.loader import load_agenda
from runofshow.show import Show
from tests.conftest import REPO, WIPO, zurich_s
from ui.controller import ShowController
from ui.projector import LAYOUT, ProjectorWindow, share_rect
from ui.theme import PHASE_STYLES, WAITING_STYLE, contrast_ratio


def make_rig(qtbot, tmp_path, agenda=None, at=None, size=(1920, 1080), rehearsal=True):
    agenda = agenda or load_agenda(WIPO)
    clock = SimulatedClock(at or zurich_s(13, "09:58"), speed=0.0)  # frozen; jump_to moves it
    show = Show(agenda, Journal.open(tmp_path / "j.jsonl", agenda.source), clock, rehearsal=rehearsal)
    controller = ShowController(show)
    window = ProjectorWindow(controller)
    qtbot.addWidget(window)
    window.resize(*size)
    return SimpleNamespace(agenda=agenda, clock=clock, controller=controller, window=window)


@pytest.fixture
def rig(qtbot, tmp_path):
    return make_rig(qtbot, tmp_path)


def render(rig, moment=None) -> QImage:
    """Move the clock, tick as the app's ticker would, and paint the window for real."""
    if moment is not None:
        rig.clock.jump_to(moment)
    rig.controller.tick()
    return rig.window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def hex_of(image: QImage, x: int, y: int) -> str:
    return image.pixelColor(x, y).name().upper()


def background(image: QImage) -> str:
    # left edge, half way down: outside every text box (they start 2-4 % in)
    return hex_of(image, 3, image.height() // 2)


def colours_in(image: QImage, rect: QRect, step: int = 3) -> dict[str, int]:
    counts: dict[str, int] = {}
    for y in range(rect.top(), rect.bottom(), step):
        for x in range(rect.left(), rect.right(), step):
            name = hex_of(image, x, y)
            counts[name] = counts.get(name, 0) + 1
    return counts


def ink_box(image: QImage, rect: QRect, paper: str, step: int = 2) -> QRect:
    """The box of every pixel in `rect` that is not the background colour."""
    xs, ys = [], []
    for y in range(rect.top(), rect.bottom() + 1, step):
        for x in range(rect.left(), rect.right() + 1, step):
            if hex_of(image, x, y) != paper:
                xs.append(x)
                ys.append(y)
    return QRect(min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1) if xs else QRect()


def digits_rect(image: QImage) -> QRect:
    return share_rect(image.width(), image.height(), LAYOUT["digits"])


# -- phases ------------------------------------------------------------------------------
THRESHOLDS = [  # opening 10:00-10:10, started at 10:00:00
    ("10:04:59", "normal", "5:01"),
    ("10:05:00", "warning", "5:00"),
    ("10:08:59", "warning", "1:01"),
    ("10:09:00", "danger", "1:00"),
    ("10:10:00", "danger", "0:00"),
    ("10:10:01", "overtime", "+0:01"),
    ("10:10:02", "overtime", "+0:02"),
]


def start_opening(rig) -> None:
    rig.clock.jump_to(zurich_s(13, "10:00"))
    assert rig.controller.start("d1-opening")


def moment(hhmmss: str, day: int = 13) -> int:
    hour, minute, second = hhmmss.split(":")
    return zurich_s(day, f"{hour}:{minute}", second=int(second))


def test_phases_change_exactly_at_the_thresholds(rig):
    start_opening(rig)
    for when, phase, countdown in THRESHOLDS:
        image = render(rig, moment(when))
        style = PHASE_STYLES[phase]
        assert rig.window.style_now()[0].phase == phase, when
        assert rig.window.digits.last_text == countdown, when
        # the word and symbol say it too, in both languages, for a chair who cannot see colour
        assert style.symbol in rig.window.word.text()
        assert style.word["zh"] in rig.window.word.text()
        assert style.word["en"] in rig.window.word.text()
        second = rig.clock.now_s()
        expected = style.flash_background if style.flash_background and second % 2 else style.background
        assert background(image) == expected.upper(), when


def test_overtime_flashes_with_the_clock_second_not_a_counter(rig):
    start_opening(rig)
    overtime = PHASE_STYLES["overtime"]
    seen = {}
    for when in ("10:12:00", "10:12:01", "10:12:02"):
        rig.clock.jump_to(moment(when))
        # however many ticks arrive, the colour depends only on the clock's second
        for _ in range(3):
            seen.setdefault(when, set()).add(background(render(rig)))
    assert seen == {"10:12:00": {overtime.background.upper()},
                    "10:12:01": {overtime.flash_background.upper()},
                    "10:12:02": {overtime.background.upper()}}


def test_countdown_is_read_from_the_clock_at_paint_time(rig):
    start_opening(rig)
    rig.clock.jump_to(moment("10:03:00"))
    for _ in range(50):  # ticks are only "repaint now": they do not move the countdown
        rig.controller.tick()
    rig.window.grab()
    assert rig.window.digits.last_text == "7:00"
    rig.clock.jump_to(moment("10:03:30"))  # no tick at all: a paint still shows the time
    rig.window.grab()
    assert rig.window.digits.last_text == "6:30"


# -- size and contrast -------------------------------------------------------------------
@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720)])
@pytest.mark.parametrize(("when", "text"), [
    ("10:27:57", "1:02:03"),  # panel 1 (10:10-11:30) started at 10:10
    ("12:32:03", "+1:02:03"),
    ("11:17:26", "12:34"),
])
def test_digits_fill_at_least_35_percent_of_the_height_unclipped(qtbot, tmp_path, size, when, text):
    rig = make_rig(qtbot, tmp_path, at=zurich_s(13, "10:10"), size=size)
    assert rig.controller.start("d1-panel-1")
    image = render(rig, moment(when))
    assert rig.window.digits.last_text == text
    assert rig.window.digits.last_digit_height >= 0.35 * size[1]
    # nothing of the digits touches the edges of their box: not clipped
    box = digits_rect(image)
    ink = ink_box(image, box, background(image))
    assert ink.height() >= 0.35 * size[1]
    assert box.left() < ink.left() and ink.right() < box.right()
    assert box.top() < ink.top() and ink.bottom() < box.bottom()


@pytest.mark.parametrize(("when", "style"), [
    ("09:58:00", WAITING_STYLE),
    ("10:02:00", PHASE_STYLES["normal"]),
    ("10:06:00", PHASE_STYLES["warning"]),
    ("10:09:30", PHASE_STYLES["danger"]),
    ("10:11:00", PHASE_STYLES["overtime"]),  # even second: red
    ("10:11:01", PHASE_STYLES["overtime"]),  # odd second: the flash colour
])
def test_rendered_digits_contrast_at_least_7_to_1(rig, when, style):
    if when != "09:58:00":
        start_opening(rig)
    image = render(rig, moment(when))
    paper = background(image)
    counts = colours_in(image, digits_rect(image))
    # the digits' solid strokes: the most frequent colour in the band other than the paper
    ink = max((name for name in counts if name != paper), key=counts.get)
    assert ink == style.foreground.upper()
    assert paper in {style.background.upper(), (style.flash_background or "").upper()}
    assert contrast_ratio(paper, ink) >= 7


# -- titles ------------------------------------------------------------------------------
LONG_AGENDA = """\
title: {zh: 知识产权和前沿技术产权组织对话会 第九届会议, en: "WIPO Conversation"}
timezone: Europe/Zurich
languages: [zh, en]
days:
  - date: 2024-03-13
    sessions:
      - id: long
        start: "10:00"
        end: "10:30"
        title:
          zh: "第三组：生成式人工智能时代的创造者、表演者与权利人——\\
            在训练数据、透明度、公平报酬和集体管理方面寻求新的平衡与合作模式"
          en: >-
            Panel 3: Creators, Performers and Right Holders in the Age of Generative
            Artificial Intelligence – Seeking a New Balance and New Models of Cooperation
            on Training Data, Transparency, Fair Remuneration and Collective Management of Rights
      - id: after
        title:
          zh: 闭幕式暨总结发言：知识产权组织总干事与各位小组主持人就前沿技术的未来议程进行讨论
          en: >-
            Closing and Summary: the Director General and the Panel Moderators on the Future
            Agenda for Frontier Technologies and Intellectual Property Policy Worldwide
        end: "11:00"
"""


def test_long_and_chinese_titles_fit_at_720p(qtbot, tmp_path, write_agenda):
    rig = make_rig(qtbot, tmp_path, agenda=write_agenda(LONG_AGENDA), at=zurich_s(13, "10:00"),
                   size=(1280, 720))
    assert rig.controller.start("long")
    render(rig, moment("10:01:00"))
    window = rig.window
    assert window.primary.text().startswith("第三组") and "权利人——在训练数据" in window.primary.text()
    assert window.secondary.text().startswith("Panel 3")
    assert "闭幕式" in window.next_line.text()
    for widget in (window.primary, window.secondary, window.next_line, window.word, window.rehearsal):
        assert widget.last_fits, widget.text()
    # primary language first and larger
    assert window.primary.last_pixel_size >= window.secondary.last_pixel_size
    assert window.primary.geometry().bottom() <= window.secondary.geometry().top()


def test_waiting_shows_the_due_session_and_the_time_to_its_start(rig):
    render(rig, moment("09:58:00"))
    window = rig.window
    assert window.style_now()[0].mode == "waiting"
    assert window.word.text().startswith(WAITING_STYLE.symbol)
    assert "即将开始" in window.word.text() and "STARTS IN" in window.word.text()
    assert (window.primary.text(), window.secondary.text()) == ("开幕", "Opening")
    assert window.digits.last_text == "2:00"
    assert "10:00" in window.next_line.text()


def test_done_shows_the_agenda_title_and_programme_complete(qtbot, tmp_path, write_agenda):
    rig = make_rig(qtbot, tmp_path, agenda=write_agenda(LONG_AGENDA), at=zurich_s(13, "10:30"))
    assert rig.controller.start("after")
    rig.clock.jump_to(moment("11:00:00"))
    assert rig.controller.end()
    image = render(rig)
    window = rig.window
    assert window.style_now()[0].mode == "done"
    assert window.primary.text() == "知识产权和前沿技术产权组织对话会 第九届会议"
    assert window.secondary.text() == "WIPO Conversation"
    assert not window.banner.isHidden()
    assert "会议结束" in window.banner.text() and "Programme complete" in window.banner.text()
    assert window.digits.last_text == ""  # no stale 0:00
    assert window.banner.last_fits
    assert len(colours_in(image, digits_rect(image))) > 1  # the banner is really drawn


# -- the lines around the digits ---------------------------------------------------------
def test_next_line_wall_clock_and_rehearsal_marker(rig):
    start_opening(rig)
    render(rig, moment("10:03:00"))
    window = rig.window
    assert window.next_line.text().startswith("下一场 · Next: 第一组")
    assert window.next_line.text().endswith("in 7 min, 10:10")
    assert window.wall.last_text == "10:03"  # Geneva time, not UTC (09:03)
    assert window.rehearsal.text() == "彩排 · REHEARSAL" and not window.rehearsal.isHidden()


def test_no_rehearsal_marker_in_a_real_show(qtbot, tmp_path):
    rig = make_rig(qtbot, tmp_path, rehearsal=False)
    render(rig)
    assert rig.window.rehearsal.isHidden()


def test_a_missing_chinese_font_is_said_in_rehearsal(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr("ui.projector.missing_font_message", lambda: "No Chinese font is installed")
    rig = make_rig(qtbot, tmp_path)
    render(rig)
    assert rig.window.next_line.text() == "No Chinese font is installed"


def test_no_mouse_cursor_over_the_projection(rig):
    assert rig.window.cursor().shape() == Qt.CursorShape.BlankCursor


def test_blackout_draws_nothing_at_all(rig):
    start_opening(rig)
    rig.controller.update_display(message="Coffee", blackout=True)
    image = render(rig, moment("10:06:00"))  # warning: an amber screen if anything leaked
    black = QImage(image.size(), QImage.Format.Format_RGB32)
    black.fill(QColor("#000000"))
    assert image == black
    rig.controller.update_display(blackout=False)
    assert render(rig) != black


def test_message_overlay_and_its_blink(rig):
    start_opening(rig)
    rig.clock.jump_to(moment("10:06:00"))  # warning: amber, so the dark box stands out
    rig.controller.update_display(message="请发言人结束发言 · Please wrap up")
    image = render(rig)
    box = share_rect(image.width(), image.height(), LAYOUT["message"])
    centre = colours_in(image, box.adjusted(40, 40, -40, -40))
    assert set(centre) >= {"#000000", "#FFFFFF"} and "#FFB000" not in centre
    assert rig.window.message.text.last_fits
    rig.controller.update_display(blink=True)  # shown on even seconds only
    shown = {}
    for when in ("10:06:02", "10:06:03", "10:06:04"):
        image = render(rig, moment(when))
        shown[when] = hex_of(image, box.left() + 40, box.top() + 40) == "#000000"
        # the countdown is hidden under the box and back while the message blinks off
        assert rig.window.digits.isHidden() == shown[when]
    assert shown == {"10:06:02": True, "10:06:03": False, "10:06:04": True}
    rig.controller.update_display(message="")
    assert rig.window.message.isHidden()


def test_refreshes_on_changed(rig):
    start_opening(rig)
    render(rig, moment("10:06:00"))
    assert "WARNING" in rig.window.word.text()
    rig.controller.extend(5)  # `changed`, no tick: the word follows at once
    assert "TIME LEFT" in rig.window.word.text()


# -- which screen ------------------------------------------------------------------------
def test_one_screen_uses_the_primary_as_a_window_until_a_screen_is_picked(rig):
    screen = rig.window.place()
    assert screen is QGuiApplication.primaryScreen()
    # fullscreen here would cover the chair and console views of a one-screen laptop
    assert not rig.window.isFullScreen()
    rig.controller.update_display(projector_screen=screen.name())
    assert rig.window.isFullScreen()


PLACEMENT_PROBE = textwrap.dedent("""
    import json, sys, tempfile
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from runofshow.clock import SimulatedClock
    from runofshow.journal import Journal
    from runofshow.loader import load_agenda
    from runofshow.show import Show
    from tests.conftest import WIPO, zurich_s
    from ui.controller import ShowController
    from ui.projector import ProjectorWindow

    app = QApplication([])
    agenda = load_agenda(WIPO)
    clock = SimulatedClock(zurich_s(13, "09:58"), speed=0.0)
    show = Show(agenda, Journal.open(Path(tempfile.mkdtemp()) / "j.jsonl", agenda.source),
                clock)
    controller = ShowController(show)
    window = ProjectorWindow(controller)

    def report(step):
        app.processEvents()
        g = window.geometry()
        print(json.dumps({"step": step, "screen": window.screen().name(),
                          "full": window.isFullScreen(), "geometry": [g.x(), g.y(), g.width(), g.height()]}))

    window.place(); report("default")
    controller.update_display(projector_screen="podium"); report("picked podium")
    controller.update_display(fullscreen=False); report("windowed")
    controller.update_display(projector_screen="unplugged", fullscreen=True); report("unknown name")
    window.close()
    del window
""")


def test_placed_on_the_second_screen_and_moved_when_picked(tmp_path):
    layout = {"screens": [
        {"name": "podium", "x": 0, "y": 0, "width": 1920, "height": 1080},
        {"name": "projector", "x": 1920, "y": 0, "width": 1280, "height": 720},
    ]}
    (tmp_path / "screens.json").write_text(json.dumps(layout))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={tmp_path / 'screens.json'}")
    result = subprocess.run([sys.executable, "-c", PLACEMENT_PROBE], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    steps = {line["step"]: line for line in map(json.loads, result.stdout.splitlines())}
    assert steps["default"] == {"step": "default", "screen": "projector", "full": True,
                                "geometry": [1920, 0, 1280, 720]}
    assert steps["picked podium"]["screen"] == "podium"
    assert steps["picked podium"]["geometry"] == [0, 0, 1920, 1080]
    windowed = steps["windowed"]
    assert windowed["screen"] == "podium" and not windowed["full"]
    assert windowed["geometry"] == [480, 270, 960, 540]
    assert steps["unknown name"]["screen"] == "projector" and steps["unknown name"]["full"]


def test_every_view_paints_one_board_per_second_of_the_show(qtbot, tmp_path):
    """The chair, the projector and the console together work out the board once for each
    second of the show's clock (and afresh after an action), however often they paint."""
    from tests.qt_helpers import frozen_controller
    from ui.chair import ChairWindow
    from ui.console import ConsoleWindow

    controller, clock = frozen_controller(tmp_path)
    made = []
    board = controller.show.board
    controller.show.board = lambda *args: made.append(args[1]) or board(*args)
    windows = [ChairWindow(controller), ProjectorWindow(controller), ConsoleWindow(controller)]
    for window in windows:
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)

    def paint_everything() -> None:
        controller.tick()
        qtbot.wait(20)  # the ticked_late refresh of the console, and the paints
        for window in windows:
            window.grab()

    paint_everything()
    paint_everything()  # the same second again
    assert made == [zurich_s(13, "09:58")]
    clock.jump_by(1)
    paint_everything()
    controller.next()  # an action: the board is worked out afresh within the second
    paint_everything()
    assert made == [zurich_s(13, "09:58"), zurich_s(13, "09:58", second=1),
                    zurich_s(13, "09:58", second=1)]
    assert windows[1].digits.last_text == windows[0].countdown.last_text == "10:00"
