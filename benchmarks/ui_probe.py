"""What runs inside each UI benchmark's own process (started by benchmarks/ui.py).

    python -m benchmarks.ui_probe startup-app | startup-bare [--profile FILE]
    python -m benchmarks.ui_probe lag SECONDS [--profile FILE]
    python -m benchmarks.ui_probe idle SECONDS [--profile FILE]
    python -m benchmarks.ui_probe speech SECONDS [--announcements N] [--profile FILE]

Each prints one JSON line (its last line on stdout) for the parent to read. Qt's platform
(offscreen or xcb) comes from the environment, as for the app. Nothing in ui/ is changed:
the probes watch the app from outside (an event filter on the application, a wrapped
paintEvent or `ui.sound.play_file`, the ticker's own `lags_ms`, the announcer's `history`).

- startup-*: `LAUNCHED_ENV` holds the time.time() at which the parent launched this process;
  the figures are the time from then until a first window is exposed (Qt has drawn it),
  and until all of them are (the app has three). Then, after IDLE_BEFORE_MEMORY_S of
  idling, the resident memory. `startup-app` runs the real entry point (`runofshow`, no
  argument: the bundled WIPO agenda in rehearsal; warm or cold as the parent's
  RUNOFSHOW_CACHE_DIR has the agenda or not), and imports nothing of Qt before the app
  itself does; `startup-bare` one empty QWidget.
- lag: the real app on the system clock, a live session, all three windows; for SECONDS,
  the ticker's lags and the time of every paint of the projector's countdown digits.
- idle: the same app, left alone for SECONDS of wall time; the CPU time it used.
- speech: the same app, its GUI thread watched by a timer firing every STALL_TIMER_MS
  (PreciseTimer): the gaps between its timeouts, for SECONDS with nothing spoken (the
  baseline), then from the moment N announcements (SPEECH_PARTS with the attention chime)
  are queued one after the other from the GUI thread, as the cue scheduler does, until the
  announcer is idle again plus SPEECH_MARGIN_S. `ui.sound.play_file` is wrapped to time the
  playback apart from the rendering.
"""

from __future__ import annotations

import itertools
import json
import os
import sys
import time

LAUNCHED_ENV = "RUNOFSHOW_BENCH_LAUNCHED"
IDLE_BEFORE_MEMORY_S = 2.0
LIVE_SESSION = "d1-panel-1"  # 80 minutes: the countdown runs in the normal phase throughout
WARM_UP_S = 1.5  # after the windows are shown, before anything is counted
STALL_TIMER_MS = 1  # the speech probe's timer on the GUI thread
SPEECH_MARGIN_S = 0.5  # watched on after the announcer's queue is drained
SPEECH_PARTS = (  # one announcement, as a cue speaks it: Chinese, then English
    ("zh", "各位来宾请注意，第一场专题讨论将在五分钟后于主会场开始，请尽快回到座位，"
           "并将手机调至静音模式，会后的问答环节欢迎大家踊跃提问，谢谢合作。"),
    ("en", "Ladies and gentlemen, the first panel discussion will begin in the main hall in "
           "five minutes. Please return to your seats and switch your phones to silent mode. "
           "Questions from the floor are welcome in the question and answer session that "
           "follows. Thank you."),
)


def memory_kb() -> dict[str, int]:
    """VmRSS (resident now) and VmHWM (its peak) from /proc/self/status, in KiB."""
    found = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                found[key] = int(value.split()[0])
    return found


# -- time to the first window, and memory ------------------------------------------------


