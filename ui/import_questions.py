"""What the Open dialog asks before a programme can be converted: the room of a schedule with
several, the date of a sheet or text with times but no dates, the zone of a file that does
not say its own — the command line's --room, --date and --timezone, asked for only when the
conversion says it needs them (AgendaError.needed)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)

from runofshow.importing.convert import Answers
from runofshow.loader import local_zone, zone_names


class ImportQuestions(QDialog):
    """Convert asks again with the answers (`answers()`); Cancel leaves the show as it was.
    `room`, `date` and `timezone` are None when the conversion does not need them."""

    def __init__(self, source: Path, needed: dict[str, tuple[str, ...]], lines: list[str],
                 given: Answers, parent=None):
        super().__init__(parent)
        self.given = given
        self.setWindowTitle(self.tr("runofshow — import {file}").format(file=source.name))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("{file} needs an answer before it can become an agenda:").format(
            file=source.name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.lines = lines
        self.text = QPlainTextEdit("\n".join(lines))
        self.text.setReadOnly(True)
        self.text.setMinimumSize(640, 120)
        layout.addWidget(self.text)
        form = QFormLayout()
        self.room: QComboBox | None = None
        self.date: QDateEdit | None = None
        self.timezone: QComboBox | None = None
        if "room" in needed:
            self.room = QComboBox()
            self.room.addItems(list(needed["room"]))
            form.addRow(self.tr("Room (each room is its own agenda):"), self.room)
        if "date" in needed:
            self.date = QDateEdit(QDate.currentDate())
            self.date.setCalendarPopup(True)
            self.date.setDisplayFormat("yyyy-MM-dd")
            form.addRow(self.tr("Date of the first day:"), self.date)
        if "timezone" in needed:
            self.timezone = QComboBox()
            self.timezone.setEditable(True)  # a zone is found faster typed than scrolled to
            self.timezone.addItems(zone_names())
            self.timezone.setCurrentText(local_zone().key)
            form.addRow(self.tr("Timezone:"), self.timezone)
        layout.addLayout(form)
        buttons = QDialogButtonBox()
        self.convert_button = buttons.addButton(self.tr("Convert"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def answers(self) -> Answers:
        """The answers given before, with those of this dialog."""
        room, first, zone = self.given.room, self.given.first, self.given.timezone
        if self.room is not None:
            room = self.room.currentText()
        if self.date is not None:
            picked = self.date.date()
            first = date(picked.year(), picked.month(), picked.day())
        if self.timezone is not None:
            zone = self.timezone.currentText().strip()
        return Answers(room=room, first=first, timezone=zone)
