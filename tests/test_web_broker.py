"""The web views fed by the venue's broker (docs/venue.md, "Web views through the broker"):
headless Chromium opens `agenda.html` / `booth.html` with `?broker=ws://…&event=…&room=…`
against a real Mosquitto with a websockets listener; the page's own MQTT client
(assets/web/js/mqtt.js) subscribes to the room's retained state, which a real publisher
(ui/venue_publisher.py) or the test puts there. The page shows the room as its chair does,
works its countdown out from the wall clock as the console's overview does, says when the
room's PC goes offline, and shows no change for a payload that is not ours.

The pages' files come from a plain static server (the same as tests/test_web_views.py's):
any web server of the venue may serve them, the room's PC need not.
"""

from __future__ import annotations

import json
import time
from urllib.parse import quote

import paho.mqtt.client as mqtt
import pytest
from paho.mqtt.enums import CallbackAPIVersion

from runofshow.remote import state_json
from runofshow.venue import parse_broker_url, state_payload, status_payload
from tests import test_web_views as views
from tests.conftest import zurich_s
from tests.qt_helpers import frozen_controller
from tests.test_web_views import FULL_HD, PHONE, Page, check_layout, close_without_script_errors, not_blank
from tests.venue_helpers import HOST, Broker
from ui.venue_publisher import VenuePublisher

# Chromium and the static server of the views' own tests (module-scoped fixtures)
loop, server, chromium, browser, shots = views.loop, views.server, views.chromium, views.browser, views.shots
EVENT, ROOM = "wipo-2024", "Room A"
STATUS = "document.getElementById('conn').dataset.status"
COUNTDOWN = "document.querySelector('#now .countdown').textContent"
WALL = "document.getElementById('wall').textContent"


@pytest.fixture
def broker(tmp_path):
    found = Broker(tmp_path / "broker", websockets=True).start()
    yield found
    found.stop()


@pytest.fixture
def open_view(browser, server, broker):
    """open_view(view, size, **query) -> Page pointed at the broker; closed afterwards, and
    no script error on any of them."""
    pages = []

    def opening(view: str, size=FULL_HD, room: str | None = ROOM, **query) -> Page:
        params = {"broker": f"ws://{HOST}:{broker.ws_port}", "event": EVENT, **query}
        if room is not None:
            params["room"] = room
        link = "&".join(f"{key}={quote(value)}" for key, value in params.items())
        page = Page(browser, f"http://127.0.0.1:{server.port}/views/{view}.html?{link}", size)
        pages.append(page)
        return page

    yield opening
    close_without_script_errors(pages)


@pytest.fixture
def room(qtbot, tmp_path, broker):
    """Room A with the opening live since 10:00, at 10:03 (a frozen clock), published."""
    controller, clock = frozen_controller(tmp_path, at=zurich_s(13, "10:00"))
    assert controller.start("d1-opening")
    clock.jump_to(zurich_s(13, "10:03"))
    controller.tick()
    publisher = VenuePublisher(parse_broker_url(broker.url), EVENT, ROOM)
    publisher.start()
    publisher.follow(controller)
    yield controller, clock, publisher
    publisher.stop()


def front(page: Page) -> Page:
    """Bring the page's tab to the front: a tab behind another gets no animation frames."""
    page.browser.call("Target.activateTarget", {"targetId": page.target})
    return page


def wait_js(qtbot, page: Page, expression: str, timeout_s: float = 20) -> None:
    """Until `expression` is true in the page, the Qt thread processing events meanwhile
    (the room's show lives there)."""
    qtbot.waitUntil(lambda: bool(page.js(expression)), timeout=int(timeout_s * 1000))


