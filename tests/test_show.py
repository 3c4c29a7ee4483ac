"""The open show (runofshow/show.py), without Qt: one call opens it, the queries the views
need, and the journal it writes."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from runofshow.actions import Action, ActionError, ActionKind, replay
from runofshow.board import BoardMode, board, screens_awake_reason
from runofshow.clock import SimulatedClock, SystemClock
from runofshow.cues import CueLog, plan_cues
from runofshow.display_state import DisplayState
from runofshow.journal import Journal, JournalError, cue_log_path
from runofshow.loader import load_agenda
from runofshow.model import Text
from runofshow.projection import project
from runofshow.show import Show, journal_file
from tests.conftest import WIPO, zurich_s
from tests.test_properties import SETTINGS, shows


@pytest.fixture
def agenda():
    return load_agenda(WIPO)


def test_opening_a_rehearsal_decides_its_journal_and_clock(agenda):
    show = Show.open(agenda, WIPO, rehearse=True)
    try:
        assert show.journal.path == journal_file(agenda, WIPO, rehearse=True)
        assert show.journal.path.name == "rehearsal-2024-03-13.jsonl"
        assert show.rehearsal and show.clock.simulated
        # five minutes before the opening (the clock runs: allow a moment)
        assert 0 <= show.now_s() - zurich_s(13, "09:55") < 5
        show.clock.jump_to(zurich_s(13, "10:20"))
        show.clock.set_speed(10.0)
        show.do(ActionKind.START, "d1-opening")
        show.save_display()
    finally:
        show.close()
    again = Show.open(agenda, WIPO, rehearse=True)  # a restart resumes where it stood
    try:
        assert again.live_id == "d1-opening"
        assert again.now_s() >= zurich_s(13, "10:20")
        assert again.clock.speed == 10.0
    finally:
        again.close()


def test_opening_a_live_show_runs_on_the_real_clock_with_a_journal_per_date(agenda):
    show = Show.open(agenda, WIPO, rehearse=False)
    try:
        assert isinstance(show.clock, SystemClock) and not show.rehearsal
        today = agenda.local(show.now_s()).date()
        assert show.journal.path.name == f"{today.isoformat()}.jsonl"
        assert show.journal.path != journal_file(agenda, WIPO, rehearse=True)
    finally:
        show.close()


def test_a_fresh_start_keeps_the_old_journal_aside(agenda, tmp_path):
    path = tmp_path / "show.jsonl"
    clock = SimulatedClock(zurich_s(13, "10:00"), speed=0.0)
    show = Show.open(agenda, WIPO, rehearse=True, journal_file_path=path, clock=clock)
    show.do(ActionKind.START, "d1-opening")
    show.display.message = "hello"
    show.save_display()
    show.close()
    fresh = Show.open(agenda, WIPO, rehearse=True, fresh=True, journal_file_path=path,
                      clock=clock)
    assert fresh.actions == [] and fresh.display == DisplayState()
    fresh.close()
    assert [p.name.startswith("show.before-") for p in tmp_path.glob("show.before-*")] == [True]


def test_a_fresh_start_keeps_the_old_cue_log_aside_too(agenda, tmp_path):
    path = tmp_path / "show.jsonl"
    clock = SimulatedClock(zurich_s(13, "10:00"), speed=0.0)
    show = Show.open(agenda, WIPO, rehearse=True, journal_file_path=path, clock=clock)
    cue = plan_cues(agenda, show.projection())[0]
    CueLog.open(cue_log_path(path), agenda.timezone).record("fired", cue, cue.at_s)
    show.close()
    Show.open(agenda, WIPO, rehearse=True, journal_file_path=path, clock=clock).close()
    assert [r.cue.id for r in CueLog.open(cue_log_path(path), agenda.timezone).records] == [cue.id]
    fresh = Show.open(agenda, WIPO, rehearse=True, fresh=True, journal_file_path=path, clock=clock)
    assert CueLog.open(cue_log_path(path), agenda.timezone).records == []  # fired anew
    fresh.close()
    (aside,) = tmp_path.glob("show.cues.before-*.jsonl")  # kept, never deleted
    assert json.loads(aside.read_text(encoding="utf-8"))["cue"] == cue.id


def test_a_rehearsal_clock_keeps_its_place_only_when_it_moved(agenda, tmp_path):
    path = tmp_path / "show.jsonl"
    clock = SimulatedClock(zurich_s(13, "10:20"), speed=0.0)
    show = Show.open(agenda, WIPO, rehearse=True, journal_file_path=path, clock=clock)
    kept = path.with_suffix(".clock.json")
    assert show.keep_clock_place()
    assert json.loads(kept.read_text()) == {"simulated_at": zurich_s(13, "10:20"), "speed": 0.0}
    written = kept.stat().st_ino
    assert not show.keep_clock_place()  # paused: nothing to write
    assert kept.stat().st_ino == written
    clock.jump_by(1)
    clock.set_speed(10.0)
    assert show.keep_clock_place()
    assert kept.stat().st_ino != written  # a new file renamed over the old one
    assert json.loads(kept.read_text()) == {"simulated_at": zurich_s(13, "10:20", second=1),
                                            "speed": 10.0}
    assert not list(tmp_path.glob("*.tmp"))
    assert not path.with_suffix(".display.json").exists()  # the screens' settings: untouched
    show.close()
    again = Show.open(agenda, WIPO, rehearse=True, journal_file_path=path)
    assert again.now_s() - zurich_s(13, "10:20", second=1) in (0, 1) and again.clock.speed == 10.0
    again.save_display()  # closing keeps the place in the display state: the later one wins
    again.clock.jump_to(zurich_s(13, "11:00"))
    again.save_display()
    again.close()
    resumed = Show.open(agenda, WIPO, rehearse=True, journal_file_path=path)
    assert resumed.now_s() - zurich_s(13, "11:00") in (0, 1)
    resumed.close()
    fresh = Show.open(agenda, WIPO, rehearse=True, fresh=True, journal_file_path=path)
    assert not kept.exists() and 0 <= fresh.now_s() - zurich_s(13, "09:55") < 5
    fresh.close()
    live = Show.open(agenda, WIPO, rehearse=False, journal_file_path=tmp_path / "live.jsonl")
    assert not live.keep_clock_place()  # the real clock is not kept: it is the real time
    live.close()


def test_a_journal_that_does_not_fit_the_agenda_is_refused_and_let_go(agenda, tmp_path):
    path = tmp_path / "show.jsonl"
    path.write_text('{"journal":1,"agenda":"x"}\n'
                    '{"op":"do","at":"2024-03-13T10:00:00+01:00","do":"start","session":"gone"}\n',
                    encoding="utf-8")
    with pytest.raises(ActionError, match="no session has the id 'gone'"):
        Show.open(agenda, WIPO, rehearse=True, journal_file_path=path)
    # the journal was closed: it can be opened again at once (and is not damaged)
    Journal.open(path, agenda.source).close()
    path.write_text("not a journal\nnor this\n", encoding="utf-8")
    with pytest.raises(JournalError):
        Show.open(agenda, WIPO, rehearse=True, journal_file_path=path)


def test_the_journal_writes_times_in_the_agendas_zone(agenda, tmp_path):
    path = tmp_path / "show.jsonl"
    clock = SimulatedClock(zurich_s(13, "10:01", second=30), speed=0.0)
    show = Show.open(agenda, WIPO, rehearse=True, journal_file_path=path, clock=clock)
    show.do(ActionKind.START, "d1-opening")
    show.undo()
    show.close()
    entries = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()[1:]]
    assert [e["at"] for e in entries] == ["2024-03-13T10:01:30+01:00"] * 2


def test_allowed_actions_follow_the_show(agenda, tmp_path):
    clock = SimulatedClock(zurich_s(13, "09:58"), speed=0.0)
    show = Show.open(agenda, WIPO, rehearse=True, journal_file_path=tmp_path / "s.jsonl",
                     clock=clock)
    assert show.allowed() == {"next"}  # nothing live, nothing to undo: start the due one
    assert show.allowed("d1-fireside") == {"next", "start", "skip", "extend"}
    show.do(ActionKind.SKIP, "d1-fireside")
    assert show.allowed("d1-fireside") == {"next", "start", "unskip", "undo"}
    show.do(*show.next_action())
    assert show.allowed("d1-opening") == {"next", "end", "extend", "undo"}
    show.undo()
    assert "redo" in show.allowed()
    show.close()


def _try(show: Show, kind: str, session: str | None) -> bool:
    """Do `kind` as the console's button would; whether the show accepted it."""
    try:
        if kind == "undo":
            return show.undo() is not None
        if kind == "redo":
            return show.redo() is not None
        if kind == ActionKind.NEXT:
            show.do(*show.next_action())
        elif kind == ActionKind.END:
            show.do(kind)
        else:
            show.do(kind, session, 1 if kind == ActionKind.EXTEND else None)
    except ActionError:
        return False
    return True


