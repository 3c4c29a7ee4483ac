"""One timer for every view: fires just after each second boundary of the show's clock.

It is re-armed after each firing for the next boundary, computed from the clock, so it
never drifts and never counts: a late firing is simply followed by the next boundary. At
rehearsal speeds the boundaries come faster than a screen needs, so it fires at most
MAX_RATE_HZ times a second of real time.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer

from runofshow.clock import Clock

MAX_RATE_HZ = 20
MARGIN_MS = 2  # fire just after the boundary, so the second has really turned


class SecondTicker(QObject):
    def __init__(self, clock: Clock, on_tick: Callable[[], None], parent: QObject | None = None):
        super().__init__(parent)
        self.clock = clock
        self.on_tick = on_tick
        self.lags_ms: deque[float] = deque(maxlen=10_000)  # for the benchmarks
        self._due: float | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._fire)

    def start(self) -> None:
        self._arm()

    def stop(self) -> None:
        self._timer.stop()

    def follow_speed(self) -> None:
        """The clock's speed may have changed: wait for its next boundary at the new speed
        (armed while a rehearsal was paused, the timer would otherwise wait for ever)."""
        if self._timer.isActive():
            self._arm()

    def _arm(self) -> None:
        now = self.clock.precise_s()
        speed = max(self.clock.speed, 1e-6)
        boundary = math.floor(now) + 1.0
        wait_real = (boundary - now) / speed
        wait_real = max(wait_real, 1.0 / MAX_RATE_HZ) if speed > 1 else wait_real
        self._due = boundary
        self._timer.start(max(0, math.ceil(wait_real * 1000) + MARGIN_MS))

    def _fire(self) -> None:
        self.on_tick()
        if self._due is not None and self.clock.speed == 1.0:
            # how long after the boundary the views had their new time
            self.lags_ms.append((self.clock.precise_s() - self._due) * 1000)
        self._arm()
