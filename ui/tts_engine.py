"""The process's one pyttsx3 engine, and rendering one text to a WAV with it. No Qt here.

pyttsx3 is used through its public API only (init, setProperty/getProperty, save_to_file,
runAndWait, isBusy, stop, connect/disconnect): no private module, nothing patched.

What shaped this module (measured with pyttsx3 2.99 and espeak-ng 1.51 on Linux):

- Two say() before one runAndWait() spoke only the last: one utterance per runAndWait().
- Two threads in runAndWait() at once deadlocked, and the external-loop mode does not work
  with espeak. pyttsx3.init() hands its one cached engine to every caller of a process, and
  espeak-ng is process-global (one synth callback). So every use of the engine, from
  whichever thread, holds `ENGINE_LOCK`; engines only come from pyttsx3.init() with the
  default driver; and the engine is never dropped (that would unhook the callback).
- espeak driver: espeak-ng applies rate and volume, and synthesises, in order on a thread
  of its own; pyttsx3 writes the file from there, then sends "finished-utterance".
  runAndWait() begins with a stop that, if espeak-ng is still busy, cancels what it has not
  taken yet: a rate or volume just set (sent once: 1 render in 4 to 8 at the wrong rate
  or volume) and, now and then, the synthesis itself (an empty WAV). On a new engine
  runAndWait() also returns before the file is written. `render_part` copes (see there).
- getProperty("rate"/"volume") cannot confirm a setting with espeak: it sometimes gives
  espeak-ng's default instead of the current value (pyttsx3 2.99 calls espeak_GetParameter
  without its second argument).
- The espeak driver prints "Audio saved to FILE" on stdout for every part it renders.
  pyttsx3 has no public way to silence it, so it stays (a line per language spoken). That
  print must not fail: if stdout is a broken pipe it raises inside pyttsx3's callback,
  after the file is written but before "finished-utterance", and runAndWait() never
  returns (measured): the render hangs, holding ENGINE_LOCK. Keep stdout writable.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import sys
import threading
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication

from ui.voices import pick_voice
from ui.wavfiles import wav_is_complete

# Held for every call into the pyttsx3 engine and while it is opened: see the module
# docstring. Never held while a WAV plays, so a render for the console's "test
# the voice" waits at most for one part to be rendered, not for the whole announcement.
ENGINE_LOCK = threading.Lock()
log = logging.getLogger(__name__)

DEFAULT_RATE = 160  # words per minute: a little slower than espeak's 175, for a hall
MIN_RATE, MAX_RATE = 80, 400
RENDER_ATTEMPTS = 3  # espeak-ng: an empty WAV is rendered again (see render_part)
_T = TypeVar("_T")


class SpeechError(RuntimeError):
    """Speech could not be produced (no engine, or the engine failed)."""


def clamp_volume(value: float) -> float:
    return min(1.0, max(0.0, float(value)))


def clamp_rate(value: float) -> int:
    return min(MAX_RATE, max(MIN_RATE, round(value)))


_engine: Any = None  # the process's engine, kept: see open_engine
_closed_at_exit: weakref.WeakSet = weakref.WeakSet()  # users of the engine: see close_at_exit


def open_engine() -> Any:
    """The process's pyttsx3 engine (default driver). Call with ENGINE_LOCK held.

    pyttsx3.init() is asked every time (it returns its cached engine), but we keep a
    reference for good: dropping an espeak engine unhooks espeak-ng's process-wide synth
    callback, which espeak-ng's own thread may be about to call."""
    global _engine
    import pyttsx3  # here, so that a missing pyttsx3 is a reported problem, not a crash

    _engine = pyttsx3.init()
    return _engine


def close_at_exit(user) -> None:
    """Have `user.close(timeout=...)` called at exit, before the engine is dropped."""
    _closed_at_exit.add(user)


@atexit.register
def _release_engine() -> None:
    """At exit, close the announcers and drop the engine while Python is still whole:
    dropped later, during interpreter shutdown, pyttsx3's DriverProxy.__del__ prints an
    "Exception ignored" traceback."""
    global _engine
    for user in list(_closed_at_exit):
        user.close(timeout=1.0)
    if _engine is None or not ENGINE_LOCK.acquire(timeout=2.0):
        return
    try:
        if uses_espeak():
            # a render abandoned after its timeout may still be synthesising: stop it
            # before the callback it would call is unhooked
            with contextlib.suppress(Exception):
                _engine.stop()
        _engine = None
    finally:
        ENGINE_LOCK.release()


def engine_problem(exc: BaseException) -> str:
    if isinstance(exc, ImportError) and exc.name == "pyttsx3":
        base = QCoreApplication.translate(
            "TtsEngine", "No speech engine: the Python package pyttsx3 is missing (pip install pyttsx3)")
    elif sys.platform == "win32":
        base = QCoreApplication.translate(
            "TtsEngine", "No speech engine: Windows speech (SAPI5) could not start")
    elif sys.platform == "darwin":
        base = QCoreApplication.translate(
            "TtsEngine", "No speech engine: macOS speech could not start (pyttsx3 needs pyobjc)")
    else:
        base = QCoreApplication.translate(
            "TtsEngine", "No speech engine: install espeak-ng (Debian: apt install espeak-ng alsa-utils)")
    return f"{base} [{type(exc).__name__}: {exc}]"


