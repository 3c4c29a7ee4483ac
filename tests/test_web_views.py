"""The web views (assets/web/): rendered by Debian's headless Chromium from a small test
server that serves them as ui/server.py does (under /views/, no token) with a fake
/api/v1/ws pushing real states (runofshow.remote.state_json on the bundled WIPO agenda,
with a 93-character Chinese title and speakers added): every view at phone and 1080p
size is drawn, not blank, says the live session in both languages, its countdown and its
phase, clips nothing and keeps 7:1 on every text; the stage's digits are 35 % of a 1080p
screen (measured on the screenshot); the connection-lost banner appears when the server
closes the socket and the page reconnects; the countdown follows the clock, not the
page's ticks; the control view's buttons send the chair's actions, a burst of Next
presses acts once, the answer is shown and no key moves. One test runs the same pages
against the app's own server (ui/server.py) end to end.

The page picks its show by its own ?token= (the fake server reads a scenario from it).
The clicks are real: Chromium is driven over its DevTools protocol (aiohttp's WebSocket
client). Without chromium these tests fail on CI (CI=true; .ci/run installs it) and are
skipped elsewhere, saying why.

`python -m tests.test_web_views [PORT]` serves the same fake show to look at by hand:
http://127.0.0.1:PORT/views/stage.html?token=warning (tokens: SCENARIOS below).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QLocale

from runofshow.actions import Action
from runofshow.board import board, lateness_words
from runofshow.display_state import DisplayState
from runofshow.loader import load_agenda
from runofshow.projection import project
from runofshow.remote import state_json, words_json
from runofshow.words import words as words_of
from tests.conftest import REPO, WIPO, zurich_s
from tests.projector_texts import LONG_EN, LONG_ZH
from ui import i18n, web_words
from ui.fonts import CJK_FAMILIES
from ui.i18n import SHIPPED
from ui.server import style_json
from ui.theme import (
    BLACKOUT_BADGE_COLOURS,
    PHASE_STYLES,
    REHEARSAL_COLOURS,
    WAITING_STYLE,
    contrast_ratio,
    words_in,
)

web = pytest.importorskip("aiohttp.web", reason="the test server needs aiohttp (pip install aiohttp)")

WEB = REPO / "assets" / "web"
VIEWS = ("stage", "agenda", "booth", "control")
PHONE, FULL_HD = (390, 844), (1920, 1080)
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
NO_CHROMIUM = "needs Debian's chromium (apt-get install chromium; .ci/run installs it)"

# -- the show the fake server pushes ----------------------------------------------------------
# The bundled WIPO agenda, with panel 3's title made 93 characters of Chinese (and a long
# English one), and speakers (made up) where the booth and the foyer show them.
SPEAKERS = {
    "d1-panel-1": ["{zh: 李明（主持人）, en: Li Ming (moderator)}",
                   "Dr. Ana Ferreira (University of Coimbra)",
                   "Prof. Kwame Mensah (Accra Institute of Technology)", "Sofia Lindgren (composer)"],
    "d1-fireside": ["Dr. Hanna Weber (neuroscientist)", "Prof. Ravi Iyer (computer scientist)"],
    "d1-panel-3": ["{zh: 王芳（主持人）, en: Wang Fang (moderator)}", "Maître Claire Dubois (Paris Bar)",
                   "Judge Peter Okafor (retired)"],
}
PANEL_3_TITLE = ("        title: {zh: 第三组：诉讼真的可以解决一切问题吗？诉讼追踪器, "
                 "en: \"Panel 3: Can Litigation Really Solve Everything? A Litigation Tracker\"}")


def agenda_text() -> str:
    text = WIPO.read_text(encoding="utf-8")
    assert PANEL_3_TITLE in text
    text = text.replace(PANEL_3_TITLE, f'        title: {{zh: "{LONG_ZH}", en: "{LONG_EN}"}}')
    for session, names in SPEAKERS.items():
        line = f"      - id: {session}\n"
        assert line in text
        listed = "".join(f"          - {name}\n" for name in names)
        text = text.replace(line, f"{line}        speakers:\n{listed}")
    return text


DAY_1 = [Action(zurich_s(13, "10:01", second=30), "start", "d1-opening"),
         Action(zurich_s(13, "10:14"), "next")]
TO_LUNCH = [*DAY_1, Action(zurich_s(13, "11:36"), "next"), Action(zurich_s(13, "12:10"), "next"),
            Action(zurich_s(13, "12:45"), "next"), Action(zurich_s(13, "13:25"), "next")]
TO_PANEL_3 = [*TO_LUNCH, Action(zurich_s(13, "15:00"), "next"), Action(zurich_s(13, "16:05"), "next"),
              Action(zurich_s(13, "16:40"), "next"), Action(zurich_s(13, "16:41"), "extend", None, 20)]
MESSAGE = "请回到座位 · Please take your seats"


@dataclass(frozen=True)
class Scenario:
    """A show at a moment, as the page's token names it."""

    actions: tuple = ()
    at: int = 0
    display: DisplayState = field(default_factory=DisplayState)
    rehearsal: bool = False
    six_languages: bool = False  # the agenda in the six UN languages (its titles in zh, en)
    long_day: bool = False  # agendas/example-one-long-day.yaml: 18 sessions, fr and de
    speed: float = 1.0  # the show clock's (a rehearsal's 10×)
    after: str = "push"  # push: a state every second; lost: one, then the socket closes
    #                      and reconnecting fails; flaky: lost once, then back; stale: one,
    #                      then silence; refuse: 401


LONG_DAY_MORNING = int(datetime(2025, 10, 9, 8, 25, tzinfo=ZoneInfo("Europe/Paris")).timestamp())
SCENARIOS = {
    "warning": Scenario(tuple(DAY_1), zurich_s(13, "11:30")),
    "danger": Scenario(tuple(DAY_1), zurich_s(13, "11:33", second=20)),
    "lunch": Scenario(tuple(TO_LUNCH), zurich_s(13, "14:20"), rehearsal=True),  # back at 15:00
    "long": Scenario(tuple(TO_PANEL_3), zurich_s(13, "17:20")),  # 93 characters, 18:00 at risk
    "overtime": Scenario(tuple(TO_PANEL_3), zurich_s(13, "18:05")),
    "hours_over": Scenario(tuple(TO_PANEL_3), zurich_s(13, "23:59")),  # the widest countdown
    "six": Scenario(tuple(TO_LUNCH), zurich_s(13, "14:20"), six_languages=True),  # a UN meeting
    "long_day": Scenario((), LONG_DAY_MORNING, long_day=True),  # a foyer's whole day, before it begins
    "waiting": Scenario((), zurich_s(13, "09:55")),
    "early": Scenario((), zurich_s(13, "09:20")),  # the real clock, 40 min before the first session
    "done": Scenario((), zurich_s(15, "09:00")),
    "message": Scenario(tuple(DAY_1), zurich_s(13, "11:30"), DisplayState(message=MESSAGE)),
    "blackout": Scenario(tuple(DAY_1), zurich_s(13, "11:30"), DisplayState(blackout=True)),
    "lost": Scenario(tuple(DAY_1), zurich_s(13, "11:30"), after="lost"),
    "flaky": Scenario(tuple(DAY_1), zurich_s(13, "11:30"), after="flaky"),
    "stale": Scenario(tuple(DAY_1), zurich_s(13, "11:30"), after="stale"),
    # one state five seconds before 11:30, then silence or a lost connection: the header turns
    "staleturn": Scenario(tuple(DAY_1), zurich_s(13, "11:29", second=55), after="stale"),
    "lostturn": Scenario(tuple(DAY_1), zurich_s(13, "11:29", second=55), after="lost"),
    "fast": Scenario(tuple(DAY_1), zurich_s(13, "11:29"), rehearsal=True, speed=10.0, after="stale"),
    "bad": Scenario(after="refuse"),
    "control": Scenario(tuple(DAY_1), zurich_s(13, "11:30")),
}


