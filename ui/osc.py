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

from ui.server import RemoteHub
from ui.server_thread import DEFAULT_HOST, ServerThread

DEFAULT_OSC_PORT = 4002  # beside the HTTP server's 4001
ACTIONS_PER_S = 20.0  # per sender, as over HTTP: far above a thumb on a button
ACTION_BURST = 40


class OscServer(ServerThread):
    """The OSC server's thread (ui/server_thread.py): `start(host, port)`, `stop()`,
    `changed`, `address`, `error`."""

    name = "OSC"
    thread_name = "runofshow-osc"

    def __init__(self, hub: RemoteHub, *, rate: float = ACTIONS_PER_S, burst: int = ACTION_BURST):
        super().__init__()
        self.hub = hub
        self.rate, self.burst = rate, burst  # per sender (tests flood with other limits)
        self._transport = self._protocol = None  # the UDP endpoint, on the server's thread

    def start(self, host: str = DEFAULT_HOST, port: int = DEFAULT_OSC_PORT) -> None:
        super().start(host, port)

    def _open(self, loop: asyncio.AbstractEventLoop, host: str, port: int) -> tuple[str, int]:
        from ui.osc_protocol import OscProtocol

        self._transport, self._protocol = loop.run_until_complete(loop.create_datagram_endpoint(
            lambda: OscProtocol(self.hub, self.rate, self.burst), local_addr=(host, port)))
        return self._transport.get_extra_info("sockname")[:2]

    def _missing(self, exc: ImportError) -> str:
        return f"OSC needs python-osc ({exc}): pip install python-osc"

    def _close(self, loop: asyncio.AbstractEventLoop) -> None:
        transport, protocol, self._transport, self._protocol = self._transport, self._protocol, None, None
        if transport is not None:
            transport.close()
            loop.run_until_complete(protocol.drop_waiting())
