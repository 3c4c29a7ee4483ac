"""The console's Reports menu: the run sheet (PDF, or printed through Qt's print dialog),
the after-show report (PDF, CSV or XLSX) and the calendar (ICS), all of the open show at
this moment: its agenda, its journal's actions, its clock (docs/export.md, "The console's
menu").

The dialogs are the Shell's `save_dialog` and `print_dialog`, which tests replace, as they
open agendas without the Open dialog.

The menu is made with every console; what its entries do (the exporters, the PDF
drawing, Qt's print support: ~2 MiB and ~40 ms) is imported when one is used.
"""

from __future__ import annotations

import dataclasses
import logging
import weakref
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from runofshow.export.report import Report
    from ui.pdf_export import Sheet
    from ui.shell import Shell

log = logging.getLogger(__name__)
# the file dialog's filters (translated when shown; the dialog answers with the shown one)
REPORT_FILTERS = {QT_TRANSLATE_NOOP("ExportMenu", "PDF with a timeline (*.pdf)"): "pdf",
                  QT_TRANSLATE_NOOP("ExportMenu", "CSV (*.csv)"): "csv",
                  QT_TRANSLATE_NOOP("ExportMenu", "Excel workbook (*.xlsx)"): "xlsx"}


def ask_save_path(parent, caption: str, folder: str, filters: str) -> tuple[str, str]:
    return QFileDialog.getSaveFileName(parent, caption, folder, filters)


def ask_printer(printer: QPrinter, parent) -> bool:
    from PySide6.QtPrintSupport import QPrintDialog

    return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted


def usual_paper() -> str:
    """US Letter where this computer's locale measures in US units, A4 elsewhere."""
    imperial = QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "letter" if imperial else "a4"


