"""A room's show on a real Mosquitto (ui/venue_publisher.py, docs/venue.md): journal entries
in order and only once on disk, the state retained, online/offline with a last will, and a
broker that goes away and comes back mid-show."""

from __future__ import annotations

import json
import time

import pytest

from runofshow.venue import RESEND_MAX, epoch_of, parse_broker_url, resend_payload, topic
from tests.qt_helpers import frozen_controller
from tests.venue_helpers import Listener, wait_for
from ui.venue_publisher import GUI_SILENT_S, VenuePublisher

EVENT, ROOM = "wipo-2024", "Room A"


@pytest.fixture
def publishing(qtbot, tmp_path, broker):
    """A frozen show published as ROOM; (controller, clock, publisher), stopped afterwards."""
    controller, clock = frozen_controller(tmp_path)
    publisher = VenuePublisher(parse_broker_url(broker.url), EVENT, ROOM)
    publisher.start()
    publisher.follow(controller)
    yield controller, clock, publisher
    publisher.stop()


def journal_lines(controller) -> list[dict]:
    return [json.loads(line) for line in controller.show.journal.path.read_text().splitlines()[1:]]


def do_morning(controller, clock) -> None:
    """Five entries: start the opening, extend it, undo, redo, next (panel 1)."""
    assert controller.start("d1-opening")
    assert controller.extend(5)
    assert controller.undo()
    assert controller.redo()
    clock.jump_by(20 * 60)
    assert controller.next()


def test_each_journal_entry_reaches_the_broker_in_order_and_only_after_it_is_on_disk(qtbot, broker,
                                                                                        publishing):
    controller, clock, publisher = publishing
    listener = Listener(broker, [topic(EVENT, ROOM, "actions")])
    on_disk_when_received = []
    # what the journal file holds at the moment each message reaches a subscriber
    listener.on_message = lambda message: on_disk_when_received.append(
        len(controller.show.journal.path.read_text().splitlines()) - 1)
    try:
        do_morning(controller, clock)
        wait_for(lambda: len(listener.payloads("actions")) >= 5, qtbot=qtbot)
        actions = listener.payloads("actions")
        assert [a["seq"] for a in actions] == [1, 2, 3, 4, 5]
        assert [a["entry"] for a in actions] == journal_lines(controller)
        assert [a["entry"]["op"] for a in actions] == ["do", "do", "undo", "redo", "do"]
        assert {a["epoch"] for a in actions} == {epoch_of(controller.show.journal.header)}
        assert all(seen >= a["seq"] for seen, a in zip(on_disk_when_received, actions, strict=True))
        # the broker acknowledged them all: the console's line says so
        wait_for(lambda: "journal entry 5 acknowledged" in (publisher._line or ("",))[0], qtbot=qtbot)
    finally:
        listener.close()


def test_a_standby_s_requests_for_missed_entries_are_answered_batch_after_batch(qtbot, broker, publishing):
    controller, _, publisher = publishing
    assert controller.start("d1-opening")
    actions = (lambda: controller.extend(1), controller.undo, controller.redo)
    for number in range(RESEND_MAX + 19):  # a long day: more entries than one answer holds
        assert actions[number % 3]()
    entries = controller.show.journal.entries
    wait_for(lambda: f"journal entry {entries} acknowledged" in (publisher._line or ("",))[0],
             qtbot=qtbot)
    epoch = epoch_of(controller.show.journal.header)
    standby = Listener(broker, [topic(EVENT, ROOM, "actions")])
    try:
        for start in (1, RESEND_MAX + 1):  # as a standby asks: the first batch, then the next
            standby.client.publish(topic(EVENT, ROOM, "resend"), resend_payload(EVENT, ROOM, epoch, start),
                                   qos=1)
            expected = min(start + RESEND_MAX - 1, entries)
            wait_for(lambda: len(standby.payloads("actions")) >= expected, qtbot=qtbot)  # noqa: B023
        got = standby.payloads("actions")
        assert [a["seq"] for a in got] == list(range(1, entries + 1))
        assert [a["entry"] for a in got] == journal_lines(controller)
        # sending the early ones again does not make the console's line go back
        assert f"journal entry {entries} acknowledged" in publisher._line[0]
    finally:
        standby.close()


def test_the_state_and_the_online_status_are_retained_for_a_subscriber_that_comes_later(qtbot, broker,
                                                                                          publishing):
    controller, clock, _ = publishing
    assert controller.start("d1-opening")
    assert controller.extend(3)
    time.sleep(0.3)
    latecomer = Listener(broker, [topic(EVENT, ROOM, "state"), topic(EVENT, ROOM, "status")])
    try:
        wait_for(lambda: latecomer.payloads("state") and latecomer.payloads("status"), qtbot=qtbot)
        with latecomer.lock:
            assert all(retain for _, _, retain in latecomer.messages[:2])
        state = latecomer.payloads("state")[0]
        assert state["seq"] == 2 and state["epoch"] == epoch_of(controller.show.journal.header)
        assert state["state"]["board"]["session"]["id"] == "d1-opening"
        assert state["state"]["board"]["countdown"] == controller.board().countdown
        assert state["clock"]["show"] == pytest.approx(clock.precise_s())
        assert latecomer.payloads("status")[0]["online"] is True
    finally:
        latecomer.close()


