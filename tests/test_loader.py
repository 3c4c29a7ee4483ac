"""Agenda files (docs/contracts.md, "The agenda file"): what loads, and the located errors
for what does not."""

from __future__ import annotations

import re
import textwrap
import time
from datetime import datetime, timedelta

import pytest

from runofshow.errors import AgendaError
from runofshow.loader import load_agenda
from tests.conftest import WIPO, ZURICH


def problems_of(tmp_path, text: str | bytes, name: str = "bad.yaml") -> list[str]:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    with pytest.raises(AgendaError) as caught:
        load_agenda(path)
    lines = str(caught.value).splitlines()
    assert all(line.startswith(f"{path}:") for line in lines), lines
    return [line[len(str(path)) + 1:] for line in lines]


MINIMAL = """\
title: T
timezone: Europe/Zurich
days:
  - date: 2024-03-13
    sessions:
      - {id: a, start: "10:00", end: "10:30", title: A}
"""


def test_bundled_wipo_agenda_is_complete():
    agenda = load_agenda(WIPO)
    assert [d.date.isoformat() for d in agenda.days] == ["2024-03-13", "2024-03-14"]
    assert agenda.count() == 23
    assert agenda.languages == ("zh", "en")
    assert agenda.timezone.key == "Europe/Zurich"
    opening = agenda.session("d1-opening")
    assert opening.title.get("zh") == "开幕" and opening.title.get("en")
    assert opening.start == datetime(2024, 3, 13, 10, 0, tzinfo=ZURICH)
    # every session has both languages; Q&As belong to their panels
    for session in agenda.sessions():
        assert session.title.get("zh") and session.title.get("en"), session.id
        if session.kind == "qa":
            assert session.parent and agenda.session(session.parent).kind == "panel"
    # anchors: each day's start and the 15:00 restart hold; each day closes at 18:00
    starts = {s.id for s in agenda.sessions() if s.hard_start}
    assert starts == {"d1-opening", "d1-panel-2", "d2-opening", "d2-genai-science"}
    for sid in starts - {"d1-opening", "d2-opening"}:
        assert f"{agenda.session(sid).start:%H:%M}" == "15:00"
    ends = [s for s in agenda.sessions() if s.hard_end]
    assert [f"{s.end:%H:%M}" for s in ends] == ["18:00", "18:00"]
    assert agenda.session("d1-lunch").min_duration_s is not None
    assert agenda.session("d1-panel-2-qa").slack_s > 0


def test_second_example_agenda_loads():
    agenda = load_agenda(WIPO.parent / "example-one-long-day.yaml")
    assert len(agenda.days) == 1 and agenda.count() >= 15
    assert agenda.languages[0] != "zh"


def test_unquoted_times_and_dates_are_read_as_written(write_agenda):
    agenda = write_agenda("""\
        title: T
        timezone: Europe/Zurich
        days:
          - date: 2024-03-13
            sessions:
              - {start: 10:00, end: 10:30, title: A}
              - {end: 11:00, title: B}
        """)
    a, b = agenda.days[0].sessions
    assert a.start == datetime(2024, 3, 13, 10, 0, tzinfo=ZURICH)  # not 600 minutes
    assert b.start == a.end and f"{b.end:%H:%M}" == "11:00"
    assert (a.id, b.id) == ("d1-1000", "d1-1030")  # generated, stable ids


@pytest.mark.parametrize(("written", "minutes"), [("45", 45), ('"80m"', 80), ('"1h"', 60),
                                                  ('"1h20m"', 80)])
def test_duration_forms(write_agenda, written, minutes):
    agenda = write_agenda(f"""\
        title: T
        timezone: Europe/Zurich
        days:
          - date: 2024-03-13
            sessions:
              - {{start: "10:00", duration: {written}, title: A, min_duration: 10}}
        """)
    assert agenda.days[0].sessions[0].duration_s == minutes * 60


