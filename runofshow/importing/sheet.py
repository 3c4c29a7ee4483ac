"""Spreadsheet programmes (XLSX and CSV: docs/import.md) as a Draft: a header row found below
the notes above it, one session a row, the rows that are not sessions (headings, milestones)
reported, dates from a column, from day rows or from --date, and a session without an end
running to the next start in its room.

The readers (csv_sheet.py, xlsx_sheet.py) turn a file into a Grid: rows of cell values and
where each cell is, so every problem and guess names its cell.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from runofshow.errors import AgendaError, Problem, shown
from runofshow.importing.dates import day_heading
from runofshow.importing.draft import UNDECIDED, Draft, DraftDay, DraftSession, Guess, Where
from runofshow.importing.guess import KIND_WORDS
from runofshow.importing.sheet_headers import FIELDS, find_header, is_our_export, title_languages
from runofshow.importing.sheet_offsets import Offsets
from runofshow.importing.sheet_values import (
    clock_of,
    clock_range,
    date_of,
    minutes_of,
    our_speakers,
    yes_or_no,
)

LAST_SESSION_MINUTES = 30  # a day's last session with no end or duration: stated, reported
KNOWN_KINDS = ("opening", "panel", "qa", "presentation", "fireside", "break", "meal",
               "discussion", "closing")
# a planning tool's rows that are not sessions, when the kind cell says just that: a whole
# word ("Working group", "Fast track" and 分组讨论, a breakout discussion, are sessions)
_NOT_SESSIONS = re.compile(r"milestone|heading|section|group|track|meilenstein|überschrift|"
                           r"jalon|titre de section|里程碑|标题行|分组", re.IGNORECASE)
# our CSV export writes a text that starts like a formula behind an apostrophe (docs/export.md)
_FORMULA_GUARD = re.compile(r"'[=+\-@]")
_NAME_SEPARATORS = re.compile(r"\s*(?:[;；、,，/\n]|\band\b|\bund\b|\bet\b)\s*")


class Uncomputed:
    """A formula cell saved without its value (a file written by a program, never opened
    in a spreadsheet): there is nothing to read."""

    def __init__(self, formula: str):
        self.formula = formula


@dataclass
class Grid:
    """A sheet as read: rows of values (None for an empty cell) and where each cell is."""

    file: str
    name: str  # the sheet's name, or the file's for a CSV
    rows: list[list[object]]
    locate: Callable[[int, int], Where]  # (row index, column index) -> its place
    notes: list[Guess] = field(default_factory=list)  # what reading the file assumed
    is_csv: bool = False  # text cells, as a CSV has them (not a workbook's typed cells)
    left_out: list[Guess] = field(default_factory=list)  # rows the reader did not take (hidden)

    def value(self, row: int, column: int | None) -> object:
        if column is None or column >= len(self.rows[row]):
            return None
        found = self.rows[row][column]
        return found.strip() or None if isinstance(found, str) else found


@dataclass
class SheetOptions:
    first: date | None = None  # --date
    room: str | None = None  # --room
    columns: dict[str, str] = field(default_factory=dict)  # --columns, parsed
    zone: str | None = None  # --timezone: the zone of times written with their offset


class _Problems:
    def __init__(self):
        self.found: list[Problem] = []

    def add(self, where: Where, message: str, needs: str = "",
            choices: tuple[str, ...] = ()) -> None:
        self.found.append(Problem(where.file, where.line, where.col, message, where.cell,
                                  needs, choices))


def read_grid(grid: Grid, options: SheetOptions) -> Draft:
    """The sheet's sessions as a Draft; AgendaError lists every problem found."""
    problems = _Problems()
    header = find_header(grid.rows, options.columns)
    if header is None:
        wanted = (f"the headers {', '.join(options.columns.values())} of --columns and "
                  if options.columns else "")
        problems.add(grid.locate(0, 0), (
            f"no header row found in the first rows: it needs {wanted}a start column (Start, "
            "Time, Uhrzeit, Début, 开始时间…) and a title column (Title, Titel, Titre, 标题…); "
            "--columns title=…,start=… names others"))
        raise AgendaError(problems.found)
    header_row, columns = header
    draft = Draft(source=grid.file, guesses=list(grid.notes), skipped=list(grid.left_out))
    _title_above(grid, header_row, draft)
    reader = _RowReader(grid, header_row, columns, options, draft, problems)
    for row in range(header_row + 1, len(grid.rows)):
        reader.read_row(row)
    reader.finish(header_row)
    if problems.found:
        raise AgendaError(problems.found)
    draft.skipped.sort(key=lambda left: (left.where.line, left.where.col))  # hidden rows among the rest
    return draft


