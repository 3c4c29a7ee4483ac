"""The PDF's tables as a QTextDocument: the run sheet (planned and projected times, anchors,
speakers, both languages; cue times on the technician's copy) or, after the show, the same
rows with what happened to each session.

The document is laid out on the PDF (or printer) itself, so its points are the paper's;
Qt's rich text takes the other lengths (padding, rules) in CSS pixels, 1/96 inch, which it
scales to the device. Every title wraps in its cell: nothing is ever cut.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QSizeF
from PySide6.QtGui import QFont, QPagedPaintDevice, QTextDocument, QTextLength, QTextTable

from runofshow.cues import Cue
from runofshow.export.report import Report, ReportRow, anchor_words, speakers_text, time_span
from runofshow.model import Text
from runofshow.render import minutes_text
from ui.fonts import ui_families
from ui.i18n import date_text

GREY = "#555555"
BODY_PT = 9
RULE = "border-bottom: 1px solid #bbbbbb"  # between rows (CSS pixels)
NOWRAP = f"white-space: nowrap; {RULE}"  # a cell's own style replaces the default's rule
WIDTHS = (12, 12, 46, 19, 11)  # percent: planned, projected, session, anchors, status
WIDTHS_WITH_CUES = (10, 10, 37, 16, 11, 16)


def _title(text: Text, languages: tuple[str, ...]) -> str:
    first, second = text.pair(languages)
    out = f"<b>{escape(first)}</b>"
    return out + (f"<br>{escape(second)}" if second else "")


def _cue_words(report: Report, cues: list[Cue]) -> str:
    """`09:55 warning 5`, `10:00 start`, one a line: when each cue of the session is due."""
    return "<br>".join(f"{report.agenda.local(c.at_s):%H:%M} {escape(c.kind)}"
                       f"{'' if c.minutes is None else f' {c.minutes}'}" for c in cues)


def _row(report: Report, row: ReportRow, cues: dict[str, list[Cue]] | None) -> str:
    session = row.session
    languages = report.agenda.languages
    projected = time_span(row.projected_start, row.projected_end)
    if row.projected_start is not None and row.projected_start != session.start:
        shift = int((row.projected_start - session.start).total_seconds())
        projected = f"<b>{projected}</b><br><small>{escape(minutes_text(shift))}</small>"
    about = [escape(session.kind)]
    speakers = speakers_text(session, languages)
    if speakers:
        about.append(escape(speakers))
    notes = [escape(w) for w in anchor_words(session)]
    if report.from_actions and row.note:
        notes.append(escape(row.note))
    style = ' style="color:#888888"' if row.status == "skipped" else ""
    cells = [f'<td style="{NOWRAP}">{time_span(session.start, session.end)}</td>',
             f'<td style="{NOWRAP}">{projected}</td>',
             f"<td>{_title(session.title, languages)}"
             f'<br><span style="color:{GREY}">{" · ".join(about)}</span></td>',
             f"<td>{'<br>'.join(notes)}</td>",
             f'<td style="{NOWRAP}">{escape(row.status)}</td>']
    if cues is not None:
        cells.append(f'<td style="{NOWRAP}">{_cue_words(report, cues.get(session.id, []))}</td>')
    return f"<tr{style}>{''.join(cells)}</tr>"


def sheet_html(report: Report, cues: dict[str, list[Cue]] | None, heading: str) -> str:
    """The whole document: the agenda's title, then a table per day, each on a new page."""
    agenda = report.agenda
    if report.from_actions:
        second = QCoreApplication.translate("PdfSheet", "actual")
        notes = QCoreApplication.translate("PdfSheet", "what happened")
    else:
        second = QCoreApplication.translate("PdfSheet", "projected")
        notes = QCoreApplication.translate("PdfSheet", "anchors")
    columns = [QCoreApplication.translate("PdfSheet", "planned"), second,
               QCoreApplication.translate("PdfSheet", "session"), notes,
               QCoreApplication.translate("PdfSheet", "status")]
    if cues is not None:
        columns.append(QCoreApplication.translate("PdfSheet", "cues"))
    head = "".join(f'<th align="left" style="border-bottom: 2px solid #000000">{escape(c)}</th>'
                   for c in columns)
    about = [heading] + ([agenda.venue.best(agenda.languages)] if agenda.venue is not None else [])
    made = f"{report.at:%Y-%m-%d %H:%M}"
    about += [QCoreApplication.translate("PdfSheet", "times in {zone}").format(zone=agenda.timezone.key),
              QCoreApplication.translate("PdfSheet", "made {time}").format(time=made)]
    parts = [f'<p style="font-size:15pt">{_title(agenda.title, agenda.languages)}</p>',
             f'<p style="color:{GREY}">{" · ".join(escape(a) for a in about)}</p>']
    for index, (day, rows) in enumerate(report.days()):
        brk = "page-break-before: always; " if index else ""
        ends = [r.projected_end for r in rows if r.projected_end is not None]
        planned_end = rows[-1].session.end
        parts.append(f'<h2 style="{brk}font-size:12pt">{date_text(day, "dddd dd MMMM yyyy")}</h2>'
                     f'<table width="100%" cellspacing="0" cellpadding="5" '
                     f'style="border-collapse: collapse"><thead><tr>{head}</tr></thead><tbody>')
        parts += [_row(report, row, cues) for row in rows]
        ending = QCoreApplication.translate("PdfSheet", "day ends {end} (planned {planned})").format(
            end=f"{max(ends, default=planned_end):%H:%M}", planned=f"{planned_end:%H:%M}")
        parts.append(f"</tbody></table><p>{escape(ending)}</p>")
    return "\n".join(parts)


def sheet_document(report: Report, cues: dict[str, list[Cue]] | None, heading: str,
                   device: QPagedPaintDevice, page: QSizeF) -> QTextDocument:
    """The document laid out on `device` in pages of `page` (device pixels)."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    font = QFont()
    font.setFamilies(ui_families())
    font.setPointSizeF(BODY_PT)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setDefaultStyleSheet(f"td {{ {RULE}; }}"
                                  f" small {{ color: {GREY}; }}")
    document.setHtml(sheet_html(report, cues, heading))
    _set_column_widths(document, WIDTHS if cues is None else WIDTHS_WITH_CUES)
    document.setPageSize(page)
    return document


def _set_column_widths(document: QTextDocument, percents: tuple[int, ...]) -> None:
    """Qt's HTML import keeps no column widths: give every table its share of the page."""
    constraints = [QTextLength(QTextLength.Type.PercentageLength, p) for p in percents]
    for frame in document.rootFrame().childFrames():
        if isinstance(frame, QTextTable):
            table_format = frame.format()
            table_format.setColumnWidthConstraints(constraints)
            frame.setFormat(table_format)
