"""OSC over UDP (docs/remote.md, "OSC"): a control surface, QLab or TouchOSC drives the show.

`OscServer(hub)` listens on a UDP port from a thread of its own, with an asyncio loop, as
the HTTP server does (ui/server.py): the countdown never waits for the network. A message
such as `/runofshow/extend 5` becomes the HTTP API's action and goes through the same
`RemoteHub.act`, so the journal has it before the sender's `/runofshow/ok`
(ui/osc_protocol.py).

OSC has no token: whatever reaches the port can drive the show. So it is off until the
technician (the console's Remote panel) or `--osc` asks for it, and listens on loopback
unless a host is given.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading

from PySide6.QtCore import QObject, Qt, Signal

from ui.server import DEFAULT_HOST, STOP_WAIT_S, RemoteHub, format_address, in_words

log = logging.getLogger(__name__)
DEFAULT_OSC_PORT = 4002  # beside the HTTP server's 4001
ACTIONS_PER_S = 20.0  # per sender, as over HTTP: far above a thumb on a button
ACTION_BURST = 40


class OscServer(QObject):
    """The OSC server's thread: `start(host, port)`, `stop()`. `changed` (on the Qt thread)
    says it started, failed or stopped: `address` is what it listens on, `error` why it
    does not (both set on the Qt thread only)."""

    changed = Signal()
    _report = Signal(object)  # (address, error) from the server's thread

    def __init__(self, hub: RemoteHub, *, rate: float = ACTIONS_PER_S, burst: int = ACTION_BURST):
        super().__init__()
        self.hub = hub
        self.rate, self.burst = rate, burst  # per sender (tests flood with other limits)
        self.host: str | None = None
        self.port: int | None = None
        self.address: str | None = None  # "127.0.0.1:4002" while listening
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

    def start(self, host: str = DEFAULT_HOST, port: int = DEFAULT_OSC_PORT) -> None:
        """Listen on host:port from a thread of its own; returns at once (`changed` tells
        how it went). A server already running is stopped first."""
        previous = self._thread
        if previous is not None:
            self.stop()
        self.host, self.port, self.address, self.error, self.bound = host, port, None, None, None
        self._stopping, self._started = threading.Event(), threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(host, port, previous, self._stopping, self._started),
            name="runofshow-osc", daemon=True)
        self._thread.start()

    def stop(self, wait: bool = False) -> None:
        """Stop listening; `wait` until the port is free."""
        thread = self._thread
        if thread is None:
            return
        self._stopping.set()
        loop = self._loop
        if loop is not None:
            with contextlib.suppress(RuntimeError):  # already closed
                loop.call_soon_threadsafe(loop.stop)
        if wait:
            thread.join(STOP_WAIT_S)

    def wait_started(self, timeout: float = 10.0) -> bool:
        """Block until the server listens (True) or failed (False); for tests."""
        return self._started.wait(timeout) and self.bound is not None

    def _reported(self, report: tuple[str | None, str | None]) -> None:
        self.address, self.error = report
        self.changed.emit()

    def _run(self, host: str, port: int, previous: threading.Thread | None,
             stopping: threading.Event, started: threading.Event) -> None:
        if previous is not None:
            previous.join()  # the port it held must be free again
        loop = asyncio.new_event_loop()
        try:
            from ui.osc_protocol import OscProtocol

            transport, protocol = loop.run_until_complete(loop.create_datagram_endpoint(
                lambda: OscProtocol(self.hub, self.rate, self.burst), local_addr=(host, port)))
        except ImportError as exc:
            error = f"OSC needs python-osc ({exc}): pip install python-osc"
        except OSError as exc:
            error = in_words(exc, host, port)
        except Exception as exc:  # the show goes on without OSC
            log.exception("the OSC server cannot start")
            error = f"OSC cannot start: {exc}"
        else:
            error = None
        if error is not None:
            log.warning("OSC: %s", error)
            loop.close()
            self._report.emit((None, error))
            started.set()
            return
        sockname = transport.get_extra_info("sockname")
        self._loop = loop  # before the stop check: a stop from now on reaches the loop
        self.bound = (sockname[0], sockname[1])
        started.set()
        self._report.emit((format_address(*self.bound), None))
        log.info("taking OSC on %s", format_address(*self.bound))
        try:
            if not stopping.is_set():
                loop.run_forever()
        finally:
            self._loop = None
            transport.close()
            loop.run_until_complete(protocol.drop_waiting())
            loop.close()
            self._report.emit((None, None))
