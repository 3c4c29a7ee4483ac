"""The cascade rules (docs/contracts.md, "The projection"), one example each, on small hand-made agendas."""

from __future__ import annotations

import pytest

from runofshow.actions import Action, ActionError
from runofshow.loader import load_agenda
from runofshow.projection import project
from tests.conftest import WIPO, zurich_s

MIN = 60


def act(hhmm: str, kind: str, session: str | None = None, minutes: int | None = None,
        day: int = 13) -> Action:
    return Action(zurich_s(day, hhmm), kind, session, minutes)


def hm(agenda, epoch_s) -> str:
    return f"{agenda.local(epoch_s):%H:%M:%S}"


def times(agenda, projection, session_id):
    p = projection.session(session_id)
    return (p.state, hm(agenda, p.start_s) if p.start_s else None,
            hm(agenda, p.end_s) if p.end_s else None)


AFTERNOON = """\
title: Afternoon
timezone: Europe/Zurich
days:
  - date: 2024-03-13
    sessions:
      - {id: panel, start: "16:00", end: "17:00", title: Panel}
      - {id: qa, end: "17:30", title: Q&A, kind: qa, parent: panel, min_duration: 10}
      - {id: talk, end: "17:50", title: Talk}
      - {id: close, end: "18:00", title: Close, hard_end: true, kind: closing}
"""


def test_qa_overrun_absorbed_before_hard_end(write_agenda):
    agenda = write_agenda(AFTERNOON)
    actions = [act("16:00", "start", "panel"), act("17:00", "next")]
    # the Q&A is still going at 17:36: 6 minutes over
    projection = project(agenda, actions, zurich_s(13, "17:36"))
    assert times(agenda, projection, "qa") == ("live", "17:00:00", "17:36:00")
    assert times(agenda, projection, "talk") == ("upcoming", "17:36:00", "17:56:00")
    # nothing flexible remains after the live Q&A: the close is breached by the overrun
    day = projection.days[0]
    assert [(b.session, b.anchor, b.late_by_s) for b in day.breaches] == [("close", "end", 6 * MIN)]
    assert day.late_by_s == 6 * MIN

    # while the panel overruns instead, the Q&A (upcoming, flexible) absorbs it
    projection = project(agenda, actions[:1], zurich_s(13, "17:08"))
    qa = projection.session("qa")
    assert qa.compressed_by_s == 8 * MIN
    assert times(agenda, projection, "qa") == ("upcoming", "17:08:00", "17:30:00")
    assert times(agenda, projection, "close") == ("upcoming", "17:50:00", "18:00:00")
    assert projection.days[0].breaches == () and projection.days[0].late_by_s == 0


LUNCH = """\
title: Lunch
timezone: Europe/Zurich
days:
  - date: 2024-03-13
    sessions:
      - {id: morning, start: "12:00", end: "13:00", title: Morning}
      - {id: lunch, end: "15:00", title: Lunch, kind: meal, min_duration: 90}
      - {id: restart, end: "16:00", title: Panel 2, hard_start: true}
      - {id: close, end: "18:00", title: Close, hard_end: true}
"""


def test_lunch_shortened_to_hold_the_1500_restart(write_agenda):
    agenda = write_agenda(LUNCH)
    actions = [act("12:00", "start", "morning"), act("13:25", "next")]
    # before lunch starts, it gives up 25 minutes and the restart holds
    projection = project(agenda, actions[:1], zurich_s(13, "13:25"))
    assert projection.session("lunch").compressed_by_s == 25 * MIN
    assert times(agenda, projection, "lunch") == ("upcoming", "13:25:00", "15:00:00")
    assert times(agenda, projection, "restart") == ("upcoming", "15:00:00", "16:00:00")
    assert projection.days[0].breaches == ()

    # once lunch is live it still gives them: what is left of it (13:30 to 15:25, above its
    # 90 minutes from 13:25) is 30 minutes of slack, 25 are taken
    projection = project(agenda, actions, zurich_s(13, "13:30"))
    assert projection.session("lunch").compressed_by_s == 25 * MIN
    assert times(agenda, projection, "lunch") == ("live", "13:25:00", "15:00:00")
    assert times(agenda, projection, "restart") == ("upcoming", "15:00:00", "16:00:00")
    assert projection.days[0].breaches == ()


