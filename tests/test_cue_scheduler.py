"""Cues scheduled with APScheduler and fired on the Qt loop: jobs match the plan, fire once,
skip what was missed; in a rehearsal at 60x too, where a few real milliseconds are seconds
of show time."""

from __future__ import annotations

import logging
import time

import pytest

from runofshow.clock import SimulatedClock, SystemClock
from runofshow.cues import CueLog, plan_cues
from runofshow.journal import Journal, cue_log_path
from runofshow.loader import load_agenda
from runofshow.show import Show
from tests.conftest import WIPO, zurich, zurich_s
from tests.test_clocks import Wall
from ui.app import build_app
from ui.controller import ShowController
from ui.cue_scheduler import CueScheduler
from ui.ticker import SecondTicker


class RecordingAnnouncer:
    def __init__(self):
        self.spoken: list[list[tuple[str, str]]] = []

    def announce(self, parts, chime=None, done=None) -> bool:
        self.spoken.append(parts)
        return True


@pytest.fixture
def rig(qtbot, tmp_path):
    agenda = load_agenda(WIPO)
    clock = SimulatedClock(zurich_s(13, "09:58"), speed=1.0)
    show = Show(agenda, Journal.open(tmp_path / "show.jsonl", agenda.source), clock, rehearsal=True)
    controller = ShowController(show)
    announcer = RecordingAnnouncer()
    cues = CueScheduler(controller, announcer)
    cues.start()
    yield controller, clock, cues, announcer
    cues.stop()
    show.close()


def plan_ids(controller):
    now = controller.now_s()
    return {c.id for c in plan_cues(controller.agenda, controller.projection(), now)}


def test_jobs_match_the_cue_plan_after_every_cascade_change(rig):
    controller, clock, cues, _ = rig
    assert set(cues.job_times()) == plan_ids(controller)
    controller.start("d1-opening")
    clock.jump_to(zurich_s(13, "10:09"))
    controller.next()
    before = cues.job_times()
    controller.extend(10)  # panel 1 ten minutes longer
    after = cues.job_times()
    assert set(after) == plan_ids(controller)
    moved = after["d1-panel-1/warning-5"] - before["d1-panel-1/warning-5"]
    assert abs(moved.total_seconds() - 600) < 0.05  # the clock runs: allow its drift
    controller.skip("d1-training-data")
    assert not [j for j in cues.job_times() if j.startswith("d1-training-data/")]
    assert set(cues.job_times()) == plan_ids(controller)
    ids = [job.id for job in cues.scheduler.get_jobs()]
    assert len(ids) == len(set(ids))  # one job per cue, never a duplicate


def test_rehearsal_speed_converts_show_time_to_real_time(rig):
    controller, _clock, cues, _ = rig
    controller.set_speed(60.0)
    job_time = cues.job_times()["d1-opening/start"].timestamp()
    # the opening is 2 show-minutes away: at 60x, two real seconds
    assert abs(job_time - cues.real_clock() - 2.0) < 0.1


def test_a_due_cue_fires_once_and_a_spoken_one_is_announced(rig, qtbot):
    controller, clock, cues, announcer = rig
    clock.jump_to(zurich_s(13, "09:59", second=59))
    cues.sync()
    fired = []
    cues.fired.connect(fired.append)
    qtbot.waitUntil(lambda: bool(fired), timeout=3000)
    assert [c.id for c in fired] == ["d1-opening/start"]
    assert announcer.spoken == [[("zh", "现在开始：开幕"), ("en", "Now starting: Opening")]]
    controller.start("d1-opening")  # the chair starts it: its start cue already fired
    qtbot.wait(200)
    assert [c.id for c in fired] == ["d1-opening/start"]


def test_cues_missed_while_the_clock_jumped_are_skipped_not_fired(rig, qtbot):
    controller, clock, cues, _announcer = rig
    controller.start("d1-opening")
    fired, skipped = [], []
    cues.fired.connect(fired.append)
    cues.skipped.connect(lambda cue, late: skipped.append((cue.id, late)))
    # started 09:58: warnings due 10:03 and 10:07; the laptop sleeps through both
    clock.jump_to(zurich_s(13, "10:30"))
    controller.tick()
    qtbot.wait(300)
    assert fired == []
    assert {cue_id for cue_id, _ in skipped} == {"d1-opening/warning-5", "d1-opening/warning-1"}
    assert dict(skipped)["d1-opening/warning-5"] == 27 * 60
    assert [outcome for _, outcome, _ in cues.tracker.log] == ["fired", "skipped", "skipped"]


