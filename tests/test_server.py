"""The remote server (ui/server.py, ui/server_app.py; docs/remote.md), with real clients over
loopback: aiohttp's HTTP and WebSocket clients, and raw sockets for clients that misbehave.

The show is a real controller and journal on the Qt thread; the server runs on its own
thread, the clients on a third (tests/remote_helpers.py).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import math
import os
import signal
import socket
import subprocess
import sys
import time

import aiohttp
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, QTimer

from runofshow.loader import load_agenda
from runofshow.remote import RemoteError, parse_action
from tests.conftest import REPO, WIPO, zurich_s
from tests.remote_helpers import HOST, closed_within, raw_websocket, serve
from ui.server import RemoteHub, RemoteServer
from ui.server_app import Limits, host_name
from ui.ticker import SecondTicker

CONTROL_ACTION = {"do": "next"}


def started(served) -> None:
    """The opening started at 10:00 through the server, the clock then at 10:05."""
    served.clock.jump_to(zurich_s(13, "10:00"))
    status, answer = served.act({"do": "next"})
    assert status == 200, answer
    served.clock.jump_to(zurich_s(13, "10:05"))


# -- the state --------------------------------------------------------------------------------

def test_the_state_over_http_is_the_board_the_projector_draws(served, qtbot):
    status, state = served.get_state("view")
    assert status == 200
    board = served.controller.board()
    assert state["api"] == 1
    assert state["board"]["mode"] == "waiting" and state["board"]["countdown"] == board.countdown
    assert state["board"]["session"]["id"] == "d1-opening"
    assert state["show"]["rehearsal"] is True and state["show"]["languages"] == ["zh", "en"]
    assert state["day"]["sessions"][0]["id"] == "d1-opening"
    assert state["style"]["symbol"] == "◷" and state["style"]["word"]["en"] == "STARTS IN"
    assert state["display"] == {"message": "", "blink": False, "blackout": False}

    started(served)
    with qtbot.waitSignal(served.controller.ticked_late):
        served.controller.tick()  # a second of the show's clock: the hub takes the new board
    status, state = served.get_state("control")
    assert status == 200
    assert state["board"]["mode"] == "live" and state["board"]["session"]["id"] == "d1-opening"
    assert state["board"]["countdown"] == served.controller.board().countdown
    assert state["board"]["phase"] == "warning"  # the opening is 10 min long: 5 min left
    assert state["style"] == {"background": "#FFB000", "foreground": "#000000", "symbol": "▲",
                              "word": {"en": "WARNING", "zh": "即将结束"}, "flash_background": None}


def test_a_token_may_come_in_the_url_and_answers_are_never_cached(served):
    async def fetch():
        async with served.clients.session.get(served.url(f"/api/v1/state?token={served.tokens.view}")) as r:
            return r.status, r.headers.get("Cache-Control"), r.headers.get("Referrer-Policy")

    assert served.clients.run(fetch()) == (200, "no-store", "no-referrer")


# -- acting -----------------------------------------------------------------------------------

def test_an_action_is_in_the_journal_before_its_ok_and_the_projector_shows_it(served):
    lines_before = len(served.journal_lines())
    served.clock.jump_to(zurich_s(13, "10:00"))

    async def act_then_read_the_journal():
        status, answer = await served.request("POST", "/api/v1/actions", body={"do": "next"})
        # read the file the moment the answer arrives, on the client's own thread
        return status, answer, served.journal_lines()

    status, answer, lines = served.clients.run(act_then_read_the_journal())
    assert status == 200 and answer["ok"] is True
    assert len(lines) == lines_before + 1
    assert lines[-1]["op"] == "do" and lines[-1]["do"] == "start" and lines[-1]["session"] == "d1-opening"
    assert answer["state"]["board"]["mode"] == "live"
    assert answer["state"]["board"]["session"]["id"] == "d1-opening"
    # what the projector draws: the controller's projection has the opening live
    assert served.controller.projection().live.session.id == "d1-opening"

    status, answer = served.act({"do": "extend", "minutes": 5})
    assert status == 200
    assert served.journal_lines()[-1]["minutes"] == 5
    assert answer["state"]["board"]["session"]["adjusted_by_s"] == 300


def test_every_kind_of_action_goes_through_the_controller(served):
    started(served)
    def fireside(c) -> str:
        return str(c.projection().session("d1-fireside").state)

    steps = [
        ({"do": "extend", "session": "d1-panel-1", "minutes": -5},
         lambda c: c.projection().session("d1-panel-1").adjusted_by_s == -300),
        ({"do": "skip", "session": "d1-fireside"}, lambda c: fireside(c) == "skipped"),
        ({"do": "unskip", "session": "d1-fireside"}, lambda c: fireside(c) == "upcoming"),
        ({"do": "undo"}, lambda c: fireside(c) == "skipped"),
        ({"do": "redo"}, lambda c: fireside(c) == "upcoming"),
        ({"do": "start", "session": "d1-panel-1"}, lambda c: c.projection().live.session.id == "d1-panel-1"),
        ({"do": "end"}, lambda c: c.projection().live is None),
        ({"do": "message", "text": " 请回到座位 · Please take your seats ", "blink": True},
         lambda c: (c.display.message, c.display.blink) == ("请回到座位 · Please take your seats", True)),
        ({"do": "blackout", "on": True}, lambda c: c.display.blackout is True),
        ({"do": "blackout", "on": False}, lambda c: c.display.blackout is False),
    ]
    for action, effect in steps:
        status, answer = served.act(action)
        assert status == 200, (action, answer)
        assert effect(served.controller), action
    assert answer["state"]["display"]["message"] == "请回到座位 · Please take your seats"
    ops = [(line["op"], line.get("do")) for line in served.journal_lines()[1:]]
    assert ops == [("do", "start"), ("do", "extend"), ("do", "skip"), ("do", "unskip"), ("undo", None),
                   ("redo", None), ("do", "start"), ("do", "end")]


def test_a_refused_action_is_409_in_words_and_writes_nothing(served):
    lines = served.journal_lines()
    for action, words in (({"do": "end"}, "live"), ({"do": "undo"}, "nothing to undo"),
                          ({"do": "redo"}, "nothing to redo")):
        status, answer = served.act(action)
        assert status == 409, answer
        assert answer["ok"] is False and words in answer["error"]
    assert served.journal_lines() == lines
    assert served.controller.projection().live is None


def test_next_long_before_the_first_session_on_the_real_clock_is_refused_and_says_how(
        qtbot, tmp_path, monkeypatch):
    """The chair's Space asks first then; a device cannot be asked."""
    found = serve(qtbot, tmp_path, monkeypatch, at=zurich_s(13, "09:00"), rehearsal=False)
    try:
        status, answer = found.act({"do": "next"})
        assert status == 409
        assert "10:00" in answer["error"] and '"start", "session": "d1-opening"' in answer["error"]
        assert len(found.journal_lines()) == 1
        status, _ = found.act({"do": "start", "session": "d1-opening"})
        assert status == 200
        assert found.controller.projection().live.session.id == "d1-opening"
    finally:
        found.server.stop(wait=True)
        found.clients.close()