def uses_espeak() -> bool:
    """Whether the engine drives espeak-ng. open_engine() takes pyttsx3's default driver,
    which its documentation gives as SAPI5 on Windows, NSSpeechSynthesizer on macOS and
    eSpeak everywhere else."""
    return sys.platform not in ("win32", "darwin")


def render_part(engine: Any, text: str, voice: str | None, rate: int, volume: float, path: Path,
                timeout: float = 60.0) -> Path:
    """Render one text to a file. Call with ENGINE_LOCK held. Raises SpeechError.

    With espeak-ng, against the stop at the start of runAndWait() (see the module
    docstring): rate and volume are sent twice, since that stop loses only the first
    command espeak-ng has not taken yet and the rest are applied (measured: no render at a
    wrong rate or volume in 8,000); the file is waited for through "finished-utterance"
    and must be a whole WAV with audio; an empty one (the synthesis was cancelled: about 1
    render in 200) is rendered again, up to RENDER_ATTEMPTS times. Now and then a render
    is slower after that stop (benchmarks/README.md has the figures): espeak-ng's thread
    seems to miss its wake-up and to start only after its own idle check."""
    espeak = uses_espeak()
    if not espeak:
        # SAPI5 and NSSpeechSynthesizer write the file within runAndWait()
        _render_once(engine, text, voice, rate, volume, path, espeak)
        if not path.is_file() or path.stat().st_size <= 44:  # 44: a WAV header and no audio
            raise SpeechError(f"the speech engine wrote no audio for {text!r}")
        return path
    finished = threading.Event()
    token = engine.connect("finished-utterance", lambda **_: finished.set())
    try:
        for attempt in range(1, RENDER_ATTEMPTS + 1):
            finished.clear()
            _render_once(engine, text, voice, rate, volume, path, espeak)
            # The first "finished-utterance" comes once the file is written. A second one,
            # completed=False, may follow when the stop's cancel came too late to matter:
            # the file, not the flag, says how it went.
            if not finished.wait(timeout):
                raise SpeechError(f"espeak-ng did not finish {text!r} within {timeout:g} s")
            if wav_is_complete(path):
                return path
            log.info("espeak-ng wrote no audio for %r (attempt %d of %d)", text, attempt, RENDER_ATTEMPTS)
    finally:
        engine.disconnect(token)
    raise SpeechError(f"espeak-ng wrote no audio for {text!r} in {RENDER_ATTEMPTS} attempts")


def _render_once(engine: Any, text: str, voice: str | None, rate: int, volume: float, path: Path,
                 espeak: bool) -> None:
    path.unlink(missing_ok=True)  # a stale file must not pass for a fresh one
    if espeak and engine.isBusy():
        # A new engine holds settings back until its first run loop, and that loop's
        # runAndWait() returns before the file is written: run an empty loop first (a new
        # espeak driver has no text yet, so nothing is rendered).
        engine.runAndWait()
    if voice:
        engine.setProperty("voice", voice)
    for _ in range(2 if espeak else 1):  # twice with espeak: see render_part
        engine.setProperty("rate", rate)
        engine.setProperty("volume", volume)
    engine.save_to_file(text, str(path))
    engine.runAndWait()


def _on_engine_thread(work: Callable[[Any], _T], timeout: float) -> _T:
    """Run work(engine) holding ENGINE_LOCK, on a short-lived thread of its own: the caller
    waits for it, but can give up after `timeout` if the engine hangs."""
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            with ENGINE_LOCK:
                try:
                    engine = open_engine()
                except Exception as exc:
                    raise SpeechError(engine_problem(exc)) from exc
                box["value"] = work(engine)
        except BaseException as exc:
            box["error"] = exc

    thread = threading.Thread(target=run, name="runofshow-speech-once", daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        raise SpeechError(f"the speech engine did not answer within {timeout:g} s")
    if "error" in box:
        raise box["error"]
    return box["value"]


def list_voices(timeout: float = 10.0) -> list[Any]:
    """The engine's voices (pyttsx3 Voice objects). Raises SpeechError without an engine."""
    return _on_engine_thread(lambda engine: list(engine.getProperty("voices")), timeout)


def render_to_wav(text: str, language: str, path: Path, rate: int = DEFAULT_RATE,
                  volume: float = 1.0, *, timeout: float = 30.0) -> Path:
    """Render `text` in `language` (its voice, see voice_for) to a WAV file and return its
    path. Blocks until written; from the Qt thread
    prefer Announcer.render(), which returns a Future. Raises SpeechError on failure.
    (espeak-ng writes 22.05 kHz mono 16-bit; macOS would write AIFF whatever the name.)"""
    path = Path(path)

    def work(engine: Any) -> Path:
        voice = pick_voice(language, engine.getProperty("voices"))
        return render_part(engine, text, voice, clamp_rate(rate), clamp_volume(volume), path, timeout)

    return _on_engine_thread(work, timeout)
