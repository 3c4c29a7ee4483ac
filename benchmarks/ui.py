"""Benchmarks of the Qt app: countdown lag, idle CPU, stalls while speaking, time to the
first window, memory.

Each figure is measured in a process of its own (benchmarks/ui_probe.py, the same
interpreter), one after the other so they do not disturb each other, with
QT_QPA_PLATFORM=offscreen; the time to the first window is also measured under a real X
server (Xvfb on a private display, QT_QPA_PLATFORM=xcb) when Xvfb is on PATH. This module
itself never imports Qt. Every probe gets an empty temporary RUNOFSHOW_DATA_DIR, so no
journal or window layout is shared between runs or with the user's own.
"""

from __future__ import annotations

import contextlib
import io
import json
import math
import os
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass

from benchmarks.core import REPO, Result
from benchmarks.ui_probe import IDLE_BEFORE_MEMORY_S, LAUNCHED_ENV, LIVE_SESSION, SPEECH_PARTS

# Targets
LAG_P99_TARGET_MS = 20.0
IDLE_CPU_TARGET_PERCENT = 2.0
SPEECH_STALL_TARGET_MS = 50.0
STARTUP_RATIO_TARGET = 1.8
MEMORY_RATIO_TARGET, MEMORY_EXTRA_MB = 1.5, 40.0

PROBE = [sys.executable, "-m", "benchmarks.ui_probe"]
XVFB_SCREEN = "1920x1080x24"


@dataclass(frozen=True)
class Plan:
    lag_s: float  # wall time over which the countdown lag is watched
    idle_s: float  # wall time over which the idle CPU is counted
    startup_runs: int  # timed launches of the app, and of the bare window
    speech_baseline_s: float  # the GUI thread watched with nothing spoken, before speech
    announcements: int  # queued one after the other, then watched until spoken

    @classmethod
    def make(cls, quick: bool) -> Plan:
        return cls(10.0, 15.0, 3, 3.0, 5) if quick else cls(20.0, 60.0, 9, 5.0, 10)


def available() -> str | None:
    """Why the UI benchmarks cannot run here, or None if they can."""
    import importlib.util

    return None if importlib.util.find_spec("PySide6") else "PySide6 is not installed"


# -- running a probe ---------------------------------------------------------------------


@dataclass(frozen=True)
class Launcher:
    """How probes are started: the Qt platform, the X display for xcb, and the bytecode
    cache the probes of one run share, as an installed app's launches do
    (PYTHONPYCACHEPREFIX, written even where the environment says PYTHONDONTWRITEBYTECODE,
    so nothing is written into the repository)."""

    platform: str
    bytecode: str
    display: str | None = None

    def probe(self, args: list[str], timeout: float = 120.0) -> dict:
        """Run `python -m benchmarks.ui_probe ARGS` in a fresh process; its JSON result.
        The launch moment is put in its environment just before it starts."""
        with tempfile.TemporaryDirectory(prefix="runofshow-bench-data-") as data:
            env = {**os.environ, "QT_QPA_PLATFORM": self.platform, "RUNOFSHOW_DATA_DIR": data,
                   "PYTHONPYCACHEPREFIX": self.bytecode}
            for name in ("RUNOFSHOW_QUIT_AFTER_MS", "PYTHONDONTWRITEBYTECODE"):
                env.pop(name, None)
            if self.display is not None:
                env["DISPLAY"] = self.display
            env[LAUNCHED_ENV] = repr(time.time())
            done = subprocess.run(PROBE + args, cwd=REPO, env=env, capture_output=True,
                                  text=True, timeout=timeout)
        if done.returncode != 0 or not done.stdout.strip():
            raise RuntimeError(f"probe {' '.join(args)} failed ({done.returncode}):\n"
                               f"{done.stderr[-3000:]}")
        return json.loads(done.stdout.strip().splitlines()[-1])


@contextlib.contextmanager
def x_server(screen: str = XVFB_SCREEN) -> Iterator[str]:
    """A private Xvfb for the duration: its display (":N", a free number Xvfb picks itself
    and reports through -displayfd once it accepts connections). The tests use it too."""
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", screen,
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read, "rb") as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError(f"Xvfb did not start (exit {server.poll()})")
        yield f":{number.decode()}"
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


# -- figures -----------------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    """Linear interpolation between the closest ranks (numpy's default)."""
    ordered = sorted(values)
    position = (len(ordered) - 1) * share
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def first_paint_lags_ms(painted: list[float], began: float, ended: float) -> list[float]:
    """For each whole second boundary of the run (a full second observed after it), how
    long after it the countdown was first painted; a second with no paint at all counts
    until the next paint (or the end of the run)."""
    lags = []
    moments = sorted(painted)
    for boundary in range(math.ceil(began), math.floor(ended)):
        after = next((t for t in moments if t >= boundary), ended)
        lags.append((after - boundary) * 1000)
    return lags


def live_setting(found: dict, seconds: float) -> str:
    cues = found["cues_fired"]
    return (f"real clock, {LIVE_SESSION} live, 3 windows, offscreen, {seconds:g} s, "
            f"{cues} cue{'' if cues == 1 else 's'} fired")