def test_a_malformed_action_is_400_in_words(served):
    for body, words in (('{"do": "next"', "not JSON"), (b"\xff\xfe", "UTF-8"),
                        ("[" * 20_000 + "]" * 20_000, "nested"),
                        ('{"do": "fly"}', "unknown action"),
                        ('{"do": "extend", "minutes": 2.5}', "whole"),
                        ('{"do": "start", "session": "nope"}', "no session"),
                        ('{"do": "message", "text": "' + "x" * 501 + '"}', "500")):
        status, answer = served.clients.run(served.request("POST", "/api/v1/actions", body=body))
        assert status == 400, (body[:40], answer)
        assert answer["ok"] is False and words in answer["error"], answer
    assert len(served.journal_lines()) == 1


def test_a_huge_body_is_413_and_nothing_happens(served):
    body = json.dumps({"do": "message", "text": "x" * 200_000})
    status, answer = served.clients.run(served.request("POST", "/api/v1/actions", body=body))
    assert status == 413 and answer["ok"] is False and "larger than" in answer["error"]
    assert served.controller.display.message == ""
    assert served.get_state()[0] == 200


def test_unknown_paths_and_methods_answer_json(served):
    status, answer = served.clients.run(served.request("GET", "/api/v2/state"))
    assert status == 404 and answer["ok"] is False
    status, answer = served.clients.run(served.request("DELETE", "/api/v1/state"))
    assert status == 405 and answer["ok"] is False


