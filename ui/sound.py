"""Chimes and other short WAVs: play them with whatever player the platform has.

`play_wav(path)` blocks its caller until the sound has played (or was cancelled): it is
meant for the speech worker thread, which plays a chime and then speaks. From the Qt thread
call `play_wav(path, block=False)`, which plays on a small daemon thread and returns at once.

Players: `aplay -q` on Linux (alsa-utils), `afplay` on macOS, `winsound` on Windows; or
the command in RUNOFSHOW_PLAYER (the WAV's path is added at the end: `paplay`, `aplay -D
hw:1`, or `true` in a test that needs a player that works on a machine without a sound
card). A missing or failing player is logged once, and play_wav returns False: a chime is
never worth an exception in the middle of a show. `play_file` says why it did not play,
for the announcer to tell the console.
"""

from __future__ import annotations

import logging
import os
import shlex
import shutil
import subprocess
import sys
import threading
import time
import wave
from pathlib import Path

from PySide6.QtCore import QCoreApplication

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


PLAYER_VARIABLE = "RUNOFSHOW_PLAYER"
STOPPED = "stopped"  # play_file: cut off by its cancel event


def player_command() -> list[str] | None:
    """The command that plays a WAV (its path is added at the end), or None for winsound."""
    chosen = os.environ.get(PLAYER_VARIABLE, "").strip()
    if chosen:
        return shlex.split(chosen)
    if sys.platform == "win32":
        return None
    return ["afplay"] if sys.platform == "darwin" else ["aplay", "-q"]


def player_problem() -> str | None:
    """Why this computer cannot play a WAV, or None if it can (as far as we can tell
    without playing: a player that is there may still fail, see play_file)."""
    command = player_command()
    if command is None or shutil.which(command[0]):
        return None  # winsound is part of Python on Windows
    if command[0] == "aplay" and PLAYER_VARIABLE not in os.environ:
        return QCoreApplication.translate(
            "Sound", "Cannot play sound: aplay not found (Debian: apt install alsa-utils)")
    return QCoreApplication.translate("Sound", "Cannot play sound: {player} not found").format(
        player=command[0])


def wav_duration(path: Path) -> float:
    with wave.open(str(path), "rb") as wav:
        return wav.getnframes() / wav.getframerate()


def play_wav(path: Path, *, block: bool = True, cancel: threading.Event | None = None) -> bool:
    """Play a WAV file. Blocking (the default): returns when it has played, True if it did.
    Setting `cancel` stops it early (then False). With block=False: returns at once, True if
    playing started on a background thread."""
    if not block:
        problem = _cannot_play(Path(path))
        if problem is not None:
            return False
        threading.Thread(target=_play, args=(Path(path), cancel), name="runofshow-sound",
                         daemon=True).start()
        return True
    return play_file(path, cancel=cancel) is None


def play_file(path: Path, *, cancel: threading.Event | None = None) -> str | None:
    """Play a WAV file to the end, blocking: None if it played, STOPPED if `cancel` cut it
    off, otherwise why it did not play, in the player's words ("aplay: main:831: audio open
    error: No such file or directory", "Cannot play sound: aplay not found ...")."""
    path = Path(path)
    problem = _cannot_play(path)
    return problem if problem is not None else _play(path, cancel)


def _cannot_play(path: Path) -> str | None:
    if not path.is_file():
        log.warning("cannot play %s: no such file", path)
        return QCoreApplication.translate("Sound", "cannot play {file}: no such file").format(file=path.name)
    problem = player_problem()
    if problem is not None:
        log_once("player:" + problem, logging.WARNING, "%s; sounds are skipped", problem)
    return problem


def _play(path: Path, cancel: threading.Event | None) -> str | None:
    player = player_command()
    if player is None:
        return _play_winsound(path, cancel)
    command = [*player, str(path)]
    try:
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE)
    except OSError as exc:
        log_once(f"start:{command[0]}:{exc}", logging.WARNING, "cannot start %s: %s", command[0], exc)
        return QCoreApplication.translate("Sound", "cannot start {player}: {error}").format(
            player=command[0], error=exc)
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
                return STOPPED
    error = err.decode("utf-8", "replace").strip()
    if process.returncode != 0:
        # e.g. "audio open error" on a machine with no sound card: said once, not per cue
        # (ALSA writes its own lines first: the player's last line says what failed)
        last = error.splitlines()[-1] if error else QCoreApplication.translate(
            "Sound", "{player}: exit status {code}").format(player=command[0], code=process.returncode)
        log_once(f"fail:{command[0]}:{last}", logging.WARNING, "%s failed: %s", command[0], last)
        return last
    return None


def _play_winsound(path: Path, cancel: threading.Event | None) -> str | None:  # pragma: no cover - Windows
    import winsound

    flags = winsound.SND_FILENAME | winsound.SND_NODEFAULT
    if cancel is None:
        try:
            winsound.PlaySound(str(path), flags)
        except RuntimeError as exc:
            log_once(f"winsound:{exc}", logging.WARNING, "cannot play %s: %s", path, exc)
            return f"winsound: {exc}"
        return None
    # asynchronous, so that a cancel can stop it (PlaySound(None) stops the current sound)
    try:
        winsound.PlaySound(str(path), flags | winsound.SND_ASYNC)
    except RuntimeError as exc:
        log_once(f"winsound:{exc}", logging.WARNING, "cannot play %s: %s", path, exc)
        return f"winsound: {exc}"
    until = time.monotonic() + wav_duration(path)
    while time.monotonic() < until:
        if cancel.wait(_POLL_S):
            winsound.PlaySound(None, 0)
            return STOPPED
    return None