def _title_above(grid: Grid, header_row: int, draft: Draft) -> None:
    """The first text above the header is the programme's title; the rest are notes."""
    texts = [(row, str(v).strip()) for row in range(header_row) for v in grid.rows[row]
             if isinstance(v, str) and v.strip()]
    if texts:
        draft.title[UNDECIDED] = texts[0][1]
        draft.guesses.append(Guess(grid.locate(texts[0][0], 0),
                                   f"the agenda's title is {shown(texts[0][1])}, above the header"))
    for row, text in texts[1:]:
        draft.skipped.append(Guess(grid.locate(row, 0), f"above the header, left out: {shown(text)}"))


@dataclass
class _Row:
    session: DraftSession
    day: date | None
    room: str | None
    explicit_end: bool


class _RowReader:
    def __init__(self, grid: Grid, header_row: int, columns: dict[str, int], options: SheetOptions,
                 draft: Draft, problems: _Problems):
        self.grid, self.columns, self.options = grid, columns, options
        self.draft, self.problems = draft, problems
        self.found: list[_Row] = []
        self.day: date | None = None  # from the last day row ("Wednesday, 13 March 2024")
        self.dated_by: set[str] = set()  # "Day 2 is 2024-03-14": each said once
        self.dated_above = False  # a row's date cell dated self.day (not a day row)
        self.said_date_above = False
        self.offsets = Offsets(options.zone)  # times written with their offset from UTC
        # a title column per language (title_zh, title_en), and runofshow's own export
        self.languages = {} if "title" in options.columns else title_languages(grid.rows[header_row])
        self.ours = is_our_export(grid.rows[header_row])
        draft.languages = list(self.languages)

    def cell(self, row: int, name: str) -> object:
        return self.cell_at(row, self.columns.get(name))

    def cell_at(self, row: int, column: int | None) -> object:
        value = self.grid.value(row, column)
        if isinstance(value, Uncomputed):
            self.problems.add(self.grid.locate(row, column or 0), (
                f"the formula {shown(value.formula)} has no saved value (the file was never "
                "calculated): open it in a spreadsheet and save it, or type the value"))
            return None
        return value

    def where(self, row: int, name: str) -> Where:
        return self.grid.locate(row, self.columns.get(name, 0))

    def read_row(self, row: int) -> None:
        values = [v for v in self.grid.rows[row] if v is not None and str(v).strip()]
        if not values:
            return
        start_value = self.cell(row, "start")
        titles = self.titles(row)
        title = next(iter(titles.values()), None)
        lone_date = len(values) == 1 and isinstance(values[0], date)
        if start_value is None or lone_date or (title is None and not _is_clock(start_value)):
            self.not_a_session(row, values)
            return
        kind_text = str(self.cell(row, "kind") or "")
        if _NOT_SESSIONS.fullmatch(kind_text.strip()):
            self.draft.skipped.append(Guess(self.where(row, "kind"), (
                f"a {kind_text.lower()}, not a session, left out: {shown(str(title or ''))}")))
            return
        session = self.session(row, start_value, titles, kind_text)
        if session is not None:
            self.found.append(session)

    def titles(self, row: int) -> dict[str, str]:
        """The row's title: by language (title_zh, title_en), else the title column's."""
        columns = self.languages or {UNDECIDED: self.columns["title"]}
        found = {}
        for language, column in columns.items():
            value = self.cell_at(row, column)
            if value is not None:
                found[language] = self.unguarded(" ".join(str(value).split()))
        return found

    def unguarded(self, text: str) -> str:
        """A text our CSV export wrote behind an apostrophe, so that no spreadsheet runs it
        as a formula (`'=1+1`), as it was (our XLSX writes text cells: nothing to undo)."""
        return text[1:] if self.ours and self.grid.is_csv and _FORMULA_GUARD.match(text) else text

    def not_a_session(self, row: int, values: list[object]) -> None:
        """A row without a start: a day heading (it dates the rows below), or a heading."""
        text = " ".join(str(v).strip() for v in values if not isinstance(v, Uncomputed))
        if len(values) == 1 and isinstance(values[0], date):  # a date cell (a datetime is one)
            self.day = values[0].date() if isinstance(values[0], datetime) else values[0]
            return
        heading = day_heading(text) if len(values) == 1 and isinstance(values[0], str) else None
        if heading is not None and heading[0] is not None:
            self.day = heading[0]
            return
        self.draft.skipped.append(Guess(self.grid.locate(row, 0),
                                        f"no start time, a heading or note left out: {shown(text)}"))

    def session(self, row: int, start_value: object, titles: dict[str, str], kind_text: str) -> _Row | None:
        where = self.where(row, "start")
        try:
            both = clock_range(start_value)
            day, start = (None, both[0]) if both else clock_of(start_value)
        except ValueError as exc:
            self.problems.add(where, str(exc))
            return None
        if not titles:
            self.problems.add(self.where(row, "title"), "this session has no title")
            return None
        # the cells of the agenda's fields, for a problem the written agenda has (checked.py)
        places = {field: self.where(row, column) for field, column in
                  (("title", "title"), ("speakers", "speakers"), ("description", "notes"), ("id", "id"))
                  if column in self.columns}
        session = DraftSession(where, start=start, source_text=row_text(self.grid, row), places=places,
                               title=titles)
        self.offset(row, "start", start_value, day, start)  # a time with an offset has its date
        explicit = self.length(row, session, both[1] if both else None, day)
        day = day or self.date_of_row(row)
        notes, speakers = self.cell(row, "notes"), self.cell(row, "speakers")
        if notes:
            session.description[UNDECIDED] = str(notes).strip()
        if speakers and self.ours:  # "Name / 名字; Other": `;` between people, `/` between languages
            session.speakers = our_speakers(self.unguarded(str(speakers).strip()), list(self.languages))
        elif speakers:
            session.speakers = [n for n in _NAME_SEPARATORS.split(str(speakers).strip()) if n]
        self.kind(row, session, kind_text)
        self.anchors(row, session)
        if self.ours and self.cell(row, "id") is not None:
            session.id = str(self.cell(row, "id")).strip()
        room = self.cell(row, "room")
        return _Row(session, day, str(room).strip() if room is not None else None, explicit)

    def anchors(self, row: int, session: DraftSession) -> None:
        """hard_start and hard_end from their columns: a sheet that has them says where the
        anchors are (none is guessed), an empty cell is none."""
        for name in ("hard_start", "hard_end"):
            if name not in self.columns:
                continue
            session.anchors_from_source = True
            try:
                setattr(session, name, yes_or_no(self.cell(row, name)))
            except ValueError as exc:
                self.problems.add(self.where(row, name), f"{name}: {exc}")

    def offset(self, row: int, name: str, value: object, day: date | None, clock: time) -> None:
        said = self.offsets.check(self.where(row, name), value, day, clock)
        if said is not None:
            self.draft.guesses.append(said)

    def length(self, row: int, session: DraftSession, end: time | None, day: date | None) -> bool:
        """The end (or duration) of the row's session; False if it has neither."""
        end_value, duration_value = self.cell(row, "end"), self.cell(row, "duration")
        try:
            if end is None and end_value is not None:
                end_day, end = clock_of(end_value)
                if end_day is not None and day is not None and end_day != day:
                    raise ValueError(f"ends on {end_day}, not the day it starts ({day}); a "
                                     "session past midnight is not supported")
                self.offset(row, "end", end_value, end_day or day, end)
            if end is not None:
                session.end, session.end_where = end, self.where(row, "end")
                if end <= session.start:
                    raise ValueError(f"ends at {end:%H:%M}, not after its start "
                                     f"{session.start:%H:%M} (a session past midnight is not supported)")
                return True
            if duration_value is not None:
                session.duration_min = minutes_of(duration_value)
                session.end_where = self.where(row, "duration")
                if session.duration_min <= 0:
                    raise ValueError(f"a duration of {session.duration_min} minutes: a session "
                                     "takes some time (a milestone is not a session)")
                return True
        except ValueError as exc:
            self.problems.add(self.where(row, "end" if end_value is not None else "duration"), str(exc))
        return False

    def date_of_row(self, row: int) -> date | None:
        value = self.cell(row, "date")
        if value is None:
            if self.day is not None and self.dated_above and not self.said_date_above:
                # a date merged down its rows, exported to CSV (or typed once per day):
                # only its first row holds it
                self.said_date_above = True
                self.draft.guesses.append(Guess(self.where(row, "date"), (
                    f"a row with an empty date is on the date above it ({self.day})")))
            return self.day
        try:
            day, how = date_of(value, self.options.first)
        except ValueError as exc:
            self.problems.add(self.where(row, "date"), str(exc))
            return None
        if day is None:
            self.problems.add(self.where(row, "date"), (
                f"{shown(how)} is a numbered day without a date: give the first day's date with "
                "--date YYYY-MM-DD"), needs="date")
        elif how and how not in self.dated_by:
            self.dated_by.add(how)
            self.draft.guesses.append(Guess(self.where(row, "date"), how))
        if day is not None:
            self.day, self.dated_above = day, True
        return day

    def kind(self, row: int, session: DraftSession, kind_text: str) -> None:
        words = kind_text.strip().lower()
        if not words:
            return
        if self.ours:  # our export's kinds are the agenda's own, whatever words they are
            session.kind = kind_text.strip()
            return
        if words in KNOWN_KINDS:
            session.kind = words
            return
        for kind, pattern in KIND_WORDS:
            if re.search(pattern, words, re.IGNORECASE):
                session.kind = kind
                session.guesses.append(Guess(self.where(row, "kind"),
                                             f"kind {kind} (the kind column says {shown(kind_text)})"))
                return

    # -- the rows read: one room, dated, ordered, with ends ---------------------------------
    def finish(self, header_row: int) -> None:
        self.problems.found.extend(self.offsets.problems())
        rows = self.in_room(self.found, header_row)
        undated = [r for r in rows if r.day is None]
        if undated:
            if self.options.first is None:
                self.problems.add(undated[0].session.where, (
                    "the sheet has times but no dates (no date column, no day rows): give the "
                    "day's date with --date YYYY-MM-DD"), needs="date")
                return
            for r in undated:
                r.day = self.options.first
        by_day: dict[date, list[_Row]] = {}
        for r in rows:
            assert r.day is not None
            by_day.setdefault(r.day, []).append(r)
        for day in sorted(by_day):
            ordered = sorted(by_day[day], key=lambda r: r.session.start)
            self.fill_ends(ordered)
            self.check_overlaps(ordered)
            first = ordered[0].session.where
            self.draft.days.append(DraftDay(first, day, sessions=[r.session for r in ordered]))
        if not rows and not self.problems.found:
            self.problems.add(self.grid.locate(header_row, 0),
                              "no sessions below this header: a session is a row with a start time "
                              "and a title")

    def in_room(self, rows: list[_Row], header_row: int) -> list[_Row]:
        rooms = sorted({r.room for r in rows if r.room})
        chosen = self.options.room
        header = self.grid.locate(header_row, self.columns.get("room", 0))
        if chosen is None:
            if len(rooms) > 1:
                self.problems.add(header, (
                    f"the sheet has {len(rooms)} rooms: pick one with --room "
                    + " | ".join(shown(r) for r in rooms)), needs="room", choices=tuple(rooms))
                return []
            return rows
        if "room" not in self.columns:
            self.problems.add(header, f"--room {shown(chosen)}: the sheet has no room column")
            return []
        if chosen not in rooms:
            self.problems.add(header, f"--room {shown(chosen)} is not a room of the sheet; its rooms "
                                      "are " + " | ".join(shown(r) for r in rooms),
                              needs="room", choices=tuple(rooms))
            return []
        # a row with no room (the opening plenary, the coffee break, lunch) is every room's
        shared = [r for r in rows if not r.room]
        if shared:
            self.draft.guesses.append(Guess(shared[0].session.where, (
                f"{len(shared)} session(s) with no room (a plenary, a break) taken into "
                f"{shown(chosen)}'s programme as every room's")))
        return [r for r in rows if r.room == chosen or not r.room]

    def fill_ends(self, ordered: list[_Row]) -> None:
        """A session without an end runs to the next start in its room; the last one to a
        stated default. Both are guesses, reported."""
        for index, r in enumerate(ordered):
            if r.explicit_end or r.session.end is not None or r.session.duration_min is not None:
                continue
            later = [o.session.start for o in ordered[index + 1:] if o.session.start > r.session.start]
            if later:
                r.session.end = later[0]
                r.session.guesses.append(Guess(r.session.where, (
                    f"no end or duration: runs to the next start, {later[0]:%H:%M}")))
            else:
                r.session.duration_min = LAST_SESSION_MINUTES
                r.session.guesses.append(Guess(r.session.where, (
                    f"no end or duration and no session after it: {LAST_SESSION_MINUTES} minutes")))

    def check_overlaps(self, ordered: list[_Row]) -> None:
        before: DraftSession | None = None
        for r in ordered:
            session = r.session
            if before is not None and session.start < _end_of(before):
                self.problems.add(session.where, (
                    f"starts at {session.start:%H:%M}, before the session of row "
                    f"{before.where.line} ({shown(before.title[UNDECIDED])}) ends at "
                    f"{_end_of(before):%H:%M}"))
            elif _minutes(session.start) + (session.minutes() or 0) > 24 * 60:
                self.problems.add(session.end_where or session.where,
                                  "runs past midnight (not supported)")
            before = session


