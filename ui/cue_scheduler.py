"""Cues on the Qt event loop: one APScheduler job per cue, kept in line with the cascade.

After every change of the projection the jobs are brought in line with the cue plan:
moved, added or removed, one job per cue id, never a duplicate. A job that comes due runs
on the GUI thread (APScheduler's debug executor) and asks the core's CueTracker whether
to fire: a cue fires once; one found more than a few seconds late (the computer slept, the
clock was stepped, a rehearsal was paused) is skipped and logged, never fired late in a
burst. Cue times are in show time; for a rehearsal clock they are converted to the real
moments APScheduler waits for, and re-converted when the speed changes.
"""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from runofshow.cues import GRACE_S, Cue, CueTracker, action_cues, plan_cues
from runofshow.projection import Projection

log = logging.getLogger(__name__)
FAR_FUTURE_S = 10 * 365 * 86400  # where a paused rehearsal's cues wait


def single_timer_qt_scheduler(**options):
    """APScheduler's QtScheduler with one re-armed QTimer. QtScheduler keeps the return
    value of `QTimer.singleShot()` to stop it later, but PySide6 returns None there, so
    every wake-up left one more timer running. (Imported here, not at start-up: APScheduler
    costs about 60 ms of import that the first window need not wait for.)"""
    from apscheduler.schedulers.qt import QtScheduler

    class SingleTimerQtScheduler(QtScheduler):
        def __init__(self, *args, **kwargs):
            self._qtimer = QTimer()
            self._qtimer.setSingleShot(True)
            self._qtimer.timeout.connect(self._process_jobs)
            super().__init__(*args, **kwargs)

        def _start_timer(self, wait_seconds):
            self._qtimer.stop()
            if wait_seconds is not None:
                self._qtimer.start(min(int(wait_seconds * 1000), 2_147_483_647))

        def _stop_timer(self):
            self._qtimer.stop()

    return SingleTimerQtScheduler(**options)


