"""The real app (`python -m tests.standby_probe ARGS…` = `runofshow ARGS…`) with what a test
or benchmark needs to see and do from outside, one line each on stdout:

- `probe: role ROLE EPOCH` when a show's windows are up (primary, following, held);
- `probe: acted SEQ TIME` after each action it takes itself (PROBE_ACT_EVERY_MS: an
  action every so often while it is the room's primary; TIME is time.time() before it);
- `probe: shown SEQ TIME` once a mirrored entry is in force and the screens repainted;
- `probe: took-over EPOCH SEQ` after taking over (PROBE_TAKE_OVER=1 confirms the offer
  at once, as a technician's click would).
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QTimer

import ui.app as app_module
from runofshow.venue import epoch_of
from ui import launcher

STEPS = ((lambda c: c.extend(1)), (lambda c: c.extend(2)), (lambda c: c.undo()), (lambda c: c.redo()))


def say(text: str) -> None:
    print(f"probe: {text}", flush=True)


def hooks(app, windows) -> None:
    controller = windows.controller
    journal = controller.show.journal
    standby = app.standby
    role = "following" if standby is not None and standby.following else (
        "held" if controller.hold_reason else "primary")
    say(f"role {role} {epoch_of(journal.header)}")
    if standby is not None and standby.following:
        controller.changed.connect(lambda: QTimer.singleShot(0, lambda: say(f"shown {journal.entries} "
                                                                             f"{time.time()}")))
        original = standby.take_over

        def take_over(confirm: bool = True) -> bool:
            done = original(confirm)
            if done:
                say(f"took-over {epoch_of(journal.header)} {journal.header['takes_over']['seq']}")
            return done

        standby.take_over = take_over
        if os.environ.get("PROBE_TAKE_OVER") == "1":
            standby.auto_take_over = True
            if standby.follower.online is False:
                standby.take_over(confirm=False)
    every = int(os.environ.get("PROBE_ACT_EVERY_MS", "0"))
    if every:
        timer = QTimer(controller)
        step = [0]

        def act() -> None:
            if controller.hold_reason is not None or (app.standby is not None and app.standby.following):
                return
            if not controller.show.live_id:
                started = time.time()
                if controller.next():
                    say(f"acted {journal.entries} {started}")
                return
            started = time.time()
            if STEPS[step[0] % len(STEPS)](controller):
                say(f"acted {journal.entries} {started}")
            step[0] += 1

        timer.timeout.connect(act)
        timer.start(every)


def main() -> int:
    settle = app_module.Application._settle

    def settled(self, windows) -> None:
        settle(self, windows)
        hooks(self, windows)

    app_module.Application._settle = settled
    return launcher.main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
