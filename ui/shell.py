"""The open show, and what can happen to it from outside: another agenda opened, the agenda
file edited on disk, a fresh start.

A bad file never costs the live show: its problems are listed (FILE:LINE:COL each) in a
dialog and the show goes on untouched. An edited agenda is offered for reload; reloading
keeps the journal (actions follow their sessions by id) and lists the actions that no
longer apply. The windows are rebuilt from the journal, which is also how a restart works.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from runofshow.errors import AgendaError, Problem
from runofshow.loader import load_agenda
from runofshow.model import Agenda
from runofshow.retime import shift_to

if TYPE_CHECKING:
    from runofshow.importing.convert import Answers
    from ui.app import ShowWindows
    from ui.import_dialog import ImportDialog

log = logging.getLogger(__name__)
WATCH_SETTLE_MS = 600  # editors write in several steps: look once they are done


class ProblemsDialog(QDialog):
    """Every problem of a file, one per line (FILE:LINE:COL first), selectable; the show
    behind goes on."""

    def __init__(self, title: str, intro: str, lines: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.intro = intro
        self.lines = lines
        layout = QVBoxLayout(self)
        label = QLabel(intro)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.label = label
        self.text = QPlainTextEdit("\n".join(lines))
        self.text.setReadOnly(True)
        self.text.setMinimumSize(720, 220)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def show_lines(self, intro: str, lines: list[str]) -> None:
        """Say something else (the file was saved again while the dialog is open)."""
        self.intro, self.lines = intro, lines
        self.label.setText(intro)
        self.text.setPlainText("\n".join(lines))


class Shell(QObject):
    """Holds the windows of the open show and replaces them when the agenda changes."""

    def __init__(self, build, agenda: Agenda, agenda_path: str, rehearse: bool,
                 claim_show=None):
        super().__init__()
        self.build = build  # (agenda, path, fresh, journal_file) -> ShowWindows
        # (agenda, path) -> None if this process may write that show's journal, else why not
        self.claim_show = claim_show
        self.agenda = agenda
        self.agenda_path = agenda_path
        self.rehearse = rehearse
        self.windows: ShowWindows | None = None
        self.dialog: QDialog | None = None  # the last dialog shown (tests read it)
        self._watcher: QFileSystemWatcher | None = None  # made when the show first starts
        self._closed = False
        self._settle = QTimer(self, singleShot=True, interval=WATCH_SETTLE_MS)
        self._settle.timeout.connect(self._check_file)
        self.reload_button: QPushButton | None = None  # made with each console
        self.problems_button: QPushButton | None = None
        self.file_notice: QLabel | None = None
        # What the notice says, by cause; each goes when its cause does. "standing": the
        # agenda's dates are not today's; "file": the agenda file on disk differs from the
        # show's, or has problems (file_problems, every one of them).
        self.notices: dict[str, str] = {}
        self.file_problems: list[str] = []
        self._problems_dialog: ProblemsDialog | None = None
        # the Reports menu's dialogs; None: Qt's own (ui/export_menu.py). Tests put theirs
        self.save_dialog = None  # (parent, caption, path, filters) -> (path, filter)
        self.print_dialog = None  # (printer, parent) -> True to print
        self.export_menu = None  # made with each console

    # -- the open show -----------------------------------------------------------------
    def start(self, fresh: bool = False, journal_file: Path | None = None,
              staged: bool = False) -> None:
        """Open the show and show its windows: every window at once, or `staged` (the app's
        own start) the chair's first and the console once the chair's is on screen."""
        self.windows = self.build(self.agenda, self.agenda_path, fresh, journal_file)
        self.windows.when_complete(self._console_built)
        if staged:
            self.windows.show_staged()
        else:
            self.windows.show_all()
        self._watch(self.agenda_path)

    def _console_built(self, windows: ShowWindows) -> None:
        self._decorate(windows.console)
        self.notices, self.file_problems = {}, []  # a new show: the file is the one it read
        self._notice("standing", windows.controller.show.standing_notice())

    def close(self) -> None:
        """Close the show's windows and stop watching its file, here on the GUI thread.

        The watcher is deleted now rather than with this Shell: an Application and its Shell
        refer to each other, so Python's collector frees them, on whatever thread it runs
        then (the server's, paho's). A file watcher deleted off the GUI thread closes its
        descriptor but leaves its notifier in the GUI thread's event loop, which then spins
        on "QSocketNotifier: Invalid socket"."""
        self._closed = True
        self._settle.stop()
        if self.windows is not None:
            self.windows.close()
        if self._watcher is not None:
            shiboken6.delete(self._watcher)
            self._watcher = None

    def _swap(self, agenda: Agenda, path: str, same_show: bool) -> None:
        journal_file = None
        if self.windows is not None:
            if same_show:  # a reload goes on with the same journal
                journal_file = self.windows.controller.show.journal.path
            self.windows.close()
        self.agenda, self.agenda_path = agenda, path
        self.start(journal_file=journal_file)

    def _decorate(self, console) -> None:
        menu = console.menuBar().addMenu(self.tr("&Show"))
        # the shortcuts are not translated: the same keys on every layout and language
        for text, slot, shortcut in ((self.tr("&Open agenda…"), self.choose_agenda, "Ctrl+O"),
                                     (self.tr("&Reload agenda"), self.reload, "Ctrl+R")):
            action = QAction(text, console)
            action.setShortcut(shortcut)
            action.triggered.connect(slot)
            menu.addAction(action)
        from ui.export_menu import ExportMenu  # with the console: not on the way to the first frame

        self.export_menu = ExportMenu(self, console)
        self.reload_button = QPushButton(self.tr("Reload agenda (keeps the show)"))
        self.reload_button.clicked.connect(self.reload)
        self.problems_button = QPushButton(self.tr("Show the problems"))
        self.problems_button.clicked.connect(self.show_file_problems)
        self.file_notice = QLabel()
        self.file_notice.setWordWrap(True)
        bar = console.statusBar()
        bar.addPermanentWidget(self.file_notice, 1)  # in the bar (their parent) before hidden
        bar.addPermanentWidget(self.problems_button)
        bar.addPermanentWidget(self.reload_button)
        self.reload_button.setVisible(False)
        self.problems_button.setVisible(False)
        self.file_notice.setVisible(False)

    def _notice(self, cause: str, words: str | None) -> None:
        """Say `words` for `cause` in the console's status bar, or stop saying it (None)."""
        if words:
            self.notices[cause] = words
        else:
            self.notices.pop(cause, None)
        self.file_notice.setText("\n".join(self.notices.values()))
        self.file_notice.setToolTip("\n".join(self.file_problems))
        self.file_notice.setVisible(bool(self.notices))

    # -- opening another agenda ----------------------------------------------------------
    def choose_agenda(self) -> None:
        # the importers load when a programme is opened, not on the way to the first window
        from runofshow.importing.command import IMPORTABLE_SUFFIXES

        importable = " ".join(f"*{suffix}" for suffix in IMPORTABLE_SUFFIXES)
        agendas = "*.yaml *.yml"
        filters = (self.tr("Agendas and programmes ({patterns})").format(patterns=f"{agendas} {importable}"),
                   self.tr("Agendas ({patterns})").format(patterns=agendas),
                   self.tr("Programmes to import ({patterns})").format(patterns=importable),
                   self.tr("All files ({patterns})").format(patterns="*"))
        path, _ = QFileDialog.getOpenFileName(
            self.windows.console, self.tr("Open an agenda"), str(Path(self.agenda_path).parent),
            ";;".join(filters))
        if path:
            self.open_agenda(path)

    def open_agenda(self, path: str) -> bool:
        """Open another agenda. A bad file is reported and the current show goes on. A
        programme to import (a spreadsheet, a text) is converted and shown first: the show
        changes only once its Open is pressed (False until then)."""
        from runofshow.importing.convert import is_importable

        if is_importable(path):
            self.import_programme(path)
            return False
        try:
            agenda = load_agenda(path)
        except AgendaError as exc:
            self.show_problems(self.tr("runofshow — cannot open the agenda"),
                               self.tr("{path} has %n problem(s). Nothing was changed: the show that "
                                       "is open goes on.", "", len(exc.problems)).format(path=path),
                               [p.format() for p in exc.problems])
            return False
        refusal = self.claim_show(agenda, path) if self.claim_show else None
        if refusal:
            self.show_problems(self.tr("runofshow — the show is open elsewhere"), refusal, [])
            return False
        self._swap(agenda, path, same_show=False)
        return True

    def import_programme(self, path: str, answers: Answers | None = None) -> QDialog:
        """Convert the programme and show what it became (ImportDialog); its Open writes the
        agenda and opens it. A conversion that needs only a room, a date or a zone asks for it
        (ImportQuestions) and converts again with the answer; a programme that cannot be
        imported is reported like a bad agenda."""
        from runofshow.importing.convert import Answers, convert
        from ui.import_dialog import ImportDialog

        answers = answers or Answers()
        try:
            converted = convert(path, answers)
        except AgendaError as exc:
            # only a file whose every problem an answer settles is asked about: one with
            # other problems has to be fixed first, and is shown as it is
            if all(problem.needs for problem in exc.problems):
                return self._ask(path, answers, exc)
            problems = exc.problems
        except Exception as exc:  # a reader's own failure on a file it could not handle:
            # said like a problem of the file (never a click that does nothing), and logged whole
            log.exception("importing %s failed", path)
            problems = [Problem(path, 1, 1, f"cannot be read ({type(exc).__name__}: {exc})")]
        else:
            parent = self.windows.console if self.windows else None
            dialog = ImportDialog(converted, parent)
            dialog.accepted.connect(lambda: self._open_imported(dialog))
            self.dialog = dialog
            dialog.open()
            return dialog
        return self.show_problems(self.tr("runofshow — cannot import the programme"),
                                  self.tr("{path} has %n problem(s); nothing was written, and the "
                                          "show that is open goes on.", "", len(problems)).format(path=path),
                                  [p.format() for p in problems])

    def _ask(self, path: str, answers: Answers, error: AgendaError) -> QDialog:
        from ui.import_questions import ImportQuestions

        parent = self.windows.console if self.windows else None
        dialog = ImportQuestions(Path(path), error.needed(), [p.format() for p in error.problems],
                                 answers, parent)
        dialog.accepted.connect(lambda: self.import_programme(path, dialog.answers()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _open_imported(self, dialog: ImportDialog) -> None:
        try:
            dialog.converted.write()
        except OSError as exc:
            self.show_problems(self.tr("runofshow — cannot write the agenda"),
                               self.tr("{path}: {error}; the show that is open goes on.").format(
                                   path=dialog.converted.target, error=exc.strerror), [])
            return
        self.open_agenda(str(dialog.converted.target))

    def show_problems(self, title: str, intro: str, lines: list[str]) -> QDialog:
        parent = self.windows.console if self.windows else None
        self.dialog = ProblemsDialog(title, intro, lines, parent)
        self.dialog.open()  # not exec(): the show keeps running behind the dialog
        return self.dialog

    # -- the agenda file edited on disk ---------------------------------------------------
    def _watch(self, path: str) -> None:
        if self._closed:
            return
        if self._watcher is None:
            self._watcher = QFileSystemWatcher(self)
            self._watcher.fileChanged.connect(self._file_changed)
        if self._watcher.files():
            self._watcher.removePaths(self._watcher.files())
        if Path(path).exists():
            self._watcher.addPath(path)

    def _file_changed(self, path: str) -> None:
        self._settle.start()
        # an editor that saves by replacing the file ends the watch: take it up again
        QTimer.singleShot(WATCH_SETTLE_MS, lambda: self._watch(self.agenda_path))

    def _check_file(self) -> None:
        """Say how the file on disk stands against the show's agenda, and stop saying what is
        no longer true: a file fixed back to what the show runs needs no notice at all."""
        if self.file_notice is None:  # saved while the app starts: look once the console is up
            self.windows.when_complete(lambda _windows: self._check_file())
            return
        try:
            edited = self._read_file()
        except AgendaError as exc:
            self.file_problems = [p.format() for p in exc.problems]
            count = len(self.file_problems)
            # one problem in words of its own; more in the plural forms of %n (English needs
            # no translation file for either)
            self._notice("file", self.tr("⚠ The agenda file now has 1 problem; the show goes on as it was.")
                         if count == 1 else
                         self.tr("⚠ The agenda file now has %n problems; the show goes on as it was.",
                                 "", count))
            self.problems_button.setText(self.tr("Show the problem") if count == 1 else
                                         self.tr("Show all %n problems", "", count))
            self.problems_button.setVisible(True)
            self.reload_button.setVisible(False)
            if self._problems_dialog is not None and self._problems_dialog.isVisible():
                self._problems_dialog.show_lines(self._problems_intro(), self.file_problems)
            return
        self.file_problems = []
        self.problems_button.setVisible(False)
        if self._problems_dialog is not None:
            self._problems_dialog.close()  # its problems are gone
            self._problems_dialog = None
        changed = edited != self.agenda
        self._notice("file", self.tr("The agenda file changed on disk.") if changed else None)
        self.reload_button.setVisible(changed)

    def _problems_intro(self) -> str:
        count = len(self.file_problems)
        said = self.tr("{path} was saved with 1 problem. The show goes on with the agenda as it was "
                       "read; once the file is fixed, the notice goes.") if count == 1 else \
            self.tr("{path} was saved with %n problems. The show goes on with the agenda as it was "
                    "read; once the file is fixed, the notice goes.", "", count)
        return said.format(path=self.agenda_path)

    def show_file_problems(self) -> QDialog:
        """Every problem of the edited agenda file (the notice's button)."""
        self.show_problems(self.tr("runofshow — the agenda file has problems"), self._problems_intro(),
                           self.file_problems)
        self._problems_dialog = self.dialog
        return self.dialog

    def go_on_with(self, agenda: Agenda) -> None:
        """The same show (journal) on another agenda, read from `agenda.source` already: a
        standby whose room's PC reloaded an edited agenda (ui/standby.py)."""
        self._swap(agenda, agenda.source, same_show=True)

    def rebuild(self) -> None:
        """Build the windows again on the same show and journal (another interface
        language): the show goes on where it was."""
        self._swap(self.agenda, self.agenda_path, same_show=True)

    def _read_file(self) -> Agenda:
        """The show's agenda file as it is on disk now, on the days the show runs (another
        than the file's when it was started with `--today`). AgendaError if it has problems."""
        edited = load_agenda(self.agenda_path)
        return shift_to(edited, self.agenda.days[0].date) if self.agenda.moved else edited

    def reload(self) -> bool:
        """Take up the edited agenda, keeping the journal. Returns False if the file is bad."""
        try:
            edited = self._read_file()
        except AgendaError as exc:
            self.show_problems(self.tr("runofshow — cannot reload"),
                               self.tr("The agenda file has problems; the show goes on as it was."),
                               [p.format() for p in exc.problems])
            return False
        orphans = self.windows.controller.show.reload(edited)
        self._swap(edited, self.agenda_path, same_show=True)
        if orphans:
            self.show_problems(
                self.tr("runofshow — agenda reloaded"),
                self.tr("The agenda was reloaded. %n action(s) of the show no longer apply and were "
                        "set aside (they stay in the journal on record):", "", len(orphans)),
                [o.describe(edited) for o in orphans])
        self.windows.console.statusBar().showMessage(self.tr("Agenda reloaded."), 10_000)
        return True
