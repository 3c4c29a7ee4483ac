"""Bad agendas and events files, a corpus of them (tests/bad_inputs/), run the ways a user
meets them: `runofshow check` / `runofshow plan --events` and the app's Open dialog under a
live show (docs/contracts.md, "The agenda file" and "Command line"). Every one must give
located errors, FILE:LINE:COL: message, exit status 2, nothing on stdout, no traceback, in
under LIMIT_S seconds; in the app, a dialog listing them while the live show goes on
untouched.

Known bugs are marked xfail(strict=True) with the reason; they are listed in KNOWN_BUGS.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from runofshow.cli import main
from tests.conftest import REPO, WIPO
from tests.qt_helpers import live_shell
from ui.shell import Shell

CORPUS = Path(__file__).resolve().parent / "bad_inputs"
AGENDAS = sorted((CORPUS / "agendas").glob("*.yaml"))
EVENTS = sorted((CORPUS / "events").glob("*.yaml"))
LIMIT_S = 2.0  # per file, for the command and for the Open dialog

# -- known bugs (each reproduced by the corpus file of that name) --------------------------
AGENDA_BUGS: dict[str, str] = {}  # none known: add "file.yaml": "why" to mark one
EVENT_BUGS: dict[str, str] = {}
KNOWN_BUGS = {**{f"agendas/{k}": v for k, v in AGENDA_BUGS.items()},
              **{f"events/{k}": v for k, v in EVENT_BUGS.items()}}


def _cases(paths: list[Path], bugs: dict[str, str]) -> list:
    return [pytest.param(p, id=p.name, marks=[pytest.mark.xfail(strict=True, reason=bugs[p.name])]
                         if p.name in bugs else []) for p in paths]


# -- what a clean refusal looks like --------------------------------------------------------
LOCATED = r"^{}:(\d+):(\d+): (.+)$"


@dataclass
class Tally:
    """What the sweep saw, for the report at the end of the module: it checks the tally
    against the runs selected, then prints one line."""
    tried: dict[str, float] = field(default_factory=dict)  # "check agendas/x.yaml" -> seconds
    clean: set[str] = field(default_factory=set)

    def slowest(self, keys=None) -> tuple[str, float]:
        keys = list(self.tried) if keys is None else keys
        return max(((k, self.tried[k]) for k in keys), key=lambda kv: kv[1], default=("-", 0.0))


TALLY = Tally()


def _text_of(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")  # one character per byte: columns of an undecodable file


def located_problems(lines: list[str], path: Path, shown_as: str) -> list[str]:
    """Every line is `shown_as:LINE:COL: message`, inside the file; returns the messages."""
    assert lines, "no problem was reported"
    pattern = re.compile(LOCATED.format(re.escape(shown_as)))
    text = _text_of(path)
    rows = len(text.splitlines())  # as generously as YAML counts lines (\r, NEL, LS, PS too)
    widest = max(len(line) for line in text.split("\n"))  # in characters
    messages = []
    for line in lines:
        match = pattern.match(line)
        assert match, f"not FILE:LINE:COL: message: {line[:300]!r}"
        row, col = int(match.group(1)), int(match.group(2))
        assert 1 <= row <= rows + 1, f"line {row} is outside the file: {line[:300]!r}"
        assert 1 <= col <= widest + 1, f"column {col} is outside the file: {line[:300]!r}"
        messages.append(match.group(3))
    return messages


def run_cli(argv: list[str], capsys) -> tuple[int, str, str, float]:
    capsys.readouterr()
    began = time.perf_counter()
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse and usage errors leave this way
        code = exc.code
    elapsed = time.perf_counter() - began
    out, err = capsys.readouterr()
    return code, out, err, elapsed


def assert_clean_refusal(code, out: str, err: str, elapsed: float, path: Path, shown_as: str) -> None:
    assert "Traceback" not in err
    assert out == ""
    assert code == 2, f"exit status {code}"
    located_problems(err.splitlines(), path, shown_as)
    assert elapsed < LIMIT_S, f"{elapsed:.2f} s"


def _key(how: str, path: Path) -> str:
    return f"{how} {path.parent.name}/{path.name}"


# -- 1. the command line, in process --------------------------------------------------------
@pytest.mark.parametrize("path", _cases(AGENDAS, AGENDA_BUGS))
def test_check_refuses_a_bad_agenda_with_located_errors(path, capsys):
    key = _key("check", path)
    TALLY.tried[key] = float("inf")  # a traceback leaves it at that
    code, out, err, elapsed = run_cli(["check", str(path)], capsys)
    TALLY.tried[key] = elapsed
    assert_clean_refusal(code, out, err, elapsed, path, str(path))
    TALLY.clean.add(key)


@pytest.mark.parametrize("path", _cases(EVENTS, EVENT_BUGS))
def test_plan_refuses_a_bad_events_file_with_located_errors(path, capsys):
    key = _key("plan", path)
    TALLY.tried[key] = float("inf")
    code, out, err, elapsed = run_cli(["plan", str(WIPO), "--events", str(path)], capsys)
    TALLY.tried[key] = elapsed
    assert_clean_refusal(code, out, err, elapsed, path, str(path))
    TALLY.clean.add(key)


# -- 1b. a sample through a real process -----------------------------------------------------
PROCESS_SAMPLE = [
    "agendas/syntax-tab-indentation.yaml", "agendas/type-duration-negative.yaml",
    "agendas/order-overlap.yaml", "agendas/key-top-near-miss.yaml",
    "agendas/tz-dst-skipped-start.yaml", "agendas/bomb-billion-laughs.yaml",
    "agendas/enc-utf16-bom.yaml", "agendas/junk-random-bytes-4.yaml",
    "agendas/deep-flow-unclosed.yaml", "agendas/long-line-days-of-numbers.yaml",
    "events/live-next-nothing-live.yaml", "events/action-unknown-near-miss.yaml",
    "events/junk-random-bytes-2.yaml",
]


def run_process(*args: str) -> tuple[subprocess.CompletedProcess, float]:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    began = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "runofshow", *args], capture_output=True,
                            text=True, encoding="utf-8", cwd=REPO, env=env, timeout=60)
    return result, time.perf_counter() - began


def command_for(relative: str) -> list[str]:
    if relative.startswith("events/"):
        return ["plan", "agendas/wipo-ip-frontier-2024.yaml", "--events", relative]
    return ["check", relative]


@pytest.mark.parametrize("name", PROCESS_SAMPLE)
def test_a_real_process_exits_2_with_only_located_errors(name):
    relative = f"tests/bad_inputs/{name}"  # FILE in every line is the path as given
    key = f"process {name}"
    TALLY.tried[key] = float("inf")
    result, elapsed = run_process(*command_for(relative))
    TALLY.tried[key] = elapsed
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    assert result.returncode == 2, result.stderr[-2000:]
    located_problems(result.stderr.splitlines(), REPO / relative, relative)
    assert elapsed < LIMIT_S, f"{elapsed:.2f} s (with interpreter start)"
    TALLY.clean.add(key)


# -- 2. the app's Open dialog under a live show ------------------------------------------------
class LiveShow:
    """One Shell with a live show (as in tests/test_shell.py), shared by the Open tests;
    rebuilt only if a bad file ever managed to replace it."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.builds = 0
        self.shell: Shell | None = None

    def build(self) -> None:
        self.builds += 1
        folder = self.folder / f"show{self.builds}"
        folder.mkdir()
        self.shell, _, _ = live_shell(folder)
        self.snapshot = self.state()

    def state(self) -> tuple:
        shell = self.shell
        controller = shell.windows.controller
        return (shell.windows, shell.agenda, shell.agenda_path, controller.projection(),
                controller.show.live_id, controller.show.journal.path.read_bytes())

    def ensure(self) -> Shell:
        if self.shell is None or self.state() != self.snapshot:
            self.close()
            self.build()
        return self.shell

    def close(self) -> None:
        if self.shell is not None and self.shell.windows is not None:
            self.shell.close()
        self.shell = None