def test_a_start_whose_action_was_undone_is_announced_again_when_it_really_comes(rig, tmp_path):
    """Space pressed by mistake (panel 1 announced), undone at once: the real Next later
    announces panel 1 again; the log says the first was withdrawn, and a restarted show
    (a new scheduler on the same journal) does not hold the withdrawn one as done."""
    controller, clock, cues, announcer = rig
    clock.jump_to(zurich_s(13, "10:00"))
    controller.start("d1-opening")
    clock.jump_to(zurich_s(13, "10:03"))
    controller.next()  # the mistake
    assert announcer.spoken[-1][1] == ("en", "Now starting: Panel 1: Mutual Understanding – "
                                              "Bringing Together Different Perspectives")
    controller.undo()
    assert [r.outcome for r in cues.records() if r.cue.id == "d1-panel-1/start"] == ["fired", "withdrawn"]
    assert "d1-panel-1/start" not in cues.tracker.done
    again = CueScheduler(controller, RecordingAnnouncer())  # as a restart reads the log
    assert "d1-panel-1/start" not in again.tracker.done
    assert "d1-opening/start" in again.tracker.done
    again.stop()
    spoken = len(announcer.spoken)
    clock.jump_to(zurich_s(13, "10:10"))
    controller.next()  # the real one
    assert len(announcer.spoken) == spoken + 1
    assert announcer.spoken[-1][1][1].startswith("Now starting: Panel 1")
    controller.extend(1)
    controller.undo()  # undoing another action withdraws nothing
    assert [r.outcome for r in cues.records() if r.cue.id == "d1-panel-1/start"] == \
        ["fired", "withdrawn", "fired"]


def run_job(cues, cue_id: str) -> None:
    """What APScheduler does when a cue's job comes due (its public Job: the function and
    its arguments); the cue is then decided on this, the Qt thread."""
    job = cues.scheduler.get_job(cue_id)
    assert job is not None, f"no job for {cue_id}"
    job.func(*job.args)


def test_a_warning_the_chair_extended_past_is_planned_again_once_and_undo_withdraws_it(rig):
    """Panel 1 ends 11:30: "5 minutes" fires at 11:25, "one minute" at 11:29. The chair presses
    +5 at 11:29:20: both are due again, at 11:30 and 11:34. Undo takes them back (nothing
    fires at 11:30), redo plans them again; a restart between the two keeps the one still
    ahead and does not replay the others; each fires once for its end."""
    controller, clock, cues, _ = rig
    fired = []
    cues.fired.connect(lambda cue: fired.append((cue.id, f"{controller.agenda.local(cue.at_s):%H:%M}")))
    clock.jump_to(zurich_s(13, "10:10"))
    controller.start("d1-panel-1")
    for moment, cue_id in (("11:25", "d1-panel-1/warning-5"), ("11:29", "d1-panel-1/warning-1")):
        clock.jump_to(zurich_s(13, moment))
        cues.sync()  # (only a test jumps the clock: its jobs are moved by hand)
        run_job(cues, cue_id)
    assert fired[1:] == [("d1-panel-1/warning-5", "11:25"), ("d1-panel-1/warning-1", "11:29")]

    def planned_warnings(scheduler):
        return {cue.id: f"{controller.agenda.local(cue.at_s):%H:%M}" for cue in scheduler.upcoming()
                if cue.kind == "warning" and cue.session == "d1-panel-1"}

    clock.jump_to(zurich_s(13, "11:29", second=20))
    controller.extend(5)
    assert planned_warnings(cues) == {"d1-panel-1/warning-5": "11:30", "d1-panel-1/warning-1": "11:34"}
    assert {"d1-panel-1/warning-5", "d1-panel-1/warning-1"} <= set(cues.job_times())
    controller.undo()
    assert planned_warnings(cues) == {}
    assert not {"d1-panel-1/warning-5", "d1-panel-1/warning-1"} & set(cues.job_times())
    controller.redo()
    clock.jump_to(zurich_s(13, "11:30"))
    cues.sync()
    run_job(cues, "d1-panel-1/warning-5")
    again = CueScheduler(controller, RecordingAnnouncer())  # as a restart reads the log
    assert planned_warnings(again) == {"d1-panel-1/warning-1": "11:34"}
    again.stop()
    clock.jump_to(zurich_s(13, "11:34"))
    cues.sync()
    run_job(cues, "d1-panel-1/warning-1")
    assert fired[1:] == [("d1-panel-1/warning-5", "11:25"), ("d1-panel-1/warning-1", "11:29"),
                         ("d1-panel-1/warning-5", "11:30"), ("d1-panel-1/warning-1", "11:34")]
    restarted = CueScheduler(controller, RecordingAnnouncer())
    assert planned_warnings(restarted) == {}  # neither end's warnings again
    restarted.stop()
    assert [(r.cue.id, r.outcome) for r in cues.records()[1:]] == \
        [(cue_id, "fired") for cue_id, _ in fired[1:]]


