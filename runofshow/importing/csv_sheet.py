"""A CSV file as a Grid: its encoding (UTF-8 with or without a BOM, UTF-16 as Excel's
"Unicode text", else Windows-1252/Latin-1) and its delimiter (`,` `;` or tab) found and
said in the report, each cell located at its LINE:COL in the file."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from runofshow.errors import AgendaError, Problem
from runofshow.importing.draft import Guess, Where
from runofshow.importing.sheet import Grid

DELIMITERS = {",": "commas", ";": "semicolons", "\t": "tabs"}
MAX_BYTES = 20_000_000


def decoded(data: bytes) -> tuple[str, str]:
    """(the text, the encoding assumed, in words)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "UTF-8 (with a byte order mark)"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "UTF-16 (with a byte order mark)"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:  # what Excel writes on Windows in western Europe; Latin-1 with more letters
        return data.decode("cp1252"), "Windows-1252 (Latin-1): the file is not UTF-8"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "Latin-1: the file is not UTF-8"


def _delimiter(text: str) -> str:
    """The delimiter that splits most of the first lines into the same number of cells."""
    sample = "\n".join(text.splitlines()[:50])
    best, best_score = ",", -1
    for delimiter in DELIMITERS:
        counts = [len(row) for row in csv.reader(io.StringIO(sample), delimiter=delimiter) if row]
        many = [c for c in counts if c > 1]
        if not many:
            continue
        common = max(set(many), key=many.count)
        score = many.count(common) * common
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _field_starts(record: str, delimiter: str) -> list[int]:
    """Where each field of one record begins (offsets into it), quotes respected."""
    starts, quoted = [0], False
    for offset, char in enumerate(record):
        if char == '"':
            quoted = not quoted
        elif char == delimiter and not quoted:
            starts.append(offset + 1)
    return starts


def read_csv_grid(path: str | Path) -> Grid:
    file = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise AgendaError([Problem(file, 1, 1, f"cannot read the file: {exc.strerror}")]) from None
    if len(data) > MAX_BYTES:
        raise AgendaError([Problem(file, 1, 1, f"the file is {len(data):,} bytes; a programme "
                                               f"is under {MAX_BYTES:,}")])
    text, encoding = decoded(data)
    if "\x00" in text:
        raise AgendaError([Problem(file, 1, 1, "this is not a text file (it holds NUL bytes): "
                                               "a CSV is text")])
    delimiter = _delimiter(text)
    lines = text.splitlines()
    rows: list[list[object]] = []
    places: list[list[tuple[int, int]]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    first_line = 1
    try:
        for record in reader:
            last_line = reader.line_num
            raw = "\n".join(lines[first_line - 1:last_line])
            cells, spots = [], []
            for value, offset in zip(record, _field_starts(raw, delimiter), strict=False):
                before = raw[:offset]
                line = first_line + before.count("\n")
                spots.append((line, offset - (before.rfind("\n") + 1) + 1))
                cells.append(value)
            rows.append(cells)
            places.append(spots)
            first_line = last_line + 1
    except csv.Error as exc:
        raise AgendaError([Problem(file, reader.line_num, 1, f"not a CSV file: {exc}")]) from None

    def locate(row: int, column: int) -> Where:
        if row < len(places) and column < len(places[row]):
            return Where(file, *places[row][column])
        line = places[row][0][0] if row < len(places) and places[row] else row + 1
        return Where(file, line, 1)

    notes = [Guess(Where(file, 1, 1), f"read as {encoding}, cells split at "
                                      f"{DELIMITERS[delimiter]}")]
    return Grid(file, Path(file).stem, rows, locate, notes, is_csv=True)