# -- tokens, Host and Origin ---------------------------------------------------------------------

def test_tokens_no_token_401_wrong_token_401_view_token_cannot_act_403(served):
    lines = served.journal_lines()
    status, answer = served.clients.run(served.request("GET", "/api/v1/state", token=None))
    assert status == 401 and "token is needed" in answer["error"]
    status, answer = served.clients.run(served.request("GET", "/api/v1/state", token="x" * 32))
    assert status == 401 and "not valid" in answer["error"]
    status, answer = served.act(CONTROL_ACTION, token=None)
    assert status == 401
    status, answer = served.act(CONTROL_ACTION, token=served.tokens.control[:-1])
    assert status == 401
    status, answer = served.act(CONTROL_ACTION, token="view")
    assert status == 403 and "only watch" in answer["error"]
    status, answer = served.act(CONTROL_ACTION, token="ünïcødé token")
    assert status == 401
    assert served.journal_lines() == lines
    assert served.controller.projection().live is None


def test_another_sites_host_or_origin_is_refused(served):
    port = served.server.bound[1]
    refused = [{"Host": "evil.example"}, {"Host": f"evil.example:{port}"}, {"Host": "127.0.0.1.evil.example"},
               {"Origin": "http://evil.example"}, {"Origin": f"http://127.0.0.1:{port + 1}"},
               {"Origin": "null"}, {"Origin": f"file://127.0.0.1:{port}"}]
    for headers in refused:
        status, answer = served.clients.run(served.request("POST", "/api/v1/actions",
                                                           body=CONTROL_ACTION, headers=headers))
        assert status == 403, headers
        assert answer["ok"] is False
    assert len(served.journal_lines()) == 1
    served.clock.jump_to(zurich_s(13, "10:00"))
    for headers in ({"Host": f"localhost:{port}"}, {"Origin": f"http://127.0.0.1:{port}"},
                    {"Origin": f"http://localhost:{port}", "Host": f"[::1]:{port}"}):
        status, _ = served.clients.run(served.request("GET", "/api/v1/state", headers=headers))
        assert status == 200, headers


def test_a_websocket_from_another_sites_page_is_refused(served):
    async def connect():
        url = served.url(f"/api/v1/ws?token={served.tokens.control}")
        try:
            async with served.clients.session.ws_connect(url, headers={"Origin": "http://evil.example"}):
                return 101
        except aiohttp.WSServerHandshakeError as exc:
            return exc.status

    assert served.clients.run(connect()) == 403


def test_host_names_are_read_with_their_port_and_brackets():
    assert host_name("127.0.0.1:4001") == "127.0.0.1"
    assert host_name("[::1]:4001") == "::1"
    assert host_name("Laptop.Local.") == "laptop.local"
    assert host_name("evil:4001:1") is None and host_name("[::1]x") is None and host_name("") is None


# -- the WebSocket ---------------------------------------------------------------------------------

def test_the_websocket_pushes_the_state_each_second_and_after_an_action(served):
    served.clock.jump_to(zurich_s(13, "09:59", second=55))
    served.clock.set_speed(1.0)
    ticker = SecondTicker(served.clock, served.controller.tick)
    ticker.start()

    async def watch():
        url = served.url(f"/api/v1/ws?token={served.tokens.control}")
        states, results = [], []
        async with served.clients.session.ws_connect(url) as ws:
            began = time.monotonic()
            while time.monotonic() - began < 2.6:
                message = await ws.receive_json(timeout=5)
                assert message["type"] == "state"
                states.append((time.monotonic() - began, message["state"]))
            await ws.send_json({"type": "action", "id": "a-1", "action": {"do": "next"}})
            while True:
                message = await ws.receive_json(timeout=5)
                if message["type"] == "result":
                    results.append(message)
                    break
            after = await ws.receive_json(timeout=5)
            await ws.send_json({"type": "action", "id": 2, "action": {"do": "fly"}})
            results.append(await ws.receive_json(timeout=5))
        return states, results, after

    try:
        states, results, after = served.clients.run(watch())
    finally:
        ticker.stop()
    assert states[0][0] < 0.5  # on connect
    seconds = [state["now_s"] for _, state in states]
    assert len(set(seconds)) >= 3 and seconds == sorted(seconds)  # each second of the clock
    assert results[0] == {"type": "result", "id": "a-1", "ok": True}
    assert after["type"] == "state" and after["state"]["board"]["mode"] == "live"
    assert results[1]["id"] == 2 and results[1]["ok"] is False and results[1]["status"] == 400
    assert "unknown action" in results[1]["error"]
    assert served.journal_lines()[-1]["do"] == "start"


