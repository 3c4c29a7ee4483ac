"""The projected countdown: phases at their exact seconds, sizes, real rendered contrast,
titles that fit, waiting/done, overlays, and the screen it lands on."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QTextLayout, QTextOption

from runofshow.clock import SimulatedClock
from runofshow.journal import Journal
from runofshow.loader import load_agenda
from runofshow.show import Show
from runofshow.words import NOTHING, words
from tests.conftest import WIPO, zurich_s
from tests.projector_texts import CUE_EN, LONG_AGENDA, LONG_EN, LONG_ZH, broken_words
from ui.controller import ShowController
from ui.i18n import translate_in
from ui.projector import LAYOUT, ProjectorWindow, held_for_text, share_rect
from ui.theme import PHASE_STYLES, WAITING_STYLE, contrast_ratio
from ui.widgets import WORD_OR_ANYWHERE, WORD_WRAP, FitText, make_font


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
    """The digits' band with only the next line under them (the usual case)."""
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
        assert translate_in("zh", "Theme", style.word) in rig.window.word.text()
        assert style.word in rig.window.word.text()
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
@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720), (1024, 768), (1280, 1024)])  # 16:9, 4:3, 5:4
@pytest.mark.parametrize(("when", "text"), [
    ("10:27:57", "1:02:03"),  # panel 1 (10:10-11:30) started at 10:10
    ("12:32:03", "+1:02:03"),
    ("11:17:26", "12:34"),
    ("23:59:00", "+12:29:00"),  # the widest a day can show: condensed, never under 35 %
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
SIZES = [(1280, 720), (1920, 1080), (960, 540)]  # 960×540: the projector as a window


def qt_lines(widget: FitText) -> tuple[list[str], float, float]:
    """The widget's text laid out by Qt's QTextLayout at the size the widget chose, broken
    between words (and CJK characters) only: the lines, the widest, the total height."""
    font = make_font(widget.last_pixel_size, widget.bold)
    layout = QTextLayout(widget.text().replace("\n", "\u2028"), font)  # a line break in Qt
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    lines, widest, height = [], 0.0, 0.0
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(widget.width())
        lines.append(widget.text()[line.textStart():line.textStart() + line.textLength()])
        widest, height = max(widest, line.naturalTextWidth()), height + line.height()
    layout.endLayout()
    return lines, widest, height


def assert_whole_words_that_fit(widget: FitText, image: QImage | None = None) -> None:
    """Fitted at a readable size, broken between words (or CJK characters) only, as Qt
    lays it out, inside its box; and on screen, nothing drawn on its box's edges (a line
    cut through would be)."""
    assert widget.last_fits, widget.text()
    assert widget.last_wrap == WORD_WRAP, widget.text()
    lines, widest, height = qt_lines(widget)
    assert list(widget.last_lines) == lines
    assert "".join(lines) == widget.text()
    assert widest <= widget.width() and height <= widget.height(), widget.text()
    assert broken_words(widget) == []
    if image is not None:
        box = widget.geometry().translated(widget.parentWidget().mapTo(widget.window(), QPoint()))
        paper = hex_of(image, box.left(), box.top())
        for y in (box.top(), box.bottom()):
            assert {hex_of(image, x, y) for x in range(box.left(), box.right())} == {paper}


@pytest.mark.parametrize("size", SIZES)
def test_long_latin_and_chinese_titles_wrap_whole_and_fit(qtbot, tmp_path, write_agenda, size):
    rig = make_rig(qtbot, tmp_path, agenda=write_agenda(LONG_AGENDA), at=zurich_s(13, "10:00"),
                   size=size)
    assert rig.controller.start("long")
    image = render(rig, moment("10:01:00"))
    window = rig.window
    assert len(window.primary.text()) == 93 and window.primary.text() == LONG_ZH
    assert window.secondary.text() == LONG_EN
    assert "闭幕式" in window.next_line.text()
    for widget in (window.primary, window.secondary, window.next_line, window.word, window.rehearsal):
        assert_whole_words_that_fit(widget, image)
    assert len(window.primary.last_lines) >= 2  # the Chinese title is broken between characters
    # primary language first and larger, each in its own part of the titles' band
    assert window.primary.last_pixel_size >= window.secondary.last_pixel_size
    assert window.primary.geometry().bottom() < window.secondary.geometry().top()
    titles = share_rect(*size, LAYOUT["titles"])
    assert titles.contains(window.primary.geometry()) and titles.contains(window.secondary.geometry())
    assert window.digits.last_digit_height >= 0.35 * size[1]


def test_a_word_is_broken_only_when_it_alone_cannot_fit_at_the_smallest_size(qtbot):
    text = "Donaudampfschifffahrtsgesellschaftskapitänsmütze und Urheberrecht im Gespräch"
    widget = FitText(text, largest=40, smallest=10)
    qtbot.addWidget(widget)
    widget.resize(150, 300)
    widget.grab()
    assert widget.last_fits and widget.last_wrap == WORD_OR_ANYWHERE
    assert len(broken_words(widget)) >= 1  # the ship captain's cap is cut: it must be
    for word in ("und", "Urheberrecht", "im", "Gespräch"):  # every other word is whole
        assert word in [line.strip() for line in widget.last_lines] or \
            any(f" {word} " in f" {line.strip()} " for line in widget.last_lines), word


def test_too_much_text_shrinks_below_readable_and_says_so_but_is_never_clipped(qtbot):
    widget = FitText(LONG_EN, largest=40, smallest=12)
    qtbot.addWidget(widget)
    widget.resize(300, 40)
    widget.grab()
    assert not widget.last_fits  # the box is too small for a readable size: said
    assert widget.last_pixel_size < 12
    _, widest, height = qt_lines(widget)
    assert widest <= widget.width() and height <= widget.height()  # yet drawn whole
    assert broken_words(widget) == []


def test_chinese_breaks_between_characters(qtbot):
    widget = FitText(LONG_ZH, largest=60, smallest=10, bold=True)
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.grab()
    assert_whole_words_that_fit(widget)
    assert len(widget.last_lines) > 3


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
    # when first (it is what the room needs), then the title in both languages
    # the wait in the room's first language ("7 分钟后，10:10"), through the translations
    assert window.next_line.text() == ("下一场 · Next · 7 分钟后，10:10: 第一组：相互理解——汇集不同观点"
                                       " · Panel 1: Mutual Understanding – Bringing Together "
                                       "Different Perspectives")
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


def visible_parts(window: ProjectorWindow) -> dict[str, QRect]:
    """The boxes of what the projector shows now."""
    parts = {"word": window.word, "rehearsal": window.rehearsal, "wall": window.wall,
             "primary": window.primary, "secondary": window.secondary, "message": window.message,
             "digits": window.digits, "held": window.held, "next": window.next_line,
             "cue": window.cue}
    return {name: widget.geometry() for name, widget in parts.items()
            if not widget.isHidden() and not (isinstance(widget, FitText) and not widget.text())}


def assert_nothing_overlaps(window: ProjectorWindow) -> None:
    parts = visible_parts(window)
    for a, first in parts.items():
        for b, second in parts.items():
            assert a >= b or not first.intersects(second), (a, b)


def assert_countdown_drawn(image: QImage, window: ProjectorWindow, share: float = 0.35) -> None:
    """The digits are on screen, at least `share` of the height, whole inside their band."""
    height = image.height()
    assert not window.digits.isHidden()
    assert window.digits.last_digit_height >= share * height
    box = window.digits.geometry()
    ink = ink_box(image, box, background(image))
    assert ink.height() >= share * height
    assert box.top() < ink.top() and ink.bottom() < box.bottom()


@pytest.mark.parametrize("size", SIZES)
def test_a_message_sits_with_the_countdown_in_the_titles_place(qtbot, tmp_path, size):
    rig = make_rig(qtbot, tmp_path, size=size)
    start_opening(rig)
    rig.clock.jump_to(moment("10:06:00"))  # warning: amber, so the dark box stands out
    rig.controller.update_display(message="请发言人结束发言 · Please wrap up, 2 minutes")
    image = render(rig)
    window = rig.window
    box = window.message.geometry()
    assert box == share_rect(*size, LAYOUT["titles"])
    centre = colours_in(image, box.adjusted(20, 20, -20, -20))
    assert set(centre) >= {"#000000", "#FFFFFF"} and "#FFB000" not in centre
    assert_whole_words_that_fit(window.message.text)
    assert window.primary.isHidden() and window.secondary.isHidden()
    assert window.digits.last_text == "4:00"
    assert_countdown_drawn(image, window)
    assert_nothing_overlaps(window)


def test_blink_blinks_the_message_never_the_countdown(rig):
    start_opening(rig)
    rig.controller.update_display(message="Please wrap up", blink=True)
    shown = {}
    for when, countdown in (("10:06:02", "3:58"), ("10:06:03", "3:57"), ("10:06:04", "3:56")):
        image = render(rig, moment(when))
        shown[when] = not rig.window.message.isHidden()
        assert rig.window.digits.last_text == countdown
        assert_countdown_drawn(image, rig.window)
        # the titles do not come back in between: the band stays the message's
        assert rig.window.primary.isHidden()
    assert shown == {"10:06:02": True, "10:06:03": False, "10:06:04": True}
    rig.controller.update_display(message="", blink=False)
    assert rig.window.message.isHidden() and not rig.window.primary.isHidden()


@pytest.mark.parametrize("size", SIZES)
def test_a_cue_banner_takes_the_next_line_and_breaks_no_word(qtbot, tmp_path, size):
    rig = make_rig(qtbot, tmp_path, size=size)
    start_opening(rig)
    rig.clock.jump_to(moment("10:00:02"))
    rig.controller.flash_cue(f"现在开始：{LONG_ZH} · {CUE_EN}")  # for 12 s of the show's clock
    image = render(rig)
    window = rig.window
    assert window.cue.text().startswith("» 现在开始") and "Protection" in window.cue.text()
    assert not window.cue.isHidden() and window.next_line.isHidden()
    assert_whole_words_that_fit(window.cue, image)
    # the rest stays: phase word, wall clock, titles and the countdown
    assert not window.word.isHidden() and not window.wall.isHidden()
    assert not window.primary.isHidden() and not window.secondary.isHidden()
    assert window.digits.geometry().bottom() < window.cue.geometry().top()
    assert_countdown_drawn(image, window)
    assert_nothing_overlaps(window)
    rig.controller.flash_cue("", seconds=0)  # its time is up: the next line is back
    render(rig)
    assert window.cue.isHidden() and not window.next_line.isHidden()


# -- why the countdown ends early --------------------------------------------------------
def late_lunch(rig) -> None:
    """Day 1 run 15 minutes late: lunch live from 13:15, due back at 15:00 for Panel 2's
    fixed start (tests/test_board.py has the same morning)."""
    rig.clock.jump_to(zurich_s(13, "10:15"))
    assert rig.controller.start("d1-opening")
    for hhmm in ("10:25", "11:45", "12:15", "12:45", "13:15"):
        rig.clock.jump_to(zurich_s(13, hhmm))
        assert rig.controller.next()


def test_held_for_in_both_languages_and_english_alone():
    """The reason is said in each of the agenda's languages through the shipped translations
    (assets/i18n), primary first; a language without one says it in English, once."""
    zh_en = ("zh", "en")
    back = words("back at {time}", time="15:00")
    assert held_for_text(back, zh_en) == "15:00 复会 · back at 15:00"
    close = words("for the {time} close", time="18:00")
    assert held_for_text(close, ("en", "zh")) == "for the 18:00 close · 以便 18:00 准时闭幕"
    assert held_for_text(words("must end by {time}", time="17:00"), ("de", "it")) == "must end by 17:00"
    for template in ("for the fixed start at {time}", "for the fixed end at {time}",
                     "ends at {time} for the close"):
        phrase = words(template, time="15:00")
        said = held_for_text(phrase, zh_en)
        assert said.endswith(f" · {phrase}") and said.count("15:00") == 2, said  # the time in both
    assert held_for_text(NOTHING, zh_en) == ""


@pytest.mark.parametrize(("when", "style"), [
    ("13:19:00", PHASE_STYLES["normal"]),
    ("14:56:00", PHASE_STYLES["warning"]),
    ("14:59:30", PHASE_STYLES["danger"]),
    ("15:01:00", PHASE_STYLES["overtime"]),
    ("15:01:01", PHASE_STYLES["overtime"]),  # the flash second
])
def test_held_for_shows_under_the_digits_readable_in_every_phase(qtbot, tmp_path, when, style):
    rig = make_rig(qtbot, tmp_path, at=zurich_s(13, "10:15"), size=(1280, 720))
    late_lunch(rig)
    image = render(rig, moment(when))
    window = rig.window
    assert str(rig.controller.board().held_for) == "back at 15:00"
    assert window.held.text() == "15:00 复会 · back at 15:00"
    assert_whole_words_that_fit(window.held, image)
    assert window.held.last_pixel_size >= 0.035 * 720  # a line a hall reads, not a footnote
    box = window.held.geometry()
    assert window.digits.geometry().bottom() < box.top() < box.bottom() < window.next_line.geometry().top()
    paper = background(image)
    counts = colours_in(image, box, step=1)
    ink = max((name for name in counts if name != paper), key=counts.get)
    assert ink == style.foreground.upper()
    assert paper in {style.background.upper(), (style.flash_background or "").upper()}
    assert contrast_ratio(paper, ink) >= 7
    assert_countdown_drawn(image, window)
    assert_nothing_overlaps(window)


def with_a_cue_and_a_message(rig) -> QImage:
    """The projector with a long cue's words and a message to the stage, drawn."""
    rig.controller.flash_cue(f"会议将在5分钟后继续：{LONG_ZH} · The session resumes in 5 minutes: {LONG_EN}")
    rig.controller.update_display(message="请各位回到座位 · Please take your seats")
    return render(rig)


@pytest.mark.parametrize("size", SIZES)
def test_everything_at_once_keeps_the_countdown_at_35_percent(qtbot, tmp_path, size):
    """A held lunch, a cue, a message to the stage and long titles: all on screen, nothing
    overlapping, every text whole, the digits at least 35 % of the height."""
    rig = make_rig(qtbot, tmp_path, at=zurich_s(13, "10:15"), size=size)
    late_lunch(rig)
    rig.clock.jump_to(moment("14:55:00"))
    image = with_a_cue_and_a_message(rig)
    window = rig.window
    assert window.digits.last_text == "5:00"
    for widget in (window.held, window.cue, window.message.text, window.word, window.rehearsal):
        assert not widget.isHidden()
        assert_whole_words_that_fit(widget)
    assert_countdown_drawn(image, window)
    assert_nothing_overlaps(window)


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_a_long_countdown_with_everything_at_once_keeps_35_percent(qtbot, tmp_path, size):
    """Lunch taken early (1:39:00 to the 15:00 restart, held), a cue and a message: the
    digits' band is at its smallest and the text at its widest for a waiting hall; on a
    4:3 screen too the digits are condensed rather than shrunk under 35 %."""
    rig = make_rig(qtbot, tmp_path, at=zurich_s(13, "13:20"), size=size)
    assert rig.controller.start("d1-lunch")
    rig.clock.jump_to(moment("13:21:00"))
    image = with_a_cue_and_a_message(rig)
    window = rig.window
    assert window.digits.last_text == "1:39:00"
    assert not window.held.isHidden() and not window.cue.isHidden()
    assert_countdown_drawn(image, window)
    box, ink = window.digits.geometry(), ink_box(image, window.digits.geometry(), background(image))
    assert box.left() < ink.left() and ink.right() < box.right()  # condensed, not cut
    assert_nothing_overlaps(window)


def test_refreshes_on_changed(rig):
    start_opening(rig)
    render(rig, moment("10:06:00"))
    assert "WARNING" in rig.window.word.text()
    rig.controller.extend(5)  # `changed`, no tick: the word follows at once
    assert "TIME LEFT" in rig.window.word.text()


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
