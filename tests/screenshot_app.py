"""Run the whole app on the WIPO agenda at a chosen moment and save screenshots.

    python -m tests.screenshot_app OUTDIR WIDTHxHEIGHT

Used by tests/test_screenshots.py under Xvfb, and by people who want to look: it starts a
rehearsal, plays a few actions (opening, panel 1 extended), lays the three windows side by
side on one screen, saves each window's own image and the whole screen, and prints a JSON
line of what it checked (titles fitted, digit height) for the test to read.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from runofshow.clock import SimulatedClock
from runofshow.loader import load_agenda
from tests.conftest import WIPO, zurich_s
from ui.app import build_app
from ui.widgets import FitText


def main(out: Path, width: int, height: int) -> None:
    app = QApplication.instance() or QApplication([])
    agenda = load_agenda(WIPO)
    clock = SimulatedClock(zurich_s(13, "10:00"), speed=0.0)
    windows = build_app(agenda, WIPO, rehearse=True, clock=clock,
                        journal_file=Path(tempfile.mkdtemp()) / "shot.jsonl")
    controller = windows.controller
    controller.next()  # opening
    clock.jump_to(zurich_s(13, "10:11"))
    controller.next()  # panel 1
    controller.extend(5)
    controller.update_display(fullscreen=False)
    clock.jump_to(zurich_s(13, "11:31", second=12))  # panel 1 in its last five minutes
    controller.tick()
    windows.show_all()
    out.mkdir(parents=True, exist_ok=True)
    report: dict = {}
    order = ["console", "chair", "projector"]

    def shoot_next() -> None:
        # each view in turn fills the screen, as it would on its own monitor
        if not order:
            controller.update_display(message="Please wrap up · 请准备结束")
            QTimer.singleShot(700, shoot_message)
            return
        name = order.pop(0)
        window = windows.windows()[name]
        window.setGeometry(0, 0, width, height)
        window.raise_()
        QTimer.singleShot(600, lambda: record(name, window))

    def record(name: str, window) -> None:
        window.grab().save(str(out / f"{name}-{width}x{height}.png"))
        subprocess.run(["import", "-window", "root", str(out / f"screen-{name}-{width}x{height}.png")],
                       check=False)
        texts = [t for t in window.findChildren(FitText) if t.text() and t.isVisible()]
        report[name] = {"fits": all(t.last_fits for t in texts),
                        "size": [window.width(), window.height()]}
        if name == "projector":
            digits = window.digits
            report["projector_digit_share"] = digits.last_digit_height / window.height()
            report["projector_countdown"] = digits.last_text
        if name == "chair":
            report["chair_countdown"] = window.countdown.last_text
        if name == "console":  # rows of the day's rundown shown whole, above the cue dock
            view = window.views[window.tabs.currentIndex()]
            report["rundown_rows_shown"] = sum(
                1 for row in range(view.model().rowCount())
                if view.rowViewportPosition(row) >= 0
                and view.rowViewportPosition(row) + view.rowHeight(row)
                <= view.viewport().height())
        shoot_next()

    def shoot_message() -> None:
        for name in ("chair", "projector"):
            window = windows.windows()[name]
            window.grab().save(str(out / f"{name}-message-{width}x{height}.png"))
            texts = [t for t in window.findChildren(FitText) if t.text() and t.isVisible()]
            report[f"{name}_message_fits"] = all(t.last_fits for t in texts)
        print(json.dumps(report), flush=True)
        windows.close()
        app.quit()

    QTimer.singleShot(800, shoot_next)
    app.exec()


if __name__ == "__main__":
    size = sys.argv[2] if len(sys.argv) > 2 else "1920x1080"
    w, h = (int(x) for x in size.split("x"))
    main(Path(sys.argv[1]), w, h)
