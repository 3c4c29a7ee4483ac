"""`runofshow export`: the agenda, or what the show made of it, as CSV, XLSX, ICS or HTML
(docs/export.md).

report.py turns (agenda, actions, moment) into plain rows; each format module turns those
rows into bytes; `write_atomically` puts them on disk whole or not at all. The libraries of
a format (openpyxl, icalendar) are imported only when that format is asked for.
"""

from __future__ import annotations

from pathlib import Path

from runofshow.export.report import Report
from runofshow.files import write_whole

FORMATS = ("csv", "xlsx", "ics", "html")


class ExportError(Exception):
    """The export cannot be written (its message says where and why)."""


def render(report: Report, fmt: str) -> bytes:
    """The report in one of FORMATS."""
    if fmt == "csv":
        from runofshow.export.csv_xlsx import to_csv
        return to_csv(report)
    if fmt == "xlsx":
        from runofshow.export.csv_xlsx import to_xlsx
        return to_xlsx(report)
    if fmt == "ics":
        from runofshow.export.ics import to_ics
        return to_ics(report)
    if fmt == "html":
        from runofshow.export.html import to_html
        return to_html(report)
    raise ValueError(f"unknown export format {fmt!r} (known: {', '.join(FORMATS)})")


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole or not at all (runofshow/files.py); ExportError if it
    cannot be."""
    path = Path(path)
    if path.is_dir():
        raise ExportError(f"cannot write {path}: it is a folder; give a file name")
    try:
        write_whole(path, data)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None
