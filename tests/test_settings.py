"""This computer's preferences (ui/settings.py), kept between launches: set through the real
controls, the app closed, a new app composition started, and found again; bad stored values
fall back to the defaults. Every test has its own settings file (conftest's
RUNOFSHOW_CONFIG_DIR), never the user's."""

from __future__ import annotations

import logging
import shutil
import socket

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget

from runofshow.clock import SimulatedClock
from runofshow.loader import load_agenda
from tests.conftest import WIPO, zurich_s
from ui.app import Application, build_app
from ui.app import make_announcer as real_make_announcer
from ui.remote_panel import RemotePanel
from ui.settings import FILE_NAME, Settings
from ui.speech import Announcer


def settings_file(tmp_path):
    return tmp_path / "config" / FILE_NAME


def free_port(kind: int) -> int:
    with socket.socket(socket.AF_INET, kind) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def launch(path, qtbot, monkeypatch, tmp_path) -> Application:
    """The app as it starts (Application, its Shell, _settle), with real espeak-ng speech
    rendered to files (this machine has no sound card)."""
    monkeypatch.setattr("ui.app.make_announcer",
                        lambda: real_make_announcer(output_dir=tmp_path / "spoken"))
    app = Application(load_agenda(path), str(path), rehearse=True)
    app.shell.start()
    qtbot.waitUntil(lambda: app.shell.windows.console is not None
                    and app.shell.windows.console.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: app.announcer is not None, timeout=10_000)
    return app


def quit_app(app: Application) -> None:
    """What Application.run does once its loop ends."""
    app.closer.closing = True
    for server in (app.remote, app.osc):
        if server is not None:
            server.stop(wait=True)
    app.shell.close()
    if app.awake is not None:
        app.awake.release()
    app.lock.release()
    assert app.announcer.close(timeout=10)


def remote_panel(app: Application, qtbot) -> RemotePanel:
    dock = app.shell.windows.console.findChild(QDockWidget, "remote")
    dock.raise_()  # the technician opens the tab
    qtbot.waitUntil(lambda: isinstance(dock.widget(), RemotePanel), timeout=5000)
    return dock.widget()


def type_port(qtbot, box, port: int) -> None:
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, str(port))
    qtbot.keyClick(box, Qt.Key.Key_Return)  # editingFinished, as the technician's Enter
    assert box.value() == port