def test_the_state_goes_out_on_every_change_and_every_second(qtbot, broker, publishing):
    controller, clock, _ = publishing
    listener = Listener(broker, [topic(EVENT, ROOM, "state")])
    try:
        assert controller.start("d1-opening")
        wait_for(lambda: any(s["seq"] == 1 for s in listener.payloads("state")), qtbot=qtbot)
        for _ in range(3):  # the ticker's second: the countdown each second
            clock.jump_by(1)
            controller.tick()
        wait_for(lambda: listener.payloads("state")[-1]["state"]["board"]["countdown"]
                 == controller.board().countdown, qtbot=qtbot)
    finally:
        listener.close()


def test_a_stopping_app_says_offline_and_the_last_state_stays(qtbot, broker, tmp_path):
    controller, _ = frozen_controller(tmp_path)
    publisher = VenuePublisher(parse_broker_url(broker.url), EVENT, ROOM)
    publisher.start()
    publisher.follow(controller)
    listener = Listener(broker, [topic(EVENT, ROOM, "status")])
    try:
        wait_for(lambda: listener.payloads("status") and listener.payloads("status")[-1]["online"],
                 qtbot=qtbot)
        started = time.monotonic()
        publisher.stop()
        assert time.monotonic() - started < 2
        wait_for(lambda: listener.payloads("status")[-1]["online"] is False, qtbot=qtbot)
    finally:
        listener.close()


def test_a_broker_that_stops_mid_show_stalls_nothing_and_gets_what_it_missed_when_back(qtbot, broker,
                                                                                      publishing):
    controller, clock, publisher = publishing
    # a subscriber with a persistent session: the restarted broker keeps what it missed
    listener = Listener(broker, [topic(EVENT, ROOM, "actions"), topic(EVENT, ROOM, "state"),
                                 topic(EVENT, ROOM, "status")], client_id="test-follower", persistent=True)
    try:
        assert controller.start("d1-opening")
        wait_for(lambda: len(listener.payloads("actions")) == 1, qtbot=qtbot)
        broker.stop()
        wait_for(lambda: not publisher._connected, qtbot=qtbot)
        # the show goes on at once: the actions, the ticks and the journal never wait
        clock.set_speed(1.0)
        seconds = []
        controller.ticked.connect(lambda: seconds.append(controller.now_s()))
        took = []
        for minutes in (1, 2, 3):
            started = time.perf_counter()
            assert controller.extend(minutes)
            controller.tick()
            took.append(time.perf_counter() - started)
            qtbot.wait(300)
        assert max(took) < 0.1, took
        assert len(journal_lines(controller)) == 4 and len(seconds) == 3
        wait_for(lambda: "reconnecting" in (publisher._line or ("",))[0], qtbot=qtbot)
        assert "3 journal entries wait" in publisher._line[0]
        broker.start()
        # the three it missed, in order, then the state that includes them
        wait_for(lambda: [a["seq"] for a in listener.payloads("actions")][-3:] == [2, 3, 4],
                 timeout_s=20, qtbot=qtbot)
        assert [a["entry"] for a in listener.payloads("actions")][-3:] == journal_lines(controller)[1:]
        wait_for(lambda: listener.payloads("state") and listener.payloads("state")[-1]["seq"] == 4,
                 qtbot=qtbot)
        assert listener.payloads("status")[-1]["online"] is True
        wait_for(lambda: "journal entry 4 acknowledged" in publisher._line[0], qtbot=qtbot)
    finally:
        listener.close()


def test_a_broker_restarted_without_its_memory_gets_the_room_s_agenda_again(qtbot, broker, publishing):
    """Mosquitto out of the box keeps nothing on disk: restarted, it has forgotten the
    retained agenda. The room puts it back as it reconnects (a standby starting later
    needs it), with its status and state."""
    controller, _, publisher = publishing
    assert controller.start("d1-opening")
    early = Listener(broker, [topic(EVENT, ROOM, "agenda")])
    try:
        wait_for(lambda: early.payloads("agenda"), qtbot=qtbot)
        published = early.payloads("agenda")[-1]
    finally:
        early.close()
    broker.stop()
    broker.config.write_text(broker.config.read_text().replace("persistence true", "persistence false"))
    for kept in broker.folder.glob("*.db"):
        kept.unlink()  # as a broker that never kept anything
    wait_for(lambda: not publisher._connected, qtbot=qtbot)
    broker.start()
    later = Listener(broker, [topic(EVENT, ROOM, kind) for kind in ("agenda", "status", "state")])
    try:
        wait_for(lambda: later.payloads("agenda") and later.payloads("state"), timeout_s=20, qtbot=qtbot)
        assert later.payloads("agenda")[-1] == published  # the agenda in force, as published
        assert later.payloads("status")[-1]["online"] is True
    finally:
        later.close()


