"""Spoken announcements: a chime, then each language in turn, one announcement at a time.

`Announcer` owns a queue and one daemon worker thread, which does all its speaking with
the process's pyttsx3 engine (ui.tts_engine, which says what its quirks made us do).
`announce()` only puts the announcement on the queue, so the Qt thread never waits for
speech; the worker speaks the announcements strictly one after the other. No Qt here, but
for QCoreApplication.translate (thread-safe) for the words the console shows.

- espeak driver: after one save_to_file(), every later say() writes its audio into that same
  file instead of playing it (the file name sticks); and its say() plays by running
  `aplay FILE` through a shell ("aplay: not found" when alsa-utils is missing).
  So with espeak we never call say(): each part is rendered with save_to_file(), the chime
  and the parts are joined into one WAV, and that is played by ui.sound.play_wav (aplay -q),
  which mute/stop can cut off. It is the code path of `output_dir` mode too, where the WAV
  is kept instead of played: what the tests measure is what the room hears.
- Other drivers (SAPI5 on Windows, NSSpeechSynthesizer on macOS) play by themselves:
  the chime through play_wav, then say() + runAndWait() per part. (Not run on this machine.)

The announcer tells the truth about being heard: `state` is ready, speaking, no engine or
no audio output, and `last_error` keeps the player's own words when it failed ("aplay:
main:831: audio open error: ..." on a computer with no sound card). A failed playback
makes the state "no audio output" until one plays again (a sound card plugged in later
is found at the next announcement). Each announcement can report back (`done`) how it went.
"""

from __future__ import annotations

import itertools
import logging
import os
import queue
import tempfile
import threading
import time
import wave
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from ui import sound
from ui.tts_engine import (
    DEFAULT_RATE,
    ENGINE_LOCK,
    SpeechError,
    clamp_rate,
    clamp_volume,
    close_at_exit,
    engine_problem,
    open_engine,
    render_part,
    uses_espeak,
)
from ui.voices import pick_voice, voices_speaking
from ui.wavfiles import GAP_S, join_wavs, read_mono16

log = logging.getLogger(__name__)

# Announcer.state
STARTING, READY, SPEAKING = "starting", "ready", "speaking"
NO_ENGINE, NO_AUDIO, CLOSED = "no engine", "no audio output", "closed"


@dataclass(frozen=True)
class Spoken:
    """One announcement the worker handled: what, with which voices, and when.

    Times are time.monotonic(). `files` are the WAVs kept in output_dir mode (none when
    played). `error` is None when it was spoken (or rendered) to the end, "stopped" when
    mute/stop/close cut it off, otherwise what went wrong."""

    seq: int
    parts: tuple[tuple[str, str], ...]
    voices: tuple[str | None, ...]
    chime: Path | None
    queued: float
    started: float
    ended: float
    files: tuple[Path, ...] = ()
    error: str | None = None


def _language_key(language: str) -> str:
    return language.strip().lower().replace("_", "-")


def _describe(parts: Sequence[tuple[str, str]]) -> str:
    return " / ".join(f"[{lang}] {text}" for lang, text in parts) or "(chime only)"


@dataclass(frozen=True)
class _Announcement:
    seq: int
    parts: tuple[tuple[str, str], ...]
    chime: Path | None
    queued: float
    generation: int
    done: Callable[[Spoken], None] | None = None


@dataclass(frozen=True)
class _Job:
    """Work for the worker's engine (a render for the console), answered through a Future."""

    work: Callable[[Any], Any]
    future: Future


_STOP = object()


