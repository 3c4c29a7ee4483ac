"""The projector's screen: where it goes, fullscreen and the way back from it (Esc, the
console's box and button), the windows' places after it moves, and the screens' badges.

One screen is the offscreen platform's own; two screens run in a subprocess with the
offscreen platform's screen layout (docs: /work/shared/TESTING.md)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication

from tests.conftest import REPO, WIPO, zurich_s
from tests.qt_helpers import frozen_controller
from ui.console_panels import FULLSCREEN_BLOCKED, ProjectorControls
from ui.projector import ProjectorWindow


def test_one_screen_opens_a_window_says_why_and_esc_comes_back_from_covering_it(qtbot, tmp_path):
    controller, _ = frozen_controller(tmp_path)
    window, controls = ProjectorWindow(controller), ProjectorControls(controller)
    for widget in (window, controls):
        qtbot.addWidget(widget)
    controls.show()  # clicked like a technician would
    controls.attach_projector(window)
    assert controller.display.fullscreen  # wanted, as by default
    assert window.place() is QGuiApplication.primaryScreen()
    # fullscreen here would cover the chair and console views of a one-screen laptop
    assert not window.isFullScreen()
    assert not controls.fullscreen.isChecked()  # what is true, not what is wanted
    assert controls.fullscreen_note.isVisibleTo(controls)  # and why, beside the box
    assert controls.fullscreen_note.text() == FULLSCREEN_BLOCKED
    assert not controls.leave_button.isVisibleTo(controls)

    qtbot.mouseClick(controls.fullscreen, Qt.MouseButton.LeftButton)  # cover it anyway
    assert window.isFullScreen()
    assert window.geometry() == QGuiApplication.primaryScreen().geometry()
    assert controls.fullscreen.isChecked() and not controls.fullscreen_note.isVisibleTo(controls)
    assert controls.leave_button.isVisibleTo(controls) and controls.leave_button.isEnabled()

    qtbot.keyClick(window, Qt.Key.Key_Escape)  # the way back, with the console covered
    assert not window.isFullScreen() and not controller.display.fullscreen
    assert not controls.fullscreen.isChecked() and not controls.leave_button.isEnabled()

    qtbot.mouseClick(controls.fullscreen, Qt.MouseButton.LeftButton)
    assert window.isFullScreen()
    qtbot.mouseClick(controls.leave_button, Qt.MouseButton.LeftButton)
    assert not window.isFullScreen() and not controls.fullscreen.isChecked()


def test_the_box_follows_the_window_when_the_system_takes_it_out_of_fullscreen(qtbot, tmp_path):
    controller, _ = frozen_controller(tmp_path)
    window, controls = ProjectorWindow(controller), ProjectorControls(controller)
    for widget in (window, controls):
        qtbot.addWidget(widget)
    controls.show()  # clicked like a technician would
    controls.attach_projector(window)
    controller.update_display(projector_screen=QGuiApplication.primaryScreen().name())
    window.place()
    assert controls.fullscreen.isChecked()
    window.showNormal()  # as a window manager may do
    assert not controls.fullscreen.isChecked()
    qtbot.mouseClick(controls.fullscreen, Qt.MouseButton.LeftButton)  # asked again: done again
    assert window.isFullScreen() and controls.fullscreen.isChecked()


def test_after_fullscreen_the_windows_go_back_to_their_places(qtbot, tmp_path, monkeypatch):
    from runofshow.clock import SimulatedClock
    from runofshow.loader import load_agenda
    from ui.app import build_app, first_run_layout

    windows = build_app(load_agenda(WIPO), WIPO, rehearse=True,
                        clock=SimulatedClock(zurich_s(13, "09:58"), speed=0.0),
                        journal_file=tmp_path / "show.jsonl")
    raised = []
    for name in ("chair", "console"):
        window = windows.windows()[name]
        monkeypatch.setattr(window, "raise_", lambda name=name: raised.append(name))
    windows.show_all()
    projector, controller = windows.projector, windows.controller
    screen = QGuiApplication.primaryScreen()
    place = QRect(*first_run_layout(screen.availableGeometry(), 1)["projector"])
    # one screen: a window beside the chair's, over neither the chair nor the console
    # (where they are laid out: on this small test screen the console is wider than that)
    assert not projector.isFullScreen() and projector.geometry() == place
    for name, layout in first_run_layout(screen.availableGeometry(), 1).items():
        assert name == "projector" or not place.intersects(QRect(*layout)), name
    assert windows.console.projector.fullscreen_note.isVisibleTo(windows.console)

    raised.clear()
    controller.update_display(projector_screen=screen.name())  # picked: it covers them all
    assert projector.isFullScreen() and projector.geometry() == screen.geometry()
    assert windows.console.projector.fullscreen.isChecked()
    assert raised == []  # nothing above the projection while it covers their screen

    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isFullScreen() and projector.geometry() == place
    assert raised[-2:] == ["console", "chair"]  # back above it, the chair on top
    assert not windows.console.projector.fullscreen.isChecked()

    projector.setGeometry(place.adjusted(-40, -30, -40, -30))  # the technician moves it
    controller.update_display(fullscreen=True)
    assert projector.isFullScreen()
    controller.update_display(projector_screen=None)  # Automatic: one screen, a window again
    assert not projector.isFullScreen()
    assert projector.geometry() == place.adjusted(-40, -30, -40, -30)  # where it was left
    windows.close()


TWO_SCREENS = {"screens": [
    {"name": "podium", "x": 0, "y": 0, "width": 1920, "height": 1080},
    {"name": "projector", "x": 1920, "y": 0, "width": 1280, "height": 720},
]}

PROBE = textwrap.dedent("""
    import json, tempfile
    from pathlib import Path
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from tests.qt_helpers import frozen_controller
    from ui.console_panels import ProjectorControls
    from ui.projector import ProjectorWindow

    app = QApplication([])
    controller, _ = frozen_controller(Path(tempfile.mkdtemp()))
    window, controls = ProjectorWindow(controller), ProjectorControls(controller)
    controls.attach_projector(window)

    def geometry(widget):
        g = widget.geometry()
        return [g.x(), g.y(), g.width(), g.height()]

    def report(step, **more):
        app.processEvents()
        print(json.dumps({"step": step, "screen": window.screen().name(),
                          "full": window.isFullScreen(), "geometry": geometry(window),
                          "box": controls.fullscreen.isChecked(),
                          "wanted": controller.display.fullscreen, **more}), flush=True)

    def pick(name):
        controls.screen_combo.setCurrentIndex(controls.screen_combo.findData(name))

    def badges():
        flags = Qt.WindowType
        return [{"screen": b.screen().name(), "geometry": geometry(b), "shown": b.isVisible(),
                 "text": b.label.text(),
                 "frameless": bool(b.windowFlags() & flags.FramelessWindowHint),
                 "on_top": bool(b.windowFlags() & flags.WindowStaysOnTopHint)}
                for b in controls.screen_badges.badges]

    window.place(); report("default")
    pick("podium"); report("picked podium")
    pick("projector"); report("picked projector")
    QTest.keyClick(window, Qt.Key.Key_Escape); report("escape")
    controls.fullscreen.click(); report("ticked")
    pick(None); report("automatic")
    controller.update_display(projector_screen="HDMI-9"); report("unknown name")
    controller.update_display(projector_screen=None)
    controls.identify_button.click()
    shown = badges()
    QTest.mouseClick(controls.screen_badges.badges[0], Qt.MouseButton.LeftButton)
    report("identify", badges=shown, after_click=len(controls.screen_badges.badges))
    controls.identify_button.click()
    first = len(controls.screen_badges.badges)
    QTest.qWait(3300)
    report("identify again", before=first, after_wait=len(controls.screen_badges.badges),
           windows=sorted(w.windowTitle() for w in app.topLevelWidgets() if w.isVisible()))
    window.close()
