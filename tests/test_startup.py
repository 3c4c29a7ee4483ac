"""The app's start in two steps: the chair's window first, the rest once it is on screen."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QWidget

from runofshow.clock import SimulatedClock
from runofshow.loader import load_agenda
from tests.conftest import REPO, WIPO, zurich
from ui import first_frame
from ui.app import build_app
from ui.first_frame import after_first_frame
from ui.shell import Shell


def staged_shell(folder):
    """A Shell built as `run_app` builds it (the chair's window only, the rest later)."""
    clock = SimulatedClock(zurich(13, "09:58"), speed=0.0)

    def build(agenda, path, fresh, journal_file):
        return build_app(agenda, path, rehearse=True, fresh=fresh, clock=clock,
                         journal_file=journal_file or folder / "show.jsonl", complete=False)

    return Shell(build, load_agenda(WIPO), str(WIPO), rehearse=True)


def test_the_chair_is_on_screen_before_the_console_is_built(qtbot, tmp_path):
    shell = staged_shell(tmp_path)
    shell.start(staged=True)
    session = shell.session
    try:
        assert session.chair.isVisible()
        assert (session.console, session.projector, session.cues) == (None, None, None)
        assert shell.reload_button is None  # the console's status bar comes with it
        qtbot.waitExposed(session.chair)
        qtbot.waitUntil(lambda: session.complete and session.console.isVisible(), timeout=5000)
        assert session.projector.isVisible()
        assert session.cues.scheduler is not None and session.cues.scheduler.running
        assert session.cue_panel is not None
        assert shell.file_notice is not None and shell.reload_button is not None
        # the chair's keys already worked before, and go on working on the same show
        assert session.controller.next()
        assert session.controller.show.live_id == "d1-opening"
        assert session.console.current_model().rowCount() == len(session.controller.agenda.days[0].sessions)
    finally:
        session.close()


def test_a_show_closed_before_its_first_frame_builds_nothing_more(qtbot, tmp_path):
    shell = staged_shell(tmp_path)
    shell.start(staged=True)
    session = shell.session
    session.close()
    qtbot.wait(100)
    session.show_rest()  # as the deferred step would, had the window been exposed
    assert session.console is None and session.cues is None


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


# Runs `runofshow` (no argument) and notes which modules were loaded when the chair's
# window was first on screen, then which were loaded by the end. It imports nothing of Qt
# before the app does, as a real launch.
PROBE = r"""
import gc, inspect, json, os, sys, time
from benchmarks.ui_probe import after_import
from runofshow import cli

WATCHED = ("apscheduler.schedulers.qt", "ui.console", "ui.projector", "ui.cue_panel",
           "ui.keep_awake", "ui.speech", "PySide6.QtNetwork")
found = {}
source_read = []  # PySide6 reads a module's source to see if it names PySide6
read_source = inspect.getsource

def noted_source(module):
    source_read.append(getattr(module, "__name__", "?"))
    return read_source(module)

inspect.getsource = noted_source

def watch_first_frame():
    import ui.first_frame as first_frame

    made, run = first_frame._AfterFirstExpose.__init__, first_frame._AfterFirstExpose._run

    def noted_made(self, *args):
        found.setdefault("waiting_since", time.monotonic())
        made(self, *args)

    def noted_run(self):
        from PySide6.QtCore import QTimer

        found.setdefault("waited_s", time.monotonic() - found["waiting_since"])
        found.setdefault("collector_at_first_frame", gc.isenabled())
        QTimer.singleShot(2000, lambda: found.setdefault("collector_later", gc.isenabled()))
        found.setdefault("at_first_frame", [m for m in WATCHED if m in sys.modules])
        # PySide6 puts `Qt` in QtCore's namespace when it builds its ~90 enum classes
        found.setdefault("qt_namespace_built", "Qt" in vars(sys.modules["PySide6.QtCore"]))
        found.setdefault("yaml_at_first_frame", "yaml" in sys.modules)
        found.setdefault("source_read_by_first_frame", list(source_read))
        run(self)

    first_frame._AfterFirstExpose.__init__ = noted_made
    first_frame._AfterFirstExpose._run = noted_run

after_import("ui.first_frame", watch_first_frame)
os.environ["RUNOFSHOW_QUIT_AFTER_MS"] = "2500"
code = cli.main([])
found["at_exit"] = [m for m in WATCHED if m in sys.modules]
print(json.dumps({"code": code, **found}))
"""


def run_probe(env: dict, before: str = "") -> tuple[subprocess.CompletedProcess, dict]:
    """`runofshow` run by PROBE (after the code `before`): the process, and its report."""
    done = subprocess.run([sys.executable, "-c", before + PROBE], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.stdout.strip(), done.stderr[-2000:]
    return done, json.loads(done.stdout.strip().splitlines()[-1])


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


def test_the_first_window_waits_for_no_console_scheduler_speech_socket_or_qt_enums(platform_env):
    done, report = run_probe(platform_env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    assert report["code"] == 0
    assert report["at_first_frame"] == []
    # nor for PySide6's `Qt` namespace (~25 ms of enum classes: ui/qt_names.py)
    assert report["qt_namespace_built"] is False
    # PySide6 read the source of its own modules, and of none of the shell's or of those
    # loaded before the shell imported Qt (ui/feature_scan.py): the standard library, the core
    read = set(report["source_read_by_first_frame"])
    assert "shiboken6" in read
    assert not {name for name in read if name.startswith(("ui.", "runofshow."))}, read
    assert not read & {"typing", "datetime", "logging", "dataclasses", "pathlib", "json"}, read
    # the garbage collector is paused for the start, and back on once the windows are up
    assert report["collector_at_first_frame"] is False
    assert report["collector_later"] is True
    # the chair's window was exposed: the rest did not wait for the fallback
    assert report["waited_s"] < first_frame.FALLBACK_MS / 1000
    # all of it started afterwards (speech only where pyttsx3 can start espeak-ng)
    assert {"apscheduler.schedulers.qt", "ui.console", "ui.projector", "ui.cue_panel",
            "ui.keep_awake", "PySide6.QtNetwork"} <= set(report["at_exit"])


def test_the_collector_is_back_on_even_if_the_rest_of_the_windows_fail(tmp_path):
    broken = ("import ui.app\n"
              "def fail(session):\n"
              "    raise RuntimeError('the console could not be built')\n"
              "ui.app.AppSession.build_rest = fail\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RUNOFSHOW_DATA_DIR": str(tmp_path)}
    done, report = run_probe(env, before=broken)
    assert "the console could not be built" in done.stderr
    assert report["collector_at_first_frame"] is False
    assert report["collector_later"] is True


def test_a_second_launch_shows_the_chair_without_reading_yaml(tmp_path):
    """The first launch of an agenda parses it and keeps it (runofshow/agenda_cache.py);
    the next one, the show reopened, finds it and never imports PyYAML."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RUNOFSHOW_DATA_DIR": str(tmp_path)}
    env.pop("RUNOFSHOW_CACHE_DIR", None)
    reports = []
    for _ in range(2):
        done, report = run_probe(env)
        assert done.returncode == 0, done.stderr[-2000:]
        reports.append(report)
    assert [r["yaml_at_first_frame"] for r in reports] == [True, False]
    assert [p.name for p in (tmp_path / "cache").glob("*.agenda")] != []


def test_a_shell_and_its_session_are_freed_at_once_not_by_the_garbage_collector(qtbot, tmp_path):
    """No reference cycle may hold a session: the garbage collector would delete its Qt
    objects at a moment of its choosing, even while Qt is delivering an event to one of
    them (this crashed the test run with a corrupted heap)."""
    import gc
    import weakref

    from tests.qt_helpers import live_shell

    gc.collect()
    gc.disable()
    try:
        staged = staged_shell(tmp_path / "staged")
        staged.start(staged=True)
        qtbot.waitUntil(lambda session=staged.session: session.complete, timeout=5000)
        full, _, _ = live_shell(tmp_path)
        refs = []
        for shell in (staged, full):
            shell.session.close()
            refs += [weakref.ref(shell), weakref.ref(shell.session)]
        del staged, full, shell
        qtbot.wait(10)
        assert [ref() for ref in refs] == [None] * len(refs)
    finally:
        gc.enable()
