"""Screenshots of the technician's console for a human to look at (not a test).

    python -m tests.console_shots [OUT_DIR] [WIDTHxHEIGHT ...]

For each screen size (default 1280x720 and 1366x768) a fresh process runs Qt offscreen on
one screen of that size, opens the WIPO agenda in rehearsal, plays a day that runs late
(the 18:00 close at risk, the Q&A after panel 2 live) and shows every window as the app
does at its first run, so the console has its first-run geometry and its cue dock. It saves
the console's image as console-WxH.png, and console-long-zh-WxH.png with the live
session's title replaced by a long Chinese one (default OUT_DIR /tmp/console-shots).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

LONG_ZH = ("问答环节：生成式人工智能时代的版权、训练数据与创作者的公平报酬——"
           "来自各国知识产权局、产业界和民间社会的观点")
LONG_EN = ("Q&A: Copyright, Training Data and Fair Remuneration for Creators in the Age of "
           "Generative AI – Views from IP Offices, Industry and Civil Society")


def shoot(out: Path, width: int, height: int, long_title: bool) -> None:
    from PySide6.QtWidgets import QApplication

    from runofshow.clock import SimulatedClock
    from runofshow.loader import load_agenda
    from tests.conftest import WIPO, zurich_s
    from ui.app import build_app

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp())
    path = WIPO
    if long_title:
        text = WIPO.read_text(encoding="utf-8")
        start = text.index("      - id: d1-panel-2-qa")
        line = text.index("        title:", start)
        end = text.index("\n", line)
        text = text[:line] + f'        title: {{zh: "{LONG_ZH}", en: "{LONG_EN}"}}' + text[end:]
        path = folder / "wipo-long-title.yaml"
        path.write_text(text, encoding="utf-8")
    clock = SimulatedClock(zurich_s(13, "10:00"), speed=0.0)
    windows = build_app(load_agenda(path), path, rehearse=True, clock=clock,
                        journal_file=folder / "shot.jsonl")
    controller = windows.controller
    for moment, do in (("10:00", controller.next), ("10:10", controller.next),
                       ("11:45", controller.next), ("12:15", controller.next),
                       ("12:45", controller.next), ("13:15", controller.next),
                       ("15:00", controller.next), ("15:05", lambda: controller.extend(40)),
                       ("16:40", controller.next)):
        clock.jump_to(zurich_s(13, moment))
        do()
    clock.jump_to(zurich_s(13, "16:47", second=31))
    controller.tick()
    windows.show_all()
    console = windows.console
    console.select_session("d1-panel-2-qa")
    # the screen keeper as the app runs it: on this computer, with or without a desktop bus
    from ui.app import keep_screens_awake
    from ui.keep_awake import KeepAwake

    awake = KeepAwake()
    keep_screens_awake(awake, controller, console)
    name = f"console{'-long-zh' if long_title else ''}-{width}x{height}.png"

    def save() -> None:
        console.grab().save(str(out / name))
        print(json.dumps({"file": str(out / name), "size": [console.width(), console.height()]}),
              flush=True)
        windows.close()
        awake.release()
        app.quit()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(500, save)
    app.exec()


def main() -> None:
    if sys.argv[1:2] == ["--one"]:  # one shot, in the process started below for its screen
        out, width, height, long_title = sys.argv[2:6]
        shoot(Path(out), int(width), int(height), long_title == "long")
        return
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/console-shots")
    sizes = sys.argv[2:] or ["1280x720", "1366x768"]
    out.mkdir(parents=True, exist_ok=True)
    repo = Path(__file__).resolve().parent.parent
    for size in sizes:
        width, height = (int(v) for v in size.split("x"))
        # the offscreen platform takes its screens from a file: one screen of this size
        screens = Path(tempfile.mkdtemp()) / "screens.json"
        screens.write_text(json.dumps({"screens": [
            {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}]}))
        env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screens}"}
        for title in ("wipo", "long"):
            subprocess.run([sys.executable, "-m", "tests.console_shots", "--one", str(out),
                            str(width), str(height), title],
                           cwd=repo, env={**env, "RUNOFSHOW_DATA_DIR": tempfile.mkdtemp()},
                           check=True)


if __name__ == "__main__":
    main()
