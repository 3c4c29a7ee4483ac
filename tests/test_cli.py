"""The command line (docs/contracts.md, "Command line"), run as a user runs it: a real
process, real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from tests.conftest import REPO, WIPO


def run(*args: str, cwd=REPO, env=None, module="runofshow") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", module, *args], capture_output=True,
                          text=True, cwd=cwd, timeout=60, env=env)


NO_ZONE = """\
title: Somewhere
days:
  - date: 2024-03-13
    sessions:
      - {id: a, start: "10:00", duration: 30, title: A}
"""


@pytest.mark.parametrize(("zone", "offset"), [("Europe/Zurich", "+01:00"),
                                              ("America/New_York", "-04:00"),
                                              ("Asia/Shanghai", "+08:00")])
def test_an_agenda_without_a_timezone_is_read_in_the_computers_zone_of_the_day(tmp_path, zone,
                                                                               offset):
    agenda = tmp_path / "nozone.yaml"
    agenda.write_text(NO_ZONE, encoding="utf-8")
    result = run("plan", str(agenda), "--json", "--at", "2024-03-13T09:00",
                 env={**os.environ, "TZ": zone})
    assert result.returncode == 0, result.stderr
    session = json.loads(result.stdout)["sessions"][0]
    assert session["planned_start"] == f"2024-03-13T10:00:00{offset}"


def test_the_runofshow_command_hands_the_core_commands_over_without_starting_qt():
    """`runofshow check` is the launcher (ui/launcher.py) handing over to the core."""
    code = ("import sys; from ui import launcher; code = launcher.main(['check', sys.argv[1]]);"
            "print(sorted(m for m in sys.modules if m.startswith('PySide6'))); sys.exit(code)")
    result = subprocess.run([sys.executable, "-c", code, str(WIPO)], capture_output=True,
                            text=True, cwd=REPO, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [run("check", str(WIPO)).stdout.strip(), "[]"]


def test_the_launcher_hands_over_every_command_of_the_core():
    from runofshow import cli
    from ui import launcher

    assert launcher.COMMANDS == cli.COMMANDS


def test_python_m_runofshow_without_a_command_points_to_the_app():
    result = run()
    assert result.returncode == 2 and result.stdout == ""
    assert "the app is the `runofshow` command" in result.stderr


def test_check_a_good_agenda():
    result = run("check", str(WIPO))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "ok: 知识产权和前沿技术产权组织对话会 第九届会议: 2 days, 23 sessions, "
        "2024-03-13 – 2024-03-14, Europe/Zurich, languages zh, en")


def test_check_a_bad_agenda_exits_2_with_located_errors_and_no_traceback(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: T\ntimezone: Mars/Olympus\ndays:\n  - date: 2024-03-13\n"
                   "    sessions:\n      - {start: '10:00', end: '09:00', title: A}\n",
                   encoding="utf-8")
    result = run("check", str(bad))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"{bad}:2:11: unknown timezone 'Mars/Olympus' (an IANA name like Europe/Zurich)",
        f"{bad}:6:31: ends at 09:00, not after its start 10:00",
    ]
    assert "Traceback" not in result.stderr


def test_plan_json_follows_the_contract(tmp_path):
    events = tmp_path / "events.yaml"
    events.write_text(textwrap.dedent("""\
        - {at: "2024-03-13T10:01:30", do: start, session: d1-opening}
        - {at: "2024-03-13T10:12:00", do: next}
        - {at: "2024-03-13T16:10:00", do: start, session: d1-panel-2-qa}
        - {at: "2024-03-13T16:20:00", do: extend, session: d1-panel-2-qa, minutes: 10}
        - {at: "2024-03-13T16:21:00", do: extend, minutes: -5}
        - {at: "2024-03-13T16:22:00", do: skip, session: d1-panel-3-qa}
        """), encoding="utf-8")
    result = run("plan", str(WIPO), "--events", str(events), "--at", "2024-03-13T16:25",
                 "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["at"] == "2024-03-13T16:25:00+01:00"
    assert [d["date"] for d in data["days"]] == ["2024-03-13", "2024-03-14"]
    day1 = data["days"][0]
    assert set(day1) == {"date", "planned_end", "projected_end", "late_by_s", "breaches"}
    assert day1["planned_end"] == "2024-03-13T18:00:00+01:00"
    sessions = {s["id"]: s for s in data["sessions"]}
    assert len(sessions) == 23
    qa = sessions["d1-panel-2-qa"]
    assert set(qa) == {"id", "day", "state", "planned_start", "planned_end", "start", "end",
                       "adjusted_by_s", "compressed_by_s"}
    assert (qa["state"], qa["start"], qa["adjusted_by_s"]) == \
        ("live", "2024-03-13T16:10:00+01:00", 300)
    # 30 planned + 5 net extension from 16:10: ends 16:45
    assert qa["end"] == "2024-03-13T16:45:00+01:00"
    assert sessions["d1-panel-3-qa"] == {**sessions["d1-panel-3-qa"], "state": "skipped",
                                         "start": None, "end": None}
    assert sessions["d1-opening"]["state"] == "done"
    assert sessions["d1-opening"]["start"] == "2024-03-13T10:01:30+01:00"
    assert sessions["d2-opening"]["state"] == "upcoming"


def test_plan_table_is_readable():
    result = run("plan", str(WIPO), "--at", "2024-03-13T09:55")
    assert result.returncode == 0, result.stderr
    assert "Wednesday 13 March 2024" in result.stdout
    assert "d1-panel-2-qa" in result.stdout and "开幕" in result.stdout
    assert "day ends 18:00 (planned 18:00): on time" in result.stdout


def test_plan_table_marks_times_past_the_days_date(tmp_path):
    """A time that falls on a later date than its day says so, as agendas write it: "+1"."""
    events = tmp_path / "events.yaml"
    events.write_text(textwrap.dedent("""\
        - {at: "2024-03-13T17:55:00", do: start, session: d1-close}
        - {at: "2024-03-13T17:56:00", do: extend, minutes: 1440}
        """), encoding="utf-8")
    result = run("plan", str(WIPO), "--events", str(events), "--at", "2024-03-13T17:57")
    assert result.returncode == 0, result.stderr
    close = next(line for line in result.stdout.splitlines() if line.startswith("d1-close "))
    assert "17:55-18:00 " in close and "17:55-18:00+1" in close
    assert "day ends 18:00+1 (planned 18:00): late by 1440:00" in result.stdout


def test_bad_events_are_located(tmp_path):
    events = tmp_path / "events.yaml"
    events.write_text(textwrap.dedent("""\
        - {at: "2024-03-13T10:00:00", do: next}
        - {at: "2024-03-13T10:01:00", do: start, session: d1-openin}
        - {at: "2024-03-13T10:02:00", do: start, session: d1-opening}
        - {at: "2024-03-13T10:03:00", do: end, session: d1-panel-1}
        - {at: "2024-03-13T09:00:00", do: end}
        - {at: "yesterday", do: end}
        - {at: "2024-03-13T10:30:00", do: extnd, minutes: 5}
        """), encoding="utf-8")
    result = run("plan", str(WIPO), "--events", str(events))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        f"{events}:1:3: next: no session is live",
        f"{events}:2:51: no session has the id 'd1-openin'; did you mean 'd1-opening'?",
        f"{events}:4:3: end d1-panel-1: it is not live (d1-opening is); end ends the live session",
        f"{events}:5:3: at 2024-03-13T09:00:00+01:00 is before the previous action; "
        "actions are in time order",
        f"{events}:6:8: at must be a date and time like 2024-03-13T10:01:30, not 'yesterday'",
        f"{events}:7:35: unknown action 'extnd'; did you mean 'extend'?",
    ]


def test_a_time_the_clocks_skip_or_pass_twice_is_located_and_explained(tmp_path):
    """Zurich's clocks go from 02:00 to 03:00 on 31 March 2024 and from 03:00 back to 02:00
    on 27 October: 02:30 names no moment on the first day and two on the second. Read in the
    agenda's zone they were taken silently (the skipped one as 03:30, the twice one as the
    first); an offset makes the second one moment."""
    events = tmp_path / "events.yaml"
    events.write_text(textwrap.dedent("""\
        - {at: "2024-03-31T02:30:00", do: next}
        - {at: "2024-10-27T02:30:00", do: next}
        """), encoding="utf-8")
    result = run("plan", str(WIPO), "--events", str(events))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        f"{events}:1:8: at '2024-03-31T02:30:00': 2024-03-31 02:30 does not exist in Europe/Zurich "
        "(the clocks go forward)",
        f"{events}:2:8: at '2024-10-27T02:30:00': 2024-10-27 02:30 happens twice in Europe/Zurich "
        "(the clocks go back): give its offset, +02:00 or +01:00",
    ]
    result = run("plan", str(WIPO), "--at", "2024-03-31T02:30")
    assert result.returncode == 2 and "does not exist in Europe/Zurich" in result.stderr
    # with an offset it is one moment (after the show, so nothing is live to move on)
    events.write_text('- {at: "2024-10-27T02:30:00+01:00", do: next}\n', encoding="utf-8")
    result = run("plan", str(WIPO), "--events", str(events))
    assert "happens twice" not in result.stderr and "does not exist" not in result.stderr


def test_usage_errors_exit_2_without_traceback():
    result = run("plan", str(WIPO), "--at", "noon")
    assert result.returncode == 2 and "not an ISO date and time" in result.stderr
    result = run("check")
    assert result.returncode == 2 and "Traceback" not in result.stderr