class FakeShow:
    """States for the scenarios, the way the server will send them: state_json plus the
    phase's "style" (ui/theme.py)."""

    def __init__(self, folder: Path):
        path = folder / "wipo-long.yaml"
        path.write_text(agenda_text(), encoding="utf-8")
        self.agenda = load_agenda(path)
        six = folder / "wipo-six.yaml"
        six.write_text(agenda_text().replace("languages: [zh, en]", "languages: [ar, zh, en, fr, ru, es]"),
                       encoding="utf-8")
        self.six = load_agenda(six)
        self.long_day = load_agenda(REPO / "agendas" / "example-one-long-day.yaml")

    def state(self, name: str, seconds: int = 0) -> dict:
        scenario = SCENARIOS[name]
        agenda = (self.six if scenario.six_languages else self.long_day if scenario.long_day
                  else self.agenda)
        moment = scenario.at + seconds
        projection = project(agenda, list(scenario.actions), moment)
        found = state_json(agenda, projection, board(agenda, projection, moment),
                           scenario.display, moment, rehearsal=scenario.rehearsal, speed=scenario.speed)
        found["style"] = style_json(board(agenda, projection, moment), tuple(agenda.languages))
        return found


class Loop:
    """An asyncio loop in a thread of its own: the test server and the browser's client run
    on it while the tests wait for them."""

    def __init__(self):
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()

    def run(self, coroutine, timeout: float = 30):
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)


class ViewServer:
    """assets/web/ under /views/ (no token, as ui/server.py will serve them) and a fake
    /api/v1/ws and /api/v1/state, on a loopback port. The page's token names its scenario
    ("warning", or "lost-7": a scenario and one page's own suffix)."""

    def __init__(self, loop: Loop, folder: Path, advance: bool = False, port: int = 0):
        self.loop = loop
        self.show = FakeShow(folder)
        self.advance = advance  # the show's clock moves a second per push, or stands still
        self.received: list[dict] = []  # what pages sent on their WebSocket
        self.connections: dict[str, int] = {}  # token -> WebSocket connections made
        self.port = port
        self._runner = None

    def __enter__(self) -> ViewServer:
        self.loop.run(self._start())
        return self

    def __exit__(self, *exc) -> None:
        self.loop.run(self._runner.cleanup())

    async def _start(self) -> None:
        app = web.Application()
        app.router.add_get("/api/v1/ws", self.socket)
        app.router.add_get("/api/v1/state", self.state)
        app.router.add_static("/views/", WEB)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", self.port)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]

    def url(self, view: str, token: str | None) -> str:
        query = "" if token is None else f"?token={token}"
        return f"http://127.0.0.1:{self.port}/views/{view}.html{query}"

    @staticmethod
    def scenario(request) -> str | None:
        name = request.query.get("token", "").split("-")[0]
        return name if name in SCENARIOS and SCENARIOS[name].after != "refuse" else None

    async def state(self, request):
        name = self.scenario(request)
        if name is None:
            return web.json_response({"ok": False, "error": "a valid token is needed"}, status=401)
        return web.json_response(self.show.state(name))

    async def socket(self, request):
        name = self.scenario(request)
        if name is None:
            raise web.HTTPUnauthorized(text="a valid token is needed")
        scenario = SCENARIOS[name]
        token = request.query["token"]
        self.connections[token] = self.connections.get(token, 0) + 1
        first = self.connections[token] == 1
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        if scenario.after == "lost" and not first:
            await ws.close()  # reconnecting is accepted and closed at once: still lost
            return ws
        pushes = 0

        async def push():
            nonlocal pushes
            state = self.show.state(name, pushes if self.advance else 0)
            await ws.send_json({"type": "state", "state": state})
            pushes += 1

        async def pusher():
            with contextlib.suppress(ConnectionError, RuntimeError):
                await push()
                if scenario.after in ("lost", "flaky") and first:
                    await asyncio.sleep(0.3)
                    await ws.close()
                    return
                if scenario.after == "stale":
                    return
                while not ws.closed:
                    await asyncio.sleep(1)
                    await push()

        task = asyncio.ensure_future(pusher())
        try:
            async for message in ws:
                if message.type != web.WSMsgType.TEXT:
                    continue
                payload = json.loads(message.data)
                self.received.append(payload)
                action = payload.get("action") or {}
                answer = {"type": "result", "id": payload.get("id"), "ok": action.get("do") != "redo"}
                if not answer["ok"]:
                    answer["error"] = "nothing to redo"
                await ws.send_json(answer)
        finally:
            task.cancel()
        return ws


# -- Chromium, driven over its DevTools protocol ------------------------------------------------
# `chromium --headless --window-size=390,844` lays a page out 500 px wide (the smallest window
# Chromium makes) and crops the screenshot, and --dump-dom sees a 1920x937 viewport for
# 1920,1080: neither is a phone nor a 1080p screen. Emulation.setDeviceMetricsOverride is.
class Browser:
    def __init__(self, loop: Loop, profile: Path):
        self.loop = loop
        self.process = subprocess.Popen(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             "--no-first-run", "--no-default-browser-check", "--disable-extensions",
             "--disable-background-networking", "--remote-debugging-port=0",
             f"--user-data-dir={profile}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        endpoint = None
        deadline = time.monotonic() + 60
        while endpoint is None and time.monotonic() < deadline:
            line = self.process.stderr.readline()
            if not line and self.process.poll() is not None:
                break
            found = re.search(r"DevTools listening on (ws://\S+)", line)
            endpoint = found and found[1]
        if endpoint is None:
            self.process.kill()
            raise RuntimeError("chromium did not open its DevTools endpoint")
        # keep reading its log, so a full pipe never blocks it
        threading.Thread(target=self.process.stderr.read, daemon=True).start()
        self.loop.run(self._connect(endpoint))

    async def _connect(self, endpoint: str) -> None:
        import aiohttp

        self.session = aiohttp.ClientSession()
        self.ws = await self.session.ws_connect(endpoint, max_msg_size=0)
        self.next_id = 0
        self.waiting: dict[int, asyncio.Future] = {}
        self.errors: dict[str, list[str]] = {}  # a tab's session -> its script errors
        self.reader = asyncio.ensure_future(self._read())

    async def _read(self) -> None:
        async for message in self.ws:
            data = json.loads(message.data)
            future = self.waiting.pop(data.get("id"), None)
            if future is not None and not future.done():
                future.set_result(data)
            # an exception the page did not catch, or one it caught and logged (page.js
            # logs a view that failed to draw a state and goes on)
            method, params = data.get("method"), data.get("params", {})
            if method == "Runtime.exceptionThrown":
                details = params.get("exceptionDetails", {})
                words = details.get("exception", {}).get("description") or details.get("text")
                self.errors.setdefault(data.get("sessionId"), []).append(str(words))
            elif method == "Runtime.consoleAPICalled" and params.get("type") == "error":
                args = params.get("args", [])
                words = " ".join(str(arg.get("description") or arg.get("value")) for arg in args)
                self.errors.setdefault(data.get("sessionId"), []).append(words)

    async def _call(self, method: str, params: dict | None, session: str | None) -> dict:
        self.next_id += 1
        future = asyncio.get_running_loop().create_future()
        self.waiting[self.next_id] = future
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        await self.ws.send_json(message)
        data = await asyncio.wait_for(future, 30)
        if "error" in data:
            raise RuntimeError(f"{method}: {data['error']}")
        return data.get("result", {})

    def call(self, method: str, params: dict | None = None, session: str | None = None) -> dict:
        return self.loop.run(self._call(method, params, session), timeout=40)

    def close(self) -> None:
        async def stop():
            self.reader.cancel()
            await self.ws.close()
            await self.session.close()

        with contextlib.suppress(Exception):
            self.loop.run(stop(), timeout=10)
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)


