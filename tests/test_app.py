"""The whole app: one show, three windows, the second ticker, and coming back after a close."""

from __future__ import annotations

import json
import math
import os
import shutil
import signal
import subprocess
import sys
import time
from datetime import datetime
from itertools import pairwise

import pytest
from PySide6.QtCore import Qt

from runofshow.clock import SimulatedClock, SystemClock
from runofshow.display_state import DisplayState
from runofshow.loader import load_agenda
from runofshow.show import Show, journal_file, rehearsal_clock
from tests.conftest import REPO, WIPO, zurich_s
from ui.app import build_app
from ui.ticker import SecondTicker


@pytest.fixture
def agenda():
    return load_agenda(WIPO)


def test_every_window_shows_the_same_live_show(qtbot, tmp_path, agenda):
    clock = SimulatedClock(zurich_s(13, "10:00"), speed=0.0)
    windows = build_app(agenda, WIPO, rehearse=True, clock=clock,
                        journal_file=tmp_path / "show.jsonl")
    windows.show_all()
    for window in windows.windows().values():
        window.resize(1280, 720)  # the offscreen screen is small; give each view room
        qtbot.waitExposed(window)
    qtbot.keyClick(windows.chair, Qt.Key.Key_Space)
    clock.jump_to(zurich_s(13, "10:02", second=30))
    windows.controller.tick()
    windows.chair.countdown.grab()  # renders through paintEvent, as a repaint would
    windows.projector.digits.grab()
    assert windows.chair.countdown.last_text == windows.projector.digits.last_text == "7:30"
    windows.close()


def test_the_technicians_views_refresh_only_after_the_chair_and_projector_painted(qtbot, tmp_path, agenda):
    """A tick repaints the room's countdowns first; once both are painted with the new
    second, ticked_for_devices (the served and published snapshots), then ticked_late (the
    console, the cue sweep)."""
    clock = SimulatedClock(zurich_s(13, "10:00"), speed=0.0)
    windows = build_app(agenda, WIPO, rehearse=True, clock=clock,
                        journal_file=tmp_path / "show.jsonl")
    windows.show_all()
    for window in windows.windows().values():
        qtbot.waitExposed(window)
    assert windows.controller.start("d1-opening")
    qtbot.wait(50)  # every paint the start asked for is done
    clock.jump_to(zurich_s(13, "10:02", second=30))
    painted_by_then = []
    for name in ("ticked_late", "ticked_for_devices"):
        getattr(windows.controller, name).connect(lambda name=name: painted_by_then.append(
            (name, windows.chair.countdown.last_text, windows.projector.digits.last_text)))
    windows.controller.tick()
    assert painted_by_then == []  # not during the tick itself
    qtbot.waitUntil(lambda: len(painted_by_then) == 2, timeout=2000)
    # the devices' copies of the second first, then the technician's views
    assert painted_by_then == [("ticked_for_devices", "7:30", "7:30"), ("ticked_late", "7:30", "7:30")]
    windows.close()


def test_reopening_mid_show_comes_back_to_the_same_place_windows_included(qtbot, tmp_path, agenda):
    journal = tmp_path / "show.jsonl"
    clock = SimulatedClock(zurich_s(13, "10:00"), speed=0.0)
    first = build_app(agenda, WIPO, rehearse=True, clock=clock, journal_file=journal)
    first.show_all()
    controller = first.controller
    controller.next()
    clock.jump_to(zurich_s(13, "10:11"))
    controller.next()
    controller.extend(5)
    controller.update_display(message="Five minutes", blink=True, blackout=False,
                              fullscreen=False)
    first.chair.setGeometry(40, 50, 900, 600)
    expected = controller.projection()
    first.close()

    again = build_app(agenda, WIPO, rehearse=True, clock=clock, journal_file=journal)
    again.show_all()
    assert again.controller.projection() == expected
    assert again.controller.show.live_id == "d1-panel-1"
    assert (again.controller.display.message, again.controller.display.blink) == \
        ("Five minutes", True)
    assert again.chair.geometry().size().toTuple() == (900, 600)
    assert again.controller.display.windows["chair"][2:] == [900, 600]
    again.close()


