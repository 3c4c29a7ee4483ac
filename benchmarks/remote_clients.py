"""The devices' side of the remote benchmarks (started by benchmarks/remote.py).

    python -m benchmarks.remote_clients PORT CONTROL VIEW --sockets N --rate R --seconds S

Opens N WebSocket clients with the view token (a foyer's screens and phones), prints
`connected` once every one has its first state, waits for `go` on stdin, then for S seconds
sends R actions a second over HTTP with the control token (extend the live session by one
minute, then take it back: the journal grows, the day stays as it was) while every socket
notes when it received each second's state. Prints one JSON line: when each action was
sent and answered, and for each socket and second, how long after the second's start its
state arrived.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys
import time

import aiohttp

LIVE_SESSION = "d1-panel-1"  # as benchmarks.ui_probe.LIVE_SESSION
SECOND = re.compile(r'"now_s":\s*(\d+)')  # the state's own; it comes before the board's


async def watch(session: aiohttp.ClientSession, url: str, ready: asyncio.Event,
                arrivals: list[float], stop: asyncio.Event, connected: list[int]) -> None:
    """One screen: the lateness of each second's first state, after the second began."""
    seen: set[int] = set()
    async with session.ws_connect(url, heartbeat=None, max_msg_size=0) as socket_:
        first = await socket_.receive()
        seen.add(json.loads(first.data)["state"]["now_s"])  # the whole state, once
        connected[0] += 1
        if connected[0] == connected[1]:
            ready.set()
        while not stop.is_set():
            try:
                message = await asyncio.wait_for(socket_.receive(), 0.5)
            except TimeoutError:
                continue
            if message.type != aiohttp.WSMsgType.TEXT:
                break
            received = time.time()
            # the second only, not the whole state: 200 screens in one process that parse
            # every state would themselves be the delay measured (and take the app's CPU)
            found = SECOND.search(message.data)
            if found is None or not message.data.startswith('{"type":"state"'):
                continue
            second = int(found.group(1))
            if second not in seen:
                seen.add(second)
                arrivals.append((received - second) * 1000)


async def act(session: aiohttp.ClientSession, url: str, token: str, rate: float,
              seconds: float) -> list[dict]:
    """`rate` actions a second for `seconds`, each on its own schedule (not after the last
    answer: devices do not wait for each other)."""
    headers = {"Authorization": f"Bearer {token}"}
    sent: list[dict] = []

    async def one(index: int) -> None:
        minutes = 1 if index % 2 == 0 else -1
        began = time.time()
        async with session.post(url, json={"do": "extend", "session": LIVE_SESSION,
                                           "minutes": minutes}, headers=headers) as answer:
            await answer.read()
            sent.append({"index": index, "sent": began, "answered": time.time(),
                         "status": answer.status})

    tasks = []
    if rate > 0:
        start = time.monotonic()
        count = int(rate * seconds)
        for index in range(count):
            await asyncio.sleep(max(0.0, start + index / rate - time.monotonic()))
            tasks.append(asyncio.create_task(one(index)))
        await asyncio.gather(*tasks)
    else:
        await asyncio.sleep(seconds)
    return sorted(sent, key=lambda item: item["index"])


async def run(args: argparse.Namespace) -> dict:
    base = f"http://127.0.0.1:{args.port}"
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as session:
        ready, stop = asyncio.Event(), asyncio.Event()
        arrivals: list[list[float]] = [[] for _ in range(args.sockets)]  # per socket
        connected = [0, args.sockets]
        screens = [asyncio.create_task(watch(session, f"{base}/api/v1/ws?token={args.view}", ready,
                                             mine, stop, connected))
                   for mine in arrivals]
        if args.sockets:
            await asyncio.wait_for(ready.wait(), 60)
        print("connected", flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)  # "go"
        for mine in arrivals:
            mine.clear()
        sent = await act(session, f"{base}/api/v1/actions", args.control, args.rate, args.seconds)
        stop.set()
        await asyncio.gather(*screens, return_exceptions=True)
        return {"sent": sent, "arrivals_ms": arrivals, "sockets": args.sockets}


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.remote_clients")
    parser.add_argument("port", type=int)
    parser.add_argument("control")
    parser.add_argument("view")
    parser.add_argument("--sockets", type=int, default=0)
    parser.add_argument("--rate", type=float, default=0.0)
    parser.add_argument("--seconds", type=float, default=10.0)
    print(json.dumps(asyncio.run(run(parser.parse_args()))), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
