"""The venue overview (ui/venue_overview.py) on a real Mosquitto: three rooms publishing,
each row as its room's chair shows it, sortable; offline rooms marked; bad payloads on our
topics a log line each, never a crash."""

from __future__ import annotations

import json
import logging
import time

import paho.mqtt.client as mqtt
import pytest
from paho.mqtt.enums import CallbackAPIVersion
from PySide6.QtCore import Qt

from runofshow.venue import RoomSummary, StatusMessage, parse_broker_url, status_payload, topic
from tests.venue_helpers import HOST, publish_three_rooms
from ui.venue_overview import (
    COUNTDOWN,
    ESTIMATE_COLOUR,
    ROOM,
    STATUS,
    OverviewWindow,
    RoomsModel,
    VenueFeed,
    open_overview,
)

EVENT = "wipo-2024"


@pytest.fixture
def rooms(qtbot, tmp_path, broker):
    """Rooms A (the opening live), B (running over) and C (waiting); {room: (controller,
    publisher)}."""
    found = publish_three_rooms(tmp_path, broker.url, EVENT)
    yield found
    for _, publisher in found.values():
        publisher.stop()


def row_texts(window) -> dict[str, list[str]]:
    model = window.sorted
    return {model.index(row, ROOM).data(): [model.index(row, column).data() for column in
                                             range(model.columnCount())]
            for row in range(model.rowCount())}


def test_the_overview_shows_every_room_as_its_chair_does(qtbot, broker, rooms):
    window = open_overview(parse_broker_url(broker.url), EVENT, languages=("en",))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: len(row_texts(window)) == 3 and all(
        texts[STATUS].startswith("online") for texts in row_texts(window).values()), timeout=10_000)
    texts = row_texts(window)
    for room, (controller, _) in rooms.items():
        assert texts[room][COUNTDOWN] == controller.board().countdown, room
    assert texts["Room A"][2].startswith("Opening")
    assert texts["Room B"][COUNTDOWN].startswith("+")  # overtime, as its chair shows it
    assert texts["Room C"][2].startswith("next: ")
    # sorted by the countdown: the room most over time first
    window.table.sortByColumn(COUNTDOWN, Qt.SortOrder.AscendingOrder)
    order = [window.sorted.index(row, ROOM).data() for row in range(3)]
    assert order[0] == "Room B"
    # a room that stops says so; the overview marks it at once
    rooms["Room C"][1].stop()
    qtbot.waitUntil(lambda: row_texts(window)["Room C"][STATUS] == "OFFLINE", timeout=10_000)
    window.close()


def test_bad_payloads_on_our_topics_are_a_log_line_each_and_the_overview_goes_on(qtbot, broker, rooms,
                                                                                 caplog):
    window = open_overview(parse_broker_url(broker.url), EVENT)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: len(row_texts(window)) == 3, timeout=10_000)
    prowler = mqtt.Client(CallbackAPIVersion.VERSION2)
    prowler.connect(HOST, broker.port)
    prowler.loop_start()
    bad = [("Bad/state", b"\xff\xfe not json"), ("Bad/state", b"[1, 2]"),
           ("Bad/state", json.dumps({"v": 1, "event": EVENT, "room": "Bad", "epoch": "x"}).encode()),
           ("Bad/status", json.dumps({"v": 1, "event": EVENT, "room": "Other", "online": True,
                                      "at": 0}).encode()),
           ("Bad/status", json.dumps({"v": 1, "event": EVENT, "room": "Bad", "online": "yes",
                                      "at": 0}).encode()),
           ("Room A/state", json.dumps({"v": 99}).encode()),
           ("Room A/state", b"{" * 100_000)]
    with caplog.at_level(logging.WARNING, logger="ui.venue_overview"):
        for name, payload in bad:
            prowler.publish(f"runofshow/v1/{EVENT}/{name}", payload, qos=1).wait_for_publish(5)
        qtbot.waitUntil(lambda: window.feed.bad_payloads == len(bad), timeout=10_000)
    prowler.loop_stop()
    prowler.disconnect()
    lines = [r.getMessage() for r in caplog.records if "bad payload" in r.getMessage()]
    assert len(lines) == len(bad)
    assert all(f"runofshow/v1/{EVENT}/" in line for line in lines)
    assert any("not JSON" in line for line in lines) and any("another room" in line for line in lines)
    # no row for the garbage; the real rooms go on being shown as their chairs show them
    qtbot.wait(1200)
    texts = row_texts(window)
    assert set(texts) == {"Room A", "Room B", "Room C"}
    assert texts["Room A"][COUNTDOWN] == rooms["Room A"][0].board().countdown
    window.close()


