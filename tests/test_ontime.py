"""Companion's OnTime module drives the show (ui/ontime.py, docs/remote.md "Companion").

A real aiohttp server on the loopback mounts the OnTime routes behind a small role
middleware (as ui/server.py's token middleware does), with a fake hub that runs the real
core (the WIPO agenda, replay, state_json). A WebSocket client replays what Bitfocus
Companion's "getontime-ontime" module sends, message for message, as its source has it
(github.com/bitfocus/companion-module-getontime-ontime at f91e9a4, module v5.4.0, for
OnTime v4; file:line cited at each message). No Qt.
"""

from __future__ import annotations

import asyncio
import json
import re
from dataclasses import replace

import aiohttp
import pytest
from aiohttp import web
from hypothesis import given
from hypothesis import strategies as st
from yarl import URL

from runofshow.actions import Action, ActionError, replay
from runofshow.board import board
from runofshow.display_state import DisplayState
from runofshow.loader import load_agenda
from runofshow.projection import project
from runofshow.remote import RemoteError, parse_action, state_json
from tests.conftest import WIPO, zurich_s
from tests.test_properties import SETTINGS
from ui.ontime import (
    KNOWN_TAGS,
    MAX_FRAME_BYTES,
    MAX_TEXT_CHARS,
    ONTIME_VERSION,
    OntimeBridge,
    addtime_minutes,
    custom_fields_json,
    ontime_routes,
    rundown_json,
    runtime_data,
)
from ui.server_app import ROLE

AGENDA = load_agenda(WIPO)
TOKENS = {"ctl-secret": "control", "view-secret": "view"}


# -- a fake hub over the real core ----------------------------------------------------------

class FakeHub:
    """The hub's interface (ui/server.py) over the real core: snapshot / act / subscribe."""

    def __init__(self, actions=(), moment=None, display=None):
        self.actions = list(actions)
        self.moment = zurich_s(13, "09:58") if moment is None else moment
        self.display = display or DisplayState()
        self.received: list[dict] = []
        self.queues: set[asyncio.Queue] = set()
        self._snapshot = self._make()

    def _make(self) -> dict:
        projection = project(AGENDA, self.actions, self.moment)
        state = state_json(AGENDA, projection, board(AGENDA, projection, self.moment), self.display,
                           self.moment, rehearsal=True)
        state["style"] = {"word": {"en": "…"}}
        return state

    def snapshot(self) -> dict:
        return self._snapshot

    def subscribe(self) -> asyncio.Queue:
        queue: asyncio.Queue = asyncio.Queue(maxsize=1)
        self.queues.add(queue)
        return queue

    def unsubscribe(self, queue: asyncio.Queue) -> None:
        self.queues.discard(queue)

    def publish(self) -> None:
        self._snapshot = self._make()
        for queue in self.queues:
            if queue.full():
                queue.get_nowait()
            queue.put_nowait(self._snapshot)

    def tick(self, seconds: int = 1) -> None:
        self.moment += seconds
        self.publish()

    def apply(self, kind, session=None, minutes=None) -> None:
        """An action from elsewhere (the chair's keys), not through the bridge."""
        self.actions.append(Action(self.moment, kind, session, minutes))
        self.publish()

    async def act(self, action: dict) -> dict:
        self.received.append(action)
        try:
            parsed = parse_action(action, AGENDA)
        except RemoteError as exc:
            return {"ok": False, "status": 400, "error": str(exc)}
        if parsed.kind == "message":
            self.display = replace(self.display, message=parsed.text, blink=parsed.blink)
        elif parsed.kind == "blackout":
            self.display = replace(self.display, blackout=parsed.on)
        else:
            kind, session = parsed.kind, parsed.session
            if kind == "next" and replay(AGENDA, self.actions).live is None:  # the chair's Space
                due = project(AGENDA, self.actions, self.moment).due(AGENDA.local(self.moment).date())
                if due is None:
                    return {"ok": False, "status": 409, "error": "nothing left to start"}
                kind, session = "start", due.id
            action_ = Action(self.moment, kind, session, parsed.minutes)
            try:
                replay(AGENDA, [*self.actions, action_])
            except ActionError as exc:
                return {"ok": False, "status": 409, "error": str(exc)}
            self.actions.append(action_)
        self.publish()
        return {"ok": True, "status": 200, "state": self._snapshot}


