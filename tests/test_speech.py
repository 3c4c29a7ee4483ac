"""Speech and chimes, with the real espeak-ng through pyttsx3: WAVs are rendered and measured.

Nothing here is skipped on a machine without espeak-ng: it fails, loudly (CI installs
espeak-ng, see .ci/run). Playback is checked with a stand-in `aplay` script on PATH, since
test machines have no sound card; everything up to the player is the real thing.
Also here: the check that the speech modules keep to public APIs, and a stress check of
the rendering run by hand (`python -m tests.test_speech [COUNT]`, see stress()).
"""

from __future__ import annotations

import ast
import importlib.util
import itertools
import logging
import math
import shutil
import subprocess
import sys
import threading
import time
import wave
from array import array
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.conftest import REPO
from ui import sound, tts_engine
from ui.speech import Announcer
from ui.tts_engine import SpeechError, list_voices, render_to_wav
from ui.voices import voice_for
from ui.wavfiles import GAP_S, wav_is_complete, write_mono16

ZH = "会议将在五分钟后继续"
EN = "The session resumes in five minutes"
SILENT_RMS = 300  # 16-bit scale, about -40 dBFS; espeak-ng speech measures ~3000 here
CHIMES = (sound.ATTENTION, sound.END)
LINUX = sys.platform.startswith("linux")


def read_wav(path: Path) -> tuple[tuple[int, int, int], array]:
    """((channels, sample width, rate), 16-bit samples) of a WAV file."""
    with wave.open(str(path), "rb") as wav:
        params = (wav.getnchannels(), wav.getsampwidth(), wav.getframerate())
        data = array("h", wav.readframes(wav.getnframes()))
    if sys.byteorder == "big":
        data.byteswap()
    return params, data


def duration(path: Path) -> float:
    (_, _, rate), data = read_wav(path)
    return len(data) / rate


def rms(path: Path) -> float:
    _, data = read_wav(path)
    return math.sqrt(sum(x * x for x in data) / len(data))


@pytest.fixture(scope="module")
def voices() -> list:
    return list_voices()


@pytest.fixture
def announcers():
    """Make Announcers that are closed after the test, whatever happens."""
    made: list[Announcer] = []

    def make(**kwargs) -> Announcer:
        announcer = Announcer(**kwargs)
        made.append(announcer)
        return announcer

    yield make
    for announcer in made:
        assert announcer.close(timeout=10)