def test_breach_when_slack_runs_out(write_agenda):
    agenda = write_agenda(LUNCH)
    # the morning runs to 13:40: lunch can give only 30 minutes, 10 are missing
    projection = project(agenda, [act("12:00", "start", "morning")], zurich_s(13, "13:40"))
    lunch = projection.session("lunch")
    assert lunch.compressed_by_s == 30 * MIN
    assert times(agenda, projection, "lunch") == ("upcoming", "13:40:00", "15:10:00")
    assert times(agenda, projection, "restart") == ("upcoming", "15:10:00", "16:10:00")
    breach = projection.days[0].breaches[0]
    assert (breach.session, breach.anchor, breach.late_by_s) == ("restart", "start", 10 * MIN)


def wipo_late_morning():
    """The WIPO day 1 run 15 minutes late: the last morning talk is live 12:45-13:15."""
    return [act("10:15", "start", "d1-opening"), act("10:25", "next"), act("11:45", "next"),
            act("12:15", "next"), act("12:45", "next")]


def test_a_late_live_lunch_counts_down_to_the_1500_restart():
    agenda = load_agenda(WIPO)  # lunch 13:00-15:00, at least 90 min; Panel 2 hard start 15:00
    morning = wipo_late_morning()
    # while the last morning talk is live, lunch is projected 13:15-15:00
    projection = project(agenda, morning, zurich_s(13, "13:00"))
    assert times(agenda, projection, "d1-fair-remuneration") == ("live", "12:45:00", "13:15:00")
    assert times(agenda, projection, "d1-lunch") == ("upcoming", "13:15:00", "15:00:00")
    assert times(agenda, projection, "d1-panel-2") == ("upcoming", "15:00:00", "16:00:00")
    # the moment lunch starts it stays 13:15-15:00: live, it still gives the 15 minutes
    for moment in ("13:15", "13:19", "14:50"):
        projection = project(agenda, [*morning, act("13:15", "next")], zurich_s(13, moment))
        lunch = projection.session("d1-lunch")
        assert times(agenda, projection, "d1-lunch") == ("live", "13:15:00", "15:00:00")
        assert (lunch.compressed_by_s, lunch.due_end_s) == (15 * MIN, zurich_s(13, "15:00"))
        assert times(agenda, projection, "d1-panel-2") == ("upcoming", "15:00:00", "16:00:00")
        assert projection.days[0].breaches == () and projection.days[0].late_by_s == 0


def test_a_live_qa_is_cut_for_the_1800_close(write_agenda):
    agenda = write_agenda(AFTERNOON)  # qa 17:00-17:30, at least 10; close ends hard at 18:00
    actions = [act("16:00", "start", "panel"), act("17:10", "next")]
    # the panel overran by 10: the live Q&A (17:10-17:40 by plan) gives them back
    projection = project(agenda, actions, zurich_s(13, "17:12"))
    qa = projection.session("qa")
    assert times(agenda, projection, "qa") == ("live", "17:10:00", "17:30:00")
    assert (qa.compressed_by_s, qa.adjusted_by_s) == (10 * MIN, 0)
    assert times(agenda, projection, "talk") == ("upcoming", "17:30:00", "17:50:00")
    assert times(agenda, projection, "close") == ("upcoming", "17:50:00", "18:00:00")
    assert projection.days[0].breaches == () and projection.days[0].late_by_s == 0


def test_a_live_session_and_the_upcoming_ones_share_in_proportion_to_their_slack(write_agenda):
    agenda = write_agenda(AFTERNOON.replace("title: Talk}", "title: Talk, min_duration: 10}"))
    actions = [act("16:00", "start", "panel"), act("17:10", "next")]
    # 10 minutes to give: the live Q&A has 20 left above its minimum, the talk 10
    projection = project(agenda, actions, zurich_s(13, "17:12"))
    assert projection.session("qa").compressed_by_s == 400
    assert projection.session("talk").compressed_by_s == 200
    assert times(agenda, projection, "qa") == ("live", "17:10:00", "17:33:20")
    assert times(agenda, projection, "talk") == ("upcoming", "17:33:20", "17:50:00")
    assert projection.days[0].breaches == ()


