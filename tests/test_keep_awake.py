"""The screens stay awake while a show is live.

Linux is tested for real: a private D-Bus session bus, and a fake desktop service on it (in
another process, typed like the real ones: Inhibit(ss) -> u, UnInhibit(u)) that records
every call. Windows and macOS cannot run here: their call sequences are checked against
stand-ins for the ctypes functions.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import threading
import time
from types import SimpleNamespace

import pytest

from runofshow.loader import load_agenda
from tests.conftest import WIPO, zurich_s
from ui import keep_awake
from ui.console import ROOM_PROBLEM_COLOUR
from ui.keep_awake import KeepAwake

# A fake desktop on the bus: `screensaver:PATH` serves org.freedesktop.ScreenSaver at PATH,
# `gnome` serves org.gnome.SessionManager. Each call is one JSON line in the log file.
FAKE_DESKTOP = r"""
import json, sys
from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusAbstractAdaptor, QDBusConnection

address, log_path, services = sys.argv[1], sys.argv[2], sys.argv[3:]
app = QCoreApplication([])
bus = QDBusConnection.connectToBus(address, "fake-desktop")
cookies = iter(range(4_000_000_001, 4_100_000_000))  # beyond int32: must travel as uint32

def record(*call):
    with open(log_path, "a") as log:
        log.write(json.dumps(call) + "\n")

@ClassInfo(**{"D-Bus Interface": "org.freedesktop.ScreenSaver"})
class ScreenSaver(QDBusAbstractAdaptor):
    @Slot(str, str, result="uint")
    def Inhibit(self, app_name, reason):
        cookie = next(cookies)
        record("Inhibit", app_name, reason, cookie)
        return cookie

    @Slot("uint")
    def UnInhibit(self, cookie):
        record("UnInhibit", cookie)

@ClassInfo(**{"D-Bus Interface": "org.gnome.SessionManager"})
class SessionManager(QDBusAbstractAdaptor):
    @Slot(str, "uint", str, "uint", result="uint")
    def Inhibit(self, app_id, xid, reason, flags):
        cookie = next(cookies)
        record("Inhibit", app_id, xid, reason, flags, cookie)
        return cookie

    @Slot("uint")
    def Uninhibit(self, cookie):
        record("Uninhibit", cookie)

objects = []
for service in services:
    kind, _, path = service.partition(":")
    obj = QObject()
    objects.append(obj)
    if kind == "screensaver":
        ScreenSaver(obj)
        name = "org.freedesktop.ScreenSaver"
    else:
        SessionManager(obj)
        name, path = "org.gnome.SessionManager", "/org/gnome/SessionManager"
    assert bus.registerObject(path, obj), path
    assert bus.registerService(name), name
print("ready", flush=True)
app.exec()
"""


@pytest.fixture
def session_bus(monkeypatch):
    """A private D-Bus session bus, set as this process's session bus."""
    if not shutil.which("dbus-daemon"):
        message = "dbus-daemon is not installed (Debian: apt-get install dbus-daemon)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address"],
                              stdout=subprocess.PIPE, text=True)
    address = daemon.stdout.readline().strip()
    assert address.startswith("unix:"), address
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    yield address
    daemon.terminate()
    daemon.wait()


@pytest.fixture
def desktop(session_bus, tmp_path):
    """Start the fake desktop with these services; returns a function reading its calls."""
    script, log = tmp_path / "fake_desktop.py", tmp_path / "calls.jsonl"
    script.write_text(FAKE_DESKTOP, encoding="utf-8")
    started = []

    def start(*services: str):
        process = subprocess.Popen([sys.executable, str(script), session_bus, str(log),
                                    *services], stdout=subprocess.PIPE, text=True)
        started.append(process)
        assert process.stdout.readline().strip() == "ready"
        return lambda: [json.loads(line) for line in log.read_text().splitlines()] \
            if log.exists() else []

    yield start
    for process in started:
        process.kill()
        process.wait()


def test_hold_inhibits_once_and_release_uninhibits_with_its_cookie(desktop, qapp):
    calls = desktop("screensaver:/org/freedesktop/ScreenSaver")
    awake = KeepAwake()
    assert awake.hold("the session Opening is live")
    assert awake.hold("again")  # held already: nothing more is asked
    assert awake.held
    assert awake.method == "org.freedesktop.ScreenSaver (D-Bus)"
    assert awake.problem is None
    assert calls() == [["Inhibit", "runofshow", "the session Opening is live", 4_000_000_001]]
    awake.release()
    awake.release()
    assert not awake.held
    assert calls()[1:] == [["UnInhibit", 4_000_000_001]]
    assert awake.hold("the next session is live")  # and again after a release
    assert calls()[2][0] == "Inhibit"
    awake.release()
    assert calls()[3] == ["UnInhibit", calls()[2][3]]


def test_the_older_screensaver_path_is_tried_too(desktop, qapp):
    calls = desktop("screensaver:/ScreenSaver")
    awake = KeepAwake()
    assert awake.hold("live")
    awake.release()
    assert [call[0] for call in calls()] == ["Inhibit", "UnInhibit"]


