"""Times a sheet writes with their offset from UTC (our CSV export's
`2024-03-13T10:00:00+01:00`): the agenda's wall-clock times when the agenda's zone is at
that offset then. Another offset is another zone's time, an error said once per offset at
its first cell (a file of another zone has it on every time); with no zone given, the
offset is said once and the times are taken as written."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from runofshow.errors import Problem, shown
from runofshow.importing.dates import offset_text
from runofshow.importing.draft import Guess, Where
from runofshow.importing.sheet_values import utc_offset


class Offsets:
    def __init__(self, zone: str | None):
        self.zone = ZoneInfo(zone) if zone else None
        self.said = False  # with no zone: the offset is said once
        # (offset written, the zone's offset) -> the cells and values that have them
        self.wrong: dict[tuple[timedelta, timedelta], list[tuple[Where, object]]] = {}

    def check(self, where: Where, value: object, day: date | None, clock: time) -> Guess | None:
        """Note a cell's offset; a guess to report when the file names no zone (the first
        time only)."""
        offset = utc_offset(value)
        if offset is None or day is None:
            return None
        if self.zone is None:
            if self.said:
                return None
            self.said = True
            return Guess(where, f"the times are written at {offset_text(offset)} but the file names "
                                "no zone: give --timezone (the zone's name, like Europe/Zurich) or the "
                                "agenda runs in the zone of the computer that opens it")
        expected = datetime.combine(day, clock, self.zone).utcoffset()
        if expected is not None and expected != offset:
            self.wrong.setdefault((offset, expected), []).append((where, value))
        return None

    def problems(self) -> list[Problem]:
        found = []
        for (offset, expected), cells in self.wrong.items():
            where, value = cells[0]
            more = f" (and {len(cells) - 1} more times like it)" if len(cells) > 1 else ""
            found.append(Problem(where.file, where.line, where.col, (
                f"{shown(str(value))} is at {offset_text(offset)}, but {self.zone} is at "
                f"{offset_text(expected)} then{more}: the file's times are another zone's; import it "
                "with that zone as --timezone, or write the times without an offset"),
                cell=where.cell, needs="timezone"))
        return found