@SETTINGS
@given(shows(), st.booleans(), st.data())
def test_allowed_says_exactly_what_the_show_would_accept(tmp_path_factory, show, undo_last,
                                                         data):
    """Whatever the show has been through, an action is allowed if and only if doing it
    is accepted (the console's buttons are never enabled for a refusal, nor the reverse);
    a refused one writes nothing."""
    agenda, actions, now = show
    session = data.draw(st.sampled_from([None, *agenda.session_ids]))
    kinds = [ActionKind.NEXT, ActionKind.END, "undo", "redo"]
    if session is not None:
        kinds += [ActionKind.START, ActionKind.SKIP, ActionKind.UNSKIP, ActionKind.EXTEND]
    folder = tmp_path_factory.mktemp("j")

    def replayed(name: str) -> Show:
        clock = SimulatedClock(actions[0].at_s if actions else now, speed=0.0)
        made = Show(agenda, Journal.open(folder / f"{name}.jsonl", agenda.source), clock)
        for action in actions:
            clock.jump_to(action.at_s)
            made.do(action.kind, action.session, action.minutes)
        if undo_last:
            made.undo()
        clock.jump_to(max(now, clock.now_s()))
        return made

    allowed = replayed("asked").allowed(session)
    for kind in kinds:
        trial = replayed(str(kind))
        written = trial.journal.path.read_bytes()
        accepted = _try(trial, kind, session)
        assert accepted == (kind in allowed), kind
        if not accepted:
            assert trial.journal.path.read_bytes() == written
        trial.close()


