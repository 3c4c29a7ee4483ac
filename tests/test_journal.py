"""The journal on disk: written before acknowledged, replayed exactly, torn lines survived."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from runofshow.actions import ActionError
from runofshow.clock import SimulatedClock
from runofshow.journal import Journal, JournalError, data_dir, journal_path
from runofshow.loader import load_agenda
from runofshow.show import Show
from tests.conftest import REPO, WIPO, zurich, zurich_s


@pytest.fixture
def agenda():
    return load_agenda(WIPO)


def Clock(start_s: int) -> SimulatedClock:
    """A clock that stands still until jumped."""
    return SimulatedClock(start_s, speed=0.0)


def open_show(agenda, path, clock):
    return Show(agenda, Journal.open(path, agenda.source, agenda.timezone), clock)


def test_journal_lives_in_the_user_data_folder_per_agenda_and_date(tmp_path):
    path = journal_path(WIPO, zurich(13, "10:00").date())
    assert path.is_relative_to(data_dir())
    assert path.name == "2024-03-13.jsonl"
    assert path.parent.name.startswith("wipo-ip-frontier-2024-")
    assert journal_path(WIPO, "rehearsal") != path
    assert journal_path(tmp_path / "other.yaml", "2024-03-13").parent != path.parent


def test_a_journal_folder_is_named_by_a_sha_1_hash_of_the_agenda_path_as_it_always_was(tmp_path):
    """The name is how a reopened show finds its journal: it must never change."""
    import hashlib

    agenda_file = tmp_path / "sub" / "..." / "Agenda 2024.yaml"
    expected = hashlib.sha1(str(agenda_file.resolve()).encode()).hexdigest()[:8]
    path = journal_path(agenda_file, "2024-03-13", root=tmp_path)
    assert path == tmp_path / "journals" / f"Agenda 2024-{expected}" / "2024-03-13.jsonl"


def test_every_action_is_on_disk_and_fsynced_before_it_is_acknowledged(agenda, tmp_path,
                                                                       monkeypatch):
    path = tmp_path / "show.jsonl"
    clock = Clock(zurich_s(13, "10:00"))
    show = open_show(agenda, path, clock)
    synced: list[int] = []
    real_fsync = os.fsync

    def spy_fsync(fd):
        synced.append(path.read_text(encoding="utf-8").count("\n"))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", spy_fsync)
    show.do("start", "d1-opening")
    # the line was complete on disk when fsync ran, before do() returned
    assert synced == [2]
    lines = path.read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[-1]) == {"op": "do", "at": "2024-03-13T10:00:00+01:00",
                                     "do": "start", "session": "d1-opening"}


def test_a_refused_action_writes_nothing(agenda, tmp_path):
    path = tmp_path / "show.jsonl"
    show = open_show(agenda, path, Clock(zurich_s(13, "10:00")))
    before = path.read_bytes()
    with pytest.raises(ActionError):
        show.do("next")
    assert path.read_bytes() == before and show.actions == []


def test_a_failing_disk_leaves_the_show_and_the_file_unchanged(agenda, tmp_path, monkeypatch):
    path = tmp_path / "show.jsonl"
    clock = Clock(zurich_s(13, "10:00"))
    show = open_show(agenda, path, clock)
    before = path.read_bytes()
    real_fsync = os.fsync
    failing = [True]

    def broken_fsync(fd):
        if failing[0]:
            failing[0] = False  # the write fails; the clean-up after it gets through
            raise OSError(5, "Input/output error")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError):
        show.do("start", "d1-opening")
    assert show.actions == [] and show.live_id is None
    # the line that never reached the disk is not left behind to be replayed later
    assert path.read_bytes() == before
    show.do("skip", "d1-opening")  # the show goes on, consistent with its file
    show.close()
    assert [a.kind for a in open_show(agenda, path, clock).actions] == ["skip"]


def test_reopening_stands_exactly_where_it_stood(agenda, tmp_path):
    path = tmp_path / "show.jsonl"
    clock = Clock(zurich_s(13, "10:01"))
    show = open_show(agenda, path, clock)
    show.do("start", "d1-opening")
    clock.jump_to(zurich_s(13, "10:12"))
    show.do("next")
    show.do("extend", minutes=5)
    show.do("skip", "d1-fireside")
    show.undo()
    clock.jump_to(zurich_s(13, "10:30"))
    expected = show.projection()
    show.close()
    again = open_show(agenda, path, clock)
    assert again.projection() == expected
    assert again.can_redo and again.redo().kind == "skip"
    assert again.live_id == "d1-panel-1"


def test_torn_last_line_is_recovered_from(agenda, tmp_path):
    path = tmp_path / "show.jsonl"
    clock = Clock(zurich_s(13, "10:00"))
    show = open_show(agenda, path, clock)
    show.do("start", "d1-opening")
    show.close()
    with open(path, "ab") as f:  # a crash in the middle of writing the next line
        f.write(b'{"op":"do","at":"2024-03-13T10:1')
    journal = Journal.open(path, agenda.source)
    assert journal.recovered
    assert [a.kind for a in journal.state.actions] == ["start"]
    assert path.read_bytes().endswith(b"}\n")  # the torn bytes are gone from the file
    show = Show(agenda, journal, clock)
    clock.jump_to(zurich_s(13, "10:11"))
    show.do("next")  # and the journal goes on cleanly
    show.close()
    assert [a.kind for a in Journal.open(path, agenda.source).state.actions] == ["start", "next"]


def test_damage_in_the_middle_is_a_clear_error_not_a_silent_loss(agenda, tmp_path):
    path = tmp_path / "show.jsonl"
    show = open_show(agenda, path, Clock(zurich_s(13, "10:00")))
    show.do("start", "d1-opening")
    show.do("extend", minutes=1)
    show.close()
    lines = path.read_bytes().split(b"\n")
    lines[1] = b"garbage"
    path.write_bytes(b"\n".join(lines))
    with pytest.raises(JournalError, match=r"show.jsonl:2: damaged journal line"):
        Journal.open(path, agenda.source)


def test_clock_stepping_back_keeps_actions_in_time_order(agenda, tmp_path):
    clock = Clock(zurich_s(13, "10:05"))
    show = open_show(agenda, tmp_path / "show.jsonl", clock)
    show.do("start", "d1-opening")
    clock.jump_to(zurich_s(13, "10:03"))  # an NTP correction
    action = show.do("extend", minutes=1)
    assert action.at_s == zurich_s(13, "10:05")


def test_chairs_next_key_starts_the_due_session_when_nothing_is_live(agenda, tmp_path):
    clock = Clock(zurich_s(13, "09:58"))
    show = open_show(agenda, tmp_path / "show.jsonl", clock)
    assert show.next_action() == ("start", "d1-opening")
    show.do(*show.next_action())
    assert show.next_action() == ("next", None)


REFUSED_WRITE = """
import json, os, resource, signal, sys
from pathlib import Path
from runofshow.actions import Action
from runofshow.journal import Journal
from tests.conftest import zurich_s
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
path, source = Path(sys.argv[1]), sys.argv[2]
journal = Journal.open(path, source)
journal.record("do", Action(zurich_s(13, "10:00"), "start", "d1-opening"))
soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
resource.setrlimit(resource.RLIMIT_FSIZE, (path.stat().st_size + 20, hard))  # the disk is full
try:
    journal.record("do", Action(zurich_s(13, "10:05"), "extend", None, 30))
    refused = None
