"""Screenshots of the projector for a human to look at (not a test).

    python tests/projector_shots.py [OUT_DIR] [WIDTHxHEIGHT]

Renders the WIPO agenda's projector at each phase, waiting, done, a message and a blink-off
second, with a frozen rehearsal clock, to PNG files in OUT_DIR (default /tmp/shots).
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication

from runofshow.clock import SimulatedClock
from runofshow.journal import Journal
from runofshow.loader import load_agenda
from runofshow.show import Show
from ui.controller import ShowController
from ui.projector import ProjectorWindow

WIPO = Path(__file__).resolve().parent.parent / "agendas" / "wipo-ip-frontier-2024.yaml"


def at(hhmmss: str, day: int = 13) -> int:
    hour, minute, second = (int(x) for x in hhmmss.split(":"))
    moment = datetime(2024, 3, day, hour, minute, second, tzinfo=ZoneInfo("Europe/Zurich"))
    return int(moment.timestamp())


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/shots")
    width, height = (int(v) for v in (sys.argv[2] if len(sys.argv) > 2 else "1920x1080").split("x"))
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    agenda = load_agenda(WIPO)
    clock = SimulatedClock(at("09:52:00"), speed=0.0)
    folder = Path(tempfile.mkdtemp())
    show = Show(agenda, Journal.open(folder / "j.jsonl", agenda.source), clock, rehearsal=True)
    controller = ShowController(show)
    window = ProjectorWindow(controller)
    window.resize(width, height)

    def shot(name: str) -> None:
        controller.tick()
        app.processEvents()
        path = out / f"{name}-{width}x{height}.png"
        window.grab().save(str(path))
        print(path)

    shot("waiting")
    clock.jump_to(at("10:10:00"))
    controller.start("d1-panel-1")  # 80 min: "1:20:00"
    clock.jump_to(at("10:10:20"))
    shot("normal-long")
    clock.jump_to(at("11:26:30"))
    shot("warning")
    clock.jump_to(at("11:29:17"))
    shot("danger")
    clock.jump_to(at("11:31:04"))
    shot("overtime-even")
    clock.jump_to(at("11:31:05"))
    shot("overtime-odd")
    clock.jump_to(at("12:32:03"))
    shot("overtime-long")
    controller.update_display(message="请发言人结束发言 · Please wrap up, 2 minutes")
    shot("message")
    controller.update_display(message="", blackout=True)
    shot("blackout")
    controller.update_display(blackout=False)
    clock.jump_to(at("16:50:00", day=14))
    controller.start(agenda.days[-1].sessions[-1].id)
    clock.jump_to(at("17:30:00", day=14))
    controller.end()
    shot("done")
    window.deleteLater()
    app.processEvents()


if __name__ == "__main__":
    main()
