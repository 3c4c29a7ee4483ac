"""Build the runofshow bundle a venue PC installs: `python packaging/build.py`.

1. a fresh virtual environment (build/bundle-venv), into which pip installs
   packaging/requirements.lock (the app's dependencies) and packaging/build-requirements.lock
   (PyInstaller and what it needs) with `--require-hashes --no-deps`: pip resolves nothing,
   so the venv holds exactly the locked versions and every file matches its recorded hash;
2. the translations: every assets/i18n/runofshow_<lang>.ts compiled by the venv's
   pyside6-lrelease to runofshow_<lang>.qm (none is fine);
3. the icon (packaging/linux/org.runofshow.RunOfShow.svg) rendered to PNG, .ico and .icns;
4. PyInstaller, with packaging/runofshow.spec, from that venv: dist/runofshow/runofshow
   (runofshow.exe on Windows), our code read from this checkout;
5. on Linux, the desktop files in dist/runofshow/share/ (the AppStream file validated when
   appstreamcli is installed);
6. `runofshow check` of the bundled agenda, run from the bundle; then the bundle's size
   (target under 200 MB) and the time the build took.

It exits non-zero saying which step failed. packaging/README.md has the details.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
LOCKS = (PACKAGING / "requirements.lock", PACKAGING / "build-requirements.lock")
SPEC = PACKAGING / "runofshow.spec"
APP_ID = "org.runofshow.RunOfShow"
TS_NAME = re.compile(r"runofshow_([A-Za-z]{2,3}(?:_[A-Za-z0-9]+)*)\.ts")
SIZE_TARGET_MB = 200
WINDOWS = sys.platform == "win32"


class BuildError(Exception):
    pass


def run(step: str, cmd: list[str | Path], cwd: Path = ROOT, capture: bool = False) -> str:
    print(f"== {step}: {' '.join(map(str, cmd))}", flush=True)
    # the venv's own packages only: no PYTHONPATH from the caller
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = subprocess.run(cmd, cwd=cwd, env=env, text=True,
                            stdout=subprocess.PIPE if capture else None)
    if result.returncode != 0:
        raise BuildError(f"{step} failed (exit {result.returncode})")
    return result.stdout.strip() if capture else ""


def venv_tool(venv: Path, name: str) -> Path:
    bin_dir = venv / ("Scripts" if WINDOWS else "bin")
    return bin_dir / (f"{name}.exe" if WINDOWS else name)


def make_venv(venv: Path) -> Path:
    if venv.exists() and any(venv.iterdir()) and not (venv / "pyvenv.cfg").exists():
        raise BuildError(f"{venv} exists and is not a virtual environment")
    run("fresh venv", [sys.executable, "-m", "venv", "--clear", venv])
    python = venv_tool(venv, "python")
    pip = [python, "-m", "pip", "--disable-pip-version-check"]
    requirements = [arg for lock in LOCKS for arg in ("-r", lock)]
    run("locked app and build tools", [*pip, "install", "--require-hashes", "--no-deps", *requirements])
    run("pip check", [*pip, "check"])
    return python


def compile_translations(ts_dir: Path, out: Path, lrelease: list[str | Path]) -> list[Path]:
    """Every ts_dir/runofshow_<lang>.ts to out/runofshow_<lang>.qm; none is fine. `out` is
    emptied first, so a .ts removed since the last build leaves no .qm behind."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    sources = sorted(ts_dir.glob("*.ts")) if ts_dir.is_dir() else []
    compiled = []
    for ts in sources:
        if not TS_NAME.fullmatch(ts.name):
            raise BuildError(f"{ts}: a translation is named runofshow_<lang>.ts (e.g. runofshow_zh_CN.ts)")
        qm = out / f"{ts.stem}.qm"
        run(f"translation {ts.name}", [*lrelease, ts, "-qm", qm])
        if not qm.is_file():
            raise BuildError(f"{ts}: pyside6-lrelease wrote no {qm.name}")
        compiled.append(qm)
    print(f"== translations: {len(compiled)} compiled ({', '.join(q.name for q in compiled) or 'none'})")
    return compiled


def install_desktop_files(icons: Path, bundle: Path) -> None:
    """The files a Linux desktop reads, laid out as under /usr/local/share, so installing is
    one copy (packaging/README.md)."""
    share = bundle / "share"
    shutil.rmtree(share, ignore_errors=True)
    shutil.copytree(icons / "hicolor", share / "icons" / "hicolor")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(PACKAGING / "linux" / f"{APP_ID}.svg", scalable)
    (share / "applications").mkdir()
    shutil.copy2(PACKAGING / "linux" / f"{APP_ID}.desktop", share / "applications")
    (share / "metainfo").mkdir()
    metainfo = share / "metainfo" / f"{APP_ID}.metainfo.xml"
    shutil.copy2(PACKAGING / "linux" / metainfo.name, metainfo)
    desktop = share / "applications" / f"{APP_ID}.desktop"
    for tool, step, cmd in (("appstreamcli", "AppStream metainfo", ["validate", "--no-net", metainfo]),
                            ("desktop-file-validate", "desktop entry", [desktop])):
        if shutil.which(tool):
            run(step, [tool, *cmd])
        else:
            print(f"== {step}: not validated ({tool} is not installed)")


def size_mb(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6


def build(venv: Path, work: Path, dist: Path) -> Path:
    python = make_venv(venv)
    qm_dir = work / "i18n"
    compile_translations(ROOT / "assets" / "i18n", qm_dir, [venv_tool(venv, "pyside6-lrelease")])
    icons = work / "icons"
    shutil.rmtree(icons, ignore_errors=True)
    run("icons", [python, PACKAGING / "icons.py", icons])
    run("PyInstaller", [python, "-m", "PyInstaller", SPEC, "--noconfirm", "--clean",
                        "--distpath", dist, "--workpath", work / "pyinstaller",
                        "--", "--qm-dir", qm_dir, "--icons", icons])
    bundle = dist / "runofshow"
    exe = bundle / ("runofshow.exe" if WINDOWS else "runofshow")
    if not exe.is_file():
        raise BuildError(f"PyInstaller made no {exe}")
    if sys.platform.startswith("linux"):
        install_desktop_files(icons, bundle)
    agenda = bundle / "_internal" / "runofshow" / "_bundled" / "agendas" / "wipo-ip-frontier-2024.yaml"
    run("smoke test", [exe, "check", agenda], cwd=work)
    return bundle


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--venv", type=Path, default=ROOT / "build" / "bundle-venv",
                        help="the build's virtual environment, made afresh (default: build/bundle-venv)")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="where the bundle goes, as DIST/runofshow (default: dist)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        bundle = build(args.venv.absolute(), ROOT / "build" / "bundle", args.dist.absolute())
    except BuildError as error:
        print(f"build.py: {error}", file=sys.stderr)
        return 1
    size = size_mb(bundle)
    verdict = "OK" if size < SIZE_TARGET_MB else f"over the {SIZE_TARGET_MB} MB target"
    print(f"\nBundle ready: {bundle}")
    print(f"Size unpacked: {size:.1f} MB ({verdict})")
    print(f"Build time: {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