def startup(kind: str, profile: str | None = None) -> dict:
    launched = float(os.environ[LAUNCHED_ENV])
    profiler = None
    if profile is not None:  # from here to the first window
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    seen: dict[str, float] = {}
    exposed: set[int] = set()
    result: dict = {}
    windows = 3 if kind == "app" else 1  # the app: chair, console, projector
    kept: list[object] = []  # the watcher, alive for the process's life

    def watch_windows() -> None:
        """From here on, note the first Expose of each window shown: the first of all,
        and the moment all are (Qt draws a widget's window while exposing it)."""
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication, QWidget

        def measure_memory() -> None:
            result.update(memory_kb())
            QApplication.instance().quit()

        class Exposed(QObject):
            def eventFilter(self, watched, event) -> bool:
                if event.type() == QEvent.Type.Expose and watched.isExposed():
                    now = time.time()
                    seen.setdefault("expose", now)
                    seen.setdefault("expose_cpu", time.process_time())
                    if profiler is not None and len(exposed) == 0:
                        profiler.disable()
                        profiler.dump_stats(profile)
                    exposed.add(id(watched))
                    watched.removeEventFilter(self)
                    if len(exposed) == windows:
                        seen["all"] = now
                        QTimer.singleShot(round(IDLE_BEFORE_MEMORY_S * 1000), measure_memory)
                return False

        watcher = Exposed()
        kept.append(watcher)

        # Each window is watched from the moment it is shown, by a filter on its own
        # QWindow: a filter on the whole application would see every event of every object.
        def watching(show):
            def shown(widget, *args):
                show(widget, *args)
                handle = widget.windowHandle() if widget.isWindow() else None
                if handle is not None and "all" not in seen:
                    handle.installEventFilter(watcher)
            return shown

        for name in ("show", "showNormal", "showFullScreen", "showMaximized"):
            setattr(QWidget, name, watching(getattr(QWidget, name)))

    if kind == "app":
        # The real entry point, as the `runofshow` script runs it: the launcher (and the
        # core it imports) first, then Qt, then the app.
        from ui import launcher

        watch_windows()
        # a safety net only: the probe quits by itself once the memory is measured
        os.environ.setdefault("RUNOFSHOW_QUIT_AFTER_MS", "60000")
        code = launcher.main([])
        if code != 0:
            raise SystemExit(f"runofshow exited {code}")
    else:
        from PySide6.QtWidgets import QApplication, QWidget

        app = QApplication(sys.argv[:1])
        watch_windows()
        window = QWidget()
        window.resize(640, 480)
        window.show()
        app.exec()
    if "all" not in seen:
        raise SystemExit(f"{len(exposed)} of {windows} windows were ever exposed")
    result["first_window_s"] = seen["expose"] - launched
    # CPU time (user + system, every thread) spent by then: what the machine's noise
    # (other processes, a virtual machine's stolen time) leaves alone
    result["first_window_cpu_s"] = seen["expose_cpu"]
    result["all_windows_s"] = seen["all"] - launched
    return result


# -- the live app: lag and idle CPU ------------------------------------------------------


def live_app(folder: str):
    """The real app on the real clock: WIPO mapped onto today, a session started now, all
    three windows shown; the speech worker too, as `runofshow` has it."""
    from datetime import datetime
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from runofshow.clock import SystemClock
    from runofshow.loader import load_agenda
    from runofshow.retime import shift_to
    from ui.app import build_app, make_announcer, set_heap_aside_after_a_paint

    app = QApplication.instance() or QApplication(sys.argv[:1])
    path = Path(__file__).resolve().parent.parent / "agendas" / "wipo-ip-frontier-2024.yaml"
    agenda = load_agenda(path)
    agenda = shift_to(agenda, datetime.now(agenda.timezone).date())
    windows = build_app(agenda, path, rehearse=False, clock=SystemClock(),
                        journal_file=Path(folder) / "live.jsonl", announcer=make_announcer())
    if not windows.controller.start(LIVE_SESSION):
        raise SystemExit(f"could not start {LIVE_SESSION}")
    windows.show_all()
    set_heap_aside_after_a_paint(windows.controller)  # as `runofshow` does
    return app, windows


