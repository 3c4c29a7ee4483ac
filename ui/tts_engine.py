"""The process's one pyttsx3 engine, and rendering one text to a WAV with it. No Qt here.

What shaped this module (measured with pyttsx3 2.99 and espeak-ng on Linux):

- Two say() before one runAndWait() spoke only the last: one utterance per runAndWait().
- Two threads in runAndWait() at once deadlocked, and the external-loop mode does not work
  with espeak. pyttsx3.init() hands its one cached engine to every caller of a process, and
  espeak-ng is process-global (one synth callback). So every use of the engine, from
  whichever thread, holds `ENGINE_LOCK`; engines only come from pyttsx3.init() with the
  default driver; and the engine is never dropped (that would unhook the callback).
- espeak driver: espeak-ng synthesises on a thread of its own, and pyttsx3 writes the file
  (or runs aplay) from there; runAndWait() returns before that, and may cancel a rate or
  volume change still pending there. `render_part` waits for espeak-ng at each step.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import sys
import threading
import time
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from ui.voices import pick_voice

# Held for every call into the pyttsx3 engine and while it is opened: see the module
# docstring. Never held while a WAV plays, so a render for the console's "test
# the voice" waits at most for one part to be rendered (~20 ms), not for the announcement.
ENGINE_LOCK = threading.Lock()
log = logging.getLogger(__name__)

DEFAULT_RATE = 160  # words per minute: a little slower than espeak's 175, for a hall
MIN_RATE, MAX_RATE = 80, 400
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
    callback, which espeak-ng's own thread may be about to call (see render_part)."""
    global _engine
    import pyttsx3  # here, so that a missing pyttsx3 is a reported problem, not a crash

    _engine = pyttsx3.init()
    _quiet_driver()
    return _engine


def _quiet_driver() -> None:
    """pyttsx3's espeak driver prints "Audio saved to …" for every part it renders: two
    lines per announcement in the technician's terminal. Its module's `print` (a module
    attribute shadows the builtin) writes to the debug log instead."""
    driver = sys.modules.get("pyttsx3.drivers.espeak")
    if driver is not None and "print" not in vars(driver):
        driver.print = lambda *parts, **_: log.debug(" ".join(str(part) for part in parts))


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
        if is_espeak(_engine):
            with contextlib.suppress(Exception):
                espeak_idle(timeout=2.0)
        _engine = None
    finally:
        ENGINE_LOCK.release()


def engine_problem(exc: BaseException) -> str:
    if isinstance(exc, ImportError) and exc.name == "pyttsx3":
        base = "No speech engine: the Python package pyttsx3 is missing (pip install pyttsx3)"
    elif sys.platform == "win32":
        base = "No speech engine: Windows speech (SAPI5) could not start"
    elif sys.platform == "darwin":
        base = "No speech engine: macOS speech could not start (pyttsx3 needs pyobjc)"
    else:
        base = "No speech engine: install espeak-ng (Debian: apt install espeak-ng alsa-utils)"
    return f"{base} [{type(exc).__name__}: {exc}]"


def is_espeak(engine: Any) -> bool:
    return str(getattr(engine, "driver_name", "") or "") == "espeak"


def espeak_idle(timeout: float = 5.0) -> None:
    """Wait until espeak-ng's own command queue is empty (nothing being synthesised, no
    parameter change pending). Uses pyttsx3's ctypes binding of espeak-ng."""
    from pyttsx3.drivers import _espeak

    until = time.monotonic() + timeout
    while _espeak.IsPlaying():
        if time.monotonic() > until:
            raise SpeechError(f"espeak-ng still busy after {timeout:g} s")
        time.sleep(0.002)


def render_part(engine: Any, text: str, voice: str | None, rate: int, volume: float, path: Path,
            timeout: float = 60.0) -> Path:
    """Render one text to a file. Call with ENGINE_LOCK held.

    With espeak-ng, pyttsx3 2.99 races with espeak-ng's own thread (synthesis and parameter
    changes run on it, queued): runAndWait() returns ~10 ms after the synthesis starts,
    however long it is (measured: 10 ms, file written at 43 ms); and runAndWait() begins
    with "stop": if espeak-ng is still busy, even with the rate or volume just set, it
    cancels the queue (measured: the rate applied or not at random, and 1 render in 15 came
    out truncated or empty). Hence the waits for espeak-ng to be idle before and after the
    settings, and for "finished-utterance" (sent from espeak-ng's thread once the file is
    written) after runAndWait()."""
    espeak = is_espeak(engine)
    path.unlink(missing_ok=True)  # a stale file must not pass for a fresh one below
    finished = threading.Event()
    outcome: dict[str, bool] = {}

    def on_finished(completed: bool = True, **_: object) -> None:
        outcome.setdefault("completed", completed)
        finished.set()

    if espeak:
        espeak_idle()
        if engine.isBusy():
            # A new engine queues settings until its first run loop, which would apply
            # them in the racy "stop" moment: run an empty loop first (nothing is spoken:
            # a new espeak driver has no text yet).
            engine.runAndWait()
    if voice:
        engine.setProperty("voice", voice)
    engine.setProperty("rate", rate)
    engine.setProperty("volume", volume)
    token = engine.connect("finished-utterance", on_finished)
    try:
        if espeak:
            espeak_idle()  # the rate and volume are applied, not pending
        engine.save_to_file(text, str(path))
        engine.runAndWait()
        if espeak:
            if not finished.wait(timeout):
                raise SpeechError(f"espeak-ng did not finish within {timeout:g} s")
            espeak_idle()  # and pyttsx3's callback on espeak-ng's thread has returned
            if not outcome.get("completed", True):
                raise SpeechError(f"espeak-ng cancelled the rendering of {text!r}")
    finally:
        engine.disconnect(token)
    if not path.is_file() or path.stat().st_size <= 44:  # 44: a WAV header and no audio
        raise SpeechError(f"the speech engine wrote no audio for {text!r}")
    return path


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
    path. Blocks until written (~20 ms for a sentence with espeak-ng); from the Qt thread
    prefer Announcer.render(), which returns a Future. Raises SpeechError on failure.
    (espeak-ng writes 22.05 kHz mono 16-bit; macOS would write AIFF whatever the name.)"""
    path = Path(path)

    def work(engine: Any) -> Path:
        voice = pick_voice(language, engine.getProperty("voices"))
        return render_part(engine, text, voice, clamp_rate(rate), clamp_volume(volume), path, timeout)

    return _on_engine_thread(work, timeout)
