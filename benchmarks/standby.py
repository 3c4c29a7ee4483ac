"""Hot standby on a local Mosquitto (issue 17 part 2; benchmarks/README.md): a primary and
a standby as separate app processes (tests/standby_probe.py, tests/standby_helpers.py).

1. An action on the primary to the standby's screen: from the primary's time.time() before
   the action (its journal write and fsync included) to the standby's repaint after the
   entry is on its disk and in force, matched by sequence number.
2. Catching up: a standby started beside a primary whose journal is a long day's (6000
   entries, written straight into its journal before it starts): from the standby's
   start to the last entry on its screen.
3. Takeovers: the primary is killed (SIGKILL) at a random moment, the standby takes over
   (confirmed at once, as a technician's click), and its journal is compared with the
   killed one's: the same entries up to where it took over, and every entry the broker
   acknowledged to the primary (a persistent witness subscriber received it) among them,
   so the standby shows the state of the primary's last acknowledged action. The killed
   one is started again (it follows), and the roles swap for the next kill.
"""

from __future__ import annotations

import json
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.core import Result
from benchmarks.ui import percentile
from runofshow.venue import epoch_of, topic
from tests.standby_helpers import EVENT, ROOM, journal_in_use, primary, read_journal, standby, wait
from tests.venue_helpers import Broker, Listener


def latency(folder: Path, broker: Broker, seconds: float) -> Result:
    apps = []
    try:
        live = primary(folder / "a", broker.url, act_every_ms=100)
        apps.append(live)
        wait(lambda: live.said("acted"), 60)
        spare = standby(folder / "b", broker.url)
        apps.append(spare)
        wait(lambda: spare.said("shown"), 60)
        start = int(live.last("acted")[0])
        time.sleep(seconds)
        end = int(live.last("acted")[0])
        wait(lambda: int(spare.last("shown")[0]) >= end, 10)
        acted = {int(seq): float(at) for seq, at in live.said("acted")}
        shown: dict[int, float] = {}
        for seq, at in spare.said("shown"):  # a repaint shows every entry up to its seq
            for number in range(int(seq), 0, -1):
                if number in shown:
                    break
                shown[number] = float(at)
        delays = [(shown[seq] - acted[seq]) * 1000 for seq in range(start + 1, end + 1) if seq in shown]
        p99 = percentile(delays, 0.99)
        return Result("action on the primary → standby's screen", f"p99 {p99:.0f} ms", "p99 < 100 ms",
                      p99 < 100, f"{len(delays)} actions at 10/s; median {statistics.median(delays):.0f} ms, "
                                 f"max {max(delays):.0f} ms")
    finally:
        for app in apps:
            app.kill()


def catch_up(folder: Path, broker: Broker, entries: int) -> Result:
    apps = []
    try:
        first = primary(folder / "a", broker.url)
        wait(lambda: first.said("role"), 60)
        first.kill()
        at = "2024-03-13T10:00:00+01:00"
        cycle = ({"op": "do", "at": at, "do": "extend", "minutes": 1}, {"op": "undo", "at": at},
                 {"op": "redo", "at": at})
        lines = [{"op": "do", "at": at, "do": "start", "session": "d1-opening"}]
        lines += [cycle[number % 3] for number in range(entries - 1)]
        with open(journal_in_use(first.folder), "a", encoding="utf-8") as journal:
            journal.writelines(json.dumps(line) + "\n" for line in lines)
        live = first.again()
        apps.append(live)
        wait(lambda: live.said("role"), 60)
        started = time.monotonic()
        spare = standby(folder / "b", broker.url)
        apps.append(spare)
        wait(lambda: spare.said("shown") and int(spare.last("shown")[0]) >= entries, 600)
        took = time.monotonic() - started
        _, copy = read_journal(journal_in_use(spare.folder))
        assert copy == lines, "the standby's copy is not the primary's journal"
        return Result(f"standby started beside a {entries}-entry journal → all on its screen",
                      f"{took:.1f} s", "reference", None,
                      "from the standby's launch; resent 500 at a time (docs/venue.md)")
    finally:
        for app in apps:
            app.kill()


def takeovers(folder: Path, broker: Broker, kills: int) -> list[Result]:
    rng = random.Random()
    witness = Listener(broker, [topic(EVENT, ROOM, "actions")], client_id="bench-witness", persistent=True)
    apps, exact, unacked, took_s = [], 0, [], []
    try:
        # 2 actions a second: after 50 kills the journal holds about a thousand entries, a
        # long day's worth (at 10 a second it grew to 6000, and a standby coming back took
        # more than a minute to catch up: see docs/venue.md)
        live = primary(folder / "a", broker.url, act_every_ms=500, take_over=True)
        apps.append(live)
        wait(lambda: live.said("acted"), 60)
        spare = standby(folder / "b", broker.url, act_every_ms=500, take_over=True)
        apps.append(spare)
        for number in range(kills):
            print(f"  kill {number + 1}…", end="\r", flush=True)
            follower, primary_now = spare, live
            wait(lambda f=follower: f.last("role") and f.last("role")[0] == "following", 60)
            acted = int(primary_now.last("acted")[0]) if primary_now.said("acted") else 0
            wait(lambda f=follower, a=acted: f.said("shown") and int(f.last("shown")[0]) >= a + 3, 120)
            time.sleep(rng.uniform(0, 1.0))
            killed_at = time.monotonic()
            primary_now.kill()
            wait(lambda f=follower: f.said("took-over"), 60)
            took_s.append(time.monotonic() - killed_at)
            old_header, old_entries = read_journal(journal_in_use(primary_now.folder))
            _, new_entries = read_journal(journal_in_use(follower.folder))
            seq = int(follower.last("took-over")[1])
            reached = [p["seq"] for p in witness.payloads("actions") if p["epoch"] == epoch_of(old_header)]
            if new_entries[:seq] == old_entries[:seq] and (not reached or max(reached) <= seq):
                exact += 1
            unacked.append(len(old_entries) - seq)
            wait(lambda f=follower: f.said("acted"), 60)
            back = primary_now.again()
            apps.append(back)
            live, spare = follower, back
    finally:
        for app in apps:
            app.kill()
        witness.close()
    return [Result("takeover after a kill: the primary's last acknowledged action", f"{exact}/{kills}",
                   f"{kills}/{kills}", exact == kills,
                   f"entries on the killed PC's disk the broker never had: {sum(unacked)} over {kills} kills "
                   f"(at most {max(unacked)} at once)"),
            Result("kill → standby has taken over (offline seen, confirmed, new epoch)",
                   f"median {statistics.median(took_s) * 1000:.0f} ms", "reference", None,
                   f"max {max(took_s) * 1000:.0f} ms")]


def run(quick: bool) -> list[Result]:
    folder = Path(tempfile.mkdtemp(prefix="runofshow-standby-"))
    broker = Broker(folder / "broker").start()
    try:
        results = [latency(folder / "latency", broker, 10 if quick else 20)]
        print(f"  {results[0].name}: {results[0].figure} ({results[0].detail})", flush=True)
        results.append(catch_up(folder / "catch-up", broker, 6000))
        print(f"  {results[1].name}: {results[1].figure}", flush=True)
        results += takeovers(folder / "kills", broker, 10 if quick else 50)
    except AssertionError:
        print(f"  (the apps' logs and journals are kept in {folder})", flush=True)
        raise
    finally:
        broker.stop()
    shutil.rmtree(folder, ignore_errors=True)
    return results
