"""Programme days that run past midnight (docs/contracts.md, "Days that run past
midnight"): `HH:MM+1` in the agenda, the night kept by its day, and the projection's
invariants on such days, through the nights the clocks change too."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import assume, event, given
from hypothesis import strategies as st

from runofshow.actions import Action
from runofshow.errors import AgendaError
from runofshow.loader import load_agenda_text
from runofshow.projection import LIVE, UPCOMING, project
from tests.test_properties import SETTINGS, draw_actions, placed

ZURICH = ZoneInfo("Europe/Zurich")
CONGRESS = """\
title: Congress
timezone: Europe/Zurich
days:
  - date: 2024-12-27
    sessions:
      - {id: late, start: "23:30", end: "00:10+1", title: Late talk}
      - {id: night, start: "00:15+1", duration: 45, title: After midnight, hard_end: true}
  - date: 2024-12-28
    sessions:
      - {id: morning, start: "10:30", end: "11:15", title: Keynote}
"""


def zurich(day: int, hhmm: str) -> datetime:
    hour, minute = map(int, hhmm.split(":"))
    return datetime(2024, 12, day, hour, minute, tzinfo=ZURICH)


def test_a_time_marked_plus_one_is_on_the_next_calendar_day_of_the_same_programme_day():
    agenda = load_agenda_text(CONGRESS)
    late, night = agenda.days[0].sessions
    assert (late.start, late.end) == (zurich(27, "23:30"), zurich(28, "00:10"))
    assert (night.start, night.end) == (zurich(28, "00:15"), zurich(28, "01:00"))
    assert night.day == date(2024, 12, 27)
    assert agenda.days[0].planned_end == zurich(28, "01:00")


def test_an_unmarked_end_is_on_its_starts_date_as_it_always_was():
    """A duration could always run past midnight, and the next session's start follow it
    there: an end written after it keeps the meaning it had."""
    agenda = load_agenda_text(
        "title: T\ntimezone: Europe/Zurich\ndays:\n  - date: 2024-12-27\n    sessions:\n"
        '      - {start: "23:30", duration: 60, title: A}\n      - {end: "00:50", title: B}\n'
        '      - {start: "00:55+1", end: "01:10", title: C}\n')
    assert [(s.start, s.end) for s in agenda.sessions()] == [
        (zurich(27, "23:30"), zurich(28, "00:30")), (zurich(28, "00:30"), zurich(28, "00:50")),
        (zurich(28, "00:55"), zurich(28, "01:10"))]


@pytest.mark.parametrize(("session", "expected"), [
    ('{start: "23:30", end: "00:10", title: A}',
     '6:31: ends at 00:10, not after its start 23:30 (after midnight? write "00:10+1")'),
    ('{start: "23:30", duration: 30, title: A}\n      - {start: "00:15", duration: 5, title: B}',
     '7:17: starts at 00:15, before the previous session (line 6) ends at 00:00+1 (after '
     'midnight? write "00:15+1")'),
    ('{start: "00:15 +2", duration: 5, title: A}',
     "6:17: start must be a time as HH:MM (like \"10:00\"), not '00:15 +2'"),
])
def test_a_night_written_wrong_gets_a_located_hint(session, expected):
    text = ("title: T\ntimezone: Europe/Zurich\ndays:\n  - date: 2024-12-27\n    sessions:\n"
            f"      - {session}\n")
    with pytest.raises(AgendaError) as caught:
        load_agenda_text(text, "a.yaml")
    assert [p.format() for p in caught.value.problems] == [f"a.yaml:{expected}"]


def test_a_night_that_runs_into_the_next_days_programme_is_refused():
    text = CONGRESS.replace('start: "10:30"', 'start: "00:30"')
    with pytest.raises(AgendaError, match=r"<agenda>:10:9: starts at 2024-12-28 00:30, before the day "
                                          r"before ends \(line 7, at 2024-12-28 01:00\)"):
        load_agenda_text(text)


def test_the_night_belongs_to_its_day_until_the_next_days_programme_begins():
    agenda = load_agenda_text(CONGRESS)
    at = {hhmm: int(zurich(28, hhmm).timestamp()) for hhmm in ("00:30", "09:00", "10:29", "10:30")}
    assert [agenda.programme_date(at[t]) for t in ("00:30", "09:00", "10:29")] == [date(2024, 12, 27)] * 3
    assert agenda.programme_date(at["10:30"]) == date(2024, 12, 28)
    # an ordinary day is over at midnight, as it always was
    wipo = load_agenda_text(CONGRESS.replace('end: "00:10+1"', 'end: "23:45"').replace(
        '      - {id: night, start: "00:15+1", duration: 45, title: After midnight, hard_end: true}\n', ""))
    assert wipo.programme_date(at["00:30"]) == date(2024, 12, 28)


def test_a_talk_live_after_midnight_is_live_and_its_close_holds():
    """At 00:40 the 00:15 talk is live on the 27th's programme, not a day gone by."""
    agenda = load_agenda_text(CONGRESS)
    started = int(zurich(28, "00:20").timestamp())
    now = int(zurich(28, "00:40").timestamp())
    projection = project(agenda, [Action(int(zurich(27, "23:31").timestamp()), "start", "late"),
                                  Action(started, "next")], now)
    night = projection.session("night")
    assert projection.live is not None and projection.live.id == "night"
    assert night.state == LIVE and night.start_s == started
    assert projection.day(date(2024, 12, 28)).sessions[0].state == UPCOMING
    # no slack: it ends at 00:20 + 45 minutes, its hard end at 01:00 reported 5 minutes late
    assert night.end_s == started + 45 * 60
    assert [(b.session, b.anchor, b.late_by_s) for b in projection.days[0].breaches] == [
        ("night", "end", 300)]


