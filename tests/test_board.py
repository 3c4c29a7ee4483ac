"""The board (what the chair and projector show) and the clocks, without Qt."""

from __future__ import annotations

import pytest

from runofshow.actions import Action
from runofshow.board import (
    DANGER,
    NORMAL,
    OVERTIME,
    WARNING,
    board,
    countdown_text,
    format_clock,
)
from runofshow.clock import SimulatedClock, SystemClock
from runofshow.loader import load_agenda
from runofshow.projection import project
from tests.conftest import WIPO, zurich, zurich_s


@pytest.fixture(scope="module")
def agenda():
    return load_agenda(WIPO)


def board_at(agenda, actions, moment):
    now = int(moment.timestamp())
    return board(agenda, project(agenda, actions, now), now)


@pytest.mark.parametrize(("seconds", "text"), [
    (0, "0:00"), (59, "0:59"), (600, "10:00"), (3599, "59:59"), (3600, "1:00:00"),
    (3723, "1:02:03"),
])
def test_format_clock(seconds, text):
    assert format_clock(seconds) == text


def test_countdown_shows_zero_for_its_last_second_then_counts_up_in_overtime():
    assert countdown_text(300) == ("5:00", 300, False)
    assert countdown_text(0) == ("0:00", 0, False)
    assert countdown_text(-1) == ("+0:01", 1, True)
    assert countdown_text(-61) == ("+1:01", 61, True)


def test_phases_change_at_the_thresholds(agenda):
    start = [Action(zurich_s(13, "10:00"), "start", "d1-opening")]  # 10:00-10:10
    just_before = board_at(agenda, start, zurich(13, "10:04", second=59))
    assert (just_before.phase, just_before.countdown) == (NORMAL, "5:01")
    # the phase follows the digits shown: from the second they read 5:00 it is a warning
    assert board_at(agenda, start, zurich(13, "10:05")).phase == WARNING
    assert board_at(agenda, start, zurich(13, "10:08", second=59)).phase == WARNING
    assert board_at(agenda, start, zurich(13, "10:09")).phase == DANGER
    at_end = board_at(agenda, start, zurich(13, "10:10"))
    assert (at_end.phase, at_end.countdown) == (DANGER, "0:00")
    over = board_at(agenda, start, zurich(13, "10:11", second=1))
    assert (over.phase, over.countdown, over.progress) == (OVERTIME, "+1:01", 1.0)


def test_board_says_what_is_live_next_and_how_the_day_stands(agenda):
    actions = [Action(zurich_s(13, "10:00"), "start", "d1-opening"),
               Action(zurich_s(13, "10:10"), "next"),
               Action(zurich_s(13, "10:20"), "extend", None, 7)]
    b = board_at(agenda, actions, zurich(13, "11:00"))
    assert b.mode == "live" and b.session.id == "d1-panel-1"
    assert b.countdown == "37:00"  # 11:30 + 7 min
    assert b.next_session.id == "d1-fireside"
    assert str(b.next_text) == "in 37 min, 11:37"
    # the lunch (flexible) absorbs the 7 minutes before the 15:00 restart: the day is on time
    assert str(b.day_status) == "on time (7 min taken from flexible slots)"
    assert 0 < b.progress < 1


def test_day_status_reports_a_close_at_risk(agenda):
    actions = [Action(zurich_s(13, "15:00"), "start", "d1-panel-2"),
               Action(zurich_s(13, "16:00"), "next"),
               Action(zurich_s(13, "16:05"), "start", "d1-panel-3"),
               Action(zurich_s(13, "16:06"), "extend", None, 50)]
    b = board_at(agenda, actions, zurich(13, "16:10"))
    # panel 3 ends 17:55; its Q&A gives 15 of its 25 minutes; the close is 10 min late
    assert b.at_risk
    assert str(b.day_status) == "18:00 close at risk by 10 min"


def late_morning():
    """Day 1 run 15 minutes late: the last morning talk is live 12:45-13:15."""
    return [Action(zurich_s(13, "10:15"), "start", "d1-opening")] + \
        [Action(zurich_s(13, hhmm), "next") for hhmm in ("10:25", "11:45", "12:15", "12:45")]


