"""Clocks a show runs on: the real one, or a simulated one for rehearsals.

Everything that shows time asks a clock for `now()` at the moment it draws; nothing counts
ticks. A simulated clock is a straight line through (real moment, simulated moment) with a
slope (the speed), measured on the monotonic clock, so changing the speed never jumps and
a wall-clock correction on the computer does not disturb a rehearsal.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

SPEEDS = (1.0, 10.0, 60.0)


class SystemClock:
    simulated = False
    speed = 1.0

    def __init__(self, wall: Callable[[], float] = time.time):
        self._wall = wall

    def now(self) -> datetime:
        return datetime.fromtimestamp(self._wall(), UTC)

    def timestamp(self) -> float:
        return self._wall()


class SimulatedClock:
    simulated = True

    def __init__(self, start: datetime, speed: float = 1.0,
                 real: Callable[[], float] = time.monotonic):
        self._real = real
        self._origin_real = real()
        self._origin = start.timestamp()
        self.speed = speed

    def timestamp(self) -> float:
        return self._origin + (self._real() - self._origin_real) * self.speed

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.timestamp(), UTC)

    def set_speed(self, speed: float) -> None:
        """Change the speed from this moment on (the simulated time does not jump)."""
        self._rebase(self.timestamp())
        self.speed = speed

    def jump_to(self, moment: datetime) -> None:
        self._rebase(moment.timestamp())

    def jump_by(self, delta: timedelta) -> None:
        self._rebase(self.timestamp() + delta.total_seconds())

    def _rebase(self, simulated: float) -> None:
        self._origin_real = self._real()
        self._origin = simulated
