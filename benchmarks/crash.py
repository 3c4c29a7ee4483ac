"""Crash harness: a scripted show through the app's live path, killed with SIGKILL at random.

`python -m benchmarks --crash` (or `python -m benchmarks.crash [--kills N]`) runs it. Each run
starts a child process, `python -m benchmarks.crash child ...`, that does what the app does
on a restart: a QCoreApplication, the show's lock (`ui.single_instance.ShowLock`, which must
break the lock its killed predecessor left), `Journal.open` on the same journal file every
time (a torn last line is cut off there), `Show` (which replays the journal) and the real
`ui.controller.ShowController` on the bundled WIPO agenda, with a `SimulatedClock` standing
where the journal stands. It then plays a scripted show: at step n the clock jumps to the
step's moment T(n) and one chair/technician action goes through the controller (next,
extend ±1/±5, start, skip, unskip, undo, redo → Show → Journal.record, which writes, flushes
and fsyncs → state → signal). When the controller has returned, the child prints

    ACK <n> <digest> <entry>

(one `os.write`, so a line in the pipe is whole): `digest` hashes the projection's JSON
(docs/contracts.md) and the countdown at that moment, `entry` describes the journal entry (op, the action
it did, undid or redid, its time). The parent kills the child with SIGKILL at a random
moment (during its start-up and replay, or a random delay into the script; in some runs the
child lingers a little between the write and the ACK so kills also land there), reads
what it acknowledged and starts the next child.

The script is deterministic: step n's moment and choice depend only on the seed, n and the
state the journal gives, and the number of entries in the journal is the next step. So
entry n of the journal must be step n; a restart resumes from where the journal stands.

Checked after every kill, reading the journal file independently (our own parser and undo
stack, then `runofshow.projection.project`):

- lost: an acknowledged step whose entry is missing or differs (must be 0);
- duplicates: an entry that repeats an earlier one, or is not at its step's moment (0);
- every ACK's digest equals `project(agenda, actions after entry n, T(n))` computed here,
  the restarted child's projection (`OPEN`) equals the one computed here from the journal,
  and equals the digest of the last ACK before the kill when nothing unacknowledged was
  written in between;
- torn lines: SIGKILL cannot tear a small `write()` to a regular file, so between some runs
  the parent leaves a torn or damaged last line itself (a cut-off entry, NUL bytes as a
  power cut can leave, a garbled line ending in a newline); the next child must report
  `RECOVERED` and keep every complete line. Both counts are reported apart.

An entry written but not acknowledged (killed after its `write()`, during the fsync or
before the ACK) may be in the journal, at most one per kill (checked): it is durable, the
restarted app shows it and the chair can undo it. What may never happen is the converse,
an acknowledged action that is not on disk. A process kill leaves the kernel's page cache
intact, so this proves what a crash of the app does, not a power cut (that is what the
fsync is for, and what the injected torn lines stand in for).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
WIPO = REPO / "agendas" / "wipo-ip-frontier-2024.yaml"
SEED = 20240313
KILLS = 200
STEPS_PER_DAY = 2000  # the scripted show: at least this many actions a day, 09:55 to 18:30
DAY_SPAN_S = 8 * 3600 + 35 * 60
FIRST_MOMENT = "09:55"
UNREADABLE_LOCK_S = 10  # ui.single_instance: a lock file naming no owner is broken this old
# Negative controls for the harness itself: "unflushed" acknowledges entries still in a
# write buffer (a kill loses them); "replay-last" resumes the script one step early.
SABOTAGE = ("unflushed", "replay-last")

# What the script does, by weight (next is weighted by how due it is, see Script.choose)
WEIGHTS = {"extend+1": 8, "extend-1": 6, "extend+5": 5, "extend-5": 3, "extend-other": 3,
           "start": 3, "skip": 4, "unskip": 3, "undo": 14, "redo": 10}


# -- the script (shared by the child and the parent) -----------------------------------------


class Script:
    """Step n: its moment T(n) and, given the show's state, its action."""

    def __init__(self, agenda, seed: int = SEED, steps_per_day: int = STEPS_PER_DAY):
        self.agenda = agenda
        self.seed = seed
        rng = random.Random(seed)
        times: list[int] = []
        for day in agenda.days:
            hour, minute = (int(x) for x in FIRST_MOMENT.split(":"))
            begin = int(datetime(day.date.year, day.date.month, day.date.day, hour, minute,
                                 tzinfo=agenda.timezone).timestamp())
            gaps = [rng.uniform(0.2, 1.8) for _ in range(steps_per_day)]
            scale = DAY_SPAN_S / sum(gaps)
            moment = float(begin)
            for gap in gaps:
                moment += max(1.0, gap * scale)  # at least a second apart: every entry unique
                times.append(int(moment))
        self.times = times

    @property
    def steps(self) -> int:
        return len(self.times)

    def moment(self, step: int) -> int:
        """The show-clock second at which step `step` happens (-1: before the show)."""
        return self.times[step] if step >= 0 else self.times[0] - 60

    def choose(self, step: int, show) -> tuple[str, str | None, int | None]:
        """(kind, session, minutes) of step `step`: an action the show will accept now."""
        from runofshow.actions import ActionError

        rng = random.Random(f"{self.seed}:{step}")
        agenda, state = self.agenda, show.state()
        now = self.moment(step)
        today = agenda.local(now).date()
        days = [d for d in agenda.days if d.date == today]
        sessions = days[0].sessions if days else ()
        runs = state.runs

        def run(session_id):
            return runs.get(session_id)

        def done(session_id):
            r = run(session_id)
            return r is not None and r.ended_s is not None

        open_ = [s.id for s in sessions if not done(s.id) and s.id != state.live]
        skipped = [s for s in open_ if run(s) is not None and run(s).skipped]
        not_skipped = [s for s in open_ if s not in skipped]
        choices: dict[str, float] = {}
        try:
            kind, due_id = show.next_action()
        except ActionError:  # nothing left to start
            kind = None
        if kind == "next":  # the chair moves on near the end, rarely early
            live, r = agenda.session(state.live), run(state.live)
            due_end = r.started_s + live.duration_s + r.extension_s
            choices["next"] = 30 if now >= due_end - 90 else 1.5
        elif kind == "start":  # nothing live: start the due session once its time has come
            due = show.projection(now).session(due_id).start_s
            choices["next"] = 30 if now >= due - 60 else 1
        def minutes_left(session_id):  # a session is never shortened past nothing
            r = run(session_id)
            return (agenda.session(session_id).duration_s + (r.extension_s if r else 0)) // 60

        if state.live is not None:
            for key in ("extend+1", "extend-1", "extend+5", "extend-5"):
                if int(key[len("extend"):]) + minutes_left(state.live) >= 0:
                    choices[key] = WEIGHTS[key]
        if not_skipped:
            choices["extend-other"] = WEIGHTS["extend-other"]
            choices["skip"] = WEIGHTS["skip"]
        if open_:
            choices["start"] = WEIGHTS["start"]
        if skipped:
            choices["unskip"] = WEIGHTS["unskip"]
        if show.can_undo:
            choices["undo"] = WEIGHTS["undo"]
        if show.can_redo:
            choices["redo"] = WEIGHTS["redo"]
        keys = sorted(choices)
        pick = rng.choices(keys, weights=[choices[k] for k in keys])[0]
        if pick == "next":
            return "next", None, None
        if pick.startswith("extend") and pick != "extend-other":
            return "extend", None, int(pick[len("extend"):])
        if pick == "extend-other":
            other = rng.choice(not_skipped)
            return "extend", other, rng.choice([m for m in (1, 5, -1, -5) if m + minutes_left(other) >= 0])
        if pick == "start":
            return "start", rng.choice(open_), None
        if pick == "skip":
            return "skip", rng.choice(not_skipped), None
        if pick == "unskip":
            return "unskip", rng.choice(skipped), None
        return pick, None, None  # undo, redo


