"""A standby's follower given the room's messages as paho would hand them over, without a
broker (the broker's part is tested in test_venue.py and test_standby_reload.py)."""

from __future__ import annotations

import json
import time

import pytest

from runofshow.loader import load_agenda, load_agenda_text
from runofshow.show import Show
from runofshow.standby import copy_header, start_copy
from runofshow.venue import (
    RESEND_MAX,
    BrokerAddress,
    action_payload,
    agenda_hash,
    agenda_payload,
    state_payload,
)
from tests.conftest import WIPO
from ui.controller import ShowController
from ui.venue_follower import VenueFollower

EVENT, ROOM, EPOCH = "wipo", "Room A", 1717400000000
AT = "2024-03-13T10:00:00+01:00"


@pytest.fixture
def follower(qtbot, tmp_path):
    path = tmp_path / "copy.jsonl"
    start_copy(path, copy_header(str(WIPO), EPOCH, EVENT, ROOM))
    show = Show.open(load_agenda(WIPO), WIPO, rehearse=True, journal_file_path=path)
    controller = ShowController(show)
    sha = agenda_hash(WIPO.read_text(encoding="utf-8"))
    follower = VenueFollower(BrokerAddress("127.0.0.1", 1), EVENT, ROOM, EPOCH, agenda=(sha, 0))
    follower.open_agenda = lambda message: load_agenda_text(message.text, message.name)
    follower.follow(controller, EPOCH)
    yield follower, show
    follower.close()
    show.close()


def arrive(follower: VenueFollower, kind: str, payload: bytes) -> None:
    """A message as paho hands it over (QoS 0 here: nothing to acknowledge to a broker)."""
    follower._take(follower.topics[kind], payload, 0, 0)


def test_two_reloads_arriving_together_each_wait_for_their_own_agenda(follower, qtbot):
    """A standby catching up gets two reloads in one batch while the broker has told it only
    the first one's agenda: the entries up to the second reload are written on the first
    agenda, and the rest wait for the second's (before, they were all checked against the
    first, and the copy stopped at an entry that only the second agenda fits)."""
    follower, show = follower
    text = WIPO.read_text(encoding="utf-8")
    first = text.replace("id: d1-panel-1\n", "id: d1-panel-one\n")
    second = first.replace("id: d1-fireside\n", "id: d1-fireside-chat\n")
    entries = [{"op": "do", "at": AT, "do": "start", "session": "d1-opening"},
               {"op": "do", "at": AT, "do": "extend", "minutes": 5},
               {"op": "reload", "at": AT, "agenda": "first.yaml", "dropped": []},
               {"op": "do", "at": AT, "do": "skip", "session": "d1-panel-one"},
               {"op": "reload", "at": AT, "agenda": "second.yaml", "dropped": []},
               {"op": "do", "at": AT, "do": "skip", "session": "d1-fireside-chat"}]  # the second's only
    for seq, entry in enumerate(entries, 1):
        arrive(follower, "actions", action_payload(EVENT, ROOM, EPOCH, seq, entry))
    arrive(follower, "agenda", agenda_payload(EVENT, ROOM, EPOCH, "first.yaml", first, "2024-03-13", seq=3))
    qtbot.waitUntil(lambda: show.journal.entries == 4, timeout=2000)
    qtbot.wait(50)
    assert show.journal.entries == 4  # the second reload waits for its agenda
    assert follower.agenda_sha == agenda_hash(first)

    arrive(follower, "agenda", agenda_payload(EVENT, ROOM, EPOCH, "second.yaml", second, "2024-03-13", seq=5))
    qtbot.waitUntil(lambda: show.journal.entries == 6, timeout=2000)
    assert follower.agenda_sha == agenda_hash(second)
    assert show.projection().session("d1-fireside-chat").state == "skipped"


def test_a_reload_whose_agenda_the_broker_no_longer_keeps_is_taken_unchecked(follower, qtbot):
    """The broker keeps only a room's newest agenda: a standby that missed two reloads takes
    the entries between them unchecked, and checks again from the newest reload on
    (docs/venue.md, "Not yet")."""
    follower, show = follower
    text = WIPO.read_text(encoding="utf-8")
    first = text.replace("id: d1-panel-1\n", "id: d1-panel-one\n")
    second = first.replace("id: d1-fireside\n", "id: d1-fireside-chat\n")
    entries = [{"op": "reload", "at": AT, "agenda": "first.yaml", "dropped": []},
               {"op": "do", "at": AT, "do": "skip", "session": "d1-panel-one"},  # the first's only
               {"op": "reload", "at": AT, "agenda": "second.yaml", "dropped": []},
               {"op": "do", "at": AT, "do": "skip", "session": "d1-fireside-chat"}]
    for seq, entry in enumerate(entries, 1):
        arrive(follower, "actions", action_payload(EVENT, ROOM, EPOCH, seq, entry))
    arrive(follower, "agenda", agenda_payload(EVENT, ROOM, EPOCH, "second.yaml", second, "2024-03-13", seq=3))
    qtbot.waitUntil(lambda: show.journal.entries == 4, timeout=2000)
    assert follower.agenda_sha == agenda_hash(second)
    assert show.projection().session("d1-fireside-chat").state == "skipped"


