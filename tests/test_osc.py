"""OSC over UDP (ui/osc.py, ui/osc_protocol.py, ui/osc_panel.py; docs/remote.md "OSC"), with
a real python-osc client and raw UDP sockets on loopback.

The show is a real controller and journal on the Qt thread, served over HTTP as in
tests/remote_helpers.py; the OSC server runs on its own thread on the same hub. The test
waits for each reply while Qt processes events, so the Qt thread is free to apply the
action the server hands it.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pythonosc.osc_bundle_builder import IMMEDIATELY, OscBundleBuilder
from pythonosc.osc_message import OscMessage
from pythonosc.osc_message_builder import OscMessageBuilder
from pythonosc.udp_client import SimpleUDPClient

from runofshow.loader import load_agenda
from runofshow.osc_map import ADDRESSES, osc_action
from runofshow.remote import RemoteError, parse_action
from tests.conftest import WIPO, zurich_s
from tests.remote_helpers import HOST
from ui.launcher import app_parser
from ui.osc import DEFAULT_OSC_PORT, OscServer
from ui.osc_panel import OscPanel
from ui.remote_panel import RemotePanel
from ui.ticker import SecondTicker

AGENDA = load_agenda(WIPO)
UNLIMITED = {"rate": 1e9, "burst": 10**9}


class Osc:
    """A served show, the OSC server on its hub, and a python-osc client."""

    def __init__(self, qtbot, served, **limits):
        self.qtbot, self.served = qtbot, served
        self.server = OscServer(served.hub, **limits)
        self.server.start(HOST, 0)
        assert self.server.wait_started(10), "the OSC server did not start"
        self.port = self.server.bound[1]
        self.client = SimpleUDPClient(HOST, self.port)

    def ask(self, address: str, *args) -> OscMessage:
        """Send one message; its reply, Qt running meanwhile."""
        self.client.send_message(address, list(args))
        return self.reply()

    def reply(self, timeout_s: float = 10.0, sock: socket.socket | None = None) -> OscMessage:
        return self.replies(1, timeout_s, sock)[0]

    def replies(self, count: int, timeout_s: float = 10.0, sock: socket.socket | None = None) -> list:
        got: list[OscMessage] = []

        def arrived() -> bool:
            data = self.client.receive(0) if sock is None else _receive_now(sock)
            if data:
                got.append(OscMessage(data))
            return len(got) >= count

        self.qtbot.waitUntil(arrived, timeout=int(timeout_s * 1000))
        return got

    def silent_for(self, seconds: float) -> bool:
        """No reply comes within `seconds` (Qt running meanwhile)."""
        self.qtbot.wait(int(seconds * 1000))
        return self.client.receive(0) == b""

    def close(self) -> None:
        self.client.close()
        self.server.stop(wait=True)


def _receive_now(sock: socket.socket) -> bytes:
    try:
        return sock.recv(65536)
    except BlockingIOError:
        return b""


def raw_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.setblocking(False)
    return sock


def said(message: OscMessage) -> tuple[str, list]:
    return message.address, message.params


@pytest.fixture
def osc(qtbot, served):
    found = Osc(qtbot, served)
    yield found
    found.close()


@pytest.fixture
def unlimited(qtbot, served):
    """No rate limit: the fuzzing sends hundreds of messages a second."""
    found = Osc(qtbot, served, **UNLIMITED)
    yield found
    found.close()


def show_started(osc: Osc) -> None:
    osc.served.clock.jump_to(zurich_s(13, "10:00"))
    assert said(osc.ask("/runofshow/next")) == ("/runofshow/ok", ["/runofshow/next"])
    osc.served.clock.jump_to(zurich_s(13, "10:05"))


# -- acting -----------------------------------------------------------------------------------

def test_an_osc_action_is_in_the_journal_before_its_ok(osc):
    served = osc.served
    lines_before = len(served.journal_lines())
    served.clock.jump_to(zurich_s(13, "10:00"))
    reply = osc.ask("/runofshow/next")
    lines = served.journal_lines()  # read the moment the reply arrives
    assert said(reply) == ("/runofshow/ok", ["/runofshow/next"])
    assert len(lines) == lines_before + 1
    assert lines[-1]["op"] == "do" and lines[-1]["do"] == "start" and lines[-1]["session"] == "d1-opening"
    assert served.controller.projection().live.session.id == "d1-opening"

    assert said(osc.ask("/runofshow/extend", 5)) == ("/runofshow/ok", ["/runofshow/extend"])
    assert served.journal_lines()[-1]["minutes"] == 5
    assert served.controller.projection().session("d1-opening").adjusted_by_s == 300
    osc.ask("/runofshow/extend", -2.0)  # a float, as many surfaces send: whole minutes
    assert served.journal_lines()[-1]["minutes"] == -2
    assert served.controller.projection().session("d1-opening").adjusted_by_s == 180


def test_every_kind_of_action_goes_through_the_controller(osc):
    show_started(osc)
    controller = osc.served.controller

    def fireside_skipped() -> bool:
        return str(controller.projection().session("d1-fireside").state) == "skipped"

    steps = [
        (("/runofshow/extend", "d1-panel-1", -5),
         lambda: controller.projection().session("d1-panel-1").adjusted_by_s == -300),
        (("/runofshow/skip", "d1-fireside"), fireside_skipped),
        (("/runofshow/unskip", "d1-fireside"), lambda: not fireside_skipped()),
        (("/runofshow/undo",), fireside_skipped),
        (("/runofshow/redo",), lambda: not fireside_skipped()),
        (("/runofshow/start", "d1-panel-1"), lambda: controller.projection().live.session.id == "d1-panel-1"),
        (("/runofshow/end",), lambda: controller.projection().live is None),
        (("/runofshow/message", "请回到座位 · Please take your seats", 1),
         lambda: (controller.display.message, controller.display.blink)
         == ("请回到座位 · Please take your seats", True)),
        (("/runofshow/blackout", 1), lambda: controller.display.blackout is True),
        (("/runofshow/blackout", False), lambda: controller.display.blackout is False),
    ]
    for message, done in steps:
        reply = osc.ask(*message)
        assert said(reply) == ("/runofshow/ok", [message[0]]), reply.params
        assert done(), message
    ops = [(line["op"], line.get("do")) for line in osc.served.journal_lines()[1:]]
    assert ops == [("do", "start"), ("do", "extend"), ("do", "skip"), ("do", "unskip"), ("undo", None),
                   ("redo", None), ("do", "start"), ("do", "end")]


def test_a_buttons_press_acts_once_and_its_release_does_nothing(osc):
    osc.served.clock.jump_to(zurich_s(13, "10:00"))
    assert said(osc.ask("/runofshow/next", 1.0))[0] == "/runofshow/ok"
    lines = osc.served.journal_lines()
    osc.client.send_message("/runofshow/next", 0.0)  # the release
    assert osc.silent_for(0.5)
    assert osc.served.journal_lines() == lines


def test_the_http_api_and_osc_drive_one_show(osc):
    osc.served.clock.jump_to(zurich_s(13, "10:00"))
    osc.ask("/runofshow/next")
    assert osc.served.act({"do": "extend", "minutes": 3})[0] == 200
    assert said(osc.ask("/runofshow/undo"))[0] == "/runofshow/ok"
    assert osc.served.controller.projection().session("d1-opening").adjusted_by_s == 0


# -- refusals ---------------------------------------------------------------------------------

def test_what_the_show_cannot_do_now_is_an_error_in_its_words(osc):
    lines = osc.served.journal_lines()
    reply = osc.ask("/runofshow/end")  # at 09:58 nothing is live
    assert reply.address == "/runofshow/error"
    assert reply.params[0].startswith("/runofshow/end: ") and "live" in reply.params[0]
    assert osc.served.journal_lines() == lines


@pytest.mark.parametrize(("packet", "words"), [
    (b"hello", "not an OSC message"),
    (b"", "not an OSC message"),
    (b"/runofshow/next\0,x\0\0", "arguments are numbers, strings, true or false"),
    (b"/runofshow/next\0\0\0\0\0", "not a readable OSC message"),
    (b"/runofshow/message\0\0,s\0\0\xff\xfe\0\0", "not a readable OSC message"),
    (b"/" + b"x" * 5000 + b"\0\0\0", "a packet over 4096 bytes is not taken"),
])
def test_garbage_gets_a_clear_error_and_changes_nothing(osc, packet, words):
    lines = osc.served.journal_lines()
    with raw_socket() as sock:
        sock.sendto(packet, (HOST, osc.port))
        reply = osc.reply(sock=sock)
    assert reply.address == "/runofshow/error" and reply.params[0].startswith(words), reply.params
    assert osc.served.journal_lines() == lines


def test_messages_not_ours_are_errors_in_words(osc):
    lines = osc.served.journal_lines()
    cases = [
        (("/runofshow/fly",), "unknown address '/runofshow/fly'; known: /runofshow/next"),
        (("/runofshow/*",), "address patterns"),
        (("/runofshow/extend", 2.5), "/runofshow/extend: minutes must be whole, not 2.5"),
        (("/runofshow/start", "d9-nope"), "/runofshow/start: no session has the id 'd9-nope'"),
        (("/runofshow/blackout", "on"), "/runofshow/blackout takes 1"),
        (("/runofshow/message", "x" * 501), "/runofshow/message: text must be a string of at most 500"),
    ]
    for message, words in cases:
        reply = osc.ask(*message)
        assert reply.address == "/runofshow/error" and reply.params[0].startswith(words), reply.params
    assert osc.served.journal_lines() == lines
    assert osc.served.controller.display.message == ""


def test_a_bundle_is_refused_even_one_timed_for_later(osc):
    lines = osc.served.journal_lines()
    for when in (IMMEDIATELY, time.time() + 3600):  # python-osc's own server would wait an hour
        bundle = OscBundleBuilder(when)
        bundle.add_content(OscMessageBuilder("/runofshow/next").build())
        osc.client.send(bundle.build())
        reply = osc.reply()
        assert said(reply) == ("/runofshow/error", ["bundles are not taken: send one message per packet"])
    assert osc.served.journal_lines() == lines


# -- fuzzing ----------------------------------------------------------------------------------

OSC_VALUES = (st.integers(-2**31, 2**31 - 1) | st.floats(width=32) | st.text(max_size=30)
              | st.booleans() | st.none() | st.sampled_from(["d1-opening", "d9-nope", 0, 1, 2.5]))
MESSAGES = st.tuples(st.sampled_from(ADDRESSES) | st.text(max_size=30).map(lambda a: "/" + a),
                     st.lists(OSC_VALUES, max_size=3))


def harmless(address: str, args: list) -> bool:
    """Whether the show's parser refuses the message (a valid one may change the show,
    which is not what this fuzzing is about)."""
    try:
        action = osc_action(address, args)
        if action is not None:
            parse_action(action, AGENDA)
    except RemoteError:
        return True
    return action is None


def is_release(address: str, args: list) -> bool:
    """A button's release (a single 0 or false to next, end, undo or redo): no reply."""
    return address in {"/runofshow/next", "/runofshow/end", "/runofshow/undo", "/runofshow/redo"} and (
        args in ([0], [False]))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(packets=st.lists(st.binary(max_size=120), min_size=1, max_size=8))
