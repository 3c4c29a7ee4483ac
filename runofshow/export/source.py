"""Where an export's actions come from: an events file, or a show's journal read without
touching it (an export must never cut, lock or append to the record of a show)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from runofshow.actions import Action, ActionError, LiveState
from runofshow.errors import AgendaError, Problem
from runofshow.journal import FORMAT, JournalError, JournalState, action_from_json, journal_path
from runofshow.model import Agenda

_LIVE_JOURNAL = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\.jsonl")  # one per real show date


def _fail(file: Path, line: int, message: str) -> AgendaError:
    return AgendaError([Problem(str(file), line, 1, message)])


def read_journal(path: Path, agenda: Agenda) -> list[Action]:
    """The actions in force in a journal file (undo, redo and reloads applied), checked
    against `agenda`. A torn last line was never acknowledged and is left out, as the app
    does; any other damage, or an action that does not fit the agenda, is an AgendaError
    located at its line."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _fail(path, 1, f"cannot read the journal: {exc.strerror or exc}") from None
    state = JournalState()
    line_of: dict[Action, int] = {}  # where each action was written, for messages
    lines = data.split(b"\n")
    complete = lines[:-1]  # the part after the last newline is torn (or empty)
    if not complete:
        raise _fail(path, 1, "empty file: not a runofshow journal")
    for number, raw in enumerate(complete, start=1):
        try:
            entry = json.loads(raw)
            if number == 1:
                if not isinstance(entry, dict) or entry.get("journal") != FORMAT:
                    raise JournalError("its first line is not a journal header")
                continue
            state.apply(entry)
            if entry["op"] == "do":
                line_of[action_from_json(entry)] = number
        except (ValueError, KeyError, TypeError, IndexError, JournalError) as exc:
            if number == 1:
                raise _fail(path, 1, f"not a runofshow journal ({exc})") from None
            last = number == len(complete) and not lines[-1].strip()
            if last:
                break  # a damaged final line: the app cuts it off as torn, so do we
            raise _fail(path, number, f"damaged journal line ({exc})") from None
    check = LiveState(agenda)
    for action in state.actions:
        try:
            check.apply(action)
        except ActionError as exc:
            raise _fail(path, line_of.get(action, 1),
                        f"this journal does not fit {agenda.source}: {action.describe()}: "
                        f"{exc}") from None
    return state.actions


def show_journals(agenda: Agenda, agenda_path: str | Path, root: Path | None = None) -> list[Path]:
    """The journals of this agenda's live show, as `runofshow AGENDA` wrote them: one per
    real date the app was opened on, in date order (their actions follow on in time); or
    else its rehearsal's, when the show was only rehearsed."""
    folder = journal_path(agenda_path, "any", root).parent
    live = sorted(p for p in folder.glob("*.jsonl") if _LIVE_JOURNAL.fullmatch(p.name))
    if live:
        return live
    rehearsal = folder / f"rehearsal-{agenda.days[0].date.isoformat()}.jsonl"
    return [rehearsal] if rehearsal.exists() else []


def read_show_journals(paths: list[Path], agenda: Agenda) -> list[Action]:
    """The actions of several journals of one show, one after the other."""
    actions: list[Action] = []
    for path in paths:
        more = read_journal(path, agenda)
        if actions and more and more[0].at_s < actions[-1].at_s:
            raise _fail(path, 2, f"its actions begin before those of {paths[paths.index(path) - 1]} "
                                 "end: these journals are not one show")
        actions += more
    check = LiveState(agenda)
    for action in actions:  # each fits alone; together they must fit too
        try:
            check.apply(action)
        except ActionError as exc:
            raise _fail(paths[-1], 2, f"the journals do not follow on: {exc}") from None
    return actions
