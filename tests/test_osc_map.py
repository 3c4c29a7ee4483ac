"""OSC messages as remote actions (runofshow/osc_map.py), no Qt, no network: an OSC message
asks for exactly what the same JSON asks of the HTTP API, through the same parse_action."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from runofshow.loader import load_agenda
from runofshow.osc_map import ADDRESSES, PREFIX, osc_action
from runofshow.remote import REMOTE_ACTIONS, RemoteAction, RemoteError, parse_action
from tests.conftest import WIPO
from tests.test_properties import SETTINGS

AGENDA = load_agenda(WIPO)
SESSION_IDS = [s.id for day in AGENDA.days for s in day.sessions]

# what an OSC parser hands over: int32/int64, float32/double, strings, true/false, nil,
# blobs, arrays
OSC_VALUES = st.recursive(
    st.integers(-2**63, 2**63 - 1) | st.floats(allow_nan=True) | st.text(max_size=40)
    | st.sampled_from(SESSION_IDS) | st.booleans() | st.none() | st.binary(max_size=20)
    | st.sampled_from([0, 1, 0.0, 1.0, 5, -5, 5.0, 2.5]),
    lambda inner: st.lists(inner, max_size=3), max_leaves=6)
OSC_ADDRESSES = st.sampled_from(ADDRESSES) | st.text(max_size=40) | st.sampled_from(
    ["/runofshow/", "/runofshow/*", "/runofshow/ne?t", "/runofshow/{next,undo}", "/RUNOFSHOW/next",
     "/runofshow/next/", "/runofshow/state", "runofshow/next", "/runofshow/do"])


def test_every_action_of_the_http_api_has_its_address():
    assert tuple(PREFIX + kind for kind in REMOTE_ACTIONS) == ADDRESSES
    assert "/runofshow/next" in ADDRESSES and "/runofshow/extend" in ADDRESSES


@pytest.mark.parametrize(("address", "args", "action"), [
    ("/runofshow/next", [], {"do": "next"}),
    ("/runofshow/undo", [], {"do": "undo"}),
    ("/runofshow/redo", [], {"do": "redo"}),
    ("/runofshow/end", [], {"do": "end"}),
    ("/runofshow/next", [1], {"do": "next"}),  # a button's press
    ("/runofshow/next", [1.0], {"do": "next"}),
    ("/runofshow/undo", [True], {"do": "undo"}),
    ("/runofshow/start", ["d1-panel-2"], {"do": "start", "session": "d1-panel-2"}),
    ("/runofshow/skip", ["d1-panel-3-qa"], {"do": "skip", "session": "d1-panel-3-qa"}),
    ("/runofshow/unskip", ["d1-panel-3-qa"], {"do": "unskip", "session": "d1-panel-3-qa"}),
    ("/runofshow/extend", [5], {"do": "extend", "minutes": 5}),
    ("/runofshow/extend", [-5.0], {"do": "extend", "minutes": -5.0}),
    ("/runofshow/extend", ["d1-panel-2-qa", -5], {"do": "extend", "session": "d1-panel-2-qa", "minutes": -5}),
    ("/runofshow/message", ["请回到座位 · Please take your seats"],
     {"do": "message", "text": "请回到座位 · Please take your seats"}),
    ("/runofshow/message", ["Five minutes", 1], {"do": "message", "text": "Five minutes", "blink": True}),
    ("/runofshow/message", [], {"do": "message", "text": ""}),  # clears it
    ("/runofshow/blackout", [1], {"do": "blackout", "on": True}),
    ("/runofshow/blackout", [0.0], {"do": "blackout", "on": False}),
    ("/runofshow/blackout", [False], {"do": "blackout", "on": False}),
])
def test_a_message_is_the_http_apis_action(address, args, action):
    assert osc_action(address, args) == action
    parse_action(action, AGENDA)  # and one the show's parser takes


@pytest.mark.parametrize("release", [0, 0.0, False])
def test_a_buttons_release_asks_for_nothing(release):
    for kind in ("next", "end", "undo", "redo"):
        assert osc_action(PREFIX + kind, [release]) is None


@pytest.mark.parametrize(("address", "args", "words"), [
    ("/runofshow/fly", [], "unknown address '/runofshow/fly'; known: /runofshow/next"),
    ("/other/next", [], "unknown address"),
    ("/runofshow/*", [], "address patterns ('/runofshow/*') are not taken"),
    ("/runofshow/next", [2], "/runofshow/next takes no argument"),
    ("/runofshow/next", ["now"], "/runofshow/next takes no argument"),
    ("/runofshow/start", [], "/runofshow/start takes a session id, e.g. /runofshow/start d1-panel-2"),
    ("/runofshow/extend", [], "/runofshow/extend takes minutes (5, or -5 to compress)"),
    ("/runofshow/blackout", [], "/runofshow/blackout takes 1 (black out the projector) or 0"),
    ("/runofshow/blackout", ["on"], "/runofshow/blackout takes 1"),
    ("/runofshow/message", ["hi", 2], "/runofshow/message: blink is 1 (blink) or 0 (steady)"),
])
def test_a_message_not_ours_is_refused_in_words(address, args, words):
    with pytest.raises(RemoteError, match="^" + re.escape(words)):
        osc_action(address, args)


def test_an_errors_words_never_repeat_a_huge_address():
    with pytest.raises(RemoteError) as refused:
        osc_action("/" + "x" * 3000, [])
    assert len(str(refused.value)) < 400


def test_what_the_parser_refuses_over_osc_it_refuses_over_http():
    for address, args in (("/runofshow/extend", [2.5]), ("/runofshow/extend", ["5"]),
                          ("/runofshow/start", ["d9-nope"]), ("/runofshow/message", ["x" * 501]),
                          ("/runofshow/extend", ["d1-panel-2", 0])):
        with pytest.raises(RemoteError):
            parse_action(osc_action(address, args), AGENDA)


@SETTINGS
@given(address=OSC_ADDRESSES, args=st.lists(OSC_VALUES, max_size=4))
def test_any_message_is_an_action_nothing_or_a_refusal_in_words(address, args):
    try:
        action = osc_action(address, args)
    except RemoteError as exc:
        assert str(exc)
        return
    if action is None:
        assert address.removeprefix(PREFIX) in ("next", "end", "undo", "redo") and args in ([0], [False])
        return
    assert action["do"] == address.removeprefix(PREFIX)
    try:
        parsed = parse_action(action, AGENDA)
    except RemoteError as exc:
        assert str(exc)
        return
    assert isinstance(parsed, RemoteAction) and parsed.kind == action["do"]


@SETTINGS
@given(kind=st.sampled_from(["start", "skip", "unskip"]), session=st.sampled_from(SESSION_IDS))
def test_a_session_action_names_the_same_session_as_its_json(kind, session):
    assert parse_action(osc_action(PREFIX + kind, [session]), AGENDA) == parse_action(
        {"do": kind, "session": session}, AGENDA)


@SETTINGS
@given(minutes=st.integers(-120, 120).filter(bool), as_float=st.booleans(),
       session=st.none() | st.sampled_from(SESSION_IDS))
def test_extend_over_osc_is_extend_over_http(minutes, as_float, session):
    sent = float(minutes) if as_float else minutes
    args = [sent] if session is None else [session, sent]
    body = {"do": "extend", "minutes": minutes} | ({} if session is None else {"session": session})
    try:
        expected = parse_action(body, AGENDA)
    except RemoteError:
        with pytest.raises(RemoteError):
            parse_action(osc_action("/runofshow/extend", args), AGENDA)
        return
    assert parse_action(osc_action("/runofshow/extend", args), AGENDA) == expected
