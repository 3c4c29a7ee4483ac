"""Benchmarks of the remote server (docs/remote.md), side by side in one run.

Each scenario starts the live app with its server (benchmarks/remote_probe.py) and a
second process of devices (benchmarks/remote_clients.py) that connects WebSocket screens
and sends actions over HTTP, both on loopback, one scenario after the other:

- latency: 10 actions a second, no screens: each action, from the moment the device sent
  it to the end of the projector's first paint that includes it;
- load: 200 WebSocket screens and 50 actions a second: the projector's countdown lag, the
  lateness of each second's state at each screen, and the action latency again;
- idle: 200 WebSocket screens, no actions: the app's CPU.

This module never imports Qt; the probes run with QT_QPA_PLATFORM=offscreen.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass

from benchmarks.core import REPO, Result
from benchmarks.ui import first_paint_lags_ms, percentile

ACTION_PAINT_P99_TARGET_MS = 50.0
LAG_P99_TARGET_MS = 20.0
STATE_LATENESS_TARGET_MS = 100.0
IDLE_CPU_TARGET_PERCENT = 5.0
SOCKETS, ACTIONS_PER_S = 200, 50.0


@dataclass(frozen=True)
class Scenario:
    name: str
    sockets: int
    rate: float
    seconds: float


def plan(quick: bool) -> list[Scenario]:
    scale = 0.5 if quick else 1.0
    return [Scenario("latency", 0, 10.0, 10 * scale),
            Scenario("load", SOCKETS, ACTIONS_PER_S, 60 * scale),
            Scenario("idle", SOCKETS, 0.0, 30 * scale)]


def run_scenario(scenario: Scenario) -> tuple[dict, dict]:
    """(what the app counted, what the devices saw) for one scenario."""
    with tempfile.TemporaryDirectory(prefix="runofshow-bench-data-") as data:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RUNOFSHOW_DATA_DIR": data,
               "RUNOFSHOW_CONFIG_DIR": data}
        env.pop("RUNOFSHOW_QUIT_AFTER_MS", None)
        app = subprocess.Popen([sys.executable, "-m", "benchmarks.remote_probe"], cwd=REPO,
                               env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        devices = None
        try:
            serving = json.loads(app.stdout.readline())
            devices = subprocess.Popen(
                [sys.executable, "-m", "benchmarks.remote_clients", "--sockets",
                 str(scenario.sockets), "--rate", str(scenario.rate), "--seconds",
                 str(scenario.seconds), "--", str(serving["port"]), serving["control"],
                 serving["view"]],  # after "--": a token may begin with "-"
                cwd=REPO, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
            if devices.stdout.readline().strip() != "connected":
                raise RuntimeError("the devices did not connect")
            app.stdin.write("begin\n")
            app.stdin.flush()
            if app.stdout.readline().strip() != "begun":
                raise RuntimeError("the app did not begin counting")
            devices.stdin.write("go\n")
            devices.stdin.flush()
            seen = json.loads(devices.stdout.readline())
            app.stdin.write("stop\n")
            app.stdin.flush()
            counted = json.loads(app.stdout.readlines()[-1])
        finally:
            for process in (devices, app):
                if process is not None and process.poll() is None:
                    try:
                        process.wait(timeout=30)
                    except subprocess.TimeoutExpired:
                        process.kill()
                        process.wait()
    return counted, seen


def action_paint_ms(counted: dict, seen: dict) -> list[float]:
    """For each action the show took, from its sending to the end of the projector's first
    paint with it: the k-th answered action is the one that made the journal k longer."""
    taken = sorted((a for a in seen["sent"] if a["status"] == 200), key=lambda a: a["answered"])
    paints = counted["paints"]
    latencies = []
    for number, action in enumerate(taken, start=counted["actions"] + 1):
        painted = next((moment for moment, actions in paints if actions >= number), None)
        if painted is not None:
            latencies.append((painted - action["sent"]) * 1000)
    return latencies


def collector(counted: dict) -> str:
    """Python's full collections in the app meanwhile: each holds every thread."""
    full = [took for generation, _, took, _ in counted["collections"] if generation == 2]
    freed = sum(count for generation, _, _, count in counted["collections"] if generation == 2)
    objects = (f"{counted['objects_before']:,} tracked objects at the start, "
               f"{counted['objects_after']:,} at the end")
    if not full:
        return f"no full collection; {objects}"
    return (f"{len(full)} full collections of the app's heap, longest {max(full):.0f} ms, "
            f"{freed:,} objects freed by them; {objects}")