def lag_results(plan: Plan, offscreen: Launcher) -> list[Result]:
    found = offscreen.probe(["lag", str(plan.lag_s)], timeout=plan.lag_s + 60)
    paint = first_paint_lags_ms(found["painted"], found["began"], found["ended"])
    unpainted = sum(1 for lag in paint if lag >= 1000)
    results = []
    for name, lags, what in (
            ("countdown lag: views updated", found["ticker_lags_ms"],
             "ticker.lags_ms: the views had the new second"),
            ("countdown lag: projector painted", paint,
             f"end of the projector digits' first paint after the boundary "
             f"({unpainted} second{'' if unpainted == 1 else 's'} without one)")):
        p50, p99 = percentile(lags, 0.5), percentile(lags, 0.99)
        results.append(Result(
            name, f"p50 {p50:.1f} ms, p99 {p99:.1f} ms", f"p99 < {LAG_P99_TARGET_MS:g} ms",
            p99 < LAG_P99_TARGET_MS,
            f"{what}; {len(lags)} boundaries, max {max(lags):.1f} ms; "
            f"{live_setting(found, plan.lag_s)}"))
    return results


def idle_results(plan: Plan, offscreen: Launcher) -> list[Result]:
    found = offscreen.probe(["idle", str(plan.idle_s)], timeout=plan.idle_s + 60)
    percent = 100 * (found["user_s"] + found["sys_s"]) / found["wall_s"]
    detail = (f"user {found['user_s']:.2f} s + system {found['sys_s']:.2f} s over "
              f"{found['wall_s']:.2f} s of wall time, {len(found['ticker_lags_ms'])} ticks; "
              f"{live_setting(found, plan.idle_s)}")
    return [Result("idle CPU, 3 windows open", f"{percent:.2f} % of a core",
                   f"< {IDLE_CPU_TARGET_PERCENT:g} %", percent < IDLE_CPU_TARGET_PERCENT, detail)]


def speech_results(plan: Plan, offscreen: Launcher) -> list[Result]:
    """The longest stall of the GUI thread while announcements are spoken (rendered with
    espeak-ng on the speech worker, then played), against a baseline with nothing spoken."""
    found = offscreen.probe(["speech", str(plan.speech_baseline_s),
                             "--announcements", str(plan.announcements)],
                            timeout=plan.speech_baseline_s + 120 + 60 * plan.announcements)
    interval = found["interval_ms"]
    watched = found["speech_gaps_ms"] + found["margin_gaps_ms"]
    stall = max(watched) - interval
    p99 = percentile(found["speech_gaps_ms"] or watched, 0.99) - interval
    base = found["baseline_gaps_ms"]
    spoken, played = found["spoken"], found["played"]
    plays = [play["ended"] - play["began"] for play in played]
    audio = [play["audio_s"] for play in played]
    handled = [record["ended"] - record["started"] for record in spoken]
    rendered = [total - play for total, play in zip(handled, plays, strict=False)]
    failed = sum(1 for play in played if not play["ok"])
    if not played:
        playback = "nothing was played"
    elif failed == len(played):
        playback = (f"aplay failed at once ({statistics.median(plays) * 1000:.1f} ms each; "
                    f"no sound card here): the rendering with espeak-ng, the part that "
                    f"competes with the GUI thread for the GIL, is real, the playback is not")
    else:
        playback = (f"played in {statistics.median(plays):.1f} s each"
                    f"{f', {failed} failed' if failed else ''}")
    total = plan.speech_baseline_s + found["watched_s"]
    detail = (
        f"gaps between the timeouts of a {interval:g} ms PreciseTimer on the GUI thread, "
        f"minus {interval:g} ms, from the first announce() until the announcer was idle "
        f"+ {found['margin_s']:g} s (p99: while it was busy, {len(found['speech_gaps_ms'])} "
        f"gaps); with nothing spoken ({plan.speech_baseline_s:g} s before): max "
        f"{max(base) - interval:.1f} ms, p99 {percentile(base, 0.99) - interval:.1f} ms; "
        f"{len(spoken)} announcement{'' if len(spoken) == 1 else 's'} "
        f"({' + '.join(lang for lang, _ in SPEECH_PARTS)}, attention chime"
        f"{f', {statistics.median(audio):.1f} s of audio' if audio else ''}) queued from the "
        f"GUI thread in {found['queue_ms']:.2f} ms, all handled {found['idle_at']:.2f} s "
        f"after; each rendered (espeak-ng) and joined in "
        f"{statistics.median(rendered or handled) * 1000:.0f} ms (median, max "
        f"{max(rendered or handled) * 1000:.0f} ms); {playback}; {live_setting(found, round(total, 1))}")
    return [Result("UI stall while speaking", f"max {stall:.1f} ms, p99 {p99:.1f} ms",
                   f"max < {SPEECH_STALL_TARGET_MS:g} ms", stall < SPEECH_STALL_TARGET_MS,
                   detail)]