@pytest.fixture(scope="module")
def live_show(qapp, tmp_path_factory):
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("RUNOFSHOW_DATA_DIR", str(tmp_path_factory.mktemp("data")))
        show = LiveShow(tmp_path_factory.mktemp("live"))
        show.build()
        yield show
        show.close()


def _dismiss(shell: Shell) -> None:
    if shell.dialog is not None:
        shell.dialog.close()
        shell.dialog.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    shell.dialog = None


def open_under_live_show(live_show: LiveShow, path: Path, shown_as: str | None = None) -> list[str]:
    """Open `path` with the app's Open path; assert the refusal is clean; return the lines."""
    shell = live_show.ensure()
    before = live_show.state()
    shell.dialog = None
    key = _key("open", path)
    TALLY.tried[key] = float("inf")
    began = time.perf_counter()
    opened = shell.open_agenda(str(path))
    elapsed = TALLY.tried[key] = time.perf_counter() - began
    try:
        assert opened is False, "the bad file was opened and replaced the live show"
        assert live_show.state() == before  # same session, agenda, projection, live session, journal
        assert shell.dialog is not None and shell.dialog.isVisible()
        lines = list(shell.dialog.lines)
        located_problems(lines, path, shown_as or str(path))
        assert elapsed < LIMIT_S, f"{elapsed:.2f} s"
    finally:
        _dismiss(shell)
    TALLY.clean.add(key)
    return lines