def live_at_panel_1() -> FakeHub:
    """10:20 on day 1: the opening is done, panel 1 live (5 min extended)."""
    return FakeHub([Action(zurich_s(13, "10:00"), "start", "d1-opening"),
                    Action(zurich_s(13, "10:10"), "next"),
                    Action(zurich_s(13, "10:15"), "extend", None, 5)], zurich_s(13, "10:20"))


# -- the server and Companion's side of it --------------------------------------------------

@web.middleware
async def roles(request, handler):
    """What ui/server.py's token middleware does for these routes: ?token= → request[ROLE]."""
    role = TOKENS.get(request.query.get("token", ""))
    if role is None:
        raise web.HTTPUnauthorized(text="a valid token is needed")
    request[ROLE] = role
    return await handler(request)


class Served:
    def __init__(self, hub):
        self.hub = hub

    async def __aenter__(self):
        app = web.Application(middlewares=[roles])
        app.add_routes(ontime_routes(self.hub))
        self.runner = web.AppRunner(app, shutdown_timeout=0.5)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.port = self.runner.addresses[0][1]
        self.http = aiohttp.ClientSession()
        return self

    async def __aexit__(self, *exc):
        await self.http.close()
        await self.runner.cleanup()

    def host(self, token="ctl-secret") -> str:
        """What a technician types in Companion's "Ontime server address" (docs/remote.md)."""
        return f"127.0.0.1:{self.port}/?token={token}"


def make_url(host: str, path: str = "", ws: bool = False) -> URL:
    """The module's makeURL (src/utilities.ts:10-28): http:// added when the host has no
    scheme, a trailing slash, the path appended, the query (our ?token=) kept, ws: for ws."""
    url = URL(host if re.match(r"^https?://", host) else f"http://{host}")
    if not url.path.endswith("/"):
        url = url.with_path(url.path + "/", keep_query=True)
    url = url.with_path(url.path + path, keep_query=True)
    return url.with_scheme("ws") if ws else url


# the module's fetches send these headers (src/http.ts:15-18 and :44-47), the etag empty at first
def fetch_headers(etag: str = "") -> dict:
    return {"if-none-match": etag, "cache-control": "3600", "pragma": ""}


class Companion:
    """The module's connection, as src/socket.ts and src/connection.ts make it."""

    def __init__(self, served: Served, token="ctl-secret"):
        self.served, self.token = served, token
        self.pushed: list[dict] = []  # runtime-data and refetch messages seen after the handshake

    async def connect(self) -> dict:
        host = self.served.host(self.token)
        # src/socket.ts:54 `makeURL(this.host, 'ws', true)` → ws://127.0.0.1:PORT/ws?token=…
        self.ws = await self.served.http.ws_connect(make_url(host, "ws", ws=True))
        # src/socket.ts:92 on open: `this.ws?.send(JSON.stringify({ tag: 'version' }))`
        await self.ws.send_str('{"tag":"version"}')
        # src/socket.ts:135-146: until connected, only a `version` reply counts, and it must
        # satisfy '4.x.x' (src/connection.ts:113) after semver.coerce; the rest is dropped
        while True:
            message = await self.receive()
            if message["tag"] == "version":
                break
        assert re.match(r"^4\.\d+\.\d+", message["payload"])  # what coerce() reads of it
        # src/connection.ts:85 on open: fetchAllEvents and fetchCustomFields
        # (src/http.ts:38 'data/rundowns/current', :9 'data/custom-fields')
        self.rundown = await self.get("data/rundowns/current")
        self.fields = await self.get("data/custom-fields")
        # src/connection.ts:97 then `this.sendSocket('poll', undefined)`: JSON.stringify
        # drops the undefined payload
        return await self.send('{"tag":"poll"}', "poll")

    async def get(self, path: str, etag: str = ""):
        url = make_url(self.served.host(self.token), path)
        async with self.served.http.get(url, headers=fetch_headers(etag)) as response:
            assert response.status == 200, await response.text()
            self.etags = getattr(self, "etags", {})
            self.etags[path] = response.headers["ETag"]
            return await response.json()

    async def receive(self, timeout: float = 5.0) -> dict:
        message = await self.ws.receive(timeout=timeout)
        assert message.type == aiohttp.WSMsgType.TEXT, message
        return json.loads(message.data)

    async def send(self, raw: str, tag: str) -> dict:
        """Send one message as the module does (sendSocket: src/connection.ts:123-125) and
        return the reply (tag `tag`, or "error"); pushes seen meanwhile are kept."""
        await self.ws.send_str(raw)
        return await self.reply(tag)

    async def reply(self, tag: str) -> dict:
        while True:
            message = await self.receive()
            if message["tag"] in (tag, "error") and message["tag"] not in ("runtime-data", "refetch"):
                return message
            self.pushed.append(message)

    async def pushed_until(self, predicate, timeout: float = 5.0) -> dict:
        async def wait():
            while True:
                message = await self.receive()
                self.pushed.append(message)
                if predicate(message):
                    return message
        return await asyncio.wait_for(wait(), timeout)


