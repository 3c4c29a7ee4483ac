"""Helpers for the venue's tests: a real Mosquitto on a free loopback port, and a paho
subscriber that notes what arrives.

The broker keeps its state on disk (`persistence true`) and is stopped with SIGTERM, which
saves it: a subscriber with a persistent session (clean_session False) then gets, after a
restart, what was published to it while it was away, as it would from a venue's broker.
"""

from __future__ import annotations

import getpass
import json
import os
import shutil
import signal
import socket
import subprocess
import threading
import time
from pathlib import Path

import paho.mqtt.client as mqtt
import pytest
from paho.mqtt.enums import CallbackAPIVersion

MOSQUITTO = shutil.which("mosquitto") or "/usr/sbin/mosquitto"
HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


class Broker:
    """A Mosquitto process; `start()`, `stop()` (SIGTERM, state saved), `restart()`.

    `listener`: lines for its MQTT listener (TLS files, say); `anonymous` False wants a
    user and password (`extra` names the password_file); `websockets` adds a second
    listener speaking MQTT over WebSocket (`ws_port`), for the web views, with `http_dir`
    serving files from that folder on the same port."""

    def __init__(self, folder: Path, extra: str = "", *, listener: str = "", anonymous: bool = True,
                 websockets: bool = False, http_dir: Path | None = None):
        if not os.path.exists(MOSQUITTO):
            pytest.skip("needs mosquitto (Debian package mosquitto; .ci/run installs it)")
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.ws_port = free_port() if websockets else None
        # Debian's Mosquitto 2.0.11 binds a websockets listener to every address unless
        # socket_domain is set (then it honours the address given)
        ws = "" if not websockets else (f"listener {self.ws_port} {HOST}\nsocket_domain ipv4\n"
                                        f"protocol websockets\n"
                                        + (f"http_dir {http_dir}\n" if http_dir else ""))
        self.config = folder / "mosquitto.conf"
        self.config.write_text(
            # as root, mosquitto would become the user "mosquitto", who cannot write here
            f"user {getpass.getuser()}\n"
            f"listener {self.port} {HOST}\n{listener}{ws}"
            f"allow_anonymous {'true' if anonymous else 'false'}\npersistence true\n"
            f"persistence_location {folder}/\nlog_dest file {folder}/mosquitto.log\n{extra}")
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"mqtt://{HOST}:{self.port}"

    def start(self) -> Broker:
        self.process = subprocess.Popen([MOSQUITTO, "-c", str(self.config)], stdout=subprocess.DEVNULL,
                                        stderr=subprocess.PIPE)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"mosquitto did not start: {self.process.stderr.read()!r}")
            try:
                socket.create_connection((HOST, self.port), timeout=0.2).close()
                return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("mosquitto did not listen within 10 s")

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    def restart(self) -> None:
        self.stop()
        self.start()


class Listener:
    """A paho subscriber on `topics` that keeps every message: (topic, payload, retain)."""

    def __init__(self, broker: Broker, topics: list[str], *, client_id: str = "", persistent: bool = False):
        self.messages: list[tuple[str, bytes, bool]] = []
        self.lock = threading.Lock()
        self.topics = topics
        self.client = mqtt.Client(CallbackAPIVersion.VERSION2, client_id=client_id,
                                  clean_session=not persistent)
        self.client.reconnect_delay_set(0.1, 0.5)
        self.client.on_connect = self._on_connect
        self.client.on_message = self._on_message
        self.on_message = None  # called with each message too, on paho's thread
        # set before the connection starts: the broker's answer can come before the next line
        self.subscribed = threading.Event()
        self.client.on_subscribe = lambda *args: self.subscribed.set()
        self.client.connect_async(HOST, broker.port)
        self.client.loop_start()
        assert self.subscribed.wait(10), "the test's subscriber did not subscribe"

    def _on_connect(self, client, userdata, flags, reason, properties) -> None:
        if not reason.is_failure:
            client.subscribe([(name, 1) for name in self.topics])

    def _on_message(self, client, userdata, message) -> None:
        if self.on_message is not None:
            self.on_message(message)
        with self.lock:
            self.messages.append((message.topic, message.payload, message.retain))

    def payloads(self, kind: str) -> list[dict]:
        with self.lock:
            return [json.loads(payload) for name, payload, _ in self.messages if name.endswith("/" + kind)]

    def close(self) -> None:
        self.client.disconnect()
        self.client.loop_stop()


def wait_for(condition, timeout_s: float = 10.0, qtbot=None) -> None:
    """Until `condition()` is true (processing Qt's events meanwhile when given `qtbot`)."""
    if qtbot is not None:
        qtbot.waitUntil(lambda: bool(condition()), timeout=int(timeout_s * 1000))
        return
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"not true within {timeout_s} s: {condition}")
        time.sleep(0.02)


def publish_three_rooms(folder: Path, broker_url: str, event: str) -> dict[str, tuple]:
    """Three rooms on frozen clocks, each published by the app's publisher: A with the
    opening live since 10:00 (at 10:03), B 25 minutes over its 10-minute opening, C waiting
    for the first session (at 09:58). {room: (controller, publisher)}; stop the publishers."""
    from runofshow.venue import parse_broker_url
    from tests.conftest import zurich_s
    from tests.qt_helpers import frozen_controller
    from ui.venue_publisher import VenuePublisher

    found = {}
    for room, at in (("Room A", zurich_s(13, "10:03")), ("Room B", zurich_s(13, "10:00")),
                     ("Room C", zurich_s(13, "09:58"))):
        place = folder / room.replace(" ", "-")
        place.mkdir()
        controller, clock = frozen_controller(place, at=at)
        if room == "Room A":
            clock.jump_to(zurich_s(13, "10:00"))
            assert controller.start("d1-opening")
            clock.jump_to(at)
        if room == "Room B":
            assert controller.start("d1-opening")
            clock.jump_by(35 * 60)  # the 10-minute opening, 25 minutes over
        publisher = VenuePublisher(parse_broker_url(broker_url), event, room)
        publisher.start()
        publisher.follow(controller)
        found[room] = (controller, publisher)
    return found
