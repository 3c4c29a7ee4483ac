"""The chair's window on a real X server, for tests/test_keyboard_layouts.py.

    python -m tests.keyboard_probe FOLDER

Opens the chair's window on a rehearsal with the opening live and extended by a minute,
gives it the keys, prints "ready" when it has them, then prints the show's actions as one
JSON line each time they change, and quits after 20 s (the test ends it sooner). The test
types on it with xdotool under the keyboard layouts a chair may have.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.conftest import zurich_s
from tests.qt_helpers import frozen_controller
from ui.chair import ChairWindow

QUIT_AFTER_MS = 20_000


def main(folder: Path) -> None:
    app = QApplication.instance() or QApplication([])
    controller, clock = frozen_controller(folder, at=zurich_s(13, "10:00"))
    controller.start("d1-opening")
    controller.extend(1)
    clock.jump_to(zurich_s(13, "10:02"))
    moment = [1000.0]

    def far_apart() -> float:  # every press a press of its own: the tap guard stays out
        moment[0] += 5.0
        return moment[0]

    window = ChairWindow(controller, monotonic=far_apart)
    window.setWindowTitle("runofshow keyboard probe")
    window.show()
    window.activateWindow()

    def report() -> None:
        print(json.dumps([[a.kind, a.minutes] for a in controller.show.actions]), flush=True)

    controller.changed.connect(report)

    def when_active() -> None:
        if QApplication.activeWindow() is window:
            print("ready", flush=True)
        else:
            window.activateWindow()
            QTimer.singleShot(50, when_active)

    QTimer.singleShot(0, when_active)
    QTimer.singleShot(QUIT_AFTER_MS, app.quit)
    app.exec()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