def test_rehearsal_clock_resumes_where_the_rehearsal_stood(tmp_path, agenda):
    from runofshow.journal import Journal

    journal = Journal.open(tmp_path / "j.jsonl", agenda.source)
    fresh = rehearsal_clock(agenda, journal, DisplayState())
    # five minutes before the first windows (and running: allow a moment)
    assert 0 <= fresh.now_s() - zurich_s(13, "09:55") < 5
    resumed = rehearsal_clock(agenda, journal, DisplayState(simulated_at=zurich_s(13, "11:20"),
                                                            speed=10.0))
    assert abs(resumed.now_s() - zurich_s(13, "11:20")) < 5 and resumed.speed == 10
    journal.close()


def test_ticker_fires_just_after_each_second_boundary(qtbot):
    clock = SystemClock()
    fired: list[float] = []
    ticker = SecondTicker(clock, lambda: fired.append(clock.precise_s()))
    ticker.start()
    qtbot.wait(3300)
    ticker.stop()
    assert len(fired) >= 3
    for moment in fired:
        after = moment - math.floor(moment)
        assert after < 0.25, f"fired {after * 1000:.0f} ms after the boundary"
    assert len({math.floor(m) for m in fired}) == len(fired)  # once per second, never twice


def test_ticker_comes_back_when_a_paused_rehearsal_runs_again(qtbot, tmp_path, agenda):
    clock = SimulatedClock(zurich_s(13, "09:55"), speed=0.0)
    windows = build_app(agenda, WIPO, rehearse=True, clock=clock,
                        journal_file=tmp_path / "show.jsonl", complete=False)
    windows.show_chair()
    assert windows.ticker._timer.interval() > 60_000  # paused: no boundary comes
    windows.controller.set_speed(60.0)
    assert windows.ticker._timer.interval() <= 60  # the next boundary at 60x, at once
    fired = []
    windows.controller.ticked.connect(lambda: fired.append(1))
    qtbot.waitUntil(lambda: len(fired) >= 3, timeout=2000)
    windows.close()


def test_ticker_follows_a_rehearsal_speed():
    clock = SimulatedClock(zurich_s(13, "09:55"), speed=60.0)
    ticker = SecondTicker(clock, lambda: None)
    ticker._arm()
    # at 60x a second of show time is 17 ms of real time: capped at 20 per second
    assert 50 <= ticker._timer.interval() <= 60
    ticker.stop()


def test_runofshow_with_no_argument_opens_the_bundled_agenda(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RUNOFSHOW_QUIT_AFTER_MS": "1500",
           "RUNOFSHOW_DATA_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "ui"], capture_output=True, text=True,
                            cwd=REPO, env=env, timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr, result.stderr[-2000:]  # no error in a callback
    journals = list(tmp_path.glob("journals/wipo-ip-frontier-2024-*/rehearsal-2024-03-13.jsonl"))
    assert len(journals) == 1
    display = json.loads(journals[0].with_suffix(".display.json").read_text())
    assert display["simulated_at"] >= zurich_s(13, "09:55")


def test_an_agenda_without_a_timezone_opens_on_the_zone_the_computer_has_at_each_launch(tmp_path):
    """Rehearsed under two zones, its clock starts five minutes before 10:00 of each zone:
    nothing read under one zone is kept for a launch under the other."""
    from zoneinfo import ZoneInfo

    agenda = tmp_path / "nozone.yaml"
    agenda.write_text("title: Somewhere\ndays:\n  - date: 2024-03-13\n    sessions:\n"
                      '      - {id: a, start: "10:00", duration: 30, title: A}\n', encoding="utf-8")
    started = {}
    for zone in ("Europe/Zurich", "Asia/Shanghai"):
        data = tmp_path / zone.replace("/", "-")
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RUNOFSHOW_QUIT_AFTER_MS": "1000",
               "RUNOFSHOW_DATA_DIR": str(data), "TZ": zone}
        result = subprocess.run([sys.executable, "-m", "ui", str(agenda), "--rehearse"],
                                capture_output=True, text=True, cwd=REPO, env=env, timeout=60)
        assert result.returncode == 0, result.stderr[-2000:]
        display = json.loads(next(data.glob("journals/*/*.display.json")).read_text())
        started[zone] = datetime.fromtimestamp(display["simulated_at"], ZoneInfo(zone))
    assert {zone: f"{moment:%H:%M}" for zone, moment in started.items()} == \
        {"Europe/Zurich": "09:55", "Asia/Shanghai": "09:55"}
    assert started["Europe/Zurich"].timestamp() - started["Asia/Shanghai"].timestamp() > 6 * 3600