def test_gnome_session_manager_is_the_fallback(desktop, qapp):
    calls = desktop("gnome")
    awake = KeepAwake()
    assert awake.hold("the session Opening is live")
    assert awake.method == "org.gnome.SessionManager (D-Bus)"
    awake.release()
    assert calls() == [["Inhibit", "runofshow", 0, "the session Opening is live", 8, 4_000_000_001],
                       ["Uninhibit", 4_000_000_001]]


def test_a_bus_without_a_desktop_is_a_problem_not_an_error(session_bus, qapp):
    awake = KeepAwake()
    assert not awake.hold("live")
    assert not awake.held
    assert awake.method is None
    assert "no screensaver inhibit service" in awake.problem
    assert "org.freedesktop.ScreenSaver" in awake.problem


def test_no_bus_at_all_is_said_once_and_never_raises(monkeypatch, tmp_path, qapp, caplog):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))  # no bus socket there either
    awake = KeepAwake(platform="linux")
    with caplog.at_level(logging.WARNING, logger="ui.keep_awake"):
        assert not awake.hold("live")
        assert not awake.hold("live")  # not tried again until released
        awake.release()
        assert not awake.hold("live")  # tried again, same problem: not said again
    assert awake.problem == "no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)"
    assert [r.getMessage() for r in caplog.records] == [
        "the screens may sleep during the show: no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS "
        "is not set)"]


def test_a_bus_address_that_leads_nowhere_is_a_problem(monkeypatch, tmp_path, qapp):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'gone'}")
    awake = KeepAwake(platform="linux")
    assert not awake.hold("live")
    assert "cannot reach the D-Bus session bus" in awake.problem


# -- Windows and macOS, with stand-ins for ctypes ------------------------------------------
class FakeFunction:
    """Stands for a ctypes foreign function: records its calls and its declared types, and
    returns `result` (or what `effect` returns, when not None)."""

    def __init__(self, result=1, effect=None):
        self.result, self.effect, self.calls = result, effect, []
        self.argtypes = self.restype = None

    def __call__(self, *args):
        self.calls.append(args)
        made = self.effect(*args) if self.effect is not None else None
        return self.result if made is None else made


def windows(monkeypatch, result=0x80000000):
    set_state = FakeFunction(result)
    monkeypatch.setattr(keep_awake, "_kernel32",
                        lambda: SimpleNamespace(SetThreadExecutionState=set_state))
    return set_state


def test_windows_asks_for_display_and_system_then_continuous_only(monkeypatch):
    set_state = windows(monkeypatch)
    awake = KeepAwake(platform="win32")
    assert awake.hold("live")
    assert awake.hold("live")
    assert awake.method == "SetThreadExecutionState"
    assert set_state.calls == [(0x80000003,)]  # ES_CONTINUOUS | ES_DISPLAY | ES_SYSTEM
    awake.release()
    awake.release()
    assert set_state.calls == [(0x80000003,), (0x80000000,)]  # ES_CONTINUOUS: cleared
    assert set_state.restype is not None and len(set_state.argtypes) == 1


def test_windows_refusal_is_a_problem(monkeypatch):
    windows(monkeypatch, result=0)  # NULL: failed
    awake = KeepAwake(platform="win32")
    assert not awake.hold("live")
    assert "SetThreadExecutionState refused" in awake.problem


def test_windows_release_from_another_thread_is_reported_not_raised(monkeypatch, caplog):
    set_state = windows(monkeypatch)
    awake = KeepAwake(platform="win32")
    awake.hold("live")
    worker = threading.Thread(target=awake.release)
    worker.start()
    worker.join()
    assert set_state.calls == [(0x80000003,)]
    assert "another thread" in caplog.text


def macos(monkeypatch, result=0):
    strings = iter(range(101, 200))

    def assertion_made(kind, level, name, assertion):
        assertion.contents.value = 77

    iokit = SimpleNamespace(IOPMAssertionCreateWithName=FakeFunction(result, assertion_made),
                            IOPMAssertionRelease=FakeFunction(0))
    cf = SimpleNamespace(CFRelease=FakeFunction(None),
                         CFStringCreateWithCString=FakeFunction(effect=lambda *_: next(strings)))
    monkeypatch.setattr(keep_awake, "_macos_libraries", lambda: (iokit, cf))
    return iokit, cf


def test_macos_takes_a_display_sleep_assertion_and_releases_it(monkeypatch):
    iokit, cf = macos(monkeypatch)
    awake = KeepAwake("runofshow", platform="darwin")
    assert awake.hold("the session Opening is live")
    assert awake.hold("again")
    assert awake.method == "IOPMAssertion PreventUserIdleDisplaySleep"
    assert [text for _, text, _ in cf.CFStringCreateWithCString.calls] == [
        b"PreventUserIdleDisplaySleep", b"runofshow: the session Opening is live"]
    (kind, level, name, _), = iokit.IOPMAssertionCreateWithName.calls
    assert (kind, level, name) == (101, 255, 102)  # kIOPMAssertionLevelOn
    assert cf.CFRelease.calls == [(101,), (102,)]  # the strings are not leaked
    awake.release()
    awake.release()
    assert iokit.IOPMAssertionRelease.calls == [(77,)]


