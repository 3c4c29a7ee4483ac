"""Cue planning: cues follow the cascade, fire once, and missed ones are skipped."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import datetime

import pytest
from hypothesis import event, given, settings

from runofshow.actions import Action
from runofshow.cues import GRACE_S, Cue, CueLog, CueTracker, action_cues, grace_s, missed_cues, plan_cues
from runofshow.errors import AgendaError
from runofshow.journal import cue_log_path
from runofshow.loader import load_agenda
from runofshow.projection import project
from tests.conftest import REPO, WIPO, ZURICH, zurich, zurich_s
from tests.test_properties import shows

MIN = 60


@pytest.fixture(scope="module")
def agenda():
    return load_agenda(WIPO)


def cue_map(agenda, actions, moment):
    projection = project(agenda, actions, moment)
    return {c.id: c for c in plan_cues(agenda, projection)}


def hhmm(agenda, cue) -> str:
    return f"{agenda.local(cue.at_s):%H:%M:%S}"


def test_default_cues_of_the_wipo_morning(agenda):
    cues = cue_map(agenda, [], zurich_s(13, "09:50"))
    opening = cues["d1-opening/start"]
    assert (hhmm(agenda, opening), opening.spoken) == ("10:00:00", True)
    assert opening.text == (("zh", "现在开始：开幕"), ("en", "Now starting: Opening"))
    warning = cues["d1-panel-1/warning-5"]
    assert (hhmm(agenda, warning), warning.spoken, warning.text_in("en")) == \
        ("11:25:00", False, "5 minutes remaining")
    assert cues["d1-panel-1/warning-1"].text_in("zh") == "还剩一分钟"
    resume = cues["d1-lunch/resume-5"]
    assert hhmm(agenda, resume) == "14:55:00" and resume.spoken
    assert resume.text_in("en").startswith("The session resumes in 5 minutes: Panel 2")
    assert "d1-lunch/warning-5" not in cues  # a meal gets "resumes in", not "time left"
    close = cues["d2-closing/close"]
    assert agenda.local(close.at_s) == zurich(14, "18:00")
    assert close.text_in("zh") == "今天的会议到此结束"


def test_cue_times_shift_exactly_with_an_extension(agenda):
    start = [Action(zurich_s(13, "10:10"), "start", "d1-panel-1")]
    before = cue_map(agenda, start, zurich_s(13, "10:20"))
    after = cue_map(agenda, [*start, Action(zurich_s(13, "10:20"), "extend", None, 7)],
                    zurich_s(13, "10:21"))
    for cue_id in ("d1-panel-1/warning-5", "d1-panel-1/warning-1"):
        assert after[cue_id].at_s - before[cue_id].at_s == 7 * MIN
    # the fair-remuneration talk moves 7 minutes too; lunch gives the time back, so the
    # "resumes in 5 minutes" before the 15:00 restart does not move
    assert after["d1-fair-remuneration/warning-5"].at_s - \
        before["d1-fair-remuneration/warning-5"].at_s == 7 * MIN
    assert after["d1-lunch/resume-5"].at_s == before["d1-lunch/resume-5"].at_s


def test_cue_times_follow_a_compression(agenda):
    actions = [Action(zurich_s(13, "15:00"), "start", "d1-panel-2")]
    on_time = cue_map(agenda, actions, zurich_s(13, "15:30"))
    late = cue_map(agenda, actions, zurich_s(13, "16:06"))  # panel 2 overran by 6 minutes
    # the 6 minutes are shared by the two Q&As before the 18:00 close (equal slack, 3 each):
    # this Q&A starts 6 minutes late and gives 3, so its cues move 3 minutes, not 6
    for cue_id in ("d1-panel-2-qa/warning-1", "d1-panel-2-qa/warning-5"):
        assert late[cue_id].at_s - on_time[cue_id].at_s == 3 * MIN
    assert hhmm(agenda, late["d1-panel-2-qa/warning-5"]) == "16:28:00"
    assert late["d1-panel-3-qa/warning-1"].at_s - on_time["d1-panel-3-qa/warning-1"].at_s == 0


def test_a_live_session_cut_to_hold_an_anchor_is_warned_before_its_new_end(agenda):
    # the morning runs 15 minutes late; the last talk is live 12:45-13:15
    morning = [Action(zurich_s(13, "10:15"), "start", "d1-opening")] + \
        [Action(zurich_s(13, hhmm), "next") for hhmm in ("10:25", "11:45", "12:15", "12:45")]
    before = cue_map(agenda, morning, zurich_s(13, "13:00"))
    assert hhmm(agenda, before["d1-lunch/resume-5"]) == "14:55:00"
    # lunch starts at 13:15 and gives 15 minutes to hold Panel 2 at 15:00: the room is
    # still called back at 14:55, not at 15:10
    lunch = cue_map(agenda, [*morning, Action(zurich_s(13, "13:15"), "next")], zurich_s(13, "13:16"))
    assert hhmm(agenda, lunch["d1-lunch/resume-5"]) == "14:55:00"

    afternoon = [Action(zurich_s(13, "15:00"), "start", "d1-panel-2"),
                 Action(zurich_s(13, "16:00"), "next"), Action(zurich_s(13, "16:30"), "next")]
    # panel 3 overran by 10: its live Q&A ends at 17:55, not 18:05, for the 18:00 close
    cues = cue_map(agenda, [*afternoon, Action(zurich_s(13, "17:40"), "next")], zurich_s(13, "17:41"))
    assert [hhmm(agenda, cues[f"d1-panel-3-qa/warning-{m}"]) for m in (5, 1)] == \
        ["17:50:00", "17:54:00"]
    # started at 17:50 it cannot end before its 10 minutes: warned for 18:00 (the close is late)
    cues = cue_map(agenda, [*afternoon, Action(zurich_s(13, "17:50"), "next")], zurich_s(13, "17:50"))
    assert [hhmm(agenda, cues[f"d1-panel-3-qa/warning-{m}"]) for m in (5, 1)] == \
        ["17:55:00", "17:59:00"]


def test_a_skip_removes_its_cues_and_moves_the_next(agenda):
    actions = [Action(zurich_s(13, "11:30"), "start", "d1-fireside")]
    before = cue_map(agenda, actions, zurich_s(13, "11:31"))
    skipped = cue_map(agenda, [*actions, Action(zurich_s(13, "11:31"), "skip", "d1-training-data")],
                      zurich_s(13, "11:32"))
    assert not [c for c in skipped if c.startswith("d1-training-data/")]
    assert "d1-training-data/warning-5" in before
    # the talk after it keeps its published time: cues do not move earlier
    assert skipped["d1-fair-remuneration/warning-5"].at_s == \
        before["d1-fair-remuneration/warning-5"].at_s


def run_cues(agenda, actions, since_s, until_s, tracker) -> list[tuple[int, str, Cue]]:
    """What the app decides after `since_s` up to `until_s`, with no lateness: the cues each
    action sets off (a start, a day's close), at its moment, and each planned cue as the
    plan of its own second has it, as its job finds it then. [(moment, outcome, cue)]"""
    decided = []
    moment = since_s
    while True:
        done = [a for a in actions if a.at_s <= moment]
        waiting = [a.at_s for a in actions if a.at_s > moment]
        plan = [c for c in plan_cues(agenda, project(agenda, done, moment), moment + 1)
                if not tracker.settled(c)]
        moment = min([*waiting, *(c.at_s for c in plan[:1]), until_s + 1])
        if moment > until_s:
            return decided
        before = project(agenda, done, moment)
        for action in [a for a in actions if a.at_s == moment]:
            done.append(action)
            after = project(agenda, done, moment)
            for cue in action_cues(agenda, before, after):
                if tracker.decide(cue, moment) == "fire":
                    decided.append((moment, "fired", cue))
            before = after
        for cue in plan_cues(agenda, before, moment):
            if cue.at_s == moment and tracker.decide(cue, moment) == "fire":
                decided.append((moment, "fired", cue))


def said(agenda, decided) -> list[tuple[str, str]]:
    return [(cue.id, f"{agenda.local(moment):%H:%M:%S}") for moment, _, cue in decided]


EXTENDED = """\
    title: T
    timezone: Europe/Zurich
    cues: {warnings: [5, 2]}
    days:
      - date: 2024-03-13
        sessions:
          - {id: talk, start: "10:00", end: "11:30", title: Talk}
          - {id: lunch, end: "12:30", kind: meal, title: Lunch}
          - {id: panel, end: "13:30", title: Panel}
    """


def test_a_warning_that_fired_is_due_again_before_the_end_an_extension_moved_later(write_agenda):
    """The talk ends 11:30: "5 minutes" at 11:25, "2 minutes" at 11:28. The chair presses +5
    at 11:29: it now ends 11:35, and the room hears both again, at 11:30 and 11:33; once."""
    agenda = write_agenda(EXTENDED)
    tracker = CueTracker()
    started = [Action(zurich_s(13, "10:00"), "start", "talk")]
    morning = run_cues(agenda, started, zurich_s(13, "09:59"), zurich_s(13, "11:29"), tracker)
    assert said(agenda, morning) == [("talk/start", "10:00:00"), ("talk/warning-5", "11:25:00"),
                                     ("talk/warning-2", "11:28:00")]
    extended = [*started, Action(zurich_s(13, "11:29"), "extend", None, 5)]
    after = run_cues(agenda, extended, zurich_s(13, "11:29") - 1, zurich_s(13, "11:40"), tracker)
    assert said(agenda, after) == [("talk/warning-5", "11:30:00"), ("talk/warning-2", "11:33:00")]
    for cue in (cue for _, _, cue in morning + after):  # each for its own end: never again
        assert tracker.decide(cue, zurich_s(13, "11:40")) == "done"


def test_a_compression_after_a_warning_neither_repeats_it_nor_fires_one_in_the_past(write_agenda):
    agenda = write_agenda(EXTENDED)
    tracker = CueTracker()
    started = [Action(zurich_s(13, "10:00"), "start", "talk")]
    run_cues(agenda, started, zurich_s(13, "09:59"), zurich_s(13, "11:26"), tracker)
    # -2 at 11:26: the talk ends 11:28; "5 minutes" (now 11:23) was heard; "2 minutes" is due now
    shortened = [*started, Action(zurich_s(13, "11:26"), "extend", None, -2)]
    after = run_cues(agenda, shortened, zurich_s(13, "11:26") - 1, zurich_s(13, "11:40"), tracker)
    assert said(agenda, after) == [("talk/warning-2", "11:26:00")]
    moved = {c.id: c for c in plan_cues(agenda, project(agenda, shortened, zurich_s(13, "11:26")),
                                        zurich_s(13, "11:00"))}
    assert hhmm(agenda, moved["talk/warning-5"]) == "11:23:00"
    assert tracker.decide(moved["talk/warning-5"], zurich_s(13, "11:26")) == "done"
    assert tracker.sweep(list(moved.values()), zurich_s(13, "11:26")) == []
    # -3 at 11:27:30 instead: "2 minutes" would have been due at 11:25; it is not fired late
    tracker = CueTracker()
    run_cues(agenda, started, zurich_s(13, "09:59"), zurich_s(13, "11:27"), tracker)
    shortened = [*started, Action(zurich_s(13, "11:27", second=30), "extend", None, -3)]
    assert run_cues(agenda, shortened, zurich_s(13, "11:27"), zurich_s(13, "11:40"), tracker) == []


def test_a_resume_call_that_fired_is_due_again_when_the_break_is_extended(write_agenda):
    agenda = write_agenda(EXTENDED)
    tracker = CueTracker()
    lunch = [Action(zurich_s(13, "10:00"), "start", "talk"), Action(zurich_s(13, "11:30"), "next")]
    fired = run_cues(agenda, lunch, zurich_s(13, "11:30"), zurich_s(13, "12:26"), tracker)
    assert said(agenda, fired) == [("lunch/resume-5", "12:25:00")]
    longer = [*lunch, Action(zurich_s(13, "12:26"), "extend", None, 10)]  # back at 12:40
    fired = run_cues(agenda, longer, zurich_s(13, "12:26"), zurich_s(13, "12:40"), tracker)
    assert said(agenda, fired) == [("lunch/resume-5", "12:35:00")]
    assert fired[0][2].text_in("en").startswith("The session resumes in 5 minutes: Panel")


def test_the_day_closes_again_when_the_chair_reopened_it(write_agenda):
    """The chair ended the day's last session (the close is said), then ran the lunch talk
    passed over before it after all: its end closes the day again."""
    agenda = write_agenda(EXTENDED)
    tracker = CueTracker()
    actions = [Action(zurich_s(13, "10:00"), "start", "talk"),
               Action(zurich_s(13, "11:30"), "start", "panel"),  # lunch passed over
               Action(zurich_s(13, "12:30"), "end"),
               Action(zurich_s(13, "12:35"), "start", "lunch"),
               Action(zurich_s(13, "13:00"), "end")]
    fired = run_cues(agenda, actions, zurich_s(13, "09:59"), zurich_s(13, "14:00"), tracker)
    assert [(cue_id, at) for cue_id, at in said(agenda, fired) if cue_id.endswith("/close")] == \
        [("panel/close", "12:30:00"), ("panel/close", "13:00:00")]


def test_a_day_whose_last_session_was_shortened_to_nothing_closes_once(write_agenda):
    """Its close is timed at its planned start (10:30); after that, with nothing live, the
    session would start and end "now" at every second: the close is not said again at the
    chair's next action."""
    agenda = write_agenda("""\
        title: T
        timezone: Europe/Zurich
        days:
          - date: 2024-03-13
            sessions:
              - {id: talk, start: "10:00", end: "10:30", title: Talk}
              - {id: closing, end: "10:35", title: Closing}
          - date: 2024-03-14
            sessions:
              - {id: day-2, start: "10:00", end: "11:00", title: Day 2}
        """)
    actions = [Action(zurich_s(13, "10:00"), "start", "talk"),
               Action(zurich_s(13, "10:05"), "extend", "closing", -5),
               Action(zurich_s(13, "10:20"), "end"),
               Action(zurich_s(13, "10:40"), "extend", "day-2", 5)]
    fired = run_cues(agenda, actions, zurich_s(13, "09:59"), zurich_s(13, "11:00"), CueTracker())
    assert [(cue_id, at) for cue_id, at in said(agenda, fired) if cue_id.endswith("/close")] == \
        [("closing/close", "10:30:00")]


def test_a_start_that_was_skipped_is_announced_when_the_chair_starts_the_session(agenda):
    tracker = CueTracker()
    plan = plan_cues(agenda, project(agenda, [], zurich_s(13, "09:50")))
    tracker.sweep(plan, zurich_s(13, "10:20"))  # the computer slept through 10:00
    assert tracker.done["d1-opening/start"] == "skipped"
    before = project(agenda, [], zurich_s(13, "10:21"))
    after = project(agenda, [Action(zurich_s(13, "10:21"), "start", "d1-opening")], zurich_s(13, "10:21"))
    (start,) = action_cues(agenda, before, after)
    assert tracker.decide(start, start.at_s) == "fire"
    assert tracker.decide(start, start.at_s + 60) == "done"


def test_cues_missed_while_asleep_are_skipped_and_logged_not_fired_in_a_burst(agenda):
    tracker = CueTracker(grace_s=5)
    projection = project(agenda, [], zurich_s(13, "09:50"))
    plan = plan_cues(agenda, projection)
    woke = zurich_s(13, "11:40")  # the laptop slept from 09:50 to 11:40
    skipped = tracker.sweep(plan, woke)
    assert {c.id for c in skipped} >= {"d1-opening/start", "d1-panel-1/warning-5",
                                       "d1-fireside/start"}
    assert all(tracker.decide(c, woke) == "done" for c in skipped)
    assert all(outcome == "skipped" for _, outcome, _ in tracker.log)
    upcoming = [c for c in plan if c.at_s > woke]
    assert upcoming and all(c.id not in tracker.done for c in upcoming)


def test_the_cues_missed_while_the_app_was_closed_are_those_that_came_due(agenda):
    """Closed at 09:55 and opened at 10:20 with nothing started: the opening's start came
    due at 10:00; its warnings and panel 1's start did not (nobody started the opening: they
    move on with the clock). Panel 1 live since 10:10, closed 11:00 to 11:40: its warnings."""
    missed = missed_cues(agenda, [], zurich_s(13, "09:55"), zurich_s(13, "10:20"))
    assert [(c.id, hhmm(agenda, c)) for c in missed] == [("d1-opening/start", "10:00:00")]
    panel = [Action(zurich_s(13, "10:10"), "start", "d1-panel-1")]
    missed = missed_cues(agenda, panel, zurich_s(13, "11:00"), zurich_s(13, "11:40"))
    assert [(c.id, hhmm(agenda, c)) for c in missed] == [("d1-panel-1/warning-5", "11:25:00"),
                                                         ("d1-panel-1/warning-1", "11:29:00")]
    assert [c.id for c in missed_cues(agenda, panel, zurich_s(13, "11:25"), zurich_s(13, "11:28"))] == []
    assert missed_cues(agenda, panel, zurich_s(13, "11:40"), zurich_s(13, "11:30")) == []


def test_no_start_is_announced_for_a_session_nobody_started(agenda):
    """A start is announced at a moment of the plan (its planned start, or the end of an
    upcoming session before it), or by the chair's action: never because its moment passed
    with nothing live. The chair ended panel 1 late (End, not Next): "Now starting:
    Fireside" would be a lie until someone starts it. The show opened at 10:20 with nothing
    run: no "Now starting: Opening" at launch. Ended early, the next still starts on time."""
    start = [Action(zurich_s(13, "10:10"), "start", "d1-panel-1")]
    ended_late = [*start, Action(zurich_s(13, "11:35"), "end")]
    for actions, moment in ((ended_late, zurich_s(13, "11:35")), ([], zurich_s(13, "10:20"))):
        projection = project(agenda, actions, moment)
        due = projection.due(agenda.days[0].date)
        assert due.start_s == moment  # projected to start now (rule 3) ...
        planned = plan_cues(agenda, projection, after_s=moment - 60)
        assert f"{due.id}/start" not in {c.id for c in planned}  # ... but not announced
    ended_early = [*start, Action(zurich_s(13, "11:25"), "end")]
    cues = cue_map(agenda, ended_early, zurich_s(13, "11:26"))
    assert hhmm(agenda, cues["d1-fireside/start"]) == "11:30:00"
    # the chair's Start announces it, at once
    before = project(agenda, ended_late, zurich_s(13, "11:36"))
    after = project(agenda, [*ended_late, Action(zurich_s(13, "11:36"), "start", "d1-fireside")],
                    zurich_s(13, "11:36"))
    assert [c.id for c in action_cues(agenda, before, after)] == ["d1-fireside/start"]


def test_action_cues_announce_a_start_and_the_close(agenda):
    before = project(agenda, [], zurich_s(13, "10:02"))
    started = project(agenda, [Action(zurich_s(13, "10:02"), "start", "d1-opening")],
                      zurich_s(13, "10:02"))
    cues = action_cues(agenda, before, started)
    assert [(c.id, c.at_s) for c in cues] == [("d1-opening/start", started.at_s)]
    last = [Action(zurich_s(14, "17:45"), "start", "d2-closing")]
    live = project(agenda, last, zurich_s(14, "18:01"))
    ended = project(agenda, [*last, Action(zurich_s(14, "18:01"), "end")], zurich_s(14, "18:01"))
    assert [c.id for c in action_cues(agenda, live, ended)] == ["d2-closing/close"]


def test_cue_settings_from_the_agenda_file(write_agenda):
    agenda = write_agenda("""\
        title: T
        timezone: Europe/Zurich
        languages: [en, fr]
        cues:
          warnings: [10, 2]
          speak: [start, warning]
          texts:
            warning: {en: "{minutes} min for {title}", fr: "{minutes} min pour {title}"}
        days:
          - date: 2024-03-13
            sessions:
              - {id: a, start: "10:00", end: "11:00", title: {en: Talk, fr: Exposé}}
              - id: b
                end: "12:00"
                title: Quiet
                cues: {silent: true, warnings: [3]}
        """)
    cues = {c.id: c for c in plan_cues(agenda, project(agenda, [], zurich_s(13, "09:00")))}
    assert sorted(cues) == ["a/start", "a/warning-10", "a/warning-2", "b/close", "b/start",
                            "b/warning-3"]
    assert cues["a/warning-10"].text == (("en", "10 min for Talk"), ("fr", "10 min pour Exposé"))
    assert cues["a/warning-10"].spoken and not cues["b/warning-3"].spoken
    assert not cues["b/close"].spoken  # close is not in `speak`
    assert cues["a/start"].text_in("fr") == "Début : Exposé"


def test_bad_cue_settings_are_located(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("title: T\ntimezone: UTC\ncues:\n  speak: [start, warnings]\n  loud: true\n"
                    "days:\n  - date: 2024-03-13\n    sessions:\n"
                    "      - {start: '10:00', end: '11:00', title: A, cues: {close: true}}\n",
                    encoding="utf-8")
    with pytest.raises(AgendaError) as caught:
        load_agenda(path)
    lines = [line.split(":", 1)[1] for line in str(caught.value).splitlines()]
    assert lines == [
        "4:18: unknown cue kind 'warnings'; did you mean 'warning'?",
        "5:3: unknown key 'loud' in cues (known: warnings, resume, start, close, speak, "
        "silent, texts)",
        "9:57: unknown key 'close' in cues (known: warnings, resume, start, speak, silent, "
        "texts)",
    ]


@settings(max_examples=100, deadline=None)
@given(shows())
def test_planned_cues_are_unique_ordered_and_ahead(show):
    agenda, actions, now = show
    projection = project(agenda, actions, now)
    cues = plan_cues(agenda, projection)
    assert len({c.id for c in cues}) == len(cues)
    assert [c.at_s for c in cues] == sorted(c.at_s for c in cues)
    assert all(c.at_s >= projection.at_s for c in cues)
    placed = {p.id: p for p in projection.all_sessions()}
    for cue in cues:
        item = placed[cue.session]
        assert item.state in ("live", "upcoming")
        if cue.kind == "warning":  # inside its session, before its due end
            assert item.start_s < cue.at_s < item.start_s + item.session.duration_s \
                + item.adjusted_by_s - item.compressed_by_s + 1


@settings(max_examples=150, deadline=None)
@given(shows())
def test_a_cue_fires_once_for_its_moment_and_again_only_after_an_action_moved_it(show):
    """For any actions of the chair, with the clock running an hour and a half past the
    last: no cue fires twice for one moment, a session's start at most once, and a cue
    fires again only later, after an action (the clock alone never repeats one)."""
    agenda, actions, now = show
    first = agenda.days[0].sessions[0].start_s - 60 * MIN
    decided = run_cues(agenda, actions, first, now, CueTracker())
    fired = [(cue.id, moment) for moment, _, cue in decided]
    assert len(set(fired)) == len(fired)
    starts = [cue_id for cue_id, _ in fired if cue_id.endswith("/start")]
    assert len(set(starts)) == len(starts)
    last: dict[str, int] = {}
    for cue_id, moment in fired:
        if cue_id in last:
            event("a cue fired again")
            assert moment > last[cue_id]
            assert any(last[cue_id] <= a.at_s <= moment for a in actions), (cue_id, last[cue_id], moment)
        last[cue_id] = moment


def test_cues_command_json(tmp_path):
    result = subprocess.run([sys.executable, "-m", "runofshow", "cues", str(WIPO), "--at",
                             "2024-03-14T09:50", "--json"], capture_output=True, text=True,
                            cwd=REPO, timeout=60)
    assert result.returncode == 0, result.stderr
    cues = json.loads(result.stdout)
    first = cues[0]
    assert {"at", "session", "kind", "text"} <= set(first)
    assert (first["at"], first["session"], first["kind"]) == \
        ("2024-03-14T10:00:00+01:00", "d2-opening", "start")
    assert first["text"] == {"zh": "现在开始：第2天开始", "en": "Now starting: Opening of Day 2"}
    resume = next(c for c in cues if c["kind"] == "resume")
    assert (resume["at"], resume["session"]) == ("2024-03-14T14:55:00+01:00", "d2-lunch")
    assert all(c["at"].startswith("2024-03-14") for c in cues)  # day 1 is over
    assert [c["at"] for c in cues] == sorted(c["at"] for c in cues)


# -- how late a cue may be, at a rehearsal's speed ---------------------------------------------

def test_the_grace_allows_the_wake_up_latency_at_the_clocks_speed(agenda):
    assert grace_s(1.0) == GRACE_S == 5  # the real show: as documented
    assert grace_s(0.0) == GRACE_S  # a paused rehearsal
    assert grace_s(10.0) == 9.5 and grace_s(60.0) == 34.5
    # in real time the grace shrinks as the speed grows: a jump is still told from a wake-up
    assert 0.5 < grace_s(60.0) / 60 < 0.6 and grace_s(10.0) / 10 < 1
    start = [Action(zurich_s(13, "10:10"), "start", "d1-panel-1")]
    cue = cue_map(agenda, start, zurich_s(13, "11:24"))["d1-panel-1/warning-5"]
    # woken 0.2 s of real time late at 60x: 12 show-seconds late, and it fires
    assert CueTracker().decide(cue, cue.at_s + 12, grace_s(60.0)) == "fire"
    assert CueTracker().decide(cue, cue.at_s + 12) == "skip"  # what it did before (5 s)
    # jumped over by a minute at 60x: skipped
    tracker = CueTracker()
    assert tracker.sweep([cue], cue.at_s + 60, grace_s(60.0)) == [cue]
    assert tracker.done == {cue.id: "skipped"}


# -- the cue log -----------------------------------------------------------------------------

def test_the_cue_log_keeps_every_outcome_and_starts_a_tracker_with_them(agenda, tmp_path):
    journal = tmp_path / "rehearsal-2024-03-13.jsonl"
    path = cue_log_path(journal)
    assert path.name == "rehearsal-2024-03-13.cues.jsonl"
    started = [Action(zurich_s(13, "10:00"), "start", "d1-opening")]
    cues = cue_map(agenda, started, zurich_s(13, "10:00"))
    warning, last = cues["d1-opening/warning-5"], cues["d1-opening/warning-1"]
    written = CueLog.open(path, ZURICH)
    assert written.records == [] and not path.exists()  # nothing is written until a cue is
    written.record("fired", warning, warning.at_s + 0.4)
    written.record("skipped", last, last.at_s + 95)
    written.record_speech(last.id, "not heard", "no audio output — aplay: audio open error")

    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert lines[0] == {
        "cue": "d1-opening/warning-5", "outcome": "fired", "due": "2024-03-13T10:05:00+01:00",
        "decided": "2024-03-13T10:05:00+01:00", "late_s": 0, "real": lines[0]["real"],
        "session": "d1-opening", "kind": "warning", "minutes": 5, "spoken": False,
        "text": {"zh": "还剩5分钟", "en": "5 minutes remaining"}}
    assert (lines[1]["outcome"], lines[1]["late_s"], lines[1]["decided"]) == \
        ("skipped", 95, "2024-03-13T10:10:35+01:00")
    assert {k: v for k, v in lines[2].items() if k != "real"} == {
        "cue": "d1-opening/warning-1", "speech": "not heard",
        "why": "no audio output — aplay: audio open error"}
    assert abs(datetime.fromisoformat(lines[0]["real"]).timestamp() - time.time()) < 5

    read = CueLog.open(path, ZURICH)  # as a restart reads it
    assert [(r.outcome, r.cue, r.speech, r.why) for r in read.records] == [
        ("fired", warning, None, None),
        ("skipped", last, "not heard", "no audio output — aplay: audio open error")]
    tracker = CueTracker.resume(read.records)
    assert tracker.done == {warning.id: "fired", last.id: "skipped"}
    assert tracker.decide(warning, warning.at_s) == "done"  # never fired again
    assert [(outcome, cue.id) for _, outcome, cue in tracker.log] == \
        [("fired", warning.id), ("skipped", last.id)]


def test_a_torn_or_damaged_cue_log_line_is_left_out_and_the_rest_is_kept(agenda, tmp_path, caplog):
    path = tmp_path / "show.cues.jsonl"
    cues = cue_map(agenda, [Action(zurich_s(13, "10:00"), "start", "d1-opening")],
                   zurich_s(13, "10:00"))
    first = CueLog.open(path, ZURICH)
    first.record("fired", cues["d1-opening/warning-5"], cues["d1-opening/warning-5"].at_s)
    with open(path, "a", encoding="utf-8") as file:
        file.write("not json at all\n")  # damaged in the middle
    first.record("fired", cues["d1-opening/warning-1"], cues["d1-opening/warning-1"].at_s)
    with open(path, "a", encoding="utf-8") as file:
        file.write('{"cue": "d1-panel-1/start", "outc')  # torn by a power cut
    again = CueLog.open(path, ZURICH)
    assert [r.cue.id for r in again.records] == ["d1-opening/warning-5", "d1-opening/warning-1"]
    assert "show.cues.jsonl:2: cue log line left out" in caplog.text
    start = cue_map(agenda, [], zurich_s(13, "09:50"))["d1-opening/start"]
    again.record("skipped", start, start.at_s + 60)  # on a line of its own after the torn one
    assert [r.cue.id for r in CueLog.open(path, ZURICH).records] == \
        ["d1-opening/warning-5", "d1-opening/warning-1", "d1-opening/start"]
