"""The remote server's limits on connections (ui/server_connections.py) and what Companion's
WebSocket shares with the API's (docs/remote.md, "Limits"): real servers on loopback, real
clients, and raw sockets for the clients that misbehave."""

from __future__ import annotations

import asyncio
import json
import socket
import time

import aiohttp
import pytest

from tests.remote_helpers import HOST, serve
from ui.server import bundled_routes
from ui.server_app import Limits
from ui.server_connections import ConnectionLimit, raise_file_limit


@pytest.fixture
def limited(qtbot, tmp_path, monkeypatch):
    """`limited(**limits)`: a show served with those limits and Companion's routes."""
    started = []

    def start(**limits):
        found = serve(qtbot, tmp_path, monkeypatch, limits=Limits(**limits), routes=bundled_routes)
        started.append(found)
        return found

    yield start
    for found in started:
        found.server.stop(wait=True)
        found.clients.close()


def closed_within(sock: socket.socket, seconds: float) -> float | None:
    """How long until the server closed `sock` (None: still open after `seconds`)."""
    began = time.monotonic()
    sock.settimeout(0.1)
    while time.monotonic() - began < seconds:
        try:
            if sock.recv(1024) == b"":
                return time.monotonic() - began
        except TimeoutError:
            continue
        except ConnectionError:
            return time.monotonic() - began
    return None


