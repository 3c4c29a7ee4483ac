"""Screenshots of the projector for a human to look at (not a test).

    python tests/projector_shots.py [OUT_DIR] [WIDTHxHEIGHT ...]

Renders the projector offscreen, as a window of each size (default 960x540, the windowed
projector, and 1280x720, 1366x768, 1920x1080), with a frozen rehearsal clock, to PNG files
in OUT_DIR (default /tmp/projector-shots): the WIPO agenda at each phase, waiting, done, a
message, a blink-off second, a cue, a lunch held for a fixed restart; then long Chinese and
English titles alone and with everything at once. Prints one line per shot: the file, the
digits' share of the height, and any text that did not fit or broke a word.
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
from tests.projector_texts import CUE, LONG_AGENDA, broken_words
from ui.controller import ShowController
from ui.projector import ProjectorWindow
from ui.widgets import FitText

WIPO = Path(__file__).resolve().parent.parent / "agendas" / "wipo-ip-frontier-2024.yaml"
SIZES = ["960x540", "1280x720", "1366x768", "1920x1080"]


def at(hhmmss: str, day: int = 13) -> int:
    hour, minute, second = (int(x) for x in hhmmss.split(":"))
    moment = datetime(2024, 3, day, hour, minute, second, tzinfo=ZoneInfo("Europe/Zurich"))
    return int(moment.timestamp())


def rig(agenda_path: Path, start: str, size: tuple[int, int]):
    agenda = load_agenda(agenda_path)
    clock = SimulatedClock(at(start), speed=0.0)
    journal = Journal.open(Path(tempfile.mkdtemp()) / "j.jsonl", agenda.source)
    controller = ShowController(Show(agenda, journal, clock, rehearsal=True))
    window = ProjectorWindow(controller)
    window.resize(*size)
    return agenda, clock, controller, window


def shooter(app: QApplication, out: Path, controller: ShowController, window: ProjectorWindow):
    width, height = window.width(), window.height()

    def shot(name: str) -> None:
        controller.tick()
        app.processEvents()
        path = out / f"{name}-{width}x{height}.png"
        window.grab().save(str(path))
        texts = [t for t in window.findChildren(FitText) if t.text() and t.isVisibleTo(window)]
        trouble = [f"unfit {t.text()[:24]!r}" for t in texts if not t.last_fits]
        trouble += [f"broken {word}" for t in texts for word in broken_words(t)]
        shown = window.digits.isVisibleTo(window) and window.digits.last_text
        digits = f"{window.digits.last_digit_height / height:.1%}" if shown else "none"
        print(f"{path}  digits {digits}  {'; '.join(trouble) or 'all texts fit, whole words'}")

    return shot


def wipo(app: QApplication, out: Path, size: tuple[int, int]) -> None:
    agenda, clock, controller, window = rig(WIPO, "09:52:00", size)
    shot = shooter(app, out, controller, window)
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
    controller.update_display(blink=True)
    clock.jump_to(at("12:32:05"))
    shot("message-blink-off")
    controller.update_display(message="", blink=False, blackout=True)
    shot("blackout")
    controller.update_display(blackout=False)
    # the morning runs late: lunch live from 13:15, and back at 15:00 for Panel 2
    controller.next()
    for hhmm in ("12:40:00", "12:50:00", "13:15:00"):
        clock.jump_to(at(hhmm))
        controller.next()
    clock.jump_to(at("14:55:00"))
    controller.flash_cue("会议将在5分钟后继续：第二组：当前的知识产权现状：含有受版权保护作品的训练数据 · "
                         "The session resumes in 5 minutes: Panel 2: The Current IP Landscape: "
                         "Training Data Containing Copyright-Protected Works")
    shot("held-lunch-cue")
    controller.flash_cue("", seconds=0)
    shot("held-lunch")
    clock.jump_to(at("16:50:00", day=14))
    controller.start(agenda.days[-1].sessions[-1].id)
    clock.jump_to(at("17:30:00", day=14))
    controller.end()
    shot("done")
    window.deleteLater()


def long_titles(app: QApplication, out: Path, size: tuple[int, int]) -> None:
    path = Path(tempfile.mkdtemp()) / "long.yaml"
    path.write_text(LONG_AGENDA, encoding="utf-8")
    _, clock, controller, window = rig(path, "10:00:00", size)
    shot = shooter(app, out, controller, window)
    controller.start("long")
    clock.jump_to(at("10:01:00"))
    shot("long-titles")
    controller.flash_cue(CUE)
    shot("long-titles-cue")
    controller.update_display(message="请各位回到座位，会议即将继续 · "
                                      "Please take your seats, we resume shortly")
    shot("long-titles-cue-message")
    window.deleteLater()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/projector-shots")
    sizes = sys.argv[2:] or SIZES
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    for size in sizes:
        width, height = (int(v) for v in size.split("x"))
        wipo(app, out, (width, height))
        long_titles(app, out, (width, height))
        app.processEvents()


if __name__ == "__main__":
    main()
