"""The console's Remote panel (ui/remote_panel.py), driven through its widgets, with a real
server on loopback; and the console still fitting a 1280×720 screen with it."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import QObject, QRect, Qt, Signal
from PySide6.QtWidgets import QAbstractButton, QDockWidget, QLineEdit, QWidget

from runofshow.clock import SimulatedClock
from runofshow.loader import load_agenda
from tests.conftest import WIPO, zurich_s
from tests.qt_helpers import frozen_controller
from tests.test_console_layout import inside
from ui import remote_panel
from ui.app import CUE_DOCK_SHARE, build_app, first_run_layout
from ui.osc import OscServer
from ui.remote_panel import RemotePanel, qr_pixmap
from ui.server import RemoteHub, RemoteServer
from ui.tokens import CONTROL, VIEW, Tokens

HOST = "127.0.0.1"


@pytest.fixture(autouse=True)
def _private_config(tmp_path, monkeypatch):
    monkeypatch.setenv("RUNOFSHOW_CONFIG_DIR", str(tmp_path / "config"))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


@pytest.fixture
def panel(qtbot, tmp_path):
    controller, _clock = frozen_controller(tmp_path)
    hub = RemoteHub()
    hub.follow(controller)
    server = RemoteServer(hub, Tokens(), routes=lambda _hub: [])
    widget = RemotePanel(server)
    qtbot.addWidget(widget)
    lines = []
    widget.room_line_changed.connect(lambda text, ok: lines.append((text, ok)))
    widget.lines = lines
    widget.show()
    widget.set_seen(True)
    yield widget
    server.stop(wait=True)


def test_the_switch_serves_the_show_on_this_computer_and_says_where(panel, qtbot):
    port = free_port()
    panel.port.setValue(port)
    assert panel.status.text().startswith("Remote is off")
    assert panel.qr.pixmap().isNull()
    panel.switch.click()
    qtbot.waitUntil(lambda: panel.server.address is not None, timeout=10_000)
    assert panel.switch.isChecked()
    assert panel.status.text() == f"Remote on {HOST}:{port}: this computer only (Companion on this PC)."
    tokens = panel.server.tokens
    assert panel.control_url == f"http://{HOST}:{port}/views/control.html?token={tokens.control}"
    assert panel.links["control"].text() == panel.control_url
    assert panel.links["screens"].text() == f"http://{HOST}:{port}/views/stage.html?token={tokens.view}"
    assert panel.token_edits[CONTROL].text() == tokens.control
    assert panel.token_edits[VIEW].text() == tokens.view
    # the QR code is the control page's link, as segno draws it
    assert panel.qr.pixmap().toImage() == qr_pixmap(panel.control_url).toImage()
    assert panel.lines[-1] == (panel.status.text(), True)
    with socket.create_connection((HOST, port), timeout=5):
        pass  # it listens

    panel.switch.click()
    qtbot.waitUntil(lambda: panel.server.address is None, timeout=10_000)
    assert not panel.switch.isChecked()
    assert panel.status.text().startswith("Remote is off")
    assert panel.qr.pixmap().isNull() and panel.control_url == ""
    assert panel.lines[-1] == ("", True)  # the room line goes
    with pytest.raises(OSError):
        socket.create_connection((HOST, port), timeout=2).close()


def test_a_taken_port_is_said_plainly_in_the_panel_and_on_the_room_line(panel, qtbot):
    with socket.socket() as taken:
        taken.bind((HOST, 0))
        taken.listen()
        port = taken.getsockname()[1]
        panel.port.setValue(port)
        panel.switch.click()
        qtbot.waitUntil(lambda: panel.server.error is not None, timeout=10_000)
    words = f"⚠ Remote is off: port {port} is taken by another program on {HOST}: choose another port."
    assert panel.status.text() == words
    assert not panel.switch.isChecked()
    assert panel.lines[-1] == (words, False)
    assert "B00000" in panel.status.styleSheet()


def test_replacing_a_token_asks_first_then_shows_the_new_one(panel, qtbot):
    panel.port.setValue(free_port())
    panel.switch.click()
    qtbot.waitUntil(lambda: panel.server.address is not None, timeout=10_000)
    old = panel.server.tokens.control
    panel.ask = lambda question: False
    panel.replace_buttons[CONTROL].click()
    assert panel.server.tokens.control == old
    questions = []
    panel.ask = lambda question: questions.append(question) or True
    panel.replace_buttons[CONTROL].click()
    new = panel.server.tokens.control
    assert new != old and "stops working" in questions[0]
    assert panel.token_edits[CONTROL].text() == new and new in panel.control_url
    assert panel.qr.pixmap().toImage() == qr_pixmap(panel.control_url).toImage()
    old_view = panel.server.tokens.view
    panel.replace_buttons[VIEW].click()
    assert panel.token_edits[VIEW].text() != old_view
    assert Tokens().control == new  # kept for the next launch


class FakeServer(QObject):
    """What the panel reads of a RemoteServer, for the venue network's words without
    listening anywhere but loopback (tests never bind another address)."""

    changed = Signal()

    def __init__(self):
        super().__init__()
        self.tokens = Tokens()
        self.host, self.port, self.bound, self.address, self.error = None, None, None, None, None
        self.running = False
        self.calls = []

    def start(self, host, port):
        self.calls.append(("start", host, port))
        self.host, self.port, self.running = host, port, True
        self.bound, self.address = (host, port), f"{host}:{port}"

    def stop(self, wait=False):
        self.calls.append(("stop",))
        self.running, self.address = False, None


def test_allowing_the_venue_network_listens_on_every_address_and_says_which(qtbot, monkeypatch):
    monkeypatch.setattr(remote_panel, "venue_addresses", lambda: ["192.0.2.10", "198.51.100.7"])
    server = FakeServer()
    panel = RemotePanel(server)
    qtbot.addWidget(panel)
    panel.set_seen(True)
    panel.port.setValue(4001)
    panel.switch.click()
    assert server.calls == [("start", "127.0.0.1", 4001)]
    panel.lan.click()  # while on: it listens again, on every address
    assert server.calls[-1] == ("start", "0.0.0.0", 4001)
    panel.reflect()
    assert panel.status.text() == (
        "Remote on the venue network, port 4001: any device on it that has a token can reach the "
        "show. This computer's addresses: 192.0.2.10, 198.51.100.7.")
    assert panel.control_url.startswith("http://192.0.2.10:4001/views/control.html?token=")
    panel.lan.click()
    assert server.calls[-1] == ("start", "127.0.0.1", 4001)
    panel.port.setValue(4002)
    panel.port.editingFinished.emit()
    assert server.calls[-1] == ("start", "127.0.0.1", 4002)


def test_the_console_with_the_remote_panel_still_fits_a_1280x720_screen(qtbot, tmp_path):
    """As tests/test_console_layout.py, with the Remote panel as a tab beside the cues'."""
    clock = SimulatedClock(zurich_s(13, "10:00"), speed=0.0)
    windows = build_app(load_agenda(WIPO), WIPO, rehearse=True, clock=clock,
                        journal_file=tmp_path / "show.jsonl")
    hub = RemoteHub()
    hub.follow(windows.controller)
    server = RemoteServer(hub, Tokens(), routes=lambda _hub: [])
    console = windows.console
    panel = RemotePanel(server, osc=OscServer(hub))  # with its OSC row, as the app builds it
    dock = console.add_panel_beside_cues("Remote", "remote", panel)
    dock.visibilityChanged.connect(panel.set_seen)
    windows.show_all()
    console.setGeometry(*first_run_layout(QRect(0, 0, 1280, 720), 1)["console"])
    console.resizeDocks([windows.cue_dock], [console.height() * CUE_DOCK_SHARE // 100],
                        Qt.Orientation.Vertical)
    qtbot.waitExposed(console)
    qtbot.wait(50)
    try:
        assert console.tabifiedDockWidgets(windows.cue_dock) == [dock]
        assert not windows.cue_dock.visibleRegion().isEmpty()  # the cues' tab is in front
        side = console.side_panel
        assert side.verticalScrollBar().maximum() == 0
        assert console.current_view().horizontalScrollBar().maximum() == 0
        for name in ("next", "end", "undo", "redo"):
            assert inside(console.buttons[name], console)
        assert not panel.seen and not Tokens().path.exists()  # behind the cues: not read yet
        dock.raise_()
        qtbot.wait(50)
        assert panel.seen and panel.token_edits[CONTROL].text()
        controls = [w for w in panel.findChildren(QWidget)
                    if isinstance(w, QAbstractButton | QLineEdit) and w.isVisibleTo(panel)]
        assert panel.switch in controls and panel.replace_buttons[VIEW] in controls
        assert panel.osc_panel.switch in controls and panel.osc_panel.host in controls
        for control in controls:
            assert inside(control, dock), control
    finally:
        windows.close()


def test_the_tokens_are_made_only_once_the_panel_is_seen_or_serves(qtbot, tmp_path):
    """An app that never serves never writes the user's config folder."""
    controller, _clock = frozen_controller(tmp_path)
    hub = RemoteHub()
    hub.follow(controller)
    tokens = Tokens()
    panel = RemotePanel(RemoteServer(hub, tokens, routes=lambda _hub: []))
    qtbot.addWidget(panel)
    panel.show()
    panel.reflect()
    assert not tokens.path.exists() and panel.token_edits[CONTROL].text() == ""
    panel.set_seen(True)  # its tab came to the front
    assert tokens.path.exists() and panel.token_edits[CONTROL].text() == tokens.control


def test_a_server_started_from_the_command_line_shows_in_the_panel(qtbot, monkeypatch):
    monkeypatch.setattr(remote_panel, "venue_addresses", lambda: ["192.0.2.10"])
    server = FakeServer()
    panel = RemotePanel(server)  # built before --serve's start, as the app does
    qtbot.addWidget(panel)
    server.start("0.0.0.0", 4555)
    server.changed.emit()
    assert panel.switch.isChecked() and panel.lan.isChecked() and panel.port.value() == 4555
    assert panel.status.text().startswith("Remote on the venue network, port 4555")


def test_the_remote_tab_is_made_when_first_opened_unless_asked_for_at_start(qtbot, monkeypatch, tmp_path):
    """A show served to nobody never makes the servers nor reads the tokens: the Remote tab
    fills the first time the technician opens it; with --serve it is there from the start."""
    from ui.app import Application

    monkeypatch.setattr("ui.app.make_announcer", lambda: None)
    app = Application(load_agenda(WIPO), str(WIPO), rehearse=True)
    app.shell.start()
    windows = app.shell.windows
    try:
        dock = windows.console.findChild(QDockWidget, "remote")
        qtbot.waitUntil(lambda: windows.console.isVisible(), timeout=5000)
        assert app.remote is None and not isinstance(dock.widget(), RemotePanel)
        assert not (tmp_path / "config").exists()  # conftest's RUNOFSHOW_CONFIG_DIR: untouched
        dock.raise_()  # the technician opens the tab
        qtbot.waitUntil(lambda: isinstance(dock.widget(), RemotePanel), timeout=5000)
        assert app.remote is not None and not app.remote.running
        assert dock.widget().token_edits[CONTROL].text() == app.remote.tokens.control  # seen: read
    finally:
        app.shell.close()
        if app.awake is not None:
            app.awake.release()

    served = Application(load_agenda(WIPO), str(WIPO), rehearse=True, serve=("127.0.0.1", 0))
    served.shell.start()
    try:
        dock = served.shell.windows.console.findChild(QDockWidget, "remote")
        assert isinstance(dock.widget(), RemotePanel)
        qtbot.waitUntil(lambda: served.remote.running and served.remote.bound is not None,
                        timeout=10_000)
    finally:
        served.remote.stop(wait=True)
        served.shell.close()
        if served.awake is not None:
            served.awake.release()
