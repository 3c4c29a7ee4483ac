"""Clocks that jump: wall-clock steps (NTP, a laptop waking), the second ticker, missed cues,
and shows on the days the clocks change (Europe/Zurich, spring forward and fall back).

Every clock here is injected: `SystemClock(wall=...)` on a wall we step by hand, or on the
real time plus an offset we step while the real ticker runs.
"""

from __future__ import annotations

import logging
import math
import time
from datetime import datetime
from itertools import pairwise

import pytest

from runofshow.board import countdown_text
from runofshow.clock import SystemClock
from runofshow.errors import AgendaError
from runofshow.journal import Journal
from runofshow.loader import load_agenda
from runofshow.projection import project
from runofshow.render import projection_json
from runofshow.show import Show
from tests.conftest import WIPO, ZURICH, zurich, zurich_s
from ui.chair import ChairWindow
from ui.controller import ShowController
from ui.cue_scheduler import CueScheduler
from ui.projector import ProjectorWindow
from ui.ticker import MARGIN_MS, SecondTicker


class Wall:
    """time.time's stand-in: stands still until set or stepped."""

    def __init__(self, moment: datetime):
        self.t = moment.timestamp()

    def __call__(self) -> float:
        return self.t

    def set(self, moment: datetime) -> None:
        self.t = moment.timestamp()

    def step(self, seconds: float) -> None:
        self.t += seconds


class FlowingWall:
    """The real time plus an offset that the test steps, as NTP or a wake from sleep does."""

    def __init__(self, moment: datetime):
        self.offset = moment.timestamp() - time.time()

    def __call__(self) -> float:
        return time.time() + self.offset

    def step(self, seconds: float) -> None:
        self.offset += seconds


@pytest.fixture
def live_show(qtbot, tmp_path):
    """make(agenda, wall): a ShowController on a real journal and `SystemClock(wall=wall)`,
    kept alive to the end of the test (a tick leaves a zero timer that needs it)."""
    made: list[ShowController] = []

    def make(agenda, wall) -> ShowController:
        clock = SystemClock(wall=wall)
        path = tmp_path / f"show{len(made)}.jsonl"
        show = Show(agenda, Journal.open(path, agenda.source), clock)
        made.append(ShowController(show))
        return made[-1]

    yield make
    qtbot.wait(10)  # let the timers a tick posted run while their controller is alive
    for controller in made:
        controller.show.close()


def open_views(qtbot, controller) -> tuple[ChairWindow, ProjectorWindow]:
    chair, projector = ChairWindow(controller), ProjectorWindow(controller)
    for window in (chair, projector):
        qtbot.addWidget(window)
        window.resize(1280, 720)  # the offscreen screen is small; give each view room
        window.show()
        qtbot.waitExposed(window)
    return chair, projector


def shown(chair: ChairWindow, projector: ProjectorWindow) -> tuple[str, str]:
    """The countdowns as painted now (grab() paints the widget for real)."""
    chair.countdown.grab()
    projector.digits.grab()
    return chair.countdown.last_text, projector.digits.last_text


def expected_countdown(controller, session_id: str) -> str:
    """due end − now, from the projection and the clock, the way a person would work it out."""
    item = controller.projection().session(session_id)
    due_end = item.start_s + item.session.duration_s + item.adjusted_by_s
    return countdown_text(due_end - controller.now_s())[0]


# -- wall-clock steps --------------------------------------------------------------------------


@pytest.fixture
def panel_live(qtbot, live_show):
    """Panel 1 (80 min) started at 10:10:00 on the live path; due to end at 11:30:00."""
    wall = Wall(zurich(13, "10:10"))
    controller = live_show(load_agenda(WIPO), wall)
    assert controller.start("d1-panel-1")
    chair, projector = open_views(qtbot, controller)
    wall.set(zurich(13, "10:30"))
    controller.tick()
    return wall, controller, chair, projector