def run(test):
    """Run `test(served, companion)` against a fresh server on the loopback."""
    def runner(hub, token="ctl-secret"):
        async def main():
            async with Served(hub) as served:
                companion = Companion(served, token)
                return await test(served, companion)
        return asyncio.run(main())
    return runner


def error_of(reply: dict) -> str:
    assert reply["tag"] == "error", reply
    return reply["payload"]["error"]


# -- the handshake, the reads, what Companion sees -------------------------------------------

def test_the_handshake_the_reads_and_the_poll_give_companion_our_board():
    hub = live_at_panel_1()

    async def test(served, companion):
        poll = await companion.connect()
        store = poll["payload"]
        assert store["eventNow"]["id"] == "d1-panel-1" and store["eventNext"]["id"] == "d1-fireside"
        assert store["eventNow"]["title"].startswith("第一组")  # the primary language (zh) first
        assert store["eventNow"]["title"].endswith("Bringing Together Different Perspectives")
        assert store["eventNow"]["custom"]["title_en"].startswith("Panel 1")
        timer = store["timer"]
        assert (timer["playback"], timer["phase"], timer["current"], timer["addedTime"]) == \
            ("play", "default", 75 * 60_000, 5 * 60_000)
        assert timer["current"] == timer["duration"] + timer["addedTime"] - timer["elapsed"]
        assert store["clock"] == (10 * 60 + 20) * 60_000  # the show's wall clock, ms since midnight
        assert store["message"]["timer"]["visible"] is False
        assert store["rundown"]["selectedEventIndex"] == 1 and store["rundown"]["numEvents"] == 11
        # what src/http.ts:66-78 keeps of the rundown: flatOrder's entries of type "event"
        rundown = companion.rundown
        entries = rundown["entries"]
        events = [entries[i] for i in rundown["flatOrder"] if entries[i]["type"] == "event"]
        assert [e["id"] for e in events][:3] == ["d1-opening", "d1-panel-1", "d1-fireside"]
        assert [e["cue"] for e in events][:3] == ["1", "2", "3"]
        assert set(companion.fields) == {"kind", "speakers", "title_zh", "title_en"}
        assert all(f["label"] for f in companion.fields.values())
        # the second fetch with the ETag Companion kept: 304, "nothing changed" (src/http.ts:48-51)
        url = make_url(served.host(), "data/rundowns/current")
        etag = companion.etags["data/rundowns/current"]
        async with served.http.get(url, headers=fetch_headers(etag)) as response:
            assert response.status == 304
        return ONTIME_VERSION

    assert run(test)(hub) == "4.3.0+runofshow"


def test_runtime_data_follows_the_show_with_the_parts_that_changed():
    hub = live_at_panel_1()

    async def test(served, companion):
        await companion.connect()
        hub.tick()
        patch = (await companion.pushed_until(lambda m: m["tag"] == "runtime-data"))["payload"]
        assert set(patch) == {"clock", "timer"}  # a second passed: nothing else changed
        assert patch["timer"]["current"] == 75 * 60_000 - 1000
        hub.apply("next")  # the chair's Space: Companion sees the fireside chat live
        patch = await companion.pushed_until(
            lambda m: m["tag"] == "runtime-data" and "eventNow" in m["payload"])
        assert patch["payload"]["eventNow"]["id"] == "d1-fireside"
        assert patch["payload"]["eventNext"]["id"] == "d1-training-data"
        hub.apply("skip", "d1-fair-remuneration")  # the rundown Companion keeps changed: refetch
        refetch = await companion.pushed_until(lambda m: m["tag"] == "refetch")
        assert refetch["payload"]["target"] == "rundown"
        rundown = await companion.get("data/rundowns/current", companion.etags["data/rundowns/current"])
        assert rundown["entries"]["d1-fair-remuneration"]["skip"] is True

    run(test)(hub)