@pytest.mark.parametrize("path", _cases(AGENDAS, AGENDA_BUGS))
def test_open_dialog_lists_the_problems_and_the_live_show_goes_on(path, live_show):
    open_under_live_show(live_show, path)


# -- 3. exact messages, pinned for a handful of representative files --------------------------
# Only messages of our own code are pinned, each where our own check refuses the file. What the
# YAML parser refuses first (its syntax errors, nesting past its own limit) is in
# PARSER_REFUSALS below: its wording and exact column are the parser's, not ours.
PINNED = {
    "agendas/syntax-duplicate-top-key.yaml": ["4:1: duplicate key 'title' (first at line 2)"],
    # the parser gives up at 33:14 (the ':' after `title`, a line further down); ours is the
    # place a person looks at, the value pushed onto a line of its own, naming its key
    "agendas/syntax-value-on-the-next-line.yaml": [
        "32:1: YAML syntax: 'panel' stands on a line of its own where a key belongs; if it is the "
        "value of 'kind:' (line 31), write it on that line after the colon, or indent it further "
        "than 'kind'"],
    "agendas/long-line-unknown-key.yaml": [  # its ':' comes after YAML's 1024 characters
        f"3:1: YAML syntax: the key '{'k' * 37}...' is too long: a key is at most 1024 characters"],
    "agendas/type-duration-negative.yaml": [
        "7:36: duration must be whole minutes: 45, \"80m\", \"1h\" or \"1h20m\", not '-5'"],
    "agendas/type-min-duration-above.yaml": ["7:54: min_duration 40 is above the session's 30 minutes"],
    "agendas/type-hard-end-maybe.yaml": ["7:50: hard_end must be true or false, not 'maybe'"],
    "agendas/type-sessions-scalar.yaml": ["6:15: sessions must be a non-empty list, not 'opening'"],
    "agendas/order-overlap.yaml": [
        "8:24: starts at 10:20, before the previous session (line 7) ends at 10:30"],
    "agendas/key-session-dash-for-underscore.yaml": [
        "7:40: unknown key 'hard-end' in a session; did you mean 'hard_end'? (known: id, start, end, "
        "duration, kind, title, description, speakers, parent, hard_start, hard_end, min_duration, cues)"],
    "agendas/tz-near-miss.yaml": [
        "3:11: unknown timezone 'Europe/Zurch'; did you mean 'Europe/Zurich'?",
        "4:7: days must be a list of days, not an empty list"],
    "agendas/tz-dst-skipped-start.yaml": [
        "7:17: start 02:30 does not exist on 2024-03-31 in Europe/Zurich: the clocks skip it"],
    "agendas/id-parent-near-miss.yaml": [
        "8:60: parent 'panel-l' is not another session's id; did you mean 'panel-1'?"],
    "agendas/bomb-billion-laughs.yaml": ["3:8: aliases (*a) are not supported here; write the value out"],
    # our depth limit (32 levels), reached well below any parser's own (libyaml 0.2.6: 1000)
    "agendas/deep-flow-lists.yaml": ["2:39: nested more than 32 levels deep"],
    "agendas/deep-flow-mappings.yaml": ["2:132: nested more than 32 levels deep"],
    "agendas/deep-block-lists.yaml": ["4:63: nested more than 32 levels deep"],
    "agendas/deep-block-mappings.yaml": ["35:65: nested more than 32 levels deep"],
    "agendas/deep-speakers-33.yaml": ["7:87: nested more than 32 levels deep"],
    "agendas/deep-speakers-32-and-wrong.yaml": [  # 32 levels pass the limit; the schema refuses them
        "7:61: a speaker must be text or a mapping of language to text (like {zh: 开幕, en: Opening}), "
        "not a list"],
    "events/deep-nesting.yaml": ["2:34: nested more than 32 levels deep"],
    "agendas/enc-latin1.yaml": [
        "1:32: not UTF-8 text: byte 0xe9 cannot start a character; save the file as UTF-8"],
    "agendas/enc-utf16-bom.yaml": [
        "1:1: not UTF-8 text: byte 0xff cannot start a character; save the file as UTF-8"],
    "agendas/doc-empty.yaml": ["1:1: the file is empty"],
    "agendas/doc-two-documents.yaml": ["9:1: a second YAML document ('---'); one file holds one"],
    "agendas/order-every-problem-at-once.yaml": [
        "2:1: the agenda has no title",
        "2:1: unknown key 'tittle' in the agenda; did you mean 'title'? (known: title, venue, timezone, "
        "languages, cues, days)",
        "3:11: unknown timezone 'Europe/Zurch'; did you mean 'Europe/Zurich'?",
        "7:38: ends at 09:00, not after its start 10:00",
        "8:14: id 'a' is used twice (first at line 7)",
        "8:43: duration must be whole minutes: 45, \"80m\", \"1h\" or \"1h20m\", not 'abc'",
        "8:68: hard_end must be true or false, not 'maybe'",
        "9:5: this day has no sessions",
        "9:11: date 2024-03-13 comes before the previous day 2024-03-14 (line 5); days are unique and "
        "in order",
        "10:5: unknown key 'sesions' in a day; did you mean 'sessions'? (known: date, sessions)"],
    "events/live-next-nothing-live.yaml": ["2:3: next: no session is live"],
    "events/action-unknown-near-miss.yaml": ["2:35: unknown action 'strat'; did you mean 'start'?"],
    "events/session-unknown-near-miss.yaml": [
        "2:51: no session has the id 'd1-opning'; did you mean 'd1-opening'?"],
    "events/order-out-of-order.yaml": [
        "3:3: at 2024-03-13T09:59:00+01:00 is before the previous action; actions are in time order"],
    "events/minutes-on-skip.yaml": ["2:72: skip takes no minutes"],
    "events/shape-agenda-instead-of-events.yaml": [
        "2:1: an events file is a list of events, not a mapping"],
    "events/many-every-event-wrong.yaml": [
        "2:35: unknown action 'strat'; did you mean 'start'?",
        "3:3: next: no session is live",
        "4:72: skip takes no minutes",
        "5:8: at must be a date and time like 2024-03-13T10:01:30, not 'noon'",
        "6:42: unknown key 'sesion' in an event; did you mean 'session'?"],
    # known bugs: what the lines should be
    "agendas/enc-latin1-after-cjk.yaml": [  # column counted in bytes, not characters (says 18)
        "2:14: not UTF-8 text: byte 0xe9 cannot start a character; save the file as UTF-8"],
    "agendas/enc-cr-line-ends-latin1.yaml": [  # with CR line ends, says 1:79
        "3:11: not UTF-8 text: byte 0xe8 cannot start a character; save the file as UTF-8"],
    "agendas/type-days-null.yaml": ["4:6: days must be a list of days, not nothing"],  # says not ''
    "events/session-null.yaml": ["2:51: session must be a single value, not nothing"],  # says no session ''
}
PINNED_BUGS: dict[str, str] = {}


