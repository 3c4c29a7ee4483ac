"""The show as other devices see it, and what they may ask (runofshow/remote.py), no Qt."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from runofshow.actions import Action
from runofshow.board import board
from runofshow.display_state import DisplayState
from runofshow.loader import load_agenda
from runofshow.projection import project
from runofshow.remote import (
    MAX_MESSAGE_CHARS,
    REMOTE_ACTIONS,
    RemoteAction,
    RemoteError,
    parse_action,
    state_json,
)
from tests.conftest import WIPO, zurich_s
from tests.test_properties import SETTINGS, shows

AGENDA = load_agenda(WIPO)


def state_at(actions, moment, display=None):
    projection = project(AGENDA, actions, moment)
    return state_json(AGENDA, projection, board(AGENDA, projection, moment),
                      display or DisplayState(), moment, rehearsal=True)


def test_the_state_is_the_projectors_board_and_the_day():
    actions = [Action(zurich_s(13, "10:00"), "start", "d1-opening"),
               Action(zurich_s(13, "10:10"), "next")]
    state = state_at(actions, zurich_s(13, "10:20"),
                     DisplayState(message="Five minutes", blink=True))
    json.dumps(state)  # all of it is JSON
    assert state["api"] == 1 and state["now"] == "2024-03-13T10:20:00+01:00"
    assert state["show"]["languages"] == ["zh", "en"] and state["show"]["rehearsal"]
    live = state["board"]
    assert (live["mode"], live["countdown"], live["phase"], live["live"]) == \
        ("live", "1:10:00", "normal", True)
    assert live["session"]["id"] == "d1-panel-1" and live["session"]["state"] == "live"
    assert live["session"]["title"]["en"].startswith("Panel 1")
    assert live["next"]["id"] == "d1-fireside" and live["next_start"] == "2024-03-13T11:30:00+01:00"
    assert state["display"] == {"message": "Five minutes", "blink": True, "blackout": False}
    day = state["day"]
    assert day["date"] == "2024-03-13" and day["planned_end"] == "2024-03-13T18:00:00+01:00"
    assert [s["state"] for s in day["sessions"][:3]] == ["done", "live", "upcoming"]


def test_before_and_after_the_show_the_state_says_so():
    waiting = state_at([], zurich_s(13, "09:55"))["board"]
    assert (waiting["mode"], waiting["session"]["id"], waiting["countdown"], waiting["live"]) == \
        ("waiting", "d1-opening", "5:00", False)
    done = state_at([], zurich_s(15, "09:00"))
    assert done["board"]["mode"] == "done" and done["board"]["session"] is None
    assert done["day"]["date"] == "2024-03-14"  # the last day, for a foyer screen


@pytest.mark.parametrize(("payload", "expected"), [
    ({"do": "next"}, RemoteAction("next")),
    ({"do": "extend", "minutes": 5}, RemoteAction("extend", None, 5)),
    ({"do": "extend", "session": "d1-panel-2-qa", "minutes": -5},
     RemoteAction("extend", "d1-panel-2-qa", -5)),
    ({"do": "start", "session": "d1-lunch"}, RemoteAction("start", "d1-lunch")),
    ({"do": "undo"}, RemoteAction("undo")),
    ({"do": "message", "text": "  请回到座位  ", "blink": True},
     RemoteAction("message", text="请回到座位", blink=True)),
    ({"do": "message", "text": ""}, RemoteAction("message", text="")),
    ({"do": "blackout", "on": True}, RemoteAction("blackout", on=True)),
])
def test_actions_in_the_shape_of_an_events_file(payload, expected):
    assert parse_action(payload, AGENDA) == expected


@pytest.mark.parametrize(("payload", "says"), [
    ([1, 2], "JSON object"),
    ({"do": "launch"}, "unknown action 'launch'"),
    ({"do": "start"}, "start needs a session"),
    ({"do": "start", "session": "d1-nope"}, "no session has the id 'd1-nope'"),
    ({"do": "extend"}, "whole number"),
    ({"do": "extend", "minutes": 0}, "not 0"),
    ({"do": "extend", "minutes": 2.5}, "whole"),
    ({"do": "extend", "minutes": True}, "whole number"),
    ({"do": "extend", "minutes": 10_000}, "from -1440 to 1440"),
    ({"do": "extend", "minutes": float("nan")}, "whole number"),
    ({"do": "next", "session": "d1-lunch"}, "next takes no session"),
    ({"do": "message", "text": "x" * (MAX_MESSAGE_CHARS + 1)}, "at most"),
    ({"do": "blackout"}, "on: true or false"),
])
def test_a_bad_request_is_refused_in_words(payload, says):
    with pytest.raises(RemoteError, match=says):
        parse_action(payload, AGENDA)


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
                    lambda inner: st.lists(inner, max_size=4) |
                    st.dictionaries(st.text(max_size=10), inner, max_size=4), max_leaves=12)
REQUESTS = st.one_of(JSON, st.fixed_dictionaries(
    {"do": st.sampled_from([*REMOTE_ACTIONS, "NEXT", ""])},
    optional={"session": st.one_of(st.sampled_from(AGENDA.session_ids), JSON),
              "minutes": JSON, "text": JSON, "blink": JSON, "on": JSON}))


@SETTINGS
@given(REQUESTS)
def test_any_json_is_an_action_or_a_refusal_never_anything_else(payload):
    try:
        action = parse_action(payload, AGENDA)
    except RemoteError as refusal:
        assert str(refusal)
        return
    assert action.kind in REMOTE_ACTIONS
    assert action.session is None or AGENDA.has_session(action.session)
    if action.kind == "extend":
        assert isinstance(action.minutes, int) and action.minutes != 0


def _rendered(said: dict | None) -> str:
    """A state's words as a device renders them in English: its template, filled."""
    if said is None:
        return ""
    return said["template"].format_map({name: _rendered(value) if isinstance(value, dict) else value
                                        for name, value in said["values"].items()})


@SETTINGS
@given(shows())
def test_the_states_words_say_what_its_english_says(show):
    """Every sentence of the state comes as template and values too, for a device to say
    it in its own languages (the web views): filled in, they say the English, nothing lost;
    and they go through JSON as they are."""
    agenda, actions, now = show
    projection = project(agenda, actions, now)
    state = json.loads(json.dumps(state_json(agenda, projection, board(agenda, projection, now),
                                             DisplayState(), now)))
    for name in ("held_for", "day_status", "next_text"):
        assert _rendered(state["board"]["words"][name]) == state["board"][name]
    breaches = state["day"]["breaches"]
    if breaches:  # the day's first anchor at risk is what the board says of the day
        assert _rendered(breaches[0]["words"]) == state["board"]["day_status"]