@SETTINGS
@given(shows(), st.data())
def test_the_state_after_each_action_is_the_replay_of_the_journal(tmp_path_factory, show, data):
    """An action is tried on a copy of the state as it stands (not a replay of the day):
    whatever is done, refused, undone or redone, the state is always what replaying the
    actions on record gives, and a refused action leaves it as it was."""
    agenda, _, now = show
    clock = SimulatedClock(now, speed=0.0)
    made = Show(agenda, Journal.open(tmp_path_factory.mktemp("j") / "show.jsonl",
                                     agenda.source), clock)
    for _ in range(data.draw(st.integers(1, 25))):
        clock.jump_by(60 * data.draw(st.integers(0, 30)))
        before = made.state().copy()
        kind = data.draw(st.sampled_from(["start", "next", "end", "extend", "skip", "unskip",
                                          "undo", "redo"]))
        session = data.draw(st.sampled_from([None, *agenda.session_ids]))
        minutes = data.draw(st.sampled_from([-5, -1, 1, 5])) if kind == "extend" else None
        try:
            if kind in ("undo", "redo"):
                getattr(made, kind)()
            else:
                made.do(kind, session, minutes)
        except ActionError:
            assert made.state() == before
        assert made.state() == replay(agenda, made.actions)
    made.close()


def test_a_title_pair_is_what_every_view_shows():
    both = Text(by_lang=(("zh", "开幕"), ("en", "Opening")))
    assert both.pair(("zh", "en")) == ("开幕", "Opening")
    assert both.pair(("en", "zh")) == ("Opening", "开幕")
    assert both.pair(("fr", "en")) == ("Opening", "")  # no French: the best there is, once
    assert Text(plain="Lunch").pair(("zh", "en")) == ("Lunch", "")
    only_zh = Text(by_lang=(("zh", "午餐"),))
    assert only_zh.pair(("zh", "en")) == ("午餐", "")
    same = Text(by_lang=(("zh", "Q&A"), ("en", "Q&A")))
    assert same.pair(("zh", "en")) == ("Q&A", "")


@pytest.mark.parametrize(("moment", "started", "mode", "reason"), [
    (zurich_s(13, "08:30"), False, BoardMode.WAITING, None),  # 90 min before the opening
    (zurich_s(13, "09:05"), False, BoardMode.WAITING, "a conference session is about to start"),
    (zurich_s(13, "10:05"), True, BoardMode.LIVE, "a conference session is live"),
    (zurich_s(15, "09:00"), False, BoardMode.DONE, None),
])
def test_the_screens_are_kept_awake_from_an_hour_before_a_session(agenda, moment, started, mode,
                                                                  reason):
    actions = [Action(zurich_s(13, "10:00"), ActionKind.START, "d1-opening")] if started else []
    shown = board(agenda, project(agenda, actions, moment), moment)
    assert shown.mode == mode
    assert screens_awake_reason(shown) == reason


