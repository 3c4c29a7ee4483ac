"""The journal: a show's actions on disk, one JSON line each, fsynced before they count.

A line is written, flushed and fsynced before the action is acknowledged, so whatever the
screen showed is on disk. Replaying the lines gives back the actions and the redo stack.
A crash can leave a torn last line: it is cut off on open (the action it held was never
acknowledged) and `recovered` says so. One journal per agenda and show date lives in the
user data folder; starting afresh moves the old journal aside, it is never deleted.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path

import platformdirs

from runofshow.actions import Action

FORMAT = 1
log = logging.getLogger(__name__)


class JournalError(Exception):
    """The journal cannot be used (damaged in the middle, or of another agenda)."""


@dataclass
class JournalState:
    """The actions in force and the redo stack, as the journal's entries leave them."""

    actions: list[Action] = field(default_factory=list)
    redo: list[Action] = field(default_factory=list)

    def apply(self, entry: dict) -> None:
        op = entry["op"]
        if op == "do":
            self.actions.append(action_from_json(entry))
            self.redo.clear()
        elif op == "undo":
            if self.actions:
                self.redo.append(self.actions.pop())
        elif op == "redo":
            if self.redo:
                self.actions.append(self.redo.pop())
        elif op == "reload":
            # the agenda was edited: these actions no longer apply (they stay in the file)
            dropped = entry["dropped"]
            if not isinstance(dropped, list) or len(set(dropped)) != len(dropped) or not all(
                    type(index) is int and 0 <= index < len(self.actions) for index in dropped):
                raise ValueError(f"a reload drops {str(dropped)[:80]}, not actions in force "
                                 f"(0 to {len(self.actions) - 1})")
            for index in sorted(dropped, reverse=True):
                del self.actions[index]
            self.redo.clear()
        else:
            raise JournalError(f"unknown journal entry {op!r}")


