"""The projected countdown: the screen a chair reads from 15 m away.

Everything time-dependent is read from the show's clock when it is drawn: the countdown
digits, the wall clock, the background colour (and the overtime flash, by the clock's
whole second). Signals only ask for a repaint and refresh the texts; nothing counts ticks.
Every phase shows a word and a symbol as well as a colour, so it reads without colour.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPen, QScreen
from PySide6.QtWidgets import QWidget

from runofshow.board import Board, BoardMode
from ui.controller import ShowController
from ui.fonts import missing_font_message
from ui.theme import BLACKOUT, PHASE_STYLES, REHEARSAL_COLOURS, WAITING_STYLE, PhaseStyle, phase_word
from ui.widgets import ClockDigits, FitText

WINDOWED_SIZE = (960, 540)  # when the technician turns fullscreen off

# Where everything goes, as shares of the window (x, y, width, height), and the largest
# text size as a share of the window height. One table, so the proportions read at once.
LAYOUT: dict[str, tuple[float, float, float, float]] = {
    "word": (0.03, 0.02, 0.46, 0.10),
    "rehearsal": (0.51, 0.035, 0.24, 0.07),
    "wall": (0.78, 0.02, 0.19, 0.10),
    "primary": (0.04, 0.13, 0.92, 0.14),
    "secondary": (0.04, 0.27, 0.92, 0.09),
    "digits": (0.01, 0.36, 0.98, 0.52),
    "next": (0.04, 0.89, 0.92, 0.07),
    "message": (0.05, 0.13, 0.90, 0.75),
}
LARGEST = {"word": 0.065, "rehearsal": 0.045, "primary": 0.075, "secondary": 0.05,
           "banner": 0.12, "next": 0.05, "message": 0.2}
PROGRESS_HEIGHT = 0.012

LABELS = {
    "next": {"zh": "下一场", "en": "Next"},
    "starts": {"zh": "开始时间", "en": "Starts at"},
    "done": {"zh": "会议结束", "en": "Programme complete"},
    "rehearsal": {"zh": "彩排", "en": "REHEARSAL"},
}


def bilingual(key: str, languages: tuple[str, ...]) -> str:
    """A fixed label in every display language, primary first ("彩排 · REHEARSAL")."""
    words = [LABELS[key][lang] for lang in languages if lang in LABELS[key]]
    return " · ".join(words or [LABELS[key]["en"]])


def share_rect(width: int, height: int, share: tuple[float, float, float, float]) -> QRect:
    x, y, w, h = share
    return QRect(round(x * width), round(y * height), round(w * width), round(h * height))


class BigDigits(ClockDigits):
    """The projector's digits: a larger share of their band, colour read at every paint."""

    def __init__(self, text_source: Callable[[], str], colour_source: Callable[[], str],
                 parent: QWidget, height_share: float = 0.84):
        super().__init__(text_source, height_share, parent, colour_source)


