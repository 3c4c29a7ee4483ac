"""Primary and standby apps as separate processes (tests/standby_probe.py) on a real
Mosquitto, for tests/test_standby.py and benchmarks/standby.py."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from tests.conftest import REPO, WIPO

EVENT, ROOM = "wipo-2024", "Room A"


class App:
    """One app process; its probe lines (`probe: WORD …`) are collected as they come."""

    def __init__(self, folder: Path, args: list[str], *, act_every_ms: int = 0, take_over: bool = False,
                 module: str = "tests.standby_probe", env: dict[str, str] | None = None):
        """`module`: the probe run as `python -m MODULE ARGS…` (benchmarks/venue_probe.py's
        rooms and overview are apps of this kind too); `env`: more of its environment."""
        self.folder, self.args = folder, args
        self.options = {"act_every_ms": act_every_ms, "take_over": take_over, "module": module, "env": env}
        self.lines: list[tuple[str, list[str]]] = []
        self.lock = threading.Lock()
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RUNOFSHOW_DATA_DIR": str(folder / "data"),
               "RUNOFSHOW_CONFIG_DIR": str(folder / "config"), "PROBE_ACT_EVERY_MS": str(act_every_ms),
               "PROBE_TAKE_OVER": "1" if take_over else "0", "RUNOFSHOW_QUIT_AFTER_MS": "600000",
               **(env or {})}
        self.log = open(folder / "app.log", "ab")  # noqa: SIM115 - closed in stop()
        # The probe's lines come on a pipe of their own (PROBE_FD), each in one write: on
        # stdout, a line printed by another thread of the app (pyttsx3's "Audio saved to")
        # could land inside one.
        probe_lines, probe_fd = os.pipe()
        self.process = subprocess.Popen([sys.executable, "-m", module, *args], cwd=REPO,
                                        env={**env, "PROBE_FD": str(probe_fd)}, stdout=self.log,
                                        stderr=self.log, pass_fds=(probe_fd,))
        os.close(probe_fd)  # the app's copy is the one left: the pipe ends when the app does
        self.probe_lines = os.fdopen(probe_lines, "rb")
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        with self.probe_lines:
            for raw in self.probe_lines:
                with open(self.folder / "probe.out", "ab") as out:  # for a person reading a failure
                    out.write(raw)
                line = raw.decode("utf-8", "replace").split()
                if len(line) >= 2 and line[0] == "probe:":
                    with self.lock:
                        self.lines.append((line[1], line[2:]))

    def said(self, word: str) -> list[list[str]]:
        with self.lock:
            return [rest for said, rest in self.lines if said == word]

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(10)
        self.log.close()

    stop = kill

    def again(self) -> App:
        """The same app started again (after a kill), on the same data."""
        return App(self.folder, self.args, **self.options)

    def last(self, word: str) -> list[str] | None:
        said = self.said(word)
        return said[-1] if said else None


def primary(folder: Path, broker_url: str, agenda: Path = WIPO, **options) -> App:
    folder.mkdir(parents=True, exist_ok=True)
    return App(folder, [str(agenda), "--rehearse", "--broker", broker_url, "--room", ROOM, "--event", EVENT],
               **options)


def standby(folder: Path, broker_url: str, **options) -> App:
    folder.mkdir(parents=True, exist_ok=True)
    return App(folder, ["--follow", ROOM, "--broker", broker_url, "--event", EVENT], **options)


def journal_in_use(folder: Path) -> Path:
    """The journal the app in `folder` writes now: its newest."""
    found = [path for path in (folder / "data" / "journals").rglob("*.jsonl")
             if not path.name.endswith(".cues.jsonl") and ".before-" not in path.name]
    return max(found, key=lambda path: path.stat().st_mtime_ns)


def read_journal(path: Path) -> tuple[dict, list[dict]]:
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return lines[0], lines[1:]


def wait(condition, timeout_s: float = 30.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {timeout_s} s: {what or condition}")
        time.sleep(0.02)
