"""Hot standby (docs/venue.md, issue 17 part 2): the pure decisions, no network, no Qt.

- `Mirror` keeps a standby's place in the room's journal, `(epoch, seq)`: what arrives from
  the broker is applied once, in order; a duplicate is dropped; an entry past a gap waits
  (with the others after it) until the missing ones come, and meanwhile the mirror says it
  is incomplete; a larger epoch (a fresh start on the primary, or another standby that took
  over) begins a new copy.
- `room_decision` is what a room's publisher does with the room's retained status before
  it writes: publish, follow (a newer epoch took the room over) or refuse (another PC is
  live as this room).
- `copy_header` and `takeover_header` are the first lines of a standby's journal copy and
  of the journal it goes on with when it takes over.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from runofshow.journal import FORMAT, _fsync_dir, data_dir, journal_path, move_aside
from runofshow.loader import load_agenda
from runofshow.model import Agenda
from runofshow.retime import shift_to

MAX_WAITING = 10_000  # entries held past a gap; far more than a day's journal


class Verdict(StrEnum):
    APPLY = "apply"  # these entries, in order, go to the copy now
    DUPLICATE = "duplicate"  # had it already (a redelivery, the primary's republishing)
    STALE = "stale"  # of an older epoch than the one followed: another show
    GAP = "gap"  # past a gap: held until the missing entries arrive
    NEW_EPOCH = "new-epoch"  # a newer epoch: begin a new copy, then offer it again


@dataclass
class Mirror:
    """A standby's place in the room's journal: the epoch it copies and the last entry it
    has (`seq`); entries that arrived past a gap wait in `waiting`."""

    epoch: int | None = None  # None: nothing followed yet (the first epoch seen is taken)
    seq: int = 0
    waiting: dict[int, dict] = field(default_factory=dict)

    def offer(self, epoch: int, seq: int, entry: dict) -> tuple[Verdict, list[tuple[int, dict]]]:
        """What to do with an entry that arrived; with APPLY, the entries (seq, entry) to
        write now, in order (this one and any that waited for it). The mirror counts
        them as had: write them, or stop following (a copy that failed to write)."""
        if self.epoch is None:
            self.epoch = epoch
        if epoch < self.epoch:
            return Verdict.STALE, []
        if epoch > self.epoch:
            return Verdict.NEW_EPOCH, []
        if seq <= self.seq or seq in self.waiting:
            return Verdict.DUPLICATE, []
        if seq > self.seq + 1:
            if len(self.waiting) < MAX_WAITING:
                self.waiting[seq] = entry
            return Verdict.GAP, []
        ready = [(seq, entry)]
        self.seq = seq
        while self.seq + 1 in self.waiting:
            self.seq += 1
            ready.append((self.seq, self.waiting.pop(self.seq)))
        return Verdict.APPLY, ready

    def begin(self, epoch: int) -> None:
        """Follow `epoch` from its first entry (a new copy)."""
        self.epoch, self.seq, self.waiting = epoch, 0, {}

    def missing(self, known_seq: int = 0) -> int:
        """How many entries this copy lacks: those before the first waiting one, or up to
        `known_seq` (the room's state says it has that many)."""
        last = max([known_seq, *[seq - 1 for seq in self.waiting]])
        return max(0, last - self.seq)

    def complete(self, known_seq: int) -> bool:
        return not self.waiting and self.seq >= known_seq


class Decision(StrEnum):
    PUBLISH = "publish"
    FOLLOW = "follow"
    REFUSE = "refuse"


def room_decision(own_epoch: int, online: bool | None, epoch: int | None) -> Decision:
    """What a room's app does before it writes or publishes, given the room's retained
    status (`online` None: the broker has none). A larger epoch than its own took the
    room over: it follows, online or not. Another epoch that is online is a second
    primary for the room: it refuses (never two writers). Else the room is its own."""
    if online is None or epoch is None:
        return Decision.PUBLISH
    if epoch > own_epoch:
        return Decision.FOLLOW
    if online and epoch != own_epoch:
        return Decision.REFUSE
    return Decision.PUBLISH


def copy_header(agenda_source: str, epoch: int, event: str, room: str) -> dict:
    """The first line of a standby's journal copy: the primary's epoch, so the copy's
    epoch and sequence numbers are the primary's."""
    return {"journal": FORMAT, "agenda": agenda_source, "created": datetime.now().astimezone().isoformat(),
            "epoch": epoch, "follows": {"event": event, "room": room}}


def takeover_epoch(taken_epoch: int, now_ms: int) -> int:
    """A new epoch for a takeover: now in milliseconds (as a new journal's), but always
    larger than the epoch taken over, whatever the clocks say."""
    return max(now_ms, taken_epoch + 1)


def takeover_header(copy: dict, seq: int, now_ms: int) -> dict:
    """The header a standby's journal goes on with when it takes over after entry `seq`
    of the copy's epoch: a larger epoch, and which entry it took over from."""
    taken = copy["epoch"]
    header = {key: value for key, value in copy.items() if key != "follows"}
    header.update(created=datetime.now().astimezone().isoformat(), epoch=takeover_epoch(taken, now_ms),
                  takes_over={"epoch": taken, "seq": seq, **copy.get("follows", {})})
    return header


def start_copy(path: Path, header: dict) -> None:
    """A new journal copy with this header (the journal opens it as any other). An old
    copy at that path is moved aside, never deleted."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and path.stat().st_size:
        move_aside(path)
    _write_lines(path, [header])


def _write_lines(path: Path, lines: list[dict]) -> None:
    with open(path, "wb") as out:
        for line in lines:
            out.write((json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8"))
        out.flush()
        os.fsync(out.fileno())
    _fsync_dir(path.parent)


@dataclass(frozen=True)
class FollowOptions:
    """`--follow ROOM`: the room followed, the epoch its PC publishes (as last read from the
    broker) and the fingerprint of the agenda both run on (runofshow.venue.agenda_hash) as
    the standby starts (ui/venue_follower.py keeps it from then on)."""

    room: str
    epoch: int
    agenda_sha: str | None = None
    agenda_seq: int = 0  # the room's journal entries when its PC took up that agenda


def copy_path(agenda_source: str | Path, event: str, room: str, epoch: int, root: Path | None = None) -> Path:
    """Where a standby keeps its copy of a room's journal of one epoch (beside the agenda's
    own journals; a rehearsal's and a live show's epochs differ, so one copy each)."""
    return journal_path(agenda_source, f"follow-{event}-{room}-{epoch}", root)


def keep_room_agenda(event: str, room: str, name: str, text: str, root: Path | None = None) -> Path:
    """Write the agenda the room's PC runs on where this PC keeps it for following that room
    (written beside and renamed over: a standby that stops mid-write keeps the old text
    whole), and return its path."""
    folder = (root or data_dir()) / "follow" / f"{event}-{room}"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    beside = path.with_name(f".{name}.new")
    beside.write_text(text, encoding="utf-8")
    os.replace(beside, path)
    return path


def load_room_agenda(path: str | Path, first_day: date) -> Agenda:
    """The agenda kept for a room, on the date the room's first day runs on (another than
    the file's when the room's PC started with `--today`). AgendaError if it has problems."""
    return shift_to(load_agenda(path), first_day)  # the agenda itself when on that day already
