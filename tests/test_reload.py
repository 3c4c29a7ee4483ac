"""An agenda edited under a live show: actions follow their sessions; orphans are reported."""

from __future__ import annotations

import textwrap

from runofshow.clock import SimulatedClock
from runofshow.journal import Journal
from runofshow.loader import load_agenda
from runofshow.show import Show
from tests.conftest import zurich_s

BEFORE = """\
title: T
timezone: Europe/Zurich
days:
  - date: 2024-03-13
    sessions:
      - {id: a, start: "10:00", end: "10:30", title: A}
      - {id: b, end: "11:00", title: B}
      - {id: c, end: "11:30", title: C}
      - {id: d, end: "12:00", title: D}
"""


def Clock(moment_s: int) -> SimulatedClock:
    """A clock that stands still until jumped."""
    return SimulatedClock(moment_s, speed=0.0)


def live_show(tmp_path):
    path = tmp_path / "agenda.yaml"
    path.write_text(BEFORE, encoding="utf-8")
    agenda = load_agenda(path)
    clock = Clock(zurich_s(13, "10:00"))
    show = Show(agenda, Journal.open(tmp_path / "show.jsonl", agenda.source), clock)
    show.do("start", "a")
    clock.jump_to(zurich_s(13, "10:05"))
    show.do("extend", minutes=5)
    show.do("skip", "c")
    clock.jump_to(zurich_s(13, "10:35"))
    show.do("next")  # b is live
    return path, show, clock


def edit(path, text):
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return load_agenda(path)


def test_actions_follow_their_sessions_and_orphans_are_reported(tmp_path):
    path, show, clock = live_show(tmp_path)
    # c is removed, a new session e is added, b gets a new title and length
    agenda = edit(path, BEFORE.replace('      - {id: c, end: "11:30", title: C}\n', "")
                  .replace("title: B}", "title: B2}").replace(
                      '      - {id: d, end: "12:00", title: D}\n',
                      '      - {id: d, end: "12:00", title: D}\n'
                      '      - {id: e, end: "12:30", title: E}\n'))
    orphans = show.reload(agenda)
    assert [(o.number, o.action.kind, o.action.session) for o in orphans] == [(3, "skip", "c")]
    assert "no session has the id 'c'" in orphans[0].describe(agenda)
    assert [a.kind for a in show.actions] == ["start", "extend", "next"]
    assert show.live_id == "b"
    projection = show.projection(zurich_s(13, "10:40"))
    assert projection.session("b").session.title.best(()) == "B2"
    show.close()
    # the journal replays to the same place, and the dropped action is still on record
    again = Show(agenda, Journal.open(tmp_path / "show.jsonl", agenda.source), clock)
    assert [a.kind for a in again.actions] == ["start", "extend", "next"]
    assert '"do":"skip","session":"c"' in (tmp_path / "show.jsonl").read_text()
    assert '"op":"reload"' in (tmp_path / "show.jsonl").read_text()
    again.close()


def test_removing_the_live_session_reports_what_depended_on_it(tmp_path):
    path, show, _ = live_show(tmp_path)
    agenda = edit(path, BEFORE.replace('      - {id: a, start: "10:00", end: "10:30", title: A}\n'
                                       '      - {id: b, end: "11:00", title: B}\n',
                                       '      - {id: b, start: "10:00", end: "11:00", title: B}\n'))
    orphans = show.reload(agenda)
    assert [(o.action.kind, o.reason) for o in orphans] == [
        ("start", "no session has the id 'a'"),
        ("extend", "extend without a session needs a live session"),
        ("next", "next: no session is live"),
    ]
    assert [a.kind for a in show.actions] == ["skip"]
    show.close()


def test_an_edit_that_keeps_every_session_drops_nothing(tmp_path):
    path, show, _ = live_show(tmp_path)
    agenda = edit(path, BEFORE.replace('end: "12:00", title: D}', 'end: "12:15", title: D}'))
    assert show.reload(agenda) == []
    assert len(show.actions) == 4 and show.live_id == "b"
    assert show.projection(zurich_s(13, "10:40")).session("d").session.duration_s == 45 * 60
    show.close()