def test_a_view_token_watches_over_the_websocket_but_cannot_act(served):
    async def try_to_act():
        url = served.url(f"/api/v1/ws?token={served.tokens.view}")
        async with served.clients.session.ws_connect(url) as ws:
            first = await ws.receive_json(timeout=5)
            await ws.send_json({"type": "action", "id": 1, "action": {"do": "next"}})
            while True:
                message = await ws.receive_json(timeout=5)
                if message["type"] == "result":
                    return first, message

    first, result = served.clients.run(try_to_act())
    assert first["type"] == "state"
    assert result["ok"] is False and result["status"] == 403
    assert len(served.journal_lines()) == 1


def test_websocket_clients_are_capped(qtbot, tmp_path, monkeypatch):
    found = serve(qtbot, tmp_path, monkeypatch, limits=Limits(max_websockets=2))

    async def three():
        url = found.url(f"/api/v1/ws?token={found.tokens.view}")
        first = await found.clients.session.ws_connect(url)
        second = await found.clients.session.ws_connect(url)
        try:
            await found.clients.session.ws_connect(url)
            refused = None
        except aiohttp.WSServerHandshakeError as exc:
            refused = exc.status
        await first.close()
        await asyncio.sleep(0.2)
        again = await found.clients.session.ws_connect(url)  # a place is free again
        state = await again.receive_json(timeout=5)
        for ws in (second, again):
            await ws.close()
        return refused, state["type"]

    try:
        assert found.clients.run(three()) == (503, "state")
    finally:
        found.server.stop(wait=True)
        found.clients.close()


# -- bad input, fuzzed --------------------------------------------------------------------------

AGENDA = load_agenda(WIPO)
SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20)
JSON = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=12)
ACTION_LIKE = st.fixed_dictionaries(
    {"do": st.sampled_from(["next", "start", "end", "extend", "skip", "unskip", "undo", "redo", "message",
                            "blackout", "NEXT", "", "fly"]) | JSON},
    optional={"session": st.sampled_from(["d1-opening", "d9-nope", ""]) | JSON,
              "minutes": st.sampled_from([0, 2.5, 1e308, -10_000, "5", True]) | JSON,
              "text": st.text(max_size=30) | JSON, "on": JSON, "blink": JSON, "at": JSON})
BODIES = st.one_of(st.binary(max_size=200), JSON.map(json.dumps), ACTION_LIKE.map(json.dumps),
                   st.text(max_size=200))


def invalid(body) -> bool:
    """Whether the body is not an action the show's parser takes (a valid one may change
    the show, which is not what this fuzzing is about)."""
    try:
        parse_action(json.loads(body), AGENDA)
    except (ValueError, RemoteError, RecursionError, UnicodeDecodeError, TypeError):
        return True
    return False


@pytest.fixture
def unlimited(qtbot, tmp_path, monkeypatch):
    """Served without a rate limit: the fuzzing sends hundreds of actions a second."""
    found = serve(qtbot, tmp_path, monkeypatch, limits=Limits(actions_per_s=1e9, action_burst=10**9))
    yield found
    found.server.stop(wait=True)
    found.clients.close()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=BODIES)
def test_random_bodies_get_a_4xx_json_error_and_change_nothing(unlimited, body):
    assume(invalid(body))
    status, answer = unlimited.clients.run(unlimited.request("POST", "/api/v1/actions", body=body))
    assert 400 <= status < 500, (body, answer)
    assert isinstance(answer, dict) and answer["ok"] is False and answer["error"]
    assert len(unlimited.journal_lines()) == 1
    assert unlimited.controller.display.message == "" and unlimited.controller.display.blackout is False


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(frames=st.lists(st.one_of(
    st.binary(max_size=100), BODIES.filter(lambda b: isinstance(b, str)),
    ACTION_LIKE.map(lambda a: json.dumps({"type": "action", "id": 1, "action": a}))), min_size=1, max_size=5))
