"""Cues scheduled with APScheduler and fired on the Qt loop: jobs match the plan, fire once,
skip what was missed."""

from __future__ import annotations

import pytest

from runofshow.clock import SimulatedClock
from runofshow.cues import plan_cues
from runofshow.journal import Journal
from runofshow.loader import load_agenda
from runofshow.show import Show
from tests.conftest import WIPO, zurich_s
from ui.controller import ShowController
from ui.cue_scheduler import CueScheduler


class RecordingAnnouncer:
    def __init__(self):
        self.spoken: list[list[tuple[str, str]]] = []

    def announce(self, parts, chime=None) -> bool:
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
