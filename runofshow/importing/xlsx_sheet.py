"""An XLSX workbook's sheet as a Grid: values as last calculated (openpyxl's data_only), a
merged cell's value in every cell it covers (a day's date merged down its rows), a formula
saved without its value marked so that reading it is a located error, and each cell named
as FILE:Sheet!C12.

What the organiser hid is not the programme: a hidden sheet (a planning tool's lookup
lists, last year's draft) is never chosen by default, only when --sheet names it; a hidden
row (a cancelled talk, a filtered-out room) is left out and listed in the report."""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from runofshow.errors import AgendaError, Problem, shown
from runofshow.importing.draft import Guess, Where
from runofshow.importing.sheet import Grid, SheetOptions, Uncomputed, row_text
from runofshow.importing.sheet_headers import find_header

MAX_CELLS = 2_000_000
# What its parts may unzip to: a programme of 5,000 sessions unzips to 2.7 MiB (read in
# 1.4 s). A "zip bomb" of 238 KB that unzips to 91 MiB took openpyxl 88 s and 2.6 GB of
# memory before the cell count could refuse it; this is said at once.
MAX_UNZIPPED = 16 * 1024 * 1024


def _cell_name(row: int, column: int) -> str:
    from openpyxl.utils import get_column_letter

    return f"{get_column_letter(column + 1)}{row + 1}"


def _sheet_ref(name: str) -> str:
    """A sheet's name as Excel writes it before `!`: quoted when it has spaces or marks."""
    return name if name.replace("_", "").isalnum() else "'" + name.replace("'", "''") + "'"


def read_xlsx_grid(path: str | Path, options: SheetOptions, sheet: str | None) -> Grid:
    """The sheet --sheet names, or the first sheet with a header row."""
    from openpyxl import load_workbook  # only an import of a workbook needs it

    file = str(path)
    try:
        with zipfile.ZipFile(path) as packed:
            unzipped = sum(part.file_size for part in packed.infolist())
        if unzipped > MAX_UNZIPPED:
            raise AgendaError([Problem(file, 1, 1, (
                f"unzips to {unzipped / 2**20:,.0f} MiB; a programme's workbook is a few "
                f"(at most {MAX_UNZIPPED // 2**20} MiB)"))])
        values = load_workbook(path, data_only=True)
        formulas = load_workbook(path, data_only=False)
    except OSError as exc:
        raise AgendaError([Problem(file, 1, 1, f"cannot read the file: {exc.strerror}")]) from None
    except (zipfile.BadZipFile, KeyError, ValueError, IndexError, EOFError, zlib.error, SyntaxError) as exc:
        # what a damaged workbook makes openpyxl raise (an XML ParseError is a SyntaxError)
        raise AgendaError([Problem(file, 1, 1, f"not an XLSX workbook, or a damaged one ({exc}); a CSV "
                                               "or an .xlsx saved by a spreadsheet is")]) from None
    names = values.sheetnames
    if sheet is not None and sheet not in names:
        raise AgendaError([Problem(file, 1, 1, f"--sheet {shown(sheet)}: the workbook's sheets "
                                               "are " + " | ".join(shown(n) for n in names))])
    hidden = [name for name in names if values[name].sheet_state != "visible"]
    notes: list[Guess] = []
    chosen = sheet
    grids = {}
    for name in [sheet] if sheet else [n for n in names if n not in hidden]:
        grids[name] = _grid(file, values[name], formulas[name])
        if chosen is None and find_header(grids[name].rows, options.columns) is not None:
            chosen = name
            if len(names) > 1:
                listed = " | ".join(shown(n) + (" (hidden: not read)" if n in hidden else "") for n in names)
                notes.append(Guess(grids[name].locate(0, 0), (
                    f"the sheet {shown(name)}, the first with a header row, of {listed}; --sheet "
                    "picks another")))
    if sheet in hidden:
        notes.append(Guess(grids[sheet].locate(0, 0), (
            f"the sheet {shown(sheet)} is hidden in the workbook: read because --sheet names it")))
    if chosen is None and not sheet:
        _refuse_hidden_header(file, values, formulas, hidden, options)
    grid = grids[chosen] if chosen else _grid(file, values[names[0]], formulas[names[0]])
    grid.notes.extend(notes)
    return grid


def _refuse_hidden_header(file: str, values, formulas, hidden: list[str], options: SheetOptions) -> None:
    """No visible sheet has a header row: if a hidden one has, say so (and how to read
    it) rather than "no header row"."""
    for name in hidden:
        if find_header(_grid(file, values[name], formulas[name]).rows, options.columns) is not None:
            raise AgendaError([Problem(file, 1, 1, (
                f"no visible sheet has a header row; the hidden sheet {shown(name)} has one: "
                f"read it with --sheet {shown(name)}"))])


def _grid(file: str, values_sheet, formulas_sheet) -> Grid:
    if values_sheet.max_row * values_sheet.max_column > MAX_CELLS:
        raise AgendaError([Problem(file, 1, 1, f"the sheet {values_sheet.title!r} has more than "
                                               f"{MAX_CELLS:,} cells; a programme has fewer")])
    rows: list[list[object]] = [list(r) for r in values_sheet.iter_rows(values_only=True)]
    for index, row in enumerate(formulas_sheet.iter_rows(values_only=True)):
        for column, formula in enumerate(row):
            if (isinstance(formula, str) and formula.startswith("=") and index < len(rows)
                    and column < len(rows[index]) and rows[index][column] is None):
                rows[index][column] = Uncomputed(formula)
    for merged in values_sheet.merged_cells.ranges:
        top = rows[merged.min_row - 1][merged.min_col - 1]
        for row in range(merged.min_row - 1, merged.max_row):
            for column in range(merged.min_col - 1, merged.max_col):
                # a heading merged across the row stays one cell: copied down, not across
                if column == merged.min_col - 1:
                    rows[row][column] = top
    ref = _sheet_ref(values_sheet.title)

    def locate(row: int, column: int) -> Where:
        return Where(file, row + 1, column + 1, cell=f"{ref}!{_cell_name(row, column)}")

    grid = Grid(file, values_sheet.title, rows, locate)
    for number, dimension in sorted(values_sheet.row_dimensions.items()):
        index = number - 1
        if not dimension.hidden or index >= len(rows):
            continue
        # an empty row is no part of anything: the rows around it keep their cells' names
        said = row_text(grid, index)
        rows[index] = []
        if said:
            grid.left_out.append(Guess(locate(index, 0), f"a hidden row, left out: {shown(said, 100)}"))
    return grid