def test_the_live_session_never_goes_below_its_minimum_from_its_actual_start(write_agenda):
    agenda = write_agenda(AFTERNOON)
    # the panel overran by 25: the Q&A started at 17:25 may not end before 17:35
    actions = [act("16:00", "start", "panel"), act("17:25", "next")]
    projection = project(agenda, actions, zurich_s(13, "17:26"))
    assert projection.session("qa").compressed_by_s == 20 * MIN
    assert times(agenda, projection, "qa") == ("live", "17:25:00", "17:35:00")
    assert times(agenda, projection, "close") == ("upcoming", "17:55:00", "18:05:00")
    assert [(b.session, b.anchor, b.late_by_s) for b in projection.days[0].breaches] == \
        [("close", "end", 5 * MIN)]


def test_the_live_session_never_ends_before_now(write_agenda):
    agenda = write_agenda(AFTERNOON)
    actions = [act("16:00", "start", "panel"), act("17:10", "next")]
    # 17:25, past its minimum (17:20): what is left of it, 15 minutes, covers the 10
    projection = project(agenda, actions, zurich_s(13, "17:25"))
    assert times(agenda, projection, "qa") == ("live", "17:10:00", "17:30:00")
    # 17:33: only 7 minutes are left of it; it ends now and the close is 3 minutes late
    projection = project(agenda, actions, zurich_s(13, "17:33"))
    assert projection.session("qa").compressed_by_s == 7 * MIN
    assert times(agenda, projection, "qa") == ("live", "17:10:00", "17:33:00")
    assert [(b.session, b.late_by_s) for b in projection.days[0].breaches] == [("close", 3 * MIN)]
    # 17:45, past its planned end: it overruns, nothing is left of it to give
    projection = project(agenda, actions, zurich_s(13, "17:45"))
    assert projection.session("qa").compressed_by_s == 0
    assert times(agenda, projection, "qa") == ("live", "17:10:00", "17:45:00")
    assert [(b.session, b.late_by_s) for b in projection.days[0].breaches] == [("close", 15 * MIN)]


def test_a_live_session_the_chair_adjusted_is_never_compressed(write_agenda):
    agenda = write_agenda(AFTERNOON)
    for minutes, late in ((-1, 9), (2, 12)):
        actions = [act("16:00", "start", "panel"), act("17:10", "next"),
                   act("17:11", "extend", minutes=minutes)]
        projection = project(agenda, actions, zurich_s(13, "17:12"))
        qa = projection.session("qa")
        assert (qa.compressed_by_s, qa.adjusted_by_s) == (0, minutes * MIN)
        assert qa.end_s == zurich_s(13, "17:40") + minutes * MIN
        assert [(b.session, b.late_by_s) for b in projection.days[0].breaches] == \
            [("close", late * MIN)]


def test_a_live_hard_end_session_holds_its_own_end(write_agenda):
    agenda = write_agenda("""\
        title: T
        timezone: Europe/Zurich
        days:
          - date: 2024-03-13
            sessions:
              - {id: panel, start: "16:00", end: "17:00", title: Panel}
              - {id: closing, end: "18:00", title: Closing, hard_end: true, min_duration: 40}
        """)
    # started 15 minutes late, what is left of it above 40 minutes gives the 15
    actions = [act("16:00", "start", "panel"), act("17:15", "next")]
    projection = project(agenda, actions, zurich_s(13, "17:16"))
    assert projection.session("closing").compressed_by_s == 15 * MIN
    assert times(agenda, projection, "closing") == ("live", "17:15:00", "18:00:00")
    assert projection.days[0].breaches == ()
    # started 25 minutes late: 40 minutes from 17:25 end at 18:05, 5 minutes late
    actions = [act("16:00", "start", "panel"), act("17:25", "next")]
    projection = project(agenda, actions, zurich_s(13, "17:26"))
    assert times(agenda, projection, "closing") == ("live", "17:25:00", "18:05:00")
    assert [(b.session, b.anchor, b.late_by_s) for b in projection.days[0].breaches] == \
        [("closing", "end", 5 * MIN)]