def _command(relative: str) -> list[str]:
    path = str(CORPUS / relative)
    return (["plan", str(WIPO), "--events", path] if relative.startswith("events/")
            else ["check", path])


@pytest.mark.parametrize("relative", [
    pytest.param(r, id=r, marks=[pytest.mark.xfail(strict=True, reason=PINNED_BUGS[r])]
                 if r in PINNED_BUGS else []) for r in PINNED])
def test_exact_messages_of_representative_files(relative, capsys):
    path = CORPUS / relative
    code, out, err, _ = run_cli(_command(relative), capsys)
    assert (code, out) == (2, "")
    assert [line.removeprefix(f"{path}:") for line in err.splitlines()] == PINNED[relative]


# -- 3b. refused by the YAML parser before our own checks: a clean refusal, never its wording ------
PARSER_REFUSALS = {  # file -> how the message starts, as far as that is ours
    "agendas/syntax-tab-indentation.yaml": "YAML syntax: ",
    "agendas/syntax-unclosed-flow-list.yaml": "YAML syntax: ",
    # 10,000 "[" on one line: libyaml 0.2.6 (PyYAML 6.0.4's wheels) refuses the 1001st level
    # while it scans ahead; an older libyaml leaves the 33rd to our depth limit
    "agendas/deep-flow-unclosed.yaml": "",
}


