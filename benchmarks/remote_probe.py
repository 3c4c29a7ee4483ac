"""The app side of the remote benchmarks (started by benchmarks/remote.py).

    python -m benchmarks.remote_probe

The live app of the UI benchmarks (`benchmarks.ui_probe.live_app`: WIPO on today's date, the
real clock, a session live, all three windows) with the remote server on a free loopback
port. It prints one JSON line when it is serving ({"port", "control", "view"}), then reads
commands on stdin, one a line:

- `begin`: start counting (the ticker's lags, every paint of the projector's digits, CPU),
  and say `begun`;
- `stop`: print what was counted as one JSON line and quit.

Each paint of the projector's digits is noted with the number of journal records written
by then, so the parent can tell when the projector first showed each remote action (an
action is one `Journal.record`, written before it is answered). Nothing in ui/ is changed:
the digits' class's paintEvent and the journal's record are wrapped before the app exists,
as the lag probe wraps the paint.
"""

from __future__ import annotations

import gc
import json
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path

# Loopback gives every client one address; the benchmark's 50 actions a second stand for
# many devices, so the per-device limit is raised for it (docs/remote.md has the default).
BENCH_ACTIONS_PER_S = 1000.0


def main() -> int:
    from PySide6.QtCore import QTimer

    from benchmarks.ui_probe import live_app
    from runofshow.journal import Journal
    from ui.projector import BigDigits
    from ui.server import RemoteHub, RemoteServer
    from ui.server_app import Limits
    from ui.tokens import Tokens

    counting = {"on": False}
    paints: list[tuple[float, int]] = []  # (time.time() after the paint, records by then)
    records = [0]  # journal records written (each action is one)
    digits_paint, record = BigDigits.paintEvent, Journal.record
    holder: dict = {}

    def noted_paint(self, event) -> None:
        digits_paint(self, event)
        if counting["on"] and self is holder.get("digits"):
            paints.append((time.time(), records[0]))

    def counted_record(self, *args, **kwargs) -> None:
        record(self, *args, **kwargs)
        records[0] += 1

    BigDigits.paintEvent, Journal.record = noted_paint, counted_record
    # (generation, began, ms, objects freed) while counting
    collections: list[tuple[int, float, float, int]] = []
    collecting: dict = {}

    def timed_collection(phase: str, info: dict) -> None:
        if phase == "start":
            collecting["began"] = time.perf_counter()
        elif counting["on"] and "began" in collecting:
            took = (time.perf_counter() - collecting.pop("began")) * 1000
            collections.append((info["generation"], time.time(), took, info["collected"]))

    gc.callbacks.append(timed_collection)  # the collector's pauses hold every thread
    with tempfile.TemporaryDirectory(prefix="runofshow-bench-remote-") as folder:
        app, windows = live_app(folder)
        holder.update(digits=windows.projector.digits, windows=windows)
        tokens = Tokens(Path(folder) / "tokens.json")
        limits = Limits(actions_per_s=BENCH_ACTIONS_PER_S, action_burst=int(BENCH_ACTIONS_PER_S))
        server = RemoteServer(RemoteHub(), tokens, limits=limits)
        server.hub.follow(windows.controller)
        server.start("127.0.0.1", 0)
        if not server.wait_started():
            raise SystemExit(f"the server did not start: {server.error}")
        print(json.dumps({"port": server.bound[1], "control": tokens.control, "view": tokens.view}),
              flush=True)

        commands: list[str] = []
        threading.Thread(target=lambda: commands.extend(line.strip() for line in sys.stdin),
                         daemon=True).start()
        found: dict = {}

        def obey() -> None:
            while commands:
                command = commands.pop(0)
                if command == "begin":
                    windows.ticker.lags_ms.clear()
                    paints.clear()
                    counting["on"] = True
                    found["usage"] = resource.getrusage(resource.RUSAGE_SELF)
                    found["actions"] = records[0]
                    found["objects_before"] = len(gc.get_objects())  # what a full collection walks
                    print("begun", flush=True)  # the parent lets the devices go only now
                elif command == "stop":
                    done = resource.getrusage(resource.RUSAGE_SELF)
                    began = found["usage"]
                    found.update(cpu_s=(done.ru_utime - began.ru_utime)
                                 + (done.ru_stime - began.ru_stime),
                                 lags_ms=list(windows.ticker.lags_ms), paints=list(paints),
                                 actions_after=records[0], collections=list(collections),
                                 objects_after=len(gc.get_objects()))
                    app.exit(0)

        poll = QTimer()
        poll.timeout.connect(obey)
        poll.start(50)
        app.exec()
        server.stop(wait=True)
        windows.close()
    del found["usage"]
    print(json.dumps(found), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
