"""Building a live show for window tests: the WIPO agenda, a frozen clock, a real journal."""

from __future__ import annotations

from runofshow.clock import SimulatedClock
from runofshow.journal import Journal
from runofshow.loader import load_agenda
from runofshow.show import Show
from tests.conftest import WIPO, zurich_s


def frozen_controller(tmp_path, at=None, rehearsal=True):
    """A ShowController on the WIPO agenda whose clock stands still until moved
    (clock.jump_to / jump_by)."""
    from ui.controller import ShowController

    agenda = load_agenda(WIPO)
    clock = SimulatedClock(at or zurich_s(13, "09:58"), speed=0.0)
    show = Show(agenda, Journal.open(tmp_path / "show.jsonl", agenda.source, agenda.timezone),
                clock, rehearsal=rehearsal)
    return ShowController(show), clock


def live_shell(folder, first_day=None):
    """A Shell on a copy of the WIPO agenda in `folder`, with panel 1 live at 10:10 (the
    opening ran 10:00–10:10), on a frozen clock. With `first_day` (a date), the agenda runs
    moved to it, as with `--today`. Returns (shell, agenda copy, clock)."""
    import shutil

    from runofshow.retime import shift_to
    from ui.app import build_app
    from ui.shell import Shell

    agenda_path = folder / "wipo.yaml"
    shutil.copy(WIPO, agenda_path)
    agenda = load_agenda(agenda_path)
    if first_day is not None:
        agenda = shift_to(agenda, first_day)
    on = first_day or agenda.days[0].date
    clock = SimulatedClock(zurich_s(on.day, "10:00", on.month, on.year), speed=0.0)
    journals = iter(range(1000))

    def build(agenda, path, fresh, journal_file):
        return build_app(agenda, path, rehearse=True, fresh=fresh, clock=clock,
                         journal_file=journal_file or folder / f"show{next(journals)}.jsonl")

    shell = Shell(build, agenda, str(agenda_path), rehearse=True)
    shell.start()
    shell.windows.controller.start("d1-opening")
    clock.jump_to(zurich_s(on.day, "10:10", on.month, on.year))
    shell.windows.controller.next()
    return shell, agenda_path, clock