def test_the_foyer_and_the_booth_show_a_room_from_the_broker(qtbot, room, open_view, shots):
    controller, _, publisher = room
    foyer = open_view("agenda")
    booth = open_view("booth")
    for page in (foyer, booth):
        wait_js(qtbot, page, f"{STATUS} === 'live'")
        front(page).rendered()
        text = page.text()
        assert "开幕" in text and "Opening" in text, text
        assert "Room" not in page.js("document.getElementById('conn').textContent")
    wait_js(qtbot, foyer, f"{COUNTDOWN} === {json.dumps(controller.board().countdown)}")
    for page, name in ((foyer, "agenda"), (booth, "booth")):
        front(page).rendered()
        check_layout(page)
        not_blank(page.screenshot(shots / f"{name}-broker-1920x1080.png"))
    # an action on the room reaches the screens through the broker
    assert controller.extend(5)
    wait_js(qtbot, foyer, f"{COUNTDOWN} === {json.dumps(controller.board().countdown)}")
    # the room's PC stops: the last state stays, and the page says the room is offline
    publisher.stop()
    for page in (foyer, booth):
        wait_js(qtbot, page, f"{STATUS} === 'offline'")
        assert "offline" in page.js("document.getElementById('conn').textContent")
        assert "Opening" in page.text()
    front(booth).rendered("offline")
    not_blank(booth.screenshot(shots / "booth-broker-offline-1920x1080.png"))


class Prowler:
    """Anyone on the venue's network: publishes what it likes on our topics, retained."""

    def __init__(self, broker: Broker):
        self.client = mqtt.Client(CallbackAPIVersion.VERSION2)
        self.client.connect(HOST, broker.port)
        self.client.loop_start()

    def put(self, kind: str, payload: bytes, room: str = ROOM) -> None:
        name = f"runofshow/v1/{EVENT}/{room}/{kind}"
        self.client.publish(name, payload, qos=1, retain=True).wait_for_publish(5)

    def close(self) -> None:
        self.client.loop_stop()
        self.client.disconnect()


def a_state(controller, wall: float, show: float, speed: float, seq: int = 1) -> bytes:
    state = state_json(controller.agenda, controller.projection(), controller.board(), controller.display,
                       controller.now_s(), rehearsal=False, speed=speed)
    return state_payload(EVENT, ROOM, 1, seq, state, wall, show, speed)


def test_the_countdown_comes_from_the_wall_clock_and_bad_payloads_change_nothing(qtbot, tmp_path, broker,
                                                                                 open_view):
    """A state taken 10.3 s ago on a clock that runs: the page counts those seconds off,
    as the overview does (not the state's own "10:00" text). Then garbage, retained, on
    the room's topics: the page shows no change, no error, and goes on with the next
    good state."""
    controller, clock = frozen_controller(tmp_path / "hand", at=zurich_s(13, "10:00"))
    assert controller.start("d1-opening")
    remaining = controller.board().remaining_s
    prowler = Prowler(broker)
    try:
        prowler.put("status", status_payload(EVENT, ROOM, True, time.time(), 1))
        prowler.put("state", a_state(controller, time.time() - 10.3, clock.precise_s(), 1.0))
        page = open_view("agenda")
        wait_js(qtbot, page, f"{STATUS} === 'live'")
        shown = page.js(COUNTDOWN)
        minutes, seconds = divmod(remaining - 10, 60)
        later = divmod(remaining - 11, 60)
        assert shown in (f"{minutes}:{seconds:02}", f"{later[0]}:{later[1]:02}"), shown
        assert controller.board().countdown != shown  # not the state's own text
        # the countdown keeps going, from the wall clock, with no new state
        wait_js(qtbot, page, f"{COUNTDOWN} === '{later[0]}:{later[1]:02}'", timeout_s=3)
        page.rendered()
        before = page.js("document.getElementById('main').innerText")
        good = json.loads(a_state(controller, time.time(), clock.precise_s(), 0.0))
        odd = {"template": "{late} late", "values": {"late": ["4 min"]}}  # not the core's words ("null late")
        odd_board = {**good["state"]["board"], "words": {"day_status": odd}}
        bad = [json.dumps({**good, "state": {**good["state"], "board": odd_board}}).encode(),
               b"\xff\xfe not json", b"[1, 2]", b"{" * 100_000, json.dumps({"v": 99}).encode(),
               json.dumps({**good, "room": "Room B"}).encode(),
               json.dumps({**good, "clock": {"wall": "soon", "show": 1, "speed": 1}}).encode(),
               json.dumps({**good, "state": {**good["state"], "board": {"mode": "party"}}}).encode(),
               json.dumps({**good, "state": {**good["state"], "day": {"sessions": [7], "breaches": []}}}
                          ).encode()]
        for payload in bad:
            prowler.put("state", payload)
        prowler.put("status", b"online!")
        prowler.put("state", b"x" * 3_000_000, room="Other")  # another room's, too big: not even read
        time.sleep(1.5)
        assert page.js(STATUS) == "stale" or page.js(STATUS) == "live"
        after = page.js("document.getElementById('main').innerText")
        # no change but the countdown's seconds (still counting from the last good state)
        assert before.split("\n")[:3] == after.split("\n")[:3]
        assert "Opening" in after and "null" not in after
        # the next good state is shown at once: a frozen clock, 5 minutes more
        assert controller.extend(5)
        prowler.put("state", a_state(controller, time.time(), clock.precise_s(), 0.0, seq=2))
        wait_js(qtbot, page, f"{COUNTDOWN} === {json.dumps(controller.board().countdown)}")
        wait_js(qtbot, page, f"{STATUS} === 'live'")
    finally:
        prowler.close()


