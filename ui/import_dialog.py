"""What an imported programme became, shown before the show starts: the agenda's summary,
where it will be written, and every guess and left-out line, so the organiser opens it
knowing what was decided for them (Open), or not at all (Cancel)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from runofshow.importing.convert import Converted


class ImportDialog(QDialog):
    """Open writes the agenda to `converted.target` (Save as… changes it) and opens it."""

    def __init__(self, converted: Converted, parent=None):
        super().__init__(parent)
        self.converted = converted
        self.setWindowTitle(self.tr("runofshow — import {file}").format(file=converted.source.name))
        layout = QVBoxLayout(self)
        self.summary = QLabel(converted.summary())
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.where = QLabel()
        self.where.setWordWrap(True)
        layout.addWidget(self.where)
        self.lines = converted.report()
        self.text = QPlainTextEdit("\n".join(self.lines) or self.tr("Nothing was guessed."))
        self.text.setReadOnly(True)
        self.text.setMinimumSize(720, 260)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(self.tr("Open"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_as_button = QPushButton(self.tr("Save as…"))
        buttons.addButton(self.save_as_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_as_button.clicked.connect(self.choose_target)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._say_where()

    def _say_where(self) -> None:
        text = self.tr("%n guess(es) and left-out line(s) to check, below.", "", len(self.lines))
        text += " " + self.tr("Open writes the agenda to {path} and starts the show on it.").format(
            path=self.converted.target)
        if not self.converted.draft.timezone:
            text += " " + self.tr("It has no timezone: it runs in this computer's zone; add `timezone:` "
                                  "to fix it.")
        self.where.setText(text)

    def set_target(self, path: str | Path) -> None:
        self.converted.target = Path(path)
        self._say_where()

    def choose_target(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Write the agenda to"),
                                              str(self.converted.target), self.tr("Agendas (*.yaml *.yml)"))
        if path:
            self.set_target(path)
