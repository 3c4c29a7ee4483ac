"""Clocks a show runs on: the real one, or a simulated one for rehearsals.

Both answer the same questions (`Clock`), so nothing that reads the time needs to know
which one it has. The show computes in whole epoch seconds (`now_s`): a countdown shows
whole seconds, and every session time is whole seconds. Timers that must wake just after
a second turns ask `precise_s`.

A simulated clock is a straight line through (real moment, simulated moment) with a slope
(the speed), measured on the monotonic clock, so changing the speed never jumps and a
wall-clock correction on the computer does not disturb a rehearsal.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from typing import Protocol

SPEEDS = (1.0, 10.0, 60.0)


class Clock(Protocol):
    """What every part of the show asks of its clock."""

    simulated: bool  # a rehearsal clock (its speed can change; it is kept across restarts)
    speed: float  # show seconds per real second

    def now_s(self) -> int:
        """The current moment, in whole epoch seconds (the second that has begun)."""
        ...

    def precise_s(self) -> float:
        """The current moment, in epoch seconds with their fraction (for timers)."""
        ...

    def set_speed(self, speed: float) -> None:
        """Run at `speed` from this moment on (the time does not jump)."""
        ...


class SystemClock:
    """The computer's clock (`wall` is injected in tests)."""

    simulated = False
    speed = 1.0

    def __init__(self, wall: Callable[[], float] = time.time):
        self._wall = wall

    def now_s(self) -> int:
        return math.floor(self._wall())

    def precise_s(self) -> float:
        return self._wall()

    def set_speed(self, speed: float) -> None:
        if speed != 1.0:
            raise ValueError("the real clock runs at real speed; rehearse to change it")


class SimulatedClock:
    """A rehearsal's clock: starts at `start_s` and runs at `speed` (0: stands still).

    Another thread may read it while the GUI thread changes its speed
    (ui/clock_keeper.py does): reading the real moment and changing the line take one lock,
    so no reader ever sees the clock go back, not even by a few milliseconds.
    """

    simulated = True

    def __init__(self, start_s: float, speed: float = 1.0,
                 real: Callable[[], float] = time.monotonic):
        self._real = real
        self._lock = threading.Lock()
        self._line = (real(), float(start_s), float(speed))  # (real origin, origin, speed)

    @property
    def speed(self) -> float:
        return self._line[2]

    def precise_s(self) -> float:
        with self._lock:
            return self._at(self._real())

    def _at(self, real: float) -> float:
        origin_real, origin, speed = self._line
        return origin + (real - origin_real) * speed

    def now_s(self) -> int:
        return math.floor(self.precise_s())

    def set_speed(self, speed: float) -> None:
        self._move(lambda now: now, float(speed))

    def jump_to(self, moment_s: float) -> None:
        self._move(lambda now: float(moment_s), self.speed)

    def jump_by(self, seconds: float) -> None:
        self._move(lambda now: now + seconds, self.speed)

    def _move(self, moment: Callable[[float], float], speed: float) -> None:
        """A new line from this real moment: at `moment(where the clock stands)`, `speed`."""
        with self._lock:
            real = self._real()
            self._line = (real, moment(self._at(real)), speed)
