"""A standby's pure parts (runofshow/standby.py): the (epoch, seq) bookkeeping under any
order of deliveries, the takeover decision, and the journal copy on disk."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from runofshow.journal import Journal, JournalError
from runofshow.standby import (
    Decision,
    Mirror,
    Verdict,
    copy_header,
    room_decision,
    start_copy,
    takeover_epoch,
    takeover_header,
)
from runofshow.venue import epoch_of

ENTRIES = [{"op": "do", "at": "2024-06-03T09:00:00+02:00", "do": "start", "session": "s1"},
           {"op": "do", "at": "2024-06-03T09:05:00+02:00", "do": "extend", "minutes": 5},
           {"op": "undo", "at": "2024-06-03T09:06:00+02:00"},
           {"op": "redo", "at": "2024-06-03T09:07:00+02:00"}]


@st.composite
def deliveries(draw):
    """Entries 1…n of one epoch as a broker might hand them over: out of order, some twice,
    some of an older epoch mixed in; every one of the epoch at least once."""
    n = draw(st.integers(1, 30))
    order = draw(st.permutations(list(range(1, n + 1))))
    again = draw(st.lists(st.integers(1, n), max_size=15))
    stale = draw(st.lists(st.integers(1, n), max_size=5))
    mixed = [(5, seq) for seq in order + again] + [(4, seq) for seq in stale]
    return n, draw(st.permutations(mixed))


@given(deliveries())
def test_whatever_the_order_each_entry_is_written_once_and_in_order(case):
    n, arriving = case
    mirror = Mirror(epoch=5)
    written = []
    for epoch, seq in arriving:
        verdict, ready = mirror.offer(epoch, seq, {"n": seq})
        if epoch == 4:
            assert verdict == Verdict.STALE
        written += [s for s, entry in ready if entry == {"n": s}]
        # incomplete exactly while something waits past a gap
        assert mirror.complete(mirror.seq) == (not mirror.waiting)
    assert written == list(range(1, n + 1))
    assert mirror.seq == n and not mirror.waiting and mirror.complete(n)


@given(st.integers(1, 50), st.integers(0, 50))
def test_a_gap_is_counted_until_it_is_filled(have, known):
    mirror = Mirror(epoch=1)
    for seq in range(1, have + 1):
        mirror.offer(1, seq, {})
    assert mirror.missing(known) == max(0, known - have)
    assert mirror.offer(1, have + 3, {})[0] == Verdict.GAP
    assert mirror.missing(known) == max(2, known - have) and not mirror.complete(known)
    assert mirror.offer(1, have + 1, {})[0] == Verdict.APPLY
    assert [s for s, _ in mirror.offer(1, have + 2, {})[1]] == [have + 2, have + 3]


def test_a_newer_epoch_is_a_new_copy_and_the_first_epoch_seen_is_followed():
    mirror = Mirror()
    assert mirror.offer(7, 1, {})[0] == Verdict.APPLY and mirror.epoch == 7
    assert mirror.offer(8, 1, {})[0] == Verdict.NEW_EPOCH and mirror.seq == 1
    mirror.begin(8)
    assert mirror.offer(8, 1, {}) == (Verdict.APPLY, [(1, {})])
    assert mirror.offer(7, 2, {})[0] == Verdict.STALE


@given(st.integers(1, 10**13), st.one_of(st.none(), st.booleans()),
       st.one_of(st.none(), st.integers(1, 10**13)))
def test_a_room_has_one_writer(own, online, epoch):
    decision = room_decision(own, online, epoch)
    if online is not None and epoch is not None and epoch > own:
        assert decision == Decision.FOLLOW  # taken over: whether that PC is up or not
    elif online and epoch is not None and epoch != own:
        assert decision == Decision.REFUSE  # a live primary of another show
    else:
        assert decision == Decision.PUBLISH
    # never publish over a newer epoch, never over another live one
    assert not (decision == Decision.PUBLISH and epoch is not None and online is not None
                and (epoch > own or (online and epoch != own)))


@given(st.integers(1, 10**13), st.integers(0, 10**13))
def test_a_takeover_epoch_is_always_larger(taken, now_ms):
    assert takeover_epoch(taken, now_ms) > taken
    assert takeover_epoch(taken, now_ms) >= now_ms


def test_a_copy_keeps_the_primary_s_epoch_and_a_takeover_goes_on_with_the_same_entries(tmp_path):
    path = tmp_path / "copy.jsonl"
    start_copy(path, copy_header("agenda.yaml", 1717400000000, "wipo", "Room A"))
    journal = Journal.open(path, "agenda.yaml")
    heard = []
    journal.listeners.append(lambda seq, entry: heard.append(seq))
    for entry in ENTRIES:
        journal.append(entry)
    assert epoch_of(journal.header) == 1717400000000 and journal.entries == 4 and heard == [1, 2, 3, 4]
    with pytest.raises(JournalError):
        journal.append({"op": "fly"})
    with pytest.raises(JournalError):
        journal.append({"op": "do", "do": "start"})  # no time
    assert journal.entries == 4  # nothing written for them
    header = takeover_header(journal.header, journal.entries, now_ms=1717400000000)
    journal.replace_header(header)
    journal.record("undo", at_s=1717400500)
    journal.close()
    lines = [json.loads(line) for line in path.read_text().splitlines()]
    assert lines[0]["epoch"] == 1717400000001
    assert lines[0]["takes_over"] == {"epoch": 1717400000000, "seq": 4, "event": "wipo", "room": "Room A"}
    assert "follows" not in lines[0]
    assert lines[1:5] == ENTRIES and lines[5]["op"] == "undo"
    again = Journal.open(path, "agenda.yaml")  # replays as any journal
    assert again.entries == 5 and len(again.state.actions) == 1
    again.close()
    start_copy(path, copy_header("agenda.yaml", 9, "wipo", "Room A"))  # a new copy: the old kept aside
    assert len(list(tmp_path.glob("copy.before-*.jsonl"))) == 1


def test_a_show_mirrors_entries_in_batches_and_stops_at_the_first_that_does_not_fit(tmp_path):
    from runofshow.actions import ActionError
    from runofshow.loader import load_agenda
    from runofshow.show import Show
    from tests.conftest import WIPO

    agenda = load_agenda(WIPO)
    path = tmp_path / "copy.jsonl"
    start_copy(path, copy_header(str(WIPO), 5, "e", "r"))
    show = Show.open(agenda, WIPO, rehearse=True, journal_file_path=path)
    at = "2024-03-13T09:00:00+01:00"
    good = [{"op": "do", "at": at, "do": "start", "session": "d1-opening"},
            {"op": "do", "at": at, "do": "extend", "minutes": 5}]
    assert show.mirror(good) == 2 and show.live_id == "d1-opening"
    bad = [{"op": "undo", "at": at}, {"op": "do", "at": at, "do": "start", "session": "no-such-session"},
           {"op": "redo", "at": at}]
    with pytest.raises(ActionError):
        show.mirror(bad)
    assert show.journal.entries == 3  # the undo before it, nothing after
    show.close()


def test_a_copy_goes_on_with_the_agenda_its_room_reloaded_and_takes_history_it_cannot_judge(tmp_path):
    from runofshow.actions import ActionError
    from runofshow.loader import load_agenda, load_agenda_text
    from runofshow.show import Show
    from tests.conftest import WIPO

    old = load_agenda(WIPO)
    text = WIPO.read_text(encoding="utf-8").replace("id: d1-panel-1\n", "id: d1-panel-one\n")
    new = load_agenda_text(text, "edited.yaml")
    at = "2024-03-13T10:00:00+01:00"
    before = [{"op": "do", "at": at, "do": "start", "session": "d1-opening"},
              {"op": "do", "at": at, "do": "extend", "session": "d1-panel-1", "minutes": 5}]  # old only
    after = [{"op": "reload", "at": at, "agenda": "edited.yaml", "dropped": [1]},
             {"op": "do", "at": at, "do": "skip", "session": "d1-panel-one"}]
    path = tmp_path / "copy.jsonl"
    start_copy(path, copy_header(str(WIPO), 5, "e", "r"))
    show = Show.open(old, WIPO, rehearse=True, journal_file_path=path)
    assert show.mirror(before) == 2 and show.live_id == "d1-opening"
    with pytest.raises(ActionError):
        show.mirror(after)  # on the old agenda, d1-panel-one does not exist
    assert show.journal.entries == 3  # the reload fits any agenda; the skip was refused
    show.close()

    # a standby that follows the reload: the entries from it on, checked against the new agenda
    start_copy(path, copy_header(str(WIPO), 6, "e", "r"))
    show = Show.open(old, WIPO, rehearse=True, journal_file_path=path)
    show.mirror(before)
    assert show.mirror(after, new) == 2
    assert show.agenda is new and show.live_id == "d1-opening"
    assert show.projection().session("d1-panel-one").state == "skipped"
    show.close()

    # a standby that starts on the new agenda: the history before the reload names a session
    # it lacks, so it is taken unchecked until the entries reach the reload
    start_copy(path, copy_header("edited.yaml", 7, "e", "r"))
    show = Show.open(new, "edited.yaml", rehearse=True, journal_file_path=path)
    assert show.mirror(before, check=False) == 2 and show.live_id is None  # written, not yet in force
    assert show.mirror(after) == 2 and show.live_id == "d1-opening"
    assert show.journal.entries == 4
    show.close()
    again = Show.open(new, "edited.yaml", rehearse=True, journal_file_path=path)
    assert again.live_id == "d1-opening" and again.journal.entries == 4
    again.close()


def test_a_room_s_agenda_is_kept_whole_where_the_standby_keeps_it(tmp_path):
    from datetime import date

    from runofshow.standby import keep_room_agenda, load_room_agenda
    from tests.conftest import WIPO

    text = WIPO.read_text(encoding="utf-8")
    path = keep_room_agenda("wipo", "Room A", "wipo.yaml", text, root=tmp_path)
    assert path == tmp_path / "follow" / "wipo-Room A" / "wipo.yaml"
    assert path.read_text(encoding="utf-8") == text
    assert keep_room_agenda("wipo", "Room A", "wipo.yaml", text + "\n", root=tmp_path) == path
    assert [p.name for p in path.parent.iterdir()] == ["wipo.yaml"]  # nothing left beside it
    shifted = load_room_agenda(path, date(2026, 12, 2))
    assert shifted.days[0].date == date(2026, 12, 2) and shifted.source == str(path)
