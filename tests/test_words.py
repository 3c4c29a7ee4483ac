"""The core's words for people (runofshow/words.py): English by default, any language through
a translation of their templates, never a broken sentence. No Qt."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from runofshow.board import board
from runofshow.projection import project
from runofshow.words import Words, words
from tests.test_properties import SETTINGS, shows

PLACE = re.compile(r"\{(\w+)\}")


def templates_of(said: Words) -> set[str]:
    """Every template in a sentence, its values' included."""
    found = {said.template}
    for _, value in said.values:
        if isinstance(value, Words):
            found |= templates_of(value)
    return found


def test_english_is_the_template_filled_in():
    late = words("{minutes} min", minutes=7)
    said = words("running {late} late", late=late)
    assert str(said) == "running 7 min late"
    assert f"{said}" == "running 7 min late"


def test_a_translation_renders_the_sentence_and_the_words_inside_it():
    catalogue = {"running {late} late": "晚了{late}", "{minutes} min": "{minutes} 分钟"}
    said = words("running {late} late", late=words("{minutes} min", minutes=7))
    assert said.render(lambda template: catalogue.get(template, template)) == "晚了7 分钟"


def test_a_translation_with_a_wrong_place_falls_back_to_english():
    said = words("back at {time}", time="15:00")
    assert said.render(lambda template: "retour à {heure}") == "back at 15:00"
    assert said.render(lambda template: "retour à {") == "back at 15:00"


def test_nothing_is_false_and_empty():
    assert not Words("") and str(Words("")) == ""
    assert words("on time")


@SETTINGS
@given(shows(), st.sampled_from(["fr", "ar"]))
def test_every_board_sentence_translates_whole(show, language):
    """Whatever the show, the board's sentences are made only of templates whose places are
    filled: a translation that keeps the places yields no English and no braces."""
    agenda, actions, now = show
    shown = board(agenda, project(agenda, actions, now), now)
    for said in (shown.day_status, shown.next_text, shown.held_for):
        if not said:
            continue
        for template in templates_of(said):
            assert set(PLACE.findall(template)) == {name for name, _ in _values_of(said, template)}
        marked = said.render(lambda template: f"<{language}>" + template)
        assert "{" not in marked and "}" not in marked
        assert marked.startswith(f"<{language}>")


def _values_of(said: Words, template: str):
    if said.template == template:
        return said.values
    for _, value in said.values:
        if isinstance(value, Words) and template in templates_of(value):
            return _values_of(value, template)
    return ()
