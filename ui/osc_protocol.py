"""The UDP side of the OSC server (docs/remote.md, "OSC"): packets in, replies out.

`OscProtocol` is an asyncio datagram protocol on the OSC server's loop (ui/osc.py). Each
packet from a sender within its rate becomes one action (runofshow/osc_map.py) and goes
through `RemoteHub.act`, the HTTP API's way to the show: parse_action checks it, the Qt
thread applies it, the journal has it before the reply. The sender gets `/runofshow/ok
<address>` once it is done, or `/runofshow/error <words>` with nothing done.

python-osc reads and builds the messages. Its servers are not used: their dispatcher drops
an unreadable packet without a word, waits (blocking) for a bundle's time tag, and matches
address patterns by regular expression. Here every packet not one of ours gets an error,
and one packet is one message, one action.

Imported on the OSC server's thread only, when it starts: python-osc and the rate limiter
(ui/server_app.py, with aiohttp) cost the app's first window nothing.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from pythonosc.osc_message import OscMessage, ParseError
from pythonosc.osc_message_builder import OscMessageBuilder

from runofshow.osc_map import PREFIX, osc_action
from runofshow.remote import RemoteError
from ui.server_app import RateLimiter

if TYPE_CHECKING:
    from ui.server import RemoteHub

log = logging.getLogger(__name__)
OK, ERROR = PREFIX + "ok", PREFIX + "error"
MAX_PACKET = 4096  # a command with a 500-character message is 2 KiB at most
MAX_WORDS = 300  # an error's words: a reply is never much longer than its packet
# the argument types taken: int32, float32, int64, double, string, true, false, nil
TAKEN_TYPES = frozenset(b"ifhdsTFN")


def type_tags(packet: bytes) -> bytes:
    """The type tags of an OSC message (b"" when it has none or they are unreadable).
    Read here, before python-osc parses the message, because python-osc logs a warning
    for each tag it does not know: a flood of such tags would cost the app its CPU."""
    end = packet.find(b"\0")  # the address, padded to 4 bytes
    if end < 0:
        return b""
    start = end + 4 - end % 4
    stop = packet.find(b"\0", start)
    tags = packet[start:] if stop < 0 else packet[start:stop]
    return tags[1:] if tags.startswith(b",") else b""


def read_message(packet: bytes) -> tuple[str, list]:
    """(address, arguments) of one OSC message; RemoteError, in words, for anything else."""
    if len(packet) > MAX_PACKET:
        raise RemoteError(f"a packet over {MAX_PACKET} bytes is not taken")
    if packet.startswith(b"#bundle"):
        raise RemoteError("bundles are not taken: send one message per packet")
    if not OscMessage.dgram_is_message(packet):
        raise RemoteError("not an OSC message: it starts with its address, /runofshow/…")
    if set(type_tags(packet)) - TAKEN_TYPES:
        raise RemoteError("arguments are numbers, strings, true or false (OSC types i f h d s T F N)")
    try:
        message = OscMessage(packet)
    except (ParseError, ValueError) as exc:  # ValueError: a string that is not UTF-8
        raise RemoteError(f"not a readable OSC message ({type(exc).__name__})") from None
    return message.address, message.params


def reply_packet(address: str, words: str) -> bytes:
    builder = OscMessageBuilder(address=address)
    builder.add_arg(words[:MAX_WORDS])
    return builder.build().dgram


class OscProtocol(asyncio.DatagramProtocol):
    """One UDP socket's packets, on the OSC server's loop. `rate` messages a second from
    each sender's address (`burst` at once); beyond, packets are dropped unread, with one
    "too many messages" reply a second."""

    def __init__(self, hub: RemoteHub, rate: float, burst: int):
        self.hub = hub
        self.rate = rate
        self.limiter = RateLimiter(rate, burst)
        self.notices = RateLimiter(1.0, 1)  # the "too many" replies to a flooding sender
        self.transport: asyncio.DatagramTransport | None = None
        self.tasks: set[asyncio.Task] = set()  # actions waiting for the show

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport

    def datagram_received(self, data: bytes, sender: tuple) -> None:
        host = sender[0]  # per address, not per port: a new socket is not a new allowance
        if not self.limiter.allow(host):
            if self.notices.allow(host):
                self.reply(sender, ERROR, f"too many messages: at most {self.rate:g} a second; "
                                          "the ones beyond were dropped")
            return
        try:
            address, args = read_message(data)
            action = osc_action(address, args)
        except RemoteError as exc:
            self.reply(sender, ERROR, str(exc))
            return
        if action is None:
            return  # a button's release: nothing asked, nothing to answer
        task = asyncio.get_running_loop().create_task(self._act(address, action, sender))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def _act(self, address: str, action: dict, sender: tuple) -> None:
        result = await self.hub.act(action)
        if result["ok"]:
            self.reply(sender, OK, address)
        else:
            self.reply(sender, ERROR, f"{address}: {result['error']}")

    def reply(self, sender: tuple, address: str, words: str) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.transport.sendto(reply_packet(address, words), sender)

    async def drop_waiting(self) -> None:
        """Cancel the actions still waiting for the show: the server stops, no reply would
        reach their senders (one the Qt thread takes later is still done, as over HTTP)."""
        waiting = list(self.tasks)
        for task in waiting:
            task.cancel()
        await asyncio.gather(*waiting, return_exceptions=True)

    def error_received(self, exc: OSError) -> None:
        # a reply's sender had no socket any more (ICMP port unreachable): its loss only
        log.debug("OSC: %s", exc)