def data_dir() -> Path:
    override = os.environ.get("RUNOFSHOW_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir("runofshow", False))


def journal_path(agenda_source: str | Path, show: date | str, root: Path | None = None) -> Path:
    """Where the journal of this agenda's show on this date (or label) lives."""
    source = Path(agenda_source).resolve()
    digest = hashlib.sha1(str(source).encode()).hexdigest()[:8]
    label = show.isoformat() if isinstance(show, date) else str(show)
    return (root or data_dir()) / "journals" / f"{source.stem}-{digest}" / f"{label}.jsonl"


def cue_log_path(journal_file: Path) -> Path:
    """The show's cue log (runofshow.cues.CueLog), beside its journal: `<date>.jsonl` ->
    `<date>.cues.jsonl`. Here, not with the cue planner, so that opening a show need not
    import the planner before the chair's first frame."""
    return journal_file.with_suffix(".cues.jsonl")


def iso(epoch_s: int, zone: tzinfo) -> str:
    """A moment as the journal writes it: ISO 8601 with the offset of the agenda's zone, so
    a person reading the file sees the show's own wall-clock times."""
    return datetime.fromtimestamp(epoch_s, UTC).astimezone(zone).isoformat()


def epoch_of(text: str) -> int:
    return int(datetime.fromisoformat(text).timestamp())


def action_to_json(action: Action, zone: tzinfo = UTC) -> dict:
    entry = {"at": iso(action.at_s, zone), "do": str(action.kind)}
    if action.session is not None:
        entry["session"] = action.session
    if action.minutes is not None:
        entry["minutes"] = action.minutes
    return entry


def action_from_json(entry: dict) -> Action:
    return Action(epoch_of(entry["at"]), entry["do"], entry.get("session"), entry.get("minutes"))


class Journal:
    """One show's journal file, open for appending, and the state its entries leave."""

    def __init__(self, path: Path, agenda_source: str, zone: tzinfo = UTC):
        self.path = path
        self.agenda_source = agenda_source
        self.zone = zone  # the agenda's: times are written in it
        self.recovered = False  # a torn last line was cut off on open
        self.state = JournalState()
        self.header: dict = {}  # the first line: format, agenda, when it was created
        self.entries = 0  # entries on disk after the header: the last one's sequence number
        # called with (sequence number, entry) once an entry is on disk, on the writer's
        # thread: the venue publisher (ui/venue_publisher.py) sends it on from there
        self.listeners: list[Callable[[int, dict], None]] = []
        self._file = None

    @classmethod
    def open(cls, path: Path, agenda_source: str, zone: tzinfo = UTC) -> Journal:
        """Open (or create) a journal and replay it."""
        journal = cls(path, agenda_source, zone)
        journal._load()
        return journal

    def _load(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self.path.exists():
            data = self.path.read_bytes()
            good = self._replay(data)
            if good < len(data):
                self.recovered = True
                with open(self.path, "r+b") as f:
                    f.truncate(good)
                    f.flush()
                    os.fsync(f.fileno())
        self._file = _open_for_appending(self.path)
        if self._file.tell() == 0:
            self.header = {"journal": FORMAT, "agenda": self.agenda_source,
                           "created": datetime.now().astimezone().isoformat()}
            self._write(self.header)
            _fsync_dir(self.path.parent)

    def _replay(self, data: bytes) -> int:
        """Apply every complete line; return the length of the good prefix."""
        position, number = 0, 0
        while position < len(data):
            newline = data.find(b"\n", position)
            if newline < 0:
                break  # torn: the write never finished, the action was never acknowledged
            line = data[position:newline]
            number += 1
            try:
                entry = json.loads(line)
                if number == 1:
                    if not isinstance(entry, dict) or entry.get("journal") != FORMAT:
                        raise JournalError(f"{self.path}:1: not a runofshow journal")
                    self.header = entry
                else:
                    if not isinstance(entry, dict):
                        raise TypeError("an entry is a JSON object")
                    self.state.apply(entry)
                    self.entries = number - 1
            except (ValueError, KeyError, TypeError) as exc:
                if data.find(b"\n", newline + 1) < 0 and not data[newline + 1:].strip():
                    # a damaged final line: what a power cut leaves of a line being written
                    # (never fsynced, so never acknowledged); cut off like a torn one
                    break
                raise JournalError(f"{self.path}:{number}: damaged journal line ({exc}); "
                                   "the journal was edited or the disk is failing") from None
            position = newline + 1
        return position

    def _write(self, *entries: dict) -> None:
        """Append lines and fsync them once, or leave the file as it was and raise: a line
        that failed to reach the disk must not be replayed later as if it had been accepted."""
        lines = "".join(json.dumps(entry, ensure_ascii=False, separators=(",", ":")) + "\n"
                        for entry in entries)
        data = memoryview(lines.encode("utf-8"))
        start = self._file.tell()
        try:
            done = 0
            while done < len(data):  # unbuffered: a write may take part of it
                done += self._file.write(data[done:])
            os.fsync(self._file.fileno())
        except OSError:
            # nothing is held back in a buffer to go out with a later write: what reached
            # the file is cut off again
            with contextlib.suppress(OSError):
                self._file.truncate(start)
                os.fsync(self._file.fileno())
            raise

    def record(self, op: str, action: Action | None = None, at_s: int | None = None) -> None:
        """Write one entry to disk (fsynced), then apply it to the in-memory state."""
        entry = action_to_json(action, self.zone) if action is not None else {}
        entry = {"op": op, **entry}
        if at_s is not None and action is None:
            entry["at"] = iso(at_s, self.zone)
        self._write(entry)
        self.state.apply(entry)
        self._written(entry)

    def record_reload(self, agenda_source: str, dropped: list[int], at_s: int) -> None:
        """Write that the agenda was reloaded and which actions (0-based) it dropped."""
        entry = {"op": "reload", "at": iso(at_s, self.zone), "agenda": agenda_source,
                 "dropped": sorted(dropped)}
        self._write(entry)
        self.state.apply(entry)
        self._written(entry)

    def append(self, *entries: dict) -> None:
        """Entries as another PC's journal has them (a standby's copy, runofshow/standby.py):
        tried on the state first (JournalError if one cannot apply, nothing written), then
        written as they are (one fsync for them all: a standby catching up takes hundreds),
        applied and told to the listeners."""
        trial = JournalState(list(self.state.actions), list(self.state.redo))
        try:
            for entry in entries:
                trial.apply(entry)
        except (KeyError, TypeError, ValueError) as exc:
            raise JournalError(f"an entry that cannot apply: {exc!r:.200}") from None
        self._write(*entries)
        self.state = trial
        for entry in entries:
            self._written(entry)

    def replace_header(self, header: dict) -> None:
        """Go on with the same entries under a new first line (a standby taking over starts
        a new epoch): written beside, fsynced, then renamed over the journal, so a crash
        leaves the old file or the new one, whole."""
        lines = self.path.read_bytes().splitlines(keepends=True)[1:]
        self.close()
        beside = self.path.with_name(self.path.name + ".new")
        with open(beside, "wb") as out:
            out.write((json.dumps(header, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8"))
            out.writelines(lines)
            out.flush()
            os.fsync(out.fileno())
        os.replace(beside, self.path)
        _fsync_dir(self.path.parent)
        self.header = header
        self._file = _open_for_appending(self.path)

    def _written(self, entry: dict) -> None:
        self.entries += 1
        for listener in self.listeners:
            try:
                listener(self.entries, entry)
            except Exception:  # the entry is on disk and in force: a listener cannot undo that
                log.exception("a journal listener failed on entry %d", self.entries)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


def _open_for_appending(path: Path):
    """The journal file held open for the show's life, unbuffered: a line the disk
    refused must not wait in a buffer and reach the file with the next one."""
    return open(path, "ab", buffering=0)


def move_aside(path: Path) -> Path | None:
    """Rename a journal to `<name>.before-<time>.jsonl` so a new one can begin; the old
    one is kept whole (even a damaged one: it is the record of a show)."""
    if not path.exists():
        return None
    stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
    moved = path.with_name(f"{path.stem}.before-{stamp}.jsonl")
    path.rename(moved)
    return moved


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows cannot open a folder; its rename/create is durable enough
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