def test_a_late_live_lunch_counts_down_to_the_1500_restart_and_says_so(agenda):
    talk = board_at(agenda, late_morning(), zurich(13, "13:00"))
    assert (talk.session.id, talk.countdown, str(talk.held_for)) == ("d1-fair-remuneration", "15:00", "")
    actions = [*late_morning(), Action(zurich_s(13, "13:15"), "next")]
    lunch = board_at(agenda, actions, zurich(13, "13:19"))
    # 15:00, not 15:15: lunch gives the 15 minutes back to hold Panel 2's 15:00 start
    assert (lunch.session.id, lunch.countdown, lunch.phase) == ("d1-lunch", "1:41:00", NORMAL)
    assert str(lunch.held_for) == "back at 15:00"
    assert str(lunch.next_text) == "in 1 h 41 min, 15:00"
    assert not lunch.at_risk
    assert lunch.progress == pytest.approx(4 / 105)
    # the phase follows the shortened countdown
    assert board_at(agenda, actions, zurich(13, "14:55")).phase == WARNING
    assert board_at(agenda, actions, zurich(13, "14:59")).phase == DANGER
    # overtime counts from 15:00, when it had to stop, through its planned 15:15 and on
    for moment, shown in ((zurich(13, "15:00", second=1), "+0:01"), (zurich(13, "15:05"), "+5:00"),
                          (zurich(13, "15:15"), "+15:00"), (zurich(13, "15:20"), "+20:00")):
        late = board_at(agenda, actions, moment)
        assert (late.phase, late.countdown, str(late.held_for)) == (OVERTIME, shown, "back at 15:00")
        assert late.at_risk  # Panel 2 starts late, by as much as lunch overruns 15:00


def test_a_live_qa_cut_for_the_close_says_so(agenda):
    actions = [Action(zurich_s(13, "15:00"), "start", "d1-panel-2"),
               Action(zurich_s(13, "16:00"), "next"),
               Action(zurich_s(13, "16:30"), "next"),
               Action(zurich_s(13, "17:40"), "next")]  # panel 3 overran by 10
    b = board_at(agenda, actions, zurich(13, "17:41"))
    # its Q&A (25 min, at least 10) runs 17:40-17:55, not 18:05, for the close at 18:00
    assert (b.session.id, b.countdown, str(b.held_for)) == ("d1-panel-3-qa", "14:00", "for the 18:00 close")
    assert not b.at_risk and str(b.day_status) == "on time (10 min taken from flexible slots)"
    # had it started at 17:50, it could not end before its 10 minutes: at 18:00, 5 minutes
    # late for the close, and from then on each minute more of it is a minute more late
    actions[-1] = Action(zurich_s(13, "17:50"), "next")
    b = board_at(agenda, actions, zurich(13, "17:51"))
    assert (b.countdown, str(b.held_for), str(b.day_status)) == ("9:00", "for the 18:00 close",
                                                        "18:00 close at risk by 5 min")
    b = board_at(agenda, actions, zurich(13, "18:02"))
    assert (b.phase, b.countdown, str(b.day_status)) == (OVERTIME, "+2:00", "18:00 close at risk by 7 min")


def test_held_for_names_the_anchor_in_plain_words(write_agenda):
    agenda = write_agenda("""\
        title: T
        timezone: Europe/Zurich
        days:
          - date: 2024-03-13
            sessions:
              - {id: a, start: "09:00", end: "10:00", title: A}
              - {id: qa, end: "10:30", title: QA, kind: qa, min_duration: 10}
              - {id: b, end: "11:00", title: B, hard_start: true}
              - {id: c, end: "12:00", title: C, hard_end: true, min_duration: 30}
              - {id: d, end: "12:30", title: D, min_duration: 10}
              - {id: e, end: "13:00", title: E, hard_end: true}
        """)

    def held(*steps, at):
        actions = [Action(zurich_s(13, "09:00"), "start", "a")]
        actions += [Action(zurich_s(13, hhmm), "next") for hhmm in steps]
        now = zurich_s(13, at)
        projection = project(agenda, actions, now)
        return str(board(agenda, projection, now).held_for)

    assert held("10:10", at="10:11") == "for the fixed start at 10:30"
    assert held("10:10", "10:30", "11:10", at="11:11") == "must end by 12:00"
    assert held("10:10", "10:30", "11:00", "12:10", at="12:11") == "for the 13:00 close"
    assert held("10:00", at="10:01") == ""  # on time: nothing taken from it


