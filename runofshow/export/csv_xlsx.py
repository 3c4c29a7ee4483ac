"""The report as a table: CSV (UTF-8 with a byte-order mark, so Excel reads the Chinese
titles right) and XLSX.

Both have the same columns. CSV writes times as ISO 8601 with the agenda zone's offset (a
CSV cell has nowhere else to say the zone); XLSX writes real date-time cells in the agenda's
wall-clock time (Excel has no zones: the header names it). Durations are signed whole
seconds in both, as in `runofshow plan --json`; the note says them in words.

XLSX is one sheet with a day column, not a sheet per day: a report reader sorts and filters
("who ran over, across both days") and a pivot table needs all rows in one range; the day
column and the autofilter give the per-day view back in one click.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from datetime import datetime

from runofshow.export.report import Report, ReportRow, plain_text, speakers_text, title_columns

TIME_COLUMNS = ("planned_start", "planned_end", "projected_start", "projected_end",
                "actual_start", "actual_end")
SECONDS_COLUMNS = ("extended_by_s", "compressed_by_s", "started_late_by_s", "over_by_s",
                   "ended_late_by_s")


def columns(report: Report) -> list[str]:
    titles = [name for name, _ in title_columns(report.agenda)]
    return ["day", "id", "kind", *titles, "speakers", "hard_start", "hard_end", "status",
            *TIME_COLUMNS, *SECONDS_COLUMNS, "note"]


def row_values(report: Report, row: ReportRow) -> dict[str, object]:
    """A row's cells as Python values (times aware, in the agenda's zone)."""
    session = row.session
    values: dict[str, object] = {"day": session.day, "id": session.id, "kind": session.kind}
    for name, lang in title_columns(report.agenda):
        values[name] = session.title.get(lang) or ""
    values.update({
        "speakers": speakers_text(session, report.agenda.languages),
        "hard_start": session.hard_start, "hard_end": session.hard_end,
        "status": row.status,
        "planned_start": session.start, "planned_end": session.end,
        "projected_start": row.projected_start, "projected_end": row.projected_end,
        "actual_start": row.actual_start, "actual_end": row.actual_end,
        "extended_by_s": row.extended_by_s, "compressed_by_s": row.compressed_by_s,
        "started_late_by_s": row.started_late_by_s, "over_by_s": row.over_by_s,
        "ended_late_by_s": row.ended_late_by_s, "note": row.note,
    })
    return values


# A text a spreadsheet would take for a formula (a title from a call for papers may be
# =HYPERLINK(…)): CSV gets it behind an apostrophe (OWASP's advice), XLSX as a text cell.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, str):
        text = plain_text(value)
        return "'" + text if text.startswith(FORMULA_STARTS) else text
    return str(value)


def to_csv(report: Report) -> bytes:
    names = columns(report)
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180
    writer.writerow(names)
    for row in report.rows:
        values = row_values(report, row)
        writer.writerow([_csv_cell(values[name]) for name in names])
    return out.getvalue().encode("utf-8-sig")


def _width(value: object) -> int:
    """Columns a cell's text takes: wide (CJK) characters count twice."""
    text = _csv_cell(value) if not isinstance(value, datetime) else "2024-03-13 10:00"
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def to_xlsx(report: Report) -> bytes:
    from openpyxl import Workbook  # only this format needs it
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    names = columns(report)
    zone = report.agenda.timezone.key
    book = Workbook()
    sheet = book.active
    sheet.title = "After the show" if report.from_actions else "Plan"
    sheet.append([f"{n} ({zone})" if n in TIME_COLUMNS else n for n in names])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    widths = [len(cell.value) for cell in sheet[1]]
    for number, row in enumerate(report.rows, start=2):
        values = row_values(report, row)
        for col, name in enumerate(names, start=1):
            value = values[name]
            if isinstance(value, datetime):
                value = value.replace(tzinfo=None)  # wall-clock time in the agenda's zone
            if isinstance(value, str):
                value = plain_text(value)
            cell = sheet.cell(row=number, column=col, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # "=1+1" stays a title, never a formula run on opening
            if name in TIME_COLUMNS:
                cell.number_format = "yyyy-mm-dd hh:mm:ss"
            elif name == "day":
                cell.number_format = "yyyy-mm-dd"
            elif name in SECONDS_COLUMNS:
                cell.number_format = "+0;-0;0"
            widths[col - 1] = max(widths[col - 1], _width(values[name]))
    for col, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = min(60, width + 2)
    sheet.freeze_panes = "A2"  # the header stays in view
    sheet.auto_filter.ref = sheet.dimensions
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
