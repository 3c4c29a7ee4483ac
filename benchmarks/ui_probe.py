"""What runs inside each UI benchmark's own process (started by benchmarks/ui.py).

    python -m benchmarks.ui_probe startup-app | startup-bare [--profile FILE]
    python -m benchmarks.ui_probe lag SECONDS [--profile FILE]
    python -m benchmarks.ui_probe idle SECONDS [--profile FILE]

Each prints one JSON line (its last line on stdout) for the parent to read. Qt's platform
(offscreen or xcb) comes from the environment, as for the app. Nothing in ui/ is changed:
the probes watch the app from outside (an event filter on the application, a wrapped
paintEvent, the ticker's own `lags_ms`).

- startup-*: `LAUNCHED_ENV` holds the time.time() at which the parent launched this process;
  the figure is the time from then to the first Expose of a window (the window can be
  drawn), and to its first paint. Then, after IDLE_BEFORE_MEMORY_S of idling, the resident
  memory. `startup-app` runs the real entry point (`runofshow`, no argument: the bundled
  WIPO agenda in rehearsal), `startup-bare` one empty QWidget.
- lag: the real app on the system clock, a live session, all three windows; for SECONDS,
  the ticker's lags and the time of every paint of the projector's countdown digits.
- idle: the same app, left alone for SECONDS of wall time; the CPU time it used.
"""

from __future__ import annotations

import json
import os
import sys
import time

LAUNCHED_ENV = "RUNOFSHOW_BENCH_LAUNCHED"
IDLE_BEFORE_MEMORY_S = 2.0
LIVE_SESSION = "d1-panel-1"  # 80 minutes: the countdown runs in the normal phase throughout
WARM_UP_S = 1.5  # after the windows are shown, before anything is counted


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
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    seen: dict[str, float] = {}
    result: dict = {}

    def measure_memory() -> None:
        result.update(memory_kb())
        app.quit()

    class FirstWindow(QObject):
        """Notes the first Expose (of any window) and the first Paint (of any widget)."""

        def eventFilter(self, watched, event) -> bool:
            what = event.type()
            if what == QEvent.Type.Expose and "expose" not in seen and watched.isWindowType():
                seen["expose"] = time.time()
                if profiler is not None:
                    profiler.disable()
                    profiler.dump_stats(profile)
                QTimer.singleShot(round(IDLE_BEFORE_MEMORY_S * 1000), measure_memory)
            elif what == QEvent.Type.Paint and "paint" not in seen:
                seen["paint"] = time.time()
            if len(seen) == 2:
                app.removeEventFilter(self)  # nothing more to see: no cost while idling
            return False

    watcher = FirstWindow()
    app.installEventFilter(watcher)
    if kind == "app":
        from runofshow import cli

        # a safety net only: the probe quits by itself once the memory is measured
        os.environ.setdefault("RUNOFSHOW_QUIT_AFTER_MS", "60000")
        code = cli.main([])
        if code != 0:
            raise SystemExit(f"runofshow exited {code}")
    else:
        from PySide6.QtWidgets import QWidget

        window = QWidget()
        window.resize(640, 480)
        window.show()
        app.exec()
    if "expose" not in seen:
        raise SystemExit("no window was ever exposed")
    result["first_window_s"] = seen["expose"] - launched
    result["first_paint_s"] = seen.get("paint", float("nan")) - launched
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
    from ui.app import build_app, make_announcer

    app = QApplication.instance() or QApplication(sys.argv[:1])
    path = Path(__file__).resolve().parent.parent / "agendas" / "wipo-ip-frontier-2024.yaml"
    agenda = load_agenda(path)
    agenda = shift_to(agenda, datetime.now(agenda.timezone).date())
    session = build_app(agenda, path, rehearse=False, clock=SystemClock(),
                        journal_file=Path(folder) / "live.jsonl", announcer=make_announcer())
    if not session.controller.start(LIVE_SESSION):
        raise SystemExit(f"could not start {LIVE_SESSION}")
    session.show_all()
    return app, session


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

    app, session = live_app(folder)
    fired: list = []
    session.cues.fired.connect(fired.append)
    run_for(app, WARM_UP_S)
    session.ticker.lags_ms.clear()
    fired.clear()
    if before_run is not None:
        before_run(session)
    usage, began, wall = resource.getrusage(resource.RUSAGE_SELF), time.time(), time.perf_counter()
    run_for(app, seconds, profile)
    wall = time.perf_counter() - wall
    ended, done = time.time(), resource.getrusage(resource.RUSAGE_SELF)
    found = {"began": began, "ended": ended, "wall_s": wall,
             "user_s": done.ru_utime - usage.ru_utime, "sys_s": done.ru_stime - usage.ru_stime,
             "ticker_lags_ms": list(session.ticker.lags_ms), "cues_fired": len(fired)}
    session.close()
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

    def start_watching(session) -> None:
        projector_digits.append(session.projector.digits)
        painted.clear()

    BigDigits.paintEvent = timed_paint  # patched before the widgets exist
    return {**watch(folder, seconds, profile, start_watching), "painted": painted}


def idle(seconds: float, folder: str, profile: str | None) -> dict:
    return watch(folder, seconds, profile)


def main(argv: list[str]) -> int:
    import argparse
    import tempfile

    parser = argparse.ArgumentParser(prog="python -m benchmarks.ui_probe")
    parser.add_argument("kind", choices=("startup-app", "startup-bare", "lag", "idle"))
    parser.add_argument("seconds", nargs="?", type=float, default=20.0)
    parser.add_argument("--profile", help="write cProfile stats of the measured run here")
    args = parser.parse_args(argv)
    if args.kind.startswith("startup-"):
        result = startup(args.kind.removeprefix("startup-"), args.profile)
    else:
        with tempfile.TemporaryDirectory(prefix="runofshow-bench-ui-") as folder:
            measure = lag if args.kind == "lag" else idle
            result = measure(args.seconds, folder, args.profile)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