def test_random_websocket_messages_get_an_error_and_change_nothing(unlimited, frames):
    def harmless(frame) -> bool:
        try:
            message = json.loads(frame)
        except (ValueError, RecursionError, UnicodeDecodeError):
            return True
        return not isinstance(message, dict) or message.get("type") != "action" or invalid(
            json.dumps(message.get("action")))

    assume(all(harmless(frame) for frame in frames))

    async def send():
        url = unlimited.url(f"/api/v1/ws?token={unlimited.tokens.control}")
        replies = []
        async with unlimited.clients.session.ws_connect(url) as ws:
            for frame in frames:
                await (ws.send_bytes(frame) if isinstance(frame, bytes) else ws.send_str(frame))
                while True:
                    message = await ws.receive_json(timeout=5)
                    if message["type"] == "result":
                        replies.append(message)
                        break
        return replies

    replies = unlimited.clients.run(send())
    assert len(replies) == len(frames)
    assert all(r["ok"] is False and 400 <= r["status"] < 500 and r["error"] for r in replies)
    assert len(unlimited.journal_lines()) == 1
    assert unlimited.get_state()[0] == 200  # and the server still answers


# -- floods and faults --------------------------------------------------------------------------

def test_a_flood_of_actions_is_limited_and_the_countdown_keeps_ticking(served):
    started(served)
    served.clock.set_speed(1.0)
    ticks = []
    served.controller.ticked.connect(lambda: ticks.append(time.monotonic()))
    ticker = SecondTicker(served.clock, served.controller.tick)
    ticker.start()
    lines_before = len(served.journal_lines())

    async def flood():
        statuses = []

        async def one_client():
            while time.monotonic() - began < 2.5:
                status, _ = await served.request("POST", "/api/v1/actions",
                                                 body={"do": "extend", "minutes": 1})
                statuses.append(status)

        began = time.monotonic()
        await asyncio.gather(*(one_client() for _ in range(8)))
        return statuses, time.monotonic() - began

    flood_began = time.monotonic()
    try:
        statuses, took = served.clients.run(flood())
    finally:
        ticker.stop()
    accepted = statuses.count(200)
    assert set(statuses) == {200, 429}
    assert statuses.count(429) > accepted  # most of the flood was turned away...
    assert 40 <= accepted <= 40 + 20 * took + 2  # ...at the bucket's rate: burst 40, 20 a second
    assert len(served.journal_lines()) == lines_before + accepted
    during = [t for t in ticks if flood_began <= t <= flood_began + took]
    assert len(during) >= int(took) - 1  # the countdown's second went on during the flood
    assert max(ticker.lags_ms, default=0) < 250


def test_a_busy_gui_thread_gets_503_after_the_timeout_and_nothing_is_half_done(served):
    served.clock.jump_to(zurich_s(13, "10:00"))
    served.hub.timeout_s = 0.3
    future = asyncio.run_coroutine_threadsafe(
        served.request("POST", "/api/v1/actions", body={"do": "next"}), served.clients.loop)
    time.sleep(1.0)  # the Qt thread is busy: it takes no queued call meanwhile
    status, answer = future.result(5)
    assert status == 503 and "busy" in answer["error"] and "nothing was done" in answer["error"]
    served.clients.qtbot.wait(100)  # now the Qt thread takes the queued call: it must not act
    assert len(served.journal_lines()) == 1
    assert served.controller.projection().live is None
    served.hub.timeout_s = 5.0
    assert served.act({"do": "next"})[0] == 200  # and the next one goes through


def test_actions_waiting_together_are_one_batch_each_on_disk_and_one_refresh(served):
    """Ten devices' actions that arrive while the Qt thread is busy: each is written to the
    journal, the screens are refreshed once for all of them, and every answer's state
    includes them all."""
    started(served)
    lines_before = len(served.journal_lines())
    refreshes = []
    served.controller.changed.connect(lambda: refreshes.append(len(served.journal_lines())))
    futures = [asyncio.run_coroutine_threadsafe(
        served.request("POST", "/api/v1/actions", body={"do": "extend", "minutes": 1}),
        served.clients.loop) for _ in range(10)]
    # the Qt thread is busy (it takes no queued call meanwhile): the ten wait for it together
    deadline = time.monotonic() + 20
    while len(served.hub._inbox) < 10 and time.monotonic() < deadline:
        time.sleep(0.01)
    served.clients.qtbot.waitUntil(lambda: all(f.done() for f in futures), timeout=10_000)
    answers = [f.result() for f in futures]
    assert [status for status, _ in answers] == [200] * 10
    assert len(served.journal_lines()) == lines_before + 10
    assert refreshes == [lines_before + 10]  # once, with all ten on disk before it
    assert {answer["state"]["board"]["session"]["adjusted_by_s"] for _, answer in answers} == {600}