def test_random_bytes_get_errors_change_nothing_and_the_server_lives_on(unlimited, packets):
    assume(all(not p.startswith(b"/runofshow/") for p in packets))
    lines = unlimited.served.journal_lines()
    with raw_socket() as sock:
        for packet in packets:
            sock.sendto(packet, (HOST, unlimited.port))
        replies = unlimited.replies(len(packets), sock=sock)
    assert all(r.address == "/runofshow/error" and r.params[0] for r in replies)
    assert unlimited.served.journal_lines() == lines
    assert said(unlimited.ask("/runofshow/end"))[0] == "/runofshow/error"  # alive: it answers


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(messages=st.lists(MESSAGES, min_size=1, max_size=6))
def test_random_messages_from_a_python_osc_client_get_errors_and_change_nothing(unlimited, messages):
    assume(all(harmless(address, args) for address, args in messages))
    assume(not any("\0" in text for address, args in messages for text in [address, *args]
                   if isinstance(text, str)))  # a NUL ends an OSC string: another message
    served = unlimited.served
    lines = served.journal_lines()
    for address, args in messages:
        unlimited.client.send_message(address, args)
    releases = sum(is_release(address, args) for address, args in messages)
    replies = unlimited.replies(len(messages) - releases)
    assert all(r.address == "/runofshow/error" and r.params[0] for r in replies)
    assert unlimited.silent_for(0.1)  # and nothing more: a button's release is not answered
    assert served.journal_lines() == lines
    assert served.controller.display.message == "" and served.controller.display.blackout is False
    assert said(unlimited.ask("/runofshow/end"))[0] == "/runofshow/error"
    assert served.get_state()[0] == 200