def test_duration_is_real_elapsed_time_on_a_daylight_saving_day(write_agenda):
    # 31 March 2024: Zurich clocks jump from 02:00 to 03:00
    agenda = write_agenda("""\
        title: T
        timezone: Europe/Zurich
        days:
          - date: 2024-03-31
            sessions:
              - {start: "01:30", duration: 60, title: Night shift}
              - {end: "04:00", title: Dawn}
        """)
    night, dawn = agenda.days[0].sessions
    assert f"{night.end:%H:%M}" == "03:30" and night.duration_s == 3600
    assert dawn.duration_s == 30 * 60


def test_a_time_the_clocks_skip_is_an_error(tmp_path):
    problems = problems_of(tmp_path, """\
        title: T
        timezone: Europe/Zurich
        days:
          - date: 2024-03-31
            sessions:
              - {start: "02:30", end: "04:00", title: A}
        """)
    assert problems == ["6:17: start 02:30 does not exist on 2024-03-31 in Europe/Zurich: "
                        "the clocks skip it"]


def test_absent_timezone_is_the_computers_own(write_agenda):
    agenda = write_agenda("""\
        title: T
        days:
          - date: 2024-03-13
            sessions:
              - {start: "10:00", end: "10:30", title: {en: A, fr: A}}
        """)
    assert agenda.timezone.key  # an IANA zone, whatever this machine is set to
    assert agenda.languages == ("en", "fr")  # absent: the keys found, in order


def test_every_problem_is_reported_at_once_with_its_location(tmp_path):
    problems = problems_of(tmp_path, """\
        title: T
        timezone: Europe/Zurch
        days:
          - date: 2024-03-13
            sessions:
              - {id: a, start: "10:00", end: "10:30", title: A, min_duration: 40}
              - {id: a, start: "10:20", end: "11:00", title: B}
              - {id: c, start: "11:00", end: "11:30", title: C, hard_ennd: true}
              - {id: d, start: "12:00", end: "11:30", title: D}
          - date: 2024-03-12
            sessions:
              - {id: e, start: "9:00", end: "9:30", title: E, parent: x}
        """)
    assert problems == [
        "2:11: unknown timezone 'Europe/Zurch'; did you mean 'Europe/Zurich'?",
        "6:71: min_duration 40 is above the session's 30 minutes",
        "7:14: id 'a' is used twice (first at line 6)",
        "7:24: starts at 10:20, before the previous session (line 6) ends at 10:30",
        "8:57: unknown key 'hard_ennd' in a session; did you mean 'hard_end'? (known: id, "
        "start, end, duration, kind, title, description, speakers, parent, hard_start, "
        "hard_end, min_duration, cues)",
        "9:38: ends at 11:30, not after its start 12:00",
        "10:11: date 2024-03-12 comes before the previous day 2024-03-13 (line 4); days are "
        "unique and in order",
        "12:63: parent 'x' is not another session's id",
    ]


def test_a_broken_time_does_not_hide_the_problems_of_the_sessions_after_it(tmp_path):
    """The sessions after a broken one (or on a day whose date is broken) have no start to
    count from, but what they say is still checked: one pass of `check`, not one per
    problem, on the morning of the show."""
    problems = problems_of(tmp_path, """\
        title: T
        timezone: Europe/Zurich
        days:
          - date: 2024-03-13
            sessions:
              - {id: a, start: "09:00", end: "25:00", title: A}
              - {id: b, duration: "1h30", title: B}
              - {id: c, duration: 30, min_duration: 45, title: C}
              - {id: d, end: "12:00", min_duration: 45, title: D}
          - date: 2024-13-14
            sessions:
              - {id: e, start: "09:00", duration: 0, title: E}
              - {id: f, start: "10:00", end: "9:00x", title: F}
        """)
    assert problems == [
        '6:38: end must be a time as HH:MM (like "10:00"), not \'25:00\'',
        '7:27: duration must be whole minutes: 45, "80m", "1h" or "1h20m", not \'1h30\'',
        "8:45: min_duration 45 is above the session's 30 minutes",
        "10:11: date must be YYYY-MM-DD (like 2024-03-13), not '2024-13-14'",
        "12:43: duration must be more than 0 minutes",
        '13:38: end must be a time as HH:MM (like "10:00"), not \'9:00x\'',
    ]