except OSError as exc:
    refused = exc.errno
resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))  # space is freed
journal.record("do", Action(zurich_s(13, "10:10"), "skip", "d1-fireside"))
journal.close()
print(json.dumps({"refused": refused, "in_force": [a.kind for a in journal.state.actions]}))
"""


def test_a_write_the_kernel_refuses_never_reaches_the_file_later(agenda, tmp_path):
    """A real refusal (a file size limit: the same failing write(2) as a full disk), in a
    process of its own: the refused line, part written, must not go out with the next."""
    pytest.importorskip("resource")
    path = tmp_path / "show.jsonl"
    done = subprocess.run([sys.executable, "-c", REFUSED_WRITE, str(path), str(agenda.source)],
                          cwd=REPO, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    assert seen["refused"] is not None and seen["in_force"] == ["start", "skip"]
    assert [a.kind for a in Journal.open(path, agenda.source).state.actions] == ["start", "skip"]


def reload_dropping(*dropped) -> dict:
    return {"op": "reload", "at": "2024-03-13T10:05:00+01:00", "agenda": "x", "dropped": list(dropped)}


@pytest.mark.parametrize(("header", "entry", "where"), [
    (b"[1]", None, ":1: not a runofshow journal"),
    (None, reload_dropping(3), ":3: damaged"),
    (None, reload_dropping(-1), ":3: damaged"),
    (None, reload_dropping(0, 0), ":3: damaged"),
    (None, ["op", "do"], ":3: damaged"),
])
def test_a_journal_of_the_wrong_shape_is_a_located_error(agenda, tmp_path, header, entry, where):
    """Valid JSON in the wrong shape (an edited or foreign file) is refused with its line,
    never a crash of the app (IndexError, AttributeError) nor a silent drop (index -1)."""
    path = tmp_path / "show.jsonl"
    show = open_show(agenda, path, Clock(zurich_s(13, "10:00")))
    show.do("start", "d1-opening")
    show.close()
    lines = path.read_bytes().splitlines(keepends=True)
    if header is not None:
        lines[0] = header + b"\n"
    lines.append(json.dumps(entry or reload_dropping()).encode() + b"\n")
    lines.append(lines[1])  # a line after it: the damage is not the last line's
    path.write_bytes(b"".join(lines))
    with pytest.raises(JournalError, match=where):
        Journal.open(path, agenda.source)
