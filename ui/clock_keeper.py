"""A rehearsal clock's place, kept on disk about once a real second by a thread of its own.

A rehearsal killed mid-run (a crash, a power cut) resumes where its clock stood, give or
take that second. The keeping runs beside the GUI thread, not from its ticks: when the GUI
thread is busy (a cue being spoken and shown, a slow machine) the place is still kept, and
the countdown never waits for the disk. It reads the clock (safe from another thread, see
runofshow/clock.py) and writes only the place's own file (Show.keep_clock_place).
"""

from __future__ import annotations

import threading
import time

from runofshow.show import Show

KEPT_EVERY_S = 1.0  # real seconds between keeps: what a crash may cost a rehearsal


class ClockKeeper:
    """Keeps `show`'s rehearsal clock place until stopped (a real clock needs no keeping)."""

    def __init__(self, show: Show, every_s: float = KEPT_EVERY_S):
        self.every_s = every_s
        self._show = show
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="runofshow-clock", daemon=True)

    def start(self) -> None:
        if self._show.rehearsal:
            self._thread.start()

    def _run(self) -> None:
        next_keep = time.monotonic()
        while True:
            self._show.keep_clock_place()
            # on a grid of `every_s`: a slow write does not push every later keep back
            next_keep = max(next_keep + self.every_s, time.monotonic())
            if self._stopping.wait(next_keep - time.monotonic()):
                return

    def stop(self) -> None:
        """Stop keeping (before the show's files are let go); the last place stays."""
        self._stopping.set()
        if self._thread.is_alive():
            self._thread.join()