@pytest.mark.parametrize(("what", "step_s", "after"), [
    ("NTP correction forward", 7, "59:53"),
    ("NTP correction back", -30, "1:00:30"),
    ("laptop wakes from a 2 h sleep", 2 * 3600, "+1:00:00"),
    ("clock set back ten minutes by hand", -600, "1:10:00"),
])
def test_countdown_is_right_at_the_next_tick_after_a_wall_clock_step(panel_live, what, step_s,
                                                                     after):
    wall, controller, chair, projector = panel_live
    assert shown(chair, projector) == ("1:00:00", "1:00:00")
    wall.step(step_s)
    controller.tick()  # the next tick after the step
    assert shown(chair, projector) == (after, after), what
    assert chair.wall_clock.text() == f"{controller.agenda.local(wall()):%H:%M:%S}"
    # nothing is counted: more ticks with the clock standing still change nothing...
    for _ in range(5):
        controller.tick()
    assert shown(chair, projector) == (after, after)
    # ...and the digits read the clock when they paint, ticked or not
    wall.step(1)
    assert shown(chair, projector)[0] == expected_countdown(controller, "d1-panel-1")


def test_the_real_ticker_repaints_right_within_a_second_of_a_step_no_burst_no_stall(
        qtbot, live_show):
    """The real SecondTicker on a clock that flows with real time, stepped back 30 s and
    forward 2 h while it runs: each step is on screen at the next tick (within a second of
    real time), every painted countdown is due end − the clock at that paint, and the ticks
    keep coming about once a second (no catching-up burst, no wait for the old second)."""
    wall = FlowingWall(zurich(13, "10:10"))
    controller = live_show(load_agenda(WIPO), wall)
    assert controller.start("d1-panel-1")
    wall.step(20 * 60)  # 10:30: steps back of 30 s stay after the start (a step back past it: below)
    chair, _projector = open_views(qtbot, controller)
    due_end = zurich_s(13, "11:30")
    painted: list[tuple[float, str, str]] = []  # (real time, clock at paint, text shown)
    source = chair.countdown.text_source

    def watched() -> str:
        now = controller.now_s()
        text = source()
        painted.append((time.monotonic(), countdown_text(due_end - now)[0], text))
        return text

    chair.countdown.text_source = watched
    ticks: list[float] = []
    controller.ticked.connect(lambda: ticks.append(time.monotonic()))
    ticker = SecondTicker(controller.clock, controller.tick)
    ticker.start()
    try:
        qtbot.wait(1300)
        for step in (-30, 2 * 3600):
            stepped = time.monotonic()
            wall.step(step)
            qtbot.wait(2300)
            after = [t for t in ticks if t > stepped]
            assert after and after[0] - stepped <= 1.0 + 0.1, "the next tick came late"
            assert 2 <= len(after) <= 3, f"{len(after)} ticks in 2.3 s after a {step} s step"
            gaps = [b - a for a, b in pairwise(after)]
            assert all(0.4 < g < 1.6 for g in gaps), gaps
            later = [(shown_text, right) for t, right, shown_text in painted if t > after[0]]
            assert later, "nothing was painted after the step"
            assert all(text == right for text, right in later), later
    finally:
        ticker.stop()
    assert painted[-1][2].startswith("+")  # two hours on: the panel is in overtime


@pytest.mark.parametrize(("start", "step_s"), [(0.25, -30), (0.25, 2 * 3600), (0.75, -30.5),
                                               (0.0, 2 * 3600 + 0.999)])
def test_ticker_rearms_for_the_next_boundary_of_the_clock_after_a_step(qtbot, start, step_s):
    wall = Wall(zurich(13, "10:30"))
    wall.step(start)
    fired: list[float] = []
    ticker = SecondTicker(SystemClock(wall=wall), lambda: fired.append(wall()))
    ticker._arm()
    assert ticker._due == math.floor(wall()) + 1
    wall.step(step_s)
    # the timer armed before the step fires once; it re-arms from the clock as it now reads
    ticker._fire()
    try:
        assert fired == [wall()]  # one tick: no catching up (forward), no waiting (back)
        boundary = math.floor(wall()) + 1
        assert ticker._due == boundary
        wait_ms = math.ceil((boundary - wall()) * 1000) + MARGIN_MS
        assert ticker._timer.isActive() and ticker._timer.interval() == wait_ms
        assert MARGIN_MS <= ticker._timer.interval() <= 1000 + MARGIN_MS
    finally:
        ticker.stop()


