"""Cues on the Qt event loop: one APScheduler job per cue, kept in line with the cascade.

After every change of the projection the jobs are brought in line with the cue plan:
moved, added or removed, one job per cue id, never a duplicate. APScheduler waits on a
thread of its own (a BackgroundScheduler, through its public API only); a job that comes
due only emits a signal, which Qt queues to the GUI thread, where the cue is decided: the
core's CueTracker fires a cue once for its moment (a warning the chair's extension moved
later is due again), and skips and logs one found more than a few seconds late (the
computer slept, the clock was stepped, a rehearsal was paused) rather than fire it late
in a burst. Cue times are in show time; for a rehearsal clock they are converted
to the real moments APScheduler waits for, and re-converted when the speed changes. How
late a cue may be is in show time too, and allows for the wake-up's real-time latency at
the clock's speed (runofshow.cues.grace_s): at 60x a job that wakes 0.1 s late finds its
cue 6 s late, and it still fires.

Every outcome goes to the show's cue log (runofshow.cues.CueLog) before any screen shows
it, and the tracker starts from that log: a restart or a reload never fires a cue twice.
A spoken cue's announcement reports back from the speech worker whether it was heard
(`speech_outcome`), and that goes to the log too.
"""

from __future__ import annotations

import logging
import math
import time
from datetime import UTC, datetime
from pathlib import Path

from apscheduler.events import EVENT_JOB_MISSED
from apscheduler.schedulers.background import BackgroundScheduler
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal

from runofshow.cues import (
    GRACE_S,
    Cue,
    CueLog,
    CueRecord,
    CueTracker,
    action_cues,
    grace_s,
    missed_cues,
    plan_cues,
)
from runofshow.journal import cue_log_path
from runofshow.projection import Projection

log = logging.getLogger(__name__)
FAR_FUTURE_S = 10 * 365 * 86400  # where a paused rehearsal's cues wait
CLOCK_JUMP_S = 1.0  # the wall clock moved this much more than the monotonic one: a sleep


# what became of a fired cue's announcement (CueRecord.speech)
SPOKEN, NOT_HEARD, NOT_SPOKEN = "spoken", "not heard", "not spoken"
# the announcer's states (ui.speech.Announcer.state) as a person reads them; the values
# themselves are compared, so they stay as they are
STATE_WORDS = {"starting": QT_TRANSLATE_NOOP("CueScheduler", "starting"),
               "ready": QT_TRANSLATE_NOOP("CueScheduler", "ready"),
               "speaking": QT_TRANSLATE_NOOP("CueScheduler", "speaking"),
               "no engine": QT_TRANSLATE_NOOP("CueScheduler", "no engine"),
               "no audio output": QT_TRANSLATE_NOOP("CueScheduler", "no audio output"),
               "closed": QT_TRANSLATE_NOOP("CueScheduler", "closed")}


def state_words(state: str) -> str:
    """An announcer's state in the interface's language (one not in the table as it is)."""
    return QCoreApplication.translate("CueScheduler", STATE_WORDS[state]) if state in STATE_WORDS else state