def test_duplicate_ids_and_unknown_parent(tmp_path):
    problems = problems_of(tmp_path, """\
        title: T
        timezone: Europe/Zurich
        days:
          - date: 2024-03-13
            sessions:
              - {id: panel, start: "10:00", end: "10:30", title: A}
              - {id: panel, end: "11:00", title: B}
              - {id: qa, end: "11:30", title: C, parent: panle}
        """)
    assert problems == [
        "7:14: id 'panel' is used twice (first at line 6)",
        "8:50: parent 'panle' is not another session's id; did you mean 'panel'?",
    ]


@pytest.mark.parametrize(("text", "expected"), [
    ("- just\n- a list\n", "1:1: the agenda must be a mapping of keys, not a list"),
    ("title: T\ndays: 12\n", "2:7: days must be a list of days, not '12'"),
    ("title: T\ndays: []\n", "2:7: days must be a list of days, not an empty list"),
    ("title: T\ntimezone: UTC\ndays:\n  - date: 2024-03-13\n    sessions: []\n",
     "5:15: sessions must be a non-empty list, not an empty list"),
    ("title: T\ntimezone: UTC\ndays:\n  - date: 13.03.2024\n    sessions: [{start: '10:00', "
     "end: '11:00', title: A}]\n", "4:11: date must be YYYY-MM-DD (like 2024-03-13), not "
     "'13.03.2024'"),
    ("title: T\ntimezone: UTC\ndays:\n  - date: 2024-03-13\n    sessions:\n      - {start: "
     "'10:00', end: '11:00', title: A, hard_end: maybe}\n",
     "6:60: hard_end must be true or false, not 'maybe'"),
    ("title: T\ntimezone: UTC\ndays:\n  - date: 2024-03-13\n    sessions:\n      - {start: "
     "'10:00', end: '11:00', duration: 60, title: A}\n", "6:40: give end or duration, not both"),
    ("title: T\ntimezone: UTC\ndays:\n  - date: 2024-03-13\n    sessions:\n      - {end: "
     "'11:00', title: A}\n", "6:9: the first session of a day needs a start time"),
    ("title: T\ntimezone: UTC\ndays:\n  - date: 2024-03-13\n    sessions:\n      - {start: "
     "'25:00', end: '11:00', title: A}\n",
     "6:17: start must be a time as HH:MM (like \"10:00\"), not '25:00'"),
    ("title: [a, b]\ndays: []\n", "1:8: title must be text or a mapping of language to text "
     "(like {zh: 开幕, en: Opening}), not a list"),
    ("title: T\ntitle: U\n", "2:1: duplicate key 'title' (first at line 1)"),
    ("", "1:1: the file is empty"),
    ("title: T\n---\ntitle: U\n", "2:1: a second YAML document ('---'); one file holds one"),
])
def test_malformed_files_get_one_clear_located_error(tmp_path, text, expected):
    assert expected in problems_of(tmp_path, text)


def one_clean_parser_refusal(tmp_path, text: str) -> tuple[int, int, str]:
    """What the YAML parser refuses before our own checks see it: one located problem
    inside the text, at once. Its wording and exact position are the parser's, so only
    the form is asserted; returns (line, column, message)."""
    began = time.perf_counter()
    problems = problems_of(tmp_path, text)  # an AgendaError whose every line is FILE:...
    assert time.perf_counter() - began < 2
    assert len(problems) == 1, problems
    match = re.fullmatch(r"(\d+):(\d+): (.+)", problems[0])
    assert match, problems[0]
    line, col = int(match.group(1)), int(match.group(2))
    rows = text.split("\n")
    assert 1 <= line <= len(rows), problems[0]
    assert 1 <= col <= len(rows[line - 1]) + 1, problems[0]
    return line, col, match.group(3)