def test_macos_refusal_is_a_problem(monkeypatch):
    iokit, cf = macos(monkeypatch, result=-536870201)  # kIOReturnNotPermitted
    awake = KeepAwake(platform="darwin")
    assert not awake.hold("live")
    assert "IOPMAssertionCreateWithName failed (0xe00002c7)" in awake.problem
    assert len(cf.CFRelease.calls) == 2
    assert iokit.IOPMAssertionRelease.calls == []


def test_macos_without_iokit_is_a_problem(monkeypatch):
    def missing():
        raise OSError("IOKit not found")

    monkeypatch.setattr(keep_awake, "_macos_libraries", missing)
    awake = KeepAwake(platform="darwin")
    assert not awake.hold("live")
    assert "IOKit cannot be loaded" in awake.problem


def test_hold_is_quick_when_it_already_failed(monkeypatch):
    windows(monkeypatch, result=0)
    awake = KeepAwake(platform="win32")
    awake.hold("live")
    began = time.monotonic()
    for _ in range(1000):  # the app may call hold() at every tick
        awake.hold("live")
    assert time.monotonic() - began < 0.1


# -- what the console says ---------------------------------------------------------------------
NO_BUS = ("Cannot keep the screens awake: no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not "
          "set) — disable the screensaver and display sleep by hand")


@pytest.fixture
def no_bus(monkeypatch, tmp_path):
    """No D-Bus session bus at all, as on a laptop started without a desktop session."""
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))  # no bus socket there either


def test_the_status_says_what_holds_the_screens_or_why_nothing_can(desktop, qapp, monkeypatch,
                                                                  tmp_path):
    desktop("screensaver:/org/freedesktop/ScreenSaver")
    awake = KeepAwake()
    assert awake.status() == ("Screens free to sleep: no session is live or due within the hour",
                              True)
    awake.hold("live")
    assert awake.status() == ("Screens kept awake by org.freedesktop.ScreenSaver (D-Bus)", True)
    awake.release()
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    awake.hold("live")
    assert awake.status() == (NO_BUS, False)
    awake.release()  # the show is over for the day: the remedy still stands for the next
    assert awake.status() == (NO_BUS, False)


def test_the_console_shows_the_screens_line_and_follows_it(desktop, qtbot, tmp_path):
    """keep_screens_awake, as the app calls it at every tick: the console's "screens" line
    changes as the show moves from idle to a session due within the hour."""
    from tests.qt_helpers import frozen_controller
    from ui.app import keep_screens_awake
    from ui.console import ConsoleWindow

    calls = desktop("screensaver:/org/freedesktop/ScreenSaver")
    controller, clock = frozen_controller(tmp_path, at=zurich_s(13, "07:00"), rehearsal=False)
    console = ConsoleWindow(controller)
    qtbot.addWidget(console)
    console.show()
    awake = KeepAwake()
    keep_screens_awake(awake, controller, console)
    assert console.room_status("screens") == (
        "Screens free to sleep: no session is live or due within the hour", True)
    assert calls() == []
    clock.jump_to(zurich_s(13, "09:30"))  # the opening is half an hour away
    keep_screens_awake(awake, controller, console)
    assert console.room_status("screens") == (
        "Screens kept awake by org.freedesktop.ScreenSaver (D-Bus)", True)
    assert console.room_quiet.isVisible()
    assert "Screens kept awake by org.freedesktop.ScreenSaver (D-Bus)" in console.room_quiet.full_text
    assert [call[0] for call in calls()] == ["Inhibit"]
    awake.release()


def test_the_running_app_says_in_its_console_that_the_screens_may_sleep(no_bus, qtbot, monkeypatch):
    """The whole app, as it starts (Application, its Shell and _settle), on a computer with no
    D-Bus session bus: the console says so in red, and what to do, and the show runs on."""
    from ui.app import Application

    monkeypatch.setattr("ui.app.make_announcer", lambda: None)  # this test is not about speech
    app = Application(load_agenda(WIPO), str(WIPO), rehearse=True)  # 5 min before the opening
    app.shell.start()
    windows = app.shell.windows
    try:
        console = windows.console
        qtbot.waitUntil(lambda: console.room_status("screens") is not None, timeout=3000)
        assert console.room_status("screens") == (NO_BUS, False)
        assert console.room_label.isVisible()
        assert f"⚠ {NO_BUS}" in console.room_label.text()
        assert ROOM_PROBLEM_COLOUR in console.room_label.text()  # in red
        assert windows.controller.next()  # the show goes on
    finally:
        app.shell.close()
        app.awake.release()
        app.lock.release()
