"""The real app (`python -m tests.standby_probe ARGS…` = `runofshow ARGS…`) with what a test
or benchmark needs to see and do from outside, one line each on the pipe PROBE_FD names:

- `probe: role ROLE EPOCH` when a show's windows are up (primary, following, held);
- `probe: acted SEQ TIME` after each action it takes itself (PROBE_ACT_EVERY_MS: an
  action every so often while it is the room's primary; TIME is time.time() before it);
- `probe: shown SEQ TIME` once a mirrored entry is in force and the screens repainted;
- `probe: took-over EPOCH SEQ` after taking over (PROBE_TAKE_OVER=1 confirms the offer
  at once, as a technician's click would);
- `probe: agenda SHA` when a show's windows are up: the fingerprint of its agenda file;
- `probe: plan SEQ DIGEST` after each change: a fingerprint of the show as the views have it
  (each session's id, title, planned times, state and extension), after journal entry SEQ;
- `probe: reloaded SEQ` once it reloaded its agenda file, which it does when the file
  PROBE_RELOAD_FLAG names appears (it is deleted), as the technician's Reload would.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer

import ui.app as app_module
from runofshow.venue import agenda_hash, epoch_of
from ui import launcher

STEPS = ((lambda c: c.extend(1)), (lambda c: c.extend(2)), (lambda c: c.undo()), (lambda c: c.redo()))


class AfterPaints(QObject):
    """Makes each call given to `later` once the repaints asked for before it are done: an
    event posted at low priority after them, as ShowController.tick does for ticked_late (a
    zero-time single shot would come before those repaints)."""

    CALL = QEvent.Type(QEvent.registerEventType())

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.calls: deque[Callable[[], None]] = deque()

    def later(self, call: Callable[[], None]) -> None:
        self.calls.append(call)
        QCoreApplication.postEvent(self, QEvent(self.CALL), Qt.EventPriority.LowEventPriority.value)

    def customEvent(self, event: QEvent) -> None:
        if event.type() == self.CALL and self.calls:
            self.calls.popleft()()


def say(text: str) -> None:
    """One line to the test on its own pipe (tests/standby_helpers.py), in one write."""
    os.write(int(os.environ["PROBE_FD"]), f"probe: {text}\n".encode())


def hooks(app, windows) -> None:
    controller = windows.controller
    journal = controller.show.journal
    standby = app.standby
    role = "following" if standby is not None and standby.following else (
        "held" if controller.hold_reason else "primary")
    say(f"role {role} {epoch_of(journal.header)}")
    say(f"agenda {agenda_hash(Path(controller.agenda.source).read_text(encoding='utf-8'))}")

    def plan() -> None:
        sessions = [(item.id, str(item.session.title), item.session.start_s, item.session.end_s,
                     str(item.state), item.adjusted_by_s) for item in controller.projection().all_sessions()]
        say(f"plan {journal.entries} {hashlib.sha1(repr(sessions).encode()).hexdigest()[:12]}")

    after_paints = AfterPaints(controller)
    controller.changed.connect(lambda: after_paints.later(plan))
    plan()
    flag = os.environ.get("PROBE_RELOAD_FLAG")
    if flag and not getattr(app, "probe_reloads", False):
        app.probe_reloads = True  # one watcher for the app's life (a reload settles again)

        def reload_when_asked() -> None:
            if Path(flag).exists():
                Path(flag).unlink()
                if app.shell.reload():
                    say(f"reloaded {app.shell.windows.controller.show.journal.entries}")

        watcher = QTimer(app.qt)
        watcher.timeout.connect(reload_when_asked)
        watcher.start(100)
    if standby is not None and standby.following:
        controller.changed.connect(lambda: after_paints.later(lambda: say(f"shown {journal.entries} "
                                                                             f"{time.time()}")))
        if not getattr(standby, "probe_says_takeover", False):  # once: a new copy settles again
            standby.probe_says_takeover = True
            original = standby.take_over

            def take_over(confirm: bool = True) -> bool:
                done = original(confirm)
                if done:  # the journal the show writes now (a newer show began a new copy)
                    header = app.shell.windows.controller.show.journal.header
                    say(f"took-over {epoch_of(header)} {header['takes_over']['seq']}")
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
