"""Two panels of the technician console: the day's summary and the projector's controls.

The projector controls only ever call controller.update_display; they show the
controller's DisplayState back on display_changed (with their own signals blocked, so
reflecting a change never sends it again).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker
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

from runofshow.board import Board, BoardMode, anchor_name, at_risk_words, lateness_words
from runofshow.model import Agenda
from runofshow.projection import DayProjection
from ui.controller import ShowController
from ui.elided import ElidedLabel
from ui.i18n import date_text, say
from ui.rundown_model import BREACH_COLOUR

# Marked here, translated where shown (in the ProjectorControls context), like
# FULLSCREEN_BLOCKED and FULLSCREEN_BLOCKED_TIP at the end of the module.
AUTO_SCREEN = QT_TRANSLATE_NOOP("ProjectorControls", "Automatic (second screen if any)")


class DaySummary(QFrame):
    """Planned against projected end of the day shown in the rundown, what is on now, and
    every anchor at risk. Sessions are named by their titles and anchors by their times,
    never by ids; lateness is in whole minutes, in the chair's words (runofshow/board.py)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 4, 8, 4)
        grid.setVerticalSpacing(2)
        self.values: dict[str, QLabel] = {}
        for column, (key, caption) in enumerate((("planned", self.tr("Planned end")),
                                                 ("projected", self.tr("Projected end")),
                                                 ("late", self.tr("Day")))):
            label = QLabel(caption)
            label.setStyleSheet("color:#4A4A4A;")  # 7.9:1 on the console's light grey
            value = QLabel("—")
            value.setStyleSheet("font-size:18px; font-weight:bold;")
            grid.addWidget(label, 0, column)
            grid.addWidget(value, 1, column)
            self.values[key] = value
        # what is on now: "LIVE · 7:29 left" over the session's title, cut to the room left
        self.status = ElidedLabel()
        self.status.setStyleSheet("font-size:14px;")
        grid.addWidget(self.status, 0, 3, 2, 1)
        grid.setColumnStretch(3, 1)
        self.day_line = ElidedLabel()  # the board's sentence on the day, as the chair reads it
        grid.addWidget(self.day_line, 2, 0, 1, 4)
        self.breaches = QLabel()
        self.breaches.setWordWrap(True)
        self.breaches.setStyleSheet(f"color:{BREACH_COLOUR.name()}; font-weight:bold;")
        grid.addWidget(self.breaches, 3, 0, 1, 4)

    def show_day(self, agenda: Agenda, day: DayProjection, board: Board) -> None:
        self.values["planned"].setText(f"{agenda.local(day.planned_end_s):%H:%M}")
        self.values["projected"].setText(f"{agenda.local(day.projected_end_s):%H:%M}")
        late = day.late_by_s
        self.values["late"].setText(say(lateness_words(late)))
        board_day = board.session.day if board.session is not None else agenda.days[-1].date
        sentence = ""
        if board_day == day.date:
            if board.mode == BoardMode.LIVE:
                now = (self.tr("▶ LIVE · {countdown} over") if board.remaining_s < 0 else
                       self.tr("▶ LIVE · {countdown} left")).format(countdown=board.countdown)
            elif board.mode == BoardMode.WAITING:
                now = self.tr("Next · starts in {countdown}").format(countdown=board.countdown)
            else:
                now = self.tr("The show is over")
            primary, secondary = board.session.title.pair(agenda.languages) \
                if board.session is not None else ("", "")
            self.status.set_full_text(f"{now}\n{primary}".rstrip(),
                                      "\n".join(t for t in (now, primary, secondary) if t))
            sentence = say(board.day_status)
        else:
            self.status.set_full_text(date_text(day.date, "dddd dd MMMM"))
        lines = ["⚠ " + say(at_risk_words(anchor_name(day, agenda.session(b.session), b.anchor), b.late_by_s))
                 for b in day.breaches]
        self.breaches.setText("\n".join(lines))
        self.breaches.setVisible(bool(lines))
        # at risk, the board's sentence is the first of those lines: said once, in red
        self.day_line.set_full_text("" if lines else sentence)
        self.day_line.setVisible(bool(sentence) and not lines)