def run_for(app, seconds: float, profile: str | None = None) -> None:
    """Run the event loop for `seconds` of wall time (under cProfile if asked)."""
    from PySide6.QtCore import Qt, QTimer

    timer = QTimer()
    timer.setSingleShot(True)
    timer.setTimerType(Qt.TimerType.PreciseTimer)  # a long single shot is coarse by default
    timer.timeout.connect(lambda: app.exit(0))  # quit() would close every window
    timer.start(round(seconds * 1000))
    if profile is None:
        app.exec()
        return
    import cProfile

    profiler = cProfile.Profile()
    profiler.runcall(app.exec)
    profiler.dump_stats(profile)


def watch(folder: str, seconds: float, profile: str | None, before_run=None) -> dict:
    """Build the live app, let it settle for WARM_UP_S, then run it for `seconds` and say
    what happened: wall and CPU time, the ticker's lags, how many cues fired."""
    import resource

    app, windows = live_app(folder)
    fired: list = []
    windows.cues.fired.connect(fired.append)
    run_for(app, WARM_UP_S)
    windows.ticker.lags_ms.clear()
    fired.clear()
    if before_run is not None:
        before_run(windows)
    usage, began, wall = resource.getrusage(resource.RUSAGE_SELF), time.time(), time.perf_counter()
    run_for(app, seconds, profile)
    wall = time.perf_counter() - wall
    ended, done = time.time(), resource.getrusage(resource.RUSAGE_SELF)
    found = {"began": began, "ended": ended, "wall_s": wall,
             "user_s": done.ru_utime - usage.ru_utime, "sys_s": done.ru_stime - usage.ru_stime,
             "ticker_lags_ms": list(windows.ticker.lags_ms), "cues_fired": len(fired)}
    windows.close()
    return found


def lag(seconds: float, folder: str, profile: str | None) -> dict:
    """`watch`, noting when each paint of the projector's countdown digits ended."""
    from ui.projector import BigDigits

    painted: list[float] = []
    projector_digits: list = []
    digits_paint = BigDigits.paintEvent

    def timed_paint(self, event) -> None:
        digits_paint(self, event)
        if projector_digits and self is projector_digits[0]:
            painted.append(time.time())  # the digits are in the window's backing store

    def start_watching(windows) -> None:
        projector_digits.append(windows.projector.digits)
        painted.clear()

    BigDigits.paintEvent = timed_paint  # patched before the widgets exist
    return {**watch(folder, seconds, profile, start_watching), "painted": painted}


def idle(seconds: float, folder: str, profile: str | None) -> dict:
    return watch(folder, seconds, profile)