def test_a_step_back_past_the_last_action_keeps_the_action_on_screen(live_show):
    wall = Wall(zurich(13, "10:00"))
    controller = live_show(load_agenda(WIPO), wall)
    assert controller.next()  # Space at 10:00:00: the opening starts
    assert controller.board().mode == "live"
    wall.step(-30)  # NTP steps the clock back 30 s
    controller.tick()
    board = controller.board()
    assert (board.mode, board.session.id) == ("live", "d1-opening"), \
        f"the screens show {board.mode} {board.session.id} {board.countdown}"


# -- missed cues ------------------------------------------------------------------------------

CUES_AGENDA = """\
title: Missed cues
timezone: Europe/Zurich
languages: [en]
cues: {warnings: [15, 10, 5, 1]}
days:
  - date: 2024-03-13
    sessions:
      - {id: talk, start: "10:00", duration: 30, title: The talk}
      - {id: coffee, duration: 20, kind: break, title: Coffee}
      - {id: panel, duration: 40, title: The panel}
"""


class RecordingAnnouncer:
    def __init__(self):
        self.spoken: list = []

    def announce(self, parts, chime=None, done=None) -> bool:
        self.spoken.append(parts)
        return True


@pytest.mark.parametrize("found_by", ["the next tick", "the cue jobs coming due"])
def test_cues_missed_by_a_clock_jump_are_skipped_and_logged_never_fired(
        qtbot, live_show, write_agenda, caplog, found_by):
    agenda = write_agenda(CUES_AGENDA)
    wall = Wall(zurich(13, "10:00"))
    controller = live_show(agenda, wall)
    announcer = RecordingAnnouncer()
    cues = CueScheduler(controller, announcer)
    cues.start()
    try:
        assert controller.start("talk")  # its start cue fires now, with the action
        announced = len(announcer.spoken)
        warnings = {f"talk/warning-{m}" for m in (15, 10, 5, 1)}
        assert warnings <= set(cues.job_times())
        fired, skipped = [], []
        cues.fired.connect(fired.append)
        cues.skipped.connect(lambda cue, late: skipped.append((cue.id, late)))
        caplog.set_level(logging.INFO, logger="ui.cue_scheduler")
        wall.set(zurich(13, "10:45"))  # the laptop slept through all four warnings
        if found_by == "the next tick":
            controller.tick()
        else:  # as APScheduler would run them, late: each job asks the tracker
            for job in cues.scheduler.get_jobs():
                if job.id in warnings:
                    job.func(*job.args)
        qtbot.wait(100)
        assert fired == [] and len(announcer.spoken) == announced
        assert {cue_id for cue_id, _ in skipped} == warnings and len(skipped) == 4
        assert dict(skipped)["talk/warning-15"] == 30 * 60
        logged = [r for r in caplog.records if r.name == "ui.cue_scheduler"]
        lines = [r.getMessage() for r in logged if r.levelno == logging.WARNING]
        assert len(lines) == 4
        for cue_id in warnings:
            assert sum(f"cue {cue_id} skipped" in line for line in lines) == 1, lines
        # later ticks and the jobs coming due after all: still nothing fired or logged again
        for job in cues.scheduler.get_jobs():
            if job.id in warnings:
                job.func(*job.args)
        controller.tick()
        qtbot.wait(100)
        assert fired == [] and len(skipped) == 4
        assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == 4
    finally:
        cues.stop()


def test_a_cue_after_an_overrunning_session_does_not_fire_at_its_old_time(
        live_show, write_agenda):
    agenda = write_agenda(CUES_AGENDA)
    wall = Wall(zurich(13, "10:00"))
    controller = live_show(agenda, wall)
    cues = CueScheduler(controller, RecordingAnnouncer())
    cues.start()
    try:
        assert controller.start("talk")  # due to end 10:30; coffee to resume 10:50 − 5 min
        assert cues.planned["coffee/resume-5"].at_s == zurich(13, "10:45").timestamp()
        fired = []
        cues.fired.connect(fired.append)
        for minute in range(1, 46):  # the talk runs on; the ticker ticks
            wall.set(zurich(13, f"10:{minute:02d}"))
            controller.tick()
        assert controller.show.live_id == "talk"
        job = cues.scheduler.get_job("coffee/resume-5")
        job.func(*job.args)  # its job comes due at the old time, as APScheduler runs it
        assert [cue.id for cue in fired] == [], "announced 'resumes in 5 minutes' during the talk"
    finally:
        cues.stop()