def test_what_the_technician_set_comes_back_on_the_next_launch_with_another_show(
        qtbot, monkeypatch, tmp_path):
    screen = QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    http_port, osc_port = free_port(socket.SOCK_STREAM), free_port(socket.SOCK_DGRAM)

    first = launch(WIPO, qtbot, monkeypatch, tmp_path)
    windows = first.shell.windows
    try:
        panel, console = windows.cue_panel, windows.console
        assert panel.volume.isEnabled()  # the real announcer is there
        panel.volume.setFocus()
        for _ in range(3):
            qtbot.keyClick(panel.volume, Qt.Key.Key_PageDown)  # 100 -> 70
        qtbot.keyClick(panel.rate, Qt.Key.Key_Up)  # 160 -> 161 words a minute
        assert first.announcer.volume == pytest.approx(0.7) and first.announcer.rate == 161

        controls = console.projector
        controls.screen_combo.setCurrentIndex(controls.screen_combo.findData(screen.name()))
        qtbot.waitUntil(windows.projector.isFullScreen, timeout=3000)  # a chosen screen: covered
        qtbot.mouseClick(controls.leave_button, Qt.MouseButton.LeftButton)
        assert not windows.projector.isFullScreen()
        console.speed_group.button(1).click()  # 10x
        assert windows.controller.clock.speed == 10
        console.setGeometry(area.x() + 10, area.y() + 20, area.width() // 2, area.height() - 40)
        console_place = console.geometry().getRect()
        windows.projector.setGeometry(area.x() + 30, area.y() + 40, 320, 180)

        remote = remote_panel(first, qtbot)
        type_port(qtbot, remote.port, http_port)
        remote.switch.click()
        qtbot.waitUntil(lambda: first.remote.bound is not None, timeout=10_000)
        # the venue network, stood in for by another loopback address: allowed for this run
        remote.lan_host = "127.0.0.2"
        remote.lan.click()
        qtbot.waitUntil(lambda: first.remote.bound is not None
                        and first.remote.bound[0] == "127.0.0.2", timeout=10_000)
        type_port(qtbot, remote.osc_panel.port, osc_port)
        remote.osc_panel.switch.click()
        qtbot.waitUntil(lambda: first.osc.address is not None, timeout=10_000)
    finally:
        quit_app(first)

    kept = settings_file(tmp_path).read_text(encoding="utf-8")
    assert "127.0.0.2" not in kept and "lan" not in kept.lower()  # never remembered

    other = tmp_path / "other.yaml"  # another show on this computer: nothing of its own yet
    shutil.copyfile(WIPO, other)
    second = launch(other, qtbot, monkeypatch, tmp_path)
    windows = second.shell.windows
    try:
        assert second.announcer.volume == pytest.approx(0.7) and second.announcer.rate == 161
        assert windows.cue_panel.volume.value() == 70 and windows.cue_panel.rate.value() == 161
        display = windows.controller.display
        assert (display.projector_screen, display.fullscreen) == (screen.name(), False)
        controls = windows.console.projector
        assert controls.screen_combo.currentData() == screen.name()
        assert not controls.fullscreen.isChecked() and not windows.projector.isFullScreen()
        assert windows.controller.clock.speed == 10
        assert windows.console.speed_group.button(1).isChecked()
        assert windows.console.geometry().getRect() == console_place
        assert windows.projector.geometry().getRect() == (area.x() + 30, area.y() + 40, 320, 180)
        # switched on again as left, but on this computer only, and its panel is there
        qtbot.waitUntil(lambda: second.remote.bound is not None, timeout=10_000)
        assert second.remote.bound == ("127.0.0.1", http_port)
        qtbot.waitUntil(lambda: second.osc.address is not None, timeout=10_000)
        assert (second.osc.host, second.osc.port) == ("127.0.0.1", osc_port)
        remote = windows.console.findChild(QDockWidget, "remote").widget()
        assert isinstance(remote, RemotePanel)
        assert remote.switch.isChecked() and not remote.lan.isChecked()
        assert remote.osc_panel.switch.isChecked()
        remote.switch.click()  # off: and off it stays
    finally:
        quit_app(second)
    assert not Settings().server_on("remote") and Settings().server_on("osc")


def test_a_reopened_show_looks_as_it_was_left_and_a_new_one_as_this_computer_last_did(
        qtbot, tmp_path):
    """Precedence: the show's own screens' state, then this computer's, then the defaults;
    a clock given by the caller (as the command line would) keeps its speed."""
    agenda, name = load_agenda(WIPO), QGuiApplication.primaryScreen().name()


    def clock():
        return SimulatedClock(zurich_s(13, "09:55"), speed=0.0)

    def opened(journal: str, fresh: bool = False, **kwargs):
        windows = build_app(agenda, WIPO, rehearse=True, fresh=fresh,
                            journal_file=tmp_path / journal, **kwargs)
        windows.show_all()
        return windows

    def choose(windows, data) -> None:
        combo = windows.console.projector.screen_combo
        combo.setCurrentIndex(combo.findData(data))

    a = opened("a.jsonl", clock=clock())
    assert a.controller.display.projector_screen is None  # the defaults: nothing kept yet
    choose(a, name)
    a.controller.update_display(message="Coffee", blackout=True)
    a.close()

    b = opened("b.jsonl", clock=clock())  # a new show takes this computer's screen...
    assert b.controller.display.projector_screen == name
    assert (b.controller.display.message, b.controller.display.blackout) == ("", False)  # ...not a's
    choose(b, None)  # Automatic
    b.controller.set_speed(60)
    b.close()

    again = opened("a.jsonl", clock=clock())  # a's own state wins over the computer's Automatic
    assert again.controller.display.projector_screen == name
    assert (again.controller.display.message, again.controller.display.blackout) == ("Coffee", True)
    again.close()

    given = opened("c.jsonl", clock=clock())  # new, but the caller's clock keeps its speed
    assert given.controller.display.projector_screen is None  # this computer's: Automatic
    assert given.controller.clock.speed == 0
    given.close()

    afresh = opened("a.jsonl", fresh=True)  # afresh: nothing of its own, the computer's again
    assert afresh.controller.display.projector_screen is None
    assert afresh.controller.clock.speed == 60
    afresh.close()


BAD = {"projector/fullscreen": "maybe", "speech/volume": "loud",
       "speech/rate": "-3", "rehearsal/speed": "nan", "language": "../../etc",
       "windows/console": "10,20,oops", "windows/chair": "99999,99999,400,300",
       "remote/on": "sometimes", "remote/port": "70000", "osc/port": "0x"}


def test_bad_stored_values_fall_back_to_the_defaults_with_a_log_line(qtbot, tmp_path, caplog):
    store = QSettings(str(settings_file(tmp_path)), QSettings.Format.IniFormat)
    for key, value in BAD.items():
        store.setValue(key, value)
    store.sync()
    caplog.set_level(logging.INFO, logger="ui.settings")
    settings = Settings()
    assert settings.fullscreen() is True
    assert settings.speech_volume() == 1.0 and settings.speech_rate() is None
    assert settings.rehearsal_speed() is None and settings.language() is None
    assert settings.window_place("console") is None
    assert settings.window_place("chair") is None  # on no screen connected now
    assert settings.server_on("remote") is False and settings.server_port("remote") is None
    assert settings.server_port("osc") is None
    said = caplog.text
    for key in ("projector/fullscreen", "speech/volume", "speech/rate", "rehearsal/speed",
                "language", "windows/console", "remote/on", "remote/port", "osc/port"):
        assert f"setting '{key}' is" in said
    assert "window chair was left at [99999, 99999, 400, 300], on no screen" in said

    windows = build_app(load_agenda(WIPO), WIPO, rehearse=True,
                        journal_file=tmp_path / "show.jsonl")  # and the app starts on them
    windows.show_all()
    assert windows.controller.display.fullscreen and windows.controller.clock.speed > 0
    assert windows.controller.display.windows.get("chair") is None
    windows.close()


def test_a_value_of_another_type_from_a_native_store_is_read_too(tmp_path):
    """The registry or a plist give ints and bools back, an INI file strings."""
    store = QSettings(str(settings_file(tmp_path)), QSettings.Format.IniFormat)
    settings = Settings(store)
    store.setValue("speech/rate", 190)
    store.setValue("projector/fullscreen", False)
    store.setValue("speech/volume", 0.25)
    assert (settings.speech_rate(), settings.fullscreen(), settings.speech_volume()) == (190, False, 0.25)


def test_the_language_is_kept_for_the_interface(tmp_path):
    Settings().set_language("zh_CN")
    assert Settings().language() == "zh_CN"
    with pytest.raises(ValueError, match="not a language code"):
        Settings().set_language("zh CN; rm")
    Settings().set_language(None)  # back to the system's
    assert Settings().language() is None


def test_the_interface_asks_for_the_language_kept_unless_the_command_line_says_another(monkeypatch):
    """Which language is asked for (installing it is test_i18n's)."""
    asked = []
    monkeypatch.setattr("ui.app.i18n.install", lambda language: asked.append(language) or language)
    Settings().set_language("fr")
    Application(load_agenda(WIPO), str(WIPO), rehearse=True)
    Application(load_agenda(WIPO), str(WIPO), rehearse=True, language="es")
    assert asked == ["fr", "es"]


def test_restoring_alone_writes_no_settings_file(tmp_path):
    settings = Settings()
    settings.set_speech_volume(1.0)  # the default, as a slider set at start writes it
    settings.set_fullscreen(True)
    settings.set_server_on("remote", False)
    settings.sync()
    assert not settings_file(tmp_path).exists()


def test_a_chosen_voice_speaks_its_language_and_an_unknown_one_falls_back(tmp_path, caplog):
    """Real espeak-ng: American English for "en" where the app picks British English, and a
    voice this engine lacks falls back to the app's own choice, logged."""
    settings = Settings()
    settings.set_voice("en", "gmw/en-us")
    settings.set_voice("fr", "nowhere/xx")
    with Announcer(output_dir=tmp_path / "spoken", **settings.speech_options()) as announcer:
        assert announcer.available, announcer.problem
        announcer.announce([("en", "Hello"), ("fr", "Bonjour")])
        assert announcer.wait_idle(30)
        spoken = announcer.history[-1]
    assert spoken.error is None
    assert spoken.voices == ("gmw/en-us", "roa/fr")  # French: the app's own pick
    assert "the voice 'nowhere/xx' chosen for 'fr' is not in this speech engine" in caplog.text
