"""The console on the screens a venue laptop has: 1280×720 and 1366×768.

The console gets its first-run geometry on such a screen (ui/app.py first_run_layout: the
left 58 % of the main screen, the chair's window beside it) with its cue dock at its first
share of the height, on a live show running late with a long title on the live row. Then
what a technician needs must be in view, with nothing to scroll sideways: the rundown's
titles, every control of the side panel (the stage message included), the top bar and the
room's status lines.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QWidget

from runofshow.clock import SimulatedClock
from runofshow.loader import load_agenda
from tests.conftest import WIPO, zurich_s
from ui.app import CUE_DOCK_SHARE, build_app, first_run_layout
from ui.rundown_model import HEADERS, LATE, PLANNED, PROJECTED, STATE, TITLE
from ui.rundown_view import TITLE_MIN_PX

LONG_ZH = ("问答环节：生成式人工智能时代的版权、训练数据与创作者的公平报酬——"
           "来自各国知识产权局、产业界和民间社会的观点")


@pytest.fixture
def long_title_agenda(tmp_path):
    """The WIPO agenda with a long Chinese title on the Q&A after panel 2."""
    text = WIPO.read_text(encoding="utf-8")
    line = text.index("        title:", text.index("      - id: d1-panel-2-qa"))
    end = text.index("\n", line)
    text = text[:line] + f'        title: {{zh: "{LONG_ZH}", en: "Q&A"}}' + text[end:]
    path = tmp_path / "wipo-long-title.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def first_run_console(qtbot, tmp_path, agenda_path, width: int, height: int):
    """The app's windows on a live day running late (the Q&A after panel 2 live, the 18:00
    close at risk), the console at its first-run geometry on a width×height screen."""
    clock = SimulatedClock(zurich_s(13, "10:00"), speed=0.0)
    windows = build_app(load_agenda(agenda_path), agenda_path, rehearse=True, clock=clock,
                        journal_file=tmp_path / "show.jsonl")
    controller = windows.controller
    for moment, do in (("10:00", controller.next), ("10:10", controller.next),
                       ("15:00", lambda: controller.start("d1-panel-2")),
                       ("15:05", lambda: controller.extend(40)), ("16:40", controller.next)):
        clock.jump_to(zurich_s(13, moment))
        do()
    clock.jump_to(zurich_s(13, "16:47"))
    windows.show_all()
    console = windows.console
    console.setGeometry(*first_run_layout(QRect(0, 0, width, height), 1)["console"])
    # as ShowWindows.show_rest does once the console has its height
    console.resizeDocks([windows.cue_dock], [console.height() * CUE_DOCK_SHARE // 100],
                        Qt.Orientation.Vertical)
    console.select_session("d1-panel-2-qa")
    # the room's lines as they are on a laptop without a desktop session bus
    console.show_room_status("screens", "Cannot keep the screens awake: no D-Bus session bus "
                                        "(DBUS_SESSION_BUS_ADDRESS is not set) — disable the "
                                        "screensaver by hand", ok=False)
    console.show_room_status("speech", "Speech ready (espeak-ng)", ok=True)
    qtbot.waitExposed(console)
    settle(qtbot, console)
    return windows, console


def settle(qtbot, console, steady: int = 3) -> None:
    """Until the console's layout stops changing (its rundown's viewport and hidden
    columns the same `steady` looks in a row, 20 ms apart): a busy machine can take longer
    than any fixed wait to lay out the docks."""
    looks: list[tuple] = []

    def steady_now() -> bool:
        view = console.current_view()
        looks.append((console.geometry().getRect(), view.viewport().size().toTuple(),
                      tuple(view.hidden_columns())))
        return len(looks) >= steady and len(set(looks[-steady:])) == 1

    qtbot.waitUntil(steady_now, timeout=5000)


def inside(widget: QWidget, area: QWidget) -> bool:
    """Whether `widget` lies wholly within `area` (a viewport, a window)."""
    top_left = widget.mapTo(area, widget.rect().topLeft())
    return area.rect().contains(QRect(top_left, widget.size()))


SIZES = [(1280, 720), (1366, 768)]


@pytest.mark.parametrize(("width", "height"), SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
@pytest.mark.parametrize("long_title", [False, True], ids=["wipo", "long-chinese-title"])
def test_the_console_fits_its_share_of_a_small_screen(qtbot, tmp_path, long_title_agenda,
                                                     width, height, long_title):
    windows, console = first_run_console(qtbot, tmp_path,
                                         long_title_agenda if long_title else WIPO, width, height)
    try:
        share = first_run_layout(QRect(0, 0, width, height), 1)["console"]
        assert (console.width(), console.height()) == (share[2], share[3])  # it did not grow
        assert console.minimumSizeHint().width() <= share[2]

        # the rundown: state, times, title and lateness in view, nothing to scroll sideways
        view = console.current_view()
        viewport = view.viewport().width()
        for column in (STATE, PLANNED, PROJECTED, TITLE, LATE):
            assert not view.isColumnHidden(column), HEADERS[column]
            assert view.columnViewportPosition(column) >= 0
            assert view.columnViewportPosition(column) + view.columnWidth(column) <= viewport
        assert view.columnWidth(TITLE) >= TITLE_MIN_PX
        assert view.horizontalScrollBar().maximum() == 0
        assert view.columnViewportPosition(TITLE) < view.columnViewportPosition(LATE)
        row = view.model().row_of("d1-panel-2-qa")
        tip = view.model().index(row, TITLE).data(Qt.ItemDataRole.ToolTipRole)
        assert tip.splitlines()[0] == (LONG_ZH if long_title else "第二组：有主持的问答和讨论")

        # the side panel: every control in view without scrolling, the stage message too
        side = console.side_panel
        assert side.verticalScrollBar().maximum() == 0
        controls = [w for w in side.widget().findChildren(QWidget)
                    if isinstance(w, QAbstractButton | QComboBox | QLineEdit) and w.isVisibleTo(console)]
        assert console.projector.message_edit in controls
        assert console.buttons["extend-5"] in controls
        for control in [*controls, console.selected_label]:
            assert inside(control, side.viewport()), control
        assert console.selected_label.full_text.startswith(LONG_ZH if long_title else "第二组")

        # the top bar, the day's summary and the room's lines: within the window
        top = [console.buttons[name] for name in ("next", "end", "undo", "redo")]
        for widget in (*top, console.now_label, console.rehearsal_badge, console.speed_box,
                       console.summary, console.room_label, console.room_quiet):
            assert widget.isVisibleTo(console) and inside(widget, console), widget
        assert "<br>" not in console.room_label.text()  # a problem line
        assert "\n" not in console.room_quiet.text()  # and one quiet line
    finally:
        windows.close()