def test_nothing_is_taken_from_the_live_session_that_cannot_reach_the_anchor(write_agenda):
    agenda = write_agenda("""\
        title: T
        timezone: Europe/Zurich
        days:
          - date: 2024-03-13
            sessions:
              - {id: a, start: "10:00", end: "11:00", title: A}
              - {id: qa, end: "11:30", title: QA, min_duration: 10}
              - {id: b, start: "11:45", end: "12:30", title: B}
              - {id: close, end: "12:40", title: Close, hard_end: true}
        """)
    # b is extended by 20: the close is 20 late. The live Q&A ends before b's 11:45: cutting
    # it would bring nothing earlier, so it keeps its time.
    actions = [act("10:00", "start", "a"), act("11:05", "next"), act("11:06", "extend", "b", 20)]
    projection = project(agenda, actions, zurich_s(13, "11:07"))
    assert projection.session("qa").compressed_by_s == 0
    assert times(agenda, projection, "qa") == ("live", "11:05:00", "11:35:00")
    assert projection.days[0].breaches[0].late_by_s == 20 * MIN
    # started at 11:20 it runs to 11:50 and holds b 5 minutes late: it gives those 5 only
    actions = [act("10:00", "start", "a"), act("11:20", "next"), act("11:21", "extend", "b", 20)]
    projection = project(agenda, actions, zurich_s(13, "11:22"))
    assert projection.session("qa").compressed_by_s == 5 * MIN
    assert times(agenda, projection, "b") == ("upcoming", "11:45:00", "12:50:00")
    assert projection.days[0].breaches[0].late_by_s == 20 * MIN


def test_a_session_left_live_on_a_past_day_keeps_its_uncompressed_end(write_agenda):
    agenda = write_agenda(LUNCH)
    actions = [act("12:00", "start", "morning"), act("13:15", "next")]
    # on the day, lunch is live and gives 15 minutes to the restart
    assert times(agenda, project(agenda, actions, zurich_s(13, "13:20")), "lunch")[2] == "15:00:00"
    # never ended: the day after, it counts as ended at its planned length from its start,
    # as it would if an action of that later day ended it
    projection = project(agenda, actions, zurich_s(14, "09:00"))
    assert times(agenda, projection, "lunch") == ("done", "13:15:00", "15:15:00")
    assert projection.session("lunch").compressed_by_s == 0


def test_manual_extend_exempts_a_slot_from_compression(write_agenda):
    agenda = write_agenda("""\
        title: T
        timezone: Europe/Zurich
        days:
          - date: 2024-03-13
            sessions:
              - {id: a, start: "10:00", end: "11:00", title: A}
              - {id: qa1, end: "11:30", title: QA1, min_duration: 10}
              - {id: qa2, end: "12:00", title: QA2, min_duration: 10}
              - {id: close, end: "12:10", title: Close, hard_end: true}
        """)
    base = [act("10:00", "start", "a"), act("10:01", "extend", "a", 10)]
    projection = project(agenda, base, zurich_s(13, "10:02"))
    # shared in proportion to slack (20 and 20): 5 minutes each
    assert projection.session("qa1").compressed_by_s == 5 * MIN
    assert projection.session("qa2").compressed_by_s == 5 * MIN

    # the chair extends qa2 by 2: it is exempt. qa1 absorbs the 10 minutes qa2 starts late,
    # but not the 2 of qa2's own extension: qa2 may not start before its published 11:30.
    projection = project(agenda, [*base, act("10:03", "extend", "qa2", 2)], zurich_s(13, "10:04"))
    assert projection.session("qa2").compressed_by_s == 0
    assert projection.session("qa2").adjusted_by_s == 2 * MIN
    assert projection.session("qa1").compressed_by_s == 10 * MIN
    assert times(agenda, projection, "qa2") == ("upcoming", "11:30:00", "12:02:00")
    assert projection.days[0].breaches[0].late_by_s == 2 * MIN

    # a compression by hand exempts it too (and the chair's own cut is kept as given)
    projection = project(agenda, [*base, act("10:03", "extend", "qa1", -1)], zurich_s(13, "10:04"))
    assert projection.session("qa1").compressed_by_s == 0
    assert projection.session("qa2").compressed_by_s == 9 * MIN