class CueScheduler(QObject):
    fired = Signal(object)  # Cue: show it, and speak it if it is spoken
    skipped = Signal(object, int)  # Cue, seconds late: logged, never fired
    withdrawn = Signal(object)  # Cue that fired by an action since undone: it may fire again
    # cue id, SPOKEN / NOT_HEARD / NOT_SPOKEN, why ("" when spoken): a fired cue's voice
    speech_outcome = Signal(str, str, str)
    # emitted on APScheduler's thread, received on the GUI thread (Qt queues it)
    _job_due = Signal(str)
    _job_missed = Signal(str)
    _announced = Signal(str, object)  # cue id, ui.speech.Spoken: from the speech worker

    def __init__(self, controller, announcer=None, chime: Path | None = None,
                 real_clock=time.time, close_chime: Path | None = None):
        super().__init__()
        self.controller = controller
        self.announcer = announcer
        self.chime = chime  # before an announcement
        self.close_chime = close_chime or chime  # before the close of a day
        self.real_clock = real_clock
        # what became of every cue of this show, beside its journal: kept across a restart
        # and a reload (which build a new scheduler on the same journal)
        self.cue_log = CueLog.open(cue_log_path(controller.show.journal.path),
                                   controller.agenda.timezone)
        self.tracker = CueTracker.resume(self.cue_log.records, grace_s=GRACE_S)
        # cues an action set off, and how many actions the show had with it: when undo
        # takes the show back under that, the cue is withdrawn (it may fire again)
        self._set_off_by: dict[str, tuple[Cue, int]] = {}
        self.planned: dict[str, Cue] = {}
        # why this PC's cues show but are not spoken (a standby: the room's own PC speaks)
        self.silent_because: str | None = None
        self.scheduler = None  # made by start()
        self._stopped = False
        self._plan_cache: tuple[Projection, list[Cue], float] | None = None
        self._last: Projection | None = None
        self._swept_to = controller.now_s()
        self._clock_offset: float | None = None  # wall minus monotonic clock, at the last tick
        controller.changed.connect(self._after_change)
        controller.display_changed.connect(self.sync)  # a rehearsal speed change
        # after the second's paint: a skipped cue is news for the console, the countdown
        # comes first (the plan is worked out again each second an overrun moves it)
        controller.ticked_late.connect(self._sweep)
        self._job_due.connect(self._due)
        self._job_missed.connect(self._missed)
        self._announced.connect(self._heard)

    def start(self) -> None:
        if self._stopped:
            return  # the show was closed before its deferred start came round
        # A job only hands its cue id over; the 'debug' executor runs it on the scheduler's
        # own thread, so no pool of threads is kept for that.
        self.scheduler = BackgroundScheduler(
            timezone=UTC, executors={"default": {"type": "debug"}},
            job_defaults={"misfire_grace_time": GRACE_S, "coalesce": True, "max_instances": 1})
        self.scheduler.add_listener(lambda event: self._job_missed.emit(event.job_id),
                                    EVENT_JOB_MISSED)
        self.scheduler.start()
        self._last = self.controller.projection()
        self._missed_while_closed()
        self.sync()

    def _missed_while_closed(self) -> None:
        """The cues that came due while the app was closed are decided now, so the
        technician's log says what the room missed: skipped and logged, as they are more
        than the grace late (one of the last few seconds still fires). Counted from the
        last moment on record (a cue decided, an action): the app was running then, and
        every cue that came due while it ran is on record. Not on a rehearsal's clock,
        which stands still while the app is closed."""
        if self.controller.clock.simulated:
            return
        show = self.controller.show
        known = [record.decided_s for record in self.cue_log.records] + [a.at_s for a in show.actions]
        if not known:
            return  # nothing on record yet: no moment the app is known to have run
        now = self.controller.now_s()
        for cue in missed_cues(self.controller.agenda, show.actions, math.floor(max(known)), now):
            self._decide(cue, now, while_closed=True)

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
        return [c for c in self.plan(self.controller.now_s()) if not self.tracker.settled(c)]

    @property
    def muted_cues(self) -> set[str]:
        """The cues the technician keeps silent: the cue log's, so a reload, a restart or a
        change of language (each a new scheduler on the same journal) keeps them."""
        return self.cue_log.muted

    def set_muted(self, cue_id: str, muted: bool) -> None:
        """Keep one cue silent (it still shows), or speak it again; on disk too (a disk
        that refuses costs the record: the choice holds for this run)."""
        try:
            self.cue_log.record_muted(cue_id, muted)
        except OSError as exc:
            log.error("could not write the cue log %s: %s", self.cue_log.path, exc)

    def grace_s(self) -> float:
        """How late (show seconds) a cue may be found and still fire, at the clock's speed."""
        return grace_s(self.controller.clock.speed)

    def records(self) -> list[CueRecord]:
        """What became of every cue of this show so far, this run and before (oldest first)."""
        return list(self.cue_log.records)

    def real_moment(self, at_s: float) -> datetime:
        """The real (wall-clock) moment at which the show clock reaches `at_s`."""
        clock = self.controller.clock
        ahead = at_s - clock.precise_s()
        wait = ahead / clock.speed if clock.speed > 0 else FAR_FUTURE_S
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
                self.scheduler.add_job(self._job_due.emit, "date", run_date=run_at, id=cue_id,
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
        # a timer may wake a few ms early: within half a second of its moment is on time
        now = round(self.controller.clock.precise_s())
        # Time itself moves cues (an overrun pushes what follows), and jobs are only moved
        # after actions: ask the plan of this very second what the cue is now.
        current = {c.id: c for c in self.plan(min(now, stale.at_s) - 2 * self.grace_s())}
        cue = current.get(cue_id)
        if cue is None or cue.at_s > now:
            self.sync()  # gone, or later than its job: the job is moved, nothing fires
            return
        self.planned[cue_id] = cue
        self._decide(cue, now)

    def _decide(self, cue: Cue, now: float, while_closed: bool = False) -> None:
        outcome = self.tracker.decide(cue, now, self.grace_s())
        if outcome == "fire":
            self._fire(cue, now)
        elif outcome == "skip":
            self._report_skip(cue, now, while_closed)
        elif outcome == "wait":  # woke too early (a rehearsal slowed down, a sleep): again
            self.sync()

    def _record(self, outcome: str, cue: Cue, now: float) -> None:
        """On disk before any screen shows it. A disk that refuses costs the record only:
        the room still sees and hears the cue."""
        try:
            self.cue_log.record(outcome, cue, now)
        except OSError as exc:
            log.error("could not write the cue log %s: %s", self.cue_log.path, exc)

    def _fire(self, cue: Cue, now: float) -> None:
        log.info("cue %s at %s: %s", cue.id, self.controller.agenda.local(cue.at_s),
                 " / ".join(t for _, t in cue.text))
        self._record("fired", cue, now)
        self.fired.emit(cue)
        if not cue.spoken:
            return
        if self.announcer is None:
            self._speech(cue.id, NOT_SPOKEN, self.tr("speech is off for this show"))
        elif self.silent_because is not None:
            self._speech(cue.id, NOT_SPOKEN, self.silent_because)
        elif cue.id in self.muted_cues or getattr(self.announcer, "muted", False):
            self._speech(cue.id, NOT_SPOKEN, self.tr("muted"))
        else:
            chime = self.close_chime if cue.kind == "close" else self.chime
            # `done` is called on the speech worker: Qt queues the signal to this thread
            queued = self.announcer.announce(list(cue.text), chime,
                                             done=lambda spoken: self._announced.emit(cue.id, spoken))
            if not queued:  # no engine, no player: said as the console's status says it
                state = getattr(self.announcer, "state", None)
                problem = getattr(self.announcer, "problem", None) or self.tr("not queued")
                self._speech(cue.id, NOT_HEARD, f"{state_words(state)} — {problem}" if state else problem)

    def _heard(self, cue_id: str, spoken) -> None:
        """The speech worker is done with a cue's announcement (ui.speech.Spoken)."""
        if spoken.error is None:
            self._speech(cue_id, SPOKEN, "")
        elif spoken.error in ("stopped", "muted", "closing"):  # the technician, or the app
            why = {"stopped": self.tr("cut off"), "muted": self.tr("muted"),
                   "closing": self.tr("the app was closing")}
            self._speech(cue_id, NOT_SPOKEN, why[spoken.error])
        else:
            self._speech(cue_id, NOT_HEARD, spoken.error)

    def _speech(self, cue_id: str, outcome: str, why: str) -> None:
        if outcome == NOT_HEARD:
            log.warning("cue %s %s: %s", cue_id, outcome, why)
        elif outcome == NOT_SPOKEN:
            log.info("cue %s %s: %s", cue_id, outcome, why)
        try:
            self.cue_log.record_speech(cue_id, outcome, why or None)
        except OSError as exc:
            log.error("could not write the cue log %s: %s", self.cue_log.path, exc)
        self.speech_outcome.emit(cue_id, outcome, why)

    def _report_skip(self, cue: Cue, now: float, while_closed: bool = False) -> None:
        late = self.tracker.late_by(cue, now)
        why = "the app was closed" if while_closed else "the show clock jumped or the computer slept"
        log.warning("cue %s skipped: due %s, %d s ago (missed while %s)", cue.id,
                    self.controller.agenda.local(cue.at_s), late, why)
        self._record("skipped", cue, now)
        self.skipped.emit(cue, late)

    def _missed(self, cue_id: str) -> None:
        """APScheduler gave up on a job (it woke more than its grace late in real time):
        decided like any job that comes due, in show time. A rehearsal clock stands still
        while the computer sleeps (its monotonic clock stops) while the wall clock the jobs
        are set on goes on: such a cue is not due yet, and its job is made again (before,
        it was dropped and the cue never came)."""
        self._due(cue_id)

    def _sweep(self) -> None:
        """At every tick: skip what is overdue beyond the grace (its job never came)."""
        self._wake_after_a_sleep()
        now = self.controller.now_s()
        projection = self.controller.projection()
        grace = self.grace_s()
        plan = self.plan(min(self._swept_to, now) - 2 * grace)
        for cue in self.tracker.sweep(plan, now, grace):
            self._report_skip(cue, now)
        self._swept_to = now
        # what an action will be compared with: the show as it stood a second ago, so only
        # the action's own effects (not midnight turning a day into the past) set cues off
        self._last = projection

    def _wake_after_a_sleep(self) -> None:
        """APScheduler waits for its next job on the monotonic clock, which stands still
        while the computer sleeps (agronholm/apscheduler#794): after a lid closed for 20 s
        over lunch, every job would wake 20 s late and the cue just after the wake-up
        ("resumes in 5 minutes") would be skipped as missed. When the wall clock has
        moved on without the monotonic one (a sleep, or the clock stepped), the scheduler
        is woken (its public `wakeup`) and works out its wait again."""
        offset = self.real_clock() - time.monotonic()
        moved = 0.0 if self._clock_offset is None else offset - self._clock_offset
        self._clock_offset = offset
        if abs(moved) > CLOCK_JUMP_S and self.scheduler is not None and self.scheduler.running:
            log.info("the wall clock moved %+.0f s against the monotonic clock (a sleep?): the "
                     "cue scheduler works out its wait again", moved)
            self.scheduler.wakeup()

    def _after_change(self) -> None:
        """An action: announce what it set off (a start, a day's close), then re-plan."""
        current = self.controller.projection()
        actions = len(self.controller.show.actions)
        for cue_id, (cue, count) in list(self._set_off_by.items()):
            if actions < count:  # its action was undone (or dropped by a reload)
                del self._set_off_by[cue_id]
                self.tracker.withdraw(cue, current.at_s)
                self._record("withdrawn", cue, current.at_s)
                self.withdrawn.emit(cue)
        if self._last is not None:
            for cue in action_cues(self.controller.agenda, self._last, current):
                if self.tracker.decide(cue, cue.at_s) == "fire":
                    self._set_off_by[cue.id] = (cue, actions)
                    self._fire(cue, cue.at_s)
        self._last = current
        self.sync()
