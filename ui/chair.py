"""The chair's view at the podium: one glance says how long is left, what comes next and
whether the day is late; big buttons and single keys do the rest.

Keys (ui/chair_commands.py, printed on the window): Space next session · + / − one minute
more / less · ↑ / ↓ five minutes · Ctrl+Z undo · Ctrl+Shift+Z or Ctrl+Y redo. Buttons
never take keyboard focus, so Space always means "next", whichever button was touched
last. A held key acts once (its auto-repeat is ignored), and so does a double tap on
Space or a double click on Next. An action that cannot apply now has its button
disabled; its key says why on the notice line.

The countdown is the one thing the chair must see: the text bands around it (titles, the
stage message, the next session) are capped at a share of the window's height, so
whatever they hold, the digits keep the rest.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetrics, QPalette
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

from runofshow.board import Board, BoardMode
from ui.chair_commands import EARLY_START_S, LEGEND, SHIFT_HINT, ChairCommands, command_for, translated
from ui.controller import ShowController
from ui.fonts import missing_font_message
from ui.i18n import say
from ui.theme import (
    BLACKOUT_BADGE_COLOURS,
    PHASE_STYLES,
    REHEARSAL_COLOURS,
    WAITING_STYLE,
    PhaseStyle,
    joined,
    phase_word,
    words_in,
)
from ui.widgets import ClockDigits, FitText, ask_no_by_default, make_font

NOTICE_SHOWN_MS = 6000
# The most of the window's height each text band may take; the countdown has the rest.
BAND_SHARES = {"title_primary": 0.10, "title_secondary": 0.065, "message_box": 0.11,
               "next_label": 0.09}
# Pixel sizes of the parts that do not fit themselves to their box, at 1280×720; other
# sizes scale them (between SCALE_LIMITS), so a 1080p podium screen gets bigger buttons
# and half a laptop screen still has room for the digits.
SIZES_AT_720P = {"badge": 18, "bar": 20, "button": 20, "button_height": 46, "notice_row": 24,
                 "notice": 20, "legend": 16}
SCALE_LIMITS = (0.6, 1.6)
# (name, label, grid row, column, column span): two rows, so a podium screen or half a
# laptop screen fits them; time on the first, moving on and taking back on the second.
# The labels are translated where the buttons are made.
BUTTONS = (
    ("minus5", QT_TRANSLATE_NOOP("ChairWindow", "−5 min (↓)"), 0, 0, 1),
    ("minus1", QT_TRANSLATE_NOOP("ChairWindow", "−1 min (−)"), 0, 1, 1),
    ("plus1", QT_TRANSLATE_NOOP("ChairWindow", "+1 min (+)"), 0, 2, 1),
    ("plus5", QT_TRANSLATE_NOOP("ChairWindow", "+5 min (↑)"), 0, 3, 1),
    ("next", QT_TRANSLATE_NOOP("ChairWindow", "Next ▶ (Space)"), 1, 0, 2),
    ("undo", QT_TRANSLATE_NOOP("ChairWindow", "Undo (Ctrl+Z)"), 1, 2, 1),
    ("redo", QT_TRANSLATE_NOOP("ChairWindow", "Redo (Ctrl+Y)"), 1, 3, 1),
)


def badge(text: str, colours: tuple[str, str]) -> QLabel:
    label = QLabel(text)
    foreground, background = colours
    label.setStyleSheet(f"color:{foreground}; background:{background}; padding:2px 10px;")
    label.setVisible(False)  # refresh shows it, once the window it belongs to exists
    return label


class ChairWindow(QWidget):
    def __init__(self, controller: ShowController, parent: QWidget | None = None, *,
                 monotonic: Callable[[], float] = time.monotonic,
                 confirm: Callable[[str, str], bool] | None = None):
        """`monotonic` is the real-time clock of the double-tap guard and `confirm(title,
        question)` asks the chair yes or no (default: a dialog whose default is No); both
        are replaced in tests."""
        super().__init__(parent)
        self.controller = controller
        self.commands = ChairCommands(controller, monotonic)
        self._confirm = confirm
        self._style: PhaseStyle | None = None  # the phase whose colours are on screen
        self.setWindowTitle(self.tr("runofshow — chair"))
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        rehearsal = self._and_the_rooms(self.tr("REHEARSAL"), QT_TRANSLATE_NOOP("ChairWindow", "REHEARSAL"))
        self.rehearsal = badge(rehearsal, REHEARSAL_COLOURS)
        self.blackout = badge(self.tr("PROJECTOR BLACKED OUT"), BLACKOUT_BADGE_COLOURS)
        self.wall_clock = QLabel()
        self.day_status = QLabel()
        self.day_status.setWordWrap(True)  # a narrow window: two lines rather than wider
        top = QHBoxLayout()
        top.addWidget(self.rehearsal)
        top.addWidget(self.blackout)
        top.addWidget(self.day_status, 1)
        top.addWidget(self.wall_clock)

        self.title_primary = FitText(largest=54, smallest=14, bold=True)
        self.title_secondary = FitText(largest=34, smallest=12)
        self.phase_label = QLabel()
        # why the live session ends early ("back at 15:00"), boxed in the text's colour
        self.held_for = QLabel()
        self.held_for.setVisible(False)
        phase_row = QHBoxLayout()
        phase_row.addStretch(1)
        phase_row.addWidget(self.phase_label)
        phase_row.addSpacing(16)
        phase_row.addWidget(self.held_for)
        phase_row.addStretch(1)
        self.countdown = ClockDigits(lambda: self.controller.board().shown_countdown, height_share=0.88)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        # The technician's message to the stage, or a cue's words: white on a black box in
        # every phase, under the digits, shown only while there is one.
        self.message = FitText(largest=44, smallest=12, bold=True)
        self.message_box = QFrame()
        self.message_box.setObjectName("message")
        self.message_box.setStyleSheet("#message { background: #000000; border: 3px solid #FFFFFF; }")
        box_layout = QVBoxLayout(self.message_box)
        box_layout.setContentsMargins(8, 4, 8, 4)
        box_layout.addWidget(self.message)
        self.message_box.setVisible(False)
        self.next_label = FitText(largest=28, smallest=12)
        # One row: the keys, or what needs saying (a refusal, an ignored press, a warning),
        # which takes the whole row while it shows; the buttons name the keys too.
        self.notice = FitText(smallest=10)
        # the buttons name the keys too: where the legend would be unreadable it is left out
        self.legend = FitText(translated(LEGEND), smallest=10, optional=True)
        self.legend.setVisible(False)  # until the window it belongs to exists
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.notice, 1)
        notice_row.addWidget(self.legend, 1)  # at most its natural width (`_fit_to`)
        self._notice_timer = QTimer(self, singleShot=True, interval=NOTICE_SHOWN_MS)
        self._notice_timer.timeout.connect(self._clear_notice)

        buttons = QGridLayout()
        buttons.setSpacing(4)
        self.buttons: dict[str, QPushButton] = {}
        for name, label, row, column, span in BUTTONS:
            button = QPushButton(QCoreApplication.translate("ChairWindow", label))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.addWidget(button, row, column, 1, span)
            self.buttons[name] = button
            button.clicked.connect(lambda _=False, name=name: self.run(name))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.setSpacing(3)
        layout.addLayout(top)
        # The text bands stretch far more than the digits, so they take all their share
        # (BAND_SHARES caps them) and the countdown gets everything else.
        layout.addWidget(self.title_primary, 10)
        layout.addWidget(self.title_secondary, 10)
        layout.addLayout(phase_row)
        layout.addWidget(self.countdown, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.message_box, 10)
        layout.addWidget(self.next_label, 10)
        layout.addLayout(notice_row)
        layout.addLayout(buttons)

        controller.ticked.connect(self.refresh)
        controller.changed.connect(self.refresh)
        controller.cue_flashed.connect(self.refresh)
        controller.display_changed.connect(self.refresh)
        controller.refused.connect(self.show_refusal)
        self._clear_notice()
        # Sized for the smallest window until it has its size: sized for a larger one, the
        # layout would hold it at that larger one's minimum, wider than it is then placed.
        self._fit_to(0, 0)
        self.resize(1280, 720)
        self.refresh()

    def resizeEvent(self, event) -> None:
        self._fit_to(event.size().width(), event.size().height())
        super().resizeEvent(event)

    def _fit_to(self, width: int, height: int) -> None:
        """Cap the text bands at their share of the height and scale the fixed parts."""
        for name, share in BAND_SHARES.items():
            getattr(self, name).setMaximumHeight(max(1, int(height * share)))
        low, high = SCALE_LIMITS
        scale = max(low, min(high, width / 1280, height / 720))
        size = {name: round(pixels * scale) for name, pixels in SIZES_AT_720P.items()}
        for label in (self.rehearsal, self.blackout):
            label.setFont(make_font(size["badge"], bold=True))
        for label in (self.wall_clock, self.day_status, self.phase_label, self.held_for):
            label.setFont(make_font(size["bar"], bold=True))
        for button in self.buttons.values():
            button.setFont(make_font(size["button"], bold=True))
            button.setMinimumHeight(size["button_height"])
        self.notice.largest, self.legend.largest = size["notice"], size["legend"]
        for band in (self.notice, self.legend):
            band.setFixedHeight(size["notice_row"])
        legend_width = QFontMetrics(make_font(size["legend"])).horizontalAdvance(self.legend.text())
        self.legend.setMaximumWidth(legend_width + 16)

    # -- keys and buttons --------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        if event.isAutoRepeat():
            return  # a held key must not run the clock away
        command = command_for(event)
        if command is None:
            super().keyPressEvent(event)
        elif command == "hint":
            self.say(translated(SHIFT_HINT))
        else:
            self.run(command)

    def run(self, command: str) -> None:
        """Do one of the chair's commands, or say why it is not done. Each acts once per burst
        of presses; "next", hours early on the real clock, only once the chair confirms."""
        commands = self.commands
        reason = commands.why_not(command)
        if reason is not None:
            self.say(self.tr("Not done: {reason}").format(reason=reason))
            return
        if not commands.guards[command].press():
            self.say(self.tr("Next ignored: pressed twice. To move on again, wait a moment and "
                             "press once.") if command == "next" else
                     self.tr("Ignored: pressed twice. To do it again, wait a moment and press once."))
            return
        if command == "next" and commands.too_early_to_start() and not (self._confirm or self._ask)(
                self.tr("Start early?"), commands.early_start_question()):
            self.say(self.tr("Not started: it starts at its planned time, or when you confirm."))
            return
        commands.do(command)

    def _ask(self, title: str, question: str) -> bool:
        return ask_no_by_default(self, title, question)

    # -- the notice line ---------------------------------------------------------------
    def show_refusal(self, message: str) -> None:
        """The controller refused an action. Only the chair's own are said here: the
        console's refusals are the technician's (and name sessions by their ids)."""
        if self.commands.acting:
            self.say(self.tr("Not done: {reason}").format(reason=message))

    def say(self, text: str) -> None:
        """Say something on the notice line for a few seconds."""
        self._set_notice(text)
        self._notice_timer.start()

    def _clear_notice(self) -> None:
        """Back to what always deserves saying: a missing Chinese font, an agenda whose days
        are not today; else the keys."""
        self._set_notice(missing_font_message() or self.controller.show.standing_notice() or "")

    def _set_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.legend.setVisible(not text)

    # -- drawing -----------------------------------------------------------------------
    def refresh(self) -> None:
        controller = self.controller
        agenda = controller.agenda
        languages = agenda.languages
        board = controller.board()
        style = WAITING_STYLE if board.mode != BoardMode.LIVE else PHASE_STYLES[board.phase]
        if style is not self._style:
            self._paint_in(style)

        self.rehearsal.setVisible(controller.rehearsal)
        self.blackout.setVisible(controller.display.blackout)
        self.wall_clock.setText(f"{agenda.local(controller.now_s()):%H:%M:%S}")
        self.day_status.setText(("⚠ " if board.at_risk else "") + say(board.day_status))
        if board.mode == BoardMode.DONE:
            complete = self._and_the_rooms(self.tr("Programme complete"),
                                             QT_TRANSLATE_NOOP("ChairWindow", "Programme complete"))
            self.phase_label.setText(complete)
            first, second = agenda.title.best(languages), ""
        else:
            self.phase_label.setText(phase_word(style, languages))
            first, second = board.session.title.pair(languages)
        self.title_primary.setText(first)
        self.title_secondary.setText(second)
        held = say(board.held_for) if board.mode == BoardMode.LIVE else ""
        self.held_for.setText(held)
        self.held_for.setVisible(bool(held))
        self.progress.setValue(int(board.progress * 1000))
        self.next_label.setText(self.next_text(board))
        # the technician's message first; else a cue that just fired ("resumes in 5 minutes")
        stage_text = controller.display.message or controller.cue_flash() or ""
        self.message.setText(stage_text)
        self.message.set_color("#FFFFFF")
        self.message_box.setVisible(bool(stage_text))
        available = self.commands.available()
        for name, button in self.buttons.items():
            button.setEnabled(name in available)
        self.countdown.update()  # repaints from the clock, like every other view

    def _and_the_rooms(self, word: str, english: str) -> str:
        """The interface's word, then the same word in the agenda's languages ("REHEARSAL ·
        彩排" for an English chair on a Chinese-English agenda), each said once."""
        return joined([word, *words_in(english, self.controller.agenda.languages, "ChairWindow")])

    def _paint_in(self, style: PhaseStyle) -> None:
        """The phase's colours on everything but the badges, the buttons and the message."""
        self._style = style
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(style.background))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(style.foreground))
        self.setPalette(palette)
        for widget in (self.title_primary, self.title_secondary, self.next_label, self.countdown,
                       self.notice, self.legend):
            widget.set_color(style.foreground)
        self.held_for.setStyleSheet(f"color:{style.foreground}; border:2px solid {style.foreground};"
                                    " padding:0px 8px;")

    def next_text(self, board: Board) -> str:
        """The line under the countdown: the next session in both languages, or when the
        due one starts and whether Space may start it now."""
        if board.mode == BoardMode.LIVE and board.next_session is not None:
            agenda = self.controller.agenda
            titles = " · ".join(t for t in board.next_session.title.pair(agenda.languages) if t)
            # in overtime the next one is due now: its time, not "in 0 min" (as the projector)
            when = (say(board.next_text) if board.next_start_s > self.controller.now_s() + 30
                    else f"{agenda.local(board.next_start_s):%H:%M}")
            # the time first: a long title shrinks it
            return self.tr("Next {when}: {titles}").format(when=when, titles=titles)
        if board.mode != BoardMode.WAITING:
            return ""
        if "next" not in self.commands.available():  # another day's session: not Space's
            return self.tr("Starts {when}").format(when=say(board.next_text))
        if not self.commands.too_early_to_start():
            return self.tr("Starts {when} — press Space to start it").format(when=say(board.next_text))
        from_s = board.next_start_s - EARLY_START_S
        return self.tr("Starts {when} — Space starts it from {time}").format(
            when=say(board.next_text), time=f"{self.controller.agenda.local(from_s):%H:%M}")