SIZES = ["1280x720", "1366x768", "1920x1080"]


@pytest.mark.skipif(shutil.which("Xvfb") is None or shutil.which("import") is None,
                    reason="needs Xvfb and ImageMagick (.ci/run installs them)")
@pytest.mark.parametrize("size", SIZES)
def test_screenshots_under_xvfb(tmp_path, size):
    """The real app in a real X server: every view drawn, titles fitted, digits big."""
    from PySide6.QtGui import QImage

    from benchmarks.ui import x_server

    width, height = (int(x) for x in size.split("x"))
    with x_server(f"{width}x{height}x24") as display:  # a free display, once it is ready
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
               "RUNOFSHOW_DATA_DIR": str(tmp_path / "data")}
        result = subprocess.run([sys.executable, "-m", "tests.screenshot_app", str(tmp_path), size],
                                capture_output=True, text=True, cwd=REPO, env=env, timeout=90)
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert all(report[name]["fits"] for name in ("chair", "console", "projector")), report
    assert report["chair_message_fits"] and report["projector_message_fits"]
    assert report["projector_countdown"] == report["chair_countdown"] == "4:48"
    assert report["projector_digit_share"] >= 0.35
    assert report["projector_message_digit_share"] >= 0.35  # the message sits with the countdown
    for shot in ("projector_message", "projector_cue", "projector_long", "projector_long_all"):
        assert report[shot]["fits"] and report[shot]["broken_words"] == [], report[shot]
        assert report[shot]["digit_share"] >= 0.35, report[shot]
    assert report["projector_long"]["primary_chars"] == 93
    assert report["rundown_rows_shown"] >= 6  # the cue dock leaves the rundown room, even at 720p
    for name in ("console", "chair", "projector"):
        screen = QImage(str(tmp_path / f"screen-{name}-{size}.png"))
        assert (screen.width(), screen.height()) == (width, height)
        colours = {screen.pixelColor(x, y).name() for x in range(0, width, 23)
                   for y in range(0, height, 23)}
        assert len(colours) > 4, name  # a window drawn, not a blank screen
        if name != "console":
            assert "#ffb000" in colours, name  # the warning phase fills the view


def _written(path) -> bool:
    """The file holds at least one whole line (a journal's header, say)."""
    try:
        return path.read_bytes().endswith(b"\n")
    except FileNotFoundError:
        return False