def figure(values: list[float]) -> str:
    return f"p50 {percentile(values, 0.5):.1f} ms, p99 {percentile(values, 0.99):.1f} ms"


def refused(seen: dict) -> str:
    statuses = [a["status"] for a in seen["sent"]]
    others = {status: statuses.count(status) for status in set(statuses) if status != 200}
    return f"{statuses.count(200)} of {len(statuses)} actions taken" + (
        f", refused: {others}" if others else "")


def latency_results(scenario: Scenario, counted: dict, seen: dict, label: str,
                    targeted: bool = True) -> Result:
    """The action latency; `targeted=False` under the flood, where actions wait for their
    batch (ui/server.py BATCH_EVERY_S) by design: a figure for reference."""
    latencies = action_paint_ms(counted, seen)
    p99 = percentile(latencies, 0.99)
    return Result(f"remote action to projector paint ({label})", figure(latencies),
                  f"p99 < {ACTION_PAINT_P99_TARGET_MS:g} ms" if targeted else "(reference)",
                  p99 < ACTION_PAINT_P99_TARGET_MS if targeted else None,
                  f"HTTP POST extend ±1 min at {scenario.rate:g}/s for {scenario.seconds:g} s, "
                  f"{scenario.sockets} screens; {refused(seen)}; {len(latencies)} painted; "
                  f"max {max(latencies):.1f} ms")


def load_results(scenario: Scenario, counted: dict, seen: dict) -> list[Result]:
    setting = f"{scenario.sockets} screens, {scenario.rate:g} actions/s, {scenario.seconds:g} s"
    results = []
    paints = [moment for moment, _ in counted["paints"]]
    began, ended = min(a["sent"] for a in seen["sent"]), max(a["answered"] for a in seen["sent"])
    for name, lags in (("countdown lag under load: views updated", counted["lags_ms"]),
                       ("countdown lag under load: projector painted",
                        first_paint_lags_ms(paints, began, ended))):
        p99 = percentile(lags, 0.99)
        results.append(Result(name, figure(lags), f"p99 < {LAG_P99_TARGET_MS:g} ms",
                              p99 < LAG_P99_TARGET_MS,
                              f"{setting}; {len(lags)} seconds, max {max(lags):.1f} ms; "
                              f"{collector(counted)}"))
    per_socket = [arrivals for arrivals in seen["arrivals_ms"]]
    lateness = [value for arrivals in per_socket for value in arrivals]
    seconds_seen = [len(arrivals) for arrivals in per_socket]
    worst = max(lateness)
    results.append(Result(
        "each second's state at every screen", f"{figure(lateness)}, max {worst:.1f} ms",
        f"all < {STATE_LATENESS_TARGET_MS:g} ms after the second", worst < STATE_LATENESS_TARGET_MS,
        f"{setting}; time from the second's start to its state's arrival at each screen; "
        f"seconds seen per screen: {min(seconds_seen)} to {max(seconds_seen)}"))
    results.append(latency_results(scenario, counted, seen, "under load", targeted=False))
    return results


def idle_results(scenario: Scenario, counted: dict, seen: dict) -> Result:
    percent = 100 * counted["cpu_s"] / scenario.seconds
    return Result("app CPU, screens connected, no actions", f"{percent:.1f} % of a core",
                  f"< {IDLE_CPU_TARGET_PERCENT:g} %", percent < IDLE_CPU_TARGET_PERCENT,
                  f"{scenario.sockets} WebSocket screens each sent the state every second, "
                  f"{scenario.seconds:g} s; getrusage of the app's process (every thread)")


def run(quick: bool = False) -> list[Result]:
    results: list[Result] = []
    for scenario in plan(quick):
        counted, seen = run_scenario(scenario)
        if scenario.name == "latency":
            results.append(latency_results(scenario, counted, seen, "10 actions/s"))
        elif scenario.name == "load":
            results += load_results(scenario, counted, seen)
        else:
            results.append(idle_results(scenario, counted, seen))
    return results