def test_a_batch_waits_for_the_countdowns_tick_when_a_second_is_about_to_turn(qtbot, tmp_path):
    """A batch due in the last moments of a second waits until just after the tick, so the
    countdown never waits behind the devices' actions; at any other moment it goes at once
    (and at most every BATCH_EVERY_S)."""
    from tests.qt_helpers import frozen_controller
    from ui.server import AFTER_SECOND_S, BATCH_EVERY_S, QUIET_BEFORE_SECOND_S

    controller, clock = frozen_controller(tmp_path, at=zurich_s(13, "10:00"))
    hub = RemoteHub()
    hub.follow(controller)
    clock.set_speed(1.0)
    for into_second, waits in ((0.5, False), (0.99, True), (0.999, True), (0.0, False)):
        clock.jump_to(zurich_s(13, "10:00") + into_second)
        wait_s = hub._wait_before_batch()
        if waits:
            to_second = 1 - into_second
            assert to_second < QUIET_BEFORE_SECOND_S
            assert to_second < wait_s <= to_second + AFTER_SECOND_S + 0.01
        else:
            assert wait_s <= 0
    clock.set_speed(0.0)  # a paused rehearsal has no tick to wait for
    clock.jump_to(zurich_s(13, "10:00") + 0.999)
    assert hub._wait_before_batch() <= 0
    hub._apply_waiting()  # an empty batch: nothing to do, but the next waits its turn
    assert 0 < hub._wait_before_batch() <= BATCH_EVERY_S


def test_a_batch_waits_for_the_tick_of_a_second_that_has_turned_and_rechecks_when_due(qtbot, tmp_path):
    """Once the show clock's second has turned, work for the devices waits until that
    second's tick has been painted (its timer fires a few milliseconds after the boundary,
    its paint comes after), but not for a tick long overdue nor faster than real time; a
    batch timer armed before the quiet moments before a second looks again when it fires
    instead of running into the tick."""
    from tests.qt_helpers import frozen_controller
    from ui.server import AFTER_SECOND_S, TICK_AWAITED_S

    controller, clock = frozen_controller(tmp_path, at=zurich_s(13, "10:00"))
    hub = RemoteHub()
    hub.follow(controller)
    clock.set_speed(1.0)
    base = zurich_s(13, "10:00")
    def tick_and_paint() -> None:
        controller.tick()
        QCoreApplication.processEvents()  # the paints, then ticked_late

    tick_and_paint()  # the tick of 10:00:00
    clock.jump_to(base + 1.002)  # 10:00:01 has turned; its tick has not come yet
    assert hub._wait_for_tick() == AFTER_SECOND_S
    controller.tick()
    assert hub._wait_for_tick() == AFTER_SECOND_S  # ticked, not painted yet
    QCoreApplication.processEvents()
    assert controller.painted_second == math.floor(base + 1.002)
    assert hub._wait_for_tick() == 0
    clock.jump_to(base + 2 + TICK_AWAITED_S + 0.01)  # a tick this late is not waited for
    assert hub._wait_for_tick() == 0
    clock.set_speed(60.0)  # a rehearsal at speed: the ticker skips seconds, none is waited for
    clock.jump_to(base + 5.25)  # (only the quiet moments before the next second, 12.5 ms away)
    assert hub._wait_for_tick() == pytest.approx(0.75 / 60 + AFTER_SECOND_S, abs=0.002)

    clock.set_speed(1.0)
    clock.jump_to(base + 10.99)  # a batch's timer, armed 50 ms ago, fires in the quiet moments
    tick_and_paint()
    hub._batch_due()
    assert hub._batch_timer.isActive() and hub._last_batch == float("-inf")  # not applied: re-armed
    hub._batch_timer.stop()
    clock.jump_to(base + 11.5)
    tick_and_paint()
    hub._batch_due()
    assert not hub._batch_timer.isActive() and hub._last_batch > float("-inf")  # applied