def test_a_connection_that_sends_no_whole_request_is_closed_and_a_websocket_stays(limited, qtbot):
    found = limited(idle_s=1.0)
    port = found.server.bound[1]
    silent = socket.create_connection((HOST, port))
    half = socket.create_connection((HOST, port))
    half.sendall(b"GET /api/v1/state HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # and never the end
    trickle = socket.create_connection((HOST, port))
    trickle.sendall(b"GET /api/v1/state HTTP/1.1\r\n")

    async def websocket_outlives_the_idle_time():
        url = found.url(f"/api/v1/ws?token={found.tokens.view}")
        async with found.clients.session.ws_connect(url) as ws:
            await ws.receive_json(timeout=5)  # the state on connect
            await asyncio.sleep(2.5)
            await ws.send_str(json.dumps({"type": "state"}))
            while True:
                answer = await ws.receive_json(timeout=5)
                if answer["type"] != "state" or answer.get("id") is None:
                    return answer

    try:
        for _ in range(3):
            trickle.sendall(b"X")  # a byte now and then does not keep it
            qtbot.wait(300)
        for sock in (silent, half, trickle):
            assert closed_within(sock, 3.0) is not None
        assert found.clients.run(websocket_outlives_the_idle_time())["type"] in ("state", "result")
        assert found.get_state()[0] == 200
    finally:
        for sock in (silent, half, trickle):
            sock.close()


def test_connections_beyond_the_cap_are_closed_at_once_and_the_rest_is_served(limited):
    found = limited(max_connections=4, idle_s=30.0)
    port = found.server.bound[1]
    held = [socket.create_connection((HOST, port)) for _ in range(4)]
    try:
        beyond = socket.create_connection((HOST, port))
        took = closed_within(beyond, 2.0)
        assert took is not None and took < 1.0
        beyond.close()
        held.pop().close()
        time.sleep(0.2)
        assert found.get_state()[0] == 200  # a place came free: served again
    finally:
        for sock in held:
            sock.close()


def test_one_address_gets_its_share_and_loopback_the_whole():
    limit = ConnectionLimit(total=10, per_peer=3)
    assert [limit.admit("192.168.1.20") for _ in range(4)] == [True, True, True, False]
    assert limit.admit("192.168.1.21") and limit.admit("fe80::1%eth0")
    assert [limit.admit("127.0.0.1") for _ in range(5)] == [True] * 5  # all local programs
    assert not limit.admit("::1")  # ten open: the total
    limit.release("192.168.1.20")
    assert limit.admit("192.168.1.20") and not limit.admit("10.0.0.9")


def test_the_process_may_open_files_for_its_connections():
    resource = pytest.importorskip("resource")
    hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
    now = raise_file_limit(2048)
    assert now == resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    assert now >= (2048 if hard == resource.RLIM_INFINITY else min(2048, hard))


def companion_url(found, token: str | None = None) -> str:
    return found.url(f"/ws?token={token or found.tokens.control}")


def test_companion_s_websockets_take_the_same_places_as_the_api_s(limited):
    found = limited(max_websockets=2)

    async def third_refused():
        api = await found.clients.session.ws_connect(found.url(f"/api/v1/ws?token={found.tokens.view}"))
        companion = await found.clients.session.ws_connect(companion_url(found))
        refused = []
        for url in (companion_url(found), found.url(f"/api/v1/ws?token={found.tokens.view}")):
            try:
                await found.clients.session.ws_connect(url)
            except aiohttp.WSServerHandshakeError as exc:
                refused.append(exc.status)
        await companion.close()
        await asyncio.sleep(0.2)
        again = await found.clients.session.ws_connect(companion_url(found))  # a place is free
        await again.send_str('{"tag":"version"}')
        version = await again.receive_json(timeout=5)
        while version["tag"] != "version":
            version = await again.receive_json(timeout=5)
        for ws in (api, again):
            await ws.close()
        return refused, version["tag"]

    assert found.clients.run(third_refused()) == ([503, 503], "version")


def test_companion_s_actions_count_against_the_device_s_limit(limited, qtbot):
    found = limited(actions_per_s=0.01, action_burst=3)
    assert found.controller.start("d1-opening")  # addtime extends the live session

    async def five_addtimes():
        async with found.clients.session.ws_connect(companion_url(found)) as ws:
            replies = []
            for _ in range(5):
                await ws.send_str('{"tag":"addtime","payload":60000}')
                while True:
                    reply = await ws.receive_json(timeout=10)
                    if reply["tag"] in ("addtime", "error"):
                        replies.append(reply)
                        break
            return replies

    replies = found.clients.run(five_addtimes())
    assert [r["tag"] for r in replies] == ["addtime"] * 3 + ["error"] * 2
    assert all(r["payload"]["status"] == 429 and "too many actions from this device" in r["payload"]["error"]
               for r in replies[3:])
    # the same bucket as the API's: this device has used it up there too
    status, _ = found.act({"do": "extend", "minutes": 1})
    assert status == 429
    assert [line.get("do") for line in found.journal_lines()[1:]] == ["start", "extend", "extend", "extend"]


@pytest.mark.parametrize("cue", ["²", "٣", "３"])
def test_a_cue_in_other_digits_gets_an_error_and_the_connection_stays(limited, cue):
    found = limited()

    async def ask():
        async with found.clients.session.ws_connect(companion_url(found)) as ws:
            await ws.send_str(json.dumps({"tag": "start", "payload": {"cue": cue}}))
            while True:
                reply = await ws.receive_json(timeout=5)
                if reply["tag"] in ("start", "error"):
                    break
            await ws.send_str('{"tag":"version"}')
            while True:
                again = await ws.receive_json(timeout=5)
                if again["tag"] == "version":
                    return reply, again

    reply, again = found.clients.run(ask())
    assert reply["tag"] == "error" and "no session has the cue" in reply["payload"]["error"]
    assert again["tag"] == "version"
    assert len(found.journal_lines()) == 1  # the header: nothing was done


def test_a_websocket_flooding_messages_is_answered_at_its_allowance_and_told(limited):
    """Whatever a watching client sends (here: 300 requests that are not actions), at most
    the allowance is answered; the rest is dropped with one "too many messages" a second."""
    found = limited()

    async def flood():
        async with found.clients.session.ws_connect(found.url(f"/api/v1/ws?token={found.tokens.view}")) as ws:
            for _ in range(300):
                await ws.send_str('{"type": "state?"}')
            replies = []
            while True:
                try:
                    reply = await ws.receive_json(timeout=1.0)
                except TimeoutError:
                    return replies
                if reply["type"] == "result":
                    replies.append(reply)

    replies = found.clients.run(flood())
    told = [r for r in replies if r["status"] == 429]
    assert told and "too many messages" in told[0]["error"]
    assert 40 <= len(replies) - len(told) < 60  # the burst of 40, and what a second adds
    assert len(found.journal_lines()) == 1
