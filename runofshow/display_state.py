"""What the screens were doing, kept beside the journal so a restart comes back to it.

Not live actions (those are the journal's): which screen the projector is on, fullscreen,
blackout, the message to the stage, window places, and a rehearsal clock's position and
speed. Written atomically (temporary file, then rename), so a crash leaves the old or the
new file, never half of one.
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
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=1),
                             encoding="utf-8")
        os.replace(temporary, path)


def display_state_path(journal_file: Path) -> Path:
    return journal_file.with_suffix(".display.json")
