"""Build runofshow the way a venue PC installs it: `python packaging/build.py [--out DIR]`.

1. a fresh virtual environment in DIR (default build/venue-venv);
2. the dependencies from packaging/requirements.lock, installed with
   `pip install --require-hashes --no-deps`: `--no-deps` means pip resolves nothing at
   install time, so the environment holds exactly the versions in the lock (including every
   transitive dependency) and nothing newer that PyPI happens to serve today;
   `--require-hashes` means every downloaded file must match a hash recorded in the lock,
   so a re-uploaded or tampered file is refused instead of installed;
3. a wheel of this checkout (DIR/wheels), installed with `--no-deps` too;
4. `pip check` (the lock is complete: nothing installed lacks a dependency), then
   `python -m runofshow check` on the agenda bundled inside the installed wheel.

It prints where the runnable `runofshow` is, or exits non-zero saying which step failed.
The lock is refreshed with uv; README.md, section "Lock file", gives the command.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "packaging" / "requirements.lock"


class BuildError(Exception):
    pass


def run(step: str, cmd: list[str | Path], cwd: Path, capture: bool = False) -> str:
    print(f"== {step}: {' '.join(map(str, cmd))}", flush=True)
    # The venv's own packages only: no PYTHONPATH from the caller, and never the checkout
    # (cwd is kept out of the repository for anything that imports runofshow).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = subprocess.run(cmd, cwd=cwd, env=env, text=True,
                            stdout=subprocess.PIPE if capture else None)
    if result.returncode != 0:
        raise BuildError(f"{step} failed (exit {result.returncode})")
    return result.stdout.strip() if capture else ""


def build(out: Path) -> Path:
    if out.exists() and any(out.iterdir()) and not (out / "pyvenv.cfg").exists():
        raise BuildError(f"{out} exists and is not a virtual environment; choose another --out")
    run("fresh venv", [sys.executable, "-m", "venv", "--clear", out], cwd=ROOT)
    bin_dir = out / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    pip = [python, "-m", "pip", "--disable-pip-version-check"]

    run("locked dependencies", [*pip, "install", "--require-hashes", "--no-deps", "-r", LOCK], cwd=ROOT)
    wheels = out / "wheels"
    run("wheel", [*pip, "wheel", "--no-deps", ROOT, "-w", wheels], cwd=ROOT)
    built = sorted(wheels.glob("runofshow-*.whl"))
    if len(built) != 1:
        raise BuildError(f"expected one runofshow wheel in {wheels}, found {len(built)}")
    run("install wheel", [*pip, "install", "--no-deps", built[0]], cwd=out)
    run("pip check", [*pip, "check"], cwd=out)

    agenda = run("bundled agenda", [python, "-c",
                 "from runofshow.bundled import example_agenda; print(example_agenda())"],
                 cwd=out, capture=True)
    if not Path(agenda).resolve().is_relative_to(out.resolve()):
        raise BuildError(f"the installed package found its agenda outside the venv: {agenda}")
    run("smoke test", [python, "-m", "runofshow", "check", agenda], cwd=out)

    script = bin_dir / ("runofshow.exe" if os.name == "nt" else "runofshow")
    return script if script.exists() else python


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "venue-venv",
                        help="the virtual environment to create (default: build/venue-venv)")
    out = parser.parse_args(argv).out.absolute()
    try:
        runnable = build(out)
    except BuildError as error:
        print(f"build.py: {error}", file=sys.stderr)
        return 1
    how = runnable if runnable.name.startswith("runofshow") else f"{runnable} -m runofshow"
    print(f"\nVenue build ready in {out}\nRun the app with: {how}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
