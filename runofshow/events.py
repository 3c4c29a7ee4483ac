"""Events files (docs/contracts.md, "Command line"): a YAML list of timed actions, checked
against an agenda."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, tzinfo
from pathlib import Path

from runofshow.actions import ACTION_KINDS, MAX_EXTEND_MIN, Action, ActionError, LiveState
from runofshow.errors import AgendaError, Hints, Problem, shown
from runofshow.model import Agenda, local_datetime
from runofshow.yamlnodes import Map, Node, Scalar, Seq, YamlReadError, describe, read_path

EVENT_KEYS = ("at", "do", "session", "minutes")
_MINUTES = re.compile(r"[-+]?[0-9]{1,5}")  # ASCII digits: int() would also take '٥', '1_0'


class MomentError(ValueError):
    """A date and time that reads well but names no single moment of the show."""


def _in_zone(naive: datetime, zone: tzinfo) -> datetime:
    """A wall-clock time in `zone`; a ValueError for one the clocks skip (spring forward) or
    pass twice (fall back), which only an offset makes one moment."""
    first = local_datetime(naive.date(), naive.time(), zone)
    if first is None:
        raise MomentError(f"{naive:%Y-%m-%d %H:%M} does not exist in {zone} (the clocks go forward)")
    second = naive.replace(tzinfo=zone, fold=1)
    if first.utcoffset() != second.utcoffset():
        offsets = " or ".join(moment.isoformat(timespec="minutes")[-6:] for moment in (first, second))
        raise MomentError(f"{naive:%Y-%m-%d %H:%M} happens twice in {zone} (the clocks go back): "
                         f"give its offset, {offsets}")
    return first


def parse_datetime(text: str, agenda: Agenda) -> datetime:
    """ISO 8601; without an offset the time is in the agenda's zone. Raises ValueError,
    also for a moment more than a year away from the agenda's days (year 1, year 9999...)."""
    try:
        value = datetime.fromisoformat(text.strip())
        if value.tzinfo is None:
            value = _in_zone(value, agenda.timezone)
        value = value.astimezone(agenda.timezone)
    except MomentError:
        raise
    except (OverflowError, ValueError) as exc:
        raise ValueError(str(exc)) from None
    first, last = agenda.days[0].date, agenda.days[-1].date
    if not first - timedelta(days=366) <= value.date() <= last + timedelta(days=366):
        raise MomentError(f"{value.date()} is more than a year away from the agenda's days")
    return value


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
    hints = Hints()
    actions: list[Action] = []
    for node in root.items:
        action = _event(node, agenda, problem, hints)
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


def _event(node: Node, agenda: Agenda, problem, hints: Hints) -> Action | None:
    if not isinstance(node, Map):
        problem(node, f"an event is a mapping like {{at: ..., do: next}}, not {describe(node)}")
        return None
    fields: dict[str, Node] = {}
    for key, value in node.entries:
        if key.value not in EVENT_KEYS:
            hint = hints.close(key.value, EVENT_KEYS)
            problem(key, f"unknown key {shown(key.value)} in an event"
                         + (f"; did you mean {hint!r}?" if hint else ""))
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
        at_s = int(parse_datetime(fields["at"].value, agenda).timestamp())
    except MomentError as exc:
        problem(fields["at"], f"at {shown(fields['at'].value)}: {exc}")
        return None
    except ValueError:
        problem(fields["at"], f"at must be a date and time like 2024-03-13T10:01:30, "
                              f"not {shown(fields['at'].value)}")
        return None
    kind = fields["do"].value
    if kind not in ACTION_KINDS:
        hint = hints.close(kind, ACTION_KINDS, cutoff=0.5)
        problem(fields["do"], f"unknown action {shown(kind)}"
                              + (f"; did you mean {hint!r}?" if hint else
                                 f" (known: {', '.join(ACTION_KINDS)})"))
        return None
    session = fields["session"].value if "session" in fields else None
    if session is not None and not agenda.has_session(session):
        hint = hints.close(session, agenda.session_ids)
        problem(fields["session"], f"no session has the id {shown(session)}"
                                   + (f"; did you mean {hint!r}?" if hint else ""))
        return None
    minutes = None
    if "minutes" in fields:
        text = fields["minutes"].value.strip()
        if not _MINUTES.fullmatch(text) or abs(int(text)) > MAX_EXTEND_MIN:
            problem(fields["minutes"], f"minutes must be a whole number from -{MAX_EXTEND_MIN} to "
                                       f"{MAX_EXTEND_MIN} like 5 or -5, not {shown(text)}")
            return None
        minutes = int(text)
    if kind == "extend" and minutes is None:
        problem(node, "extend needs minutes")
        return None
    if kind != "extend" and minutes is not None:
        problem(fields["minutes"], f"{kind} takes no minutes")
        return None
    return Action(at_s, kind, session, minutes)