@pytest.mark.parametrize("relative", PARSER_REFUSALS)
def test_a_refusal_by_the_yaml_parser_is_one_clean_located_line(relative, capsys):
    path = CORPUS / relative
    code, out, err, elapsed = run_cli(_command(relative), capsys)
    assert_clean_refusal(code, out, err, elapsed, path, str(path))  # located inside the file, at once
    (message,) = located_problems(err.splitlines(), path, str(path))
    assert message.startswith(PARSER_REFUSALS[relative])


def test_a_nul_byte_is_named_unambiguously(capsys):
    path = CORPUS / "agendas/enc-nul-byte.yaml"
    code, _, err, _ = run_cli(["check", str(path)], capsys)
    assert code == 2
    assert err.startswith(f"{path}:2:13: ")
    assert any(name in err for name in ("\\x00", "U+0000", "NUL")), err


LONG_VALUES = ["agendas/long-line-timezone.yaml", "agendas/huge-number-start.yaml",
               "events/long-line-session.yaml", "events/minutes-5000-digits.yaml"]


@pytest.mark.parametrize("relative", LONG_VALUES)
def test_messages_quote_a_long_value_shortened(relative, capsys):
    code, _, err, _ = run_cli(_command(relative), capsys)
    assert code == 2
    assert max(len(line) for line in err.splitlines()) < 600


# -- 4. made at test time: a 50 MB file and 5 MB of "[" -------------------------------------------
def _fifty_megabytes(path: Path) -> Path:
    """Realistic YAML (the WIPO agenda, then its day repeated) up to exactly 50 MiB."""
    text = WIPO.read_text(encoding="utf-8")
    day = text[text.index("  - date: 2024-03-14"):]
    size = 50 * 1024 * 1024
    with path.open("w", encoding="utf-8", newline="\n") as out:
        out.write(text)
        written = len(text.encode())
        step = len(day.encode())
        while written + step <= size:
            out.write(day)
            written += step
        out.write("#" * (size - written - 1) + "\n")
    assert path.stat().st_size == size
    return path


