"""What an importer reads out of a foreign file, before it is an agenda: days and sessions
with the place in the source each came from, and every guess made on the way.

Every format (text, spreadsheets, frab, iCalendar) fills the same Draft, so the guesses
(guess.py) and the YAML writer (write_yaml.py) are written once. Nothing here is checked
the way runofshow.loader checks an agenda: the written YAML is loaded for that.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

# The key of text whose language is not known yet: a reader that cannot tell it stores
# titles under it, and guess.decide_language puts them under the language found.
UNDECIDED = ""


@dataclass(frozen=True)
class Where:
    """A place in the source file: FILE:LINE:COL (1-based), or a cell for spreadsheets."""

    file: str
    line: int
    col: int = 1
    cell: str = ""  # "Sheet!C12" in a spreadsheet (line is then its row, col its column)

    def format(self) -> str:
        return f"{self.file}:{self.cell or f'{self.line}:{self.col}'}"


@dataclass(frozen=True)
class Guess:
    """Something the importer decided that the source did not say outright; each one is
    written as a comment in the YAML and printed in the command's report."""

    where: Where
    message: str

    def format(self) -> str:
        return f"{self.where.format()}: {self.message}"


@dataclass
class DraftSession:
    """One session as found: a start, an end or a duration, titles by language."""

    where: Where
    start: time
    after_midnight: bool = False  # on the calendar day after its day's date: HH:MM+1
    end: time | None = None
    end_where: Where | None = None  # where the end time is written, for messages
    duration_min: int | None = None
    title: dict[str, str] = field(default_factory=dict)  # language -> text
    description: dict[str, str] = field(default_factory=dict)
    speakers: list[str | dict[str, str]] = field(default_factory=list)  # a name, or by language
    source_text: str = ""  # the source's own words for it, shown above it in the YAML
    # where the source gives each field of our format ("start", "end", "title"…), when the
    # reader knows better than `where`: a problem the loader finds in the written agenda is
    # then located at the source's own line (checked.py)
    places: dict[str, Where] = field(default_factory=dict)
    source_name: str = ""  # how the source names it in messages ("the event 'X' (UID …)")
    id: str | None = None
    kind: str | None = None
    parent: str | None = None
    hard_start: bool = False
    hard_end: bool = False
    anchors_from_source: bool = False  # the source says its anchors (none): none is guessed
    min_duration: int | None = None
    guesses: list[Guess] = field(default_factory=list)

    def minutes(self) -> int | None:
        """Its length in minutes: its duration, else wall-clock minutes from start to end
        (a session that crosses midnight is given by its duration)."""
        if self.duration_min is not None:
            return self.duration_min
        if self.end is None:
            return None
        return (self.end.hour * 60 + self.end.minute) - (self.start.hour * 60 + self.start.minute)


@dataclass
class DraftDay:
    where: Where
    date: date
    heading: str = ""
    sessions: list[DraftSession] = field(default_factory=list)


@dataclass
class Draft:
    """An imported agenda, not yet checked: what write_yaml turns into our format."""

    source: str
    title: dict[str, str] = field(default_factory=dict)
    timezone: str | None = None
    languages: list[str] = field(default_factory=list)
    days: list[DraftDay] = field(default_factory=list)
    guesses: list[Guess] = field(default_factory=list)  # about the agenda as a whole
    skipped: list[Guess] = field(default_factory=list)  # source lines that are not in it

    def sessions(self) -> list[DraftSession]:
        return [s for day in self.days for s in day.sessions]

    def all_guesses(self) -> list[Guess]:
        """Every guess, in the order of the source."""
        found = list(self.guesses)
        found += [g for s in self.sessions() for g in s.guesses]
        return sorted(found, key=lambda g: (g.where.line, g.where.col, g.message))
