"""The built bundle (dist/runofshow, made by `python packaging/build.py`) runs as a venue PC
runs it: its commands, its three windows, its speech, its bundled agenda, its desktop files.

Every test that needs the bundle is skipped, saying so, when none is built (the README's
test command does not build it; .ci/run builds it and runs this file after the suite).
The translation step of the build is tested here without a bundle.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import struct
import subprocess
import sys
import wave
from array import array
from pathlib import Path

import pytest

from tests.conftest import REPO

BUNDLE = REPO / "dist" / "runofshow"
EXE = BUNDLE / ("runofshow.exe" if sys.platform == "win32" else "runofshow")
BUNDLED = BUNDLE / "_internal" / "runofshow" / "_bundled"
AGENDA = BUNDLED / "agendas" / "wipo-ip-frontier-2024.yaml"
APP_ID = "org.runofshow.RunOfShow"
SILENT_RMS = 300  # as tests/test_speech.py: espeak-ng speech measures ~3000 on this scale

needs_bundle = pytest.mark.skipif(
    not EXE.is_file(), reason=f"no bundle at {BUNDLE}: build it with `python packaging/build.py`")


def load_build_script():
    """packaging/build.py by its path: packaging/ is no package (the name is PyPI's
    `packaging`, which the tests import too)."""
    spec = importlib.util.spec_from_file_location("runofshow_build", REPO / "packaging" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_bundle(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None,
               timeout: float = 60) -> subprocess.CompletedProcess:
    # from outside the checkout, so nothing from it can be imported by accident
    return subprocess.run([str(EXE), *args], capture_output=True, text=True, timeout=timeout,
                          cwd=cwd or BUNDLE.parent, env={**os.environ, **(env or {})})


def lrelease() -> list[str]:
    found = shutil.which("pyside6-lrelease")
    if found is None:
        pytest.fail("pyside6-lrelease is not on PATH (it comes with PySide6-Essentials)")
    return [found]


TINY_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Chair</name>
    <message>
        <source>Next session</source>
        <translation>Session suivante</translation>
    </message>
</context>
</TS>
"""


