"""Checked agendas kept between launches, so the app's first window need not wait for YAML.

Reading an agenda means importing PyYAML (~10 ms: its reader compiles a large regular
expression) and parsing and checking the file (~3 ms for the WIPO agenda): a tenth of the
app's start. A venue opens the same agenda launch after launch (rehearsals, the show, a
restart mid-show), so each agenda that loads without a problem is kept in the user's cache
folder, as JSON (runofshow/agenda_json.py), with a copy of the file's bytes. It is used
again only if:

- the file's bytes are exactly those (compared whole, not by a hash that could collide);
- the same code made it: every runofshow/*.py byte for byte, the same Python, the same
  PyYAML.

Anything else (no cache yet, a stale, corrupt or unreadable one, a huge file) reads the file
as `load_agenda` does, with its located errors. Deleting the folder only costs time.

A cache file: one line of JSON (the format, the code's fingerprint, the path, the file's
size), the file's bytes, then the agenda's JSON.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sys
import zlib
from importlib.util import find_spec
from pathlib import Path

import runofshow
from runofshow.agenda_json import agenda_from_plain, agenda_to_plain
from runofshow.model import Agenda

log = logging.getLogger(__name__)
FORMAT = 2  # 1 was a pickle
CACHE_ENV = "RUNOFSHOW_CACHE_DIR"
LARGEST_CACHED = 2 * 1_048_576  # bytes; agendas are tens of kB, the loader refuses 8 MiB


def cache_dir() -> Path:
    """`RUNOFSHOW_CACHE_DIR`; else `cache` in `RUNOFSHOW_DATA_DIR` when that is set (tests
    and benchmarks keep everything in one temporary folder); else the user's cache folder."""
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override)
    data = os.environ.get("RUNOFSHOW_DATA_DIR")
    if data:
        return Path(data) / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir("runofshow", False))


def code_fingerprint() -> str | None:
    """What a parsed agenda depends on besides its file: the core's code, Python, PyYAML.
    None when the code cannot be read as files (a frozen app, say): then nothing is
    cached, since nothing would tell an old agenda's code from the new."""
    crc = 0
    try:
        core = Path(runofshow.__file__).parent
        sources = sorted(name for name in os.listdir(core) if name.endswith(".py"))
        for name in sources:
            crc = zlib.crc32((core / name).read_bytes(), crc)
        yaml = find_spec("yaml")
        installed = os.stat(yaml.origin) if yaml is not None and yaml.origin else None
    except (OSError, TypeError, ValueError):
        return None
    if not sources:
        return None
    yaml_files = f"{installed.st_size}-{installed.st_mtime_ns}" if installed else "none"
    return f"{runofshow.__version__} {crc:08x} {sys.version} yaml {yaml_files}"


def load_agenda_cached(path: str | Path, folder: Path | None = None) -> Agenda:
    """The agenda in `path`, as `load_agenda` reads it (AgendaError and all), from the
    cache when it holds this very file."""
    path = Path(path)
    try:
        with open(path, "rb") as file:
            data = file.read(LARGEST_CACHED + 1)
    except OSError:
        data = None
    if data is None or len(data) > LARGEST_CACHED:
        from runofshow.loader import load_agenda

        return load_agenda(path)  # says what is wrong with the file, or reads a huge one
    code = code_fingerprint()
    resolved = str(path.resolve())
    where = (folder or cache_dir()) / f"{path.stem}-{zlib.crc32(resolved.encode()):08x}.agenda"
    # the path as given too: the agenda records it (`source`), as load_agenda would
    header = {"format": FORMAT, "code": code, "path": [str(path), resolved], "size": len(data)}
    agenda = _read(where, header, data) if code is not None else None
    if agenda is None:
        from runofshow.loader import load_agenda_bytes

        agenda = load_agenda_bytes(data, str(path))  # raises AgendaError: nothing is kept
        if code is not None:
            _write(where, header, data, agenda)
    return agenda


def _read(where: Path, header: dict, data: bytes) -> Agenda | None:
    try:
        with open(where, "rb") as file:
            if json.loads(file.readline()) != header or file.read(len(data)) != data:
                return None
            return agenda_from_plain(json.loads(file.read()))
    except FileNotFoundError:
        return None
    except Exception as exc:  # any broken cache (truncated, another format...) is only a miss
        log.info("agenda cache %s not used: %r", where, exc)
        return None


def _write(where: Path, header: dict, data: bytes, agenda: Agenda) -> None:
    """Atomically (a whole file or none), and never at the cost of opening the show."""
    partial = where.with_name(f"{where.name}.{os.getpid()}.tmp")
    try:
        plain = json.dumps(agenda_to_plain(agenda), ensure_ascii=False)
        where.parent.mkdir(parents=True, exist_ok=True)
        with open(partial, "wb") as file:
            file.write(json.dumps(header).encode() + b"\n")  # one line: no newline inside
            file.write(data)
            file.write(plain.encode("utf-8", "surrogatepass"))
        os.replace(partial, where)
    except (OSError, TypeError) as exc:  # TypeError: a value with no JSON form
        log.info("agenda cache %s not written: %s", where, exc)
        with contextlib.suppress(OSError):
            partial.unlink()