def test_slot_before_a_gap_that_absorbs_the_delay_is_left_alone(write_agenda):
    agenda = write_agenda("""\
        title: T
        timezone: Europe/Zurich
        days:
          - date: 2024-03-13
            sessions:
              - {id: a, start: "10:00", end: "11:00", title: A}
              - {id: qa, end: "11:30", title: QA, min_duration: 10}
              - {id: b, start: "11:45", end: "12:30", title: B, min_duration: 20}
              - {id: close, end: "12:40", title: Close, hard_end: true}
        """)
    # a overruns by 10: the 15-minute gap swallows it, nothing needs compressing
    projection = project(agenda, [act("10:00", "start", "a")], zurich_s(13, "11:10"))
    assert times(agenda, projection, "b") == ("upcoming", "11:45:00", "12:30:00")
    assert all(p.compressed_by_s == 0 for p in projection.all_sessions())

    # a overruns by 25 and b is extended by 5: close late by 15. The qa before the gap can
    # bring the close earlier only by the 10 minutes b starts late; b itself is exempt.
    actions = [act("10:00", "start", "a"), act("10:30", "extend", "b", 5)]
    projection = project(agenda, actions, zurich_s(13, "11:25"))
    assert projection.session("qa").compressed_by_s == 10 * MIN
    assert times(agenda, projection, "b") == ("upcoming", "11:45:00", "12:35:00")
    assert projection.days[0].breaches[0].late_by_s == 5 * MIN


def test_nothing_is_taken_that_cannot_reach_the_anchor(write_agenda):
    agenda = write_agenda("""\
        title: T
        timezone: Europe/Zurich
        days:
          - date: 2024-03-13
            sessions:
              - {id: a, start: "10:00", end: "11:00", title: A}
              - {id: qa, end: "11:30", title: QA, min_duration: 5}
              - {id: b, end: "12:00", title: B}
              - {id: close, end: "12:10", title: Close, hard_end: true}
        """)
    # a overruns by 2; b is extended by 10. qa could give 25 but only 2 reach the close.
    actions = [act("10:00", "start", "a"), act("10:30", "extend", "b", 10)]
    projection = project(agenda, actions, zurich_s(13, "11:02"))
    assert projection.session("qa").compressed_by_s == 2 * MIN
    assert projection.days[0].breaches[0].late_by_s == 10 * MIN


def test_delay_does_not_cross_into_the_next_day(write_agenda):
    agenda = write_agenda("""\
        title: T
        timezone: Europe/Zurich
        days:
          - date: 2024-03-13
            sessions:
              - {id: d1-a, start: "17:00", end: "18:00", title: A}
          - date: 2024-03-14
            sessions:
              - {id: d2-a, start: "09:00", end: "10:00", title: B}
        """)
    projection = project(agenda, [act("17:00", "start", "d1-a")], zurich_s(13, "19:30"))
    assert times(agenda, projection, "d1-a")[2] == "19:30:00"
    assert projection.days[0].late_by_s == 90 * MIN
    assert times(agenda, projection, "d2-a") == ("upcoming", "09:00:00", "10:00:00")
    assert projection.days[1].late_by_s == 0


def test_daylight_saving_day_counts_real_elapsed_time(write_agenda):
    agenda = write_agenda("""\
        title: T
        timezone: Europe/Zurich
        days:
          - date: 2024-03-31
            sessions:
              - {id: a, start: "01:30", duration: 60, title: A}
              - {id: b, duration: 30, title: B, min_duration: 10}
              - {id: c, duration: 30, title: C, hard_end: true}
        """)
    start = Action(zurich_s(31, "01:30"), "start", "a")
    # 01:50 CET + 50 minutes of real time is 03:40 CEST: a overran by 10 minutes
    projection = project(agenda, [start], zurich_s(31, "03:40"))
    assert times(agenda, projection, "a") == ("live", "01:30:00", "03:40:00")
    assert projection.session("b").compressed_by_s == 10 * MIN
    assert times(agenda, projection, "c") == ("upcoming", "04:00:00", "04:30:00")
    assert projection.days[0].late_by_s == 0


def test_skipped_session_takes_no_time_and_nothing_starts_before_its_time(write_agenda):
    agenda = write_agenda(AFTERNOON)
    actions = [act("16:00", "start", "panel"), act("16:10", "skip", "qa")]
    projection = project(agenda, actions, zurich_s(13, "16:15"))
    assert times(agenda, projection, "qa") == ("skipped", None, None)
    # the talk does not move up to 17:00: it keeps its published 17:30
    assert times(agenda, projection, "talk") == ("upcoming", "17:30:00", "17:50:00")
    # unskip puts it back
    projection = project(agenda, [*actions, act("16:20", "unskip", "qa")], zurich_s(13, "16:21"))
    assert times(agenda, projection, "qa") == ("upcoming", "17:00:00", "17:30:00")


