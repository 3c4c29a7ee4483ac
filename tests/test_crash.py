"""Crashes: the scripted show killed with SIGKILL at random, 200 times, through the app's live
path (benchmarks/crash.py); nothing acknowledged is lost, nothing is done twice, the restart
stands where the journal stands, and a torn last line is recovered from.

About 60 s on a 2-core machine: each kill is a fresh Python + Qt process that opens and
replays the same journal. The figures are printed with the test output.
"""

from __future__ import annotations

import json
import signal

import pytest

from benchmarks import crash
from runofshow.clock import SimulatedClock
from runofshow.journal import Journal
from runofshow.loader import load_agenda
from runofshow.show import Show
from tests.conftest import WIPO

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")

KILLS = 200


def show_figures(capsys, title: str, report: crash.Report) -> None:
    with capsys.disabled():
        print(f"\n{title}")
        for line in report.lines():
            print("  " + line)
        for error in report.errors[:5]:
            print("  ERROR " + error)


def test_sigkill_at_random_loses_nothing_acknowledged_and_repeats_nothing(capsys):
    report = crash.run(kills=KILLS)
    show_figures(capsys, f"Crash harness: {KILLS} SIGKILLs of the scripted WIPO show", report)
    assert report.kills >= KILLS, "the script ran out before the kills were done"
    assert report.errors == []
    assert report.lost == 0
    assert report.duplicates == 0 and report.acked_twice == 0 and report.out_of_step == 0
    assert report.projection_mismatches == 0
    # the restarted app's projection was compared with the one shown just before the kill
    assert report.restart_equal_checks > 0
    assert report.projection_checks >= report.acknowledged + report.killed_in_script
    # the kills landed everywhere: in start-up and replay, in the script, after a write
    assert report.killed_before_open > 0 and report.killed_in_script > 0
    assert report.written_not_acked > 0
    assert report.acknowledged > 10 * KILLS // 2
    # torn last lines (left by us: SIGKILL does not tear a small write) were all cut off
    assert report.torn_injected > 0 and report.recovery_missed == 0
    assert report.recovered_after_injected + report.recovered_silently == report.torn_injected
    assert report.recovered_after_sigkill == report.torn_after_sigkill
    # a killed app's lock never keeps its restart out (an empty lock file, cut short at its
    # creation, is broken after 10 s by design)
    assert all("left no name" in refusal for refusal in report.lock_refusals)


@pytest.mark.parametrize(("sabotage", "caught"), [
    ("unflushed", lambda r: r.lost > 0),
    ("replay-last", lambda r: r.acked_twice > 0 or r.out_of_step > 0 or r.duplicates > 0),
])
def test_the_harness_catches_a_broken_child(capsys, sabotage, caught):
    """Negative controls: a journal that acknowledges before its line leaves the write
    buffer loses actions; a restart that does the last step again repeats it. The same
    checks that pass above must see both."""
    report = crash.run(kills=4, sabotage=sabotage, tear_share=0.0)
    show_figures(capsys, f"Crash harness, negative control '{sabotage}'", report)
    assert not report.ok and caught(report)


def test_the_script_only_does_what_the_show_accepts_and_the_harness_reads_the_journal_right(
        tmp_path):
    """In process, no kills: 600 steps of the script through Show (each accepted), then the
    harness's own reader gives the same actions and entry texts as the app's journal."""
    agenda = load_agenda(WIPO)
    script = crash.Script(agenda, steps_per_day=300)
    path = tmp_path / "show.jsonl"
    clock = SimulatedClock(script.moment(-1), speed=0.0)
    show = Show(agenda, Journal.open(path, agenda.source, agenda.timezone), clock)
    texts, kinds = [], set()
    for step in range(script.steps):
        clock.jump_to(script.moment(step))
        kind, session, minutes = script.choose(step, show)
        kinds.add(kind)
        undone = show.actions[-1] if kind == "undo" else None
        if kind == "undo":
            show.undo()
        elif kind == "redo":
            show.redo()
        elif kind == "next":
            show.do(*show.next_action())
        else:
            show.do(kind, session, minutes)
        op = kind if kind in ("undo", "redo") else "do"
        texts.append(crash.entry_text(op, undone or show.actions[-1], show.now_s()))
    assert kinds == {"next", "extend", "start", "skip", "unskip", "undo", "redo"}
    read = crash.read_journal(path, frozenset({script.steps}))
    assert [e.text for e in read.entries] == texts
    assert read.actions_after[script.steps] == show.actions
    assert read.torn_tail == b"" and read.damaged is None
    # and both days were played
    assert {agenda.local(a.at_s).date() for a in show.actions} == {d.date for d in agenda.days}
    show.close()
    # a torn tail is seen as torn, not as an entry
    with open(path, "ab") as f:
        f.write(json.dumps({"op": "undo"}).encode()[:7])
    assert crash.read_journal(path).torn_tail == b'{"op": '


def test_python_m_benchmarks_crash_runs_the_harness_with_200_kills(monkeypatch, capsys):
    from benchmarks.__main__ import main

    asked = []
    monkeypatch.setattr(crash, "print_report", lambda kills: asked.append(kills) or 0)
    assert main(["--crash"]) == 0 and asked == [200]
    assert main(["--crash", "--quick"]) == 0 and asked == [200, 50]
    assert "benchmarks" in capsys.readouterr().out