def test_reading_a_room_whose_pc_just_started_waits_for_its_state(broker):
    """A room with an agenda on the broker but no state yet (its PC has just started) is
    read once its first state arrives: a standby started without it caught up with a long
    journal 20 entries at a time. A room with nothing on the broker is read at once."""
    import threading
    import time

    from runofshow.venue import parse_broker_url, state_payload, topic
    from ui import venue_client
    from ui.venue_follower import fetch_room

    address = parse_broker_url(broker.url)
    started = time.monotonic()
    assert fetch_room(address, EVENT, "Room B", timeout_s=10).agenda is None  # nothing kept
    assert time.monotonic() - started < 5
    publisher = venue_client.make_client(address, "test-room-pc")
    venue_client.start(publisher, address)
    deadline = time.monotonic() + 10
    while not publisher.is_connected() and time.monotonic() < deadline:
        time.sleep(0.01)
    text = WIPO.read_text(encoding="utf-8")
    publisher.publish(topic(EVENT, ROOM, "agenda"),
                      agenda_payload(EVENT, ROOM, EPOCH, "wipo.yaml", text, "2024-03-13"), qos=1,
                      retain=True).wait_for_publish(5)
    board = {"mode": "waiting", "remaining_s": 60, "late_by_s": 0, "day_status": "on time"}
    state = state_payload(EVENT, ROOM, EPOCH, 4000, {"now_s": 0, "board": board}, time.time(), 0.0, 1.0)
    later = threading.Timer(1.0, lambda: publisher.publish(topic(EVENT, ROOM, "state"), state, qos=1,
                                                           retain=True))
    later.start()
    try:
        found = fetch_room(address, EVENT, ROOM, timeout_s=10)
    finally:
        later.join()
        publisher.disconnect()
        publisher.loop_stop()
    assert found.agenda is not None and found.state is not None and found.state.summary.seq == 4000


def test_a_full_batch_of_resent_entries_asks_for_the_next_before_the_room_s_state_is_known(
        follower, qtbot):
    """A standby that has not yet had the room's state (known_seq unknown) asked for entries
    from the first; the room sends at most RESEND_MAX at a time. A whole batch arrived: there
    may be more, so the next batch is asked for at once (before, the standby waited for a
    state and then asked every few seconds: a long journal took minutes to catch up)."""
    follower, show = follower
    asked: list[int] = []
    follower._client.publish = lambda name, payload, qos=0: asked.append(
        json.loads(payload)["from"]) if name == follower.topics["resend"] else None
    follower._ask_again(EPOCH, 1)
    assert asked == [1] and follower.known_seq == 0
    entries = [{"op": "do", "at": AT, "do": "start", "session": "d1-opening"}]
    entries += [{"op": "do", "at": AT, "do": "extend", "minutes": 1 if seq % 2 else -1}
                for seq in range(2, RESEND_MAX + 1)]
    for seq, entry in enumerate(entries, 1):
        arrive(follower, "actions", action_payload(EVENT, ROOM, EPOCH, seq, entry))
    qtbot.waitUntil(lambda: show.journal.entries == RESEND_MAX, timeout=5000)
    assert asked == [1, RESEND_MAX + 1]
    # a batch that was not whole was the last: nothing more is asked for
    for seq in range(RESEND_MAX + 1, RESEND_MAX + 4):
        arrive(follower, "actions", action_payload(EVENT, ROOM, EPOCH, seq, entries[1]))
    qtbot.waitUntil(lambda: show.journal.entries == RESEND_MAX + 3, timeout=5000)
    qtbot.wait(50)
    assert asked == [1, RESEND_MAX + 1]


def state_of(epoch: int, seq: int) -> bytes:
    board = {"mode": "waiting", "remaining_s": 60, "late_by_s": 0, "day_status": "on time"}
    return state_payload(EVENT, ROOM, epoch, seq, {"now_s": 0, "board": board}, time.time(), 0.0, 1.0)


def test_a_newer_show_without_entries_is_followed_once_its_agenda_is_known(follower, qtbot, monkeypatch):
    """The room's PC restarted on a new journal (day 2 on its own file, --fresh, the show
    after the rehearsal) and nobody has pressed a key yet: its state speaks of a newer epoch
    with no entries. The standby follows it as soon as the room's agenda for it is known,
    or after a short wait without one (before, it kept the old show, and took it over when
    the room's PC died before its first key)."""
    follower, _ = follower
    begun: list[int] = []
    follower.new_epoch.connect(begun.append)
    newer = EPOCH + 1000
    arrive(follower, "state", state_of(newer, 0))
    qtbot.wait(50)
    assert begun == []  # its agenda first
    text = WIPO.read_text(encoding="utf-8")
    arrive(follower, "agenda", agenda_payload(EVENT, ROOM, newer, "day2.yaml", text, "2024-03-14"))
    assert begun == [newer]
    monkeypatch.setattr("ui.venue_follower.NEW_EPOCH_AGENDA_WAIT_MS", 50)
    follower.mirror.begin(newer)  # as the app's new copy does
    newest = newer + 1000
    arrive(follower, "state", state_of(newest, 0))  # no agenda ever comes for this one
    qtbot.waitUntil(lambda: begun == [newer, newest], timeout=2000)
    arrive(follower, "state", state_of(EPOCH, 3))  # an older show's state: nothing
    qtbot.wait(100)
    assert begun == [newer, newest]
