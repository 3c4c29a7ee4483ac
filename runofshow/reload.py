"""An agenda edited under a live show: which actions still apply, which do not.

Actions follow their sessions by id. An action that no longer applies on the new agenda
(its session was removed, or it depended on one that was) is reported with the reason,
and dropped from the live list by a `reload` entry in the journal, where it stays on
record. Nothing disappears silently.
"""

from __future__ import annotations

from dataclasses import dataclass

from runofshow.actions import Action, ActionError, LiveState
from runofshow.model import Agenda


@dataclass(frozen=True)
class Orphan:
    """An action of the show that no longer applies to the edited agenda, and why."""

    number: int  # 1-based position in the show's action list
    action: Action
    reason: str

    def describe(self, agenda: Agenda) -> str:
        return (f"action {self.number} ({self.action.describe()} at "
                f"{agenda.local(self.action.at_s):%H:%M:%S}): {self.reason}")


def fit_actions(agenda: Agenda, actions: list[Action]) -> tuple[list[Action], list[Orphan]]:
    """Replay `actions` on `agenda`: those that apply, and those that no longer can."""
    state = LiveState(agenda)
    kept: list[Action] = []
    orphans: list[Orphan] = []
    for number, action in enumerate(actions, start=1):
        try:
            state.apply(action)
        except ActionError as exc:
            orphans.append(Orphan(number, action, str(exc)))
            continue
        kept.append(action)
    return kept, orphans