class Announcer:
    """Speaks announcements on its own worker thread, one at a time, never blocking the caller.

    `volume` (0..1), `rate` (words per minute) and `muted` may be changed at any time from
    any thread; volume and rate apply from the next announcement, muting cuts the current
    one off and drops the queued ones. `available` / `problem` say whether announcements can
    be made and, if not, why (said once in the log); `state` and `last_error` whether the
    last one was heard. `history` and `on_spoken` (called on the worker thread: forward to
    Qt through a signal) record every announcement spoken or tried.
    With `output_dir`, announcements are rendered to WAV files there instead of played
    (for machines without a sound card, and for tests and benchmarks).
    `voices` maps a language code to the voice id chosen for it (ui/settings.py); other
    languages, or a chosen voice the engine lacks (logged), get ui.voices.pick_voice's."""

    def __init__(self, *, volume: float = 1.0, rate: int = DEFAULT_RATE, muted: bool = False,
                 output_dir: Path | None = None, on_spoken: Callable[[Spoken], None] | None = None,
                 gap_s: float = GAP_S, init_timeout: float = 5.0, history_size: int = 500,
                 voices: Mapping[str, str] | None = None) -> None:
        self._volume = clamp_volume(volume)
        self._rate = clamp_rate(rate)
        self._muted = muted
        self.output_dir = Path(output_dir) if output_dir is not None else None
        if self.output_dir is not None:
            self.output_dir.mkdir(parents=True, exist_ok=True)
        self.on_spoken = on_spoken
        self.gap_s = gap_s
        self.history: deque[Spoken] = deque(maxlen=history_size)
        self._queue: queue.Queue[Any] = queue.Queue()  # unbounded: put() never waits
        self._seq = itertools.count(1)
        self._generation = 0  # bumped by stop(): queued announcements of older ones are dropped
        self._cancel = threading.Event()  # cuts off the announcement being spoken
        self._closing = threading.Event()
        self._ready = threading.Event()  # the worker has tried to open the engine
        self._engine_ok = False
        self._problem: str | None = None
        self._speaking = False
        self._output_error: str | None = None  # the player's words, while it fails
        self.last_played: float | None = None  # time.time() the last announcement played
        self._espeak = uses_espeak()  # espeak output is played by us: see the module docstring
        self._voices: list[Any] = []
        self._voice_cache: dict[str, str | None] = {}
        # voice ids the technician chose, by language code (ui/settings.py); else pick_voice
        self._chosen_voices = {_language_key(lang): voice for lang, voice in (voices or {}).items()}
        self._idle = threading.Condition()
        self._pending = 0
        self._thread = threading.Thread(target=self._run, name="runofshow-speech", daemon=True)
        close_at_exit(self)
        self._thread.start()
        # Opening espeak-ng is quick; waiting here (once, at start) means `available`
        # and `problem` are meaningful as soon as the constructor returns.
        if not self._ready.wait(init_timeout):
            log.warning("the speech engine is still starting after %g s", init_timeout)

    # -- state and settings (any thread)

    @property
    def available(self) -> bool:
        return self._ready.is_set() and self._problem is None and not self._closing.is_set()

    @property
    def problem(self) -> str | None:
        if self._closing.is_set():
            return QCoreApplication.translate("Announcer", "Speech is closed")
        if not self._ready.is_set():
            return QCoreApplication.translate("Announcer", "The speech engine is still starting")
        return self._problem

    @property
    def state(self) -> str:
        """STARTING, READY, SPEAKING, NO_ENGINE, NO_AUDIO (no player, or the last playback
        failed) or CLOSED."""
        if self._closing.is_set():
            return CLOSED
        if not self._ready.is_set():
            return STARTING
        if not self._engine_ok:
            return NO_ENGINE
        if self._problem is not None or self._output_error is not None:
            return NO_AUDIO
        return SPEAKING if self._speaking else READY

    @property
    def last_error(self) -> str | None:
        """Why the last announcement played was not heard, in the player's words (None once
        one plays again); or why none can be played at all."""
        return self._output_error or (self._problem if self._engine_ok else None)

    @property
    def volume(self) -> float:
        return self._volume

    @volume.setter
    def volume(self, value: float) -> None:
        self._volume = clamp_volume(value)

    @property
    def rate(self) -> int:
        return self._rate

    @rate.setter
    def rate(self, value: int) -> None:
        self._rate = clamp_rate(value)

    def voice_choices(self, language: str) -> list[tuple[str, str]]:
        """(id, name) of the engine's voices that speak `language`; none until the engine
        has started (its voices are read once, on the worker, before it says it is ready)."""
        if not self._ready.is_set():
            return []
        return [(str(voice.id), str(getattr(voice, "name", "") or voice.id))
                for voice in voices_speaking(language, self._voices)]

    def chosen_voice(self, language: str) -> str | None:
        return self._chosen_voices.get(_language_key(language))

    def choose_voice(self, language: str, voice_id: str | None) -> None:
        """Speak `language` with this voice from the next announcement on (None: the app's
        own pick). The change is made on the worker, between announcements, so one
        announcement never mixes the old and the new voice."""
        chosen = dict(self._chosen_voices)
        if voice_id:
            chosen[_language_key(language)] = voice_id
        else:
            chosen.pop(_language_key(language), None)

        def apply(_engine: Any) -> None:
            self._chosen_voices = chosen
            self._voice_cache.clear()

        self._enqueue(_Job(apply, Future()))

    @property
    def muted(self) -> bool:
        return self._muted

    @muted.setter
    def muted(self, value: bool) -> None:
        self._muted = bool(value)
        if self._muted:
            self._cancel.set()  # silence now, not after the sentence

    # -- requests (any thread; none of them waits for speech)

    def announce(self, parts: Sequence[tuple[str, str]], chime: Path | None = None,
                 done: Callable[[Spoken], None] | None = None) -> bool:
        """Queue an announcement: the chime (if any), then each (language, text) in order.
        Returns at once: True if queued, False if it will not be heard (muted, unavailable,
        nothing to say); never raises for those. `done(spoken)` is called on the worker
        thread once a queued announcement is over, however it went (`Spoken.error`)."""
        items = tuple((str(lang), str(text).strip()) for lang, text in parts if str(text).strip())
        if not items and chime is None:
            return False
        if not self.available:
            log.info("not announced (%s): %s", self.problem, _describe(items))
            return False
        if self._muted:
            log.info("muted, not announced: %s", _describe(items))
            return False
        self._enqueue(_Announcement(next(self._seq), items, Path(chime) if chime else None,
                                    time.monotonic(), self._generation, done))
        return True

    def stop(self) -> None:
        """Cut off the announcement being spoken and drop the queued ones."""
        self._generation += 1
        self._cancel.set()

    def render(self, text: str, language: str, path: Path, *, rate: int | None = None,
               volume: float | None = None) -> Future:
        """Render `text` to a WAV on the worker (after the queued announcements); the Future
        gives the path. Works while muted, and without an audio player."""
        future: Future = Future()
        if not self._engine_ok or self._closing.is_set():
            future.set_exception(SpeechError(self.problem or "no speech engine"))
            return future
        path = Path(path)
        use_rate = clamp_rate(self._rate if rate is None else rate)
        use_volume = clamp_volume(self._volume if volume is None else volume)

        def work(engine: Any) -> Path:
            with ENGINE_LOCK:
                return render_part(engine, text, self._voice(language), use_rate, use_volume, path)

        self._enqueue(_Job(work, future))
        return future

    def _enqueue(self, item: _Announcement | _Job) -> None:
        """Hand work to the worker, counted so that wait_idle() waits for it too."""
        with self._idle:
            self._pending += 1
        self._queue.put(item)

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Wait until everything queued so far has been handled (for tests and shutdown)."""
        with self._idle:
            return self._idle.wait_for(lambda: self._pending == 0, timeout)

    def close(self, timeout: float = 5.0) -> bool:
        """Stop the worker: the current announcement is cut off, queued ones are dropped.
        True if the worker ended within `timeout` (it is a daemon thread either way)."""
        if not self._closing.is_set():
            self._closing.set()
            self._cancel.set()
            self._queue.put(_STOP)
        self._thread.join(timeout)
        if self._thread.is_alive():
            log.warning("the speech worker is still busy %g s after close()", timeout)
            return False
        return True

    def __enter__(self) -> Announcer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- the worker thread

    def _run(self) -> None:
        engine = None
        with ENGINE_LOCK:
            try:
                engine = open_engine()
                self._voices = list(engine.getProperty("voices"))
            except Exception as exc:  # RuntimeError/OSError without espeak-ng, ImportError, ...
                self._problem = engine_problem(exc)
        if self._problem is not None:
            log.warning("%s; announcements will not be spoken", self._problem)
            self._ready.set()
            return
        self._engine_ok = True
        if self.output_dir is None and self._espeak:
            # we play espeak's output (see the module docstring): no player, no speech
            self._problem = sound.player_problem()
            if self._problem:
                log.warning("%s; announcements will not be spoken", self._problem)
        self._ready.set()
        self._loop(engine)

    def _loop(self, engine: Any) -> None:
        while True:
            item = self._queue.get()
            if item is _STOP:
                return
            try:
                if isinstance(item, _Job):
                    self._run_job(engine, item)
                else:
                    self._speak(engine, item)
            except Exception:  # the worker must outlive any one announcement
                log.exception("speech worker: unexpected error")
            finally:
                with self._idle:
                    self._pending -= 1
                    self._idle.notify_all()

    def _run_job(self, engine: Any, job: _Job) -> None:
        if self._closing.is_set():
            job.future.cancel()
            return
        if not job.future.set_running_or_notify_cancel():
            return
        try:
            job.future.set_result(job.work(engine))
        except Exception as exc:
            job.future.set_exception(exc)

    def _voice(self, language: str) -> str | None:
        """Worker thread only. Falls back to English, logged once per language."""
        if language not in self._voice_cache:
            self._voice_cache[language] = self._chosen_voice(language) or pick_voice(language, self._voices)
        return self._voice_cache[language]

    def _chosen_voice(self, language: str) -> str | None:
        """Worker thread only. The voice chosen for this language, if the engine has it."""
        chosen = self._chosen_voices.get(_language_key(language))
        if chosen is None:
            return None
        if any(str(voice.id) == chosen for voice in self._voices):
            return chosen
        log.warning("the voice %r chosen for %r is not in this speech engine: picking another",
                    chosen, language)
        return None

    def _speak(self, engine: Any, item: _Announcement) -> None:
        record = None
        try:
            record = self._speak_one(engine, item)
        finally:
            if item.done is not None:
                if record is None:  # an unexpected error, logged by the loop
                    now = time.monotonic()
                    record = Spoken(item.seq, item.parts, (), item.chime, item.queued, now, now,
                                    error=QCoreApplication.translate(
                                        "Announcer", "the speech worker failed (see the log)"))
                try:
                    item.done(record)
                except Exception:
                    log.exception("an announcement's done callback failed")

    def _speak_one(self, engine: Any, item: _Announcement) -> Spoken:
        self._cancel.clear()  # before the checks: a stop() from now on cuts this one off
        text = _describe(item.parts)
        reason = ("closing" if self._closing.is_set() else
                  "stopped" if item.generation != self._generation else
                  "muted" if self._muted else self._problem)
        if reason:
            log.info("%s, not announced: %s", reason, text)
            now = time.monotonic()  # dropped before it began: not in the history
            return Spoken(item.seq, item.parts, (), item.chime, item.queued, now, now, error=reason)
        # the settings as they are now: a change made while this one speaks applies next time
        volume, rate = self._volume, self._rate
        voices = tuple(self._voice(lang) for lang, _ in item.parts)
        chime = item.chime
        if chime is not None:
            try:  # a broken chime must not cost the announcement itself
                read_mono16(chime)
            except (OSError, EOFError, wave.Error) as exc:
                log.warning("chime %s unusable (%s): announcing without it", chime, exc)
                chime = None
        started = time.monotonic()
        files: tuple[Path, ...] = ()
        error: str | None = None
        self._speaking = True
        try:
            if self.output_dir is not None or self._espeak:
                files, error = self._render_then_play(engine, item, voices, chime, rate, volume)
            else:
                error = self._say(engine, item, voices, chime, rate, volume)
        except Exception as exc:
            error = f"{type(exc).__name__}: {exc}"
        finally:
            self._speaking = False
        ended = time.monotonic()
        if error and error != "stopped":
            log.warning("announcement failed (%s): %s", error, text)
        else:
            log.info("%s (%.1f s): %s", "stopped" if error else "announced", ended - started, text)
        record = Spoken(item.seq, item.parts, voices, chime, item.queued, started, ended, files, error)
        self.history.append(record)
        if self.on_spoken is not None:
            try:
                self.on_spoken(record)
            except Exception:
                log.exception("on_spoken callback failed")
        return record

    def _render_then_play(self, engine: Any, item: _Announcement, voices: tuple[str | None, ...],
                          chime: Path | None, rate: int, volume: float
                          ) -> tuple[tuple[Path, ...], str | None]:
        """Render, join, then keep (output_dir) or play: (files kept, error or None)."""
        # The temporary folder sits in output_dir when there is one, so the finished file is
        # moved into place with os.replace (atomic: a reader never sees half a WAV).
        with tempfile.TemporaryDirectory(prefix="runofshow-speech-", dir=self.output_dir) as tmp:
            pieces = [chime] if chime is not None else []
            for k, ((_, text), voice) in enumerate(zip(item.parts, voices, strict=True)):
                if self._cancel.is_set():
                    return (), sound.STOPPED
                with ENGINE_LOCK:
                    pieces.append(render_part(engine, text, voice, rate, volume, Path(tmp) / f"part{k}.wav"))
            if self._cancel.is_set():
                return (), sound.STOPPED
            joined = Path(tmp) / "announcement.wav"
            try:
                join_wavs(joined, pieces, self.gap_s)
            except wave.Error:
                if self.output_dir is None:
                    raise
                # not WAV (macOS writes AIFF): keep the spoken parts as they are, in order
                kept = []
                for k, piece in enumerate(pieces[1 if chime else 0:]):
                    target = self.output_dir / f"announcement-{item.seq:04d}-{k}{piece.suffix}"
                    os.replace(piece, target)
                    kept.append(target)
                return tuple(kept), None
            if self.output_dir is not None:
                target = self.output_dir / f"announcement-{item.seq:04d}.wav"
                os.replace(joined, target)
                return (target,), None
            return (), self._played(sound.play_file(joined, cancel=self._cancel))

    def _played(self, outcome: str | None) -> str | None:
        """Keep what the player said (the state follows it); the announcement's error."""
        if outcome is None:
            self._output_error = None
            self.last_played = time.time()
            return None
        if outcome == sound.STOPPED:
            return sound.STOPPED
        self._output_error = outcome
        # the part before " — " is the headline of the cue panel's log line
        return QCoreApplication.translate("Announcer", "no audio output — {problem}").format(problem=outcome)

    def _say(self, engine: Any, item: _Announcement, voices: tuple[str | None, ...],
             chime: Path | None, rate: int, volume: float) -> str | None:
        """The drivers that play by themselves: the error, or None."""
        if chime is not None:
            sound.play_file(chime, cancel=self._cancel)  # a chime that fails is only logged
        for (_, text), voice in zip(item.parts, voices, strict=True):
            if self._cancel.is_set():
                return sound.STOPPED
            with ENGINE_LOCK:
                if voice:
                    engine.setProperty("voice", voice)
                engine.setProperty("rate", rate)
                engine.setProperty("volume", volume)
                engine.say(text)
                engine.runAndWait()
        if self._cancel.is_set():
            return sound.STOPPED
        self.last_played = time.time()
        return None
