"""The remote server's tokens (ui/tokens.py): made once, kept privately, replaceable."""

from __future__ import annotations

import json
import os
import stat

import pytest

from ui.tokens import CONTROL, VIEW, Tokens, token_problem, tokens_path


@pytest.fixture(autouse=True)
def _private_config(tmp_path, monkeypatch):
    # conftest.py does not set it for every test: the user's real tokens are never touched
    monkeypatch.setenv("RUNOFSHOW_CONFIG_DIR", str(tmp_path / "config"))


def test_tokens_are_made_on_first_use_and_kept_for_the_user_only(tmp_path):
    tokens = Tokens()
    assert not tokens_path().exists()  # nothing is written before a token is asked for
    assert tokens.role_of("anything") is None
    assert tokens_path() == tmp_path / "config" / "tokens.json"
    assert stat.S_IMODE(os.stat(tokens_path()).st_mode) == 0o600
    kept = json.loads(tokens_path().read_text(encoding="utf-8"))
    assert kept == {CONTROL: tokens.control, VIEW: tokens.view}
    assert len(tokens.control) >= 32 and tokens.control != tokens.view
    assert token_problem(tokens.control) is None and token_problem(tokens.view) is None
    again = Tokens()  # the next launch: the same tokens (a Stream Deck set up once keeps working)
    assert (again.control, again.view) == (tokens.control, tokens.view)
    assert not list(tokens_path().parent.glob("*.tmp"))


def test_roles_are_told_apart_and_anything_else_is_no_one():
    tokens = Tokens()
    assert tokens.role_of(tokens.control) == CONTROL
    assert tokens.role_of(tokens.view) == VIEW
    for other in (None, "", tokens.control[:-1], tokens.control + "x", tokens.view.upper(), "ünï", "\udcff"):
        assert tokens.role_of(other) is None, other


def test_replacing_a_token_stops_the_old_one_at_once_and_keeps_the_new():
    tokens = Tokens()
    old_control, view = tokens.control, tokens.view
    new = tokens.replace(CONTROL)
    assert new != old_control and tokens.control == new and tokens.view == view
    assert tokens.role_of(old_control) is None and tokens.role_of(new) == CONTROL
    assert Tokens().control == new
    tokens.replace(VIEW)
    assert tokens.role_of(view) is None
    assert stat.S_IMODE(os.stat(tokens_path()).st_mode) == 0o600
    with pytest.raises(ValueError):
        tokens.replace("admin")


def test_the_command_lines_token_is_for_this_run_only():
    kept = Tokens()
    given = Tokens(control="my-stream-deck-token")
    assert given.control == "my-stream-deck-token" and given.control_overridden
    assert given.view == kept.view
    assert given.role_of(kept.control) is None  # the kept one does not work meanwhile
    assert Tokens().control == kept.control  # and it was not written
    given.replace(CONTROL)  # replacing it in the console ends the override
    assert not given.control_overridden and Tokens().control == given.control


def test_a_damaged_tokens_file_is_replaced_by_new_tokens():
    tokens_path().parent.mkdir(parents=True)
    tokens_path().write_text('{"control": "has a space", "view": 42', encoding="utf-8")
    tokens = Tokens()
    assert token_problem(tokens.control) is None
    assert json.loads(tokens_path().read_text(encoding="utf-8"))[CONTROL] == tokens.control


def test_tokens_that_cannot_be_kept_still_work_for_this_run_and_say_why(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("RUNOFSHOW_CONFIG_DIR", str(blocker / "config"))
    tokens = Tokens()
    assert tokens.role_of(tokens.control) == CONTROL
    assert tokens.problem is not None and "cannot be kept" in tokens.problem


@pytest.mark.parametrize(("token", "problem"), [
    ("", "empty"), ("two words", "no spaces"), ("jeton-é", "ASCII"), ("x" * 201, "longer"),
])
def test_a_token_given_on_the_command_line_must_travel_in_a_url(token, problem):
    assert problem in token_problem(token)