def _is_clock(value: object) -> bool:
    """A start cell that reads as a time: a row with text there and no title is a heading."""
    try:
        return clock_range(value) is not None or clock_of(value) is not None
    except ValueError:
        return False


def _minutes(clock: time) -> int:
    return clock.hour * 60 + clock.minute


def _end_of(session: DraftSession) -> time:
    minutes = _minutes(session.start) + (session.minutes() or 0)
    return time(23, 59) if minutes >= 24 * 60 else time(minutes // 60, minutes % 60)


def row_text(grid: Grid, row: int) -> str:
    """The row as the source's own words, for the comment above the session in the YAML."""
    shown_values = []
    for value in grid.rows[row]:
        if value is None or isinstance(value, Uncomputed):
            continue
        if isinstance(value, time):
            value = f"{value:%H:%M}"
        elif isinstance(value, timedelta):
            value = f"{round(value.total_seconds() / 60)} min"
        elif isinstance(value, datetime) and value.time() != time(0):
            value = f"{value:%Y-%m-%d %H:%M}"
        elif isinstance(value, date):  # a date cell (spreadsheets keep it as a datetime at 0:00)
            value = f"{value:%Y-%m-%d}"
        shown_values.append(" ".join(str(value).split()))
    return " | ".join(v for v in shown_values if v)


__all__ = ["FIELDS", "Grid", "SheetOptions", "Uncomputed", "read_grid", "row_text"]