# -- the days the clocks change ---------------------------------------------------------------

SPRING = """\
title: The night the clocks go forward
timezone: Europe/Zurich
languages: [en]
days:
  - date: 2024-03-31
    sessions:
      - {id: n-1, start: "01:30", duration: 60, title: Through the change}
      - {id: n-2, duration: 45, title: After it}
      - {id: n-3, end: "05:00", hard_end: true, title: Close}
"""

FALL = """\
title: The night the clocks go back
timezone: Europe/Zurich
languages: [en]
days:
  - date: 2024-10-27
    sessions:
      - {id: f-1, start: "01:45", duration: 90, title: Through the repeated hour}
      - {id: f-2, duration: 30, title: After it}
      - {id: f-3, end: "03:30", hard_end: true, title: Close}
"""


def iso(agenda, moment_s):
    return agenda.local(moment_s).isoformat()


def sessions_json(controller) -> dict[str, dict]:
    data = projection_json(controller.agenda, controller.projection())
    return {s["id"]: s for s in data["sessions"]}


def same_as_project(controller) -> None:
    """The app's projection is the core's pure one for the journal's actions at this moment."""
    again = project(controller.agenda, list(controller.show.actions), controller.now_s())
    assert projection_json(controller.agenda, again) == \
        projection_json(controller.agenda, controller.projection())


def test_spring_forward_show_projects_and_counts_down_across_the_missing_hour(
        qtbot, live_show, write_agenda):
    agenda = write_agenda(SPRING)
    n1 = agenda.session("n-1")
    # 60 minutes of real time from 01:30 CET end at 03:30 CEST
    assert n1.start.isoformat() == "2024-03-31T01:30:00+01:00"
    assert n1.end.isoformat() == "2024-03-31T03:30:00+02:00" and n1.duration_s == 3600
    assert agenda.session("n-2").end.isoformat() == "2024-03-31T04:15:00+02:00"

    wall = Wall(datetime(2024, 3, 31, 1, 30, tzinfo=ZURICH))
    controller = live_show(agenda, wall)
    chair, projector = open_views(qtbot, controller)
    assert controller.next()  # Space: n-1 starts at 01:30 CET
    wall.set(datetime(2024, 3, 31, 1, 59, 30, tzinfo=ZURICH))
    controller.tick()
    assert chair.wall_clock.text() == "01:59:30"
    assert shown(chair, projector) == ("30:30", "30:30")
    assert sessions_json(controller)["n-1"]["end"] == "2024-03-31T03:30:00+02:00"
    assert controller.projection().days[0].late_by_s == 0

    wall.step(60)  # one minute of real time: 01:59:30 CET is followed by 03:00:30 CEST
    controller.tick()
    assert chair.wall_clock.text() == "03:00:30"
    assert controller.agenda.local(wall()).isoformat() == "2024-03-31T03:00:30+02:00"
    assert shown(chair, projector) == ("29:30", "29:30")
    assert controller.board().phase == "normal"
    same_as_project(controller)

    assert controller.extend(5)  # at 03:00:30 CEST: due 03:35 CEST
    assert shown(chair, projector) == ("34:30", "34:30")
    projected = sessions_json(controller)
    assert projected["n-1"]["end"] == "2024-03-31T03:35:00+02:00"
    assert projected["n-2"]["start"] == "2024-03-31T03:35:00+02:00"
    assert projected["n-2"]["end"] == "2024-03-31T04:20:00+02:00"
    day = controller.projection().days[0]
    assert projected["n-3"]["end"] == "2024-03-31T05:05:00+02:00"
    assert day.late_by_s == 300  # the 05:00 close has no slack before it: breached
    assert [(b.session, b.anchor, b.late_by_s) for b in day.breaches] == [("n-3", "end", 300)]

    wall.set(datetime(2024, 3, 31, 3, 40, tzinfo=ZURICH))  # 5 minutes over
    controller.tick()
    assert shown(chair, projector) == ("+5:00", "+5:00")
    assert controller.next()  # n-2 from 03:40 CEST, 45 real minutes
    projected = sessions_json(controller)
    assert projected["n-1"]["state"] == "done"
    assert (projected["n-1"]["start"], projected["n-1"]["end"]) == \
        ("2024-03-31T01:30:00+01:00", "2024-03-31T03:40:00+02:00")
    assert (projected["n-2"]["start"], projected["n-2"]["end"]) == \
        ("2024-03-31T03:40:00+02:00", "2024-03-31T04:25:00+02:00")
    assert shown(chair, projector) == ("45:00", "45:00")
    day = controller.projection().days[0]
    assert iso(agenda, day.planned_end_s) == "2024-03-31T05:00:00+02:00"
    assert iso(agenda, day.projected_end_s) == "2024-03-31T05:10:00+02:00"
    assert day.late_by_s == 600
    same_as_project(controller)


