"""The after-show report's timeline picture: per day, one row per session, its planned bar
above the bar of when it really ran, on a shared hour axis.

Drawn with QPainter in the PDF's own units (vector, its text searchable), in points through
`unit` (device pixels per point). Colours say what happened: blue ran as planned or
shorter, orange ran over by more than OVER_S, a red cross-hatched planned bar was skipped.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen

from runofshow.export.report import Report, ReportRow
from ui.fonts import ui_families
from ui.i18n import date_text

PLANNED = QColor("#aab4bf")
ACTUAL = QColor("#2f6fb3")
OVER = QColor("#e07b24")
SKIPPED = QColor("#c0392b")
GRID = QColor("#d9d9d9")
OVER_S = 60  # a minute over is noise; more is someone running over

ROW_PT = 15.0
DAY_HEAD_PT = 36.0  # the day's name and the hour labels
DAY_GAP_PT = 14.0
TITLE_PT = 36.0
LEGEND_PT = TITLE_PT + 26.0  # the title, then the colours
LABEL_SHARE = 0.34  # of the width, for the sessions' names

Days = list[tuple[date, list[ReportRow]]]


def day_height(rows: list[ReportRow]) -> float:
    return DAY_HEAD_PT + len(rows) * ROW_PT + DAY_GAP_PT


def timeline_pages(report: Report, page_height_pt: float) -> list[Days]:
    """The days packed onto pages, whole days only (the legend heads the first page)."""
    pages: list[Days] = [[]]
    used = LEGEND_PT
    for day, rows in report.days():
        if pages[-1] and used + day_height(rows) > page_height_pt:
            pages.append([])
            used = 0.0
        pages[-1].append((day, rows))
        used += day_height(rows)
    return pages


def _font(unit: float, points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(ui_families())
    font.setPixelSize(max(1, round(points * unit)))  # the painter draws in device pixels
    font.setBold(bold)
    return font


def paint_legend(painter: QPainter, report: Report, heading: str, width: float,
                 unit: float) -> None:
    """The first page's head: the agenda's title, what the picture is, and its colours."""
    first, second = report.agenda.title.pair(report.agenda.languages)
    painter.setPen(QPen(Qt.GlobalColor.black))
    painter.setFont(_font(unit, 13, bold=True))
    painter.drawText(QRectF(0, 0, width, 18 * unit), Qt.AlignmentFlag.AlignLeft, first)
    painter.setFont(_font(unit, 9))
    painter.drawText(QRectF(0, 19 * unit, width, 12 * unit), Qt.AlignmentFlag.AlignLeft,
                     f"{second + ' · ' if second else ''}{heading}")
    painter.translate(0, TITLE_PT * unit)
    painter.setFont(_font(unit, 8))
    x = 0.0
    minutes = OVER_S // 60  # not inside the call: pyside6-lupdate reads // there as a comment
    over = QCoreApplication.translate("PdfTimeline", "ran over by more than %n min", None, minutes)
    for colour, words, pattern in (
            (PLANNED, QCoreApplication.translate("PdfTimeline", "planned"), Qt.BrushStyle.SolidPattern),
            (ACTUAL, QCoreApplication.translate("PdfTimeline", "actual"), Qt.BrushStyle.SolidPattern),
            (OVER, over, Qt.BrushStyle.SolidPattern),
            (SKIPPED, QCoreApplication.translate("PdfTimeline", "skipped"), Qt.BrushStyle.DiagCrossPattern)):
        box = QRectF(x, 4 * unit, 16 * unit, 8 * unit)
        painter.fillRect(box, QBrush(colour, pattern))
        painter.setPen(QPen(Qt.GlobalColor.black))
        label = QRectF(box.right() + 4 * unit, 0, width, 16 * unit)
        painter.drawText(label, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, words)
        x = label.left() + QFontMetricsF(painter.font()).horizontalAdvance(words) + 14 * unit
    painter.translate(0, -TITLE_PT * unit)


def _bounds(rows: list[ReportRow]) -> tuple[int, int]:
    """The day's span in epoch seconds, whole hours around every bar."""
    times = [t for r in rows for t in (r.session.start, r.session.end, r.actual_start,
                                       r.actual_end) if t is not None]
    first = int(min(times).timestamp()) // 3600 * 3600
    last = -(-int(max(times).timestamp()) // 3600) * 3600
    return first, max(last, first + 3600)


def paint_day(painter: QPainter, report: Report, day: date, rows: list[ReportRow],
              top: float, width: float, unit: float) -> None:
    """One day's picture, from `top` down (device pixels)."""
    label_w = width * LABEL_SHARE
    first, last = _bounds(rows)
    scale = (width - label_w - 4 * unit) / (last - first)

    def x_of(moment: datetime) -> float:
        return label_w + (moment.timestamp() - first) * scale

    painter.setPen(QPen(Qt.GlobalColor.black))
    painter.setFont(_font(unit, 11, bold=True))
    painter.drawText(QRectF(0, top, width, 16 * unit), Qt.AlignmentFlag.AlignLeft,
                     QCoreApplication.translate("PdfTimeline", "{day} — planned against actual").format(
                         day=date_text(day, "dddd dd MMMM yyyy")))
    axis_top = top + DAY_HEAD_PT * unit - 4 * unit
    bottom = axis_top + len(rows) * ROW_PT * unit + 2 * unit
    painter.setFont(_font(unit, 7))
    for hour in range(first, last + 1, 1800):
        x = label_w + (hour - first) * scale
        painter.setPen(QPen(GRID if hour % 3600 else QColor("#9a9a9a"), max(1.0, unit / 2)))
        painter.drawLine(QPointF(x, axis_top), QPointF(x, bottom))
        if hour % 3600 == 0:
            painter.setPen(QPen(Qt.GlobalColor.black))
            painter.drawText(QRectF(x - 20 * unit, axis_top - 12 * unit, 40 * unit, 10 * unit),
                             Qt.AlignmentFlag.AlignHCenter, f"{report.agenda.local(hour):%H:%M}")
    label_font = _font(unit, 7.5)
    metrics = QFontMetricsF(label_font)
    languages = report.agenda.languages
    for index, row in enumerate(rows):
        y = axis_top + index * ROW_PT * unit
        session = row.session
        painter.setFont(label_font)
        painter.setPen(QPen(Qt.GlobalColor.black))
        name = f"{session.start:%H:%M} {session.title.best(languages)}"
        painter.drawText(QRectF(0, y, label_w - 6 * unit, ROW_PT * unit),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(name, Qt.TextElideMode.ElideRight, label_w - 6 * unit))
        planned = QRectF(x_of(session.start), y + 2 * unit,
                         x_of(session.end) - x_of(session.start), 5 * unit)
        skipped = row.status == "skipped"
        painter.fillRect(planned, QBrush(SKIPPED if skipped else PLANNED,
                                         Qt.BrushStyle.DiagCrossPattern if skipped
                                         else Qt.BrushStyle.SolidPattern))
        if row.actual_start is not None and row.actual_end is not None:
            over = (row.over_by_s or 0) > OVER_S
            painter.fillRect(QRectF(x_of(row.actual_start), y + 8 * unit,
                                    max(unit, x_of(row.actual_end) - x_of(row.actual_start)),
                                    5 * unit), OVER if over else ACTUAL)
