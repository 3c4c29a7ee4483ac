"""An importable file turned into an agenda for the app's Open dialog: what `runofshow import`
does, without a command line, and with what the organiser must see before the show starts
(the summary, every guess, every line left out)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from runofshow.errors import AgendaError, Problem
from runofshow.importing.checked import checked_agenda
from runofshow.importing.command import (
    IMPORTABLE_SUFFIXES,
    TEXT_SUFFIXES,
    import_draft,
    write_agenda,
)
from runofshow.importing.draft import Draft
from runofshow.loader import zone_named
from runofshow.model import Agenda
from runofshow.render import agenda_summary


@dataclass(frozen=True)
class Answers:
    """What the organiser answered when the conversion asked (AgendaError.needed): the
    command line's --room, --date and --timezone."""

    room: str | None = None
    first: date | None = None
    timezone: str | None = None


@dataclass
class Converted:
    source: Path
    target: Path  # where the agenda is to be written
    text: str  # the agenda, as written
    agenda: Agenda
    draft: Draft

    def summary(self) -> str:
        return agenda_summary(self.agenda).removeprefix("ok: ")

    def report(self) -> list[str]:
        """Every guess and every part of the source left out, located, in the source's order."""
        return ([f"{g.where.format()}: guessed: {g.message}" for g in self.draft.all_guesses()]
                + [f"{g.where.format()}: note: {g.message}" for g in self.draft.skipped])

    def write(self) -> None:
        """Write the agenda to `target`, whole or not at all (OSError if it cannot be)."""
        write_agenda(self.target, self.text)


def is_importable(path: str | Path) -> bool:
    return Path(path).suffix.lower() in IMPORTABLE_SUFFIXES


def target_beside(source: Path) -> Path:
    """The agenda's file next to the source, never one that is there already."""
    candidate = source.with_suffix(".yaml")
    number = 1
    while candidate.exists():
        suffix = ".imported" if number == 1 else f".imported-{number}"
        candidate = source.with_name(f"{source.stem}{suffix}.yaml")
        number += 1
    return candidate


def convert(path: str | Path, answers: Answers | None = None) -> Converted:
    """The file as an agenda, checked as `runofshow check` would; AgendaError if it cannot
    be imported (every problem, located in the source; `needed()` says which answers would
    help)."""
    answers = answers or Answers()
    source = Path(path)
    if not is_importable(source):
        raise AgendaError([Problem(str(source), 1, 1, (
            f"{source.suffix or 'a file without a suffix'} cannot be imported; these can: "
            + " ".join(IMPORTABLE_SUFFIXES)))])
    if answers.timezone is not None and zone_named(answers.timezone) is None:
        raise AgendaError([Problem(str(source), 1, 1, (
            f"{answers.timezone!r} is not a known zone (an IANA name like Europe/Zurich)"),
            needs="timezone")])
    room = None if source.suffix.lower() in TEXT_SUFFIXES else answers.room
    draft = import_draft(source, answers.timezone, answers.first, None, room=room)
    target = target_beside(source)
    text, agenda = checked_agenda(draft, tool="runofshow (Open)", written_as=str(target))
    return Converted(source, target, text, agenda, draft)
