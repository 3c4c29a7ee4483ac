"""The size of the built bundle, dist/runofshow (`python packaging/build.py` makes it).

Nothing is built here: the figure is of the bundle as it stands, or says none is built.
Sizes are the files' bytes (symlinks not counted twice), in MB of 10^6 bytes.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.core import REPO, Result

BUNDLE = REPO / "dist" / "runofshow"
TARGET_MB = 200


def size_mb(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6


def run() -> list[Result]:
    name, target = "bundle size, unpacked (dist/runofshow)", f"< {TARGET_MB} MB"
    if not BUNDLE.is_dir():
        return [Result(name, "not built", target, None, "build it with `python packaging/build.py`")]
    size = size_mb(BUNDLE)
    internal = BUNDLE / "_internal"
    qt = size_mb(internal / "PySide6") if (internal / "PySide6").is_dir() else 0.0
    ours = size_mb(internal / "runofshow") if (internal / "runofshow").is_dir() else 0.0
    detail = f"PySide6 and Qt {qt:.1f} MB, our data (agendas, assets, translations) {ours:.1f} MB"
    return [Result(name, f"{size:.1f} MB", target, size < TARGET_MB, detail)]
