"""Benchmarks of the core: projection (WIPO and synthetic agendas) and loading.

Each benchmark returns `Result`s: a figure, its target and whether the target is met.
Times are wall-clock (time.perf_counter), timeit-style: a warm-up call, a batch size
calibrated so one batch takes a few tens of milliseconds, then the median over many batches
of the time per call. The garbage collector stays on, as it is in the app.
"""

from __future__ import annotations

import cProfile
import io
import pstats
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from benchmarks.synthetic import projection_moment, synthetic_actions, synthetic_agenda_yaml
from runofshow.actions import Action
from runofshow.loader import load_agenda, load_agenda_text
from runofshow.model import Agenda
from runofshow.projection import Projection, project

REPO = Path(__file__).resolve().parent.parent
WIPO = REPO / "agendas" / "wipo-ip-frontier-2024.yaml"

# Targets
WIPO_TARGET_S = 0.001
BIG_TARGET_S = 0.020
SCALING_TARGET = 12.0
LOAD_TARGET_S = 2.0

# Synthetic shows: (sessions, days, actions). 50 and 100 sessions a day.
SMALL = (500, 10, 140)
BIG = (5000, 50, 300)
SEED = 2024


@dataclass(frozen=True)
class Timing:
    median_s: float
    best_s: float
    batch: int  # calls per timed batch
    batches: int

    def describe(self) -> str:
        return (f"median of {self.batches} batches of {self.batch}, "
                f"best {_fmt(self.best_s)}")


@dataclass(frozen=True)
class Result:
    name: str
    figure: str
    target: str
    ok: bool | None  # None: a reference figure with no target of its own
    detail: str = ""


def time_call(fn: Callable[[], object], batches: int, batch_s: float = 0.04) -> Timing:
    """Median time per call of `fn`, over `batches` batches of a calibrated size."""
    fn()  # warm-up: caches (planned epoch seconds on each Session) are filled by the first call
    number = 1
    while True:
        began = time.perf_counter()
        for _ in range(number):
            fn()
        took = time.perf_counter() - began
        if took >= batch_s or number >= 1_000_000:
            break
        number = max(number * 2, int(number * batch_s / max(took, 1e-9) * 1.1))
    per_call = []
    for _ in range(batches):
        began = time.perf_counter()
        for _ in range(number):
            fn()
        per_call.append((time.perf_counter() - began) / number)
    return Timing(statistics.median(per_call), min(per_call), number, batches)


def _fmt(seconds: float) -> str:
    if seconds < 1e-3:
        return f"{seconds * 1e6:.0f} µs"
    if seconds < 1:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds:.2f} s"


def verdict(ok: bool | None) -> str:
    return "--" if ok is None else "OK" if ok else "MISSED"


# -- 1. The WIPO agenda ------------------------------------------------------------------


def wipo_show(agenda: Agenda) -> tuple[list[Action], int]:
    """A realistic afternoon of day 1: the morning run with an overrun, panel 2 extended,
    its Q&A live at 16:25 and late, so the cascade compresses towards the 18:00 close."""
    zone = agenda.timezone

    def at(hhmm: str) -> int:
        hour, minute, *second = (int(x) for x in hhmm.split(":"))
        moment = datetime(2024, 3, 13, hour, minute, second[0] if second else 0, tzinfo=zone)
        return int(moment.timestamp())

    actions = [
        Action(at("10:01:30"), "start", "d1-opening"),
        Action(at("10:12"), "next"),
        Action(at("11:20"), "extend", "d1-panel-1", 10),
        Action(at("11:41"), "next"),
        Action(at("12:14"), "next"),
        Action(at("12:20"), "extend", None, -5),
        Action(at("12:41"), "next"),
        Action(at("13:12"), "next"),
        Action(at("15:03"), "start", "d1-panel-2"),
        Action(at("15:40"), "extend", None, 15),
        Action(at("16:19"), "next"),
    ]
    return actions, at("16:25")


def bench_wipo(batches: int) -> tuple[list[Result], Timing]:
    agenda = load_agenda(WIPO)
    actions, now = wipo_show(agenda)
    result = project(agenda, actions, now)
    timing = time_call(lambda: project(agenda, actions, now), batches)
    detail = (f"{agenda.count()} sessions, {len(actions)} actions, at {agenda.local(now):%Y-%m-%d %H:%M}; "
              f"{_show_summary(result)}; {timing.describe()}")
    ok = timing.median_s < WIPO_TARGET_S
    return [Result("project WIPO agenda (mid-day 1)", _fmt(timing.median_s),
                   f"< {_fmt(WIPO_TARGET_S)}", ok, detail)], timing