def test_a_websocket_client_that_stops_reading_does_not_slow_the_others(qtbot, tmp_path, monkeypatch):
    found = serve(qtbot, tmp_path, monkeypatch, limits=Limits(send_timeout_s=1.0))
    found.clock.set_speed(60.0)
    # a state every 5 ms (a rehearsal's ticker sends at most 20 a second): the stuck
    # client's socket buffers fill in a few seconds instead of a minute
    ticker = QTimer(interval=5)
    ticker.timeout.connect(found.controller.tick)
    ticker.start()
    stuck = raw_websocket(found.server.bound[1], found.tokens.view, receive_buffer=2048)

    async def watch():
        url = found.url(f"/api/v1/ws?token={found.tokens.view}")
        arrivals = []
        async with found.clients.session.ws_connect(url) as ws:
            began = time.monotonic()
            while time.monotonic() - began < 4.0:
                await ws.receive_json(timeout=5)
                arrivals.append(time.monotonic())
        return arrivals

    try:
        arrivals = found.clients.run(watch())
        gaps = [b - a for a, b in itertools.pairwise(arrivals)]
        assert len(arrivals) >= 100
        assert max(gaps) < 0.5
        # the client that reads nothing was let go once its send had waited a second
        assert closed_within(stuck, 5.0)
    finally:
        ticker.stop()
        stuck.close()
        found.server.stop(wait=True)
        found.clients.close()


def test_a_half_open_websocket_is_dropped_by_the_heartbeat(qtbot, tmp_path, monkeypatch):
    found = serve(qtbot, tmp_path, monkeypatch, limits=Limits(heartbeat_s=0.5))
    silent = raw_websocket(found.server.bound[1], found.tokens.view)  # reads, never answers a ping
    try:
        began = time.monotonic()
        assert closed_within(silent, 5.0)
        assert time.monotonic() - began < 3.0
    finally:
        silent.close()
        found.server.stop(wait=True)
        found.clients.close()


# -- the web views, the port, starting and stopping ------------------------------------------------

def test_web_views_are_served_without_a_token_and_open_no_way_around_it(qtbot, tmp_path, monkeypatch):
    views = tmp_path / "web"
    views.mkdir()
    (views / "stage.html").write_text("<!doctype html><title>stage</title>", encoding="utf-8")
    found = serve(qtbot, tmp_path, monkeypatch, static_dir=views)
    try:
        status, text = found.clients.run(found.request("GET", "/views/stage.html", token=None))
        assert status == 200 and "<title>stage</title>" in text
        for path in ("/views/../api/v1/state", "/views/%2e%2e/api/v1/state", "/views/..%2fapi/v1/state"):
            status, answer = found.clients.run(found.request("GET", path, token=None))
            assert status in (401, 403, 404), path
            assert "board" not in str(answer)
        status, _ = found.clients.run(found.request("GET", "/views/stage.html", token=None,
                                                    headers={"Host": "evil.example"}))
        assert status == 403
    finally:
        found.server.stop(wait=True)
        found.clients.close()


def test_a_taken_port_is_said_plainly(served, qtbot):
    other = RemoteServer(RemoteHub(), served.tokens, routes=lambda _hub: [])
    other.start(HOST, served.server.bound[1])
    assert not other.wait_started(20)
    qtbot.waitUntil(lambda: other.error is not None)
    port = served.server.bound[1]
    assert other.error == f"port {port} is taken by another program on {HOST}: choose another port"
    assert other.address is None and not other.running


def test_stopping_closes_the_clients_and_frees_the_port(served, qtbot):
    port = served.server.bound[1]

    async def connect_and_wait_for_the_close():
        url = served.url(f"/api/v1/ws?token={served.tokens.view}")
        async with served.clients.session.ws_connect(url) as ws:
            await ws.receive_json(timeout=5)
            served.server.stop()
            message = await ws.receive(timeout=5)
            return message.type, ws.close_code

    kind, code = served.clients.run(connect_and_wait_for_the_close())
    assert kind == aiohttp.WSMsgType.CLOSE and code == 1001
    qtbot.waitUntil(lambda: served.server.address is None, timeout=5000)
    with socket.socket() as probe:  # the port is free again
        probe.bind((HOST, port))
    served.server.start(HOST, port)
    assert served.server.wait_started(20)
    qtbot.waitUntil(lambda: served.server.address == f"{HOST}:{port}", timeout=5000)
    assert served.get_state()[0] == 200