# -- floods, starting and stopping --------------------------------------------------------------

FLOOD = """
import json, sys, time
from pythonosc.udp_client import SimpleUDPClient
client = SimpleUDPClient("127.0.0.1", int(sys.argv[1]))
began = time.monotonic()
sent = 0
while time.monotonic() - began < 2.5:
    client.send_message("/runofshow/extend", 1)
    sent += 1
took = time.monotonic() - began
replies = []
while True:
    data = client.receive(1.5)
    if not data:
        break
    replies.append(data)
print(json.dumps({"sent": sent, "took": took, "ok": sum(r.startswith(b"/runofshow/ok") for r in replies),
                  "too_many": sum(b"too many" in r for r in replies)}))
"""


def test_a_flood_is_limited_and_the_countdown_keeps_ticking(osc, qtbot):
    show_started(osc)
    served = osc.served
    served.clock.set_speed(1.0)
    ticks = []
    served.controller.ticked.connect(lambda: ticks.append(time.monotonic()))
    ticker = SecondTicker(served.clock, served.controller.tick)
    ticker.start()
    lines_before = len(served.journal_lines())
    began = time.monotonic()
    flood = subprocess.Popen([sys.executable, "-c", FLOOD, str(osc.port)], stdout=subprocess.PIPE, text=True)
    try:
        qtbot.waitUntil(lambda: flood.poll() is not None, timeout=30_000)
    finally:
        ticker.stop()
    took_all = time.monotonic() - began
    report = json.loads(flood.stdout.read())
    accepted = len(served.journal_lines()) - lines_before
    assert report["sent"] > 10 * accepted  # most of the flood was turned away...
    assert 40 <= accepted <= 40 + 20 * report["took"] + 2  # ...at the bucket's rate: 40, then 20 a second
    assert report["ok"] == accepted  # every action done was answered
    assert 1 <= report["too_many"] <= report["took"] + 2  # one "too many" a second, not one each
    during = [t for t in ticks if began <= t <= began + took_all]
    assert len(during) >= int(took_all) - 1  # the countdown's second went on during the flood
    assert max(ticker.lags_ms, default=0) < 250