def speech(seconds: float, folder: str, profile: str | None, announcements: int) -> dict:
    """The GUI thread's gaps: for `seconds` with nothing spoken, then while `announcements`
    announcements are spoken, until the announcer is idle again (plus SPEECH_MARGIN_S)."""
    from PySide6.QtCore import Qt, QTimer

    from ui import sound

    played: list[dict] = []  # each play_file call of the worker: when, how long, the outcome
    play_file = sound.play_file

    def timed_play(path, **kwargs) -> str | None:
        audio_s = sound.wav_duration(path)
        began = time.monotonic()
        why = play_file(path, **kwargs)
        played.append({"began": began, "ended": time.monotonic(), "audio_s": audio_s,
                       "ok": why is None})
        return why

    sound.play_file = timed_play  # the worker calls sound.play_file through the module
    app, windows = live_app(folder)
    announcer = windows.announcer
    if announcer is None or not announcer.available:
        raise SystemExit(f"no speech: {getattr(announcer, 'problem', None) or 'no announcer'}")
    fired: list = []
    windows.cues.fired.connect(fired.append)
    run_for(app, WARM_UP_S)
    fired.clear()
    chime = sound.chime(sound.ATTENTION)
    ticks: list[float] = []  # time.monotonic() of each timeout of the watching timer
    moments: dict[str, float] = {}
    seen = len(announcer.history)
    watcher, poll, guard = QTimer(), QTimer(), QTimer()
    for timer in (watcher, poll, guard):
        timer.setTimerType(Qt.TimerType.PreciseTimer)
    watcher.setInterval(STALL_TIMER_MS)
    watcher.timeout.connect(lambda: ticks.append(time.monotonic()))
    poll.setInterval(10)
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: app.exit(0))

    def start_speaking() -> None:
        moments["speech"] = time.monotonic()
        queued = sum(bool(announcer.announce(list(SPEECH_PARTS), chime))
                     for _ in range(announcements))
        moments["queued"] = time.monotonic()
        if queued != announcements:  # raised once the event loop is left
            moments["refused"] = announcements - queued
            app.exit(1)
            return
        poll.start()

    def check_idle() -> None:
        if announcer.wait_idle(0):
            poll.stop()
            moments["idle"] = time.monotonic()
            QTimer.singleShot(round(SPEECH_MARGIN_S * 1000), lambda: app.exit(0))

    poll.timeout.connect(check_idle)
    guard.start(round((seconds + 60 + 30 * announcements) * 1000))  # a safety net only
    QTimer.singleShot(round(seconds * 1000), start_speaking)
    watcher.start()
    if profile is None:
        app.exec()
    else:
        import cProfile

        profiler = cProfile.Profile()
        profiler.runcall(app.exec)
        profiler.dump_stats(profile)
    watcher.stop()
    moments["ended"] = time.monotonic()
    windows.close()
    if "refused" in moments:
        raise SystemExit(f"{moments['refused']} of {announcements} announcements were not queued")
    if "idle" not in moments:
        raise SystemExit("the announcer was still busy when the probe gave up")

    origin = moments["speech"]

    def since(moment: float) -> float:  # seconds after the announcements were queued
        return round(moment - origin, 4)

    gaps = [(round((b - a) * 1000, 3), b) for a, b in itertools.pairwise(ticks)]
    idle_at = moments["idle"]
    longest = sorted(((gap, end) for gap, end in gaps if end > origin), reverse=True)[:8]
    spoken = list(announcer.history)[seen:]
    return {
        "interval_ms": STALL_TIMER_MS, "baseline_s": seconds, "margin_s": SPEECH_MARGIN_S,
        "baseline_gaps_ms": [gap for gap, end in gaps if end <= origin],
        "speech_gaps_ms": [gap for gap, end in gaps if origin < end <= idle_at],
        "margin_gaps_ms": [gap for gap, end in gaps if end > idle_at],
        "longest": [{"gap_ms": gap, "ended_at": since(end)} for gap, end in longest],
        "queue_ms": (moments["queued"] - origin) * 1000, "idle_at": since(idle_at),
        "watched_s": moments["ended"] - origin, "cues_fired": len(fired),
        "spoken": [{"seq": record.seq, "parts": len(record.parts), "error": record.error,
                    "queued": since(record.queued), "started": since(record.started),
                    "ended": since(record.ended)} for record in spoken],
        "played": [{**play, "began": since(play["began"]), "ended": since(play["ended"])}
                   for play in played],
    }


def main(argv: list[str]) -> int:
    import argparse
    import tempfile

    parser = argparse.ArgumentParser(prog="python -m benchmarks.ui_probe")
    parser.add_argument("kind", choices=("startup-app", "startup-bare", "lag",
                                                   "idle", "speech"))
    parser.add_argument("seconds", nargs="?", type=float, default=20.0,
                        help="how long to watch (speech: the baseline, before anything is said)")
    parser.add_argument("--announcements", type=int, default=5,
                        help="speech: how many announcements are queued one after the other")
    parser.add_argument("--profile", help="write cProfile stats of the measured run here")
    args = parser.parse_args(argv)
    if args.kind.startswith("startup-"):
        result = startup(args.kind.removeprefix("startup-"), args.profile)
    else:
        with tempfile.TemporaryDirectory(prefix="runofshow-bench-ui-") as folder:
            if args.kind == "speech":
                result = speech(args.seconds, folder, args.profile, args.announcements)
            else:
                measure = lag if args.kind == "lag" else idle
                result = measure(args.seconds, folder, args.profile)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