class CueScheduler(QObject):
    fired = Signal(object)  # Cue: show it, and speak it if it is spoken
    skipped = Signal(object, int)  # Cue, seconds late: logged, never fired

    def __init__(self, controller, announcer=None, chime: Path | None = None,
                 real_clock=time.time, close_chime: Path | None = None):
        super().__init__()
        self.controller = controller
        self.announcer = announcer
        self.chime = chime  # before an announcement
        self.close_chime = close_chime or chime  # before the close of a day
        self.real_clock = real_clock
        self.tracker = CueTracker(grace_s=GRACE_S)
        self.muted_cues: set[str] = set()
        self.planned: dict[str, Cue] = {}
        self.scheduler = None  # made by start()
        self._stopped = False
        self._plan_cache: tuple[Projection, list[Cue], float] | None = None
        self._last: Projection | None = None
        self._swept_to = controller.now_s()
        controller.changed.connect(self._after_change)
        controller.display_changed.connect(self.sync)  # a rehearsal speed change
        controller.ticked.connect(self._sweep)

    def start(self) -> None:
        if self._stopped:
            return  # the show was closed before its deferred start came round
        from apscheduler.events import EVENT_JOB_MISSED
        from apscheduler.executors.debug import DebugExecutor

        self.scheduler = single_timer_qt_scheduler(
            timezone=UTC, executors={"default": DebugExecutor()},
            job_defaults={"misfire_grace_time": GRACE_S, "coalesce": True, "max_instances": 1})
        self.scheduler.add_listener(self._missed, EVENT_JOB_MISSED)
        self.scheduler.start()
        self._last = self.controller.projection()
        self.sync()

    def stop(self) -> None:
        self._stopped = True
        if self.scheduler is not None and self.scheduler.running:
            self.scheduler.shutdown(wait=False)

    # -- the plan and the jobs ---------------------------------------------------------
    def plan(self, since_s: float) -> list[Cue]:
        """The cue plan from `since_s` on, computed once per projection (the scheduler, its
        sweep and the console's panel all ask for it every second)."""
        projection = self.controller.projection()
        cached = self._plan_cache
        if cached is None or cached[0] is not projection or cached[2] > since_s:
            start = min(since_s, projection.at_s - 60)
            self._plan_cache = cached = (projection, plan_cues(self.controller.agenda, projection,
                                                               start), start)
        return [c for c in cached[1] if c.at_s >= since_s]

    def upcoming(self) -> list[Cue]:
        return [c for c in self.plan(self.controller.now_s()) if c.id not in self.tracker.done]

    def real_moment(self, at_s: float) -> datetime:
        """The real (wall-clock) moment at which the show clock reaches `at_s`."""
        clock = self.controller.clock
        speed = getattr(clock, "speed", 1.0)
        ahead = at_s - clock.timestamp()
        wait = ahead / speed if speed > 0 else FAR_FUTURE_S
        return datetime.fromtimestamp(self.real_clock() + wait, UTC)

    def sync(self) -> None:
        """Bring the jobs in line with the cue plan: move, add, remove; one job per cue."""
        if self.scheduler is None:
            return
        wanted = {cue.id: cue for cue in self.upcoming()}
        for job in self.scheduler.get_jobs():
            if job.id not in wanted:
                job.remove()
        for cue_id, cue in wanted.items():
            run_at = self.real_moment(cue.at_s)
            job = self.scheduler.get_job(cue_id)
            if job is None:
                self.scheduler.add_job(self._due, "date", run_date=run_at, id=cue_id,
                                       args=[cue_id], replace_existing=True)
            elif abs((job.next_run_time - run_at).total_seconds()) > 0.001:
                job.reschedule("date", run_date=run_at)
        self.planned = wanted

    def job_times(self) -> dict[str, datetime]:
        if self.scheduler is None:
            return {}
        return {job.id: job.next_run_time for job in self.scheduler.get_jobs()}

    # -- firing ------------------------------------------------------------------------
    def _due(self, cue_id: str) -> None:
        stale = self.planned.get(cue_id)
        if stale is None:
            return
        now = self.controller.now_s()
        # Time itself moves cues (an overrun pushes what follows), and jobs are only moved
        # after actions: ask the plan of this very second what the cue is now.
        current = {c.id: c for c in self.plan(min(now, stale.at_s) - 2 * GRACE_S)}
        cue = current.get(cue_id)
        if cue is None or cue.at_s > now + 0.5:
            self.sync()  # gone, or later than its job: the job is moved, nothing fires
            return
        self.planned[cue_id] = cue
        if now >= cue.at_s - 0.5:  # a timer may wake a few ms early: that is on time
            now = max(now, cue.at_s)
        outcome = self.tracker.decide(cue, now)
        if outcome == "fire":
            self._fire(cue)
        elif outcome == "skip":
            self._report_skip(cue)
        elif outcome == "wait":  # woke too early (a rehearsal slowed down): try again
            self.sync()

    def _fire(self, cue: Cue) -> None:
        log.info("cue %s at %s: %s", cue.id, self.controller.agenda.local(cue.at_s),
                 " / ".join(t for _, t in cue.text))
        self.fired.emit(cue)
        if cue.spoken and cue.id not in self.muted_cues and self.announcer is not None:
            chime = self.close_chime if cue.kind == "close" else self.chime
            self.announcer.announce(list(cue.text), chime)

    def _report_skip(self, cue: Cue) -> None:
        late = self.tracker.late_by(cue, self.controller.now_s())
        log.warning("cue %s skipped: due %s, %d s ago (missed while the show clock jumped or "
                    "the computer slept)", cue.id, self.controller.agenda.local(cue.at_s), late)
        self.skipped.emit(cue, late)

    def _missed(self, event) -> None:
        cue = self.planned.get(event.job_id)
        if cue is not None and self.tracker.decide(cue, self.controller.now_s()) == "skip":
            self._report_skip(cue)

    def _sweep(self) -> None:
        """At every tick: skip what is overdue beyond the grace (its job never came)."""
        now = self.controller.now_s()
        projection = self.controller.projection()
        plan = self.plan(min(self._swept_to, now) - 2 * GRACE_S)
        for cue in self.tracker.sweep(plan, now):
            self._report_skip(cue)
        self._swept_to = now
        # what an action will be compared with: the show as it stood a second ago, so only
        # the action's own effects (not midnight turning a day into the past) set cues off
        self._last = projection

    def _after_change(self) -> None:
        """An action: announce what it set off (a start, a day's close), then re-plan."""
        current = self.controller.projection()
        if self._last is not None:
            for cue in action_cues(self.controller.agenda, self._last, current):
                if self.tracker.decide(cue, cue.at_s) == "fire":
                    self._fire(cue)
        self._last = current
        self.sync()