# -- the buttons -----------------------------------------------------------------------------

def test_go_start_next_and_previous():
    hub = FakeHub()  # 09:58, nothing live: the opening is due (armed)

    async def test(served, companion):
        store = (await companion.connect())["payload"]
        assert store["timer"]["playback"] == "armed" and store["eventNow"]["id"] == "d1-opening"
        # the GO preset (src/presets.ts:243, method 'go'): armed → `sendSocket('start', undefined)`
        # (src/actions/playback.ts:112-118)
        assert await companion.send('{"tag":"start"}', "start") == {"tag": "start", "payload": "success"}
        assert hub.received == [{"do": "next"}]
        assert hub.snapshot()["board"]["session"]["id"] == "d1-opening"
        # GO again: playing → `sendSocket('start', 'next')` (src/actions/playback.ts:119)
        assert (await companion.send('{"tag":"start","payload":"next"}', "start"))["payload"] == "success"
        assert hub.received[-1] == {"do": "next"}
        assert hub.snapshot()["board"]["session"]["id"] == "d1-panel-1"
        # START (method 'loaded', src/actions/playback.ts:104-106) while a session runs: refused
        error = error_of(await companion.send('{"tag":"start"}', "start"))
        assert "already running" in error and "start next" in error
        # start previous (src/actions/playback.ts:123-125): the opening has taken place
        error = error_of(await companion.send('{"tag":"start","payload":"previous"}', "start"))
        assert "d1-opening" in error and "already taken place" in error
        assert len(hub.received) == 2
        # from the list / by id (src/actions/playback.ts:127-139), by cue (:132), by index (:140)
        await companion.send('{"tag":"start","payload":{"id":"d1-training-data"}}', "start")
        assert hub.received[-1] == {"do": "start", "session": "d1-training-data"}
        # start previous: the fireside chat was passed over, it has not taken place: it starts
        assert (await companion.send('{"tag":"start","payload":"previous"}', "start"))["payload"] == "success"
        assert hub.received[-1] == {"do": "start", "session": "d1-fireside"}
        await companion.send('{"tag":"start","payload":{"cue":"5"}}', "start")
        assert hub.received[-1] == {"do": "start", "session": "d1-fair-remuneration"}
        await companion.send('{"tag":"start","payload":{"index":6}}', "start")
        assert hub.received[-1] == {"do": "start", "session": "d1-lunch"}
        # a done session by id: the core refuses it, in its words; nothing changes
        error = error_of(await companion.send('{"tag":"start","payload":{"id":"d1-opening"}}', "start"))
        assert "already taken place" in error
        assert hub.snapshot()["board"]["session"]["id"] == "d1-lunch"
        for raw in ('{"tag":"start","payload":{"index":0}}', '{"tag":"start","payload":{"index":99}}',
                    '{"tag":"start","payload":{"cue":"A1"}}', '{"tag":"start","payload":"last"}',
                    '{"tag":"start","payload":{"id":"nope"}}'):
            error_of(await companion.send(raw, "start"))
        assert hub.snapshot()["board"]["session"]["id"] == "d1-lunch"

    run(test)(hub)


def test_load_remembers_the_session_start_starts():
    hub = live_at_panel_1()

    async def test(served, companion):
        await companion.connect()
        # "Selects next event" (src/presets.ts:318): `sendSocket('load', 'next')` (playback.ts:158-160)
        success = {"tag": "load", "payload": "success"}
        assert await companion.send('{"tag":"load","payload":"next"}', "load") == success
        assert await companion.send('{"tag":"load","payload":"next"}', "load") == success
        assert hub.received == []  # loading writes nothing: the show is unchanged
        store = (await companion.send('{"tag":"poll"}', "poll"))["payload"]
        assert store["eventNow"]["id"] == "d1-panel-1" and store["eventNext"]["id"] == "d1-training-data"
        # "Selects previous event" (src/presets.ts:307, playback.ts:162-164)
        await companion.send('{"tag":"load","payload":"previous"}', "load")
        store = (await companion.send('{"tag":"poll"}', "poll"))["payload"]
        assert store["eventNext"]["id"] == "d1-fireside"
        await companion.send('{"tag":"load","payload":{"id":"d1-panel-2"}}', "load")  # playback.ts:175-177
        # START ('loaded', playback.ts:104-106) starts the loaded one
        assert (await companion.send('{"tag":"start"}', "start"))["payload"] == "success"
        assert hub.received == [{"do": "start", "session": "d1-panel-2"}]
        # once started, nothing stays loaded: START refuses again, GO moves on
        error_of(await companion.send('{"tag":"start"}', "start"))
        # loading a session that has taken place, or the load of 'loaded' (reload): refused
        assert "already taken place" in error_of(
            await companion.send('{"tag":"load","payload":{"index":1}}', "load"))
        # the load of 'loaded' sends reload (playback.ts:154-156)
        assert "no reload" in error_of(await companion.send('{"tag":"reload"}', "reload"))
        error_of(await companion.send('{"tag":"load"}', "load"))
        assert len(hub.received) == 1

    run(test)(hub)