@pytest.fixture
def fake_aplay(tmp_path, monkeypatch):
    """An `aplay` on PATH that records its arguments, keeps a copy of each WAV it is given,
    and 'plays' for $FAKE_APLAY_S seconds (or fails, with FAKE_APLAY_FAIL set): the real
    subprocess path, minus the sound card."""
    bin_dir = tmp_path / "bin"
    kept = tmp_path / "played"
    bin_dir.mkdir()
    kept.mkdir()
    script = bin_dir / "aplay"
    script.write_text(
        "#!/bin/sh\n"
        'echo "$@" >> "$FAKE_APLAY_DIR/calls.txt"\n'
        'n=$(wc -l < "$FAKE_APLAY_DIR/calls.txt")\n'
        'cp "$2" "$FAKE_APLAY_DIR/$n.wav"\n'
        'if [ -n "$FAKE_APLAY_FAIL" ]; then echo "aplay: audio open error" >&2; exit 1; fi\n'
        'exec sleep "$FAKE_APLAY_S"\n', encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:/usr/bin:/bin")
    monkeypatch.setenv("FAKE_APLAY_DIR", str(kept))
    monkeypatch.setenv("FAKE_APLAY_S", "0.2")
    monkeypatch.setattr(sound, "_said", set())  # log-once memory of earlier tests
    return SimpleNamespace(dir=kept, calls=lambda: (kept / "calls.txt").read_text().splitlines()
                           if (kept / "calls.txt").exists() else [])


# ------------------------------------------------------------------ voices

def test_voice_for_picks_mandarin_english_and_others_from_espeak_ng(voices):
    tail = {lang: (voice_for(lang, voices) or "").split("/")[-1]
            for lang in ("zh", "zh-CN", "zh_TW", "cmn", "yue", "en", "en-GB", "en-US", "fr", "de")}
    pinyin = "cmn-latn-pinyin"
    assert tail == {"zh": pinyin, "zh-CN": pinyin, "zh_TW": pinyin, "cmn": pinyin, "yue": "yue",
                    "en": "en", "en-GB": "en", "en-US": "en-us", "fr": "fr", "de": "de"}
    assert voice_for("tlh", voices) is None  # Klingon: no voice, the announcer falls back


def voice(voice_id: str, *languages) -> SimpleNamespace:
    return SimpleNamespace(id=voice_id, name=voice_id, languages=list(languages))


def test_voice_for_on_espeak_like_voices():
    voices = [voice("sit/cmn-latn-pinyin", "cmn-latn-pinyin"), voice("gmw/en-029", "en-029"),
              voice("gmw/en-us", "en-us"), voice("gmw/en", "en-gb"), voice("sit/cmn", "cmn"),
              voice("roa/fr", "fr-fr"), voice("sit/yue", "yue")]
    assert voice_for("zh", voices) == "sit/cmn-latn-pinyin"  # reads characters as Mandarin (voices.py)
    assert voice_for("zh", list(reversed(voices))) == "sit/cmn-latn-pinyin"  # whatever the order
    assert voice_for("en", voices) == "gmw/en"  # British first, then any English
    assert voice_for("en-AU", voices) == "gmw/en"
    assert voice_for("fr", voices) == "roa/fr"  # by the id's last part
    assert voice_for("zh-HK", voices) == "sit/yue"
    assert voice_for("de", voices) is None
    assert voice_for("en", []) is None


def test_voice_for_on_windows_and_macos_like_voices():
    key = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Speech\\Voices\\Tokens\\"
    sapi = [voice(key + "TTS_MS_EN-US_ZIRA_11.0", "en_US"), voice(key + "TTS_MS_ZH-CN_HUIHUI_11.0", "zh_CN"),
            voice(key + "TTS_MS_ZH-TW_HANHAN_11.0", "zh_TW")]
    assert voice_for("zh", sapi) == key + "TTS_MS_ZH-CN_HUIHUI_11.0"
    assert voice_for("zh-TW", sapi) == key + "TTS_MS_ZH-TW_HANHAN_11.0"
    assert voice_for("en", sapi) == key + "TTS_MS_EN-US_ZIRA_11.0"  # no British voice: any English
    mac = [voice("com.apple.voice.compact.zh-HK.Sinji", "zh_HK"),
           voice("com.apple.voice.compact.zh-CN.Tingting", "zh_CN")]
    assert voice_for("zh", mac) == "com.apple.voice.compact.zh-CN.Tingting"
    assert voice_for("yue", mac) == "com.apple.voice.compact.zh-HK.Sinji"


def test_voice_for_reads_old_byte_languages_and_voices_without_languages():
    # older pyttsx3 espeak drivers gave b"\x05cmn" (priority byte, then the code)
    voices = [SimpleNamespace(id="gmw/de"), voice("zh", b"\x05cmn"), voice("en", b"\x02en-gb")]
    assert voice_for("zh", voices) == "zh"
    assert voice_for("en", voices) == "en"
    assert voice_for("de", voices) == "gmw/de"


# ------------------------------------------------------------------ rendering with espeak-ng

def test_rendering_prints_only_pyttsx3s_own_line(tmp_path, capsys):
    # pyttsx3's espeak driver prints "Audio saved to FILE" per part, with no public way to
    # silence it (and its modules are not ours to patch): that line, and nothing else
    path = render_to_wav(EN, "en", tmp_path / "quiet.wav")
    assert rms(path) > SILENT_RMS
    out = capsys.readouterr().out
    assert all(line.startswith("Audio saved to ") for line in out.splitlines()), out


def espeak_cli(text: str, voice_name: str, path: Path, rate: int = 160, volume: float = 1.0) -> Path:
    """espeak-ng's own rendering, for comparison (its -a amplitude is pyttsx3's volume x 100)."""
    subprocess.run(["espeak-ng", "-v", voice_name, "-s", str(rate), "-a", str(round(volume * 100)),
                    "-w", str(path), text], check=True, capture_output=True)
    return path


def test_render_chinese_and_english_to_wav(tmp_path, voices):
    mandarin_voice = voice_for("zh", voices).split("/")[-1]
    assert mandarin_voice == "cmn-latn-pinyin"  # the Mandarin voice that reads characters
    zh = render_to_wav(ZH, "zh", tmp_path / "zh.wav")
    en = render_to_wav(EN, "en", tmp_path / "en.wav")
    for path in (zh, en):
        assert read_wav(path)[0] == (1, 2, 22050)  # espeak-ng: mono 16-bit 22.05 kHz
        assert 1.0 < duration(path) < 8.0
        assert rms(path) > SILENT_RMS
    assert read_wav(zh)[1] != read_wav(en)[1]
    # Spoken with the Mandarin voice, not the English voice reading Chinese characters:
    # as long as espeak-ng's own Mandarin rendering, far from its English one.
    mandarin = duration(espeak_cli(ZH, mandarin_voice, tmp_path / "cli-cmn.wav"))
    english = duration(espeak_cli(ZH, "en", tmp_path / "cli-en.wav"))
    assert abs(duration(zh) - mandarin) < 0.02 * mandarin
    assert abs(duration(zh) - english) > 1.0
    assert abs(duration(en) - duration(espeak_cli(EN, "en", tmp_path / "cli-en2.wav"))) < 0.05


def test_rate_and_volume_are_applied_every_time(tmp_path):
    # pyttsx3 2.99's runAndWait() cancels a rate/volume change espeak-ng has not applied yet
    seen: dict[tuple[int, float], list[tuple[float, float]]] = {}
    for n, (rate, volume) in enumerate([(250, 1.0), (100, 0.25), (250, 1.0), (160, 0.5), (100, 0.25),
                                        (160, 0.5), (400, 1.0), (250, 1.0)]):
        path = render_to_wav(EN, "en", tmp_path / f"{n}.wav", rate=rate, volume=volume)
        seen.setdefault((rate, volume), []).append((duration(path), rms(path)))
    for results in seen.values():  # the same settings, the same result (to a few ms)
        durations, levels = zip(*results, strict=True)
        assert max(durations) - min(durations) < 0.05 and max(levels) < 1.05 * min(levels), seen
    slow, quiet = seen[(100, 0.25)][0]
    fast, loud = seen[(250, 1.0)][0]
    half = seen[(160, 0.5)][0][1]
    assert slow > 2 * fast  # 100 vs 250 words per minute
    assert loud / quiet == pytest.approx(4, rel=0.2) and loud / half == pytest.approx(2, rel=0.2)


def test_renders_from_several_threads_and_an_announcer_at_once(tmp_path, announcers):
    # one engine per process, one thread in it at a time (ENGINE_LOCK): no deadlock, no mix-up
    announcer = announcers(output_dir=tmp_path / "out")
    results: dict[int, float] = {}

    def render(n: int) -> None:
        results[n] = duration(render_to_wav(ZH if n % 2 else EN, "zh" if n % 2 else "en",
                                            tmp_path / f"t{n}.wav"))

    threads = [threading.Thread(target=render, args=(n,)) for n in range(4)]
    for _ in range(3):
        assert announcer.announce([("en", EN)])
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert announcer.wait_idle(30)
    assert sorted(results) == [0, 1, 2, 3]
    assert results[0] == pytest.approx(results[2], abs=0.03)
    assert results[1] == pytest.approx(results[3], abs=0.03)
    assert [s.error for s in announcer.history] == [None, None, None]


def test_twenty_parts_back_to_back_are_whole_and_at_their_rate(tmp_path):
    # language and rate change at every part, as in announcements: zh 120, en 300, zh 300,
    # en 120, ... (espeak-ng's own rendering at the same rate is the measure)
    plan = [("zh", 120), ("en", 300), ("zh", 300), ("en", 120)] * 5
    texts = {"zh": (ZH, "cmn-latn-pinyin"), "en": (EN, "en")}
    got: dict[tuple[str, int], list[float]] = {}
    for n, (language, rate) in enumerate(plan):
        path = render_to_wav(texts[language][0], language, tmp_path / f"{n}.wav", rate=rate)
        assert wav_is_complete(path), n
        assert rms(path) > SILENT_RMS, n
        got.setdefault((language, rate), []).append(duration(path))
    for (language, rate), durations in got.items():
        text, cli_voice = texts[language]
        want = duration(espeak_cli(text, cli_voice, tmp_path / f"cli-{language}-{rate}.wav", rate))
        # within 4 %: after espeak-ng's Mandarin (pinyin) voice, its English comes out ~3 %
        # longer than a fresh process's (the same phonemes; its intonation state carries over)
        assert all(d == pytest.approx(want, rel=0.04) for d in durations), (language, rate, durations, want)
    for language in ("zh", "en"):
        assert max(got[language, 300]) < 0.6 * min(got[language, 120])  # faster: shorter


def test_wav_is_complete_tells_a_whole_wav_from_a_cut_or_empty_one(tmp_path):
    whole = write_mono16(tmp_path / "whole.wav", [0, 9000, -9000] * 500, 22050)
    assert wav_is_complete(whole)
    data = whole.read_bytes()
    for name, content in [("cut", data[:-100]), ("header", data[:44]), ("nothing", b""),
                          ("text", b"not a wav at all" * 10)]:
        (tmp_path / name).write_bytes(content)
        assert not wav_is_complete(tmp_path / name), name
    # a header saying "no audio": what pyttsx3 writes when espeak-ng cancelled the synthesis
    assert not wav_is_complete(write_mono16(tmp_path / "silence.wav", [], 22050))
    assert not wav_is_complete(tmp_path / "missing.wav")


# ------------------------------------------------------------------ the team rule: public API only

SPEECH_MODULES = ("tts_engine", "speech", "voices", "wavfiles", "sound")
VOICE_ATTRIBUTES = {"id", "name", "languages", "gender", "age"}  # pyttsx3.voice.Voice, documented


def private_uses(source: str) -> list[int]:
    """The lines of `source` that reach past a dependency's public API: a pyttsx3 module
    that is private (_espeak) or internal (its drivers) imported, or named in a string
    (sys.modules, importlib); a private attribute of anything but self; an attribute set on
    anything but self (a module patched); getattr & co. by a name pyttsx3 does not document."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import | ast.ImportFrom):
            base = node.module + "." if isinstance(node, ast.ImportFrom) and node.module else ""
            for alias in node.names:
                parts = (base + alias.name).split(".")
                if parts[0] == "pyttsx3" and ("drivers" in parts or any(p.startswith("_") for p in parts)):
                    lines.append(node.lineno)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if node.value.startswith("pyttsx3."):
                lines.append(node.lineno)
        elif isinstance(node, ast.Attribute):
            ours = isinstance(node.value, ast.Name) and node.value.id in ("self", "cls")
            private = node.attr.startswith("_") and not node.attr.endswith("__")
            if not ours and (private or isinstance(node.ctx, ast.Store | ast.Del)):
                lines.append(node.lineno)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            name = node.args[1] if len(node.args) > 1 else None
            documented = isinstance(name, ast.Constant) and name.value in VOICE_ATTRIBUTES
            if node.func.id in ("setattr", "delattr") or (
                    node.func.id in ("getattr", "hasattr") and not documented):
                lines.append(node.lineno)
    return sorted(set(lines))


def test_the_check_finds_what_tts_engine_used_to_do():
    old = """import sys
from pyttsx3.drivers import _espeak
import pyttsx3.drivers.espeak
driver = sys.modules.get("pyttsx3.drivers.espeak")
driver.print = lambda *parts: None
name = getattr(engine, "driver_name", "")
engine.proxy._driver.stop()
setattr(driver, "print", None)
self._engine = engine
voice_id = getattr(voice, "id", "")
"""
    assert private_uses(old) == [2, 3, 4, 5, 6, 7, 8]


@pytest.mark.parametrize("module", SPEECH_MODULES)
def test_speech_uses_only_public_api_of_pyttsx3_and_the_rest(module):
    # team rule (issue 12): no private internals of any dependency, no patching them
    source = (REPO / "ui" / f"{module}.py").read_text(encoding="utf-8")
    assert private_uses(source) == [], f"ui/{module}.py"


# ------------------------------------------------------------------ the announcer

def test_announce_returns_at_once_and_speaks_one_after_the_other(tmp_path, announcers):
    spoken_on: list[str] = []
    announcer = announcers(output_dir=tmp_path / "out",
                           on_spoken=lambda s: spoken_on.append(threading.current_thread().name))
    assert announcer.available and announcer.problem is None
    texts = [[("zh", f"第{n}号通知。{ZH}"), ("en", f"Notice {n}. {EN}")] for n in range(1, 6)]
    took = []
    with tts_engine.ENGINE_LOCK:  # the engine is busy (as with a long render): announce() must not care
        for parts in texts[:3]:
            start = time.perf_counter()
            assert announcer.announce(parts, chime=sound.chime())
            took.append(time.perf_counter() - start)
    for parts in texts[3:]:  # and while the worker is rendering
        start = time.perf_counter()
        assert announcer.announce(parts, chime=sound.chime())
        took.append(time.perf_counter() - start)
    assert max(took) < 0.005, took
    assert announcer.wait_idle(30)

    history = list(announcer.history)
    assert [s.parts for s in history] == [tuple(p) for p in texts]  # in order
    assert all(s.error is None for s in history)
    for before, after in itertools.pairwise(history):
        assert before.started < before.ended <= after.started  # never overlapping
    assert all(s.voices[0].endswith("cmn-latn-pinyin") and s.voices[1].split("/")[-1] == "en"
               for s in history)
    assert spoken_on == ["runofshow-speech"] * 5
    # each announcement is one WAV: the chime, then Chinese, then English, 0.3 s apart
    chime_s = duration(sound.chime())
    for n, record in enumerate(history):
        (file,) = record.files
        assert file.name == f"announcement-{n + 1:04d}.wav"
        zh = duration(render_to_wav(record.parts[0][1], "zh", tmp_path / "zh.wav"))
        en = duration(render_to_wav(record.parts[1][1], "en", tmp_path / "en.wav"))
        assert duration(file) == pytest.approx(chime_s + zh + en + 2 * GAP_S, abs=0.05)
        assert rms(file) > SILENT_RMS
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        f"announcement-{n:04d}.wav" for n in range(1, 6)]  # no temporary files left


def test_settings_apply_from_the_next_announcement(tmp_path, announcers):
    announcer = announcers(output_dir=tmp_path / "out", rate=250)
    assert announcer.announce([("en", EN)])
    assert announcer.wait_idle(30)
    announcer.rate = 100
    announcer.volume = 0.25
    assert announcer.announce([("en", EN)])
    assert announcer.wait_idle(30)
    fast, slow = (s.files[0] for s in announcer.history)
    assert duration(slow) > 2 * duration(fast)
    assert rms(fast) / rms(slow) == pytest.approx(4, rel=0.2)
    announcer.rate, announcer.volume = 10_000, 7
    assert (announcer.rate, announcer.volume) == (tts_engine.MAX_RATE, 1.0)  # clamped


def test_a_language_without_a_voice_is_spoken_in_english(tmp_path, announcers, caplog):
    announcer = announcers(output_dir=tmp_path / "out")
    with caplog.at_level(logging.WARNING, logger="ui.speech"):
        assert announcer.announce([("tlh", "Qapla'")])
        assert announcer.wait_idle(30)
    (record,) = announcer.history
    assert record.error is None and record.voices[0].split("/")[-1] == "en"
    assert "no voice for language 'tlh'" in caplog.text


def test_muted_announcer_speaks_nothing(tmp_path, announcers, caplog):
    out = tmp_path / "out"
    announcer = announcers(output_dir=out, muted=True)
    with caplog.at_level(logging.INFO, logger="ui.speech"):
        assert announcer.announce([("en", EN)]) is False
    assert "muted, not announced: [en] The session resumes" in caplog.text
    # muting while announcements wait in the queue (the engine held busy meanwhile)
    announcer.muted = False
    with tts_engine.ENGINE_LOCK:
        assert announcer.announce([("en", EN)]) and announcer.announce([("zh", ZH)])
        announcer.muted = True
    assert announcer.wait_idle(30)
    assert [s.error for s in announcer.history if s.error != "stopped"] == []
    assert list(out.glob("*.wav")) == []


@pytest.mark.skipif(not LINUX, reason="aplay is the Linux player")
def test_stop_cuts_off_the_announcement_and_drops_the_queue(tmp_path, announcers, fake_aplay, monkeypatch):
    monkeypatch.setenv("FAKE_APLAY_S", "10")
    announcer = announcers()
    assert announcer.available
    for _ in range(3):
        assert announcer.announce([("en", EN)])
    deadline = time.monotonic() + 10
    while not fake_aplay.calls() and time.monotonic() < deadline:
        time.sleep(0.01)
    stopped_at = time.monotonic()
    announcer.stop()
    assert announcer.wait_idle(5)
    assert time.monotonic() - stopped_at < 1.0
    assert [s.error for s in announcer.history] == ["stopped"]
    assert len(fake_aplay.calls()) == 1
    monkeypatch.setenv("FAKE_APLAY_S", "0.1")
    assert announcer.announce([("en", EN)])  # and it speaks again afterwards
    assert announcer.wait_idle(30)
    assert [s.error for s in announcer.history] == ["stopped", None]


@pytest.mark.skipif(not LINUX, reason="aplay is the Linux player")
def test_live_announcements_are_played_one_after_the_other(announcers, fake_aplay):
    announcer = announcers()  # no output_dir: played
    assert announcer.available, announcer.problem
    assert announcer.announce([("zh", ZH), ("en", EN)], chime=sound.chime())
    assert announcer.announce([("en", EN)])
    assert announcer.wait_idle(30)
    first, second = announcer.history
    assert first.error is None and second.error is None
    assert first.ended - first.started >= 0.2  # the worker waited for the player
    assert first.ended <= second.started
    calls = fake_aplay.calls()
    assert len(calls) == 2 and all(call.startswith("-q ") for call in calls)
    played = fake_aplay.dir / "1.wav"
    zh = render_to_wav(ZH, "zh", fake_aplay.dir / "zh.wav")
    en = render_to_wav(EN, "en", fake_aplay.dir / "en.wav")
    assert duration(played) == pytest.approx(duration(sound.chime()) + duration(zh) + duration(en)
                                             + 2 * GAP_S, abs=0.05)
    assert rms(played) > SILENT_RMS


@pytest.mark.skipif(not LINUX, reason="aplay is the Linux player")
def test_without_aplay_the_announcer_says_why_and_still_renders(tmp_path, announcers, monkeypatch, caplog):
    monkeypatch.setenv("PATH", str(tmp_path))  # no aplay anywhere
    with caplog.at_level(logging.WARNING):
        announcer = announcers()
    assert not announcer.available
    assert "alsa-utils" in announcer.problem
    assert caplog.text.count("aplay not found") == 1
    assert announcer.announce([("en", EN)]) is False
    rendered = announcer.render(EN, "en", tmp_path / "test.wav").result(timeout=30)
    assert rms(rendered) > SILENT_RMS  # the console can still test the voice


@pytest.mark.parametrize("failure", [RuntimeError("could not initialize espeak"),
                                     OSError("libespeak-ng.so.1: cannot open shared object file")])
def test_without_a_speech_engine_nothing_raises(tmp_path, announcers, monkeypatch, failure):
    import pyttsx3

    def broken(*args, **kwargs):
        raise failure

    monkeypatch.setattr(pyttsx3, "init", broken)
    announcer = announcers()
    assert announcer.available is False
    assert announcer.problem.startswith("No speech engine") and type(failure).__name__ in announcer.problem
    if LINUX:
        assert "apt install espeak-ng" in announcer.problem
    assert announcer.announce([("en", EN)], chime=sound.chime()) is False
    with pytest.raises(SpeechError):
        announcer.render(EN, "en", tmp_path / "x.wav").result(timeout=5)
    with pytest.raises(SpeechError, match="No speech engine"):
        render_to_wav(EN, "en", tmp_path / "x.wav")


def test_without_pyttsx3_nothing_raises(announcers, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyttsx3", None)  # import pyttsx3 -> ImportError
    announcer = announcers()
    assert not announcer.available and "pip install pyttsx3" in announcer.problem
    assert announcer.announce([("zh", ZH)]) is False


@pytest.mark.skipif(not LINUX, reason="aplay is the Linux player")
def test_close_is_quick_even_while_speaking(announcers, fake_aplay, monkeypatch):
    monkeypatch.setenv("FAKE_APLAY_S", "10")
    announcer = announcers()
    for _ in range(4):
        assert announcer.announce([("en", EN)])
    time.sleep(0.3)
    start = time.monotonic()
    assert announcer.close(timeout=5)
    assert time.monotonic() - start < 1.5
    assert announcer.close()  # twice is fine
    assert announcer.available is False and announcer.problem == "Speech is closed"
    assert announcer.announce([("en", EN)]) is False
    assert len(fake_aplay.calls()) <= 1


def test_a_missing_or_broken_chime_costs_only_the_chime(tmp_path, announcers, caplog):
    broken = tmp_path / "broken.wav"
    broken.write_text("not a wav", encoding="utf-8")
    announcer = announcers(output_dir=tmp_path / "out")
    with caplog.at_level(logging.WARNING, logger="ui.speech"):
        assert announcer.announce([("en", EN)], chime=tmp_path / "missing.wav")
        assert announcer.announce([("en", EN)], chime=broken)
        assert announcer.wait_idle(30)
    assert [(s.error, s.chime) for s in announcer.history] == [(None, None), (None, None)]
    assert caplog.text.count("announcing without it") == 2


def test_nothing_to_say_is_not_queued_but_a_chime_alone_is(announcers, tmp_path):
    announcer = announcers(output_dir=tmp_path)
    assert announcer.announce([]) is False
    assert announcer.announce([("en", "   ")]) is False
    assert announcer.announce([], chime=sound.chime(sound.END))
    assert announcer.wait_idle(30)
    (record,) = announcer.history
    assert record.error is None and record.voices == ()
    assert read_wav(record.files[0]) == read_wav(sound.chime(sound.END))


# ------------------------------------------------------------------ chimes and the player

def load_generator():
    spec = importlib.util.spec_from_file_location("make_chimes", REPO / "packaging" / "make_chimes.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_chimes"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", CHIMES)
def test_chimes_are_soft_short_clean_wavs(name):
    path = sound.chime(name)
    assert path == REPO / "assets" / "sounds" / name
    assert path.stat().st_size < 200_000
    params, data = read_wav(path)
    assert params == (1, 2, 44100)
    assert 0.8 <= duration(path) <= 1.2
    assert rms(path) > 2000  # clearly audible (-24 dBFS or more)
    assert max(abs(x) for x in data) < 0.5 * 32767  # but soft: a chime must not outshout speech
    assert max(abs(x) for x in data[:5]) < 100 and max(abs(x) for x in data[-5:]) < 100  # faded: no click


def test_chime_files_are_what_the_generator_makes():
    generator = load_generator()
    for name in CHIMES:
        _, data = read_wav(sound.chime(name))
        made = generator.chime_samples(name)
        assert len(made) == len(data)
        assert max(abs(a - b) for a, b in zip(made, data, strict=True)) <= 1


@pytest.mark.skipif(not LINUX, reason="aplay is the Linux player")
def test_play_wav_blocks_until_played_and_can_be_cancelled(fake_aplay, monkeypatch):
    start = time.monotonic()
    assert sound.play_wav(sound.chime()) is True
    assert 0.2 <= time.monotonic() - start < 2
    monkeypatch.setenv("FAKE_APLAY_S", "10")
    cancel = threading.Event()
    threading.Timer(0.2, cancel.set).start()
    start = time.monotonic()
    assert sound.play_wav(sound.chime(), cancel=cancel) is False
    assert time.monotonic() - start < 1.5
    start = time.monotonic()
    assert sound.play_wav(sound.chime(), block=False, cancel=cancel) is True  # for the Qt thread
    assert time.monotonic() - start < 0.05
    for thread in threading.enumerate():  # not into the next test, with the PATH restored
        if thread.name == "runofshow-sound":
            thread.join(5)


@pytest.mark.skipif(not LINUX, reason="aplay is the Linux player")
def test_play_wav_failures_are_logged_once(fake_aplay, monkeypatch, tmp_path, caplog):
    monkeypatch.setenv("FAKE_APLAY_FAIL", "1")
    with caplog.at_level(logging.WARNING, logger="ui.sound"):
        assert [sound.play_wav(sound.chime()) for _ in range(3)] == [False] * 3
        monkeypatch.setenv("PATH", str(tmp_path))
        assert [sound.play_wav(sound.chime()) for _ in range(3)] == [False] * 3
        assert sound.play_wav(tmp_path / "nope.wav") is False
    assert caplog.text.count("audio open error") == 1
    assert caplog.text.count("aplay not found") == 1


@pytest.mark.skipif(not LINUX, reason="aplay is the Linux player")
def test_play_file_says_why_in_the_players_words(fake_aplay, monkeypatch, tmp_path):
    assert sound.play_file(sound.chime()) is None
    monkeypatch.setenv("FAKE_APLAY_FAIL", "1")
    assert sound.play_file(sound.chime()) == "aplay: audio open error"
    assert sound.play_file(tmp_path / "nope.wav") == "cannot play nope.wav: no such file"
    monkeypatch.setenv("FAKE_APLAY_S", "10")
    monkeypatch.delenv("FAKE_APLAY_FAIL")
    cancel = threading.Event()
    threading.Timer(0.2, cancel.set).start()
    assert sound.play_file(sound.chime(), cancel=cancel) == sound.STOPPED


def test_the_player_can_be_chosen_with_runofshow_player(tmp_path, monkeypatch):
    """A venue's own player (`paplay`, `aplay -D hw:1`), or one that works on a computer
    without a sound card, for a test: the WAV's path is added at the end."""
    script = tmp_path / "my player"
    script.write_text('#!/bin/sh\necho "$@" > "$(dirname "$0")/args.txt"\n', encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setenv(sound.PLAYER_VARIABLE, f"'{script}' --volume 80")
    assert sound.player_command() == [str(script), "--volume", "80"]
    assert sound.player_problem() is None
    assert sound.play_file(sound.chime()) is None
    assert (tmp_path / "args.txt").read_text().split() == ["--volume", "80", str(sound.chime())]
    monkeypatch.setenv(sound.PLAYER_VARIABLE, "no-such-player-anywhere")
    assert sound.player_problem() == "Cannot play sound: no-such-player-anywhere not found"
    assert sound.play_file(sound.chime()) == "Cannot play sound: no-such-player-anywhere not found"


def aplay_says() -> str | None:
    """What this computer's aplay says when asked to play the chime: None if it played,
    else its last line (ALSA's own lines come first)."""
    done = subprocess.run(["aplay", "-q", str(sound.chime())], capture_output=True, text=True,
                          timeout=30)
    return None if done.returncode == 0 else done.stderr.strip().splitlines()[-1]


@pytest.mark.skipif(not LINUX, reason="aplay is the Linux player")
def test_the_announcer_tells_when_its_player_fails_and_when_it_works_again(announcers, monkeypatch):
    """The real aplay, on a computer with no sound card (this one), fails to open the
    audio: the announcer says so in aplay's words, and each announcement's `done` says it
    was not heard. A player that works (RUNOFSHOW_PLAYER=true) makes it ready again."""
    monkeypatch.setattr(sound, "_said", set())
    monkeypatch.delenv(sound.PLAYER_VARIABLE, raising=False)
    verdict = aplay_says()
    done: list = []
    announcer = announcers()
    assert announcer.available and announcer.state == "ready" and announcer.last_error is None
    assert announcer.last_played is None
    assert announcer.announce([("en", EN)], chime=sound.chime(), done=done.append)
    assert announcer.wait_idle(30)
    (record,) = done
    assert record is announcer.history[-1]
    if verdict is None:  # a computer with a sound card: it played, and says so
        assert record.error is None and announcer.state == "ready"
    else:
        assert verdict.startswith("aplay: ") and "audio open error" in verdict
        assert record.error == f"no audio output — {verdict}"
        assert announcer.state == "no audio output" and announcer.last_error == verdict
        assert announcer.available  # it tries again at the next one: a card may come back
    monkeypatch.setenv(sound.PLAYER_VARIABLE, "true")
    assert announcer.announce([("zh", ZH)], done=done.append)
    assert announcer.wait_idle(30)
    assert done[-1].error is None
    assert announcer.state == "ready" and announcer.last_error is None
    assert abs(announcer.last_played - time.time()) < 5


@pytest.mark.skipif(not LINUX, reason="aplay is the Linux player")
def test_the_state_is_speaking_while_it_plays_and_done_comes_for_every_one(
        announcers, fake_aplay, monkeypatch):
    monkeypatch.setenv("FAKE_APLAY_S", "1.5")
    done: list = []
    announcer = announcers()
    assert announcer.announce([("en", EN)], done=done.append)
    deadline = time.monotonic() + 15
    while not fake_aplay.calls() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert announcer.state == "speaking"  # the player has it
    assert announcer.announce([("en", EN)], done=done.append)  # queued behind it...
    announcer.muted = True  # ...and muted before its turn: cut off, dropped, and said so
    assert announcer.wait_idle(30)
    assert [s.error for s in done] == ["stopped", "muted"]
    assert announcer.state == "ready" and len(announcer.history) == 1


def test_espeak_ng_is_installed():
    # the library is what pyttsx3 uses; the command is for the comparison above and for people
    assert shutil.which("espeak-ng"), "install espeak-ng (Debian: apt install espeak-ng alsa-utils)"


# ------------------------------------------------------------------ stress check, run by hand

def stress(count: int, folder: Path) -> int:
    """Render `count` parts back to back through render_to_wav, alternating Chinese and
    English and changing rate and volume every time, and compare each with espeak-ng's own
    command line at the same settings: complete (wav_is_complete), the right rate (duration
    within 1 % + 10 ms) and the right volume (RMS within 3 %). Prints the figures and
    returns the number of wrong renders. Not part of the suite (a few seconds per 100):
    `python -m tests.test_speech [COUNT]`."""
    import random

    rates, volumes = (100, 160, 250, 400), (1.0, 0.5, 0.25)
    texts = {"zh": (ZH, "cmn-latn-pinyin"), "en": (EN, "en")}
    choose = random.Random(2024)  # the same sequence every run
    references: dict[tuple[str, int, float], tuple[float, float]] = {}
    complete = right_rate = right_volume = 0
    wrong: list[str] = []
    took: list[float] = []
    retries: list[logging.LogRecord] = []  # render_part logs each empty WAV it renders again
    handler = logging.Handler(logging.INFO)
    handler.emit = retries.append
    logging.getLogger("ui.tts_engine").addHandler(handler)
    logging.getLogger("ui.tts_engine").setLevel(logging.INFO)
    rate, volume = rates[0], volumes[0]
    for n in range(count):
        language = ("zh", "en")[n % 2]
        rate = choose.choice([r for r in rates if r != rate])  # a change of rate every time
        volume = choose.choice([v for v in volumes if v != volume])  # and of volume
        text, cli_voice = texts[language]
        key = (language, rate, volume)
        if key not in references:
            reference = espeak_cli(text, cli_voice, folder / f"ref-{language}-{rate}-{volume}.wav",
                                   rate, volume)
            references[key] = (duration(reference), rms(reference))
        path = folder / f"{n:04d}.wav"
        start = time.perf_counter()
        try:
            render_to_wav(text, language, path, rate=rate, volume=volume)
        except SpeechError as exc:
            wrong.append(f"#{n} {key}: {exc}")
            continue
        finally:
            took.append(time.perf_counter() - start)
        if not wav_is_complete(path):
            wrong.append(f"#{n} {key}: incomplete ({path.stat().st_size if path.exists() else 0} bytes)")
            continue
        complete += 1
        want_s, want_rms = references[key]
        got_s, got_rms = duration(path), rms(path)
        rate_ok = abs(got_s - want_s) <= 0.01 * want_s + 0.01
        volume_ok = abs(got_rms / want_rms - 1) <= 0.03
        right_rate += rate_ok
        right_volume += volume_ok
        if not (rate_ok and volume_ok):
            wrong.append(f"#{n} {key}: {got_s:.2f} s (want {want_s:.2f}), RMS {got_rms:.0f} "
                         f"(want {want_rms:.0f})")
    took.sort()
    print(f"{count} renders: {complete} complete, {right_rate} at the right rate, "
          f"{right_volume} at the right volume, {count - len(wrong)} right in every way; "
          f"{len(retries)} rendered again; "
          f"render time median {1000 * took[len(took) // 2]:.0f} ms, max {1000 * took[-1]:.0f} ms")
    for line in wrong:
        print("  wrong:", line)
    return len(wrong)


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory(prefix="runofshow-stress-") as tmp:
        sys.exit(min(1, stress(int(sys.argv[1]) if len(sys.argv) > 1 else 120, Path(tmp))))


STDOUT_GONE = r"""
import os, sys, tempfile
from pathlib import Path
from ui.app import keep_stdout_writable
from ui.tts_engine import render_to_wav

keep_stdout_writable()
os.close(1)  # the terminal went away: every write to stdout now fails
path = render_to_wav("Stdout is gone, speech goes on.", "en", Path(tempfile.mkdtemp()) / "a.wav",
                     timeout=15)
sys.stderr.write(f"rendered {path.stat().st_size}\n")
"""


def test_speech_goes_on_when_stdout_cannot_be_written():
    """pyttsx3 prints a line for every part it renders; once stdout fails, the app drops
    that line instead of hanging the render."""
    done = subprocess.run([sys.executable, "-c", STDOUT_GONE], cwd=REPO, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stderr.split("rendered ")[-1]) > 44


def test_a_dropping_writer_passes_text_on_until_its_stream_fails():
    import io

    from ui.app import DroppingWriter

    target = io.StringIO()
    writer = DroppingWriter(target)
    assert writer.write("one\n") == 4 and target.getvalue() == "one\n"
    target.close()  # writing to it now raises ValueError
    assert writer.write("two\n") == 4  # dropped, not raised
    print("three", file=writer)  # print() through it does not raise either
    assert writer.writable()


def test_the_mandarin_voice_reads_characters_as_mandarin_not_as_english(voices):
    """espeak-ng's phonemes (-x) for a line of characters, with the voice we pick for
    Chinese: Mandarin all through, never switching to English to read them ("(en)")."""
    name = voice_for("zh", voices).split("/")[-1]
    phonemes = subprocess.run(["espeak-ng", "-q", "-x", "-v", name, "现在开始：开幕。会议将在五分钟后继续"],
                              capture_output=True, text=True, check=True).stdout
    assert phonemes.strip() and "(en)" not in phonemes, phonemes
