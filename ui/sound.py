"""Chimes and other short WAVs: play them with whatever player the platform has.

`play_wav(path)` blocks its caller until the sound has played (or was cancelled): it is
meant for the speech worker thread, which plays a chime and then speaks. From the Qt thread
call `play_wav(path, block=False)`, which plays on a small daemon thread and returns at once.

Players: `aplay -q` on Linux (alsa-utils), `afplay` on macOS, `winsound` on Windows. A
missing player is logged once, and play_wav returns False: a chime is never worth an
exception in the middle of a show.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import threading
import time
import wave
from pathlib import Path

from runofshow.bundled import bundled_dir

log = logging.getLogger(__name__)

ATTENTION = "attention.wav"  # before an announcement: "ding-dong, listen"
END = "end.wav"  # the end of the day, or a session's time is up

_POLL_S = 0.05  # how often a blocking play checks its cancel event
_said: set[str] = set()
_said_lock = threading.Lock()


def chime(name: str = ATTENTION) -> Path:
    """The path of a bundled chime (assets/sounds/, made by packaging/make_chimes.py)."""
    return bundled_dir("assets") / "sounds" / name


def log_once(key: str, level: int, message: str, *args: object) -> None:
    """Log a message the first time `key` is seen in this process only: a missing player or
    a broken sound card would otherwise write the same line at every cue of the day."""
    with _said_lock:
        if key in _said:
            return
        _said.add(key)
    log.log(level, message, *args)


def player_problem() -> str | None:
    """Why this computer cannot play a WAV, or None if it can."""
    if sys.platform == "win32":
        return None  # winsound is part of Python on Windows
    if sys.platform == "darwin":
        return None if shutil.which("afplay") else "Cannot play sound: afplay not found"
    if shutil.which("aplay"):
        return None
    return "Cannot play sound: aplay not found (Debian: apt install alsa-utils)"


def wav_duration(path: Path) -> float:
    with wave.open(str(path), "rb") as wav:
        return wav.getnframes() / wav.getframerate()


def play_wav(path: Path, *, block: bool = True, cancel: threading.Event | None = None) -> bool:
    """Play a WAV file. Blocking (the default): returns when it has played, True if it did.
    Setting `cancel` stops it early (then False). With block=False: returns at once, True if
    playing started on a background thread."""
    path = Path(path)
    if not path.is_file():
        log.warning("cannot play %s: no such file", path)
        return False
    problem = player_problem()
    if problem is not None:
        log_once("player:" + problem, logging.WARNING, "%s; sounds are skipped", problem)
        return False
    if not block:
        threading.Thread(target=_play, args=(path, cancel), name="runofshow-sound",
                         daemon=True).start()
        return True
    return _play(path, cancel)


def _play(path: Path, cancel: threading.Event | None) -> bool:
    if sys.platform == "win32":
        return _play_winsound(path, cancel)
    command = ["afplay", str(path)] if sys.platform == "darwin" else ["aplay", "-q", str(path)]
    try:
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE)
    except OSError as exc:
        log_once(f"start:{command[0]}:{exc}", logging.WARNING, "cannot start %s: %s", command[0], exc)
        return False
    # Poll rather than wait(): a cancel (mute, stop, closing the app) must cut the sound off
    # now, not after the rest of the announcement. communicate() also drains stderr, so a
    # chatty player can never fill the pipe and hang.
    while True:
        try:
            _, err = process.communicate(timeout=_POLL_S)
            break
        except subprocess.TimeoutExpired:
            if cancel is not None and cancel.is_set():
                process.terminate()
                try:
                    process.communicate(timeout=2)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.communicate()
                return False
    error = err.decode("utf-8", "replace").strip()
    if process.returncode != 0:
        # e.g. "audio open error" on a machine with no sound card: said once, not per cue
        last = error.splitlines()[-1] if error else f"exit status {process.returncode}"
        log_once(f"fail:{command[0]}:{last}", logging.WARNING, "%s failed: %s", command[0], last)
        return False
    return True


def _play_winsound(path: Path, cancel: threading.Event | None) -> bool:  # pragma: no cover - Windows
    import winsound

    flags = winsound.SND_FILENAME | winsound.SND_NODEFAULT
    if cancel is None:
        try:
            winsound.PlaySound(str(path), flags)
        except RuntimeError as exc:
            log_once(f"winsound:{exc}", logging.WARNING, "cannot play %s: %s", path, exc)
            return False
        return True
    # asynchronous, so that a cancel can stop it (PlaySound(None) stops the current sound)
    try:
        winsound.PlaySound(str(path), flags | winsound.SND_ASYNC)
    except RuntimeError as exc:
        log_once(f"winsound:{exc}", logging.WARNING, "cannot play %s: %s", path, exc)
        return False
    until = time.monotonic() + wav_duration(path)
    while time.monotonic() < until:
        if cancel.wait(_POLL_S):
            winsound.PlaySound(None, 0)
            return False
    return True
