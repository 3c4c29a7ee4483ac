"""One show, one writer: the journal's lock, and a second launch bringing the first forward."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import QSysInfo
from PySide6.QtNetwork import QLocalServer

from tests.conftest import REPO
from ui.single_instance import ShowLock, lock_path, server_name

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses POSIX signals")

# Holds a show's lock in another process: "serve" as the app does (and says "raised" when
# asked), or "silent": takes the lock file and never listens, like a hung instance.
HOLDER = r"""
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QLockFile
from ui.single_instance import ShowLock, lock_path

app = QCoreApplication([])
journal, mode = Path(sys.argv[1]), sys.argv[2]
if mode == "serve":
    lock = ShowLock()
    assert lock.acquire(journal)
    lock.raise_requested.connect(lambda: print("raised", flush=True))
    print("ready", flush=True)
    app.exec()
else:
    journal.parent.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(lock_path(journal.resolve())))
    lock.setStaleLockTime(0)
    assert lock.tryLock(0)
    print("ready", flush=True)
    time.sleep(600)
"""


@pytest.fixture
def locks():
    made: list[ShowLock] = []

    def make() -> ShowLock:
        made.append(ShowLock())
        return made[-1]

    yield make
    for lock in made:
        lock.release()


@pytest.fixture
def holder(tmp_path):
    """Start a process that holds the lock of a journal; it is killed at the end."""
    script = tmp_path / "holder.py"
    script.write_text(HOLDER, encoding="utf-8")
    started: list[subprocess.Popen] = []
    names: list[str] = []

    def start(journal, mode: str = "serve") -> subprocess.Popen:
        names.append(server_name(journal))
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        process = subprocess.Popen([sys.executable, str(script), str(journal), mode],
                                   stdout=subprocess.PIPE, text=True, cwd=REPO, env=env)
        started.append(process)
        assert process.stdout.readline().strip() == "ready"
        return process

    yield start
    for process in started:
        if process.poll() is None:
            process.send_signal(signal.SIGCONT)
            process.kill()
        process.wait()
    for name in names:  # a killed holder leaves its socket file behind
        QLocalServer.removeServer(name)


def journal_in(tmp_path, name="2024-03-13"):
    return tmp_path / "journals" / "wipo-1234abcd" / f"{name}.jsonl"


def test_the_lock_file_lies_next_to_the_journal(tmp_path, qapp, locks):
    journal = journal_in(tmp_path)
    lock = locks()
    assert lock.acquire(journal)
    assert lock.held
    assert lock_path(journal.resolve()).exists()
    assert lock_path(journal) == journal.with_name("2024-03-13.jsonl.lock")
    assert lock.acquire(journal)  # again: still ours
    lock.release()
    assert not lock_path(journal).exists()
    lock.release()  # twice is fine


def test_a_second_lock_on_the_same_show_fails_and_raises_the_first(tmp_path, qtbot, locks):
    journal = journal_in(tmp_path)
    first, second = locks(), locks()
    assert first.acquire(journal)
    assert not second.acquire(journal)
    assert not second.held
    with qtbot.waitSignal(first.raise_requested, timeout=3000):
        assert second.ask_to_raise()
    message = second.refusal()
    assert str(journal.resolve()) in message
    assert f"pid {os.getpid()} on host {QSysInfo.machineHostName()}" in message
    assert message.endswith("Close it there first.")


def test_the_show_is_free_again_once_released(tmp_path, qapp, locks):
    journal = journal_in(tmp_path)
    first, second = locks(), locks()
    assert first.acquire(journal)
    first.release()
    assert not first.held
    assert second.acquire(journal)


def test_different_shows_do_not_conflict(tmp_path, qapp, locks):
    day1, day2, rehearsal = (journal_in(tmp_path, n) for n in
                             ("2024-03-13", "2024-03-14", "rehearsal-2024-03-13"))
    assert all(locks().acquire(journal) for journal in (day1, day2, rehearsal))
    assert len({server_name(j) for j in (day1, day2, rehearsal)}) == 3
    assert len(server_name(day1)) <= 30  # macOS socket paths are short


def test_a_lock_file_that_names_no_owner_is_broken_once_old(tmp_path, qapp, locks):
    journal = journal_in(tmp_path)
    journal.parent.mkdir(parents=True)
    lock_path(journal).write_bytes(b"")  # a power cut right after the lock file was made
    assert not locks().acquire(journal)  # new: maybe being written this very moment
    old = time.time() - 60
    os.utime(lock_path(journal), (old, old))
    assert locks().acquire(journal)


def test_another_process_holding_the_show_is_asked_to_come_forward(tmp_path, qapp, locks,
                                                                      holder):
    journal = journal_in(tmp_path)
    process = holder(journal)
    lock = locks()
    assert not lock.acquire(journal)
    assert f"pid {process.pid} " in lock.other_owner()
    assert lock.ask_to_raise(timeout_ms=3000)
    assert process.stdout.readline().strip() == "raised"


def test_a_killed_owner_does_not_block_the_next_launch(tmp_path, qtbot, locks, holder):
    journal = journal_in(tmp_path)
    process = holder(journal)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert lock_path(journal).exists()  # left behind by the dead owner
    lock = locks()
    assert lock.acquire(journal)  # its pid is dead: the stale lock is broken
    later = locks()  # and the new owner answers a launch after it (the old socket is gone)
    assert not later.acquire(journal)
    with qtbot.waitSignal(lock.raise_requested, timeout=3000):
        assert later.ask_to_raise()


def test_an_owner_that_never_listens_is_named_quickly(tmp_path, qapp, locks, holder):
    journal = journal_in(tmp_path)
    process = holder(journal, "silent")
    lock = locks()
    assert not lock.acquire(journal)
    began = time.monotonic()
    assert not lock.ask_to_raise(timeout_ms=5000)
    assert time.monotonic() - began < 1.0  # no server: no waiting for the timeout
    assert lock.refusal() == (f"This show ({journal.resolve()}) is already open in another "
                              f"runofshow (pid {process.pid} on host "
                              f"{QSysInfo.machineHostName()}). Close it there first.")


def test_a_hung_owner_times_out(tmp_path, qapp, locks, holder):
    journal = journal_in(tmp_path)
    process = holder(journal)
    process.send_signal(signal.SIGSTOP)  # alive, listening, but answers nothing
    lock = locks()
    assert not lock.acquire(journal)  # a stopped process is not a dead one
    began = time.monotonic()
    assert not lock.ask_to_raise(timeout_ms=300)
    assert time.monotonic() - began < 2.0
    assert f"pid {process.pid} " in lock.refusal()


def test_an_owner_that_starts_listening_shortly_is_still_reached(tmp_path, qtbot, locks):
    """The app takes the lock first and opens its socket once its first window is up: a
    second launch in between waits for it instead of calling the show taken."""
    from PySide6.QtCore import QTimer

    journal = journal_in(tmp_path)
    first, second = locks(), locks()
    assert first.acquire(journal, listen=False)
    assert not second.acquire(journal)
    QTimer.singleShot(200, first.listen)
    with qtbot.waitSignal(first.raise_requested, timeout=3000):
        assert second.ask_to_raise(timeout_ms=3000)


def test_an_owner_that_never_listens_is_not_waited_for_long(tmp_path, qapp, locks):
    journal = journal_in(tmp_path)
    first, second = locks(), locks()
    assert first.acquire(journal, listen=False)
    assert not second.acquire(journal)
    began = time.monotonic()
    assert not second.ask_to_raise(timeout_ms=5000)
    assert 0.4 <= time.monotonic() - began < 1.5  # the grace for a starting owner, no more
