"""The venue overview as a web view (assets/web/venue.html, docs/venue.md): served by the
app's own remote server (ui/server.py, under /views/, no token), fed by a real Mosquitto's
WebSocket listener. Rooms published by real publishers (ui/venue_publisher.py) and by hand:
each row as its room's chair shows it, offline and late rooms marked, sortable; on a
1080p wall screen every text at 7:1 or more, nothing clipped without a tooltip, the
countdown's digits measured on Chromium's screenshot, twenty rooms on one screen; in the
link's languages (`lang=fr`, `lang=fr,en`), right to left in Arabic."""

from __future__ import annotations

import json
import re
import time

import pytest

from runofshow.board import board
from runofshow.projection import project
from runofshow.venue import state_payload, status_payload
from tests import test_web_views as views
from tests.test_web_broker import Prowler, front, wait_js
from tests.test_web_views import FULL_HD, SCENARIOS, WEB, FakeShow, Page, check_layout, ink_rows, not_blank
from tests.venue_helpers import HOST, Broker, publish_three_rooms
from ui import i18n, web_words

loop, chromium, browser, shots, server = views.loop, views.chromium, views.browser, views.shots, views.server
EVENT = "wipo-2024"
ROWS = "[...document.querySelectorAll('#room-rows tr')]"
STATUS = "document.getElementById('conn').dataset.status"
TEXTS = f"{ROWS}.map(r => [...r.children].map(c => c.textContent))"


@pytest.fixture
def broker(tmp_path):
    found = Broker(tmp_path / "broker", websockets=True).start()
    yield found
    found.stop()


@pytest.fixture
def served(qtbot, tmp_path, monkeypatch):
    """The app's remote server serving assets/web/ on loopback (a show of its own)."""
    from tests.remote_helpers import serve

    found = serve(qtbot, tmp_path / "served", monkeypatch, static_dir=WEB)
    yield found
    found.server.stop(wait=True)
    found.clients.close()


@pytest.fixture
def rooms(qtbot, tmp_path, broker):
    """Rooms A (the opening live), B (25 minutes over), C (waiting) published by the app's
    publisher on frozen clocks; {room: controller}."""
    found = publish_three_rooms(tmp_path, broker.url, EVENT)
    yield {room: controller for room, (controller, _) in found.items()}
    for _, publisher in found.values():
        publisher.stop()


def overview(browser, served, broker, **query) -> Page:
    link = "&".join(f"{key}={value}" for key, value in
                    {"broker": f"ws://{HOST}:{broker.ws_port}", "event": EVENT, **query}.items())
    return Page(browser, f"{served.base}/views/venue.html?{link}", FULL_HD)


def put_room(prowler: Prowler, fake: FakeShow, room: str, scenario: str, online: bool = True) -> None:
    """A room as the scenario of the views' tests shows it, published by hand."""
    state = fake.state(scenario)
    state.pop("style")
    prowler.put("state", state_payload(EVENT, room, 1, 3, state, time.time(), state["now_s"], 0.0), room=room)
    prowler.put("status", status_payload(EVENT, room, online, time.time(), 1), room=room)


