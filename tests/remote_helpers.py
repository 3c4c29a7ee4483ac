"""Helpers for the remote server's tests: a served show and real clients over loopback.

The show lives on the Qt thread, as in the app; the server on its own thread. The clients
(aiohttp's, or a raw socket where a misbehaving client is wanted) run on a third thread
with its own event loop, so the Qt thread stays free to take the actions the server hands
it: `Clients.run(coroutine)` waits for the answer while processing Qt's events.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import socket
import threading
from dataclasses import dataclass
from pathlib import Path

import aiohttp

from tests.qt_helpers import frozen_controller
from ui.server import RemoteHub, RemoteServer
from ui.server_app import Limits
from ui.tokens import Tokens

HOST = "127.0.0.1"  # every test talks to loopback only


class Clients:
    """A thread with an event loop and one aiohttp session, for the test's requests."""

    def __init__(self, qtbot):
        self.qtbot = qtbot
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="test-clients", daemon=True)
        self.thread.start()
        self.session: aiohttp.ClientSession = self.call(self._session())

    async def _session(self) -> aiohttp.ClientSession:
        return aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30))

    def run(self, coroutine, timeout_s: float = 30.0):
        """Run `coroutine` on the clients' loop; the Qt thread processes events meanwhile."""
        future = asyncio.run_coroutine_threadsafe(coroutine, self.loop)
        self.qtbot.waitUntil(future.done, timeout=int(timeout_s * 1000))
        return future.result()

    def call(self, coroutine):
        """Run `coroutine` on the clients' loop without processing Qt's events (setup)."""
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(30)

    def close(self) -> None:
        self.call(self.session.close())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)
        self.loop.close()


@dataclass
class Served:
    """A show on a frozen clock, served on a free loopback port."""

    controller: object
    clock: object
    hub: RemoteHub
    tokens: Tokens
    server: RemoteServer
    clients: Clients
    journal: Path

    @property
    def base(self) -> str:
        return f"http://{HOST}:{self.server.bound[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def auth(self, token: str | None = None) -> dict[str, str]:
        return {"Authorization": f"Bearer {token or self.tokens.control}"}

    def journal_lines(self) -> list[dict]:
        return [json.loads(line) for line in self.journal.read_text(encoding="utf-8").splitlines()]

    async def request(self, method: str, path: str, token: str | None = "control", *,
                      body: bytes | str | dict | None = None, headers: dict | None = None):
        """(status, JSON answer or text) of one request; token "control", "view", None or
        another string."""
        sent = dict(headers or {})
        if token is not None:
            sent.setdefault("Authorization", "Bearer " + {"control": self.tokens.control,
                                                          "view": self.tokens.view}.get(token, token))
        data = json.dumps(body) if isinstance(body, dict) else body
        async with self.clients.session.request(method, self.url(path), data=data, headers=sent) as reply:
            text = await reply.text()
            try:
                return reply.status, json.loads(text)
            except ValueError:
                return reply.status, text

    def act(self, action: dict, token: str | None = "control"):
        return self.clients.run(self.request("POST", "/api/v1/actions", token, body=action))

    def get_state(self, token: str | None = "control"):
        return self.clients.run(self.request("GET", "/api/v1/state", token))


def serve(qtbot, tmp_path, monkeypatch, *, limits: Limits | None = None, at=None,
          rehearsal: bool = True, static_dir: Path | None = None, routes=None) -> Served:
    monkeypatch.setenv("RUNOFSHOW_CONFIG_DIR", str(tmp_path / "config"))
    controller, clock = frozen_controller(tmp_path, at=at, rehearsal=rehearsal)
    hub = RemoteHub()
    hub.follow(controller)
    tokens = Tokens()
    server = RemoteServer(hub, tokens, static_dir=static_dir or tmp_path / "no-views",
                          routes=routes or (lambda _hub: []), limits=limits or Limits())
    server.start(HOST, 0)
    assert server.wait_started(20), "the server did not start"
    return Served(controller, clock, hub, tokens, server, Clients(qtbot), tmp_path / "show.jsonl")


def raw_websocket(port: int, token: str, receive_buffer: int | None = None) -> socket.socket:
    """A WebSocket opened by hand over a plain socket (for clients that misbehave: that never
    read, never answer a ping); returns the socket just after the 101 answer's headers."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    if receive_buffer is not None:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, receive_buffer)
    sock.settimeout(10)
    sock.connect((HOST, port))
    key = base64.b64encode(os.urandom(16)).decode()
    sock.sendall((f"GET /api/v1/ws?token={token} HTTP/1.1\r\nHost: {HOST}:{port}\r\n"
                  "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                  f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
    head = b""
    while b"\r\n\r\n" not in head:
        chunk = sock.recv(1)
        assert chunk, "closed during the handshake"
        head += chunk
    assert head.startswith(b"HTTP/1.1 101"), head
    return sock


def closed_within(sock: socket.socket, seconds: float) -> bool:
    """Read (and drop) whatever comes until the server closes the connection, at most
    `seconds`: whether it did."""
    sock.settimeout(seconds)
    try:
        while sock.recv(65536):
            pass
    except TimeoutError:
        return False
    except ConnectionResetError:
        return True
    return True
