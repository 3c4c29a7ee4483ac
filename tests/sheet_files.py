"""Real spreadsheet files for the import tests: XLSX workbooks written with openpyxl (with
the cached values a spreadsheet program saves beside its formulas, when asked) and CSVs in
the encodings and with the delimiters organisers' tools write."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook


def workbook(path: Path, sheets: dict[str, Sequence[Sequence[object]]],
             merges: dict[str, list[str]] | None = None,
             formats: dict[str, str] | None = None,
             hidden_rows: dict[str, list[int]] | None = None,
             hidden_sheets: Sequence[str] = ()) -> Path:
    """A workbook of `sheets` ({name: rows}); merges {sheet: ["A5:E5"]}; number formats by
    cell of the first sheet ({"C6": "hh:mm"}); rows hidden as a spreadsheet hides them
    ({sheet: [3]}, numbered from 1), and sheets hidden."""
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
        for cells in (merges or {}).get(name, []):
            sheet.merge_cells(cells)
        for number in (hidden_rows or {}).get(name, []):
            sheet.row_dimensions[number].hidden = True
        if name in hidden_sheets:
            sheet.sheet_state = "hidden"
    first = book.worksheets[0]
    for cell, number_format in (formats or {}).items():
        first[cell].number_format = number_format
    book.save(path)
    return path


def calculated(path: Path, values: dict[str, float]) -> Path:
    """Save the values of formula cells beside their formulas, as a spreadsheet program
    does when it saves (openpyxl writes formulas with no value): {"C6": 0.4375}."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    xml = parts[sheet].decode("utf-8")
    for cell, value in values.items():
        xml, count = re.subn(rf'(<c r="{cell}"[^>]*>)(<f>[^<]*</f>)<v\s*/>',
                             rf"\g<1>\g<2><v>{value!r}</v>", xml)
        assert count == 1, f"no formula in {cell}"
    parts[sheet] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def csv_file(path: Path, rows: Sequence[Sequence[object]], delimiter: str = ",",
             encoding: str = "utf-8") -> Path:
    """A CSV as a spreadsheet exports it (`utf-8-sig` writes the BOM Excel puts first)."""
    import csv
    import io

    text = io.StringIO()
    csv.writer(text, delimiter=delimiter, lineterminator="\r\n").writerows(
        [["" if v is None else v for v in row] for row in rows])
    path.write_bytes(text.getvalue().encode(encoding))
    return path