# -- the projection's invariants on nights ------------------------------------------------
# the nights Zurich's clocks change (spring forward at 02:00, back at 03:00), and others
NIGHTS = [date(2024, 3, 30), date(2024, 10, 26), date(2024, 12, 27), date(2024, 6, 14)]


def _wall(moment_s: int, day: date) -> str:
    local = datetime.fromtimestamp(moment_s, UTC).astimezone(ZURICH)
    return f"{local:%H:%M}" + ("+1" if local.date() > day else "")


def _twice(moment_s: int) -> bool:
    """In the hour the clocks go back: HH:MM there would mean its first time."""
    local = datetime.fromtimestamp(moment_s, UTC).astimezone(ZURICH)
    return local.fold == 1 or local.replace(fold=1).utcoffset() != local.utcoffset()


@st.composite
def night_agendas(draw, anchored: bool = False):
    """One evening's programme running on into the night past midnight (and through the
    clock change on two of the nights), written with HH:MM+1 starts, then the next day.
    `anchored`: back to back, and the only anchor the last session's hard end."""
    # an anchored night is mostly one the clocks change, late enough to run through it
    day = draw(st.sampled_from(NIGHTS[:2] * 2 + NIGHTS if anchored else NIGHTS))
    hour = draw(st.integers(22, 23) if anchored else st.integers(20, 23))
    first = datetime.combine(day, datetime.min.time(), ZURICH).replace(hour=hour)
    moment = int(first.timestamp())
    lines = ["title: Night", "timezone: Europe/Zurich", "days:", f"  - date: {day}", "    sessions:"]
    count = draw(st.integers(2, 8))
    for n in range(count):
        if n and not anchored and draw(st.booleans()):
            moment += 60 * draw(st.integers(1, 20))
        while _twice(moment) and (n == 0 or not anchored):
            moment += 15 * 60
        length = draw(st.integers(5, 90 if anchored else 60))
        start = f'start: "{_wall(moment, day)}"' if n == 0 or not anchored else ""  # else: back to back
        fields = [f"id: s{n}", *([start] if start else []), f"duration: {length}", f"title: S{n}"]
        if draw(st.integers(0, 2)) == 0:
            fields.append(f"min_duration: {draw(st.integers(0, length))}")
        if not anchored and draw(st.integers(0, 4)) == 0:
            fields.append("hard_start: true")
        if n == count - 1 or (not anchored and draw(st.integers(0, 4)) == 0):
            fields.append("hard_end: true")
        lines.append("      - {" + ", ".join(fields) + "}")
        moment += 60 * length
    lines += [f"  - date: {day + timedelta(days=1)}", "    sessions:",
              '      - {id: next-day, start: "10:00", duration: 30, title: Next}']
    return load_agenda_text("\n".join(lines) + "\n")