class ProjectorControls(QGroupBox):
    """Which screen the projector is on, fullscreen, blackout, and a message to the stage."""

    def __init__(self, controller: ShowController, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Projector"))
        self.controller = controller
        column = QVBoxLayout(self)
        self.screen_combo = QComboBox()
        self.screen_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.screen_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.screen_combo.currentIndexChanged.connect(self._screen_chosen)
        self.identify_button = QPushButton(self.tr("Identify"))
        self.identify_button.setToolTip(self.tr("Identify screens: shows each screen's name and size on "
                                                "it for a few seconds"))
        self.identify_button.clicked.connect(self.identify_screens)
        self.screen_badges = None  # the screens' name badges while they are up
        row = QHBoxLayout()  # one row each: at 720p the side panel has no height to spare
        row.addWidget(QLabel(self.tr("Screen")))
        row.addWidget(self.screen_combo, 1)
        row.addWidget(self.identify_button)
        column.addLayout(row)
        row = QHBoxLayout()
        # ticked only while the projector really is fullscreen (`reflect`)
        self.fullscreen = QCheckBox(self.tr("Fullscreen"))
        self.fullscreen.toggled.connect(self._fullscreen_toggled)
        self.leave_button = QPushButton(self.tr("Leave fullscreen"))
        self.leave_button.setToolTip(self.tr("Esc on the projector does the same"))
        self.leave_button.clicked.connect(lambda: controller.update_display(fullscreen=False))
        # in the Leave button's place while fullscreen is wanted but the projector stays a
        # window
        self.fullscreen_note = QLabel(translated(FULLSCREEN_BLOCKED))
        self.fullscreen_note.setToolTip(translated(FULLSCREEN_BLOCKED_TIP))
        self.fullscreen_note.setVisible(False)
        self.blackout = QCheckBox(self.tr("Blackout"))
        # a black projector is easy to forget: the box says so loudly when on
        self.blackout.setStyleSheet("QCheckBox:checked { color:#9A0000; font-weight:bold; }")
        self.blackout.toggled.connect(lambda on: controller.update_display(blackout=on))
        row.addWidget(self.fullscreen)
        row.addStretch(1)
        row.addWidget(self.blackout)
        column.addLayout(row)
        row = QHBoxLayout()  # its own row: beside the boxes it would widen the side panel
        row.addWidget(self.leave_button)
        row.addWidget(self.fullscreen_note)
        row.addStretch(1)
        column.addLayout(row)
        self.projector_window = None  # the window itself, once the app attaches it

        self.message_edit = QLineEdit()
        # the field says what it is for (no label above it: at 720p every row counts)
        self.message_edit.setPlaceholderText(
            self.tr("Message to the stage, e.g. 5 minutes left / 还剩五分钟"))
        self.message_edit.setToolTip(self.tr("Message to the stage: shown on the chair's view and the "
                                             "projector with the countdown (Enter or Send)"))
        self.message_edit.setClearButtonEnabled(True)
        self.message_edit.returnPressed.connect(self.send_message)
        column.addWidget(self.message_edit)
        row = QHBoxLayout()
        self.blink = QCheckBox(self.tr("Blink"))
        self.blink.toggled.connect(lambda on: controller.update_display(blink=on))
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.clicked.connect(self.send_message)
        self.clear_button = QPushButton(self.tr("Clear"))
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

    def attach_projector(self, window) -> None:
        """The projector's window: the Fullscreen box shows what it really is from now on."""
        self.projector_window = window
        window.placed.connect(self.reflect)
        self.reflect()

    def _fullscreen_toggled(self, on: bool) -> None:
        window = self.projector_window
        if on and window is not None and window.fullscreen_blocked():
            # one screen: the box is ticked to cover it anyway (Esc on the projector leaves)
            self.controller.update_display(
                fullscreen=True, projector_screen=QGuiApplication.primaryScreen().name())
        else:
            self.controller.update_display(fullscreen=on)
        self.reflect()  # nothing may have changed (asked again): show the truth again

    def identify_screens(self) -> None:
        """Every screen's name and size, big, on that screen for a few seconds."""
        from ui.projector import ScreenBadges

        if self.screen_badges is not None:
            self.screen_badges.close()
        self.screen_badges = ScreenBadges(self)

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
            self.screen_combo.addItem(translated(AUTO_SCREEN), None)
            names = [screen.name() for screen in QGuiApplication.screens()]
            for screen in QGuiApplication.screens():
                size = screen.geometry().size()
                self.screen_combo.addItem(f"{screen.name()} ({size.width()}×{size.height()})",
                                          screen.name())
            if display.projector_screen and display.projector_screen not in names:
                # remembered from another setup: say so rather than pretend it is there
                self.screen_combo.addItem(self.tr("{screen} (not connected)").format(
                    screen=display.projector_screen), display.projector_screen)
            found = 0 if display.projector_screen is None else \
                self.screen_combo.findData(display.projector_screen)
            self.screen_combo.setCurrentIndex(max(0, found))
        window = self.projector_window
        # what is true: the window's own state once there is one, else what is wanted
        fullscreen = window.isFullScreen() if window is not None else display.fullscreen
        blocked = window is not None and window.fullscreen_blocked() and not fullscreen
        self.fullscreen_note.setVisible(blocked)
        self.leave_button.setVisible(not blocked)
        self.leave_button.setEnabled(fullscreen)
        self.fullscreen.setToolTip(translated(FULLSCREEN_BLOCKED_TIP) if blocked else
                                   self.tr("Esc on the projector leaves fullscreen"))
        for box, value in ((self.fullscreen, fullscreen),
                           (self.blackout, display.blackout), (self.blink, display.blink)):
            with QSignalBlocker(box):
                box.setChecked(value)
        if display.message:
            on_stage = (self.tr("On stage: «{message}» (blinking)") if display.blink else
                        self.tr("On stage: «{message}»"))
            self.on_stage.setText(on_stage.format(message=display.message))
        else:
            self.on_stage.setText(self.tr("On stage: no message"))


FULLSCREEN_BLOCKED = QT_TRANSLATE_NOOP("ProjectorControls", "one screen: tick to cover it")
FULLSCREEN_BLOCKED_TIP = QT_TRANSLATE_NOOP(
    "ProjectorControls",
    "With one screen and Automatic, the projector stays a window so that the console and "
    "the chair's view stay visible. Tick to cover this screen anyway: Esc on the projector "
    "comes back.")


def translated(text: str) -> str:
    """One of the texts marked in this module, in the interface's language."""
    return QCoreApplication.translate("ProjectorControls", text)
