"""The chair's view at the podium: one glance says how long is left, what comes next and
whether the day is late; big buttons and single keys do the rest.

Keys: Space next session · + / − one minute more / less · Shift with + / − five minutes ·
Ctrl+Z undo · Ctrl+Shift+Z redo. Buttons never take keyboard focus, so Space always means
"next", whichever button was touched last. Every key is read in `keyPressEvent`, undo and
redo too, so a held key acts once: its auto-repeat is ignored.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from runofshow.board import BoardMode
from ui.controller import ShowController
from ui.fonts import missing_font_message
from ui.theme import PHASE_STYLES, REHEARSAL_COLOURS, WAITING_STYLE, phase_word
from ui.widgets import ClockDigits, FitText, make_font

REFUSAL_SHOWN_MS = 6000
REDO_KEYS = ("Ctrl+Shift+Z", "Ctrl+Y")  # both, everywhere (as QKeySequence writes them)


def minutes_for_key(key: int, shift: bool) -> int | None:
    """The extension a key press asks for, or None if the key is not an extend key.
    Shift turns one minute into five (a US "+" is Shift+=: five)."""
    if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
        return 5 if shift else 1
    if key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
        return -5 if shift or key == Qt.Key.Key_Underscore else -1
    return None


class ChairWindow(QWidget):
    def __init__(self, controller: ShowController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle("runofshow — chair")
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        languages = controller.agenda.languages

        self.rehearsal = QLabel("REHEARSAL · 彩排" if "zh" in languages else "REHEARSAL")
        text, background = REHEARSAL_COLOURS
        self.rehearsal.setStyleSheet(f"color:{text}; background:{background}; padding:4px 10px;")
        self.rehearsal.setFont(make_font(20, bold=True))
        self.rehearsal.setVisible(controller.rehearsal)
        self.wall_clock = QLabel()
        self.wall_clock.setFont(make_font(24, bold=True))
        self.day_status = QLabel()
        self.day_status.setFont(make_font(24, bold=True))
        self.day_status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.rehearsal)
        top.addWidget(self.day_status, 1)
        top.addWidget(self.wall_clock)

        self.phase_label = QLabel()
        self.phase_label.setFont(make_font(26, bold=True))
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_primary = FitText(largest=54, smallest=14, bold=True)
        self.title_secondary = FitText(largest=34, smallest=12)
        self.countdown = ClockDigits(lambda: self.controller.board().countdown, height_share=0.8)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(18)
        self.next_label = FitText(largest=30, smallest=12)
        # The technician's message to the stage: white on a black box in every phase, shown
        # only while there is one, so it takes room from the digits only when it matters.
        self.message = FitText(largest=44, smallest=12, bold=True)
        self.message_box = QFrame()
        self.message_box.setObjectName("message")
        self.message_box.setStyleSheet("#message { background: #000000; border: 3px solid #FFFFFF; }")
        box_layout = QVBoxLayout(self.message_box)
        box_layout.addWidget(self.message)
        self.message_box.setMinimumHeight(72)
        self.message_box.setVisible(False)
        self.notice = QLabel()  # refusals and the missing-font warning
        self.notice.setFont(make_font(18))
        self.notice.setWordWrap(True)
        self._notice_timer = QTimer(self, singleShot=True, interval=REFUSAL_SHOWN_MS)
        self._notice_timer.timeout.connect(self._clear_notice)

        # Two rows, so a podium screen or half a laptop screen fits them: time on the first,
        # moving on and taking back on the second.
        buttons = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        for name, label, action, row, column, span in (
            ("minus5", "−5 min", lambda: controller.extend(-5), 0, 0, 1),
            ("minus1", "−1 min", lambda: controller.extend(-1), 0, 1, 1),
            ("plus1", "+1 min", lambda: controller.extend(1), 0, 2, 1),
            ("plus5", "+5 min", lambda: controller.extend(5), 0, 3, 1),
            ("next", "Next ▶  (Space)", controller.next, 1, 0, 2),
            ("undo", "Undo", controller.undo, 1, 2, 1),
            ("redo", "Redo", controller.redo, 1, 3, 1),
        ):
            button = QPushButton(label)
            button.setFont(make_font(22, bold=True))
            button.setMinimumHeight(60)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(action)
            buttons.addWidget(button, row, column, 1, span)
            self.buttons[name] = button

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.title_primary, 3)
        layout.addWidget(self.title_secondary, 2)
        layout.addWidget(self.countdown, 8)
        layout.addWidget(self.progress)
        layout.addWidget(self.next_label, 2)
        layout.addWidget(self.message_box, 3)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)

        controller.ticked.connect(self.refresh)
        controller.changed.connect(self.refresh)
        controller.cue_flashed.connect(self.refresh)
        controller.display_changed.connect(self.refresh)
        controller.refused.connect(self.show_refusal)
        self._clear_notice()
        self.resize(1280, 720)
        self.refresh()

    # -- keys --------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        if event.isAutoRepeat():
            return  # a held key must not run the clock away
        if event.matches(QKeySequence.StandardKey.Undo):  # Ctrl+Z (⌘Z on a Mac)
            self.controller.undo()
            return
        if QKeySequence(event.keyCombination()).toString() in REDO_KEYS:
            self.controller.redo()
            return
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if event.key() == Qt.Key.Key_Space:
            self.controller.next()
            return
        minutes = minutes_for_key(event.key(), shift)
        if minutes is not None:
            self.controller.extend(minutes)
            return
        super().keyPressEvent(event)

    # -- drawing -----------------------------------------------------------------------
    def show_refusal(self, message: str) -> None:
        self.notice.setText(f"Not done: {message}")
        self._notice_timer.start()

    def _clear_notice(self) -> None:
        """Back to what always deserves saying: a missing Chinese font, an agenda whose days
        are not today."""
        self.notice.setText(missing_font_message() or self.controller.show.standing_notice() or "")

    def refresh(self) -> None:
        controller = self.controller
        agenda = controller.agenda
        languages = agenda.languages
        board = controller.board()
        style = WAITING_STYLE if board.mode != BoardMode.LIVE else PHASE_STYLES[board.phase]
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(style.background))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(style.foreground))
        self.setPalette(palette)
        for widget in (self.title_primary, self.title_secondary, self.next_label, self.countdown):
            widget.set_color(style.foreground)

        self.wall_clock.setText(f"{agenda.local(controller.now_s()):%H:%M:%S}")
        self.day_status.setText(("⚠ " if board.at_risk else "") + board.day_status)
        if board.mode == BoardMode.DONE:
            self.phase_label.setText("Programme complete · 会议结束" if "zh" in languages
                                     else "Programme complete")
            first, second = agenda.title.best(languages), ""
        else:
            self.phase_label.setText(phase_word(style, languages))
            first, second = board.session.title.pair(languages)
        self.title_primary.setText(first)
        self.title_secondary.setText(second)
        self.progress.setValue(int(board.progress * 1000))
        if board.mode == BoardMode.LIVE and board.next_session is not None:
            self.next_label.setText(f"Next: {board.next_session.title.best(languages)} — "
                                    f"{board.next_text}")
        elif board.mode == BoardMode.WAITING:
            self.next_label.setText(f"Starts {board.next_text} — press Space to start it")
        else:
            self.next_label.setText("")
        # the technician's message first; else a cue that just fired ("resumes in 5 minutes")
        stage_text = controller.display.message or controller.cue_flash() or ""
        self.message.setText(stage_text)
        self.message.set_color("#FFFFFF")
        self.message_box.setVisible(bool(stage_text))
        self.buttons["undo"].setEnabled(controller.show.can_undo)
        self.buttons["redo"].setEnabled(controller.show.can_redo)
        self.countdown.update()  # repaints from the clock, like every other view