@st.composite
def night_shows(draw):
    agenda = draw(night_agendas())
    # the chair acts during the day's programme, its night included
    actions, moment = draw_actions(draw, agenda, [s.id for s in agenda.days[0].sessions],
                                   lambda moment: agenda.programme_date(moment) == agenda.days[0].date)
    now = moment + 60 * draw(st.integers(0, 90))
    return agenda, actions, now


@SETTINGS
@given(night_shows())
def test_on_a_night_sessions_stay_in_order_never_overlap_nor_start_early(show):
    agenda, actions, now = show
    night = agenda.days[0]
    midnight = datetime.combine(night.date + timedelta(days=1), datetime.min.time(), ZURICH)
    crosses = night.planned_end > midnight  # a day that ends at midnight exactly does not
    event("the day runs past midnight" if crosses else "the day ends by midnight")
    event("now is after midnight" if agenda.local(now).date() > night.date else "now is before midnight")
    projection = project(agenda, actions, now)
    day = projection.days[0]
    calendar = agenda.local(now).date()
    keeps_the_night = (crosses and calendar == night.date + timedelta(days=1)
                       and now < agenda.days[1].sessions[0].start_s)
    assert agenda.programme_date(now) == (night.date if keeps_the_night else calendar)
    items = placed(day)
    for item in items:
        assert item.end_s >= item.start_s
    for before, after in itertools.pairwise(items):
        assert before.end_s <= after.start_s, (before.id, after.id)
    upcoming = [p.id for p in items if p.state == UPCOMING]
    assert upcoming == [p.id for p in day.sessions if p.state == UPCOMING]  # in the agenda's order
    for item in day.sessions:
        if item.state == UPCOMING:
            assert item.start_s >= item.session.start_s
    if projection.live is not None and keeps_the_night:  # live on its night: not a day gone by
        assert projection.live.state == LIVE and projection.live.end_s >= now


@SETTINGS
@given(night_agendas(anchored=True), st.data())
def test_on_a_night_the_close_holds_whenever_the_slack_covers_the_delay(agenda, data):
    """The first session started late and live, nothing else touched: the last session's
    hard end holds exactly when the slack of the sessions that can help covers the delay
    (no gaps, no other anchor, as in tests/test_properties.py)."""
    sessions = agenda.days[0].sessions
    first, last = sessions[0], sessions[-1]
    assert all(a.end_s == b.start_s for a, b in itertools.pairwise(sessions))
    started = first.start_s + 60 * data.draw(st.integers(1, 60), label="minutes late")
    now = started + data.draw(st.integers(0, first.duration_s + 30 * 60), label="seconds in")
    # a day planned to end by midnight is over at midnight, however late it runs (rule 7)
    assume(agenda.programme_date(now) == agenda.days[0].date)
    projection = project(agenda, [Action(started, "start", first.id)], now)
    by_rule_2 = max(started + first.duration_s, now)
    delay = by_rule_2 - first.end_s
    live_slack = by_rule_2 - max(now, started + first.min_duration_s) if first.slack_s > 0 else 0
    slack = live_slack + sum(s.slack_s for s in sessions[1:])
    event("the night crosses a clock change" if first.start.utcoffset() != last.end.utcoffset()
          else "no clock change")
    day = projection.days[0]
    assert projection.session(first.id).state == LIVE
    if slack >= delay:
        assert day.breaches == ()
        assert projection.session(last.id).end_s == last.end_s
    else:
        assert [(b.session, b.late_by_s) for b in day.breaches] == [(last.id, delay - slack)]


def test_a_restart_in_the_night_finds_the_journal_of_the_day_it_belongs_to(tmp_path):
    """A live show's journal is named by programme day: the 00:15 talk's actions are in the
    27th's journal, so a restart at 00:22 stands where the show stood (before, it opened an
    empty journal named the 28th). The next day's own morning has its own."""
    from runofshow.show import journal_file

    agenda = load_agenda_text(CONGRESS)
    evening, night, morning = (journal_file(agenda, tmp_path / "congress.yaml", False, tmp_path, moment)
                               for moment in (zurich(27, "23:30").timestamp(),
                                              zurich(28, "00:22").timestamp(),
                                              zurich(28, "10:30").timestamp()))
    assert evening == night and night.stem == "2024-12-27"
    assert morning.stem == "2024-12-28"