def test_a_yaml_syntax_error_is_one_located_problem(tmp_path):
    _, _, message = one_clean_parser_refusal(tmp_path, "title: 'unterminated\n")
    assert message.startswith("YAML syntax: ")  # our prefix; the rest is the parser's


SPLIT_VALUE = """\
title: T
timezone: Europe/Zurich
days:
  - date: 2024-03-13
    sessions:
      - id: a
        start: "10:00"
        end: "10:30"
        kind:
panel
        title: {zh: 开幕, en: Opening}
"""


@pytest.mark.parametrize("parser", ["libyaml", "python"])
def test_a_value_on_the_next_line_is_located_at_the_value_naming_its_key(tmp_path, monkeypatch,
                                                                        parser):
    """`kind:` ends a line and its value `panel` stands at column 1 of the next: the parser
    gives up on the line after (at the ':' of `title`); the problem is the value, where a
    person looks for it, and the key it belongs to. Both YAML parsers PyYAML has say the
    same."""
    import yaml

    from runofshow import yamlnodes

    if parser == "python":
        monkeypatch.setattr(yamlnodes, "_Loader", yaml.SafeLoader)
    assert problems_of(tmp_path, SPLIT_VALUE) == [
        "10:1: YAML syntax: 'panel' stands on a line of its own where a key belongs; if it is "
        "the value of 'kind:' (line 9), write it on that line after the colon, or indent it "
        "further than 'kind'"]
    # indented under its key, the same value is read as the kind
    fixed = SPLIT_VALUE.replace("\npanel\n", "\n          panel\n")
    (tmp_path / "fixed.yaml").write_text(fixed, encoding="utf-8")
    assert load_agenda(tmp_path / "fixed.yaml").session("a").kind == "panel"


def test_a_line_without_its_colon_is_located_at_its_start(tmp_path):
    assert problems_of(tmp_path, "title: T\nvenue Geneva\ndays: []\n") == [
        "2:1: YAML syntax: 'venue Geneva' stands where a key belongs but has no ':' after it "
        "(write key: value, with a space after the colon)"]


def test_non_utf8_bytes_are_located(tmp_path):
    problems = problems_of(tmp_path, "title: T\nvenue: Gen\xe8ve\n".encode("latin-1"))
    assert problems == ["2:11: not UTF-8 text: byte 0xe8 cannot start a character; "
                        "save the file as UTF-8"]


def test_binary_junk_is_a_clear_error(tmp_path):
    problems = problems_of(tmp_path, b"title: T\n\x00\x01\x02\x7f")
    assert len(problems) == 1 and "not allowed" in problems[0]


def test_alias_bomb_is_refused_quickly(tmp_path):
    bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for n in range(1, 10):
        prev = chr(ord("a") + n - 1)
        bomb.append(f"{chr(ord('a') + n)}: &{chr(ord('a') + n)} [" + ",".join([f"*{prev}"] * 9) + "]")
    began = time.perf_counter()
    problems = problems_of(tmp_path, "\n".join(bomb) + "\n")
    assert time.perf_counter() - began < 2
    assert problems == ["2:8: aliases (*a) are not supported here; write the value out"]


# Our depth limit (32 levels, the root counting as one) is tested with nesting far below
# any YAML parser's own (libyaml 0.2.6 refuses flow nesting past 1000 levels), on short
# lines, so that it is our composer that refuses the 33rd level, whatever the parser.
@pytest.mark.parametrize(("text", "where"), [
    pytest.param("title: " + "[" * 32 + "x" + "]" * 32 + "\n", "1:39", id="flow-lists"),
    pytest.param("title: " + "[" * 40 + "\n", "1:39", id="flow-lists-unclosed"),
    pytest.param("title: " + "{a: " * 32 + "x" + "}" * 32 + "\n", "1:132", id="flow-mappings"),
    pytest.param("title: T\ndays:\n" + "- " * 32 + "x\n", "3:63", id="block-lists"),
    pytest.param("title: T\nvenue:\n" + "".join("  " * i + f"k{i}:\n" for i in range(1, 32))
                 + "  " * 32 + "end: x\n", "34:65", id="block-mappings"),
    pytest.param("title:\n" + " [\n" * 40, "33:2", id="flow-lists-one-per-line"),
])
def test_nesting_deeper_than_32_levels_is_refused_at_the_33rd_level(tmp_path, text, where):
    assert problems_of(tmp_path, text) == [f"{where}: nested more than 32 levels deep"]