def test_the_morning_after_a_session_left_live_the_chair_s_keys_act_on_today(agenda):
    """Nobody pressed End after the last session of the 13th and the app ran overnight (a
    rehearsal, or a venue PC left on): on the 14th that session counts as ended at its
    projected end (docs/contracts.md, rule 7). Space starts the 14th's first session, not
    the 13th's next one; +1 has nothing live to extend; the board shows what is due."""
    show = Show.open(agenda, WIPO, rehearse=True)
    try:
        show.clock.jump_to(zurich_s(13, "17:55"))
        show.do(ActionKind.START, "d1-close")  # 17:55–18:00, then everyone went home
        show.clock.jump_to(zurich_s(14, "09:55"))
        assert show.live_id is None and show.projection().live is None
        assert "end" not in show.allowed() and "next" in show.allowed()  # Next starts today's
        with pytest.raises(ActionError, match="needs a live session"):
            show.do(ActionKind.EXTEND, None, 1)
        # yesterday's session, which counts as ended, cannot be restarted, stretched or
        # skipped by name either: the 13th keeps what happened
        assert show.allowed("d1-close") == {"next", "undo"}
        for kind, minutes in ((ActionKind.START, None), (ActionKind.EXTEND, 1), (ActionKind.SKIP, None)):
            with pytest.raises(ActionError, match="already"):
                show.do(kind, "d1-close", minutes)
        first = agenda.days[1].sessions[0].id
        assert show.next_action() == (ActionKind.START, first)
        shown = show.board(show.projection(), show.now_s())
        assert shown.mode == BoardMode.WAITING and shown.session.id == first
        day1 = show.projection().day(agenda.days[0].date)
        assert day1.late_by_s == 0  # the 13th ended as planned, not this morning
        show.do(*show.next_action())
        assert show.live_id == first
        assert show.projection().day(agenda.days[0].date) == day1  # nothing reached back
    finally:
        show.close()


def test_next_after_the_day_s_close_does_not_start_tomorrow(agenda):
    """One habitual press of Next after the last session of the 13th: nothing is live and
    the board counts down to the 14th's opening, but Next does not start it tonight (it
    would stand live all night and run 16 hours over by the morning). The console's Start
    of that session, by name, still can."""
    show = Show.open(agenda, WIPO, rehearse=True)
    try:
        show.clock.jump_to(zurich_s(13, "17:55"))
        show.do(ActionKind.START, "d1-close")
        show.clock.jump_to(zurich_s(13, "18:00"))
        show.do(*show.next_action())  # ends the close: the day's last session
        show.clock.jump_to(zurich_s(13, "18:05"))
        first = agenda.days[1].sessions[0].id
        shown = show.board(show.projection(), show.now_s())
        assert shown.mode == BoardMode.WAITING and shown.session.id == first
        assert "next" not in show.allowed()
        with pytest.raises(ActionError, match="nothing left to start today"):
            show.next_action()
        assert "start" in show.allowed(first)
        show.clock.jump_to(zurich_s(14, "09:50"))  # the morning: Next is the chair's again
        assert show.next_action() == (ActionKind.START, first)
    finally:
        show.close()


def test_a_session_cannot_be_shortened_past_nothing(agenda):
    """−5, −5 on the 10-minute opening leave it 0 minutes long; a third −5 is refused and
    says why. Accepted, it was shown as "−15" while taking 10, and the next +5 then changed
    nothing on any screen."""
    show = Show.open(agenda, WIPO, rehearse=True)
    try:
        show.clock.jump_to(zurich_s(13, "10:00"))
        show.do(ActionKind.START, "d1-opening")
        show.do(ActionKind.EXTEND, None, -5)
        show.do(ActionKind.EXTEND, "d1-opening", -5)
        with pytest.raises(ActionError, match="lasts 0 min as it stands: it cannot be shortened by 5 min"):
            show.do(ActionKind.EXTEND, None, -5)
        with pytest.raises(ActionError, match="d1-panel-1 lasts 80 min"):
            show.do(ActionKind.EXTEND, "d1-panel-1", -90)
        show.do(ActionKind.EXTEND, None, 5)  # and back: every minute counts again
        assert show.projection().session("d1-opening").adjusted_by_s == -5 * 60
    finally:
        show.close()
