"""What the screens were doing, kept beside the journal so a restart comes back to it.

Not live actions (those are the journal's): which screen the projector is on, fullscreen,
blackout, the message to the stage, window places, and a rehearsal clock's position and
speed. Written atomically (temporary file, then rename), so a crash leaves the old or the
new file, never half of one.

A running rehearsal clock's place is also kept on its own (`ClockPlace`, about once a real
second), in a file of its own: it is written off the GUI thread, because a rename over an
existing file can wait for the disk (ext4 writes the new file's data out first: measured
0.3 ms typically, up to 70-100 ms now and then), and the screens' settings keep a single
writer.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path


@dataclass
class DisplayState:
    """What the technician set for the screens (projector, blackout, message, rehearsal clock,
    window places); kept beside the journal so a reopened app looks the same."""

    projector_screen: str | None = None  # a screen's name; None: the second screen if any
    fullscreen: bool = True
    blackout: bool = False
    message: str = ""
    blink: bool = False
    speed: float = 1.0
    simulated_at: float | None = None  # epoch seconds of a rehearsal clock
    windows: dict[str, list[int]] = field(default_factory=dict)  # name -> x, y, w, h

    @classmethod
    def load(cls, path: Path) -> DisplayState:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()  # none yet, or unreadable: the defaults are safe
        known = {f.name for f in fields(cls)}
        try:
            return cls(**{k: v for k, v in data.items() if k in known})
        except TypeError:
            return cls()

    def save(self, path: Path) -> None:
        _write_atomically(path, json.dumps(asdict(self), ensure_ascii=False, indent=1))


@dataclass(frozen=True)
class ClockPlace:
    """Where a rehearsal clock stood, and its speed."""

    simulated_at: float  # epoch seconds of show time
    speed: float

    @classmethod
    def load(cls, path: Path) -> ClockPlace | None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(float(data["simulated_at"]), float(data["speed"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None  # none yet, or unreadable: the display state's place stands

    def save(self, path: Path) -> None:
        _write_atomically(path, json.dumps(asdict(self)))


def _write_atomically(path: Path, text: str) -> None:
    """The old file or the new one after a crash, never half of one. Not fsynced: these
    are settings, and a process crash keeps what the kernel was handed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def display_state_path(journal_file: Path) -> Path:
    return journal_file.with_suffix(".display.json")


def clock_place_path(journal_file: Path) -> Path:
    return journal_file.with_suffix(".clock.json")
