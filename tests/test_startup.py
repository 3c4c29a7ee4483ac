"""The app's start in two steps: the chair's window first, the rest once it is on screen."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from runofshow.clock import SimulatedClock
from runofshow.loader import load_agenda
from tests.conftest import REPO, WIPO, zurich_s
from ui import first_frame
from ui.app import build_app
from ui.first_frame import after_first_frame
from ui.shell import Shell


def staged_shell(folder):
    """A Shell built as `run_app` builds it (the chair's window only, the rest later)."""
    clock = SimulatedClock(zurich_s(13, "09:58"), speed=0.0)

    def build(agenda, path, fresh, journal_file):
        return build_app(agenda, path, rehearse=True, fresh=fresh, clock=clock,
                         journal_file=journal_file or folder / "show.jsonl", complete=False)

    return Shell(build, load_agenda(WIPO), str(WIPO), rehearse=True)


def test_the_chair_is_on_screen_before_the_console_is_built(qtbot, tmp_path):
    shell = staged_shell(tmp_path)
    shell.start(staged=True)
    windows = shell.windows
    try:
        assert windows.chair.isVisible()
        assert (windows.console, windows.projector, windows.cues) == (None, None, None)
        assert shell.reload_button is None  # the console's status bar comes with it
        qtbot.waitExposed(windows.chair)
        qtbot.waitUntil(lambda: windows.complete and windows.console.isVisible(), timeout=5000)
        assert windows.projector.isVisible()
        # the keys are the chair's: the windows shown after it did not take them
        qtbot.waitUntil(lambda: QApplication.activeWindow() is windows.chair, timeout=2000)
        assert windows.projector.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        assert windows.cues.scheduler is not None and windows.cues.scheduler.running
        assert windows.cue_panel is not None
        assert shell.file_notice is not None and shell.reload_button is not None
        # the chair's keys already worked before, and go on working on the same show
        assert windows.controller.next()
        assert windows.controller.show.live_id == "d1-opening"
        assert windows.console.current_model().rowCount() == len(windows.controller.agenda.days[0].sessions)
    finally:
        shell.close()


def test_the_module_sources_pyside_read_at_import_are_let_go_once_the_chair_is_up(qtbot, tmp_path):
    """PySide6 reads each module's source at import, and linecache would keep them all."""
    import linecache

    import ui.chair

    linecache.getlines(ui.chair.__file__)  # as PySide6's check of a new module does
    assert ui.chair.__file__ in linecache.cache
    shell = staged_shell(tmp_path)
    shell.start(staged=True)
    windows = shell.windows
    try:
        qtbot.waitUntil(lambda: windows.complete and windows.console.isVisible(), timeout=5000)
        assert ui.chair.__file__ not in linecache.cache
    finally:
        shell.close()


def test_the_app_sets_each_show_s_objects_aside_from_collections_after_a_paint(
        qtbot, tmp_path, monkeypatch):
    """ui/heap.py: once the windows painted a second, what is alive is out of the
    collector's walk; after a rebuild, the old windows are collected, not kept set aside."""
    import gc
    import weakref

    from ui.app import Application

    monkeypatch.setattr("ui.app.make_announcer", lambda: None)
    gc.unfreeze()
    app = Application(load_agenda(WIPO), str(WIPO), rehearse=True, set_heap_aside=True)
    try:
        app.shell.start(journal_file=tmp_path / "show.jsonl")
        qtbot.waitUntil(lambda: app.shell.windows.complete
                        and app.shell.windows.console.isVisible(), timeout=5000)
        windows = app.shell.windows
        assert gc.get_freeze_count() == 0  # not before the show has painted a second
        windows.controller.tick()
        qtbot.waitUntil(lambda: gc.get_freeze_count() > 10_000, timeout=5000)
        assert not any(found is windows.chair for found in gc.get_objects())  # set aside
        old_chair = weakref.ref(windows.chair)
        app.shell.rebuild()  # another interface language, say: new windows, the same show
        rebuilt = app.shell.windows
        assert rebuilt is not windows
        windows = None
        qtbot.waitUntil(lambda: rebuilt.complete, timeout=5000)
        frozen = gc.get_freeze_count()
        rebuilt.controller.tick()
        qtbot.waitUntil(lambda: gc.get_freeze_count() != frozen, timeout=5000)
        assert old_chair() is None  # the show before is gone, not set aside for good
        assert not any(found is rebuilt.chair for found in gc.get_objects())
    finally:
        app.shell.close()
        gc.unfreeze()  # this process runs other tests' shows after this one


def test_a_show_closed_before_its_first_frame_builds_nothing_more(qtbot, tmp_path):
    shell = staged_shell(tmp_path)
    shell.start(staged=True)
    windows = shell.windows
    windows.close()
    qtbot.wait(100)
    windows.show_rest()  # as the deferred step would, had the window been exposed
    assert windows.console is None and windows.cues is None
    shell.close()


def test_work_after_the_first_frame_runs_once_the_window_is_exposed(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    ran = []
    after_first_frame(window, lambda: ran.append("first"), lambda: ran.append("second"))
    assert ran == []  # not before the window system has shown it
    qtbot.waitUntil(lambda: ran == ["first", "second"], timeout=3000)
    assert window.windowHandle().isExposed()
    qtbot.wait(50)
    assert ran == ["first", "second"]  # once


def test_work_after_the_first_frame_runs_even_if_no_frame_comes(qtbot, monkeypatch):
    monkeypatch.setattr(first_frame, "FALLBACK_MS", 50)
    window = QWidget()  # never shown: never exposed
    qtbot.addWidget(window)
    ran = []
    after_first_frame(window, lambda: ran.append("late"))
    qtbot.waitUntil(lambda: ran == ["late"], timeout=2000)


# Runs the app as `runofshow` with no argument does (the bundled agenda, in rehearsal)
# and notes which window was on screen first and which modules were loaded by then, and
# which by the end.
PROBE = r"""
import json, os, sys
from ui import launcher
from PySide6.QtCore import QEvent, QObject
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

WATCHED = ("apscheduler", "ui.console", "ui.projector", "ui.cue_panel", "ui.keep_awake",
           "ui.speech", "PySide6.QtNetwork", "runofshow.importing", "runofshow.export",
           "ui.server", "aiohttp", "paho", "ui.venue_publisher", "ui.venue_overview", "runofshow.venue")
found = {}

class FirstExpose(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Expose and watched.isExposed() and "first" not in found:
            found["first"] = watched.title()
            found["at_first_frame"] = [m for m in WATCHED if m in sys.modules]
        return False

watcher = FirstExpose()
show = QWidget.show

def watched_show(widget):
    show(widget)
    if widget.isWindow():
        widget.windowHandle().installEventFilter(watcher)

QWidget.show = watched_show
os.environ["RUNOFSHOW_QUIT_AFTER_MS"] = "2500"
code = launcher.main([])
found["at_exit"] = [m for m in WATCHED if m in sys.modules]
print(json.dumps({"code": code, **found}))
"""


@pytest.fixture(params=["offscreen", "xcb"])
def platform_env(request, tmp_path):
    """The environment of an app run: offscreen, or a real X server (a private Xvfb)."""
    env = {**os.environ, "QT_QPA_PLATFORM": request.param, "RUNOFSHOW_DATA_DIR": str(tmp_path)}
    if request.param == "offscreen":
        yield env
        return
    if shutil.which("Xvfb") is None:
        pytest.skip("needs Xvfb (.ci/run installs it)")
    from benchmarks.ui import x_server

    with x_server() as display:
        yield {**env, "DISPLAY": display}


def test_the_chairs_window_is_on_screen_before_the_rest_is_even_imported(platform_env):
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=REPO, env=platform_env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["code"] == 0
    assert report["first"] == "runofshow — chair"
    assert report["at_first_frame"] == []
    # all of it started afterwards (speech only where pyttsx3 can start espeak-ng)
    assert {"apscheduler", "ui.console", "ui.projector", "ui.cue_panel", "ui.keep_awake",
            "PySide6.QtNetwork"} <= set(report["at_exit"])
    # and what a show left alone never uses, never: the importers and exporters (the Open
    # dialog, the Reports menu) and the remote server (its tab, --serve)
    assert not {"runofshow.importing", "runofshow.export", "ui.server",
                "aiohttp"} & set(report["at_exit"])
    # nor the venue's broker client: paho only with --broker (or an overview opened)
    assert not {"paho", "ui.venue_publisher", "ui.venue_overview", "runofshow.venue"} & set(report["at_exit"])


def test_a_shell_and_its_windows_are_freed_at_once_not_by_the_garbage_collector(qtbot, tmp_path):
    """No reference cycle may hold a show's windows: the garbage collector would delete
    their Qt objects at a moment of its choosing, even while Qt is delivering an event to
    one of them (this crashed the test run with a corrupted heap). With DEBUG_SAVEALL, what
    the collector finds in a cycle is kept in gc.garbage instead of freed, where it is seen."""
    import gc
    import weakref

    from tests.qt_helpers import live_shell
    from ui.app import ShowWindows

    staged = staged_shell(tmp_path / "staged")
    staged.start(staged=True)
    qtbot.waitUntil(lambda windows=staged.windows: windows.complete, timeout=5000)
    full, _, _ = live_shell(tmp_path)
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        refs = []
        for shell in (staged, full):
            shell.close()
            refs += [weakref.ref(shell), weakref.ref(shell.windows)]
        del staged, full, shell
        qtbot.wait(10)
        gc.collect()
        assert [ref() for ref in refs] == [None] * len(refs)
        in_cycles = [o for o in gc.garbage if isinstance(o, Shell | ShowWindows)]
        assert in_cycles == []
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
