"""A whole venue on a local Mosquitto (issue 17's second target; benchmarks/README.md).

ROOMS rooms, each the real app in a process of its own (benchmarks/venue_probe.py: WIPO in
rehearsal, its first session live, extended by a minute every 7 to 13 s as a chair would),
and one venue overview, also a process of its own, subscribed to every room.

1. The overview against each room: for every countdown value a room painted while
   measured, from the moment the room painted it to the moment the overview painted it for
   that room (the overview works each countdown out from the room's published clock at its
   own repaint; an extension reaches it as a new state through the broker).
2. The rooms' countdown lag (ui/ticker.py's lags: how late each second reached the views)
   with every room publishing and the overview subscribed, against the same rooms with no
   broker at all: publishing must leave it unchanged.

All of it on this one machine: twenty room PCs' windows share its cores, where a venue
gives each room a PC of its own; the figures are therefore a bound, not a venue's own.
"""

from __future__ import annotations

import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.core import Result
from benchmarks.ui import percentile
from tests.conftest import WIPO
from tests.standby_helpers import App, wait
from tests.venue_helpers import Broker

ROOMS = 20
EVENT = "bench-venue"
WARM_UP_S = 5.0
OVERVIEW_TARGET_MS = 150.0
LAG_TARGET_MS = 20.0


def room_name(number: int) -> str:
    return f"Room {number:02d}"


def start_rooms(folder: Path, broker: Broker | None, rng: random.Random) -> list[App]:
    rooms = []
    for number in range(1, ROOMS + 1):
        place = folder / f"room-{number:02d}"
        place.mkdir(parents=True, exist_ok=True)
        publish = [] if broker is None else ["--broker", broker.url, "--room", room_name(number),
                                             "--event", EVENT]
        rooms.append(App(place, ["room", str(WIPO), "--rehearse", *publish], module="benchmarks.venue_probe",
                         env={"VENUE_EXTEND_EVERY_MS": str(rng.randint(7000, 13000))}))
    for app in rooms:
        wait(lambda a=app: a.said("shown"), 180)
    return rooms


def measured(lines: list[list[str]], began: float, ended: float) -> list[list[str]]:
    return [line for line in lines if began <= float(line[0]) <= ended]


def lags(rooms: list[App], began: float, ended: float) -> list[float]:
    return [float(lag) for app in rooms for _, _, lag in measured(app.said("shown"), began, ended)
            if lag != "-"]


def first_shown(lines: list[list[str]]) -> dict[int, float]:
    """Each countdown value and the first time it was painted (a room's values never come
    back: each extension adds more than the 7 to 13 s that pass between two)."""
    found: dict[int, float] = {}
    for wall, remaining, *_ in lines:
        found.setdefault(int(remaining), float(wall))
    return found


def overview_delays(rooms: list[App], overview: App, began: float, ended: float):
    """Overview's paint minus the room's, in ms, for each value the room painted while
    measured (and, of those, the values an extension brought); and how many of those the
    overview never painted."""
    seen: dict[str, list[list[str]]] = {}
    for name, *rest in overview.said("seen"):
        seen.setdefault(name.replace("_", " "), []).append(rest)
    delays, extended, missed = [], [], 0
    for number, app in enumerate(rooms, start=1):
        painted = first_shown(seen.get(room_name(number), []))
        lines = measured(app.said("shown"), began, ended)
        after_change = {int(remaining) for _, remaining, lag in lines if lag == "-"}
        for value, at in first_shown(lines).items():
            if value not in painted:
                missed += 1
                continue
            delays.append((painted[value] - at) * 1000)
            if value in after_change:
                extended.append(delays[-1])
    return delays, extended, missed


def run_rooms(folder: Path, broker: Broker | None, seconds: float, rng: random.Random):
    rooms, overview = [], None
    try:
        rooms = start_rooms(folder / "rooms", broker, rng)
        if broker is not None:
            place = folder / "overview"
            place.mkdir(parents=True, exist_ok=True)
            overview = App(place, ["overview", broker.url, EVENT, str(ROOMS)],
                           module="benchmarks.venue_probe")
            wait(lambda: overview.said("rows"), 60)
        time.sleep(WARM_UP_S)
        began = time.time()
        time.sleep(seconds)
        ended = time.time()
        time.sleep(1.0)  # the overview's paints of the last values measured
        room_lags = lags(rooms, began, ended)
        delays = overview_delays(rooms, overview, began, ended) if overview is not None else None
        return room_lags, delays
    finally:
        for app in [*rooms, *([overview] if overview else [])]:
            app.kill()


def run(quick: bool) -> list[Result]:
    seconds = 15 if quick else 40
    folder = Path(tempfile.mkdtemp(prefix="runofshow-venue-"))
    rng = random.Random()
    broker = Broker(folder / "broker").start()
    try:
        alone, _ = run_rooms(folder / "alone", None, seconds, rng)
        print(f"  {ROOMS} rooms, no broker: countdown lag p99 {percentile(alone, 0.99):.1f} ms", flush=True)
        published, (delays, extended, missed) = run_rooms(folder / "venue", broker, seconds, rng)
    except AssertionError:
        print(f"  (the apps' logs are kept in {folder})", flush=True)
        raise
    finally:
        broker.stop()
    shutil.rmtree(folder, ignore_errors=True)
    spread = percentile([abs(delay) for delay in delays], 0.99)
    lag, lag_alone = percentile(published, 0.99), percentile(alone, 0.99)
    return [
        Result(f"overview's countdowns against each room's ({ROOMS} rooms)", f"p99 {spread:.0f} ms",
               f"p99 < {OVERVIEW_TARGET_MS:.0f} ms", spread < OVERVIEW_TARGET_MS,
               f"{len(delays)} values painted by rooms in {seconds} s; overview later by median "
               f"{statistics.median(delays):.0f} ms, max {max(delays):.0f} ms, "
               f"earliest {min(delays):.0f} ms; "
               f"{missed} never painted by it; the {len(extended)} values an extension brought "
               f"(through the broker): max {max(extended, default=0):.0f} ms"),
        Result(f"rooms' countdown lag, {ROOMS} publishing + overview", f"p99 {lag:.1f} ms",
               f"p99 < {LAG_TARGET_MS:.0f} ms", lag < LAG_TARGET_MS,
               f"{len(published)} ticks; the same rooms without a broker: p99 {lag_alone:.1f} ms "
               f"(median {statistics.median(alone):.1f} against {statistics.median(published):.1f} ms)"),
    ]