def test_a_taken_port_is_said_plainly_and_stopping_frees_it(osc, qtbot):
    other = OscServer(osc.served.hub)
    with qtbot.waitSignal(other.changed, timeout=10_000):
        other.start(HOST, osc.port)
    assert other.error == f"port {osc.port} is taken by another program on {HOST}: choose another port"
    assert not other.wait_started(1)
    with qtbot.waitSignal(osc.server.changed, timeout=10_000):
        osc.server.stop(wait=True)
    assert osc.server.address is None and not osc.server.running
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind((HOST, osc.port))  # free again


def test_it_listens_on_loopback_unless_told_otherwise(served, qtbot):
    server = OscServer(served.hub)
    server.start(port=0)
    try:
        assert server.wait_started(10)
        assert server.bound[0] == "127.0.0.1"
        qtbot.waitUntil(lambda: server.address is not None, timeout=10_000)
    finally:
        server.stop(wait=True)


def test_the_command_line_takes_osc_host_and_port():
    parser = app_parser()
    assert parser.parse_args(["a.yaml"]).osc is None
    assert parser.parse_args(["a.yaml", "--osc", "4002"]).osc == ("127.0.0.1", 4002)
    assert parser.parse_args(["a.yaml", "--osc", "0.0.0.0:9000"]).osc == ("0.0.0.0", 9000)
    with pytest.raises(SystemExit) as exit_:
        parser.parse_args(["a.yaml", "--osc", "loud"])
    assert exit_.value.code == 2


# -- the console ----------------------------------------------------------------------------------

def test_the_remote_panels_osc_switch_takes_osc_on_its_host_and_port(served, qtbot, tmp_path):
    server = OscServer(served.hub)
    panel = RemotePanel(served.server, osc=server)
    qtbot.addWidget(panel)
    row: OscPanel = panel.osc_panel
    lines = []
    row.room_line_changed.connect(lambda text, ok: lines.append((text, ok)))
    try:
        assert not row.switch.isChecked() and row.host.text() == "127.0.0.1"
        assert row.port.value() == DEFAULT_OSC_PORT and row.status.text() == "OSC is off."
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.bind((HOST, 0))
            free = probe.getsockname()[1]
        row.port.setValue(free)
        row.switch.click()
        qtbot.waitUntil(lambda: server.address == f"127.0.0.1:{free}", timeout=10_000)
        assert row.switch.isChecked()
        assert row.status.text().startswith(f"OSC on 127.0.0.1:{free} (UDP): programs on this computer")
        assert lines[-1] == (row.status.text(), True)
        with SimpleUDPClient(HOST, free) as client:  # it really takes OSC there
            client.send_message("/runofshow/fly", [])
            qtbot.waitUntil(lambda: client.receive(0).startswith(b"/runofshow/error"), timeout=10_000)

        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as taken:
            taken.bind((HOST, 0))
            row.port.setValue(taken.getsockname()[1])
            row.port.editingFinished.emit()  # the technician moves it onto a taken port
            qtbot.waitUntil(lambda: server.error is not None, timeout=10_000)
            assert "is taken by another program" in row.status.text() and not row.switch.isChecked()
            assert lines[-1][1] is False

        row.port.setValue(free)
        row.switch.click()  # on again, on its free port
        qtbot.waitUntil(lambda: server.address is not None, timeout=10_000)
        row.switch.click()
        qtbot.waitUntil(lambda: not server.running and server.address is None, timeout=10_000)
        assert row.status.text() == "OSC is off." and lines[-1] == ("", True)
    finally:
        server.stop(wait=True)
