"""One show, one writer: a second runofshow on the same show never writes its journal.

The key is the show's journal path (same agenda and same show date or rehearsal = same
show). The first instance takes a QLockFile next to the journal (`<journal>.lock`) and
listens on a local socket named from a hash of that path. The lock file records the
owner's pid, host and boot, so a later launch breaks it when its owner is dead (even
killed with SIGKILL, or the computer rebooted); it never goes stale by age alone.

A second instance that cannot take the lock asks the first, over the socket, to bring its
windows forward. When no answer comes (the owner is hung, or runs on another computer that
shares the folder), `refusal()` says who holds the show, for a dialog.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QLockFile, QObject, QTimer, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)
RAISE, OK = b"raise\n", b"ok\n"
UNREADABLE_LOCK_S = 10  # a lock file with no owner in it is broken once this old
LISTEN_GRACE_MS = 500  # an owner may hold the lock this long before it listens (starting)
RETRY_MS = 50


def lock_path(journal: Path) -> Path:
    return journal.with_name(journal.name + ".lock")


def server_name(journal: str | Path) -> str:
    """The local socket of a show: short, since a Unix socket path is at most ~104 bytes
    on macOS (the name lands in the temporary folder)."""
    key = os.path.normcase(str(Path(journal).resolve()))
    return "runofshow-" + hashlib.sha256(key.encode()).hexdigest()[:16]


class ShowLock(QObject):
    """The lock of one show. `acquire` it before opening the journal; keep the object for
    the show's life; `release` it after the journal is closed."""

    raise_requested = Signal()  # a second launch on this show asked for the windows

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.journal: Path | None = None
        self._lock: QLockFile | None = None
        self._server: QLocalServer | None = None

    @property
    def held(self) -> bool:
        return self._lock is not None and self._lock.isLocked()

    def acquire(self, journal: str | Path, listen: bool = True) -> bool:
        """Take the show of this journal. False: another live runofshow has it (then
        `ask_to_raise`, else show `refusal()`), or the lock file cannot be written.
        With `listen=False` a second launch is answered only from `listen()` on (the app
        opens its socket once its first window is up: QtNetwork's import can wait)."""
        journal = Path(journal).resolve()
        if self.held:
            if journal == self.journal:
                return True
            raise RuntimeError(f"this lock holds {self.journal}; release it first")
        journal.parent.mkdir(parents=True, exist_ok=True)
        self.journal = journal
        self._lock = QLockFile(str(lock_path(journal)))
        self._lock.setStaleLockTime(0)  # stale only when its owner is dead, never by age
        if not self._lock.tryLock(0) and not self._break_unreadable():
            return False
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        """Answer a second launch on this show (bring the windows forward)."""
        from PySide6.QtNetwork import QLocalServer

        if not self.held or self._server is not None:
            return
        name = server_name(self.journal)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        QLocalServer.removeServer(name)  # left by an owner that died: the show is ours now
        if not self._server.listen(name):  # the show is still ours: a second launch then
            # cannot bring these windows forward and says who holds the show instead
            log.warning("a second launch cannot reach this one (%s: %s)",
                        name, self._server.errorString())

    def _break_unreadable(self) -> bool:
        """A lock file that names no owner (cut short by a power failure) can never be
        found stale by its owner's death, so once it is a few seconds old (not being
        written right now) it is broken."""
        if (self._lock.error() != QLockFile.LockError.LockFailedError
                or self._lock.getLockInfo()[0]):
            return False
        try:
            age = time.time() - lock_path(self.journal).stat().st_mtime
        except OSError:
            return False
        if age < UNREADABLE_LOCK_S:
            return False
        log.warning("breaking the lock file %s: it names no owner", lock_path(self.journal))
        return self._lock.removeStaleLockFile() and self._lock.tryLock(0)

    def other_owner(self) -> str:
        """Who holds the show, e.g. "pid 4242 on host stage-pc"."""
        if self._lock is None:
            return self.tr("no one")
        pid, host, _app = self._lock.getLockInfo()
        if not pid:
            return self.tr("a process that left no name")
        return self.tr("pid {pid} on host {host}").format(pid=pid, host=host)

    def refusal(self) -> str:
        """Why this launch cannot open the show, in words for a dialog."""
        if self._lock is not None and self._lock.error() != QLockFile.LockError.LockFailedError:
            return self.tr("This show ({journal}) cannot be locked: runofshow cannot write {lock} "
                           "({error}). Check that folder's permissions.").format(
                journal=self.journal, lock=lock_path(self.journal), error=self._lock.error().name)
        return self.tr("This show ({journal}) is already open in another runofshow ({owner}). "
                       "Close it there first.").format(journal=self.journal, owner=self.other_owner())

    def ask_to_raise(self, timeout_ms: int = 1000) -> bool:
        """Ask the instance that holds the show to bring its windows forward. True once it
        answered; False when nothing answers within `timeout_ms`. An owner with no socket
        yet may be starting (it listens once its first window is up): it is asked again
        for up to LISTEN_GRACE_MS before the answer is no."""
        from PySide6.QtNetwork import QLocalSocket

        if self.journal is None:
            return False
        socket, loop, timer = QLocalSocket(), QEventLoop(), QTimer(singleShot=True)
        received, outcome = bytearray(), []
        began = time.monotonic()
        name = server_name(self.journal)

        def finish(ok: bool) -> None:
            if not outcome:
                outcome.append(ok)
                loop.quit()

        def read() -> None:
            received.extend(socket.readAll().data())
            if received.startswith(OK):
                finish(True)

        def failed(error) -> None:
            waited_ms = (time.monotonic() - began) * 1000
            no_server = error in (QLocalSocket.LocalSocketError.ServerNotFoundError,
                                  QLocalSocket.LocalSocketError.ConnectionRefusedError)
            if no_server and waited_ms + RETRY_MS < min(timeout_ms, LISTEN_GRACE_MS):
                QTimer.singleShot(RETRY_MS, loop, lambda: socket.connectToServer(name))
            else:
                finish(False)

        socket.connected.connect(lambda: socket.write(RAISE))
        socket.readyRead.connect(read)
        socket.errorOccurred.connect(failed)
        timer.timeout.connect(lambda: finish(False))
        timer.start(timeout_ms)
        socket.connectToServer(name)  # may fail at once (no server)
        if not outcome:
            loop.exec()
        timer.stop()
        socket.abort()
        return outcome[0]

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        if self.held:
            self._lock.unlock()

    # -- the first instance answers -------------------------------------------------------
    def _accept(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda socket=socket: self._serve(socket))
            socket.disconnected.connect(socket.deleteLater)

    def _serve(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return  # the rest of the request is on its way
        if socket.readLine().data() == RAISE:
            socket.write(OK)
            socket.flush()
            self.raise_requested.emit()
        socket.disconnectFromServer()
