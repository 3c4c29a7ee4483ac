"""Run the whole app on the WIPO agenda at a chosen moment and save screenshots.

    python -m tests.screenshot_app OUTDIR WIDTHxHEIGHT

Used by tests/test_app.py under Xvfb, and by people who want to look: it starts a
rehearsal, plays a few actions (opening, panel 1 extended), lays the three windows side by
side on one screen, saves each window's own image and the whole screen, then the chair and
projector with a message to the stage, the projector with a cue's words, and the projector
of a second show whose titles are long (93 Chinese characters, 236 Latin ones), alone and
with a cue and a message. It prints a JSON line of what it checked (texts fitted whole,
no word broken, the digits' share of the height) for the test to read.
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
from tests.projector_texts import CUE, LONG_AGENDA, broken_words
from ui.app import build_app
from ui.widgets import FitText

SETTLE_MS = 700  # for the window system to draw what changed before it is shot


def texts_shown(window) -> list[FitText]:
    return [t for t in window.findChildren(FitText) if t.text() and t.isVisible()]


def projector_report(window) -> dict:
    """What a projector shot is judged by: every text whole, at a readable size, no word
    broken, and the digits' share of the window's height."""
    texts = texts_shown(window)
    return {"fits": all(t.last_fits for t in texts),
            "broken_words": [word for t in texts for word in broken_words(t)],
            "digit_share": window.digits.last_digit_height / window.height(),
            "countdown": window.digits.last_text}


def main(out: Path, width: int, height: int) -> None:
    app = QApplication.instance() or QApplication([])
    agenda = load_agenda(WIPO)
    clock = SimulatedClock(zurich_s(13, "10:00"), speed=0.0)
    folder = Path(tempfile.mkdtemp())
    windows = build_app(agenda, WIPO, rehearse=True, clock=clock, journal_file=folder / "shot.jsonl")
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
    shows = [windows]

    def save(window, name: str) -> None:
        window.grab().save(str(out / f"{name}-{width}x{height}.png"))

    def shoot_next() -> None:
        # each view in turn fills the screen, as it would on its own monitor
        if not order:
            controller.update_display(message="Please wrap up · 请准备结束")
            QTimer.singleShot(SETTLE_MS, shoot_message)
            return
        name = order.pop(0)
        window = windows.windows()[name]
        window.setGeometry(0, 0, width, height)
        window.raise_()
        QTimer.singleShot(600, lambda: record(name, window))

    def record(name: str, window) -> None:
        save(window, name)
        subprocess.run(["import", "-window", "root", str(out / f"screen-{name}-{width}x{height}.png")],
                       check=False)
        report[name] = {"fits": all(t.last_fits for t in texts_shown(window)),
                        "size": [window.width(), window.height()]}
        if name == "projector":
            report["projector_digit_share"] = window.digits.last_digit_height / window.height()
            report["projector_countdown"] = window.digits.last_text
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
            save(window, f"{name}-message")
            report[f"{name}_message_fits"] = all(t.last_fits for t in texts_shown(window))
        report["projector_message"] = projector_report(windows.projector)
        # the message stays with the countdown: the digits keep their size
        report["projector_message_digit_share"] = report["projector_message"]["digit_share"]
        controller.update_display(message="")
        controller.flash_cue(CUE)  # the clock stands still: the cue stays up
        QTimer.singleShot(SETTLE_MS, shoot_cue)

    def shoot_cue() -> None:
        save(windows.projector, "projector-cue")
        report["projector_cue"] = projector_report(windows.projector)
        # a second show, with long titles: only its projector, filling the screen
        path = folder / "long.yaml"
        path.write_text(LONG_AGENDA, encoding="utf-8")
        long_clock = SimulatedClock(zurich_s(13, "10:00"), speed=0.0)
        long_show = build_app(load_agenda(path), path, rehearse=True, clock=long_clock,
                              journal_file=folder / "long.jsonl")
        shows.append(long_show)
        long_show.controller.start("long")
        long_clock.jump_to(zurich_s(13, "10:01"))
        projector = long_show.projector
        projector.setGeometry(0, 0, width, height)
        projector.show()
        projector.raise_()
        QTimer.singleShot(SETTLE_MS, lambda: shoot_long(long_show))

    def shoot_long(long_show) -> None:
        projector = long_show.projector
        save(projector, "projector-long-titles")
        screen = out / f"screen-projector-long-{width}x{height}.png"
        subprocess.run(["import", "-window", "root", str(screen)], check=False)
        report["projector_long"] = projector_report(projector)
        report["projector_long"]["primary_chars"] = len(projector.primary.text())
        long_show.controller.flash_cue(CUE)
        long_show.controller.update_display(message="请各位回到座位 · Please take your seats")
        QTimer.singleShot(SETTLE_MS, lambda: shoot_long_all(long_show))

    def shoot_long_all(long_show) -> None:
        save(long_show.projector, "projector-long-titles-cue-message")
        report["projector_long_all"] = projector_report(long_show.projector)
        print(json.dumps(report, ensure_ascii=False), flush=True)
        for show in shows:
            show.close()
        app.quit()

    QTimer.singleShot(800, shoot_next)
    app.exec()


if __name__ == "__main__":
    size = sys.argv[2] if len(sys.argv) > 2 else "1920x1080"
    w, h = (int(x) for x in size.split("x"))
    main(Path(sys.argv[1]), w, h)