def entry_text(op: str, action, at_s: int) -> str:
    """How an ACK line and the parent name one journal entry (times in epoch seconds)."""
    return f"{op} [{action.describe()}@{action.at_s}] at {at_s}"


def digest(agenda, projection, now_s: float) -> str:
    from runofshow.board import board
    from runofshow.render import projection_json

    shown = {"projection": projection_json(agenda, projection),
             "countdown": board(agenda, projection, now_s).countdown}
    text = json.dumps(shown, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


# -- the child: the app's restart path, then the script ------------------------------------


def _say(line: str) -> None:
    os.write(1, (line + "\n").encode("utf-8"))  # one write: a line in the pipe is whole


def child(journal_file: Path, agenda_file: Path, seed: int, steps_per_day: int,
          linger_ms: float, sabotage: str | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication

    from runofshow.clock import SimulatedClock
    from runofshow.journal import Journal
    from runofshow.loader import load_agenda
    from runofshow.show import Show
    from ui.controller import ShowController
    from ui.single_instance import ShowLock

    _app = QCoreApplication.instance() or QCoreApplication([])  # kept alive for the run
    if sabotage == "unflushed":  # negative control: acknowledge what is still in a buffer
        held: list[bytes] = []  # lines acknowledged, written eight at a time (a buffer)

        def unflushed(self, entry: dict) -> None:
            held.append((json.dumps(entry, separators=(",", ":")) + "\n").encode())
            if len(held) >= 8:
                self._file.write(b"".join(held))
                held.clear()

        Journal._write = unflushed

    agenda = load_agenda(agenda_file)
    script = Script(agenda, seed, steps_per_day)
    lock = ShowLock()  # as the app does first: one writer per show; a dead owner's is broken
    if not lock.acquire(journal_file):
        _say(f"LOCKED {lock.refusal()}")
        return 4
    journal = Journal.open(journal_file, agenda.source, agenda.timezone)  # cuts a torn last line off
    if journal.recovered:
        _say("RECOVERED")
    entries = max(0, journal_file.read_bytes().count(b"\n") - 1)  # the header is no entry
    if sabotage == "replay-last":  # negative control: do the last step again on a restart
        entries = max(0, entries - 1)
    clock = SimulatedClock(script.moment(entries - 1), speed=0.0)
    show = Show(agenda, journal, clock)  # replays the journal
    controller = ShowController(show)
    _say(f"OPEN {entries} {digest(agenda, controller.projection(), controller.now_s())}")
    linger = random.Random(f"{seed}:linger:{entries}:{os.getpid()}")
    do = {"next": lambda s, m: controller.next(), "extend": lambda s, m: controller.extend(m, s),
          "start": lambda s, m: controller.start(s), "skip": lambda s, m: controller.skip(s),
          "unskip": lambda s, m: controller.unskip(s), "undo": lambda s, m: controller.undo(),
          "redo": lambda s, m: controller.redo()}
    for step in range(entries, script.steps):
        clock.jump_to(script.moment(step))
        kind, session, minutes = script.choose(step, show)
        undone = show.actions[-1] if kind == "undo" else None
        if not do[kind](session, minutes):
            _say(f"REFUSED {step} {kind} {session} {minutes}")
            return 3
        at = show.now_s()
        op = kind if kind in ("undo", "redo") else "do"
        text = entry_text(op, undone or show.actions[-1], at)
        shown = digest(agenda, controller.projection(), controller.now_s())
        if linger_ms > 0:  # widen the window between the fsync and the acknowledgement
            time.sleep(linger.uniform(0, linger_ms) / 1000)
        _say(f"ACK {step} {shown} {text}")
    _say("DONE")
    return 0


# -- the parent: kill, read, check, restart ------------------------------------------------


@dataclass
class Entry:
    raw: bytes
    op: str
    at_s: int
    text: str  # entry_text of what it did


@dataclass
class JournalRead:
    entries: list[Entry]
    actions_after: dict[int, list]  # the live actions after n entries, for each n asked for
    torn_tail: bytes  # bytes after the last complete, valid line
    damaged: str | None  # damage before the end (never expected)


def read_journal(path: Path, want: frozenset[int] = frozenset()) -> JournalRead:
    """The journal as this harness reads it, without the app's Journal class: complete lines,
    our own do/undo/redo stacks; the actions after n entries for each n in `want`."""
    from runofshow.actions import Action

    data = path.read_bytes() if path.exists() else b""
    entries: list[Entry] = []
    actions: list = []
    redo: list = []
    after = {0: []} if 0 in want else {}
    position, number, damaged = 0, 0, None
    while position < len(data):
        newline = data.find(b"\n", position)
        if newline < 0:
            break
        line = data[position:newline]
        number += 1
        try:
            record = json.loads(line)
        except ValueError:
            if data[newline + 1:].strip():
                damaged = f"line {number} is damaged and lines follow it"
            break
        position = newline + 1
        if number == 1:
            continue  # the header
        op, at = record["op"], int(datetime.fromisoformat(record["at"]).timestamp())
        if op == "do":
            action = Action(at, record["do"], record.get("session"), record.get("minutes"))
            actions.append(action)
            redo.clear()
            done = action
        elif op == "undo":
            done = actions.pop()
            redo.append(done)
        elif op == "redo":
            done = redo.pop()
            actions.append(done)
        else:  # "reload" (an edited agenda dropped actions): the script never does it
            for index in sorted(record.get("dropped", ()), reverse=True):
                del actions[index]
            redo.clear()
            entries.append(Entry(line, op, at, f"{op} at {at}"))
            if len(entries) in want:
                after[len(entries)] = list(actions)
            continue
        entries.append(Entry(line, op, at, entry_text(op, done, at)))
        if len(entries) in want:
            after[len(entries)] = list(actions)
    return JournalRead(entries, after, data[position:], damaged)


@dataclass
class Run:
    lines: list[str]
    killed: bool
    returncode: int
    stderr: str
    mode: str


@dataclass
class Report:
    kills: int = 0
    runs: int = 0
    acknowledged: int = 0
    lost: int = 0
    duplicates: int = 0  # journal entries that repeat an earlier one
    acked_twice: int = 0  # a step acknowledged again after a restart
    out_of_step: int = 0  # entries not at their step's moment (the script restarted)
    projection_checks: int = 0
    projection_mismatches: int = 0
    restart_equal_checks: int = 0  # restarted child's projection == the last ACK's, same moment
    killed_before_open: int = 0
    killed_in_script: int = 0
    written_not_acked: int = 0
    torn_after_sigkill: int = 0
    torn_injected: int = 0
    recovered_after_sigkill: int = 0
    recovered_after_injected: int = 0
    recovered_silently: int = 0  # cut off by a child killed before it could say so
    recovery_missed: int = 0
    entries: int = 0
    live_actions: int = 0
    last_moment: str = ""
    elapsed_s: float = 0.0
    child_start_s: list[float] = field(default_factory=list)
    lock_refusals: list[str] = field(default_factory=list)  # restarts refused by the lock
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (not self.errors and self.lost == 0 and self.duplicates == 0
                and self.acked_twice == 0 and self.out_of_step == 0 and self.projection_mismatches == 0
                and self.recovery_missed == 0)

    def lines(self) -> list[str]:
        start = sorted(self.child_start_s)
        median = start[len(start) // 2] if start else 0.0
        return [
            f"kills (SIGKILL)              {self.kills}  ({self.killed_before_open} during start-up/"
            f"replay, {self.killed_in_script} in the script; {self.runs} runs)",
            f"actions acknowledged         {self.acknowledged}  (journal: {self.entries} entries, "
            f"{self.live_actions} live actions; show reached {self.last_moment})",
            f"actions lost                 {self.lost}",
            f"duplicates                   {self.duplicates}  (steps acknowledged twice: "
            f"{self.acked_twice}; entries out of step: {self.out_of_step})",
            f"written, not acknowledged    {self.written_not_acked}  (kept on restart, never acked)",
            f"projections compared         {self.projection_checks}  (mismatches: "
            f"{self.projection_mismatches}; restart == last ACK: {self.restart_equal_checks})",
            f"torn lines after SIGKILL     {self.torn_after_sigkill}  (recovered: "
            f"{self.recovered_after_sigkill})",
            f"torn lines injected          {self.torn_injected}  (recovered: "
            f"{self.recovered_after_injected}; cut off by a child killed before it said so: "
            f"{self.recovered_silently}; missed: {self.recovery_missed})",
            f"restarts refused by the lock {len(self.lock_refusals)}"
            + (f"  ({self.lock_refusals[0]})" if self.lock_refusals else ""),
            f"child start to OPEN          median {median * 1000:.0f} ms",
            f"elapsed                      {self.elapsed_s:.1f} s",
            f"result                       {'OK' if self.ok else 'FAILED'}"
            + (f": {len(self.errors)} errors, first: {self.errors[0]}" if self.errors else ""),
        ]


def _child_env(data: str, bytecode: str) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RUNOFSHOW_DATA_DIR": data,
           "PYTHONPYCACHEPREFIX": bytecode}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # compiled modules, as an installed app has
    return env


def _run_child(command: list[str], env: dict[str, str], mode: str, delay_s: float,
               report: Report) -> Run:
    """Start a child; SIGKILL it `delay_s` after it opened the journal ("script") or after
    its launch ("startup"); every complete line it printed."""
    lines: list[str] = []
    opened = threading.Event()
    launched = time.perf_counter()
    process = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)

    def read() -> None:
        for raw in process.stdout:
            if not raw.endswith(b"\n"):
                break  # a part line was never printed whole: not acknowledged
            line = raw.decode("utf-8").rstrip("\n")
            lines.append(line)
            if line.startswith("OPEN "):
                report.child_start_s.append(time.perf_counter() - launched)
                opened.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if mode == "script":
        deadline = time.perf_counter() + 60
        while not opened.wait(0.005) and process.poll() is None and time.perf_counter() < deadline:
            pass
    time.sleep(delay_s)
    killed = process.poll() is None
    if killed:
        os.kill(process.pid, signal.SIGKILL)
    process.wait()
    reader.join(30)
    stderr = process.stderr.read().decode("utf-8", "replace")
    process.stdout.close()
    process.stderr.close()
    return Run(lines, killed, process.returncode, stderr, mode)


def _tear(path: Path, rng: random.Random) -> str:
    """Leave a torn or damaged last line, as a crash in the middle of a write can."""
    kind = rng.choice(("cut", "cut", "nul", "garbled"))
    entry = json.dumps({"op": "do", "at": "2024-03-13T12:34:56+01:00", "do": "extend",
                        "minutes": 5}, separators=(",", ":")).encode()
    if kind == "cut":
        tail = entry[:rng.randint(1, len(entry))]  # no newline: the write never finished
    elif kind == "nul":
        tail = b"\0" * rng.randint(1, 200)  # a file extended with zeros after a power cut
    else:
        tail = entry[:rng.randint(1, len(entry) - 1)] + b"\n"  # a garbled final line
    with open(path, "ab") as f:
        f.write(tail)
    return kind


def run(kills: int = KILLS, seed: int = SEED, agenda_file: Path = WIPO, tear_share: float = 0.25,
        progress=None, steps_per_day: int | None = None, sabotage: str | None = None) -> Report:
    """Kill the scripted show `kills` times; check the journal after every restart.
    The script has two days of `steps_per_day` steps (default: enough for the kills).
    `sabotage` (one of SABOTAGE) breaks the child on purpose: the checks must then fail."""
    from runofshow.loader import load_agenda
    from runofshow.projection import project

    report = Report()
    began = time.perf_counter()
    agenda = load_agenda(agenda_file)
    steps_per_day = steps_per_day or max(STEPS_PER_DAY, 30 * kills)
    script = Script(agenda, seed, steps_per_day)
    rng = random.Random(f"{seed}:parent")
    acked: dict[int, str] = {}  # step -> the entry it acknowledged, over every run
    last_ack: tuple[int, str] | None = None  # (step, digest) of the last ACK before a kill
    torn: str | None = None  # a torn last line is in the file: "kill" or "injected"

    def error(text: str) -> None:
        report.errors.append(f"run {report.runs}: {text}")

    def expected(read: JournalRead, entries: int) -> str:
        """The digest the app must show after `entries` entries, at their last moment."""
        moment = script.moment(entries - 1)
        return digest(agenda, project(agenda, read.actions_after[entries], moment), moment)

    with tempfile.TemporaryDirectory(prefix="runofshow-crash-") as folder:
        journal_file = Path(folder) / "journals" / "crash-show.jsonl"
        env = _child_env(str(Path(folder) / "data"), str(Path(folder) / "bytecode"))
        while report.kills < kills:
            # -- before the run: a torn line the kill left, or one we leave ourselves
            before = read_journal(journal_file)
            if before.torn_tail and torn is None:
                torn = "kill"
                report.torn_after_sigkill += 1
            elif not before.torn_tail and journal_file.exists() and rng.random() < tear_share:
                _tear(journal_file, rng)
                torn = "injected"
                report.torn_injected += 1

            mode = "startup" if rng.random() < 0.15 else "script"
            delays = (0.0, rng.uniform(0, 0.01), rng.uniform(0, 0.06), rng.uniform(0, 0.06))
            delay = rng.uniform(0.0, 0.45) if mode == "startup" else rng.choice(delays)
            linger = rng.choice((0.0, 0.0, 2.0))
            command = [sys.executable, "-m", "benchmarks.crash", "child", str(journal_file),
                       "--agenda", str(agenda_file), "--seed", str(seed),
                       "--steps-per-day", str(steps_per_day), "--linger-ms", str(linger)]
            if sabotage:
                command += ["--sabotage", sabotage]
            result = _run_child(command, env, mode, delay, report)
            report.runs += 1
            locked = [line for line in result.lines if line.startswith("LOCKED ")]
            if locked:  # the restart could not take the show's lock after a kill
                report.lock_refusals.append(locked[0][len("LOCKED "):])
                if "left no name" not in locked[0]:
                    error(f"the show's lock was not broken after a kill: {locked[0]}")
                    break
                time.sleep(UNREADABLE_LOCK_S + 0.5)  # an empty lock file is broken after 10 s
                continue
            if result.killed:
                report.kills += 1
            elif result.returncode != 0 or "DONE" not in result.lines:
                error(f"child exited {result.returncode}: {(result.lines or [''])[-1]} "
                      f"{result.stderr[-2000:]}")
                break

            # -- what it said
            recovered = "RECOVERED" in result.lines
            opens = [line.split() for line in result.lines if line.startswith("OPEN ")]
            opened = int(opens[0][1]) if opens else None
            acks = []
            for line in result.lines:
                if line.startswith("ACK "):
                    _, number, shown, text = line.split(" ", 3)
                    acks.append((int(number), shown, text))
            if opened is None:
                report.killed_before_open += 1
            elif result.killed:
                report.killed_in_script += 1

            # -- the journal as it stands now, read independently
            want = {step + 1 for step, _, _ in acks} | ({opened} if opened is not None else set())
            after = read_journal(journal_file, frozenset(want))
            count = len(after.entries)
            if after.damaged:
                error(after.damaged)
            if count < len(before.entries):
                error(f"the journal shrank from {len(before.entries)} to {count} entries")
            if [e.raw for e in after.entries[:len(before.entries)]] != \
                    [e.raw for e in before.entries]:
                error("complete lines of the journal changed")

            # -- the torn line: cut off, reported, every complete line kept
            if torn is not None:
                if recovered:
                    if torn == "kill":
                        report.recovered_after_sigkill += 1
                    else:
                        report.recovered_after_injected += 1
                    torn = None
                elif opened is not None:
                    report.recovery_missed += 1
                    error(f"a torn last line ({torn}) was not reported as recovered")
                    torn = None
                elif not after.torn_tail:  # cut off by a child killed before it could say so
                    report.recovered_silently += 1
                    torn = None
            if after.torn_tail and torn is None:
                torn = "kill"
                report.torn_after_sigkill += 1

            # -- the restart: where the journal stood, the projection it gives
            if opened is not None:
                resume = max(acked) + 1 if acked else 0
                if opened < resume:
                    error(f"opened with {opened} entries, step {resume - 1} was acknowledged")
                if opened > len(before.entries):
                    error(f"opened with {opened} entries, the file had {len(before.entries)}")
                shown = opens[0][2]
                report.projection_checks += 1
                if shown != expected(after, opened):
                    report.projection_mismatches += 1
                    error(f"the projection on restart ({opened} entries) differs from project()")
                if last_ack is not None and opened == last_ack[0] + 1:
                    report.restart_equal_checks += 1
                    if shown != last_ack[1]:
                        report.projection_mismatches += 1
                        error("the projection on restart differs from the last acknowledged one")
                if acks and acks[0][0] != opened:
                    error(f"resumed the script at step {acks[0][0]}, the journal had {opened}")
            for step, shown, text in acks:
                if step in acked:
                    report.acked_twice += 1
                    error(f"step {step} acknowledged twice")
                acked[step] = text
                report.acknowledged += 1
                report.projection_checks += 1
                if step >= count or shown != expected(after, step + 1):
                    report.projection_mismatches += 1
                    error(f"ACK {step}: the projection differs from project() of the journal")
            if acks:
                last_ack = (acks[-1][0], acks[-1][1])
            # what the kill caught between the write and the ACK: one action at most
            start = opened if opened is not None else len(before.entries)
            unacked = count - (acks[-1][0] + 1 if acks else start)
            if result.killed and unacked == 1:
                report.written_not_acked += 1
            elif unacked != 0 and result.killed:
                error(f"{unacked} entries written after the last acknowledgement")

            # -- nothing acknowledged is missing, nothing is there twice
            lost = [step for step, text in acked.items()
                    if step >= count or after.entries[step].text != text]
            if len(lost) > report.lost:
                error(f"acknowledged steps lost: {lost[:5]}")
            report.lost = max(report.lost, len(lost))
            seen: set[bytes] = set()
            duplicates = out_of_step = 0
            for index, entry in enumerate(after.entries):
                duplicates += entry.raw in seen
                seen.add(entry.raw)
                out_of_step += entry.at_s != script.moment(index)
            if duplicates > report.duplicates or out_of_step > report.out_of_step:
                error(f"{duplicates} entries repeated, {out_of_step} not at their step's moment")
            report.duplicates = max(report.duplicates, duplicates)
            report.out_of_step = max(report.out_of_step, out_of_step)
            report.entries = count
            if count:
                report.last_moment = f"{agenda.local(script.moment(count - 1)):%Y-%m-%d %H:%M}"
            if progress is not None and report.runs % 25 == 0:
                progress(f"  {report.kills} kills, {report.acknowledged} acknowledged, "
                         f"{time.perf_counter() - began:.0f} s")
            if not result.killed:
                break  # the script is over
        final = read_journal(journal_file, frozenset({len(read_journal(journal_file).entries)}))
        report.live_actions = len(final.actions_after[len(final.entries)])
    report.elapsed_s = time.perf_counter() - began
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.crash",
                                     description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command")
    kid = sub.add_parser("child", help="one run of the scripted show (started by the harness)")
    kid.add_argument("journal", type=Path)
    kid.add_argument("--agenda", type=Path, default=WIPO)
    kid.add_argument("--seed", type=int, default=SEED)
    kid.add_argument("--steps-per-day", type=int, default=STEPS_PER_DAY)
    kid.add_argument("--linger-ms", type=float, default=0.0)
    kid.add_argument("--sabotage", choices=SABOTAGE, help="a negative control: break the child "
                     "on purpose, to see the checks catch it")
    parser.add_argument("--kills", type=int, default=KILLS)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    if args.command == "child":
        return child(args.journal, args.agenda, args.seed, args.steps_per_day, args.linger_ms,
                     args.sabotage)
    return print_report(args.kills, args.seed)


def print_report(kills: int = KILLS, seed: int = SEED) -> int:
    print(f"Crash: the scripted WIPO show through ShowController, SIGKILL {kills} times "
          f"(seed {seed})", flush=True)
    report = run(kills, seed, progress=lambda text: print(text, flush=True))
    for line in report.lines():
        print("  " + line)
    for error in report.errors[:10]:
        print("  ERROR " + error)
    print()
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