def startup_runs(runs: int, launcher: Launcher) -> dict[str, list[dict]]:
    """`runs` launches each of the app and the bare window, alternated, after one untimed
    launch of each (so both start with their files in the page cache and compiled)."""
    found: dict[str, list[dict]] = {"app": [], "bare": []}
    for attempt in range(runs + 1):
        for kind in found:
            result = launcher.probe([f"startup-{kind}"], timeout=90)
            if attempt:
                found[kind].append(result)
    return found


def startup_results(plan: Plan, launcher: Launcher) -> list[Result]:
    """Time to the first window, app against bare; with offscreen, memory as well."""
    found = startup_runs(plan.startup_runs, launcher)

    def median(kind: str, key: str) -> float:
        return statistics.median(run[key] for run in found[kind])

    app_s, bare_s = median("app", "first_window_s"), median("bare", "first_window_s")
    app_cpu, bare_cpu = median("app", "first_window_cpu_s"), median("bare", "first_window_cpu_s")
    ratio = app_s / bare_s
    runs = f"median of {plan.startup_runs} launches each, alternated, after one untimed"
    results = [Result(
        f"first window ({launcher.platform}): app / bare", f"{ratio:.2f}x",
        f"<= {STARTUP_RATIO_TARGET:g}x", ratio <= STARTUP_RATIO_TARGET,
        f"launch to a first window exposed: app {app_s * 1000:.0f} ms (`runofshow`: WIPO "
        f"rehearsal; the chair's window), bare QWidget {bare_s * 1000:.0f} ms; CPU time "
        f"by then app {app_cpu * 1000:.0f} ms, bare "
        f"{bare_cpu * 1000:.0f} ms, {app_cpu / bare_cpu:.2f}x; app's three "
        f"windows all exposed {median('app', 'all_windows_s') * 1000:.0f} ms; {runs}")]
    if launcher.platform == "offscreen":
        app_mb, bare_mb = median("app", "VmRSS") / 1024, median("bare", "VmRSS") / 1024
        limit = MEMORY_RATIO_TARGET * bare_mb + MEMORY_EXTRA_MB
        results.append(Result(
            "resident memory: app vs bare", f"{app_mb:.1f} MiB",
            f"<= {MEMORY_RATIO_TARGET:g} x bare + {MEMORY_EXTRA_MB:g} MiB = {limit:.1f} MiB",
            app_mb <= limit,
            f"VmRSS {IDLE_BEFORE_MEMORY_S:g} s after all windows were exposed; bare QWidget "
            f"{bare_mb:.1f} MiB; app's peak (VmHWM) {median('app', 'VmHWM') / 1024:.1f} MiB; "
            f"{runs}"))
    return results


def run(quick: bool = False) -> list[Result]:
    why_not = available()
    if why_not:
        return [Result("UI benchmarks", "skipped", "", None, why_not)]
    plan = Plan.make(quick)
    with tempfile.TemporaryDirectory(prefix="runofshow-bench-pyc-") as bytecode:
        offscreen = Launcher("offscreen", bytecode)
        results = (lag_results(plan, offscreen) + idle_results(plan, offscreen)
                   + speech_results(plan, offscreen) + startup_results(plan, offscreen))
        why_not = None if shutil.which("Xvfb") else "Xvfb is not on PATH"
        if why_not is None:
            try:
                with x_server() as display:
                    results += startup_results(plan, Launcher("xcb", bytecode, display))
            except RuntimeError as exc:  # no X server, or no xcb plugin: the rest stands
                why_not = str(exc).splitlines()[0]
        if why_not is not None:
            results.append(Result("first window (xcb): app / bare", "skipped", "", None,
                                  why_not))
    return results


# -- profiles ----------------------------------------------------------------------------


def profiles(top: int = 24) -> list[tuple[str, str]]:
    """cProfile tables (title, text) of the app's start up to its first window (by
    cumulative time, import machinery left out) and of 15 s of idling (by own time), each
    in a process of its own."""
    no_machinery = r"^(?!<frozen |\{built-in method builtins\.)"
    tables = []
    with tempfile.TemporaryDirectory(prefix="runofshow-bench-profile-") as folder:
        offscreen = Launcher("offscreen", folder)
        # fills the bytecode cache: compiling is not profiled
        offscreen.probe(["startup-app"])
        for title, args, order, only in (
                ("app start to first window (offscreen), by cumulative time",
                 ["startup-app"], "cumulative", [no_machinery, top]),
                ("15 s of idling, 3 windows (offscreen), by own time",
                 ["idle", "15"], "tottime", [top])):
            path = os.path.join(folder, f"{args[0]}.prof")
            offscreen.probe([*args, "--profile", path], timeout=120)
            out = io.StringIO()
            pstats.Stats(path, stream=out).strip_dirs().sort_stats(order).print_stats(*only)
            text = out.getvalue()
            start = text.find("   ncalls")
            tables.append((title, text[start:].rstrip() if start >= 0 else text.rstrip()))
    return tables