def test_a_device_whose_clock_is_off_counts_down_with_the_room(qtbot, tmp_path, broker, open_view):
    """A venue without a time server: the room's PC runs 7 minutes behind this device. Once
    a few live states have come, the page counts from the room's clock moved onto its own
    (the booth, the foyer and the stage said 37:03 left where the room said 29:50)."""
    controller, clock = frozen_controller(tmp_path / "hand", at=zurich_s(13, "10:00"))
    assert controller.start("d1-opening")
    clock.set_speed(1.0)
    remaining = controller.board().remaining_s
    prowler = Prowler(broker)
    try:
        prowler.put("status", status_payload(EVENT, ROOM, True, time.time() - 420, 1))
        page = open_view("agenda")
        for seq in range(1, 5):  # live states, a second apart, taken on the room's slow clock
            prowler.put("state", a_state(controller, time.time() - 420, clock.precise_s(), 1.0, seq=seq))
            time.sleep(0.4)
        wait_js(qtbot, page, f"{STATUS} === 'live'")
        minutes = int(page.js(COUNTDOWN).split(":")[0])
        assert minutes >= (remaining - 60) // 60, (page.js(COUNTDOWN), remaining)  # not 7 min less
    finally:
        prowler.close()


def test_the_header_clock_goes_on_with_the_rooms_clock_when_the_states_stop(qtbot, tmp_path, broker,
                                                                           open_view):
    """The room's PC runs 7 minutes behind this device, and stops publishing at 10:00:56:
    the header's time of day goes on from the room's show clock moved onto this device's,
    as the countdown does (10:01 a few seconds later, never this device's 10:08), while the
    banner says there has been no update."""
    controller, clock = frozen_controller(tmp_path / "hand", at=zurich_s(13, "10:00") + 55)
    assert controller.start("d1-opening")
    clock.set_speed(1.0)
    prowler = Prowler(broker)
    try:
        prowler.put("status", status_payload(EVENT, ROOM, True, time.time() - 420, 1))
        page = open_view("booth")
        for seq in range(1, 5):  # live states, taken on the room's slow clock
            prowler.put("state", a_state(controller, time.time() - 420, clock.precise_s(), 1.0, seq=seq))
            time.sleep(0.25)
        wait_js(qtbot, page, f"{STATUS} === 'live' && {WALL} === '10:00'", timeout_s=5)
        wait_js(qtbot, page, f"{STATUS} === 'stale'")
        wait_js(qtbot, page, f"{WALL} === '10:01'", timeout_s=10)
        assert page.js(STATUS) == "stale"
    finally:
        prowler.close()


def test_a_link_that_cannot_work_says_why(qtbot, broker, open_view):
    control = open_view("control", PHONE)
    incomplete = open_view("agenda", room=None)
    wait_js(qtbot, control, f"{STATUS} === 'badlink'")
    assert "only with the room's computer" in control.js("document.getElementById('conn').textContent")
    wait_js(qtbot, incomplete, f"{STATUS} === 'badlink'")
    assert "room=ROOM" in incomplete.js("document.getElementById('conn').textContent")