def test_load_while_waiting_arms_that_session():
    hub = FakeHub()  # 09:58, the opening due

    async def test(served, companion):
        await companion.connect()
        await companion.send('{"tag":"load","payload":{"cue":3}}', "load")
        store = (await companion.send('{"tag":"poll"}', "poll"))["payload"]
        assert (store["eventNow"]["id"], store["timer"]["playback"]) == ("d1-fireside", "armed")
        assert store["eventNext"]["id"] == "d1-training-data"
        assert store["rundown"]["selectedEventIndex"] == 2
        await companion.send('{"tag":"start","payload":"next"}', "start")
        assert hub.received == [{"do": "start", "session": "d1-fireside"}]

    run(test)(hub)


def test_addtime_in_whole_minutes_only():
    hub = live_at_panel_1()

    async def test(served, companion):
        await companion.connect()
        # "+1" / "-5" presets (src/presets.ts:480-483): hmsValuesToMs(h, m, s) × ±1
        # (src/actions/playback.ts:201-203), e.g. `sendSocket('addtime', 60000)`
        for raw, minutes in (('{"tag":"addtime","payload":60000}', 1),
                             ('{"tag":"addtime","payload":-300000}', -5),
                             ('{"tag":"addtime","payload":{"add":120000}}', 2),
                             ('{"tag":"addtime","payload":{"remove":60000}}', -1)):
            assert await companion.send(raw, "addtime") == {"tag": "addtime", "payload": "success"}
            assert hub.received[-1] == {"do": "extend", "minutes": minutes}
        assert hub.snapshot()["board"]["session"]["adjusted_by_s"] == (5 + 1 - 5 + 2 - 1) * 60
        # the Expression/Text option sends what it parsed: "00:00:30" → 30000
        # (src/actions/playback.ts:192-197, src/utilities.ts:53-77)
        error = error_of(await companion.send('{"tag":"addtime","payload":30000}', "addtime"))
        assert "whole minutes" in error
        assert "90 s" in error_of(await companion.send('{"tag":"addtime","payload":90000}', "addtime"))
        for raw in ('{"tag":"addtime","payload":60000.5}', '{"tag":"addtime","payload":"60000"}',
                    '{"tag":"addtime","payload":0}', '{"tag":"addtime","payload":true}',
                    '{"tag":"addtime"}', '{"tag":"addtime","payload":{"add":"1"}}',
                    '{"tag":"addtime","payload":1e300}', '{"tag":"addtime","payload":[60000]}'):
            error_of(await companion.send(raw, "addtime"))
        assert len(hub.received) == 4

    run(test)(hub)


def test_addtime_with_nothing_live_is_refused():
    async def test(served, companion):
        await companion.connect()
        error = error_of(await companion.send('{"tag":"addtime","payload":60000}', "addtime"))
        assert "nothing is live" in error

    run(test)(FakeHub())