def test_the_overview_page_shows_every_room_from_the_broker(qtbot, tmp_path, broker, served, rooms, browser,
                                                            shots):
    prowler = Prowler(broker)
    fake = FakeShow(tmp_path)
    put_room(prowler, fake, "Room D", "long")  # panel 3 running long: 18:00 at risk
    put_room(prowler, fake, "Room E", "lunch", online=False)  # its PC gone
    page = front(overview(browser, served, broker))
    try:
        wait_js(qtbot, page, f"{ROWS}.length === 5 && {STATUS} === 'live'")
        wait_js(qtbot, page, f"{TEXTS}[4][1] === 'OFFLINE'")  # the statuses come after the states
        texts = {row[0]: row for row in page.js(TEXTS)}
        assert list(texts) == ["Room A", "Room B", "Room C", "Room D", "Room E"]  # by name
        for room, controller in rooms.items():
            assert texts[room][3] == controller.board().countdown, room
        assert texts["Room A"][1] == "online · rehearsal" and texts["Room A"][2] == "Opening"
        assert texts["Room B"][3].startswith("+")
        assert texts["Room C"][2].startswith("next: Opening")
        assert "at risk" in texts["Room D"][4] and "18:00 (End of Day 1) by" in texts["Room D"][5]  # by title
        assert texts["Room E"][1] == "OFFLINE"
        # its countdown is still worked out, but marked as an estimate, not live
        assert texts["Room E"][3].startswith("≈") and not texts["Room D"][3].startswith("≈")
        flags = page.js(f"{ROWS}.map(r => [...r.children].map(c => c.dataset.flag || ''))")
        assert flags[1][3] == "overtime" and flags[3][5] == "late" and flags[4][1] == "offline"
        assert flags[4][3] == "estimate" and flags[3][3] == ""
        # sorted by the countdown: the room most over time first, as in the console
        page.js("document.querySelector('th[data-sort=countdown] button').click()")
        wait_js(qtbot, page, f"{TEXTS}[0][0] === 'Room B'")
        page.js("document.querySelector('th[data-sort=room] button').click()")
        wait_js(qtbot, page, f"{TEXTS}[0][0] === 'Room A'")
        page.rendered()
        found = check_layout(page)  # 7:1 for every text, nothing clipped without its tooltip
        assert any(t["text"] == "OFFLINE" for t in found)
        image = page.screenshot(shots / "venue-overview-1920x1080.png")
        not_blank(image)
        # the countdown's digits, measured on the screenshot: read from across the office
        box = page.js(f"JSON.parse(JSON.stringify({ROWS}[0].children[3].getBoundingClientRect()))")
        top, bottom = ink_rows(image, box, "#FFFFFF")
        assert bottom - top + 1 >= 30, (top, bottom)  # ≥ 2.8 % of the screen's height
        assert page.js("document.documentElement.scrollHeight <= innerHeight")
        # a room's PC stops: its row says so at once
        assert rooms["Room C"].board().mode.value == "waiting"
        prowler.put("status", status_payload(EVENT, "Room C", False, time.time(), 1), room="Room C")
        wait_js(qtbot, page, f"{TEXTS}[2][1] === 'OFFLINE'")
    finally:
        page.close()
        prowler.close()
    assert not page.errors, page.errors


def test_twenty_rooms_fit_one_wall_screen(qtbot, tmp_path, broker, served, browser, shots):
    prowler = Prowler(broker)
    fake = FakeShow(tmp_path)
    scenarios = ["warning", "danger", "lunch", "long", "overtime", "waiting", "early", "done", "message"]
    for number in range(20):
        put_room(prowler, fake, f"Room {number + 1:02}", scenarios[number % len(scenarios)],
                 online=number != 7)
    page = front(overview(browser, served, broker, sort="countdown"))
    try:
        wait_js(qtbot, page, f"{ROWS}.length === 20")
        page.rendered()
        check_layout(page)
        assert page.js("document.documentElement.scrollHeight <= innerHeight")
        size = page.js("parseFloat(getComputedStyle(document.querySelector('td.cell-room')).fontSize)")
        assert size >= 20, size  # a room's name still readable from a few metres
        texts = page.js(TEXTS)
        assert texts[0][3].startswith("+")  # the most over time first
        not_blank(page.screenshot(shots / "venue-overview-20-rooms-1920x1080.png"))
        print(json.dumps(texts[:3]))
    finally:
        page.close()
        prowler.close()
    assert not page.errors, page.errors


# the rooms of the languages' test: names in no language, so that any English is the page's
LANGUAGE_ROOMS = {"Alpha": ("lunch", True), "Beta": ("overtime", True), "Gamma": ("waiting", True),
                  "Delta": ("done", True), "Epsilon": ("warning", False)}
ENGLISH = ("Every room", "Room", "Status", "Live session", "Countdown", "Day", "Next anchor", "online",
           "OFFLINE", "no news", "next", "rehearsal", "event", "rooms", "Programme complete", "by", "late")
# the bidi controls a page sets a text apart with (words.js isolate): not words
CONTROLS = re.compile("[\u2066-\u2069\u200e\u200f]")
# where each character of a text is drawn (x of its left edge), to see the order it reads in
CHARACTER_X = r"""
((selector) => {
  const node = document.querySelector(selector).firstChild;
  return [...node.textContent].map((_, at) => {  // (one UTF-16 unit each: no emoji in these)
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + 1);
    return range.getBoundingClientRect().left;
  });
})
"""