class MessageBox(QWidget):
    """The message to the stage: big white text on an opaque dark box (21:1 contrast)."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.text = FitText(bold=True, parent=self)

    def resizeEvent(self, event) -> None:
        border = max(2, self.height() // 60)
        self.text.setGeometry(self.rect().adjusted(4 * border, 2 * border, -4 * border, -2 * border))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#000000"))
        border = max(2, self.height() // 60)
        painter.setPen(QPen(QColor("#FFFFFF"), border))
        painter.drawRect(QRectF(self.rect()).adjusted(border / 2, border / 2, -border / 2, -border / 2))
        painter.end()


class ProjectorWindow(QWidget):
    def __init__(self, controller: ShowController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle("runofshow · projector")
        self.setCursor(Qt.CursorShape.BlankCursor)  # no pointer in front of the audience
        languages = controller.agenda.languages
        self.word = FitText(bold=True, parent=self)
        self.rehearsal = FitText(bilingual("rehearsal", languages), bold=True, parent=self)
        self.rehearsal.set_color(REHEARSAL_COLOURS[0])
        self.wall = BigDigits(self.wall_text, self.foreground, self)
        self.primary = FitText(bold=True, parent=self)
        self.secondary = FitText(parent=self)
        self.digits = BigDigits(self.countdown_text, self.foreground, self)
        done = [LABELS["done"][lang] for lang in languages if lang in LABELS["done"]]
        self.banner = FitText("\n".join(done or [LABELS["done"]["en"]]), bold=True, parent=self)
        self.next_line = FitText(parent=self)
        self.message = MessageBox(self)  # created last: drawn over everything else
        self.texts = {"word": self.word, "rehearsal": self.rehearsal, "primary": self.primary,
                      "secondary": self.secondary, "banner": self.banner, "next": self.next_line}
        self._placed: tuple[str, bool] | None = None
        self._badge = QRect()  # the rehearsal badge's box, around its text
        # Chinese would show as boxes: say so where the technician looks in a rehearsal
        self._font_warning = missing_font_message() if controller.rehearsal else None
        controller.ticked.connect(self.refresh)
        controller.changed.connect(self.refresh)
        controller.cue_flashed.connect(self.refresh)
        controller.display_changed.connect(self._display_changed)
        application = QGuiApplication.instance()
        application.screenAdded.connect(self._screens_changed)  # a projector plugged in late
        application.screenRemoved.connect(self._screens_changed)
        self.resize(*WINDOWED_SIZE)
        self.refresh()

    # -- read from the clock at paint time ------------------------------------------------
    def style_now(self) -> tuple[Board, PhaseStyle, str]:
        """The board of this second, its style and the background colour."""
        board = self.controller.board()
        style = PHASE_STYLES[board.phase] if board.mode == BoardMode.LIVE else WAITING_STYLE
        background = style.background
        if style.flash_background and self.controller.now_s() % 2:
            background = style.flash_background  # the flash follows the clock's second
        return board, style, background

    def foreground(self) -> str:
        return self.style_now()[1].foreground

    def countdown_text(self) -> str:
        board = self.controller.board()
        return "" if board.mode == BoardMode.DONE else board.countdown

    def wall_text(self) -> str:
        return f"{self.controller.agenda.local(self.controller.now_s()):%H:%M}"

    def next_text(self, board: Board) -> str:
        """The line under the digits: when the due session starts, or what comes next."""
        agenda, languages = self.controller.agenda, self.controller.agenda.languages
        if board.next_start_s is None or board.next_session is None:
            return ""
        at = f"{agenda.local(board.next_start_s):%H:%M}"
        if board.mode == BoardMode.WAITING:
            return f"{bilingual('starts', languages)} {at}"
        # in overtime the next session is due now: "in 0 min" would read as a mistake
        when = board.next_text if board.next_start_s > self.controller.now_s() + 30 else at
        return f"{bilingual('next', languages)}: {board.next_session.title.best(languages)} · {when}"

    # -- texts, on every signal -------------------------------------------------------------
    def refresh(self) -> None:
        """Set the texts from the board now and repaint; the digits read the clock again."""
        board, style, _ = self.style_now()
        display, agenda = self.controller.display, self.controller.agenda
        languages = agenda.languages
        if board.mode == BoardMode.DONE:
            word, (first, second), next_text = "", agenda.title.pair(languages), ""
        else:
            word = phase_word(style, languages)
            first, second = board.session.title.pair(languages)
            next_text = self.next_text(board)
        flash = self.controller.cue_flash()
        if flash:  # a cue just fired: its words take the next line's place for a while
            next_text = f"» {flash}"
        elif self._font_warning:
            next_text = self._font_warning
        for widget, text in ((self.word, word), (self.primary, first), (self.secondary, second),
                             (self.next_line, next_text)):
            widget.setText(text)
            widget.set_color(style.foreground)
        self.banner.set_color(style.foreground)
        shown = not display.blackout  # blackout: nothing drawn at all
        blink_off = display.blink and self.controller.now_s() % 2 == 1  # shown on even seconds
        message = shown and bool(display.message) and not blink_off
        self.message.setVisible(message)
        # what the message box covers is hidden, so no glyph peeks out at its sides
        for widget in (self.word, self.wall, self.next_line):
            widget.setVisible(shown)
        for widget in (self.primary, self.secondary, self.digits):
            widget.setVisible(shown and not message)
        self.banner.setVisible(shown and not message and board.mode == BoardMode.DONE)
        self.rehearsal.setVisible(shown and self.controller.rehearsal)
        self.message.text.setText(display.message)
        self.update()

    def resizeEvent(self, event) -> None:
        width, height = self.width(), self.height()
        for name, widget in (("wall", self.wall), ("digits", self.digits), ("message", self.message),
                             *self.texts.items()):
            widget.setGeometry(share_rect(width, height, LAYOUT["digits" if name == "banner" else name]))
        self._badge = share_rect(width, height, LAYOUT["rehearsal"])
        pad = max(2, round(0.012 * height))
        self.rehearsal.setGeometry(self._badge.adjusted(pad, pad // 2, -pad, -pad // 2))
        for name, widget in self.texts.items():
            widget.largest = max(12, int(LARGEST[name] * height))
        self.message.text.largest = max(12, int(LARGEST["message"] * height))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        if self.controller.display.blackout:
            painter.fillRect(self.rect(), QColor(BLACKOUT))
            painter.end()
            return
        board, style, background = self.style_now()
        painter.fillRect(self.rect(), QColor(background))
        if not self.rehearsal.isHidden():  # the badge behind its text, the same in every phase
            painter.fillRect(self._badge, QColor(REHEARSAL_COLOURS[1]))
        if board.mode == BoardMode.LIVE:  # how much of the session is used, along the bottom edge
            bar = max(4, round(PROGRESS_HEIGHT * self.height()))
            painter.fillRect(QRect(0, self.height() - bar, round(self.width() * board.progress), bar),
                             QColor(style.foreground))
        painter.end()

    # -- which screen ----------------------------------------------------------------------
    def target_screen(self) -> QScreen:
        """The screen the technician picked, else the second screen, else the primary."""
        screens = QGuiApplication.screens()
        wanted = self.controller.display.projector_screen
        named = [screen for screen in screens if screen.name() == wanted]
        if named:
            return named[0]
        return screens[1] if len(screens) > 1 else QGuiApplication.primaryScreen()

    def place(self) -> QScreen:
        """Show the window on its screen, fullscreen or as a normal window."""
        screen = self.target_screen()
        fullscreen = self.wants_fullscreen()
        if self.isFullScreen():
            self.showNormal()  # a fullscreen window does not move: leave, move, go back
        self.setScreen(screen)
        area = screen.geometry()
        if fullscreen:
            self.setGeometry(area)
            self.showFullScreen()
        else:
            width, height = min(WINDOWED_SIZE[0], area.width()), min(WINDOWED_SIZE[1], area.height())
            self.setGeometry(area.x() + (area.width() - width) // 2,
                             area.y() + (area.height() - height) // 2, width, height)
            self.showNormal()
        self._placed = (screen.name(), fullscreen)
        return screen

    def wants_fullscreen(self) -> bool:
        """Fullscreen as the technician set it, except on a computer with one screen and no
        screen picked: there a fullscreen projection (with no cursor) would cover the chair
        and console views, so it opens as a window until a screen is picked."""
        alone = len(QGuiApplication.screens()) < 2 and self.controller.display.projector_screen is None
        return self.controller.display.fullscreen and not alone

    def _display_changed(self) -> None:
        self.refresh()
        wanted = (self.target_screen().name(), self.wants_fullscreen())
        if self.isVisible() and wanted != self._placed:
            self.place()

    def _screens_changed(self, _screen: QScreen) -> None:
        if self.isVisible():
            self.place()