def test_held_for_a_live_close_holding_its_own_end(write_agenda):
    agenda = write_agenda("""\
        title: T
        timezone: Europe/Zurich
        days:
          - date: 2024-03-13
            sessions:
              - {id: a, start: "17:00", end: "17:30", title: A}
              - {id: close, end: "18:00", title: Close, hard_end: true, min_duration: 20}
        """)
    actions = [Action(zurich_s(13, "17:00"), "start", "a"), Action(zurich_s(13, "17:40"), "next")]
    b = board(agenda, project(agenda, actions, zurich_s(13, "17:41")), zurich_s(13, "17:41"))
    assert (b.session.id, b.countdown, str(b.held_for)) == ("close", "19:00", "ends at 18:00 for the close")
    assert not b.at_risk


def test_waiting_board_counts_down_to_the_due_session(agenda):
    b = board_at(agenda, [], zurich(13, "09:55"))
    assert (b.mode, b.session.id, b.countdown) == ("waiting", "d1-opening", "5:00")
    assert b.shown_countdown == "5:00"
    assert str(b.next_text) == "in 5 min, 10:00"


def test_done_board_after_the_last_session(agenda):
    b = board_at(agenda, [], zurich(15, "09:00"))
    assert b.mode == "done" and b.session is None
    assert b.shown_countdown == ""  # the screens show no 0:00 once the programme is complete


def test_simulated_clock_runs_at_its_speed_and_never_jumps_on_a_speed_change():
    real = [1000.0]
    clock = SimulatedClock(zurich_s(13, "09:55"), speed=1.0, real=lambda: real[0])
    real[0] += 10
    assert clock.now_s() == zurich_s(13, "09:55", second=10)
    clock.set_speed(60.0)
    assert clock.now_s() == zurich_s(13, "09:55", second=10)  # no jump
    real[0] += 2
    assert clock.now_s() == zurich_s(13, "09:57", second=10)
    real[0] += 0.01  # 0.6 s of show time: the whole second shown is still the same
    assert clock.now_s() == zurich_s(13, "09:57", second=10)
    assert clock.precise_s() == pytest.approx(zurich_s(13, "09:57", second=10) + 0.6)
    clock.jump_by(-120)
    assert clock.now_s() == zurich_s(13, "09:55", second=10)


def test_system_clock_reads_the_wall_clock_each_time():
    wall = [1_710_320_400.0]
    clock = SystemClock(wall=lambda: wall[0])
    assert clock.now_s() == zurich_s(13, "10:00")
    wall[0] -= 30  # an NTP correction backwards: the clock simply says so
    assert clock.now_s() == zurich_s(13, "09:59", second=30)
    wall[0] += 0.75
    assert (clock.now_s(), clock.precise_s()) == (zurich_s(13, "09:59", second=30),
                                                  zurich_s(13, "09:59", second=30) + 0.75)
    assert not clock.simulated and clock.speed == 1.0
    with pytest.raises(ValueError):
        clock.set_speed(10.0)  # only a rehearsal clock runs fast


def test_lateness_reads_the_same_everywhere():
    from runofshow.board import lateness_phrase

    assert [str(lateness_phrase(s)) for s in (20, 60, 89, 90, 15 * 60 + 2, 16 * 60 - 31, 3725)] == [
        "under a minute", "1 min", "1 min", "2 min", "15 min", "15 min", "1 h 02 min"]


def test_a_breached_start_is_named_by_its_time_not_its_id(agenda):
    # panel 2 (hard start 15:00) started by hand at 15:00: its own start is behind it; the
    # morning runs 20 minutes over into lunch, which cannot give it all back
    actions = [Action(zurich_s(13, "10:00"), "start", "d1-opening"),
               Action(zurich_s(13, "10:10"), "next"),
               Action(zurich_s(13, "10:20"), "extend", None, 120)]
    b = board_at(agenda, actions, zurich(13, "11:00"))
    assert b.at_risk and str(b.day_status).startswith("15:00 start at risk by ")
    assert "d1-" not in str(b.day_status)