def test_ended_sessions_keep_actual_times_and_nothing_live_means_start_now(write_agenda):
    agenda = write_agenda(AFTERNOON)
    actions = [act("16:02", "start", "panel"), act("16:50", "end")]
    projection = project(agenda, actions, zurich_s(13, "16:55"))
    assert times(agenda, projection, "panel") == ("done", "16:02:00", "16:50:00")
    assert times(agenda, projection, "qa") == ("upcoming", "17:00:00", "17:30:00")
    assert projection.live is None
    # past its planned start with nothing live: projected to start now
    projection = project(agenda, actions, zurich_s(13, "17:04"))
    assert times(agenda, projection, "qa") == ("upcoming", "17:04:00", "17:30:00")


def test_extensions_add_up_and_next_moves_on(write_agenda):
    agenda = write_agenda(AFTERNOON)
    actions = [act("16:00", "start", "panel"), act("16:10", "extend", minutes=5),
               act("16:11", "extend", minutes=5), act("16:12", "extend", minutes=-3)]
    projection = project(agenda, actions, zurich_s(13, "16:13"))
    assert projection.session("panel").adjusted_by_s == 7 * MIN
    assert times(agenda, projection, "panel")[2] == "17:07:00"
    projection = project(agenda, [*actions, act("17:01", "next")], zurich_s(13, "17:02"))
    assert projection.live.id == "qa"
    assert times(agenda, projection, "panel") == ("done", "16:00:00", "17:01:00")


def test_actions_after_now_are_not_applied(write_agenda):
    agenda = write_agenda(AFTERNOON)
    projection = project(agenda, [act("16:00", "start", "panel")], zurich_s(13, "15:59"))
    assert projection.live is None
    assert projection.session("panel").state == "upcoming"


def test_starting_a_later_session_passes_over_the_ones_between(write_agenda):
    agenda = write_agenda(AFTERNOON)
    projection = project(agenda, [act("16:00", "start", "talk")], zurich_s(13, "16:05"))
    assert [projection.session(s).state for s in ("panel", "qa", "talk", "close")] == \
        ["skipped", "skipped", "live", "upcoming"]


def test_a_past_day_keeps_what_its_actions_made_of_it(write_agenda):
    agenda = write_agenda("""\
        title: T
        timezone: Europe/Zurich
        days:
          - date: 2024-03-13
            sessions:
              - {id: a, start: "17:00", end: "17:30", title: A}
              - {id: b, end: "18:00", title: B}
          - date: 2024-03-14
            sessions:
              - {id: c, start: "09:00", end: "10:00", title: C}
        """)
    projection = project(agenda, [act("17:05", "start", "a")], zurich_s(14, "09:30"))
    # a was never ended: it counts as ended at its projected end; b as planned after it
    assert times(agenda, projection, "a") == ("done", "17:05:00", "17:35:00")
    assert times(agenda, projection, "b") == ("done", "17:35:00", "18:05:00")
    assert projection.days[0].breaches == ()
    assert times(agenda, projection, "c") == ("upcoming", "09:30:00", "10:30:00")


@pytest.mark.parametrize(("actions", "message"), [
    ([act("16:00", "next")], "next: no session is live"),
    ([act("16:00", "start", "nope")], "no session has the id 'nope'"),
    ([act("16:00", "start", "panel"), act("15:00", "end")], "before the previous action"),
    ([act("16:00", "start", "panel"), act("16:01", "skip", "panel")], "it is live"),
    ([act("16:00", "start", "panel"), act("16:30", "next"), act("16:31", "start", "panel")],
     "already taken place"),
    ([act("16:00", "unskip", "qa")], "qa is not skipped"),
    ([act("16:00", "start", "panel"), act("16:05", "start", "panel")], "panel is already live"),
])
def test_impossible_actions_are_refused(write_agenda, actions, message):
    agenda = write_agenda(AFTERNOON)
    with pytest.raises(ActionError, match=message):
        project(agenda, actions, zurich_s(13, "18:00"))