def test_a_second_launch_on_the_same_show_brings_the_first_forward(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RUNOFSHOW_DATA_DIR": str(tmp_path)}
    first = subprocess.Popen([sys.executable, "-m", "ui"], cwd=REPO, text=True,
                             env={**env, "RUNOFSHOW_QUIT_AFTER_MS": "8000"},
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        journal = None
        for _ in range(100):  # wait until the first one holds the show and has opened it
            found = list(tmp_path.glob("journals/*/rehearsal-2024-03-13.jsonl.lock"))
            if found and _written(found[0].with_suffix("")):
                journal = found[0]
                break
            subprocess.run(["sleep", "0.1"], check=True)
        assert journal is not None, "the first launch never locked and opened its show"
        before = journal.with_suffix("").read_bytes()
        second = subprocess.run([sys.executable, "-m", "ui", "--fresh"], cwd=REPO,
                                env=env, capture_output=True, text=True, timeout=30)
        assert second.returncode == 0, second.stderr[-2000:]
        assert "already open; its windows were brought forward" in second.stderr
        # the second launch did not touch the journal, not even to start it afresh
        assert journal.with_suffix("").read_bytes() == before
        assert not list(journal.parent.glob("*.before-*"))
    finally:
        first.kill()
        first.wait()


# A rehearsal killed mid-run resumes where its clock stood, give or take one keep of its
# place (about a real second: ui.clock_keeper.KEPT_EVERY_S) at its speed, plus the
# second the place is rounded to. With a margin for a slow machine: 0.25 s more.
def clock_loss_bound(speed: float) -> float:
    return speed * 1.25 + 1


def test_a_rehearsal_killed_at_60x_resumes_where_its_clock_stood(tmp_path, monkeypatch):
    """SIGKILL at 60x: the clock resumes within a real second's worth of show time (it went
    back 2 min 43 s before), its speed too, and the cue that fired before is not fired
    again by the restarted app."""
    agenda = load_agenda(WIPO)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RUNOFSHOW_DATA_DIR": str(tmp_path),
           "RUNOFSHOW_QUIT_AFTER_MS": "60000"}  # a safety net; it is killed long before
    monkeypatch.setenv("RUNOFSHOW_DATA_DIR", str(tmp_path))  # for journal_file below
    journal = journal_file(agenda, WIPO, rehearse=True)
    # a rehearsal left at 09:55 at 60x: the app starts there, at that speed
    DisplayState(speed=60.0, simulated_at=zurich_s(13, "09:55")).save(
        journal.with_suffix(".display.json"))
    kept = journal.with_suffix(".clock.json")
    errors = tmp_path / "stderr.txt"
    with open(errors, "w", encoding="utf-8") as stderr:
        app = subprocess.Popen([sys.executable, "-m", "ui"], cwd=REPO, env=env,
                               stdout=subprocess.DEVNULL, stderr=stderr)
    try:
        saves = []  # (real moment just before it was seen, when it was seen, the place kept)
        looked = time.time()
        deadline = looked + 40
        # until 10:01: past the opening's start cue at 10:00, so the cue log has it
        while (not saves or saves[-1][2] < zurich_s(13, "10:01")) and time.time() < deadline:
            now = time.time()
            try:
                place = json.loads(kept.read_text(encoding="utf-8"))["simulated_at"]
            except (OSError, ValueError):
                place = None
            if place is not None and (not saves or place != saves[-1][2]):
                saves.append((looked, now, place))
            looked = now
            time.sleep(0.003)
        assert saves and app.poll() is None, errors.read_text()[-2000:]
        time.sleep(0.9)  # just before the next keep: the most a kill can cost
        killed = time.time()
        app.send_signal(signal.SIGKILL)
        app.wait(10)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    # where the clock stood at the kill: the last place seen was kept between two looks,
    # and the clock ran on at 60 show-seconds per real second from there
    before, seen, place = saves[-1]
    stood_from = place + 60 * (killed - seen)
    stood_to = place + 1 + 60 * (killed - before)
    gaps = [b[1] - a[0] for a, b in pairwise(saves)]
    assert all(gap < 1.25 for gap in gaps[1:]), gaps  # kept about once a real second

    resumed = Show.open(agenda, WIPO, rehearse=True)  # what the restarted app opens
    try:
        at, speed = resumed.clock.precise_s(), resumed.clock.speed
    finally:
        resumed.close()
    assert speed == 60.0
    # never ahead of where it stood (allowing for the 0.1 s it has run since it was opened)
    assert at <= stood_to + 60 * 0.1
    assert stood_from - at <= clock_loss_bound(60.0), (stood_from - at, saves[-3:])

    # and the real app restarted on it: up on its own, the cue that fired is not fired again
    again = subprocess.run([sys.executable, "-m", "ui"], cwd=REPO, capture_output=True, text=True,
                           env={**env, "RUNOFSHOW_QUIT_AFTER_MS": "2500"}, timeout=60)
    assert again.returncode == 0, again.stderr[-2000:]
    assert "Traceback" not in again.stderr, again.stderr[-2000:]
    outcomes = [json.loads(line) for line in
                journal.with_suffix(".cues.jsonl").read_text(encoding="utf-8").splitlines()]
    fired = [o["cue"] for o in outcomes if o.get("outcome") == "fired"]
    assert fired.count("d1-opening/start") == 1, fired
    assert json.loads(kept.read_text(encoding="utf-8"))["simulated_at"] >= at