""")


def test_two_screens_pick_escape_and_identify(tmp_path):
    (tmp_path / "screens.json").write_text(json.dumps(TWO_SCREENS))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={tmp_path / 'screens.json'}")
    result = subprocess.run([sys.executable, "-c", PROBE], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    steps = {line["step"]: line for line in map(json.loads, result.stdout.splitlines())}
    projector_screen = [1920, 0, 1280, 720]
    # the second screen, fullscreen, and the box says so
    assert steps["default"] == {"step": "default", "screen": "projector", "full": True,
                                "geometry": projector_screen, "box": True, "wanted": True}
    assert steps["picked podium"] | {"step": ""} == {"step": "", "screen": "podium", "full": True,
                                                     "geometry": [0, 0, 1920, 1080], "box": True,
                                                     "wanted": True}
    assert steps["picked projector"]["geometry"] == projector_screen
    assert steps["picked projector"]["full"]
    # Esc: a window on the same screen, centred, and the box unticked
    escaped = steps["escape"]
    assert (escaped["screen"], escaped["full"], escaped["box"], escaped["wanted"]) == \
        ("projector", False, False, False)
    assert escaped["geometry"] == [1920 + 160, 90, 960, 540]
    assert steps["ticked"]["full"] and steps["ticked"]["geometry"] == projector_screen
    assert steps["automatic"]["full"] and steps["automatic"]["screen"] == "projector"
    # a screen remembered from another room: the second screen meanwhile
    assert steps["unknown name"]["full"] and steps["unknown name"]["screen"] == "projector"
    # Identify: a badge on each screen, inside it, saying its name and size
    identify = steps["identify"]
    badges = {badge["screen"]: badge for badge in identify["badges"]}
    assert sorted(badges) == ["podium", "projector"]
    for screen in TWO_SCREENS["screens"]:
        badge = badges[screen["name"]]
        area = QRect(screen["x"], screen["y"], screen["width"], screen["height"])
        assert badge["shown"] and badge["frameless"] and badge["on_top"]
        assert area.contains(QRect(*badge["geometry"]))
        assert QRect(*badge["geometry"]).width() >= screen["width"] // 2  # big
        assert badge["text"].startswith(f"{screen['name']}\n{screen['width']} × {screen['height']}")
    assert identify["after_click"] == 0  # a click on one closes them all
    again = steps["identify again"]
    assert again["before"] == 2 and again["after_wait"] == 0  # gone by themselves after 3 s
    assert not any("screen" in title for title in again["windows"])