def test_32_levels_are_read(tmp_path):
    problems = problems_of(tmp_path, "title: " + "[" * 31 + "x" + "]" * 31 + "\ndays: []\n")
    assert problems == [  # past the composer: the schema refuses what it holds
        "1:8: title must be text or a mapping of language to text (like {zh: 开幕, en: Opening}), "
        "not a list",
        "2:7: days must be a list of days, not an empty list"]


def test_nesting_a_yaml_parser_may_refuse_first_is_a_clean_located_error(tmp_path):
    # 100,000 "[" on one line: libyaml 0.2.6 (in PyYAML 6.0.4's wheels) refuses the 1001st
    # level while it scans ahead, before our composer sees the 33rd; older ones leave it
    # to our limit. Either way one located problem, at once, on the line of the brackets.
    line, _, _ = one_clean_parser_refusal(tmp_path, "title: " + "[" * 100_000)
    assert line == 1


def test_absurd_size_is_refused_without_reading(tmp_path):
    path = tmp_path / "huge.yaml"
    with open(path, "wb") as f:
        f.truncate(50 * 1024 * 1024)  # a sparse 50 MB file
    began = time.perf_counter()
    with pytest.raises(AgendaError) as caught:
        load_agenda(path)
    assert time.perf_counter() - began < 2
    assert str(caught.value) == (f"{path}:1:1: file is 50.0 MiB; an agenda or events file is at "
                                 "most 8 MiB")


def test_missing_file_is_a_located_error(tmp_path):
    with pytest.raises(AgendaError) as caught:
        load_agenda(tmp_path / "nope.yaml")
    assert "nope.yaml:1:1: cannot read the file" in str(caught.value)


def test_language_not_in_the_declared_list(tmp_path):
    problems = problems_of(tmp_path, """\
        title: T
        timezone: UTC
        languages: [zh, en]
        days:
          - date: 2024-03-13
            sessions:
              - {start: "10:00", end: "11:00", title: {zh: 开幕, fr: Ouverture}}
        """)
    assert problems == ["7:56: language 'fr' in title is not one of the agenda's languages "
                        "(zh, en)"]


def test_model_is_immutable():
    agenda = load_agenda(WIPO)
    with pytest.raises(AttributeError):
        agenda.days[0].sessions[0].start = datetime.now(ZURICH) + timedelta(hours=1)


def test_empty_and_tilde_values_mean_nothing(write_agenda, tmp_path):
    agenda = write_agenda("""\
        title: T
        timezone: Europe/Zurich
        days:
          - date: 2024-03-13
            sessions:
              - {start: "10:00", end: "10:30", title: A, description: }
              - {end: "11:00", title: B, description: ~, parent: ~}
        """)
    assert [s.description for s in agenda.sessions()] == [None, None]
    assert problems_of(tmp_path, "title: ~\ndays: []\n")[0] == \
        "1:8: title must be a single value, not nothing"


def test_only_ascii_digits_make_numbers(tmp_path):
    problems = problems_of(tmp_path, """\
        title: T
        timezone: UTC
        days:
          - date: 2024-03-13
            sessions:
              - {start: "10:00", duration: "²", title: A}
              - {start: "11:00", duration: 99999999999999999999, title: B}
        """)
    assert [p.split(": ", 1)[1] for p in problems] == [
        "duration must be whole minutes: 45, \"80m\", \"1h\" or \"1h20m\", not '²'",
        "duration must be whole minutes: 45, \"80m\", \"1h\" or \"1h20m\", not "
        "'99999999999999999999'",
    ]