@pytest.mark.parametrize("lang", ["fr", "ar", "fr,en"])
def test_the_overview_speaks_the_links_languages(qtbot, tmp_path, broker, server, browser, shots, lang):
    """`venue.html?lang=fr` says every word of its own in French, from the app's translations:
    the title, the columns, each room's status, "next: …", how the day stands and the anchor
    at risk in the projector's own French (it was English whatever the link said); `lang=fr,en`
    says both, French first; `lang=ar` is laid out right to left, its countdowns and times
    still in order. Only the agenda's titles keep their own languages."""
    prowler = Prowler(broker)
    fake = FakeShow(tmp_path)
    for room, (scenario, online) in LANGUAGE_ROOMS.items():
        put_room(prowler, fake, room, scenario, online=online)
    link = f"broker=ws://{HOST}:{broker.ws_port}&event={EVENT}&lang={lang}"
    page = front(Page(browser, f"http://127.0.0.1:{server.port}/views/venue.html?{link}", FULL_HD))
    codes = lang.split(",")
    labels, _ = web_words.tables(i18n.i18n_dir())

    def said(key: str) -> str:
        return " · ".join(dict.fromkeys(labels[key][code] for code in codes))

    try:
        wait_js(qtbot, page, f"{ROWS}.length === 5 && {STATUS} === 'live'")
        wait_js(qtbot, page, f"{TEXTS}[3][1].includes({json.dumps(said('offline'))})")  # Epsilon's
        page.rendered()
        name = lang.replace(",", "-")
        not_blank(page.screenshot(shots / f"venue-overview-{name}-1920x1080.png"))
        assert page.js("document.documentElement.lang") == codes[0]
        texts = {row[0]: [CONTROLS.sub("", text) for text in row] for row in page.js(TEXTS)}
        headings = page.js("[...document.querySelectorAll('th button')].map(b => b.textContent)")
        headings = [CONTROLS.sub("", text) for text in headings]
        assert headings == [said(key) for key in ("room", "status", "liveSession", "countdown", "dayColumn",
                                                  "nextAnchor")]
        assert CONTROLS.sub("", page.js("document.querySelector('h1').textContent")) == said("venueTitle")
        assert texts["Alpha"][1] == said("onlineRehearsal") and texts["Epsilon"][1] == said("offline")
        assert texts["Delta"][2] == said("done")
        assert texts["Gamma"][2].startswith(labels["nextTitle"][codes[0]].split("{")[0])
        # how the day stands and the anchor at risk: the core's own words, as the projector says them
        moment = SCENARIOS["overtime"].at
        agenda = fake.agenda
        shown = board(agenda, project(agenda, list(SCENARIOS["overtime"].actions), moment), moment)
        assert i18n.say(shown.day_status, codes[0]) in texts["Beta"][4]
        closing = "End of Day 1" if "en" in codes else "第1天结束"  # the session by title, never its id
        anchor = labels["anchorBy"][codes[0]].format(time="18:00", session=closing, late="")
        assert texts["Beta"][5].startswith(anchor.rstrip()), texts["Beta"][5]
        main = page.js("document.getElementById('main').innerText")
        if "en" not in codes:
            for english in ENGLISH:
                assert not re.search(rf"\b{english}\b", main), (english, main)
        check_layout(page)
        if lang == "ar":  # right to left: the room's name on the right; "+35:00" and "18:00" in order
            assert page.js("document.documentElement.dir") == "rtl"
            lefts = page.js("[...document.querySelectorAll('th')].map(th => th.getBoundingClientRect().left)")
            assert lefts == sorted(lefts, reverse=True), lefts
            countdown = page.js(f"({CHARACTER_X})('#room-rows tr:nth-child(2) .cell-countdown .clamped')")
            assert texts["Beta"][3].startswith("+") and countdown == sorted(countdown), countdown
            anchor_x = page.js(f"({CHARACTER_X})('#room-rows tr:nth-child(2) .cell-anchor .clamped')")
            at = page.js(f"{ROWS}[1].children[5].textContent").index("18:00")
            assert anchor_x[at:at + 5] == sorted(anchor_x[at:at + 5]), anchor_x
    finally:
        page.close()
        prowler.close()
    assert not page.errors, page.errors