# -- a remote action survives a SIGKILL right after its "ok" ------------------------------------------

def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_a_remote_action_survives_a_sigkill_right_after_its_ok(tmp_path):
    port, token = free_port(), "sigkill-test-token-0123456789"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RUNOFSHOW_DATA_DIR": str(tmp_path / "data"),
           "RUNOFSHOW_CONFIG_DIR": str(tmp_path / "config"), "RUNOFSHOW_QUIT_AFTER_MS": "60000"}
    command = [sys.executable, "-m", "ui", str(WIPO), "--rehearse", "--serve", f"{HOST}:{port}",
               "--token", token]
    base, auth = f"http://{HOST}:{port}", {"Authorization": f"Bearer {token}"}

    async def wait_for_state(session, app) -> dict:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert app.poll() is None, app.stderr.read()
            try:
                async with session.get(base + "/api/v1/state", headers=auth) as reply:
                    if reply.status == 200:
                        return await reply.json()
            except aiohttp.ClientConnectionError:
                pass
            await asyncio.sleep(0.1)
        raise AssertionError("the app did not serve within 60 s")

    async def act_then_kill(app) -> dict:
        async with aiohttp.ClientSession() as session:
            before = await wait_for_state(session, app)
            assert before["board"]["mode"] == "waiting"
            async with session.post(base + "/api/v1/actions", json={"do": "next"}, headers=auth) as reply:
                status = reply.status
                if status == 200:
                    app.send_signal(signal.SIGKILL)  # the moment the answer is here
                answer = await reply.json()
            assert status == 200, answer
            return answer

    async def state_after_restart(app) -> dict:
        async with aiohttp.ClientSession() as session:
            return await wait_for_state(session, app)

    first = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                             text=True)
    try:
        answer = asyncio.run(act_then_kill(first))
        assert first.wait(10) == -signal.SIGKILL
    finally:
        first.kill()
        first.wait()
    assert answer["state"]["board"]["session"]["id"] == "d1-opening"
    second = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              text=True)
    try:
        state = asyncio.run(state_after_restart(second))
    finally:
        second.kill()
        second.wait()
    assert state["board"]["mode"] == "live" and state["board"]["session"]["id"] == "d1-opening"
    assert state["day"]["sessions"][0]["state"] == "live"


# -- the command line, and a reload ---------------------------------------------------------------

@pytest.mark.parametrize(("given", "address"), [
    ("4001", ("127.0.0.1", 4001)), ("0.0.0.0:4001", ("0.0.0.0", 4001)),
    ("localhost:8080", ("localhost", 8080)), ("[::1]:4001", ("::1", 4001)),
])
def test_serve_takes_a_port_or_a_host_and_port(given, address):
    from ui.launcher import app_parser

    args = app_parser().parse_args(["agenda.yaml", "--serve", given, "--token", "abc-DEF_123"])
    assert args.serve == address and args.token == "abc-DEF_123"


@pytest.mark.parametrize("given", ["", "http", "4001x", "0", "65536", "::1:4001", ":4001", "a:b"])
def test_a_bad_serve_or_token_is_a_usage_error(capsys, given):
    from ui.launcher import main

    with pytest.raises(SystemExit) as stopped:
        main(["agenda.yaml", "--serve", given])
    assert stopped.value.code == 2
    assert "--serve" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stopped:
        main(["agenda.yaml", "--token", "two words"])
    assert stopped.value.code == 2 and "no spaces" in capsys.readouterr().err


def test_the_hub_follows_the_show_that_is_open(served, tmp_path):
    """A reload or another agenda brings a new controller: the hub serves that one only."""
    from tests.qt_helpers import frozen_controller

    (tmp_path / "other").mkdir()
    other, other_clock = frozen_controller(tmp_path / "other", at=zurich_s(14, "09:58"))
    old = served.controller
    served.hub.follow(other)
    assert served.get_state()[1]["day"]["date"] == "2024-03-14"
    old.ticked_late.emit()  # the closed show's second no longer reaches devices
    assert served.hub.snapshot()["day"]["date"] == "2024-03-14"
    other_clock.jump_to(zurich_s(14, "10:00"))
    status, answer = served.act({"do": "next"})
    assert status == 200 and answer["state"]["board"]["session"]["id"] == "d2-opening"
    assert old.projection().live is None