def test_cues_due_while_the_app_was_closed_are_logged_as_skipped_on_opening(qtbot, tmp_path, caplog):
    """The live show on the computer's clock: panel 1 started at 10:10, the app closed at
    10:12 and opened again at 11:40. Its warnings (11:25, 11:29) came due meanwhile: the log
    says they were skipped, never fired late; opened once more, nothing is logged twice."""
    agenda = load_agenda(WIPO)
    wall = Wall(zurich(13, "10:10"))
    journal = tmp_path / "show.jsonl"

    def open_show():
        show = Show(agenda, Journal.open(journal, agenda.source), SystemClock(wall=wall))
        cues = CueScheduler(ShowController(show), RecordingAnnouncer())
        return show, cues

    show, cues = open_show()
    cues.start()
    assert cues.controller.start("d1-panel-1")  # its start is said, and on record
    wall.set(zurich(13, "10:12"))
    cues.stop()
    show.close()

    wall.set(zurich(13, "11:40"))
    show, cues = open_show()
    fired, skipped = [], []
    cues.fired.connect(fired.append)
    cues.skipped.connect(lambda cue, late: skipped.append((cue.id, late)))
    caplog.set_level(logging.WARNING, logger="ui.cue_scheduler")
    cues.start()
    try:
        assert fired == []
        assert skipped == [("d1-panel-1/warning-5", 15 * 60), ("d1-panel-1/warning-1", 11 * 60)]
        assert "cue d1-panel-1/warning-5 skipped: due 2024-03-13 11:25:00+01:00, 900 s ago (missed " \
            "while the app was closed)" in caplog.text
        on_disk = CueLog.open(cue_log_path(journal), agenda.timezone).records
        assert [(r.cue.id, r.outcome) for r in on_disk] == [
            ("d1-panel-1/start", "fired"), ("d1-panel-1/warning-5", "skipped"),
            ("d1-panel-1/warning-1", "skipped")]
    finally:
        cues.stop()
        show.close()

    wall.set(zurich(13, "11:45"))
    show, cues = open_show()
    cues.skipped.connect(lambda cue, late: skipped.append((cue.id, late)))
    cues.start()
    cues.stop()
    show.close()
    assert len(skipped) == 2 and len(CueLog.open(cue_log_path(journal), agenda.timezone).records) == 3


def test_after_the_computer_slept_the_scheduler_works_out_its_wait_again(qtbot, tmp_path):
    """APScheduler waits on the monotonic clock, which stands still while the computer
    sleeps: after a wake-up every job would come late by the sleep and the next cue be
    skipped. When the wall clock has moved on without the monotonic one, the next tick wakes
    the scheduler (its public `wakeup`); an ordinary second does not."""
    agenda = load_agenda(WIPO)
    wall = [time.time()]
    show = Show(agenda, Journal.open(tmp_path / "show.jsonl", agenda.source),
                SimulatedClock(zurich_s(13, "09:58"), speed=1.0), rehearsal=True)
    controller = ShowController(show)
    cues = CueScheduler(controller, RecordingAnnouncer(), real_clock=lambda: wall[0])
    cues.start()
    try:
        woken = []
        cues.scheduler.wakeup = lambda: woken.append(wall[0])  # the public call, counted
        controller.ticked_late.emit()  # the first tick: nothing to compare with
        wall[0] += 0.3
        controller.ticked_late.emit()  # an ordinary tick
        assert woken == []
        wall[0] += 20  # the lid was closed for 20 s: the monotonic clock did not move
        controller.ticked_late.emit()
        assert len(woken) == 1
        controller.ticked_late.emit()  # once
        assert len(woken) == 1
    finally:
        cues.stop()
        show.close()


