"""Building a live show for window tests: the WIPO agenda, a frozen clock, a real journal."""

from __future__ import annotations

from runofshow.clock import SimulatedClock
from runofshow.journal import Journal
from runofshow.loader import load_agenda
from runofshow.show import Show
from tests.conftest import WIPO, zurich


def frozen_controller(tmp_path, at=None, rehearsal=True):
    """A ShowController on the WIPO agenda whose clock stands still until moved
    (clock.jump_to / jump_by)."""
    from ui.controller import ShowController

    agenda = load_agenda(WIPO)
    clock = SimulatedClock(at or zurich(13, "09:58"), speed=0.0)
    show = Show(agenda, Journal.open(tmp_path / "show.jsonl", agenda.source), clock=clock.now)
    return ShowController(show, clock, rehearsal=rehearsal), clock