def test_the_message_buttons_drive_the_stage_message():
    hub = live_at_panel_1()

    async def test(served, companion):
        await companion.connect()
        # "Set Message" preset (src/presets.ts:162): properties ['text'] → `{timer: {text}}`,
        # `secondary: undefined` dropped by JSON.stringify (src/actions/message.ts:143-191)
        reply = await companion.send('{"tag":"message","payload":{"timer":{"text":"Message 1"}}}', "message")
        assert reply["payload"]["timer"] == {"text": "Message 1", "visible": False, "blink": False,
                                             "blackout": False, "secondarySource": None}
        assert hub.received == []  # set while hidden, as in OnTime: not on stage yet
        # "Toggle Message" (src/presets.ts:432-442): visible Toggle → `!state.message.timer.visible`
        await companion.send('{"tag":"message","payload":{"timer":{"visible":true}}}', "message")
        assert hub.received[-1] == {"do": "message", "text": "Message 1", "blink": False}
        assert hub.snapshot()["display"]["message"] == "Message 1"
        # "BLINK" / "BLACKOUT" toggles (src/presets.ts:187-196)
        await companion.send('{"tag":"message","payload":{"timer":{"blink":true}}}', "message")
        assert hub.received[-1] == {"do": "message", "text": "Message 1", "blink": True}
        await companion.send('{"tag":"message","payload":{"timer":{"blackout":1}}}', "message")
        assert hub.received[-1] == {"do": "blackout", "on": True}
        # text and visible at once (On is 1 in Companion's dropdowns, src/enums.ts:91-95)
        await companion.send('{"tag":"message","payload":{"timer":{"text":"请回到座位","visible":1}}}',
                             "message")
        assert hub.received[-1] == {"do": "message", "text": "请回到座位", "blink": True}
        reply = await companion.send('{"tag":"message","payload":{"timer":{"visible":false}}}', "message")
        assert hub.received[-1] == {"do": "message", "text": "", "blink": True}
        assert reply["payload"]["timer"]["text"] == "请回到座位" and not reply["payload"]["timer"]["visible"]
        count = len(hub.received)
        for raw in ('{"tag":"message","payload":{"timer":{},"secondary":"Hello"}}',
                    '{"tag":"message","payload":{"timer":{"secondarySource":"aux1"}}}',
                    '{"tag":"message","payload":{"timer":{"text":"' + "x" * 501 + '"}}}',
                    '{"tag":"message","payload":{"timer":{"visible":"yes"}}}',
                    '{"tag":"message","payload":{"timer":{"colour":"red"}}}',
                    '{"tag":"message","payload":"hello"}'):
            error_of(await companion.send(raw, "message"))
        assert len(hub.received) == count

    run(test)(hub)


def test_showing_an_empty_message_is_refused():
    async def test(served, companion):
        await companion.connect()
        reply = await companion.send('{"tag":"message","payload":{"timer":{"visible":true}}}', "message")
        error = error_of(reply)
        assert "set its text first" in error

    run(test)(live_at_panel_1())


@pytest.mark.parametrize(("raw", "words"), [
    ('{"tag":"pause"}', "no pause"),  # src/actions/playback.ts:237-238
    ('{"tag":"stop"}', "no stop"),  # :243
    ('{"tag":"roll"}', "no roll"),  # :254
    ('{"tag":"reload"}', "no reload"),  # :248
    ('{"tag":"change","payload":{"d1-lunch":{"title":"Long lunch"}}}', "agenda file"),  # change.ts:91-93
    ('{"tag":"auxtimer","payload":{"1":"start"}}', "aux timers"),  # auxTimer.ts:57-70
])
def test_buttons_runofshow_does_not_have_are_refused_in_words(raw, words):
    hub = live_at_panel_1()

    async def test(served, companion):
        await companion.connect()
        reply = await companion.send(raw, json.loads(raw)["tag"])
        assert words in error_of(reply) and reply["payload"]["tag"] == json.loads(raw)["tag"]
        assert hub.received == []

    run(test)(hub)


def test_a_view_token_watches_and_may_not_act():
    hub = live_at_panel_1()

    async def test(served, companion):
        store = (await companion.connect())["payload"]  # version, reads and poll: all allowed
        assert store["eventNow"]["id"] == "d1-panel-1"
        for raw in ('{"tag":"start","payload":"next"}', '{"tag":"addtime","payload":60000}',
                    '{"tag":"load","payload":"next"}', '{"tag":"message","payload":{"timer":{"text":"x"}}}'):
            reply = await companion.send(raw, json.loads(raw)["tag"])
            assert reply["payload"]["status"] == 403 and "control token" in error_of(reply)
        assert hub.received == []
        # no token or a wrong one: not even connected (the server's middleware)
        for token in ("", "wrong"):
            with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                await served.http.ws_connect(make_url(served.host(token), "ws", ws=True))
            assert refused.value.status == 401
            async with served.http.get(make_url(served.host(token), "data/custom-fields")) as response:
                assert response.status == 401

    run(test)(hub, token="view-secret")


# -- hostile input ---------------------------------------------------------------------------