def test_a_silenced_scheduler_shows_its_cues_and_says_why_it_does_not_speak(rig):
    """A standby's cues: shown and logged, never spoken (the room's own PC speaks them)."""
    controller, clock, cues, announcer = rig
    cues.silent_because = "a standby: room A's own PC speaks"
    shown, outcomes = [], []
    cues.fired.connect(lambda cue: shown.append(cue.id))
    cues.speech_outcome.connect(lambda cue_id, outcome, why: outcomes.append((cue_id, outcome, why)))
    clock.jump_to(zurich_s(13, "10:00"))
    controller.start("d1-opening")
    assert shown == ["d1-opening/start"] and announcer.spoken == []
    assert outcomes == [("d1-opening/start", "not spoken", "a standby: room A's own PC speaks")]
    cues.silent_because = None  # taken over: this PC speaks
    clock.jump_to(zurich_s(13, "10:09"))
    controller.next()
    assert len(announcer.spoken) == 1


def test_muted_cue_shows_but_is_not_spoken(rig, qtbot):
    _controller, clock, cues, announcer = rig
    cues.muted_cues.add("d1-opening/start")
    clock.jump_to(zurich_s(13, "09:59", second=59))
    cues.sync()
    fired = []
    cues.fired.connect(fired.append)
    qtbot.waitUntil(lambda: bool(fired), timeout=3000)
    assert announcer.spoken == []


def test_jobs_wait_on_their_own_thread_and_cues_fire_on_the_gui_thread(rig, qtbot):
    """APScheduler waits on a thread of its own; the cue it hands over is decided, shown
    and spoken on the GUI thread (widgets may only be touched there)."""
    import threading

    _controller, clock, cues, announcer = rig
    fired_on = []
    cues.fired.connect(lambda cue: fired_on.append(threading.current_thread()))
    clock.jump_to(zurich_s(13, "09:59", second=59))
    cues.sync()
    qtbot.waitUntil(lambda: bool(fired_on), timeout=3000)
    assert fired_on == [threading.main_thread()]
    assert len(announcer.spoken) == 1
    scheduler = cues.scheduler
    assert scheduler.running
    cues.stop()
    assert not scheduler.running  # its thread is told to end with the show


# -- a rehearsal at 60x: lateness and banners in show time --------------------------------------

@pytest.fixture
def fast(rig):
    """The rig at 60x with the app's second ticker running (its sweep skips what is late)."""
    controller, clock, cues, announcer = rig
    controller.set_speed(60.0)
    ticker = SecondTicker(clock, controller.tick)
    ticker.start()
    yield controller, clock, cues, announcer
    ticker.stop()


def test_at_60x_a_cue_whose_job_wakes_late_fires_and_is_not_skipped(fast, qtbot):
    """A job that comes due while the GUI thread is busy for a quarter of a second (a
    repaint, a reload) finds its cue 15 s of show time late at 60x: it fires."""
    controller, clock, cues, _ = fast
    controller.start("d1-opening")  # 09:58: the 5-minute warning is due at 10:03
    fired, skipped = [], []
    cues.fired.connect(fired.append)
    cues.skipped.connect(lambda cue, late: skipped.append(cue.id))
    clock.jump_to(zurich_s(13, "10:02", second=59))  # 17 ms of real time before it
    cues.sync()
    time.sleep(0.25)  # the GUI thread busy; APScheduler's thread wakes on time meanwhile
    qtbot.waitUntil(lambda: bool(fired or skipped), timeout=3000)
    assert [c.id for c in fired] == ["d1-opening/warning-5"] and skipped == []
    record = cues.records()[-1]
    late = record.decided_s - record.cue.at_s
    assert 10 <= late <= cues.grace_s() == 34.5  # late by more than the 5 s of real speed