@pytest.mark.parametrize("width, height", [(1920, 1080), (1280, 720)])
def test_twenty_rooms_are_all_in_sight_on_a_wall_screen(qtbot, broker, width, height):
    """A production office watches every room: none scrolled out of view, the type as big
    as that allows (benchmarks/venue.py runs twenty)."""
    window = open_overview(parse_broker_url(broker.url), EVENT)
    qtbot.addWidget(window)
    window.resize(width, height)
    sender = mqtt.Client(CallbackAPIVersion.VERSION2)
    sender.connect(HOST, broker.port)
    sender.loop_start()
    names = [f"Room {number:02d}" for number in range(1, 21)]
    for name in names:
        sender.publish(topic(EVENT, name, "status"), status_payload(EVENT, name, True, time.time()),
                       qos=1, retain=True).wait_for_publish(5)
    qtbot.waitUntil(lambda: len(row_texts(window)) == 20, timeout=10_000)
    sender.loop_stop()
    sender.disconnect()
    qtbot.wait(50)  # the layout after the last row
    viewport = window.table.viewport().rect()
    for row in range(20):
        place = window.table.visualRect(window.sorted.index(row, ROOM))
        assert viewport.contains(place), (row, place, viewport)
    type_px = window.table.font().pixelSize()
    assert type_px >= height // 45, type_px  # 24 px on 1080 lines: read from across the office
    assert window.table.verticalScrollBar().maximum() == 0
    window.close()


def test_a_tick_repaints_only_the_rooms_whose_second_turned(qtbot):
    """Each room's seconds turn at their own moment: a tick repaints those rows, not the
    whole wall screen twenty times a second."""
    model = RoomsModel()
    wall = [1000.0]
    model.now = lambda: wall[0]

    def summary(room: str, show: float) -> RoomSummary:
        return RoomSummary(event=EVENT, room=room, epoch=1, seq=0, mode="live", session="s", title="S",
                           due_s=1300, late_by_s=0, day_status="on time", anchor=None, wall=1000.0,
                           show=show, speed=1.0, rehearsal=False)

    model.take_state(summary("Room A", 0.2))  # its second turns at wall 1000.8
    model.take_state(summary("Room B", 0.7))  # at 1000.3
    repainted: list[int] = []
    model.dataChanged.connect(lambda first, last: repainted.extend(range(first.row(), last.row() + 1)))
    model.tick()
    assert sorted(repainted) == [0, 1]  # the first tick paints every row
    repainted.clear()
    wall[0] = 1000.5  # B's second has turned, A's not yet
    model.tick()
    assert repainted == [1]
    assert model.countdown("Room B")[1] == 1300 - 1
    repainted.clear()
    wall[0] = 1000.6
    model.tick()
    assert repainted == []
    wall[0] = 1000.9
    model.tick()
    assert repainted == [0]


def test_a_room_not_heard_from_shows_its_countdown_as_an_estimate(qtbot):
    """An offline or silent room's countdown is still worked out from its last state (its PC
    may still run the room), but marked so nobody reads it as live: "≈" before it, grey, and
    when it was last heard from; the live room next to it is unmarked."""
    window = OverviewWindow(VenueFeed(parse_broker_url("mqtt://127.0.0.1:1"), EVENT))  # never started
    qtbot.addWidget(window)
    model = window.model
    wall, steady = [1000.0], [50.0]
    model.now, model.monotonic = (lambda: wall[0]), (lambda: steady[0])
    for room in ("Room A", "Room B"):
        model.take_state(RoomSummary(event=EVENT, room=room, epoch=1, seq=0, mode="live", session="s",
                                     title="S", due_s=300, late_by_s=0, day_status="on time",
                                     anchor=None, wall=1000.0, show=0.0, speed=1.0, rehearsal=False))
        model.take_status(StatusMessage(event=EVENT, room=room, online=True, at=1000.0, epoch=1))

    def cell(room: str, column: int, role=Qt.ItemDataRole.DisplayRole):
        return model.index(model.rooms.index(room), column).data(role)

    assert cell("Room B", COUNTDOWN) == "5:00"
    assert cell("Room B", COUNTDOWN, Qt.ItemDataRole.ToolTipRole) is None
    model.take_status(StatusMessage(event=EVENT, room="Room B", online=False, at=1010.0, epoch=1))
    wall[0], steady[0] = 1030.0, 80.0  # Room A keeps sending: heard from again just now
    model.take_state(RoomSummary(event=EVENT, room="Room A", epoch=1, seq=1, mode="live", session="s",
                                 title="S", due_s=300, late_by_s=0, day_status="on time", anchor=None,
                                 wall=1030.0, show=30.0, speed=1.0, rehearsal=False))
    assert cell("Room B", STATUS) == "OFFLINE"
    assert cell("Room B", COUNTDOWN) == "≈4:30"  # still worked out from the wall clock
    assert cell("Room B", COUNTDOWN, Qt.ItemDataRole.ForegroundRole) == ESTIMATE_COLOUR
    heard = time.strftime("%H:%M:%S", time.localtime(1000.0))
    assert heard in cell("Room B", COUNTDOWN, Qt.ItemDataRole.ToolTipRole)
    assert cell("Room A", COUNTDOWN) == "4:30"
    assert cell("Room A", COUNTDOWN, Qt.ItemDataRole.ForegroundRole) is None
    steady[0] = 86.0  # Room A silent for 6 s, online by its last word: no news, an estimate too
    assert cell("Room A", STATUS) == "no news"
    assert cell("Room A", COUNTDOWN) == "≈4:30"
