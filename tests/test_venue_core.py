"""The venue's pure parts (runofshow/venue.py): broker addresses, names and topics,
payloads in and out, and a room's countdown worked out from the wall clock."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from runofshow.remote import state_json
from runofshow.venue import (
    PREFIX,
    StateMessage,
    StatusMessage,
    VenueError,
    action_payload,
    check_name,
    decode,
    epoch_of,
    parse_broker_url,
    parse_topic,
    state_payload,
    status_payload,
    topic,
)
from tests.conftest import zurich_s
from tests.qt_helpers import frozen_controller

EVENT, ROOM = "wipo-2024", "Room A"


def test_broker_addresses():
    plain = parse_broker_url("mqtt://10.0.0.5")
    assert (plain.host, plain.port, plain.tls, plain.username) == ("10.0.0.5", 1883, False, None)
    secure = parse_broker_url("mqtts://tech:p%40ss@broker.venue.lan:8884")
    assert (secure.host, secure.port, secure.tls, secure.username, secure.password) == (
        "broker.venue.lan", 8884, True, "tech", "p@ss")
    assert str(secure) == "mqtts://tech@broker.venue.lan:8884"  # never the password
    assert parse_broker_url("mqtts://[::1]").port == 8883
    for bad in ("http://host", "host:1883", "mqtt://", "mqtt://host:99999", "mqtt://host/x", "mqtt://h?a=1"):
        with pytest.raises(VenueError):
            parse_broker_url(bad)


def test_topics_and_names():
    assert topic(EVENT, ROOM, "state") == f"{PREFIX}/wipo-2024/Room A/state"
    assert parse_topic(topic(EVENT, ROOM, "actions")) == (EVENT, ROOM, "actions")
    for bad in ("", "a/b", "+", "#", "$SYS", " lead", "x" * 65, "tab\there", None, 5):
        with pytest.raises(VenueError):
            check_name("room", bad)
    for bad in ("runofshow/v1/e/r", "runofshow/v2/e/r/state", "other/v1/e/r/state", "runofshow/v1/e/r/x"):
        with pytest.raises(VenueError):
            parse_topic(bad)


@given(st.text(max_size=80))
def test_any_name_is_either_a_single_topic_level_or_refused(name):
    try:
        checked = check_name("room", name)
    except VenueError:
        return
    assert not set(checked) & set("/+#\0") and parse_topic(topic("e", checked, "state"))[1] == checked


def test_epochs():
    assert epoch_of({"created": "2024-03-13T09:00:00+01:00"}) == 1710316800000
    assert epoch_of({"created": "2024-03-13T09:00:00+01:00", "epoch": 7}) == 7
    assert epoch_of({}) == 0 and epoch_of({"created": "junk"}) == 0


def test_an_action_and_a_status_come_back_as_they_went():
    entry = {"op": "do", "at": "2024-03-13T10:00:00+01:00", "do": "start", "session": "d1-opening"}
    found = decode(topic(EVENT, ROOM, "actions"), action_payload(EVENT, ROOM, 17, 3, entry))
    assert (found.epoch, found.seq, found.entry) == (17, 3, entry)
    status = decode(topic(EVENT, ROOM, "status"), status_payload(EVENT, ROOM, False, 12.5))
    assert status == StatusMessage(EVENT, ROOM, False, 12.5, None)


def room_state(tmp_path, speed: float, wall: float):
    controller, clock = frozen_controller(tmp_path, at=zurich_s(13, "10:00"))
    assert controller.start("d1-opening")  # ten minutes, live
    clock.jump_by(90.4)
    state = state_json(controller.agenda, controller.projection(), controller.board(), controller.display,
                       controller.now_s(), rehearsal=True, speed=speed)
    payload = state_payload(EVENT, ROOM, 5, 1, state, wall, clock.precise_s(), speed)
    return controller, decode(topic(EVENT, ROOM, "state"), payload)


def test_a_rooms_countdown_is_its_due_end_minus_its_clock_read_from_the_wall_clock(tmp_path):
    controller, found = room_state(tmp_path, speed=1.0, wall=1000.0)
    assert isinstance(found, StateMessage)
    summary = found.summary
    assert (summary.mode, summary.session, summary.title_in(("en",))) == ("live", "d1-opening", "Opening")
    assert summary.countdown_at(1000.0) == (controller.board().countdown, controller.board().remaining_s)
    assert summary.countdown_at(1000.0)[0] == "8:30"
    assert summary.countdown_at(1000.59)[0] == "8:30"  # 90.4 + 0.59: still second 90
    assert summary.countdown_at(1000.61)[0] == "8:29"
    assert summary.next_change_after(1000.0) == pytest.approx(0.6)
    assert summary.countdown_at(1000.0 + 600)[0] == "+1:30"  # overtime, as the chair counts it


def test_a_rehearsals_countdown_runs_at_its_speed(tmp_path):
    _, found = room_state(tmp_path, speed=60.0, wall=1000.0)
    assert found.summary.countdown_at(1001.0)[0] == "7:30"  # a real second is a minute


def test_the_next_anchor_at_risk_is_named_with_its_time(tmp_path):
    # the morning runs two hours over: panel 2's 15:00 start is at risk
    controller, clock = frozen_controller(tmp_path, at=zurich_s(13, "10:00"))
    assert controller.start("d1-opening")
    clock.jump_to(zurich_s(13, "10:10"))
    assert controller.next()
    clock.jump_to(zurich_s(13, "10:20"))
    assert controller.extend(120)
    clock.jump_to(zurich_s(13, "11:00"))
    state = state_json(controller.agenda, controller.projection(), controller.board(), controller.display,
                       controller.now_s())
    summary = decode(topic(EVENT, ROOM, "state"),
                     state_payload(EVENT, ROOM, 1, 3, state, 0.0, clock.precise_s(), 1.0)).summary
    breach = state["day"]["breaches"][0]
    assert (summary.anchor.session, summary.anchor.anchor) == ("d1-panel-2", "start")
    assert (summary.anchor.at, summary.anchor.late_by_s) == ("15:00", breach["late_by_s"])
    # named to people by its title, in the overview's language where it has it
    assert summary.anchor.title_in(("en",)).startswith("Panel 2: The Current IP Landscape")
    assert summary.anchor.title_in(("fr",)) == "第二组：当前的知识产权现状：含有受版权保护作品的训练数据"
    assert summary.late_by_s == controller.board().late_by_s


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
                           lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(st.text(max_size=10), inner, max_size=6), max_leaves=30)


def payload_like(kind: str):
    """Payloads shaped like ours, with any field anything."""
    base = {"v": st.just(1) | json_values, "event": st.just(EVENT) | json_values,
            "room": st.just(ROOM) | json_values, "epoch": st.integers() | json_values,
            "seq": st.integers() | json_values, "online": st.booleans() | json_values,
            "at": st.floats() | json_values, "entry": json_values,
            "clock": st.fixed_dictionaries({"wall": json_values, "show": json_values, "speed": json_values}),
            "state": st.fixed_dictionaries({"now_s": json_values, "board": st.dictionaries(
                st.sampled_from(["mode", "remaining_s", "late_by_s", "day_status", "session"]), json_values),
                "day": json_values})}
    return st.fixed_dictionaries({}, optional=base)


@settings(max_examples=300)
@given(kind=st.sampled_from(["state", "status", "actions"]), data=st.data())
def test_a_payload_is_read_or_refused_in_words_never_a_crash(kind, data):
    payload = data.draw(payload_like(kind) | json_values)
    raw = data.draw(st.sampled_from(["json", "bytes"]))
    body = json.dumps(payload).encode() if raw == "json" else data.draw(st.binary(max_size=200))
    try:
        found = decode(topic(EVENT, ROOM, kind), body)
    except VenueError as exc:
        assert str(exc)
        return
    if isinstance(found, StateMessage):
        summary = found.summary
        countdown = summary.countdown_at(0.0) if summary.speed < 1e6 else None
        assert countdown is None or isinstance(countdown[0], str)


def test_the_command_line_takes_a_broker_a_room_and_an_event():
    from ui.launcher import app_parser, venue_options

    parser = app_parser()
    args = parser.parse_args(["agenda.yaml", "--broker", "mqtts://tech@10.0.0.5", "--room", "Room A",
                              "--event", "wipo-2024", "--broker-ca", "ca.pem"])
    venue = venue_options(parser, args)
    assert (venue.address.host, venue.address.port, venue.address.tls, venue.address.username) == (
        "10.0.0.5", 8883, True, "tech")
    assert (venue.room, venue.event, venue.ca_file) == ("Room A", "wipo-2024", "ca.pem")
    assert venue_options(parser, parser.parse_args(["agenda.yaml"])) is None
    assert venue_options(parser, parser.parse_args(["a.yaml", "--broker", "mqtt://h", "--room", "R"])).event \
        == "default"


@pytest.mark.parametrize("argv, words", [
    (["--broker", "http://h", "--room", "R"], "mqtt://"),
    (["--broker", "mqtt://h"], "--room"),
    (["--room", "R"], "--broker"),
    (["--broker", "mqtt://h", "--room", "a/b"], "room name"),
])
def test_a_bad_broker_option_is_a_usage_error_that_says_why(capsys, argv, words):
    from ui.launcher import main

    with pytest.raises(SystemExit) as stopped:
        main(["agenda.yaml", *argv])
    assert stopped.value.code == 2
    assert words in capsys.readouterr().err


def test_an_agenda_says_from_which_entry_the_show_runs_on_it():
    from runofshow.venue import AgendaMessage, agenda_payload

    body = agenda_payload(EVENT, ROOM, 7, "wipo.yaml", "title: x\n", "2024-03-13", seq=12)
    found = decode(topic(EVENT, ROOM, "agenda"), body)
    assert isinstance(found, AgendaMessage) and (found.seq, found.epoch, found.name) == (12, 7, "wipo.yaml")
    first_version = json.loads(body)
    del first_version["seq"]  # a room PC of the first version: the agenda from the start
    assert decode(topic(EVENT, ROOM, "agenda"), json.dumps(first_version).encode()).seq == 0
    for bad in (-1, "12", True, 1.5):
        with pytest.raises(VenueError, match="seq"):
            decode(topic(EVENT, ROOM, "agenda"), json.dumps({**first_version, "seq": bad}).encode())