def test_at_60x_a_cue_the_clock_jumped_over_is_still_skipped(fast, qtbot):
    controller, clock, cues, _ = fast
    controller.start("d1-opening")  # 09:58: warnings due 10:03 and 10:07
    skipped = []
    cues.skipped.connect(lambda cue, late: skipped.append((cue.id, late)))
    clock.jump_to(zurich_s(13, "10:04"))  # a minute past the 5-minute warning
    qtbot.waitUntil(lambda: bool(skipped), timeout=3000)
    ((cue_id, late),) = skipped
    assert cue_id == "d1-opening/warning-5" and 60 <= late < 60 + 10
    assert [(r.cue.id, r.outcome) for r in cues.records()] == \
        [("d1-opening/start", "fired"), ("d1-opening/warning-5", "skipped")]


@pytest.fixture
def app_at_60x(qtbot, tmp_path):
    """The whole app's windows and wiring (fired cues flash on the chair and projector),
    panel 1 live since 10:10, the rehearsal clock at 60x."""
    agenda = load_agenda(WIPO)
    clock = SimulatedClock(zurich_s(13, "10:10"), speed=1.0)
    windows = build_app(agenda, WIPO, rehearse=True, clock=clock,
                        journal_file=tmp_path / "show.jsonl", announcer=RecordingAnnouncer())
    windows.show_all()
    controller = windows.controller
    assert controller.start("d1-panel-1")  # due to end 11:30 (80 min)
    seen = []  # at every tick: (seconds left, the banner, what the chair's message box shows)

    def look():
        board = controller.board()
        box = windows.chair.message_box
        seen.append((board.remaining_s, controller.cue_flash(),
                     None if box.isHidden() else windows.chair.message.text(), time.monotonic()))

    controller.ticked.connect(look)
    controller.set_speed(60.0)
    # the ticker armed at 1x ticks once more, then at the new speed; the start's banner goes
    qtbot.waitUntil(lambda: controller.cue_flash() is None, timeout=3000)
    yield windows, clock, seen
    windows.close()


def test_at_60x_one_minute_remaining_never_shows_over_overtime(app_at_60x, qtbot):
    windows, clock, seen = app_at_60x
    clock.jump_to(zurich_s(13, "11:28", second=57))  # "one minute" due at 11:29: 50 ms away
    windows.cues.sync()  # (only a test jumps the clock: its jobs are moved by hand)
    seen.clear()
    fired = []
    windows.cues.fired.connect(fired.append)
    qtbot.waitUntil(lambda: bool(fired), timeout=3000)
    assert fired[0].id == "d1-panel-1/warning-1"
    qtbot.waitUntil(lambda: seen and seen[-1][0] < -60, timeout=5000)  # a minute into overtime
    banner = [entry for entry in seen if entry[1] is not None]
    assert banner, "the banner never showed"
    assert all(left > 0 for left, *_ in banner)  # up while the minute runs, never past 0:00
    assert all(flash.startswith("还剩一分钟") for _, flash, *_ in banner)
    assert all(text == flash for _, flash, text, _ in banner)  # the chair shows it meanwhile
    over = [entry for entry in seen if entry[0] <= 0]
    assert over and all(flash is None and text is None for _, flash, text, _ in over)
    # it stayed up the whole minute (a real second), far longer than 12 s of show time,
    # and went a tenth of a real second before 0:00 (its countdown is painted just after)
    assert 6 < banner[-1][0] <= 12 and banner[-1][3] - banner[0][3] > 0.7


def test_at_60x_a_banner_stays_up_a_readable_moment_then_goes(app_at_60x, qtbot):
    windows, clock, _ = app_at_60x
    clock.jump_to(zurich_s(13, "11:24", second=57))  # "5 minutes" due at 11:25: 50 ms away
    windows.cues.sync()
    fired = []
    windows.cues.fired.connect(fired.append)
    qtbot.waitUntil(lambda: bool(fired), timeout=3000)
    shown_at = time.monotonic()
    assert fired[0].id == "d1-panel-1/warning-5"
    qtbot.wait(1200)  # 72 s of show time: well past 12 s, within the 1.5 s a person needs
    assert windows.controller.cue_flash().startswith("还剩5分钟")
    assert windows.chair.message.text() == "还剩5分钟 · 5 minutes remaining"
    qtbot.waitUntil(lambda: windows.chair.message_box.isHidden(), timeout=2000)  # at a tick
    assert 1.4 <= time.monotonic() - shown_at <= 1.9
    assert windows.controller.cue_flash() is None