@pytest.fixture(scope="module")
def huge_files(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("huge")
    brackets = folder / "brackets.yaml"
    brackets.write_bytes(b"[" * (5 * 1024 * 1024))
    return {"50mb": _fifty_megabytes(folder / "fifty.yaml"), "brackets": brackets}


HUGE_EXPECTED = {
    # our size limit, before a byte is read
    "50mb": "1:1: file is 50.0 MiB; an agenda or events file is at most 8 MiB",
    # under the size limit; libyaml 0.2.6 refuses the 1001st level while it scans ahead, an
    # older libyaml leaves the 33rd to our depth limit: only one clean line on line 1 is ours
    "brackets": None,
}


@pytest.mark.parametrize("which", ["50mb", "brackets"])
def test_huge_files_are_refused_at_once(which, huge_files, capsys, live_show):
    path = huge_files[which]
    seen = []  # the lines of each route
    for argv in (["check", str(path)], ["plan", str(WIPO), "--events", str(path)]):
        code, out, err, elapsed = run_cli(argv, capsys)
        TALLY.tried[f"{argv[0]} {which} (made at test time)"] = elapsed
        assert_clean_refusal(code, out, err, elapsed, path, str(path))
        seen.append(err.splitlines())
    result, elapsed = run_process("check", str(path))
    TALLY.tried[f"process {which} (made at test time)"] = elapsed
    assert "Traceback" not in result.stderr
    assert (result.returncode, result.stdout) == (2, "")
    located_problems(result.stderr.splitlines(), path, str(path))
    assert elapsed < LIMIT_S
    seen.append(result.stderr.splitlines())
    seen.append(open_under_live_show(live_show, path))  # located, at once, the live show untouched
    assert len(seen[0]) == 1, seen[0]
    assert all(lines == seen[0] for lines in seen), seen  # the same one line by every route
    if HUGE_EXPECTED[which] is None:
        assert seen[0][0].startswith(f"{path}:1:"), seen[0]
    else:
        assert seen[0] == [f"{path}:{HUGE_EXPECTED[which]}"]


# -- the corpus itself -----------------------------------------------------------------------------
def test_the_corpus_is_large_documented_and_reproducible(tmp_path):
    assert len(AGENDAS) >= 75 and len(EVENTS) >= 25
    # the sweep takes every file there is (a file not named *.yaml would be left out)
    assert sorted((CORPUS / "agendas").iterdir()) == AGENDAS
    assert sorted((CORPUS / "events").iterdir()) == EVENTS
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    groups = {f"{p.parent.name}/{p.name.split('-')[0]}-" for p in AGENDAS + EVENTS}
    assert {g for g in groups if f"`{g}`" not in readme} == set()  # every group is described
    spec = importlib.util.spec_from_file_location("bad_inputs_generate", CORPUS / "generate.py")
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    for made in generate.write(tmp_path):
        committed = CORPUS / made.relative_to(tmp_path)
        assert committed.read_bytes() == made.read_bytes(), f"{committed} differs from generate.py"
    assert not (Path("/tmp") / "runofshow-pwned").exists()  # no tag ever ran a command


# -- the report --------------------------------------------------------------------------------------
SWEEP = {  # test -> (route, parameter): the runs that record themselves in TALLY
    "test_check_refuses_a_bad_agenda_with_located_errors": ("check", "path"),
    "test_plan_refuses_a_bad_events_file_with_located_errors": ("plan", "path"),
    "test_open_dialog_lists_the_problems_and_the_live_show_goes_on": ("open", "path"),
    "test_a_real_process_exits_2_with_only_located_errors": ("process", "name"),
}


def _selected_runs(items) -> set[str]:
    """The TALLY keys of the sweep's runs selected in this pytest session."""
    runs = set()
    for item in items:
        route = SWEEP.get(getattr(item, "originalname", ""))
        if route is None or item.module.__name__ != __name__:
            continue
        how, name = route
        value = item.callspec.params[name]
        runs.add(_key(how, value) if isinstance(value, Path) else f"{how} {value}")
    return runs


def test_report(request, capsys):
    """Last in the module: one line on what the sweep saw (shown by pytest -q too); then that
    every run of the sweep selected in this session was tried, that every one not a known bug
    was a clean refusal and no known bug was, and that the tally's times agree."""
    selected = _selected_runs(request.session.items)
    if not selected:
        pytest.skip("no run of the sweep was selected")
    tried = {k for k in selected if k in TALLY.tried}
    clean = selected & TALLY.clean
    bugs = {k for k in selected if k.split(" ", 1)[1] in KNOWN_BUGS}
    files = {k.split(" ", 1)[1] for k in selected}
    slow_key, slow_s = TALLY.slowest([k for k in clean if not k.startswith("process ")])
    proc_key, proc_s = TALLY.slowest([k for k in clean if k.startswith("process ")])
    made = ", ".join(f"{k} {s:.2f} s" for k, s in TALLY.tried.items() if "test time" in k)
    with capsys.disabled():
        print(f"\nbad inputs: {len(files)} files ({sum(f.startswith('agendas') for f in files)} agendas, "
              f"{sum(f.startswith('events') for f in files)} events), {len(selected)} runs through "
              f"check/plan, the Open dialog and real processes: {len(clean)} clean refusals, "
              f"{len(bugs)} known bugs (xfail), {len(selected - clean - bugs)} other failures. Slowest "
              f"clean: {slow_key} {slow_s:.3f} s; real process: {proc_key} {proc_s:.2f} s. {made}")
    assert selected - tried == set(), "selected but never tried"
    assert selected - bugs - clean == set(), "not a clean refusal"
    assert bugs & clean == set(), "a known bug no longer shows"
    late = {k: TALLY.tried[k] for k in TALLY.clean if not TALLY.tried[k] < LIMIT_S}
    assert late == {}, "recorded as a clean refusal, yet over the time limit"
