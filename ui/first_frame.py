"""Work that can wait until the first window is on screen.

Starting the cue scheduler (APScheduler's imports), speech (espeak-ng), the screen keeper
(D-Bus) and the console costs a chair nothing once the countdown is visible, but every
millisecond before it is a millisecond of blank screen at the lectern. A zero timer is not
late enough: Qt may run it before the window system has exposed the window (the offscreen
platform does), so the work waits for the window's first Expose event, with a fallback in
case none ever comes (a minimised window is never exposed).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 1500  # no Expose by then (minimised, hidden): do the work anyway


class _AfterFirstExpose(QObject):
    def __init__(self, window: QWidget, work: list[Callable[[], None]]):
        super().__init__(window)
        self.work = work
        self.done = False
        self.handle = window.windowHandle()
        if self.handle is not None:
            self.handle.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._run)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Expose and watched.isExposed():
            watched.removeEventFilter(self)
            # after this event is handled, so the first frame is drawn before the work
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        if self.done:
            return
        self.done = True
        if self.handle is not None:
            self.handle.removeEventFilter(self)
        work, self.work = self.work, []  # nothing kept alive by this filter once done
        for step in work:
            step()


def after_first_frame(window: QWidget, *work: Callable[[], None]) -> None:
    """Run `work` in order once `window` (already shown) is first on screen. Nothing runs
    if the window is deleted first."""
    _AfterFirstExpose(window, list(work))