def test_hostile_messages_get_a_clear_error_and_change_nothing():
    hub = live_at_panel_1()

    async def test(served, companion):
        await companion.connect()
        before = hub.snapshot()
        cases = {
            "{not json": "not JSON",
            "[1, 2]": "JSON object",
            '{"payload": 1}': "JSON object",
            '{"tag": 5}': "JSON object",
            '{"tag":"explode"}': "unknown tag",
            '{"tag":"runtime-data","payload":{}}': "unknown tag",
            '{"tag":"start","payload":"next","id":7}': "only tag and payload",
            "[" * 4000 + "]" * 4000: "not JSON",  # nested too deep for the parser, within the limit
            '{"tag":"poll","payload":"' + "x" * (MAX_TEXT_CHARS + 10) + '"}': "too large",
            '{"tag":"message","payload":{"timer":{"text":"\\ud800"}}}': "not valid Unicode",
            '{"tag":"start","payload":{"id":"' + "x" * 300 + '"}}': "longer than",
        }
        for raw, words in cases.items():
            await companion.ws.send_str(raw)
            reply = await companion.reply("error")
            assert words in error_of(reply), (raw[:40], reply)
        await companion.ws.send_bytes(b"\x00\x01")
        assert "binary" in error_of(await companion.reply("error"))
        assert hub.received == []
        assert hub.snapshot() is before  # nothing was done
        # still connected and answering
        assert (await companion.send('{"tag":"poll"}', "poll"))["payload"]["eventNow"]["id"] == "d1-panel-1"
        # a frame beyond the limit closes the connection with 1009 (message too big)
        await companion.ws.send_str('{"tag":"poll","payload":"' + "x" * MAX_FRAME_BYTES + '"}')
        while True:
            message = await companion.ws.receive(timeout=5)
            if message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.CLOSING):
                break
        assert companion.ws.close_code == 1009
        for _ in range(100):  # the server's handler finishes: the connection unsubscribed
            if not hub.queues:
                break
            await asyncio.sleep(0.01)
        assert hub.received == [] and not hub.queues

    run(test)(hub)


def test_a_flooding_client_is_limited_and_told():
    hub = live_at_panel_1()

    async def test(served, companion):
        await companion.connect()
        for _ in range(200):
            await companion.ws.send_str('{"tag":"addtime","payload":60000}')
        replies = []
        while len(replies) < 200:
            try:
                message = await companion.receive(timeout=1.0)
            except TimeoutError:
                break
            if message["tag"] in ("addtime", "error"):
                replies.append(message)
        slow = [r for r in replies if r["tag"] == "error" and r["payload"]["status"] == 429]
        assert slow and "too many messages" in slow[0]["payload"]["error"]
        assert len(hub.received) < 100  # the burst and a little more, not the flood
        assert all(a == {"do": "extend", "minutes": 1} for a in hub.received)

    run(test)(hub)


def test_a_plain_http_get_of_the_websocket_is_refused():
    async def test(served, companion):
        async with served.http.get(make_url(served.host(), "ws")) as response:
            assert response.status == 400

    run(test)(FakeHub())


# -- the message handler, fuzzed (no network) -----------------------------------------------

ALLOWED_ACTIONS = re.compile(r"^(next|start|extend|message|blackout)$")

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**12, 10**12) | st.floats(allow_nan=True)
    | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=12)
payloads = json_values | st.sampled_from(["next", "previous", {"id": "d1-lunch"}, {"index": 3}, {"cue": "4"},
                                          {"add": 60000}, {"remove": 30000}, 60000, -120000, 90000,
                                          {"timer": {"text": "Hi", "visible": 1}}])


def _check_reply(reply, hub):
    assert isinstance(reply, dict) and isinstance(reply.get("tag"), str)
    json.dumps(reply)
    for action in hub.received:  # whatever reached the hub is a well-formed action of ours
        parse_action(action, AGENDA)
        assert ALLOWED_ACTIONS.match(action["do"])


# what Companion's buttons send (the replays above), so that sequences of them act
COMPANION_MESSAGES = [("start", None), ("start", "next"), ("start", "previous"),
                      ("start", {"id": "d1-lunch"}), ("start", {"index": 3}), ("start", {"cue": "4"}),
                      ("load", "next"), ("load", "previous"),
                      ("load", {"index": 5}), ("addtime", 60000), ("addtime", -120000), ("addtime", 90000),
                      ("message", {"timer": {"text": "Hi"}}), ("message", {"timer": {"visible": 1}}),
                      ("message", {"timer": {"blink": True}}), ("message", {"timer": {"blackout": True}}),
                      ("poll", None), ("version", None), ("pause", None)]