# -- 2. Synthetic agendas ----------------------------------------------------------------


@dataclass
class Show:
    sessions: int
    days: int
    agenda: Agenda
    actions: list[Action]
    now: int  # epoch seconds

    def run(self) -> Projection:
        return project(self.agenda, self.actions, self.now)


def make_show(sessions: int, days: int, actions: int, seed: int = SEED) -> Show:
    agenda = load_agenda_text(synthetic_agenda_yaml(sessions, days, seed), "<synthetic>")
    assert agenda.count() == sessions, (agenda.count(), sessions)
    made = synthetic_actions(agenda, actions, seed)
    return Show(sessions, days, agenda, made, projection_moment(agenda, made))


def bench_synthetic(batches: int) -> tuple[list[Result], dict[int, Show]]:
    shows = {size[0]: make_show(*size) for size in (SMALL, BIG)}
    timings: dict[int, Timing] = {}
    results: list[Result] = []
    for sessions, show in shows.items():
        projection = show.run()
        timings[sessions] = time_call(show.run, batches)
        timing = timings[sessions]
        detail = (f"{show.days} days of {sessions // show.days}, {len(show.actions)} actions, "
                  f"at {show.agenda.local(show.now):%Y-%m-%d %H:%M}; {_show_summary(projection)}; "
                  f"{timing.describe()}")
        if sessions == BIG[0]:
            results.append(Result(f"project {sessions:,} sessions", _fmt(timing.median_s),
                                  f"< {_fmt(BIG_TARGET_S)}", timing.median_s < BIG_TARGET_S,
                                  detail))
        else:
            results.append(Result(f"project {sessions:,} sessions", _fmt(timing.median_s),
                                  "(reference for scaling)", None, detail))
    ratio = timings[BIG[0]].median_s / timings[SMALL[0]].median_s
    size_ratio = BIG[0] / SMALL[0]
    results.append(Result(f"scaling {BIG[0]:,} / {SMALL[0]:,} sessions", f"{ratio:.1f}x",
                          f"<= {SCALING_TARGET:g}x", ratio <= SCALING_TARGET,
                          f"{size_ratio:g}x the sessions, "
                          f"{len(shows[BIG[0]].actions) / len(shows[SMALL[0]].actions):.1f}x "
                          "the actions; linear would be ~10x"))
    return results, shows


def _show_summary(projection: Projection) -> str:
    live = projection.live.id if projection.live else "nothing"
    compressed = sum(1 for s in projection.all_sessions() if s.compressed_by_s)
    breaches = sum(len(d.breaches) for d in projection.days)
    return (f"live {live}, {compressed} compressed, "
            f"{breaches} breach{'' if breaches == 1 else 'es'}")


# -- 3. Loading --------------------------------------------------------------------------


def bench_load(runs: int) -> tuple[list[Result], Path, tempfile.TemporaryDirectory]:
    folder = tempfile.TemporaryDirectory(prefix="runofshow-bench-")
    path = Path(folder.name) / "synthetic-5000.yaml"
    path.write_text(synthetic_agenda_yaml(BIG[0], BIG[1], SEED), encoding="utf-8")
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        agenda = load_agenda(path)
        times.append(time.perf_counter() - began)
    assert agenda.count() == BIG[0]
    median = statistics.median(times)
    size = path.stat().st_size
    detail = (f"{size / 1_048_576:.2f} MiB, {sum(1 for _ in path.open(encoding='utf-8')):,} "
              f"lines, zh+en; median of {runs}, best {_fmt(min(times))}")
    return [Result(f"load + check {BIG[0]:,}-session file", _fmt(median),
                   f"< {_fmt(LOAD_TARGET_S)}", median < LOAD_TARGET_S, detail)], path, folder


# -- profiles ----------------------------------------------------------------------------


def profile(fn: Callable[[], object], calls: int, top: int = 14) -> str:
    """Where the time goes in `fn`, from cProfile (sorted by own time)."""
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(calls):
        fn()
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).strip_dirs().sort_stats("tottime").print_stats(top)
    text = out.getvalue()
    start = text.find("   ncalls")
    return text[start:].rstrip() if start >= 0 else text.rstrip()
