"""A server on a thread of its own with an asyncio loop: the remote server (ui/server.py)
and the OSC server (ui/osc.py) alike. The countdown never waits for the network.

`start(host, port)` returns at once; `changed` (on the Qt thread) says the server started,
failed or stopped: `address` is what it listens on, `error` why it does not (both set on
the Qt thread only, so a reader there sees them change together with `changed`).
A subclass says how to open (`_open`) and close (`_close`) its listener on the loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import logging
import threading

from PySide6.QtCore import QObject, Qt, Signal

from ui.heap import forget_module_sources

log = logging.getLogger(__name__)
DEFAULT_HOST = "127.0.0.1"
STOP_WAIT_S = 3.0


def in_words(exc: OSError, host: str, port: int) -> str:
    """Why a server could not listen, for the technician."""
    if exc.errno == errno.EADDRINUSE:
        return f"port {port} is taken by another program on {host}: choose another port"
    if exc.errno == errno.EADDRNOTAVAIL:
        return f"{host} is not an address of this computer"
    if exc.errno == errno.EACCES:
        return f"this user may not listen on port {port}: choose a port above 1023"
    return f"cannot listen on {host}:{port}: {exc.strerror or exc}"


def format_address(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


async def _cancelled(tasks: set[asyncio.Task]) -> None:
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


class ServerThread(QObject):
    """The thread, its loop, and what the console shows of them. Subclasses set `name`
    (in the technician's words: "the server", "OSC") and `thread_name`."""

    changed = Signal()
    _report = Signal(object)  # (address, error) from the server's thread
    name = "the server"
    thread_name = "runofshow-server"

    def __init__(self):
        super().__init__()
        self.host: str | None = None
        self.port: int | None = None
        self.address: str | None = None  # "127.0.0.1:4001" while listening
        self.bound: tuple[str, int] | None = None  # (host, port) it listens on: port 0 was any
        self.error: str | None = None
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping = threading.Event()
        self._started = threading.Event()
        self._report.connect(self._reported, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive() and not self._stopping.is_set()

    def start(self, host: str, port: int) -> None:
        """Listen on host:port from a thread of its own; returns at once (`changed` tells
        how it went). A server already running is stopped first."""
        previous = self._thread
        if previous is not None:
            self.stop()
        self.host, self.port, self.address, self.error, self.bound = host, port, None, None, None
        self._starting()
        # each thread has its own events: a restart's new ones are not the old thread's
        self._stopping, self._started = threading.Event(), threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(host, port, previous, self._stopping, self._started),
            name=self.thread_name, daemon=True)
        self._thread.start()

    def stop(self, wait: bool = False) -> None:
        """Stop listening and close every client; `wait` until the port is free."""
        thread = self._thread
        if thread is None:
            return
        # once: a second loop.stop() queued behind the first would land in the clean-up
        # that follows run_forever() and cut it short ("Event loop stopped before Future
        # completed"), as a switch turned off and then the app closing did
        already = self._stopping.is_set()
        self._stopping.set()
        loop = self._loop
        if loop is not None and not already:
            with contextlib.suppress(RuntimeError):  # already closed
                loop.call_soon_threadsafe(loop.stop)
        self._stopped()
        if wait:
            thread.join(STOP_WAIT_S)

    def wait_started(self, timeout: float = 10.0) -> bool:
        """Block until the server listens (True) or failed (False); for tests. `bound` is
        set then; `address` and `error` once the Qt thread has taken the report."""
        return self._started.wait(timeout) and self.bound is not None

    def _reported(self, report: tuple[str | None, str | None]) -> None:
        # in the order the threads said it: a restart's new thread waits for the old one
        self.address, self.error = report
        forget_module_sources()  # aiohttp's or python-osc's modules, imported by the thread
        self.changed.emit()

    # -- what a subclass says ------------------------------------------------------------
    def _starting(self) -> None:
        """On the Qt thread, before the server's thread starts."""

    def _stopped(self) -> None:
        """On the Qt thread, once a stop is asked for."""

    def _open(self, loop: asyncio.AbstractEventLoop, host: str, port: int) -> tuple[str, int]:
        """Listen on host:port (on the server's thread); the address it listens on."""
        raise NotImplementedError

    def _missing(self, exc: ImportError) -> str:
        """The words for a library that is not installed."""
        return f"{self.name} needs {exc.name} ({exc})"

    def _serving(self, loop: asyncio.AbstractEventLoop | None) -> None:
        """The loop serves (None: it stopped serving), on the server's thread."""

    def _close(self, loop: asyncio.AbstractEventLoop) -> None:
        """Let go of what `_open` made, as far as it got (on the server's thread)."""

    # -- the server's thread -------------------------------------------------------------
    def _run(self, host: str, port: int, previous: threading.Thread | None,
             stopping: threading.Event, started: threading.Event) -> None:
        if previous is not None:
            previous.join()  # the port it held must be free again
        loop = asyncio.new_event_loop()
        try:
            bound = self._open(loop, host, port)
        except ImportError as exc:
            error = self._missing(exc)
        except OSError as exc:
            error = in_words(exc, host, port)
        except Exception as exc:  # a route that cannot be made, say: the show goes on without
            log.exception("%s cannot start", self.name)
            error = f"{self.name} cannot start: {exc}"
        else:
            error = None
        if error is not None:
            log.warning("%s: %s", self.name, error)
            self._finish(loop)
            self._report.emit((None, error))
            started.set()
            return
        self._serving(loop)
        self._loop = loop  # before the stop check: a stop from now on reaches the loop
        self.bound = (bound[0], bound[1])
        started.set()
        address = format_address(*self.bound)
        self._report.emit((address, None))
        log.info("%s listens on %s", self.name, address)
        try:
            if not stopping.is_set():
                loop.run_forever()
        finally:
            self._serving(None)
            self._loop = None
            self._finish(loop)
            self._report.emit((None, None))

    def _finish(self, loop: asyncio.AbstractEventLoop) -> None:
        self._close(loop)
        # what the close's time limit cut short (a client slow to close) ends here, not
        # as "Task was destroyed but it is pending" when the loop is closed
        leftovers = asyncio.all_tasks(loop)
        if leftovers:
            loop.run_until_complete(_cancelled(leftovers))
        loop.close()
