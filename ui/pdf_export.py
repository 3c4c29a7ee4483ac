"""`runofshow export … --format pdf`: the run sheet, or the after-show report with its
timeline picture, drawn by Qt (QPdfWriter, QPainter, QTextDocument) from the core's plain
report rows (docs/export.md, "PDF").

The launcher (ui/launcher.py) hands `--format pdf` here; the core parses the arguments and
makes the report, as for every other format. The same pages go to a printer
(`paint_pages` takes any QPagedPaintDevice: a QPdfWriter or a QPrinter).
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from runofshow.cues import Cue, plan_cues
from runofshow.errors import EXIT_INVALID, AgendaError
from runofshow.export import ExportError, write_atomically
from runofshow.export.command import actions_for, export_parser, wrote_line
from runofshow.export.report import Report, build_report
from runofshow.loader import load_agenda
from runofshow.projection import project
from ui.fonts import cjk_family, ui_families
from ui.pdf_sheet import sheet_document
from ui.pdf_text import radical_names, rename_radicals
from ui.pdf_timeline import LEGEND_PT, day_height, paint_day, paint_legend, timeline_pages

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGIN_MM = 14
FOOTER_PT = 16.0
RESOLUTION_DPI = 300  # layout grid only: the text and bars stay vector


@dataclass(frozen=True)
class Sheet:
    """What a PDF is made of: the report, and the cues of the technician's copy."""

    report: Report
    cues: dict[str, list[Cue]] | None = None  # by session id; None: not the technician's copy

    @property
    def heading(self) -> str:
        if self.report.from_actions:
            return QCoreApplication.translate("PdfExport", "after the show: planned against actual")
        if self.cues is not None:
            return QCoreApplication.translate("PdfExport", "run sheet, technician's copy")
        return QCoreApplication.translate("PdfExport", "run sheet")


def cues_by_session(report: Report, actions) -> dict[str, list[Cue]]:
    """When each cue is due. The plan's cues are those of the whole show (projected before
    it begins, whenever the export is made); with actions, those still due now."""
    agenda = report.agenda
    at_s = int(report.at.timestamp())
    if actions is None:
        at_s = min(at_s, agenda.days[0].sessions[0].start_s - 3600)
    found: dict[str, list[Cue]] = {}
    for cue in plan_cues(agenda, project(agenda, actions or [], at_s), after_s=at_s):
        found.setdefault(cue.session, []).append(cue)
    return found


def page_layout(paper: str) -> QPageLayout:
    return QPageLayout(QPageSize(PAPERS[paper]), QPageLayout.Orientation.Portrait,
                       QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                       QPageLayout.Unit.Millimeter)


def paint_pages(device: QPagedPaintDevice, sheet: Sheet) -> int:
    """Draw every page on `device` (already set to its paper); returns the page count."""
    unit = device.logicalDpiY() / 72  # device pixels per point
    width, height = float(device.width()), float(device.height())
    body = height - FOOTER_PT * unit
    report = sheet.report
    pictures = timeline_pages(report, body / unit) if report.from_actions else []
    document = sheet_document(report, sheet.cues, sheet.heading, device, QSizeF(width, body))
    total = len(pictures) + document.pageCount()
    painter = QPainter()
    if not painter.begin(device):
        raise ExportError(QCoreApplication.translate(
            "PdfExport", "cannot draw the PDF (Qt could not open the page)"))
    try:
        for number in range(total):
            if number:
                device.newPage()
            if number < len(pictures):
                top = 0.0
                if number == 0:
                    paint_legend(painter, report, sheet.heading, width, unit)
                    top = LEGEND_PT * unit
                for day, rows in pictures[number]:
                    paint_day(painter, report, day, rows, top, width, unit)
                    top += day_height(rows) * unit
            else:
                page = number - len(pictures)
                painter.save()
                painter.translate(0, -page * body)
                document.drawContents(painter, QRectF(0, page * body, width, body))
                painter.restore()
            _footer(painter, sheet, number + 1, total, width, height, unit)
    finally:
        painter.end()
    return total


def _footer(painter: QPainter, sheet: Sheet, number: int, total: int, width: float,
            height: float, unit: float) -> None:
    font = QFont()
    font.setFamilies(ui_families())
    font.setPixelSize(round(7 * unit))
    painter.setFont(font)
    painter.setPen(QPen(Qt.GlobalColor.darkGray))
    report = sheet.report
    box = QRectF(0, height - 10 * unit, width, 10 * unit)
    painter.drawText(box, Qt.AlignmentFlag.AlignLeft,
                     f"{report.agenda.title.best(report.agenda.languages)} — {sheet.heading}")
    painter.drawText(box, Qt.AlignmentFlag.AlignRight, QCoreApplication.translate(
        "PdfExport", "page {number} of {total}").format(number=number, total=total))


def pdf_bytes(sheet: Sheet, paper: str = "a4") -> bytes:
    """The whole PDF, in memory (written out whole by `write_atomically`)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(page_layout(paper))
    writer.setTitle(f"{sheet.report.agenda.title.best(sheet.report.agenda.languages)} — "
                    f"{sheet.heading}")
    writer.setCreator("runofshow")
    paint_pages(writer, sheet)
    del writer  # the PDF's last bytes are written when the writer goes
    return ideographs_named(bytes(buffer.data()))


def ideographs_named(pdf: bytes) -> bytes:
    """`pdf` (written by Qt) with its text layer naming ideographs, not radicals."""
    family = cjk_family()
    return rename_radicals(pdf, radical_names(family)) if family else pdf


def write_pdf(path: Path, sheet: Sheet, paper: str = "a4") -> None:
    write_atomically(path, pdf_bytes(sheet, paper))


def gui_app() -> QGuiApplication:
    """The running application, or one started for the export: offscreen when there is no
    display to talk to (a server, a terminal over ssh), since a PDF needs no window."""
    app = QGuiApplication.instance()
    if app is not None:
        return app
    if (sys.platform.startswith("linux") and "QT_QPA_PLATFORM" not in os.environ
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QGuiApplication(["runofshow"])


def main(argv: list[str]) -> int:
    """`export`'s arguments (after the word export), with --format pdf."""
    args = export_parser().parse_args(argv)
    try:
        agenda = load_agenda(args.agenda)
        actions = actions_for(args, agenda)
        report = build_report(agenda, actions, int(time.time()))
        _app = gui_app()  # held: Qt's fonts and paint devices need it alive
        cues = cues_by_session(report, actions) if args.technician else None
        write_pdf(Path(args.output), Sheet(report, cues), args.paper)
    except AgendaError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_INVALID
    except ExportError as exc:
        print(f"runofshow: error: {exc}", file=sys.stderr)
        return EXIT_INVALID
    print(wrote_line(args, report))
    return 0
