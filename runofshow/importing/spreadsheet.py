"""`runofshow import` of a spreadsheet: the file's suffix says which reader makes the Grid,
sheet.py makes the Draft."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from runofshow.errors import AgendaError, Problem
from runofshow.importing.csv_sheet import read_csv_grid
from runofshow.importing.draft import Draft
from runofshow.importing.sheet import SheetOptions, read_grid
from runofshow.importing.sheet_headers import parse_column_map
from runofshow.importing.xlsx_sheet import read_xlsx_grid

CSV_SUFFIXES = (".csv", ".tsv")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
SHEET_SUFFIXES = CSV_SUFFIXES + XLSX_SUFFIXES


def read_sheet_agenda(path: str | Path, first: date | None = None, room: str | None = None,
                      sheet: str | None = None, columns: str | None = None,
                      zone: str | None = None) -> Draft:
    """A spreadsheet programme as a Draft; AgendaError lists every problem found.
    `columns` is --columns as typed (`title=Titel,start=Uhrzeit`); `zone` (--timezone) is
    the agenda's, which times written with an offset from UTC must be in."""
    file = str(path)
    try:
        mapping = parse_column_map(columns) if columns else {}
    except ValueError as exc:
        raise AgendaError([Problem(file, 1, 1, f"--columns: {exc}")]) from None
    options = SheetOptions(first=first, room=room, columns=mapping, zone=zone)
    if Path(path).suffix.lower() in CSV_SUFFIXES:
        if sheet is not None:
            raise AgendaError([Problem(file, 1, 1, "--sheet: a CSV file has one sheet only")])
        grid = read_csv_grid(path)
    else:
        grid = read_xlsx_grid(path, options, sheet)
    return read_grid(grid, options)