READ_ONLY = ("poll", "version", "ping", "load")  # load writes nothing: it remembers
messages = st.sampled_from(COMPANION_MESSAGES) | st.tuples(st.sampled_from(KNOWN_TAGS) | st.text(max_size=12),
                                                           payloads)


@SETTINGS
@given(sequence=st.lists(messages, min_size=1, max_size=5), role=st.sampled_from(["control", "view"]),
       live=st.booleans())
def test_fuzzed_messages_get_a_reply_and_only_well_formed_actions(sequence, role, live):
    hub = live_at_panel_1() if live else FakeHub()
    bridge = OntimeBridge(hub)
    for tag, payload in sequence:
        before = len(hub.received)
        raw = json.dumps({"tag": tag, "payload": payload})
        reply = asyncio.run(bridge.handle(raw, role))
        _check_reply(reply, hub)
        acted = hub.received[before:]
        if role == "view" or tag.lower() not in KNOWN_TAGS or tag.lower() in READ_ONLY:
            assert acted == []
        if tag.lower() == "addtime" and acted:
            assert acted == [{"do": "extend", "minutes": addtime_minutes(payload)}]
        if reply["tag"] == "error" and tag.lower() != "message":  # a message may act twice
            assert len(acted) <= 1  # refused before the hub, or by it: nothing else tried


@SETTINGS
@given(raw=st.text(max_size=200) | st.binary(max_size=100).map(lambda b: b.decode("latin-1")))
def test_fuzzed_text_never_breaks_the_handler(raw):
    hub = live_at_panel_1()
    reply = asyncio.run(OntimeBridge(hub).handle(raw, "control"))
    _check_reply(reply, hub)


@SETTINGS
@given(ms=st.integers(-2 * 10**9, 2 * 10**9) | st.floats(allow_nan=True, allow_infinity=True))
def test_addtime_accepts_exactly_the_whole_minutes(ms):
    whole = (not isinstance(ms, float) or ms.is_integer()) and ms == ms and abs(ms) != float("inf")
    expected_ok = whole and int(ms) % 60_000 == 0 and 0 < abs(int(ms)) // 60_000 <= 24 * 60
    hub = live_at_panel_1()
    reply = asyncio.run(OntimeBridge(hub).handle(json.dumps({"tag": "addtime", "payload": ms}), "control"))
    if expected_ok:
        assert reply == {"tag": "addtime", "payload": "success"}
        assert hub.received == [{"do": "extend", "minutes": int(ms) // 60_000}]
    else:
        assert reply["tag"] == "error" and hub.received == []


# -- the shapes, as pure functions ----------------------------------------------------------

@pytest.mark.parametrize("at", ["10:16", "11:25", "11:29", "11:34", "11:36", "11:40"])
def test_the_timer_agrees_with_our_board(at):
    hub = live_at_panel_1()
    hub.moment = zurich_s(13, at)
    snapshot = hub._make()
    timer = runtime_data(snapshot)["timer"]
    assert timer["current"] == snapshot["board"]["remaining_s"] * 1000
    assert timer["current"] == timer["duration"] + timer["addedTime"] - timer["elapsed"]
    phase = snapshot["board"]["phase"]
    assert timer["phase"] == {"normal": "default"}.get(phase, phase)
    assert (timer["current"] < 0) == (phase == "overtime")
    assert timer["expectedFinish"] == (11 * 60 + 35) * 60_000  # 11:30 planned, 5 min extended


def test_after_the_programme_nothing_plays_and_an_empty_hub_is_safe():
    done = FakeHub(moment=zurich_s(15, "09:00")).snapshot()
    store = runtime_data(done)
    assert (store["timer"]["playback"], store["eventNow"], store["eventNext"]) == ("stop", None, None)
    empty = runtime_data({})
    assert empty["eventNow"] is None and empty["timer"]["playback"] == "stop"
    assert rundown_json({})["flatOrder"] == [] and custom_fields_json({}) == {}
    reply = asyncio.run(OntimeBridge(type("Empty", (), {"snapshot": lambda self: {}})()).handle(
        '{"tag":"start","payload":"next"}', "control"))
    assert reply["payload"]["status"] == 503


def test_the_routes_companion_uses():
    routes = ontime_routes(FakeHub())
    assert sorted(route.path for route in routes) == ["/data/custom-fields", "/data/rundowns/current", "/ws"]
    assert all(route.method == "GET" for route in routes)
