"""Events files (SPEC §4): a YAML list of timed actions, checked against an agenda."""

from __future__ import annotations

import difflib
from datetime import datetime
from pathlib import Path

from runofshow.actions import ACTION_KINDS, Action, ActionError, LiveState
from runofshow.errors import AgendaError, Problem
from runofshow.model import Agenda
from runofshow.yamlnodes import Map, Node, Scalar, Seq, YamlReadError, describe, read_path

EVENT_KEYS = ("at", "do", "session", "minutes")


def parse_datetime(text: str, agenda: Agenda) -> datetime:
    """ISO 8601; without an offset the time is in the agenda's zone. Raises ValueError."""
    value = datetime.fromisoformat(text.strip())
    if value.tzinfo is None:
        value = value.replace(tzinfo=agenda.timezone)
    return value.astimezone(agenda.timezone)


def load_events(path: str | Path, agenda: Agenda) -> list[Action]:
    """Read an events file and check every event against the agenda, in order.
    Raises AgendaError with each bad event located."""
    try:
        file, root = read_path(Path(path))
    except YamlReadError as exc:
        raise AgendaError(exc.problems) from None
    problems: list[Problem] = []

    def problem(node: Node, message: str) -> None:
        problems.append(Problem(file, node.mark.line, node.mark.col, message))

    if not isinstance(root, Seq):
        problem(root, f"an events file is a list of events, not {describe(root)}")
        raise AgendaError(problems)
    state = LiveState(agenda)
    actions: list[Action] = []
    for node in root.items:
        action = _event(node, agenda, problem)
        if action is None:
            continue
        try:
            state.apply(action)  # the state stays as it was when an event is refused
        except ActionError as exc:
            problem(node, str(exc))
            continue
        actions.append(action)
    if problems:
        raise AgendaError(problems)
    return actions


def _event(node: Node, agenda: Agenda, problem) -> Action | None:
    if not isinstance(node, Map):
        problem(node, f"an event is a mapping like {{at: ..., do: next}}, not {describe(node)}")
        return None
    fields: dict[str, Node] = {}
    for key, value in node.entries:
        if key.value not in EVENT_KEYS:
            hint = difflib.get_close_matches(key.value, EVENT_KEYS, n=1, cutoff=0.6)
            problem(key, f"unknown key {key.value!r} in an event"
                         + (f"; did you mean {hint[0]!r}?" if hint else ""))
            return None
        if not isinstance(value, Scalar) or value.is_null:
            problem(value, f"{key.value} must be a single value, not {describe(value)}")
            return None
        fields[key.value] = value
    for required in ("at", "do"):
        if required not in fields:
            problem(node, f"this event has no {required!r}")
            return None
    try:
        at = parse_datetime(fields["at"].value, agenda).replace(microsecond=0)
    except ValueError:
        problem(fields["at"], f"at must be a date and time like 2024-03-13T10:01:30, "
                              f"not {fields['at'].value!r}")
        return None
    kind = fields["do"].value
    if kind not in ACTION_KINDS:
        hint = difflib.get_close_matches(kind, ACTION_KINDS, n=1, cutoff=0.5)
        problem(fields["do"], f"unknown action {kind!r}"
                              + (f"; did you mean {hint[0]!r}?" if hint else
                                 f" (known: {', '.join(ACTION_KINDS)})"))
        return None
    session = fields["session"].value if "session" in fields else None
    if session is not None and not agenda.has_session(session):
        hint = difflib.get_close_matches(session, agenda.session_ids, n=1, cutoff=0.6)
        problem(fields["session"], f"no session has the id {session!r}"
                                   + (f"; did you mean {hint[0]!r}?" if hint else ""))
        return None
    minutes = None
    if "minutes" in fields:
        text = fields["minutes"].value.strip()
        try:
            minutes = int(text)
        except ValueError:
            problem(fields["minutes"], f"minutes must be a whole number like 5 or -5, not {text!r}")
            return None
    if kind == "extend" and minutes is None:
        problem(node, "extend needs minutes")
        return None
    if kind != "extend" and minutes is not None:
        problem(fields["minutes"], f"{kind} takes no minutes")
        return None
    return Action(at, kind, session, minutes)
