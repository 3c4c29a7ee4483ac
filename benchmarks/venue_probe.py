"""The apps of the venue benchmark (benchmarks/venue.py), each saying what it painted and
when, one line each on the pipe PROBE_FD names (tests/standby_helpers.py).

`python -m benchmarks.venue_probe room ARGS…` is `runofshow ARGS…`, a room's PC: it starts
the agenda's first session, extends it by a minute every VENUE_EXTEND_EVERY_MS (a room's
chair at work), and says
- `probe: shown WALL REMAINING LAG_MS` each time its windows have painted a new second of
  the countdown (WALL: time.time() then; LAG_MS: how late the ticker's tick was, the
  countdown lag of ui/ticker.py);
- `probe: shown WALL REMAINING -` once a change (an extension) has been painted.

`python -m benchmarks.venue_probe overview BROKER_URL EVENT ROOMS` opens the venue overview
(ui/venue_overview.py) on a wall screen's worth of window and says `probe: seen ROOM WALL
REMAINING` each time a room's countdown that it paints turns to another value, and
`probe: rows N` once it has a row for each of ROOMS rooms.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer

MINUTE = 1  # an extension's minutes


def say(text: str) -> None:
    """One line to the test on its own pipe (tests/standby_helpers.py), in one write."""
    os.write(int(os.environ["PROBE_FD"]), f"probe: {text}\n".encode())


def room_hooks(windows) -> None:
    from tests.standby_probe import AfterPaints

    controller = windows.controller
    ticker = windows.ticker

    def shown(lag: str) -> None:
        say(f"shown {time.time():.6f} {controller.board().remaining_s} {lag}")

    def ticked() -> None:
        lags = ticker.lags_ms
        shown(f"{lags[-1]:.2f}" if lags else "-")
        lags.clear()  # the next tick's is its own (a tick without one says "-")
        start()

    def start() -> None:
        # a publishing room's keys wait until the broker says the room is its own
        if not controller.show.live_id and controller.hold_reason is None:
            controller.next()

    def extend() -> None:
        if controller.show.live_id:
            controller.extend(MINUTE)

    controller.ticked_late.connect(ticked)
    after_paints = AfterPaints(controller)  # after the paints that the change asked for
    controller.changed.connect(lambda: after_paints.later(lambda: shown("-")))
    start()
    every = int(os.environ.get("VENUE_EXTEND_EVERY_MS", "0"))
    if every:
        timer = QTimer(controller)
        timer.setTimerType(Qt.TimerType.PreciseTimer)  # rooms' extensions at their own moments
        timer.timeout.connect(extend)
        timer.start(every)


def room(argv: list[str]) -> int:
    import ui.app as app_module
    from ui import launcher

    settle = app_module.Application._settle

    def settled(self, windows) -> None:
        settle(self, windows)
        room_hooks(windows)

    app_module.Application._settle = settled
    return launcher.main(argv)


class PaintWatch(QObject):
    """Just before the overview's table paints, what it is about to paint: each room's
    countdown at this moment, as the model hands it to the view (RoomsModel.countdown)."""

    def __init__(self, window, rooms: int):
        super().__init__(window)
        self.model, self.rooms = window.model, rooms
        self.last: dict[str, int | None] = {}
        self.full = False

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            now = time.time()
            for name in self.model.rooms:
                found = self.model.countdown(name)
                remaining = None if found is None else found[1]
                if self.last.get(name, "none") != remaining:
                    self.last[name] = remaining
                    if remaining is not None:
                        say(f"seen {name.replace(' ', '_')} {now:.6f} {remaining}")
            if not self.full and len(self.model.rooms) >= self.rooms:
                self.full = True
                say(f"rows {len(self.model.rooms)}")
        return False


def overview(url: str, event: str, rooms: int) -> int:
    from PySide6.QtWidgets import QApplication

    from runofshow.venue import parse_broker_url
    from ui.venue_overview import open_overview

    app = QApplication(sys.argv[:1])
    window = open_overview(parse_broker_url(url), event)
    window.resize(1920, 1080)  # a production office's wall screen
    watch = PaintWatch(window, rooms)
    window.table.viewport().installEventFilter(watch)
    QTimer.singleShot(int(os.environ.get("RUNOFSHOW_QUIT_AFTER_MS", "600000")), app.quit)
    return app.exec()


def main(argv: list[str]) -> int:
    if argv[:1] == ["room"]:
        return room(argv[1:])
    if argv[:1] == ["overview"] and len(argv) == 4:
        return overview(argv[1], argv[2], int(argv[3]))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