def test_the_build_compiles_every_translation_and_none_is_fine(tmp_path):
    build = load_build_script()
    sources, out = tmp_path / "i18n", tmp_path / "qm"
    assert build.compile_translations(sources, out, lrelease()) == []  # no folder at all
    sources.mkdir()
    assert build.compile_translations(sources, out, lrelease()) == []  # an empty folder
    (sources / "runofshow_fr.ts").write_text(TINY_TS, encoding="utf-8")
    (sources / "runofshow_zh_CN.ts").write_text(TINY_TS.replace("fr_FR", "zh_CN"), encoding="utf-8")
    compiled = build.compile_translations(sources, out, lrelease())
    assert [q.name for q in compiled] == ["runofshow_fr.qm", "runofshow_zh_CN.qm"]
    assert sorted(p.name for p in out.iterdir()) == ["runofshow_fr.qm", "runofshow_zh_CN.qm"]
    # a real .qm: Qt's magic number, and the translation inside it (UTF-16)
    data = (out / "runofshow_fr.qm").read_bytes()
    assert data.startswith(bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd"))
    assert "Session suivante".encode("utf-16-be") in data
    # a .ts removed since leaves no .qm behind
    (sources / "runofshow_zh_CN.ts").unlink()
    assert [q.name for q in build.compile_translations(sources, out, lrelease())] == ["runofshow_fr.qm"]
    assert [p.name for p in out.iterdir()] == ["runofshow_fr.qm"]


def test_a_badly_named_translation_stops_the_build_saying_which(tmp_path):
    build = load_build_script()
    (tmp_path / "french.ts").write_text(TINY_TS, encoding="utf-8")
    with pytest.raises(build.BuildError, match=r"french\.ts: a translation is named runofshow_<lang>\.ts"):
        build.compile_translations(tmp_path, tmp_path / "qm", lrelease())


@needs_bundle
def test_check_runs_from_the_bundle_on_its_bundled_agenda():
    result = run_bundle("check", str(AGENDA))
    assert result.returncode == 0, result.stderr
    assert "2 days, 23 sessions" in result.stdout


@needs_bundle
def test_plan_runs_from_the_bundle():
    result = run_bundle("plan", str(AGENDA), "--at", "2024-03-13T10:30", "--json")
    assert result.returncode == 0, result.stderr
    plan = json.loads(result.stdout)
    assert plan["at"] == "2024-03-13T10:30:00+01:00"  # the agenda's zone, from the bundled tzdata
    assert [day["date"] for day in plan["days"]] == ["2024-03-13", "2024-03-14"]
    assert len(plan["sessions"]) == 23


@needs_bundle
def test_a_bad_agenda_is_reported_by_the_bundle_with_its_place(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: Broken\ndays:\n  - date: 2024-13-40\n    sessions: []\n", encoding="utf-8")
    result = run_bundle("check", str(bad))
    assert result.returncode == 2
    assert f"{bad}:3:" in result.stderr


@needs_bundle
def test_the_app_opens_its_three_windows_on_the_bundled_agenda(tmp_path):
    """`runofshow` with no argument, offscreen: the chair, the console and the projector are
    on screen (ui/app.py prints their titles with RUNOFSHOW_PRINT_WINDOWS=1), and the show is
    the bundled WIPO agenda's (its rehearsal journal is written)."""
    env = {"QT_QPA_PLATFORM": "offscreen", "RUNOFSHOW_QUIT_AFTER_MS": "4000",
           "RUNOFSHOW_PRINT_WINDOWS": "1", "RUNOFSHOW_DATA_DIR": str(tmp_path / "data"),
           "RUNOFSHOW_CONFIG_DIR": str(tmp_path / "config")}
    result = run_bundle(env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    titles = [line.removeprefix("window: ") for line in result.stdout.splitlines()
              if line.startswith("window: ")]
    assert len(titles) == 3, result.stdout
    assert "runofshow — chair" in titles
    assert "runofshow · projector" in titles
    assert any(t.startswith("知识产权和前沿技术产权组织对话会") and "runofshow console" in t for t in titles)
    journals = list((tmp_path / "data").glob("journals/wipo-ip-frontier-2024-*/rehearsal-2024-03-13.jsonl"))
    assert len(journals) == 1


@needs_bundle
@pytest.mark.parametrize("language", ["zh", "ar"])
def test_the_bundle_speaks_the_interface_language_it_is_given(tmp_path, language):
    """`--lang`: the bundle's own compiled translations (.qm, built by packaging/build.py)
    title its windows; a checkout's .ts says what they must read."""
    from ui.i18n import translate_in

    env = {"QT_QPA_PLATFORM": "offscreen", "RUNOFSHOW_QUIT_AFTER_MS": "4000",
           "RUNOFSHOW_PRINT_WINDOWS": "1", "RUNOFSHOW_DATA_DIR": str(tmp_path / "data"),
           "RUNOFSHOW_CONFIG_DIR": str(tmp_path / "config")}
    result = run_bundle("--lang", language, env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    titles = [line.removeprefix("window: ") for line in result.stdout.splitlines()
              if line.startswith("window: ")]
    chair = translate_in(language, "ChairWindow", "runofshow — chair")
    projector = translate_in(language, "ProjectorWindow", "runofshow · projector")
    assert chair != "runofshow — chair" and chair in titles, titles
    assert projector in titles, titles


def rms(path: Path) -> float:
    with wave.open(str(path), "rb") as wav:
        assert (wav.getnchannels(), wav.getsampwidth()) == (1, 2)
        data = array("h", wav.readframes(wav.getnframes()))
    return (sum(x * x for x in data) / len(data)) ** 0.5 if data else 0.0


@needs_bundle
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="espeak-ng is Linux's engine")
def test_the_bundle_speaks_through_the_systems_espeak_ng(tmp_path):
    out = tmp_path / "phrase.wav"
    result = run_bundle("--speech-check", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 10_000
    assert rms(out) > SILENT_RMS
    # espeak-ng is the system's, not a copy in the bundle
    assert not [p for p in BUNDLE.rglob("*espeak*")]


@needs_bundle
def test_the_bundle_holds_what_the_app_uses_and_no_more():
    for name in ("sounds/attention.wav", "sounds/end.wav", "web/control.html"):
        assert (BUNDLED / "assets" / name).is_file(), name
    assert AGENDA.is_file()
    # every translation is there compiled, none as its source
    for ts in sorted((REPO / "assets" / "i18n").glob("runofshow_*.ts")):
        assert (BUNDLED / "assets" / "i18n" / f"{ts.stem}.qm").is_file(), ts.name
    assert not list(BUNDLED.rglob("*.ts"))
    names = {p.name for p in BUNDLE.rglob("*")}
    for unused in ("WebEngine", "Qml", "Quick", "libgtk-3"):
        assert not [n for n in names if unused in n], f"{unused} is in the bundle"


@needs_bundle
def test_the_bundle_is_under_200_mb():
    size = sum(f.stat().st_size for f in BUNDLE.rglob("*") if f.is_file() and not f.is_symlink())
    assert size < 200e6, f"{size / 1e6:.1f} MB"


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


@needs_bundle
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the desktop files are Linux's")
def test_the_linux_desktop_files_are_in_the_bundle_and_valid():
    share, icons = BUNDLE / "share", BUNDLE / "share" / "icons" / "hicolor"
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert png_size(icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png") == (size, size)
    assert (icons / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    desktop = (share / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f"Icon={APP_ID}\n" in desktop and "Exec=runofshow %f\n" in desktop
    metainfo = share / "metainfo" / f"{APP_ID}.metainfo.xml"
    if shutil.which("appstreamcli") is None:
        pytest.fail("appstreamcli is not installed (Debian: appstream; .ci/run installs it)")
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(metainfo)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
