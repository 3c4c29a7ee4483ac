"""How many connections the remote server keeps open, and for how long (docs/remote.md,
"Limits").

A device that opens connections and sends nothing, or half a request, or a byte now and
then (slowloris), would otherwise hold each one for an hour (aiohttp's idle timeout) and
take, one file descriptor each, what the app needs for its journal, its speech and every
other device. So:

- a connection that has not sent a whole request for `idle_s` is closed (aiohttp's
  `keepalive_timeout`, which also counts from the moment a connection opens; a WebSocket
  or a request being answered is not idle);
- at most `total` connections are open at once, and at most `per_peer` from one address
  other than loopback (every local program shares the loopback address: a program on
  the PC itself can do worse than open sockets); one beyond is closed at once;
- the process may open as many files as its hard limit allows, up to FILES_WANTED
  (`raise_file_limit`), so those connections fit beside the app's own files.

`ConnectionLimit.protocols(factory)` wraps aiohttp's protocol factory (the runner's
`web.Server`, which aiohttp documents as a factory for `loop.create_server`) in a protocol
that counts its connection and hands everything else on unchanged.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
from collections import Counter
from collections.abc import Callable

log = logging.getLogger(__name__)
FILES_WANTED = 4096


def raise_file_limit(wanted: int = FILES_WANTED) -> int:
    """Let the process open up to `wanted` files if its hard limit allows (the usual soft
    limit of 1,024 is less than the server's connections and the app's files). Returns
    the soft limit now; on a system without such limits, `wanted`."""
    try:
        import resource
    except ImportError:  # Windows: no per-process limit of this kind
        return wanted
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft < target:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
            soft = target
        except (ValueError, OSError) as exc:
            log.warning("could not raise the open-files limit to %d: %s", target, exc)
    return soft


def is_loopback(address: str) -> bool:
    try:
        return ipaddress.ip_address(address.split("%")[0]).is_loopback
    except ValueError:
        return False


class ConnectionLimit:
    """The server's open connections, counted in all and by address."""

    def __init__(self, total: int, per_peer: int):
        self.total, self.per_peer = total, per_peer
        self.open: Counter[str] = Counter()
        self.refused = 0

    def admit(self, address: str) -> bool:
        if sum(self.open.values()) >= self.total:
            return False
        if not is_loopback(address) and self.open[address] >= self.per_peer:
            return False
        self.open[address] += 1
        return True

    def release(self, address: str) -> None:
        self.open[address] -= 1
        if self.open[address] <= 0:
            del self.open[address]

    def protocols(self, factory: Callable[[], asyncio.Protocol]) -> Callable[[], asyncio.Protocol]:
        """A protocol factory for `loop.create_server` that counts what `factory` serves."""
        return lambda: _Counted(self, factory())


class _Counted(asyncio.Protocol):
    """One connection: admitted (then everything goes to the inner protocol) or closed."""

    def __init__(self, limit: ConnectionLimit, inner: asyncio.Protocol):
        self.limit, self.inner = limit, inner
        self.address: str | None = None  # set once admitted

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        peer = transport.get_extra_info("peername")
        address = str(peer[0]) if isinstance(peer, tuple) and peer else "?"
        if not self.limit.admit(address):
            self.limit.refused += 1
            if self.limit.refused in (1, 100) or self.limit.refused % 1000 == 0:
                log.warning("remote server: %d connection(s) refused so far (at most %d open, %d "
                            "from one address); the last from %s", self.limit.refused,
                            self.limit.total, self.limit.per_peer, address)
            transport.abort()
            return
        self.address = address
        self.inner.connection_made(transport)

    def connection_lost(self, exc: Exception | None) -> None:
        if self.address is None:
            return
        self.limit.release(self.address)
        self.inner.connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self.address is not None:
            self.inner.data_received(data)

    def eof_received(self) -> bool | None:
        return self.inner.eof_received() if self.address is not None else None

    def pause_writing(self) -> None:
        if self.address is not None:
            self.inner.pause_writing()

    def resume_writing(self) -> None:
        if self.address is not None:
            self.inner.resume_writing()
