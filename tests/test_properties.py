"""Invariants of the projection, checked on generated agendas and action lists."""

from __future__ import annotations

import itertools
import os

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from runofshow.actions import Action, ActionError, LiveState, replay
from runofshow.clock import SimulatedClock
from runofshow.journal import Journal, journal_path
from runofshow.loader import load_agenda_text
from runofshow.projection import LIVE, SKIPPED, UPCOMING, project
from runofshow.show import Show
from tests.conftest import zurich_s

# PROPERTY_EXAMPLES=2000 for a deeper search than the everyday run
SETTINGS = settings(max_examples=int(os.environ.get("PROPERTY_EXAMPLES", "150")), deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


@st.composite
def agendas(draw, max_days: int = 2, gaps: bool = True):
    lines = ["title: Generated", "timezone: Europe/Zurich", "days:"]
    for day in range(draw(st.integers(1, max_days))):
        lines += [f"  - date: 2024-03-{13 + day}", "    sessions:"]
        minute = 9 * 60
        for n in range(draw(st.integers(2, 7))):
            if gaps and n and draw(st.booleans()):
                minute += draw(st.integers(1, 20))
            length = draw(st.integers(5, 60))
            fields = [f"id: s{day}-{n}", f'start: "{minute // 60:02d}:{minute % 60:02d}"',
                      f"duration: {length}", f"title: S{n}"]
            if draw(st.integers(0, 2)) == 0:
                fields.append(f"min_duration: {draw(st.integers(0, length))}")
            if draw(st.integers(0, 4)) == 0:
                fields.append("hard_start: true")
            if draw(st.integers(0, 4)) == 0:
                fields.append("hard_end: true")
            lines.append("      - {" + ", ".join(fields) + "}")
            minute += length
    return load_agenda_text("\n".join(lines) + "\n")


def draw_actions(draw, agenda, ids, during=lambda moment: True, state: LiveState | None = None,
                 first: int | None = None) -> tuple[list[Action], int]:
    """A valid list of the chair's actions on `ids`, from just before the first session (or
    of `first`, the state of earlier actions going on), while `during(moment)` holds, and
    the moment of the last one."""
    state = state or LiveState(agenda)
    start = agenda.days[0].sessions[0].start_s if first is None else first
    moment = start - 60 * draw(st.integers(0, 10))
    actions: list[Action] = []
    for _ in range(draw(st.integers(0, 12))):
        moment += 60 * draw(st.integers(0, 40)) + draw(st.integers(0, 59))
        if not during(moment):
            break
        kind = draw(st.sampled_from(["start", "next", "next", "end", "extend", "skip", "unskip"]))
        session = draw(st.sampled_from(ids)) if kind in ("start", "skip", "unskip") else None
        minutes = None
        if kind == "extend":
            minutes = draw(st.sampled_from([-5, -1, 1, 5, 10]))
            session = draw(st.sampled_from([None, *ids]))
        action = Action(moment, kind, session, minutes)
        try:
            state.apply(action)
        except ActionError:
            continue
        actions.append(action)
    return actions, moment


@st.composite
def shows(draw, max_days: int = 2, gaps: bool = True):
    """An agenda, a valid list of actions on it, and a moment after them."""
    agenda = draw(agendas(max_days, gaps))
    actions, moment = draw_actions(draw, agenda, agenda.session_ids)
    now = moment + 60 * draw(st.integers(0, 90))
    return agenda, actions, now


def placed(day):
    # by start, then end: a session started and ended in the same second (zero length)
    # comes before the one that began at that instant
    return sorted((p for p in day.sessions if p.state != SKIPPED),
                  key=lambda p: (p.start_s, p.end_s))


@SETTINGS
@given(shows())
def test_sessions_of_a_day_never_overlap(show):
    agenda, actions, now = show
    for day in project(agenda, actions, now).days:
        items = placed(day)
        for item in items:
            assert item.end_s >= item.start_s
        for before, after in itertools.pairwise(items):
            assert before.end_s <= after.start_s, (before.id, after.id)


@SETTINGS
@given(shows())
def test_no_compression_below_minimum_and_only_of_untouched_flexible_sessions(show):
    agenda, actions, now = show
    for item in project(agenda, actions, now).all_sessions():
        session = item.session
        assert 0 <= item.compressed_by_s <= session.slack_s
        if item.compressed_by_s:
            assert not item.adjusted and item.state in (LIVE, UPCOMING)
            # the live one too: never below its minimum from when it really started
            assert item.end_s - item.start_s >= session.min_duration_s
        if item.state == LIVE:
            assert item.end_s >= now  # it never ends before now, compressed or not
            # its countdown: never later than planned, never below its minimum when shortened
            planned = item.start_s + max(0, session.duration_s + item.adjusted_by_s)
            assert item.due_end_s <= planned
            if item.due_end_s < planned:
                assert not item.adjusted
                assert item.due_end_s - item.start_s >= session.min_duration_s


@SETTINGS
@given(shows())
def test_no_upcoming_session_starts_before_its_planned_start(show):
    agenda, actions, now = show
    projection = project(agenda, actions, now)
    today = agenda.local(now).date()
    for item in projection.all_sessions():
        if item.state == UPCOMING:
            assert item.start_s >= item.session.start_s
            if item.session.day == today:  # nor before now: a compressed live one ends now at the soonest
                assert item.start_s >= now


def _live_slack(item, now: int) -> int:
    """What is left of a live flexible session (rule 4): its end by rule 2 less the later of
    now and its start + min_duration."""
    by_rule_2 = max(item.start_s + item.session.duration_s + item.adjusted_by_s, now)
    return by_rule_2 - max(now, item.start_s + item.session.min_duration_s)


def _helping_sessions(day, anchor_index: int, anchor: str, now: int):
    """Rule 4 of docs/contracts.md ("The projection") written out plainly: walking back
    from the anchor over upcoming sessions, as long as the start just after each one is
    late and the previous anchor is not passed, the flexible sessions the chair did not
    touch, down to and including the live session, which heads the run. Returns each with
    all the slack it has: (session, seconds)."""
    sessions = day.sessions
    helping = []
    j = anchor_index if anchor == "end" else anchor_index - 1
    start_after_is_late = True  # the anchor itself is late
    while j >= 0 and start_after_is_late:
        item = sessions[j]
        if item.state == SKIPPED:  # takes no time: the run goes through it
            j -= 1
            continue
        if item.state not in (LIVE, UPCOMING) or (j != anchor_index and item.session.hard_end):
            break  # a session that is over, or the previous anchor (an end) is reached
        flexible = item.session.slack_s > 0 and not item.adjusted
        if item.state == LIVE:
            if flexible:
                helping.append((item, _live_slack(item, now)))
            break  # its start is behind us: the run begins with it
        if flexible:
            helping.append((item, item.session.slack_s))
        if item.session.hard_start:
            break  # the previous anchor (this session's start) is reached
        start_after_is_late = item.start_s > item.session.start_s
        j -= 1
    return helping


@SETTINGS
@given(shows())
def test_a_breached_anchor_has_used_all_the_slack_that_could_help(show):
    agenda, actions, now = show
    for day in project(agenda, actions, now).days:
        index = {p.id: k for k, p in enumerate(day.sessions)}
        for breach in day.breaches:
            k = index[breach.session]
            item = day.sessions[k]
            planned = item.session.start_s if breach.anchor == "start" else item.session.end_s
            projected = item.start_s if breach.anchor == "start" else item.end_s
            assert breach.late_by_s == projected - planned > 0  # a breach equals the shortfall
            for helper, slack in _helping_sessions(day, k, breach.anchor, now):
                assert helper.compressed_by_s == slack, helper.id
                if helper.state == LIVE:  # all of what was left of it: it ends at its floor
                    event("a live session helped a breached anchor")
                    floor = max(now, helper.start_s + helper.session.min_duration_s)
                    assert helper.end_s == floor, helper.id


@st.composite
def anchored_days(draw):
    """One day of back-to-back sessions whose last one has a hard end and none a hard
    start: the shape in which the live first session and every untouched flexible session
    after it can help the anchor."""
    lines = ["title: Anchored", "timezone: Europe/Zurich", "days:",
             "  - date: 2024-03-13", "    sessions:"]
    count = draw(st.integers(2, 7))
    minute = 9 * 60
    for n in range(count):
        length = draw(st.integers(5, 60))
        fields = [f"id: s{n}", f'start: "{minute // 60:02d}:{minute % 60:02d}"',
                  f"duration: {length}", f"title: S{n}"]
        if draw(st.booleans()):
            fields.append(f"min_duration: {draw(st.integers(0, length))}")
        if n == count - 1:
            fields.append("hard_end: true")
        lines.append("      - {" + ", ".join(fields) + "}")
        minute += length
    return load_agenda_text("\n".join(lines) + "\n")


@SETTINGS
@given(anchored_days(), st.data())
def test_anchor_holds_whenever_the_slack_covers_the_delay(agenda, data):
    """The first session started late and live, one hard_end at the end of the day: the
    sessions that can help are the live one, by what is left of it, and all the untouched
    flexible ones after it. The anchor holds exactly when their slack covers the delay."""
    sessions = agenda.days[0].sessions
    first, last = sessions[0], sessions[-1]
    started = first.start_s + 60 * data.draw(st.integers(1, 60), label="minutes late")
    # a moment while it runs, or after its planned length (an overrun: nothing left of it)
    now = started + data.draw(st.integers(0, first.duration_s + 30 * 60), label="seconds in")
    projection = project(agenda, [Action(started, "start", first.id)], now)
    by_rule_2 = max(started + first.duration_s, now)
    delay = by_rule_2 - first.end_s
    live_slack = 0
    if first.slack_s > 0:
        live_slack = by_rule_2 - max(now, started + first.min_duration_s)
    slack = live_slack + sum(s.slack_s for s in sessions[1:])
    day = projection.days[0]
    live = projection.session(first.id)
    event("the slack covers the delay" if slack >= delay else "the anchor is breached")
    event("the live session has slack left" if live_slack else "nothing is left of the live session")
    assert live.state == LIVE and live.end_s >= now
    if first.min_duration_s is not None:
        assert live.end_s - started >= first.min_duration_s
    if slack >= delay:
        assert day.breaches == ()
        assert projection.session(last.id).end_s == last.end_s
        assert sum(p.compressed_by_s for p in day.sessions) == delay
    else:
        assert [(b.session, b.late_by_s) for b in day.breaches] == [(last.id, delay - slack)]
        assert sum(p.compressed_by_s for p in day.sessions) == slack
        assert live.compressed_by_s == live_slack


@SETTINGS
@given(anchored_days(), st.data())
def test_the_live_countdown_never_goes_back_up_between_actions(agenda, data):
    """As the clock runs with no action, the time left on the live countdown only goes down:
    what the anchor takes from the live session moves its due end earlier, never later
    than the time it lets pass, and past the moment it had to stop it runs into overtime."""
    first = agenda.days[0].sessions[0]
    started = first.start_s + 60 * data.draw(st.integers(1, 60), label="minutes late")
    actions = [Action(started, "start", first.id)]
    now = started + data.draw(st.integers(0, first.duration_s + 30 * 60), label="seconds in")
    later = now + data.draw(st.integers(1, 60 * 60), label="seconds after")
    before = project(agenda, actions, now).live
    after = project(agenda, actions, later).live
    event("shortened" if before.due_end_s < first.end_s + (started - first.start_s) else "as planned")
    assert after.due_end_s - later <= before.due_end_s - now


@SETTINGS
@given(shows())
def test_undo_after_any_action_restores_the_projection(tmp_path_factory, show):
    agenda, actions, now = show
    if not actions:
        return
    before = project(agenda, actions[:-1], now)
    journal = Journal.open(tmp_path_factory.mktemp("j") / "show.jsonl", agenda.source)
    clock = SimulatedClock(actions[0].at_s, speed=0.0)
    show_ = Show(agenda, journal, clock)
    for action in actions:
        clock.jump_to(action.at_s)
        show_.do(action.kind, action.session, action.minutes)
    assert project(agenda, show_.actions, now) == project(agenda, actions, now)
    show_.undo()
    assert show_.projection(now) == before
    show_.redo()
    assert show_.projection(now) == project(agenda, actions, now)
    show_.close()


@SETTINGS
@given(shows())
def test_replaying_the_journal_reproduces_the_projection(tmp_path_factory, show):
    agenda, actions, now = show
    path = journal_path("/agendas/generated.yaml", "2024-03-13", tmp_path_factory.mktemp("d"))
    clock = SimulatedClock(zurich_s(13, "08:00"), speed=0.0)
    live = Show(agenda, Journal.open(path, agenda.source, agenda.timezone), clock)
    for action in actions:
        clock.jump_to(action.at_s)
        live.do(action.kind, action.session, action.minutes)
    if actions and len(actions) % 2:
        live.undo()
    expected = live.projection(now)
    live.close()
    reopened = Show(agenda, Journal.open(path, agenda.source, agenda.timezone), clock)
    assert reopened.projection(now) == expected
    assert reopened.actions == live.actions
    reopened.close()


@st.composite
def two_day_shows(draw):
    """A two-day agenda and actions on both days: the chair may leave a session live at the
    end of the first (nobody pressed End), then goes on the next morning."""
    agenda = draw(agendas(max_days=2).filter(lambda found: len(found.days) == 2))
    state = LiveState(agenda)
    first, moment = draw_actions(draw, agenda, agenda.session_ids, state=state)
    morning = agenda.days[1].sessions[0].start_s
    later, moment = draw_actions(draw, agenda, agenda.session_ids, state=state,
                                 first=max(morning, moment + 1))
    now = max(moment, morning - 600) + 60 * draw(st.integers(0, 120))
    return agenda, first + later, now


@SETTINGS
@given(two_day_shows())
def test_a_day_gone_by_has_nothing_live_and_keeps_what_its_actions_made(show):
    """docs/contracts.md, rule 7: a session still live at the end of its day counts as
    ended; a day before `now` does not move with it; no action the next day reaches back."""
    agenda, actions, now = show
    today = agenda.programme_date(now)
    overnight = replay(agenda, actions, until_s=agenda.days[1].sessions[0].start_s - 601).live
    if overnight is not None and today > agenda.days[0].date:
        event("left live overnight")
    projection = project(agenda, actions, now)
    if projection.live is not None:
        event("a session live")
        assert projection.live.session.day >= today
    later = project(agenda, actions, now + 3600)
    for day, moved in zip(projection.days, later.days, strict=True):
        if day.date < today:
            assert day == moved
    yesterday = [p for p in projection.days[0].sessions if p.state == LIVE]
    if today > agenda.days[0].date:
        event("now on the second day")
        assert yesterday == []