def test_a_room_whose_app_hangs_falls_silent_and_speaks_again_when_it_wakes(qtbot, broker, publishing):
    """The room's Qt thread hangs (its screens frozen) while paho's thread lives: the state is
    not sent again and again as if all were well, so the overview says "no news"."""
    assert publishing  # publishing, as the fixture started it
    listener = Listener(broker, [topic(EVENT, ROOM, "state")])
    try:
        wait_for(lambda: len(listener.payloads("state")) >= 3, timeout_s=10, qtbot=qtbot)  # each second
        time.sleep(GUI_SILENT_S + 0.5)  # the Qt thread hangs here: no event is processed
        hung = len(listener.payloads("state"))
        time.sleep(2.0)
        assert len(listener.payloads("state")) == hung  # silent
        wait_for(lambda: len(listener.payloads("state")) > hung, timeout_s=5, qtbot=qtbot)  # awake again
    finally:
        listener.close()


AGENDA_WAITING = """
title: {room}
timezone: Europe/Zurich
days:
  - date: {date}
    sessions:
      - {{id: s1, title: Opening of {room}, start: "{start}", end: "{end}"}}
      - {{id: s2, title: Closing, start: "{end}", end: "23:59", hard_end: true}}
"""


def test_the_broker_says_offline_for_an_app_killed_with_sigkill(qtbot, broker, tmp_path):
    """The real app, as `runofshow AGENDA --broker … --room …` starts it, killed at once:
    the broker publishes its last will, retained."""
    import os
    import signal
    import subprocess
    import sys

    from tests.conftest import REPO, WIPO

    listener = Listener(broker, [topic(EVENT, "Killed", "status"), topic(EVENT, "Killed", "state")])
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RUNOFSHOW_DATA_DIR": str(tmp_path / "data"),
           "RUNOFSHOW_CONFIG_DIR": str(tmp_path / "config")}
    app = subprocess.Popen([sys.executable, "-m", "ui", str(WIPO), "--rehearse", "--broker", broker.url,
                            "--room", "Killed", "--event", EVENT], cwd=REPO, env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_for(lambda: listener.payloads("state") and any(s["online"] for s in listener.payloads("status")),
                 timeout_s=30)
        assert listener.payloads("state")[-1]["state"]["show"]["rehearsal"] is True
        app.send_signal(signal.SIGKILL)
        app.wait(10)
        wait_for(lambda: listener.payloads("status")[-1]["online"] is False, timeout_s=20)
        later = Listener(broker, [topic(EVENT, "Killed", "status")])
        try:  # retained: a subscriber that comes later is told too
            wait_for(lambda: later.payloads("status"))
            assert later.payloads("status")[0]["online"] is False
        finally:
            later.close()
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
        listener.close()


@pytest.mark.parametrize("name", ["SIGINT", "SIGTERM"])
def test_ctrl_c_or_a_stop_request_closes_the_app_as_its_console_would(broker, tmp_path, name):
    """Ctrl+C in the technician's terminal, or the system stopping the app: it closes the
    show cleanly (its room said offline, exit code 0), not with a traceback in a callback."""
    import os
    import signal
    import subprocess
    import sys

    from tests.conftest import REPO, WIPO

    listener = Listener(broker, [topic(EVENT, "Stopped", "status"), topic(EVENT, "Stopped", "state")])
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RUNOFSHOW_DATA_DIR": str(tmp_path / "data"),
           "RUNOFSHOW_CONFIG_DIR": str(tmp_path / "config")}
    app = subprocess.Popen([sys.executable, "-m", "ui", str(WIPO), "--rehearse", "--broker", broker.url,
                            "--room", "Stopped", "--event", EVENT], cwd=REPO, env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        wait_for(lambda: listener.payloads("state") and any(s["online"] for s in listener.payloads("status")),
                 timeout_s=30)
        app.send_signal(getattr(signal, name))
        _, errors = app.communicate(timeout=20)
        assert app.returncode == 0, errors[-2000:]
        assert "Traceback" not in errors, errors[-2000:]
        assert f"{name} received: closing the show" in errors
        assert listener.payloads("status")[-1]["online"] is False
        journal = next((tmp_path / "data").glob("journals/*/rehearsal-2024-03-13.jsonl"))
        assert not journal.with_name(journal.name + ".lock").exists()  # the show let go of
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
        listener.close()

