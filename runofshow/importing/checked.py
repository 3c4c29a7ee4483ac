"""An imported agenda checked as `runofshow check` would, before a byte is written, with
every problem located in the file the organiser gave: the YAML the loader reads was made in
memory and never written, so its line numbers would point nowhere (a calendar's event of
three days was reported at `multiday.yaml:28:19`, a file that did not exist).

Each line of the written YAML knows the place in the source it was made from
(write_yaml.Origin): a problem is moved there and says which session of the source it is
about; a `line N` in its words is moved the same way.
"""

from __future__ import annotations

import re

from runofshow.errors import AgendaError, Problem
from runofshow.importing.draft import Draft, Where
from runofshow.importing.write_yaml import Origin, agenda_yaml_with_origins
from runofshow.loader import load_agenda_text
from runofshow.model import Agenda

_LINE_REFERENCE = re.compile(r"\bline (\d+)\b")


def checked_agenda(draft: Draft, tool: str = "runofshow import",
                   written_as: str = "<imported agenda>") -> tuple[str, Agenda]:
    """The draft's agenda as YAML and as the loader reads it (its source `written_as`,
    where it is to be written); AgendaError lists every problem at its place in the
    source (Draft.source)."""
    text, origins = agenda_yaml_with_origins(draft, tool)
    try:
        return text, load_agenda_text(text, written_as)
    except AgendaError as exc:
        raise AgendaError([in_source(problem, draft.source, origins)
                           for problem in exc.problems]) from None


def in_source(problem: Problem, source: str, origins: dict[int, Origin]) -> Problem:
    """A problem of the written YAML, at the place of the source its line was made from."""
    words = _LINE_REFERENCE.sub(lambda found: _place_words(found, origins), problem.message)
    origin = origins.get(problem.line)
    if origin is None:  # the agenda as a whole (its title, its zone): the file's
        return Problem(source, 1, 1, f"the agenda made from this file: {words}")
    where = origin.where
    return Problem(source, where.line, where.col, f"{origin.name}: {words}", cell=where.cell)


def _place_words(found: re.Match, origins: dict[int, Origin]) -> str:
    origin = origins.get(int(found.group(1)))
    if origin is None:
        return f"{found.group(0)} of the agenda made from it"
    return _said(origin.where)


def _said(where: Where) -> str:
    return where.cell or f"line {where.line}"