class ExportMenu(QObject):
    """The menu of one console; it reads the show the Shell has open when it is used.

    A QObject, so that its menu entries hold it weakly, and it holds the Shell weakly: the
    Shell keeps it, and a closed show is freed at once, with no cycle for the collector."""

    def __init__(self, shell: Shell, console: QMainWindow):
        super().__init__()
        self._shell = weakref.ref(shell)
        self.console = console
        menu = console.menuBar().addMenu(self.tr("Re&ports"))
        for text, slot in ((self.tr("Run sheet (&PDF)…"), self.run_sheet_pdf),
                           (self.tr("Run sheet, &technician's copy with cues (PDF)…"),
                            lambda: self.run_sheet_pdf(technician=True)),
                           (self.tr("Pr&int run sheet…"), self.print_run_sheet),
                           (self.tr("&After the show: report (PDF / CSV / XLSX)…"), self.after_show),
                           (self.tr("&Calendar (ICS)…"), self.calendar)):
            action = QAction(text, console)
            action.triggered.connect(slot)
            menu.addAction(action)
        self.menu = menu

    @property
    def shell(self) -> Shell:
        shell = self._shell()
        assert shell is not None, "the menu of a console outlived its Shell"
        return shell

    # -- what the show stands at -----------------------------------------------------------
    def _report(self) -> Report:
        from runofshow.export.report import build_report

        show = self.shell.windows.controller.show
        return build_report(show.agenda, show.actions, show.now_s())

    def _run_sheet(self, technician: bool = False) -> Sheet:
        from ui.pdf_export import Sheet, cues_by_session

        # the run sheet shows where the show stands (projected times, held, live), drawn as
        # the plan: no timeline, the projected column rather than "actual"
        report = dataclasses.replace(self._report(), from_actions=False)
        if not technician:
            return Sheet(report)
        return Sheet(report, cues_by_session(report, self.shell.windows.controller.show.actions))

    def _ask(self, caption: str, name: str, filters: str) -> tuple[Path, str] | None:
        folder = Path(self.shell.agenda_path).parent / name
        ask = self.shell.save_dialog or ask_save_path
        path, chosen = ask(self.console, caption, str(folder), filters)
        return (Path(path), chosen) if path else None

    def _done(self, words: str) -> None:
        self.console.statusBar().showMessage(words, 10_000)

    def _failed(self, exc: Exception) -> None:
        from runofshow.export import ExportError

        if not isinstance(exc, ExportError):
            log.exception("an export failed")
        self.shell.show_problems(self.tr("runofshow — the export was not written"),
                                 str(exc) or type(exc).__name__, [])

    # -- the entries ---------------------------------------------------------------------
    def run_sheet_pdf(self, technician: bool = False) -> Path | None:
        """The run sheet as a PDF, on A4 or US Letter (the file dialog offers both, this
        computer's usual paper first); the technician's copy lists each session's cues."""
        from ui.pdf_export import write_pdf

        papers = {self.tr("PDF, A4 (*.pdf)"): "a4", self.tr("PDF, US Letter (*.pdf)"): "letter"}
        if usual_paper() == "letter":
            papers = dict(reversed(papers.items()))
        name = "run-sheet-technician.pdf" if technician else "run-sheet.pdf"
        chosen = self._ask(self.tr("Save the run sheet"), name, ";;".join(papers))
        if chosen is None:
            return None
        path = chosen[0].with_suffix(".pdf") if not chosen[0].suffix else chosen[0]
        try:
            write_pdf(path, self._run_sheet(technician), papers.get(chosen[1], usual_paper()))
        except Exception as exc:  # ExportError, or a library's own failure: said, never silent
            self._failed(exc)
            return None
        self._done(self.tr("Run sheet written to {path}.").format(path=path))
        return path

    def print_run_sheet(self) -> bool:
        from PySide6.QtPrintSupport import QPrinter

        from runofshow.export import ExportError, write_atomically
        from ui.pdf_export import ideographs_named, page_layout, paint_pages

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(usual_paper()))  # the dialog may change it
        if not (self.shell.print_dialog or ask_printer)(printer, self.console):
            return False
        try:
            paint_pages(printer, self._run_sheet())
            printed = Path(printer.outputFileName())
            if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printed.name:
                write_atomically(printed, ideographs_named(printed.read_bytes()))
        except (ExportError, OSError) as exc:
            self._failed(exc)
            return False
        self._done(self.tr("Run sheet sent to the printer."))
        return True

    def after_show(self) -> Path | None:
        from runofshow.export import render, write_atomically
        from ui.pdf_export import Sheet, write_pdf

        filters = {QCoreApplication.translate("ExportMenu", text): fmt
                   for text, fmt in REPORT_FILTERS.items()}
        chosen = self._ask(self.tr("Save the report of the show"), "after-the-show.pdf", ";;".join(filters))
        if chosen is None:
            return None
        path, chosen_filter = chosen
        fmt = path.suffix[1:].lower() if path.suffix[1:].lower() in filters.values() \
            else filters.get(chosen_filter, "pdf")
        path = path if path.suffix else path.with_suffix(f".{fmt}")
        report = self._report()
        try:
            if fmt == "pdf":
                write_pdf(path, Sheet(report))
            else:
                write_atomically(path, render(report, fmt))
        except Exception as exc:  # ExportError, or a library's own failure: said, never silent
            self._failed(exc)
            return None
        self._done(self.tr("Report written to {path}.").format(path=path))
        return path

    def calendar(self) -> Path | None:
        from runofshow.export import render, write_atomically

        chosen = self._ask(self.tr("Save the calendar"), "agenda.ics", self.tr("Calendar (*.ics)"))
        if chosen is None:
            return None
        path = chosen[0] if chosen[0].suffix else chosen[0].with_suffix(".ics")
        try:
            write_atomically(path, render(self._report(), "ics"))
        except Exception as exc:  # ExportError, or a library's own failure: said, never silent
            self._failed(exc)
            return None
        self._done(self.tr("Calendar written to {path}.").format(path=path))
        return path