def test_a_start_in_the_skipped_hour_is_an_error(write_agenda):
    with pytest.raises(AgendaError, match="02:30 does not exist on 2024-03-31"):
        write_agenda(SPRING.replace('start: "01:30"', 'start: "02:30"'))


def test_fall_back_show_counts_down_right_through_the_repeated_hour(
        qtbot, live_show, write_agenda):
    agenda = write_agenda(FALL)
    f1 = agenda.session("f-1")
    # 90 minutes from 01:45 CEST: through 02:00-03:00 CEST, then 02:00-02:15 CET again
    assert f1.start.isoformat() == "2024-10-27T01:45:00+02:00"
    assert f1.end.isoformat() == "2024-10-27T02:15:00+01:00" and f1.duration_s == 5400
    assert agenda.session("f-2").end.isoformat() == "2024-10-27T02:45:00+01:00"

    first = datetime(2024, 10, 27, 2, 30, tzinfo=ZURICH)  # 02:30 CEST (fold 0)
    second = datetime(2024, 10, 27, 2, 30, fold=1, tzinfo=ZURICH)  # 02:30 CET, an hour later
    assert second.timestamp() - first.timestamp() == 3600

    wall = Wall(datetime(2024, 10, 27, 1, 45, tzinfo=ZURICH))
    controller = live_show(agenda, wall)
    chair, projector = open_views(qtbot, controller)
    assert controller.next()  # f-1 starts at 01:45 CEST
    for moment, wall_text, countdown in (
            (first, "02:30:00", "45:00"),
            (datetime(2024, 10, 27, 2, 59, 30, tzinfo=ZURICH), "02:59:30", "15:30"),
            (datetime(2024, 10, 27, 2, 0, 30, fold=1, tzinfo=ZURICH), "02:00:30", "14:30"),
            (second, "02:30:00", "+15:00")):
        wall.set(moment)
        controller.tick()
        assert chair.wall_clock.text() == wall_text
        assert shown(chair, projector) == (countdown, countdown), moment.isoformat()
        assert sessions_json(controller)["f-1"]["end"] == \
            iso(agenda, max(f1.end_s, int(wall())))
        same_as_project(controller)
    # 02:59:30 CEST to 02:00:30 CET is one minute of real time: the countdown moved a minute
    assert controller.next()  # at 02:30 CET: f-1 ends 15 minutes late, f-2 starts
    projected = sessions_json(controller)
    assert (projected["f-1"]["start"], projected["f-1"]["end"]) == \
        ("2024-10-27T01:45:00+02:00", "2024-10-27T02:30:00+01:00")
    assert (projected["f-2"]["start"], projected["f-2"]["end"]) == \
        ("2024-10-27T02:30:00+01:00", "2024-10-27T03:00:00+01:00")
    assert (projected["f-3"]["start"], projected["f-3"]["end"]) == \
        ("2024-10-27T03:00:00+01:00", "2024-10-27T03:45:00+01:00")
    day = controller.projection().days[0]
    assert iso(agenda, day.planned_end_s) == "2024-10-27T03:30:00+01:00"
    assert day.late_by_s == 900  # f-1 ran 15 minutes over; nothing after it can give
    assert shown(chair, projector) == ("30:00", "30:00")
    same_as_project(controller)
