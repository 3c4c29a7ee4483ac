"""A rehearsal clock's place is kept by a thread of its own, whatever the GUI thread does,
and that thread reads the clock safely while the GUI thread changes its speed."""

from __future__ import annotations

import json
import sys
import threading
import time
from itertools import pairwise

from runofshow.clock import SimulatedClock
from runofshow.loader import load_agenda
from runofshow.show import Show
from tests.conftest import WIPO, zurich_s
from ui.clock_keeper import ClockKeeper


def test_a_reader_thread_never_sees_the_clock_go_back_while_its_speed_changes():
    clock = SimulatedClock(zurich_s(13, "10:00"), speed=1.0)
    readings: list[float] = []
    done = threading.Event()

    def read():
        while not done.is_set():
            readings.append(clock.precise_s())

    reader = threading.Thread(target=read)
    switch = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads take turns as often as they can: tearing shows
    reader.start()
    try:
        for turn in range(20_000):  # a rehearsal's speed switched over and over
            clock.set_speed((1.0, 60.0, 0.0)[turn % 3])
    finally:
        done.set()
        reader.join()
        sys.setswitchinterval(switch)
    assert len(readings) > 100
    backwards = [(a, b) for a, b in pairwise(readings) if b < a]
    assert backwards == []


def test_the_keeper_keeps_the_place_while_the_gui_thread_is_busy(tmp_path):
    agenda = load_agenda(WIPO)
    path = tmp_path / "show.jsonl"
    show = Show.open(agenda, WIPO, rehearse=True, journal_file_path=path,
                     clock=SimulatedClock(zurich_s(13, "09:55"), speed=60.0))
    kept = path.with_suffix(".clock.json")
    keeps: list[tuple[float, float]] = []  # (when, the place written)
    keep = show.keep_clock_place

    def noted_keep() -> bool:
        wrote = keep()
        if wrote:
            keeps.append((time.monotonic(), json.loads(kept.read_text(encoding="utf-8"))["simulated_at"]))
        return wrote

    show.keep_clock_place = noted_keep
    keeper = ClockKeeper(show, every_s=0.2)
    began = time.monotonic()
    keeper.start()
    try:
        while time.monotonic() < began + 1.5:  # the GUI thread busy: no ticks, no events
            sum(range(10_000))
    finally:
        keeper.stop()
    during = [place for when, place in keeps if when <= began + 1.5]
    assert len(during) >= 4  # about every 0.2 s of the 1.5 s
    assert during == sorted(during)  # forward only, at 60x: a minute of show time per second
    assert during[-1] - during[0] >= 60
    last = kept.read_text(encoding="utf-8")
    assert json.loads(last)["simulated_at"] == keeps[-1][1]  # the file is the last place, whole
    time.sleep(0.5)
    assert kept.read_text(encoding="utf-8") == last  # stopped means stopped
    show.close()


def test_the_real_clock_is_not_kept(tmp_path):
    agenda = load_agenda(WIPO)
    path = tmp_path / "live.jsonl"
    show = Show.open(agenda, WIPO, rehearse=False, journal_file_path=path)
    keeper = ClockKeeper(show, every_s=0.05)
    keeper.start()
    time.sleep(0.2)
    keeper.stop()
    show.close()
    assert not path.with_suffix(".clock.json").exists()