class Page:
    """One tab at a size: a phone (mobile, its meta viewport honoured) or a screen."""

    def __init__(self, browser: Browser, url: str, size: tuple[int, int]):
        self.browser = browser
        self.url = url
        self.size = size
        self.target = browser.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = browser.call("Target.attachToTarget",
                                    {"targetId": self.target, "flatten": True})["sessionId"]
        width, height = size
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 700})
        self.call("Page.enable")
        self.call("Runtime.enable")
        self.call("Page.navigate", {"url": url})

    @property
    def errors(self) -> list[str]:
        return self.browser.errors.get(self.session, [])

    def call(self, method: str, params: dict | None = None) -> dict:
        return self.browser.call(method, params, self.session)

    def js(self, expression: str):
        answer = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                "awaitPromise": True})
        if "exceptionDetails" in answer:
            raise AssertionError(f"{expression[:80]}: {answer['exceptionDetails']}")
        return answer["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 15) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with contextlib.suppress(AssertionError, RuntimeError):
                if self.js(expression):
                    return
            time.sleep(0.1)
        raise AssertionError(f"never true: {expression}\n{self.text()}")

    def rendered(self, status: str = "live") -> None:
        """Wait for the view to have a state (or the given connection status), its fonts
        and two frames."""
        self.wait_for(f"document.getElementById('conn').dataset.status === '{status}'")
        self.js("document.fonts.ready.then(() => new Promise(done => "
                "requestAnimationFrame(() => requestAnimationFrame(() => done(true)))))")
        time.sleep(0.3)

    def text(self) -> str:
        return self.js("document.body ? document.body.innerText : ''") or ""

    def screenshot(self, path: Path):
        from PySide6.QtGui import QImage

        data = self.call("Page.captureScreenshot", {"format": "png"})["data"]
        path.write_bytes(base64.b64decode(data))
        return QImage(str(path))

    def click(self, selector: str, times: int = 1) -> None:
        """Real mouse clicks in the middle of the element; `times` of them sent at once (a
        burst stays a burst on a slow machine)."""
        x, y = self.js(f"(() => {{ const r = document.querySelector({json.dumps(selector)})"
                       ".getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()")
        events = [{"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1}
                  for _ in range(times) for kind in ("mousePressed", "mouseReleased")]

        async def send():
            # sent in order on the one socket; the answers are awaited together
            await asyncio.gather(*(self.browser._call("Input.dispatchMouseEvent", event, self.session)
                                   for event in events))

        self.browser.loop.run(send(), timeout=40)

    def fonts(self, selector: str) -> list[str]:
        """The fonts Chromium really drew a node's text with."""
        self.call("DOM.enable")
        self.call("CSS.enable")
        root = self.call("DOM.getDocument")["root"]["nodeId"]
        node = self.call("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
        assert node, f"no {selector}"
        return [font["familyName"] for font in self.call("CSS.getPlatformFontsForNode",
                                                          {"nodeId": node})["fonts"]]

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.browser.call("Target.closeTarget", {"targetId": self.target})


# What a person could not read: text out of the screen, a box whose text overflows it, a
# clamped text without its whole in a tooltip, a page that scrolls sideways; and every
# drawn text's colour and the background it is drawn on (for the contrast).
LAYOUT_CHECK = r"""
(() => {
  const problems = [];
  const width = document.documentElement.clientWidth, height = innerHeight;
  const stage = document.body.classList.contains('stage');
  const name = (el) => el.id ? '#' + el.id : el.tagName.toLowerCase() + '.' + el.className;
  const backdrop = (el) => {
    for (let node = el; node; node = node.parentElement) {
      const colour = getComputedStyle(node).backgroundColor;
      if (colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour)) return colour;
    }
    return 'rgb(255, 255, 255)';
  };
  const texts = [];
  for (const el of document.querySelectorAll('body *')) {
    if (!el.getClientRects().length) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    const box = el.getBoundingClientRect();
    if (own) {
      texts.push({text: el.textContent.trim().slice(0, 60), color: style.color, background: backdrop(el)});
      if (style.display !== 'inline' && el.id !== 'digits' && el.scrollWidth > el.clientWidth + 1) {
        problems.push(`${name(el)}'s text is wider than its box: ${el.scrollWidth} > ${el.clientWidth}`);
      }
      if (box.left < -1 || box.right > width + 1) {
        problems.push(`${name(el)} runs off the side: ${Math.round(box.left)}..${Math.round(box.right)}`);
      }
      if (stage && (box.top < -1 || box.bottom > height + 1)) {
        problems.push(`${name(el)} runs off the screen: ${Math.round(box.top)}..${Math.round(box.bottom)}`);
      }
    }
    const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
    const over = el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1;
    const clamped = el.classList.contains('clamped') || el.classList.contains('clampable');
    if (clips && over && el !== document.body) {
      if (!clamped) {
        problems.push(`${name(el)} clips its text: ${el.scrollWidth}x${el.scrollHeight}`
                      + ` in ${el.clientWidth}x${el.clientHeight}`);
      } else if (el.title.trim() !== el.textContent.trim()) {
        problems.push(`${name(el)} is clamped without its whole text in a tooltip`);
      }
    }
  }
  if (document.documentElement.scrollWidth > width + 1) problems.push('the page scrolls sideways');
  // no text drawn over another: blocks of text (an inline box may be taller than its
  // line; the digits' line box is taller than their glyphs)
  const boxes = [...document.querySelectorAll('body *')].filter((el) => el.id !== 'digits'
    && el.getClientRects().length && getComputedStyle(el).visibility !== 'hidden'
    && getComputedStyle(el).display !== 'inline'
    && [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()));
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const [a, b] = [boxes[i], boxes[j]];
      if (a.contains(b) || b.contains(a)) continue;
      for (const ra of a.getClientRects()) {
        for (const rb of b.getClientRects()) {
          const across = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
          const down = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
          if (across > 2 && down > 2) problems.push(`${name(a)} overlaps ${name(b)}`);
        }
      }
    }
  }
  return {problems, texts};
})()
"""


def hex_colour(css: str) -> str:
    red, green, blue = (int(v) for v in re.findall(r"\d+", css)[:3])
    return f"#{red:02X}{green:02X}{blue:02X}"


def check_layout(page: Page) -> list[dict]:
    """Nothing clipped or off screen, and every text at 7:1 or more on its background."""
    found = page.js(LAYOUT_CHECK)
    assert not found["problems"], found["problems"]
    low = [(t["text"], hex_colour(t["color"]), hex_colour(t["background"])) for t in found["texts"]
           if contrast_ratio(hex_colour(t["color"]), hex_colour(t["background"])) < 7]
    assert not low, f"texts under 7:1: {low}"
    return found["texts"]


def not_blank(image) -> None:
    """The screenshot shows something: two colours at least, and more than a sliver of ink."""
    assert not image.isNull() and image.width() > 0
    counts: dict[int, int] = {}
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            rgb = image.pixel(x, y) & 0xFFFFFF
            counts[rgb] = counts.get(rgb, 0) + 1
    total = sum(counts.values())
    assert len(counts) >= 2 and max(counts.values()) < 0.995 * total, "the screenshot is blank"


def ink_rows(image, rect: dict, colour: str) -> tuple[int, int]:
    """First and last row of `rect` with a pixel of `colour` (the digits' ink)."""
    target = int(colour.lstrip("#"), 16)
    wanted = ((target >> 16) & 255, (target >> 8) & 255, target & 255)
    rows = []
    left, right = max(0, int(rect["left"])), min(image.width(), int(rect["right"]))
    for y in range(max(0, int(rect["top"])), min(image.height(), int(rect["bottom"]))):
        for x in range(left, right, 2):
            rgb = image.pixel(x, y)
            here = ((rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255)
            if sum(abs(a - b) for a, b in zip(here, wanted, strict=True)) < 60:
                rows.append(y)
                break
    assert rows, "no digits drawn"
    return rows[0], rows[-1]


# -- fixtures ------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def loop():
    running = Loop()
    yield running
    running.close()


@pytest.fixture(scope="module")
def server(loop, tmp_path_factory):
    with ViewServer(loop, tmp_path_factory.mktemp("agenda")) as serving:
        yield serving


@pytest.fixture(scope="module")
def chromium() -> str:
    """Chromium's path. Without it these tests fail on CI (.ci/run installs it), and are
    skipped, with the reason, elsewhere (as tests/test_keep_awake.py does for D-Bus)."""
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail(NO_CHROMIUM)
        pytest.skip(NO_CHROMIUM)
    return CHROMIUM


@pytest.fixture(scope="module")
def browser(chromium, loop, tmp_path_factory):
    opened = Browser(loop, tmp_path_factory.mktemp("chromium-profile"))
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    """Where screenshots go: RUNOFSHOW_WEB_SHOTS (to look at them), else a temporary folder."""
    kept = os.environ.get("RUNOFSHOW_WEB_SHOTS")
    if kept:
        Path(kept).mkdir(parents=True, exist_ok=True)
        return Path(kept)
    return tmp_path_factory.mktemp("web-shots")


@pytest.fixture
def open_page(browser, server):
    pages = []

    def opening(view: str, token: str | None, size=FULL_HD, query: str = "") -> Page:
        page = Page(browser, server.url(view, token) + query, size)
        pages.append(page)
        return page

    yield opening
    close_without_script_errors(pages)


def close_without_script_errors(pages: list[Page]) -> None:
    """Close the pages a test opened; none of them may have had a script error."""
    for page in pages:
        page.close()
    errors = [(page.url, page.errors) for page in pages if page.errors]
    assert not errors, f"script errors: {errors}"


def size_name(size) -> str:
    return "phone" if size == PHONE else f"{size[0]}x{size[1]}"


# -- what the views are made of (no browser needed) -----------------------------------------------
JS = WEB / "js"
MODULE_LINES = 250  # a module is read in one sitting


def test_the_views_use_nothing_from_outside():
    """No CDN, no web font, no framework, no build step: each page loads web.css and its
    own module, and the modules import only each other, by relative path."""
    files = {path.relative_to(WEB).as_posix(): path.read_text(encoding="utf-8")
             for path in WEB.rglob("*") if path.is_file()}
    pages = {f"{view}.html" for view in VIEWS} | {f"js/{view}.js" for view in VIEWS}
    assert pages | {"web.css"} <= set(files)
    for name, text in files.items():
        assert not re.search(r"(https?:)?//[a-z0-9.-]+\.[a-z]{2,}/", text, re.IGNORECASE), name
        if name.endswith(".css"):
            assert "@import" not in text and "url(" not in text, name
        if name.endswith(".js"):
            assert "http:" not in text and "https:" not in text.replace('"https:"', ""), name
            for imported in re.findall(r'^import .* from "([^"]+)";$', text, re.MULTILINE):
                assert imported.startswith("./") and (JS / imported).is_file(), (name, imported)
            assert "import(" not in text and "eval(" not in text, name
            assert len(text.splitlines()) <= MODULE_LINES, f"{name}: split it"
        if name.endswith(".html"):
            refs = set(re.findall(r'(?:src|href)="([^"]+)"', text))
            assert refs == {"web.css", f"js/{name[:-5]}.js"}, (name, refs)
            assert f'<script type="module" src="js/{name[:-5]}.js"></script>' in text, name
            assert "<script>" not in text and " style=" not in text, f"{name}: inline code (CSP)"
            assert f'data-view="{name[:-5]}"' in text and 'id="conn"' in text and 'role="alert"' in text
    families = re.search(r"--font:\s*([^;]+);", files["web.css"])[1]
    assert families.split(",")[0].strip() == '"Noto Sans CJK SC"'  # CJK-capable first


# text/background pairs of web.css's palette that texts are drawn in
PALETTE_PAIRS = [("--fg", "--bg"), ("--muted", "--bg"), ("--panel-fg", "--panel"),
                 ("--panel-muted", "--panel"), ("--live-fg", "--live-bg"), ("--late", "--bg"),
                 ("--late", "--panel"), ("--alert-fg", "--alert-bg"), ("--banner-fg", "--banner-bg"),
                 ("--button-fg", "--button-bg"), ("--rehearsal-fg", "--rehearsal-bg"),
                 ("--offline", "--bg")]


def test_the_palette_keeps_7_to_1():
    css = (WEB / "web.css").read_text(encoding="utf-8")
    palette = dict(re.findall(r"(--[a-z-]+):\s*(#[0-9A-Fa-f]{6})", css))
    for text, ground in PALETTE_PAIRS:
        assert contrast_ratio(palette[text], palette[ground]) >= 7, (text, ground)
    # the app's own badges, as the views draw them
    assert (palette["--rehearsal-fg"], palette["--rehearsal-bg"]) == REHEARSAL_COLOURS
    assert contrast_ratio(*BLACKOUT_BADGE_COLOURS) >= 7


# -- every view, drawn ------------------------------------------------------------------------------
LIVE_PANEL_3 = "40:00"  # the "long" scenario: panel 3 live at 17:20, due at 18:00


@pytest.mark.parametrize("size", [PHONE, FULL_HD], ids=size_name)
@pytest.mark.parametrize("view", VIEWS)
def test_every_view_draws_the_live_session_in_both_languages(open_page, shots, view, size):
    page = open_page(view, "long", size)
    page.rendered()
    image = page.screenshot(shots / f"{view}-long-{size_name(size)}.png")
    not_blank(image)
    text = page.text()
    for words in (LONG_ZH, LONG_EN, LIVE_PANEL_3, "剩余时间 · TIME LEFT"):
        assert words in text, (words, text)
    if view == "booth":  # each language says it whole: "有风险：… · AT RISK: …"
        assert "有风险：18:00 闭幕可能延误 15 分钟 · AT RISK: 18:00 close at risk by 15 min" in text
    elif view != "stage":
        assert "18:00 闭幕可能延误 15 分钟 · 18:00 close at risk by 15 min" in text
    check_layout(page)
    # the Chinese is drawn with a CJK font, not boxes
    fonts = page.fonts("#primary" if view == "stage" else '[lang="zh"]:not(html)')
    assert fonts and all("CJK" in family or family in CJK_FAMILIES for family in fonts), fonts


STAGE_CASES = {
    # scenario: what the stage says (the phase's word and symbol, the digits, the lines)
    "warning": ["▲ 即将结束 · WARNING", "4:00", "下一场 · Next · 4 分钟后，11:34: "],
    "danger": ["◆ 最后一分钟 · LAST MINUTE", "0:40"],
    "overtime": ["■ 已超时 · OVERTIME", "+5:00", "下一场 · Next · 18:05"],
    "lunch": ["● 剩余时间 · TIME LEFT", "40:00", "15:00 复会 · back at 15:00", "彩排 · REHEARSAL"],
    "waiting": ["◷ 即将开始 · STARTS IN", "5:00", "开始时间 · Starts at 10:00", "开幕"],
    "done": ["会议结束\nProgramme complete", "知识产权和前沿技术产权组织对话会 第九届会议"],
    "message": [MESSAGE, "▲ 即将结束 · WARNING", "4:00"],
    "long": [LONG_ZH, LONG_EN, "40:00"],
}


@pytest.mark.parametrize("size", [PHONE, FULL_HD], ids=size_name)
@pytest.mark.parametrize("scenario", STAGE_CASES)
def test_the_stage_reads_in_every_phase_without_colour(open_page, shots, server, scenario, size):
    page = open_page("stage", scenario, size)
    page.rendered()
    image = page.screenshot(shots / f"stage-{scenario}-{size_name(size)}.png")
    not_blank(image)
    text = page.text()
    for words in STAGE_CASES[scenario]:
        assert words in text, (words, text)
    check_layout(page)
    state = server.show.state(scenario)
    if state["board"]["mode"] == "done":
        return
    style = state["style"]
    background = hex_colour(page.js("getComputedStyle(document.getElementById('screen')).backgroundColor"))
    assert background in (style["background"], style["flash_background"])
    if size == FULL_HD:  # legible from the back of the hall: the digits' glyphs >= 35 % of it
        rect = page.js("JSON.parse(JSON.stringify("
                       "document.getElementById('digits-box').getBoundingClientRect()))")
        top, bottom = ink_rows(image, rect, style["foreground"])
        assert bottom - top >= 0.35 * size[1], (top, bottom)


@pytest.mark.parametrize("size", [(1024, 768), FULL_HD], ids=size_name)
def test_the_widest_countdown_keeps_35_percent_of_a_4_3_screen_too(open_page, shots, size):
    """Hours over time on a 4:3 projector: the digits are condensed, not shrunk under 35 %
    of the height (as the projector's window), and stay whole on the screen."""
    page = open_page("stage", "hours_over", size)
    page.rendered()
    assert page.js("document.getElementById('digits').textContent").startswith("+")
    assert len(page.js("document.getElementById('digits').textContent")) >= 8  # "+5:59:00"
    image = page.screenshot(shots / f"stage-hours-over-{size_name(size)}.png")
    rect = page.js("JSON.parse(JSON.stringify("
                   "document.getElementById('digits-box').getBoundingClientRect()))")
    check_layout(page)
    found = page.js("getComputedStyle(document.getElementById('digits')).color")
    top, bottom = ink_rows(image, rect, hex_colour(found))
    assert bottom - top >= 0.35 * size[1], (top, bottom)


@pytest.mark.parametrize("size", [PHONE, FULL_HD], ids=size_name)
def test_a_blackout_blacks_the_stage_out_and_says_so(open_page, shots, size):
    page = open_page("stage", "blackout", size)
    page.rendered()
    page.screenshot(shots / f"stage-blackout-{size_name(size)}.png")
    assert page.text().strip() == "■ 技术人员已关闭投影画面 · The projector is blacked out by the technician"
    assert hex_colour(page.js("getComputedStyle(document.body).backgroundColor")) == "#000000"
    for view in ("booth", "control"):  # the booth and the chair's assistant know it too
        other = open_page(view, "blackout", size)
        other.rendered()
        assert "投影已黑屏 · PROJECTOR BLACKED OUT" in other.text()


@pytest.mark.parametrize("size", [PHONE, FULL_HD], ids=size_name)
@pytest.mark.parametrize("scenario", ["warning", "lunch", "overtime", "waiting", "done", "message"])
def test_the_foyer_and_the_booth_follow_the_day(open_page, shots, scenario, size):
    for view in ("agenda", "booth"):
        page = open_page(view, scenario, size)
        page.rendered()
        not_blank(page.screenshot(shots / f"{view}-{scenario}-{size_name(size)}.png"))
        check_layout(page)
        text = page.text()
        if scenario == "done":
            assert "会议结束 · Programme complete" in text
        if scenario == "message":
            assert MESSAGE in text
        if view == "agenda" and size == FULL_HD:  # a foyer screen shows the whole day, unscrolled
            assert page.js("document.documentElement.scrollHeight <= innerHeight + 1")
    if scenario == "warning":
        agenda = open_page("agenda", scenario, size)
        agenda.rendered()
        text = agenda.text()
        # the live one marked, projected times with the planned beside, late in words
        assert agenda.js("document.querySelector('[aria-current]').dataset.id") == "d1-panel-1"
        assert "▶ 进行中 · NOW" in text and "11:34–12:04" in text and "原定 · planned 11:30–12:00" in text
        assert "▲ 延迟 4 分钟 · 4 min late" in text
        assert "11:34 开始（4 分钟后） · starts in 4 min, 11:34" in text


def test_the_booth_says_who_speaks_and_when_the_day_ends(open_page):
    page = open_page("booth", "long", FULL_HD)
    page.rendered()
    text = page.text()
    for words in ("王芳（主持人） · Wang Fang (moderator)", "Judge Peter Okafor (retired)",
                  "预计 · projected 18:15", "原定 · planned 18:00 · ▲ 延迟 15 分钟 · 15 min late",
                  "▲ 有风险：18:00 闭幕可能延误 15 分钟 · AT RISK: 18:00 close at risk by 15 min",
                  "第三组：有主持的问答和讨论", "Panel 3: Moderated Q&A and Discussion",
                  "18:00 结束（原定 17:30） · ends 18:00 (planned 17:30)"):
        assert words in text, (words, text)


# -- the connection ------------------------------------------------------------------------------
@pytest.mark.parametrize("view", VIEWS)
def test_a_lost_connection_is_said_plainly_and_retried(open_page, server, shots, view):
    token = f"lost-{view}"
    page = open_page(view, token, PHONE)
    page.rendered("lost")
    banner = page.js("document.getElementById('conn').innerText")
    assert "连接中断，正在重新连接… · Connection lost — reconnecting…" in banner
    assert "最后更新 11:30:00 · last update 11:30:00" in banner
    deadline = time.monotonic() + 30
    while server.connections.get(token, 0) < 3 and time.monotonic() < deadline:
        time.sleep(0.2)
    assert server.connections[token] >= 3  # it keeps trying by itself
    page.screenshot(shots / f"{view}-lost-phone.png")
    check_layout(page)
    if view == "control":  # no key acts while the show cannot hear it
        assert page.js("[...document.querySelectorAll('#keys button')].every(b => b.disabled)")


def test_it_comes_back_by_itself(open_page, server):
    page = open_page("stage", "flaky-1", FULL_HD)
    page.wait_for("document.getElementById('conn').dataset.status === 'lost'")
    page.rendered("live")  # reconnected: the banner is gone
    assert page.js("document.getElementById('conn').hidden")
    assert server.connections["flaky-1"] >= 2


def test_a_silent_server_is_marked_stale_and_the_countdown_follows_the_clock(open_page, shots):
    """One state (4:00 left), then silence: the page says so after 3 s, and its countdown
    goes on from that state's numbers and the time measured since, not by counting its
    own ticks: a page that could not run its timers for 3 s (a busy phone) still shows
    the right second."""
    opened = time.monotonic()
    page = open_page("stage", "stale", FULL_HD)
    page.rendered()
    drawn = time.monotonic()  # the state arrived between `opened` and this
    page.js("(() => { const t = performance.now(); while (performance.now() - t < 3000) {} })()")
    page.wait_for("document.getElementById('conn').dataset.status === 'stale'", timeout=20)
    assert "No update for" in page.js("document.getElementById('conn').innerText")
    time.sleep(0.6)  # a tick after the busy spell
    before = time.monotonic()
    minutes, seconds = page.js("document.getElementById('digits').textContent").split(":")
    after = time.monotonic()
    gone = 240 - (int(minutes) * 60 + int(seconds))
    assert int(before - drawn) <= gone <= after - opened + 1, (gone, before - drawn, after - opened)
    page.screenshot(shots / "stage-stale-1920x1080.png")


WALL = "document.getElementById('wall').textContent"


@pytest.mark.parametrize(("view", "scenario", "status"), [
    ("stage", "staleturn", "stale"), ("agenda", "lostturn", "lost"), ("booth", "staleturn", "stale"),
    ("control", "lostturn", "lost")])
def test_the_header_clock_goes_on_through_an_outage(open_page, shots, view, scenario, status):
    """One state at 11:29:55, then silence (or a lost connection): the header's time of day
    goes on from it, as the countdown does, and turns to 11:30 (it stood at the last
    update's 11:29, which reads as a show that stopped). The banner still says the page has
    had no news since 11:29:55."""
    page = open_page(view, f"{scenario}-{view}", PHONE)
    page.wait_for(f"{WALL} === '11:29'")
    page.wait_for(f"document.getElementById('conn').dataset.status === '{status}'", timeout=20)
    page.wait_for(f"{WALL} === '11:30'", timeout=10)
    assert page.js(f"document.getElementById('conn').dataset.status === '{status}'")
    assert "11:29:55" in page.js("document.getElementById('conn').innerText")
    if view == "stage":
        page.screenshot(shots / f"stage-{scenario}-clock-phone.png")


def test_in_rehearsal_the_header_clock_runs_at_the_show_clocks_speed(open_page, shots):
    """A rehearsal at 10×, one state at 11:29:00 (5:00 left), then silence: the header's
    clock runs at 10× as the countdown does, and in step with it: it reads 11:30 exactly
    when the countdown reads 4:00 or less."""
    page = open_page("stage", "fast", FULL_HD)
    page.rendered()
    readings = set()
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and ("11:30", True) not in readings:
        wall, digits = page.js(f"[{WALL}, document.getElementById('digits').textContent]")
        minutes, seconds = digits.split(":")
        left = int(minutes) * 60 + int(seconds)
        assert wall == ("11:30" if left <= 240 else "11:29"), (wall, digits)
        readings.add((wall, left < 235))
        time.sleep(0.1)
    assert ("11:30", True) in readings, readings  # it went on, by 10 s a second
    assert page.js("document.getElementById('conn').dataset.status") == "stale"
    page.screenshot(shots / "stage-fast-stale-1920x1080.png")


def test_a_refused_or_missing_token_is_said(open_page):
    page = open_page("booth", "bad", PHONE)
    page.rendered("refused")
    assert "This link's token was refused" in page.text()
    page = open_page("control", None, PHONE)
    page.rendered("notoken")
    assert "This link has no token" in page.text()


# -- the chair's keys ------------------------------------------------------------------------------
def sent(server: ViewServer, token_count: int) -> list[dict]:
    deadline = time.monotonic() + 15
    while len(server.received) < token_count and time.monotonic() < deadline:
        time.sleep(0.05)
    return [message["action"] for message in server.received]


def test_the_control_keys_send_the_chairs_actions(open_page, server, shots):
    server.received.clear()
    page = open_page("control", "control", PHONE)
    page.rendered()
    page.screenshot(shots / "control-control-phone.png")
    keys = ("JSON.stringify([...document.querySelectorAll('#keys button')]"
            ".map(b => { const r = b.getBoundingClientRect(); return [r.x, r.y, r.width, r.height]; }))")
    where = page.js(keys)
    expected = []
    for command, action in [("minus5", {"do": "extend", "minutes": -5}),
                            ("minus1", {"do": "extend", "minutes": -1}),
                            ("plus1", {"do": "extend", "minutes": 1}),
                            ("plus5", {"do": "extend", "minutes": 5}),
                            ("undo", {"do": "undo"})]:
        # each button carries its action, and a click sends it
        carried = page.js(f"document.querySelector('[data-command={command}]').dataset.action")
        assert json.loads(carried) == action
        page.click(f"[data-command={command}]")
        expected.append(action)
        assert sent(server, len(expected)) == expected
        page.wait_for("document.getElementById('result-box').dataset.kind === 'ok'")
    ids = [message["id"] for message in server.received]
    assert all(message["type"] == "action" for message in server.received) and len(set(ids)) == len(ids)
    assert "✓ 撤销 · Undo: 已完成 · done" in page.text()
    # a double tap on a minute key acts once, and says so
    time.sleep(0.6)  # after the +1 above: a press of its own
    page.click("[data-command=plus1]", times=2)
    time.sleep(0.3)
    expected.append({"do": "extend", "minutes": 1})
    assert sent(server, len(expected)) == expected
    assert "Ignored: pressed twice" in page.text()
    page.wait_for("document.getElementById('result-box').dataset.kind === 'ok'")
    # a burst of Next presses acts once, and says why the others did not
    page.click("[data-command=next]", times=3)
    time.sleep(0.5)
    assert [a for a in sent(server, len(expected) + 1) if a["do"] == "next"] == [{"do": "next"}]
    assert "Next ignored: pressed twice" in page.text()
    time.sleep(1.6)  # a pause, then Next acts again
    page.click("[data-command=next]")
    assert [a for a in sent(server, len(expected) + 2) if a["do"] == "next"] == [{"do": "next"}] * 2
    # a refusal is shown in the show's own words
    page.click("[data-command=redo]")
    page.wait_for("document.getElementById('result-box').dataset.kind === 'error'")
    assert "× 重做 · Redo: 未执行 · not done — nothing to redo" in page.text()
    # the answers and the notices came and went; no key moved under the finger
    assert page.js(keys) == where
    page.screenshot(shots / "control-refused-phone.png")
    check_layout(page)


def test_the_control_keys_follow_the_show(open_page, server, shots):
    page = open_page("control", "early", PHONE)
    page.rendered()
    disabled = page.js("Object.fromEntries([...document.querySelectorAll('#keys button')]"
                       ".map(b => [b.dataset.command, b.disabled]))")
    assert disabled == {"minus5": True, "minus1": True, "plus1": True, "plus5": True,
                        "next": False, "undo": False, "redo": False}
    # 40 minutes early on the real clock: Next asks first, as the chair's Space does
    server.received.clear()
    page.click("[data-command=next]")
    page.wait_for("!document.getElementById('confirm').hidden")
    assert "Start “Opening” now, 40 min before its planned 10:00?" in page.text()
    page.screenshot(shots / "control-early-phone.png")
    assert server.received == []
    page.click("#confirm-yes")
    assert sent(server, 1) == [{"do": "next"}]
    done = open_page("control", "done", PHONE)
    done.rendered()
    assert done.js("document.querySelector('[data-command=next]').disabled")


def test_the_views_phases_are_the_projectors(open_page):
    page = open_page("stage", "warning", PHONE)
    page.rendered()
    # the page's own modules, as a technician may load them in the browser's console
    phases = page.js("import('/views/js/phases.js').then(m => JSON.parse(JSON.stringify(m.PHASES)))")
    words = "import('/views/js/words.js').then(m => m.{})"
    languages = tuple(code for code in SHIPPED if code != "en")
    for name, style in [*PHASE_STYLES.items(), ("waiting", WAITING_STYLE)]:
        assert phases[name] == {"background": style.background, "foreground": style.foreground,
                                "symbol": style.symbol, "word": style.word,
                                "flash_background": style.flash_background}, name
        # its word in every shipped language, as the projector says it
        for code, said in zip(languages, words_in(style.word, languages, "Theme"), strict=True):
            rendered = page.js(words.format(f"render({{template: {json.dumps(style.word)}}}, '{code}')"))
            assert rendered == said, (name, code)
    # the core's words, as a state sends them, in the projector's Chinese
    held = json.dumps(words_json(words_of("back at {time}", time="15:00")))
    assert page.js(words.format(f"sayWords({held}, ['zh', 'en'])")) == "15:00 复会 · back at 15:00"
    late = json.dumps(words_json(lateness_words(3900)))
    assert page.js(words.format(f"render({late}, 'zh')")) == i18n.say(lateness_words(3900), "zh")
    clock = "import('/views/js/clock.js').then(m => m.{})"
    assert page.js(clock.format("countdownText(-62, 'live')")) == "+1:02"
    assert page.js(clock.format("countdownText(3725, 'live')")) == "1:02:05"


# -- the app's own server ------------------------------------------------------------------------------
def test_the_apps_server_serves_the_views_live_and_takes_the_keys(qtbot, tmp_path, monkeypatch, browser,
                                                                   shots):
    """The real thing end to end: ui/server.py serving assets/web/ on loopback for a show
    on the Qt thread. The pages load their modules through its headers (nosniff), open
    the WebSocket through its Host and Origin checks with their link's token, a key on
    the control page goes through the controller into the journal before the page says
    done and the stage shows the new countdown; a view token's press is refused in the
    server's words; a server that stops is said on every page, and when it is back the
    pages reconnect by themselves."""
    from tests.remote_helpers import HOST, serve

    found = serve(qtbot, tmp_path, monkeypatch, static_dir=WEB, at=zurich_s(13, "10:00"))
    pages = []

    def opened(view: str, token: str, size) -> Page:
        page = Page(browser, f"{found.base}/views/{view}.html?token={token}", size)
        pages.append(page)
        qtbot.waitUntil(lambda: page.js("document.getElementById('conn').dataset.status") == "live",
                        timeout=30000)
        return page

    def until(page: Page, expression: str) -> None:
        qtbot.waitUntil(lambda: bool(page.js(expression)), timeout=30000)

    try:
        assert found.controller.start("d1-opening")
        stage = opened("stage", found.tokens.view, FULL_HD)
        digits = "document.getElementById('digits').textContent"
        until(stage, f"{digits} === {json.dumps(found.controller.board().countdown)}")
        assert "开幕" in stage.text() and "Opening" in stage.text()
        control = opened("control", found.tokens.control, PHONE)
        before = found.controller.board().remaining_s
        control.click("[data-command=plus1]")
        until(control, "document.getElementById('result-box').dataset.kind === 'ok'")
        assert "✓ +1 分钟 · +1 min: 已完成 · done" in control.text()
        assert found.journal_lines()[-1]["do"] == "extend"  # in the journal by then
        assert found.controller.board().remaining_s == before + 60
        until(stage, f"{digits} === {json.dumps(found.controller.board().countdown)}")
        control.screenshot(shots / "control-real-server-phone.png")
        watcher = opened("control", found.tokens.view, PHONE)
        watcher.click("[data-command=plus1]")
        until(watcher, "document.getElementById('result-box').dataset.kind === 'error'")
        assert "this token may only watch" in watcher.text()
        assert found.controller.board().remaining_s == before + 60
        # the server stops: said on every page; it starts again on its port: they are back
        port = found.server.bound[1]
        found.server.stop(wait=True)
        for page in (stage, control):
            until(page, "document.getElementById('conn').dataset.status === 'lost'")
        stage.screenshot(shots / "stage-real-server-lost-1920x1080.png")
        found.server.start(HOST, port)
        assert found.server.wait_started(20)
        for page in (stage, control):
            until(page, "document.getElementById('conn').dataset.status === 'live'")
            assert page.js("document.getElementById('conn').hidden")
        for page in pages:
            assert not page.errors, page.errors
    finally:
        for page in pages:
            page.close()
        found.server.stop(wait=True)
        found.clients.close()


# -- the command line the issue names ----------------------------------------------------------------
def test_chromiums_own_screenshot_and_dump_dom(chromium, server, tmp_path):
    """`chromium --headless --screenshot` and `--dump-dom` as a technician would run them."""
    url = server.url("agenda", "warning")
    common = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
              f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1920,1080",
              "--virtual-time-budget=3000"]
    dom = subprocess.run([*common, "--dump-dom", url], capture_output=True, text=True, timeout=120)
    assert "第一组：相互理解——汇集不同观点" in dom.stdout and "Panel 1: Mutual Understanding" in dom.stdout
    shot = tmp_path / "agenda.png"
    subprocess.run([*common, f"--screenshot={shot}", url], capture_output=True, timeout=120)
    from PySide6.QtGui import QImage

    not_blank(QImage(str(shot)))


if __name__ == "__main__":
    import tempfile

    running = Loop()
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 4011
    with ViewServer(running, Path(tempfile.mkdtemp()), advance=True, port=port) as show:
        print(f"the fake show: http://127.0.0.1:{show.port}/views/stage.html?token=warning")
        print("tokens:", ", ".join(SCENARIOS))
        with contextlib.suppress(KeyboardInterrupt):
            while True:
                time.sleep(3600)


BIDI_CHECK = r"""
(async () => {
  const { titleLine } = await import(new URL("js/words.js", location.href).href);
  const { el } = await import(new URL("js/dom.js", location.href).href);
  // a speaker's name with a stray right-to-left override, then another language's title
  const line = el("p", "t1", titleLine({ en: "\u202Eab", fr: "cd" }, ["en", "fr"]));
  const arabic = el("p", "t1", "الافتتاح: الذكاء الاصطناعي و IP في 2024", "ar");
  document.body.append(line, arabic);
  const text = line.firstChild;
  const x = (char) => {
    const range = document.createRange();
    const at = text.data.indexOf(char);
    range.setStart(text, at);
    range.setEnd(text, at + 1);
    return range.getBoundingClientRect().left;
  };
  return { a: x("a"), b: x("b"), c: x("c"), d: x("d"), arabic: getComputedStyle(arabic).direction };
})()
"""


def test_right_to_left_text_keeps_to_itself(open_page):
    """A right-to-left override in one part of a line reverses that part only, not the
    titles after it; an Arabic title runs right to left."""
    page = open_page("stage", "warning")
    page.rendered()
    found = page.js(BIDI_CHECK)
    assert found["b"] < found["a"]  # the override reverses its own part ...
    assert found["a"] < found["c"] < found["d"]  # ... and nothing after it
    assert found["arabic"] == "rtl"


SIX = "ar,zh,en,fr,ru,es"


@pytest.mark.parametrize("languages", ["", SIX], ids=["show", "linked"])
@pytest.mark.parametrize(("view", "size"), [("stage", FULL_HD), ("stage", (1024, 768)), ("agenda", PHONE),
                                            ("agenda", FULL_HD), ("booth", FULL_HD)],
                         ids=lambda v: v if isinstance(v, str) else size_name(v))
def test_a_show_in_the_six_un_languages_fits_every_view(open_page, shots, view, size, languages):
    """The stage says its words in the show's six languages, as the projector does ("●
    الوقت المتبقي · 剩余时间 · TIME LEFT · TEMPS RESTANT · …"); the views that list the day in
    its first two, unless the link names more. Either way they shrink or wrap to their
    place: nothing runs off the screen, over the titles, or sideways on a phone."""
    page = open_page(view, "six", size, f"&lang={languages}" if languages else "")
    page.rendered()
    page.screenshot(shots / f"{view}-six-{size_name(size)}{'-linked' if languages else ''}.png")
    words = page.js("document.querySelector('#phase, .phase-word, .phase')?.textContent || ''")
    if view == "stage" or languages:
        assert words.count(" · ") == 5, words  # the phase word in all six
    else:
        assert words.count(" · ") == 1, words  # Arabic and Chinese, the show's first two
    check_layout(page)


@pytest.mark.parametrize("code", ["fr", "es", "ru", "ar"])
def test_each_booth_reads_in_its_own_language(open_page, server, shots, code):
    """The French booth's screen (`booth.html?lang=fr`) says every word in French, from the
    app's own translations: its labels, the date, the phase, and the close at risk in the
    projector's own French words. Nothing is left in English but the titles the agenda
    gives only in English."""
    page = open_page("booth", "long", FULL_HD, f"&lang={code}")
    page.rendered()
    page.screenshot(shots / f"booth-long-{code}.png")
    text = page.text()
    labels, _ = web_words.tables(i18n.i18n_dir())
    for key in ("now", "next", "endOfDay", "later", "projected", "planned", "atRisk"):
        said = labels[key][code].split("{what}")[0]  # "MENACÉ : {what}": the words before the place
        assert said in text, (key, said, text)
    state = server.show
    agenda = state.agenda
    moment = SCENARIOS["long"].at
    shown = board(agenda, project(agenda, list(SCENARIOS["long"].actions), moment), moment)
    assert i18n.say(shown.day_status, code) in text  # "clôture de 18:00 menacée …", as the projector says
    assert words_in(PHASE_STYLES["normal"].word, (code,), "Theme")[0] in text
    wednesday = QLocale(code).dayName(QDate(2024, 3, 13).dayOfWeek())
    assert wednesday.lower() in text.lower(), wednesday
    for english in ("Now", "Next", "End of the day", "projected", "planned", "AT RISK", "TIME LEFT",
                    "at risk", "Wednesday"):
        assert not re.search(rf"\b{english}\b", text), english
    check_layout(page)
    if code == "ar":  # laid out right to left; times and Latin or Chinese names keep their order
        drawn = page.js(RTL_PAGE_CHECK)
        assert drawn["dir"] == "rtl"
        assert drawn["from"] < drawn["to"]  # "18:10–18:15", not "18:15–18:10"
        assert drawn["first"] < drawn["second"]  # "王芳（主持人） · Wang Fang (moderator)"


@pytest.mark.parametrize("view", ["stage", "agenda", "control"])
def test_every_view_reads_in_the_language_its_link_names(open_page, view):
    """A French delegate's phone (`lang=fr`): the fixed words, the phase, what comes next and
    the date in French on every view; no English word of ours is left."""
    page = open_page(view, "warning", PHONE, "&lang=fr")
    page.rendered()
    text = page.text()
    labels, _ = web_words.tables(i18n.i18n_dir())
    assert words_in(PHASE_STYLES["warning"].word, ("fr",), "Theme")[0] in text
    assert labels["next"]["fr"] in text or view == "control"
    for english in ("Now", "Next", "WARNING", "TIME LEFT", "planned", "Starting", "Undo", "Redo", "min late",
                    "in 4 min", "Wednesday"):
        assert not re.search(rf"\b{english}\b", text), (english, text)
    check_layout(page)


RTL_PAGE_CHECK = r"""
(() => {
  const x = (node, at) => {
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + 1);
    return range.getBoundingClientRect().left;
  };
  const time = document.querySelector("#later .time").firstChild;
  const speaker = document.querySelector(".speakers li");
  return { dir: document.documentElement.dir, from: x(time, 0), to: x(time, 6),
           first: x(speaker.firstChild.firstChild, 0), second: x(speaker.lastChild.firstChild, 0) };
})()
"""


def test_the_booth_gives_the_planned_end_only_when_it_moved(open_page):
    """Lunch held to its planned 15:00 (the restart after it is fixed): "ends at 15:00", not
    "ends 15:00 (planned 15:00)"; a panel running late gives both."""
    page = open_page("booth", "lunch", FULL_HD)
    page.rendered()
    text = page.text()
    assert "15:00 结束 · ends at 15:00" in text and "planned 15:00" not in text, text
    page = open_page("booth", "long", FULL_HD)
    page.rendered()
    assert "ends 18:00 (planned 17:30)" in page.text()


def test_the_booth_says_when_what_comes_next_runs_off_the_programme(open_page):
    """An interpreter plans by the programme's times: the booth's next session and the rest
    of the day say the planned start beside the projected one when they differ."""
    page = open_page("booth", "overtime", FULL_HD)
    page.rendered()
    following = page.js("document.getElementById('next').textContent")
    assert "planned 17:30" in following and "35 min late" in following, following
    page = open_page("booth", "waiting", FULL_HD)
    page.rendered()
    assert "planned" not in page.js("document.getElementById('later').textContent")  # on time: nothing


SMALLEST_TEXT_PX = r"""
Math.min(...[...document.querySelectorAll('main *')].filter((el) => el.getClientRects().length
  && [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()))
  .map((el) => parseFloat(getComputedStyle(el).fontSize)))
"""


def test_a_foyer_screen_shows_a_long_day_in_readable_type(open_page, shots):
    """Eighteen sessions in two languages on a 1080p foyer screen: the whole day on the
    screen, and no text under 15 px (it went down to 10.5 px in one column; in two, the
    smallest, the speakers' names, are 15.8 px)."""
    page = open_page("agenda", "long_day", FULL_HD)
    page.rendered()
    page.screenshot(shots / "agenda-long-day-1920x1080.png")
    assert "Mot de la fin" in page.text()  # the day's last session: the whole day is there
    assert page.js("document.documentElement.scrollHeight <= innerHeight + 1")
    assert page.js(SMALLEST_TEXT_PX) >= 15
    check_layout(page)


@pytest.mark.parametrize("view", ["agenda", "booth"])
def test_before_the_first_session_next_names_the_one_after_it(open_page, view):
    """Nothing live at 09:55: the opening is in the Now box ("starts in 5 min"); the Next box
    names panel 1, with its start (it said "starts at 10:00" again, of the opening)."""
    page = open_page(view, "waiting", FULL_HD)
    page.rendered()
    following = page.js("document.getElementById('next').textContent")
    assert "Panel 1: Mutual Understanding" in following and "starts at 10:10" in following, following


@pytest.mark.parametrize("scenario", ["six", "long", "warning"])
def test_a_booth_screen_holds_the_whole_page(open_page, scenario):
    """An interpreter's screen is never scrolled: with six languages, or a long title and
    its speakers, the whole page is on a 1080p screen (it ran 150–200 px below it), in type
    still read from the booth's seat."""
    page = open_page("booth", scenario, FULL_HD)
    page.rendered()
    assert page.js("document.documentElement.scrollHeight <= innerHeight + 1")
    assert page.js(SMALLEST_TEXT_PX) >= 12
    check_layout(page)
