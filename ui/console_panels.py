"""Two panels of the technician console: the day's summary and the projector's controls.

The projector controls only ever call controller.update_display; they show the
controller's DisplayState back on display_changed (with their own signals blocked, so
reflecting a change never sends it again).
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from runofshow.board import Board, BoardMode
from runofshow.model import Agenda
from runofshow.projection import DayProjection
from ui.controller import ShowController
from ui.rundown_model import BREACH_COLOUR, signed

AUTO_SCREEN = "Automatic (second screen if any)"


class DaySummary(QFrame):
    """Planned against projected end of the day shown in the rundown, and its breaches."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 4, 8, 4)
        self.values: dict[str, QLabel] = {}
        for column, (key, caption) in enumerate((("planned", "Planned end"),
                                                 ("projected", "Projected end"),
                                                 ("late", "Day"))):
            label = QLabel(caption)
            label.setStyleSheet("color:#555;")
            value = QLabel("—")
            value.setStyleSheet("font-size:18px; font-weight:bold;")
            grid.addWidget(label, 0, column)
            grid.addWidget(value, 1, column)
            self.values[key] = value
        self.status = QLabel()  # the board's sentence, the same words the chair sees
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setStyleSheet("font-size:15px;")
        grid.addWidget(self.status, 0, 3, 2, 1)
        grid.setColumnStretch(3, 1)
        self.breaches = QLabel()
        self.breaches.setWordWrap(True)
        self.breaches.setStyleSheet(f"color:{BREACH_COLOUR.name()}; font-weight:bold;")
        grid.addWidget(self.breaches, 2, 0, 1, 4)

    def show_day(self, agenda: Agenda, day: DayProjection, board: Board) -> None:
        self.values["planned"].setText(f"{agenda.local(day.planned_end_s):%H:%M}")
        self.values["projected"].setText(f"{agenda.local(day.projected_end_s):%H:%M}")
        late = day.late_by_s
        words = "on time" if abs(late) < 60 else (
            f"late {signed(late)}" if late > 0 else f"ahead {signed(late)[1:]}")
        self.values["late"].setText(words)
        board_day = board.session.day if board.session is not None else agenda.days[-1].date
        if board_day == day.date:
            if board.mode == BoardMode.LIVE:
                left = "over" if board.remaining_s < 0 else "left"
                now = f"LIVE {board.session.id}, {board.countdown} {left}"
            elif board.mode == BoardMode.WAITING:
                now = f"waiting: {board.session.id} due in {board.countdown}"
            else:
                now = "the show is over"
            self.status.setText(f"Now: {now}\n{board.day_status}")
        else:
            self.status.setText(f"{day.date:%A %d %B}")
        lines = []
        for breach in day.breaches:
            session = agenda.session(breach.session)
            planned = session.start if breach.anchor == "start" else session.end
            lines.append(f"⚠ {breach.session}: {breach.anchor} {planned:%H:%M} breached by "
                         f"{signed(breach.late_by_s)}")
        self.breaches.setText("\n".join(lines))
        self.breaches.setVisible(bool(lines))


class ProjectorControls(QGroupBox):
    """Which screen the projector is on, fullscreen, blackout, and a message to the stage."""

    def __init__(self, controller: ShowController, parent: QWidget | None = None):
        super().__init__("Projector", parent)
        self.controller = controller
        column = QVBoxLayout(self)
        self.screen_combo = QComboBox()
        self.screen_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.screen_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.screen_combo.currentIndexChanged.connect(self._screen_chosen)
        row = QHBoxLayout()
        row.addWidget(QLabel("Screen"))
        row.addWidget(self.screen_combo, 1)
        column.addLayout(row)
        row = QHBoxLayout()
        self.fullscreen = QCheckBox("Fullscreen")
        self.fullscreen.toggled.connect(lambda on: controller.update_display(fullscreen=on))
        self.blackout = QCheckBox("Blackout")
        # a black projector is easy to forget: the box says so loudly when on
        self.blackout.setStyleSheet("QCheckBox:checked { color:#B00000; font-weight:bold; }")
        self.blackout.toggled.connect(lambda on: controller.update_display(blackout=on))
        row.addWidget(self.fullscreen)
        row.addWidget(self.blackout)
        column.addLayout(row)

        column.addWidget(QLabel("Message to the stage"))
        self.message_edit = QLineEdit()
        self.message_edit.setPlaceholderText("e.g. 5 minutes left / 还剩五分钟")
        self.message_edit.setClearButtonEnabled(True)
        self.message_edit.returnPressed.connect(self.send_message)
        column.addWidget(self.message_edit)
        row = QHBoxLayout()
        self.blink = QCheckBox("Blink")
        self.blink.toggled.connect(lambda on: controller.update_display(blink=on))
        self.send_button = QPushButton("Send")
        self.send_button.clicked.connect(self.send_message)
        self.clear_button = QPushButton("Clear")
        self.clear_button.clicked.connect(self.clear_message)
        row.addWidget(self.blink)
        row.addStretch(1)
        row.addWidget(self.send_button)
        row.addWidget(self.clear_button)
        column.addLayout(row)
        self.on_stage = QLabel()  # what the stage really shows, not the draft being typed
        self.on_stage.setWordWrap(True)
        column.addWidget(self.on_stage)

        app = QGuiApplication.instance()
        app.screenAdded.connect(self.reflect)
        app.screenRemoved.connect(self.reflect)
        controller.display_changed.connect(self.reflect)
        self.message_edit.setText(controller.display.message)
        self.reflect()

    def _screen_chosen(self, index: int) -> None:
        self.controller.update_display(projector_screen=self.screen_combo.itemData(index))

    def send_message(self) -> None:
        self.controller.update_display(message=self.message_edit.text().strip(),
                                       blink=self.blink.isChecked())

    def clear_message(self) -> None:
        self.message_edit.clear()
        self.controller.update_display(message="", blink=False)

    def reflect(self, *_args) -> None:
        display = self.controller.display
        with QSignalBlocker(self.screen_combo):
            self.screen_combo.clear()
            self.screen_combo.addItem(AUTO_SCREEN, None)
            names = [screen.name() for screen in QGuiApplication.screens()]
            for screen in QGuiApplication.screens():
                size = screen.geometry().size()
                self.screen_combo.addItem(f"{screen.name()} ({size.width()}×{size.height()})",
                                          screen.name())
            if display.projector_screen and display.projector_screen not in names:
                # remembered from another setup: say so rather than pretend it is there
                self.screen_combo.addItem(f"{display.projector_screen} (not connected)",
                                          display.projector_screen)
            found = self.screen_combo.findData(display.projector_screen) if display.projector_screen else 0
            self.screen_combo.setCurrentIndex(max(0, found))
        for box, value in ((self.fullscreen, display.fullscreen),
                           (self.blackout, display.blackout), (self.blink, display.blink)):
            with QSignalBlocker(box):
                box.setChecked(value)
        if display.message:
            self.on_stage.setText(f"On stage: «{display.message}»" + (" (blinking)" if display.blink else ""))
        else:
            self.on_stage.setText("On stage: no message")
