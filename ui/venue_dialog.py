"""The console's "Publish this room…" dialog (ui/venue_menu.py): the venue's broker, this
room's name, the event and, for mqtts://, the broker's certificate authority.

Each value is checked as the command line's --broker, --room and --event are
(runofshow.venue); a value that cannot be used is said under its own field and the dialog
stays open, so nothing changes until every value is good. A password typed here is for this
run only: the settings never keep one (ui/settings.py).
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from runofshow.venue import (
    DEFAULT_EVENT,
    MAX_NAME_CHARS,
    PASSWORD_VARIABLE,
    VenueError,
    VenueOptions,
    check_name,
    parse_broker_url,
    url_without_password,
)

PROBLEM_STYLE = "color: #c00000;"  # the same red as the console's room lines that are not fine
FIELD_MIN_WIDTH = 360  # a broker's URL with a user, host and port fits without scrolling


class PublishDialog(QDialog):
    """Where to publish this room. `initial`: the choice in force or kept (its address may
    carry this run's password, shown only as dots). After `accepted`, `choice` holds the
    checked VenueOptions."""

    def __init__(self, parent: QWidget | None, initial: VenueOptions | None = None, follow: bool = False):
        """`follow`: the room to follow as its standby (ui/room_follow.py), not this one's."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Follow a room as its standby") if follow
                            else self.tr("Publish this room to the venue"))
        self.choice: VenueOptions | None = None
        self.problems: dict[QLineEdit, QLabel] = {}
        intro = QLabel(self.tr("This PC mirrors the room's show, ready to take over if the room's PC "
                               "fails. The broker is asked for the room first.") if follow
                       else self.tr("The show goes on as it is; from now on the venue's broker gets its "
                                    "journal and its state."))
        intro.setWordWrap(True)
        address = initial.address if initial else None
        self.broker = QLineEdit("" if address is None else url_without_password(address))
        self.broker.setPlaceholderText(self.tr("mqtt://HOST:PORT or mqtts://HOST:PORT"))
        self.password = QLineEdit("" if address is None else (address.password or ""))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("from RUNOFSHOW_BROKER_PASSWORD") if os.environ.get(PASSWORD_VARIABLE)
            else self.tr("only if the broker asks for one; for this run, never kept"))
        self.password.setToolTip(self.tr("For this run only: a password is never kept on this computer."))
        self.room = QLineEdit((initial.room or "") if initial else "")
        self.room.setPlaceholderText(self.tr("the room's name on the broker, as its PC publishes it")
                                     if follow else self.tr("this room's name on the broker, e.g. Room A"))
        self.event = QLineEdit(initial.event if initial else DEFAULT_EVENT)
        self.ca_file = QLineEdit((initial.ca_file or "") if initial else "")
        self.ca_file.setPlaceholderText(self.tr("mqtts:// only; empty: the system's authorities"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_ca_file)
        ca_row = QHBoxLayout()
        ca_row.setContentsMargins(0, 0, 0, 0)
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Broker:"), self._with_problem(self.broker))
        form.addRow(self.tr("Password:"), self._with_problem(self.password))
        form.addRow(self.tr("Room:"), self._with_problem(self.room))
        form.addRow(self.tr("Event:"), self._with_problem(self.event))
        form.addRow(self.tr("Certificate authority:"), self._with_problem(self.ca_file, ca_row))
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok | cancel)
        buttons.button(ok).setText(self.tr("Follow") if follow else self.tr("Publish"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _with_problem(self, edit: QLineEdit, row: QHBoxLayout | None = None) -> QWidget:
        """The field (or its row), with the line that says what is wrong with it under it."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        edit.setMinimumWidth(FIELD_MIN_WIDTH)
        if row is None:
            column.addWidget(edit)
        else:
            column.addLayout(row)
        problem = QLabel()
        problem.setWordWrap(True)
        problem.setStyleSheet(PROBLEM_STYLE)
        problem.hide()
        column.addWidget(problem)
        self.problems[edit] = problem
        return box

    def _choose_ca_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("The certificate authority of the venue's broker"), self.ca_file.text(),
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if path:
            self.ca_file.setText(path)

    def accept(self) -> None:
        """OK: only when every value is good; else each problem under its field."""
        choice, problems = self.checked()
        for edit, label in self.problems.items():
            label.setText(problems.get(edit, ""))
            label.setVisible(edit in problems)
        if problems:
            next(edit for edit in self.problems if edit in problems).setFocus()
            self.adjustSize()
            return
        self.choice = choice
        super().accept()

    def checked(self) -> tuple[VenueOptions | None, dict[QLineEdit, str]]:
        """The values as VenueOptions, or the problem with each field that is wrong."""
        problems: dict[QLineEdit, str] = {}
        address = None
        try:
            address = parse_broker_url(self.broker.text())
        except VenueError as exc:
            problems[self.broker] = self.tr("Not a broker address: write mqtt://HOST:PORT or "
                                            "mqtts://HOST:PORT (mqtt://USER@HOST:PORT with a user name).")
            self.problems[self.broker].setToolTip(str(exc))  # the core's precise words, in English
        password = self.password.text()
        if password and address is not None:
            if address.username is None:
                problems[self.password] = self.tr("A password goes with a user name: write it in the "
                                                  "broker's address, mqtt://USER@HOST.")
            else:
                address = dataclasses.replace(address, password=password)
        names = {}
        for edit in (self.room, self.event):
            try:
                names[edit] = check_name("room" if edit is self.room else "event", edit.text().strip())
            except VenueError:
                problems[edit] = self.tr("Use 1 to {most} letters, digits, spaces, '.', '_' or '-', starting "
                                         "with a letter or digit.").format(most=MAX_NAME_CHARS)
        ca_file = self.ca_file.text().strip() or None
        if ca_file is not None:
            if address is not None and not address.tls:
                problems[self.ca_file] = self.tr("A certificate authority is for mqtts:// only.")
            elif not Path(ca_file).is_file():
                problems[self.ca_file] = self.tr("No such file.")
        if problems or address is None:
            return None, problems
        return VenueOptions(address, names[self.room], names[self.event], ca_file), {}
