"""The projected countdown: the screen a chair reads from 15 m away.

Everything time-dependent is read from the show's clock when it is drawn: the countdown
digits, the wall clock, the background colour (and the overtime flash, by the clock's
whole second). Signals only ask for a repaint and refresh the texts; nothing counts ticks.
Every phase shows a word and a symbol as well as a colour, so it reads without colour.

The countdown is always on screen (unless the technician blacks the projector out): a
message to the stage takes the titles' band above it, the reason a session ends early
(`Board.held_for`) a line under it, a cue's words the bottom band. The digits give those
lines room but never fall under DIGITS_SHARE_MIN of the window's height.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPen, QScreen
from PySide6.QtWidgets import QWidget

from runofshow.board import Board, BoardMode
from runofshow.display_state import DisplayState
from runofshow.words import Words
from ui.controller import ShowController
from ui.fonts import missing_font_message
from ui.i18n import say
from ui.theme import (
    BLACKOUT,
    PHASE_STYLES,
    REHEARSAL_COLOURS,
    WAITING_STYLE,
    PhaseStyle,
    in_languages,
    phase_word,
)
from ui.widgets import ClockDigits, FitText, measure

WINDOWED_SIZE = (960, 540)  # when the technician turns fullscreen off
DIGITS_SHARE_MIN = 0.35  # of the window's height, whatever else is on screen

# Where everything goes, as shares of the window (x, y, width, height), and the largest
# text size as a share of the window height. One table, so the proportions read at once.
# The bands under the digits ("held", "cue") take their room from the digits' band
# (ProjectorWindow.shares); the message takes the titles' band.
LAYOUT: dict[str, tuple[float, float, float, float]] = {
    "word": (0.03, 0.02, 0.46, 0.10),
    "rehearsal": (0.51, 0.035, 0.24, 0.07),
    "wall": (0.78, 0.02, 0.19, 0.10),
    "titles": (0.04, 0.13, 0.92, 0.23),  # the primary and secondary titles, or the message
    "digits": (0.01, 0.36, 0.98, 0.52),  # with only the next line under them
    "next": (0.04, 0.89, 0.92, 0.07),
}
HELD_HEIGHT = 0.06  # the line under the digits: why the session ends early
CUE_HEIGHT = 0.11  # a cue's words, in the next line's place: two lines of text
GAP = 0.01
LARGEST = {"word": 0.065, "rehearsal": 0.045, "primary": 0.075, "secondary": 0.05,
           "banner": 0.12, "next": 0.05, "held": 0.045, "cue": 0.045, "message": 0.13}
PRIMARY_SHARE = 0.6  # of the titles' band room to spare, given to the primary title
DIGIT_HEIGHT_SHARE = 0.88  # of their band the digits fill: the band keeps them >= 35 %
PROGRESS_HEIGHT = 0.012

# Shown in the agenda's languages, through the translations (ui/theme.py `in_languages`).
LABELS = {
    "next": QT_TRANSLATE_NOOP("ProjectorWindow", "Next"),
    "starts": QT_TRANSLATE_NOOP("ProjectorWindow", "Starts at"),
    "done": QT_TRANSLATE_NOOP("ProjectorWindow", "Programme complete"),
    "rehearsal": QT_TRANSLATE_NOOP("ProjectorWindow", "REHEARSAL"),
}

def bilingual(key: str, languages: tuple[str, ...]) -> str:
    """A fixed label in each of the agenda's languages, primary first ("彩排 · REHEARSAL")."""
    return in_languages(LABELS[key], languages, "ProjectorWindow")


def held_for_text(held_for: Words, languages: tuple[str, ...]) -> str:
    """The board's reason for an early end in each display language, primary first
    ("15:00 复会 · back at 15:00"); a language without a translation says it in English, once."""
    if not held_for:
        return ""
    return " · ".join(dict.fromkeys(say(held_for, language) for language in languages or ("en",)))


def share_rect(width: int, height: int, share: tuple[float, float, float, float]) -> QRect:
    """The box of a share of the window. Its edges are rounded, not its size, so boxes
    that meet in shares meet in pixels too, never overlapping by one."""
    x, y, w, h = share
    left, top = round(x * width), round(y * height)
    return QRect(left, top, round((x + w) * width) - left, round((y + h) * height) - top)


def fullscreen_blocked(display: DisplayState) -> bool:
    """Fullscreen is wanted but not done: one screen and none picked. A fullscreen
    projection (with no cursor) there would cover the chair and console views, so it opens
    as a window until the technician picks that screen (Esc on it comes back)."""
    alone = len(QGuiApplication.screens()) < 2 and display.projector_screen is None
    return display.fullscreen and alone


class BigDigits(ClockDigits):
    """The projector's digits: a larger share of their band, colour read at every paint."""

    def __init__(self, text_source: Callable[[], str], colour_source: Callable[[], str],
                 parent: QWidget, height_share: float = DIGIT_HEIGHT_SHARE):
        super().__init__(text_source, height_share, parent, colour_source)


class MessageBox(QWidget):
    """The message to the stage: big white text on an opaque dark box (21:1 contrast)."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.text = FitText(bold=True, parent=self)

    def border(self) -> int:
        return max(2, self.height() // 40)

    def resizeEvent(self, event) -> None:
        border = self.border()
        self.text.setGeometry(self.rect().adjusted(3 * border, 2 * border, -3 * border, -2 * border))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#000000"))
        border = self.border()
        painter.setPen(QPen(QColor("#FFFFFF"), border))
        painter.drawRect(QRectF(self.rect()).adjusted(border / 2, border / 2, -border / 2, -border / 2))
        painter.end()


def title_split(first: str, second: str, width: int, height: int, largest: int,
                smaller: int, smallest: int) -> int:
    """The primary title's share (in pixels) of a band `height` tall that it shares with
    the secondary title below it: both at the largest common scale of their largest sizes
    (never under `smallest`) at which they fit stacked, so the primary stays the larger and
    a short title leaves its room to a long one; what is left over goes PRIMARY_SHARE to
    the primary."""
    if not second or not first:
        return height if first else 0

    def needed(scale: float) -> tuple[float, float]:
        return (measure(first, max(smallest, int(scale * largest)), width, bold=True).height,
                measure(second, max(smallest, int(scale * smaller)), width).height)

    low, high, best = 1, 32, 1
    while low <= high:  # the scale in 32nds, binary search
        middle = (low + high) // 2
        if sum(needed(middle / 32)) <= height:
            best, low = middle, middle + 1
        else:
            high = middle - 1
    first_needs, second_needs = needed(best / 32)
    spare = height - first_needs - second_needs
    if spare < 0:  # not even at the smallest scale: each in proportion to what it needs
        return round(height * first_needs / (first_needs + second_needs))
    return round(first_needs + spare * PRIMARY_SHARE)


class ProjectorWindow(QWidget):
    placed = Signal()  # put on a screen, or in or out of fullscreen (by us or the system)

    def __init__(self, controller: ShowController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("runofshow · projector"))
        self.setCursor(Qt.CursorShape.BlankCursor)  # no pointer in front of the audience
        # shown or moved, it leaves the keys where they were: the chair's Space must not go
        # to a window that nobody types into (fullscreen over their screens it is activated
        # on purpose, for Esc: ui/app.py)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        languages = controller.agenda.languages
        self.word = FitText(bold=True, parent=self)
        self.rehearsal = FitText(bilingual("rehearsal", languages), bold=True, parent=self)
        self.rehearsal.set_color(REHEARSAL_COLOURS[0])
        self.wall = BigDigits(self.wall_text, self.foreground, self)
        self.primary = FitText(bold=True, parent=self)
        self.secondary = FitText(parent=self)
        self.digits = BigDigits(self.countdown_text, self.foreground, self)
        # one line per language: the banner has the digits' room
        self.banner = FitText(in_languages(LABELS["done"], languages, "ProjectorWindow", "\n"),
                              bold=True, parent=self)
        self.held = FitText(bold=True, parent=self)  # why the countdown ends early
        self.next_line = FitText(parent=self)
        self.cue = FitText(bold=True, parent=self)  # a cue's words, for a while
        self.message = MessageBox(self)
        self.texts = {"word": self.word, "rehearsal": self.rehearsal, "primary": self.primary,
                      "secondary": self.secondary, "banner": self.banner, "held": self.held,
                      "next": self.next_line, "cue": self.cue}
        self._placed: tuple[str, bool] | None = None
        self._split: tuple[tuple, int] | None = None  # the titles' split and its inputs
        self._badge = QRect()  # the rehearsal badge's box, around its text
        # where the window goes when it is not fullscreen: set by the app (beside the
        # chair's window on a one-screen computer), then wherever it was last left
        self.windowed_place: QRect | None = None
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
        return self.controller.board().shown_countdown

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
        soon = say(board.next_text, languages[0] if languages else None)  # the room's first language
        when = soon if board.next_start_s > self.controller.now_s() + 30 else at
        title = " · ".join(text for text in board.next_session.title.pair(languages) if text)
        return f"{bilingual('next', languages)} · {when}: {title}"

    # -- texts, on every signal -------------------------------------------------------------
    def refresh(self) -> None:
        """Set the texts from the board now, lay them out and repaint; the digits read the
        clock again."""
        board, style, _ = self.style_now()
        display, agenda = self.controller.display, self.controller.agenda
        languages = agenda.languages
        if board.mode == BoardMode.DONE:
            word, (first, second), next_text = "", agenda.title.pair(languages), ""
        else:
            word = phase_word(style, languages)
            first, second = board.session.title.pair(languages)
            next_text = self.next_text(board)
        held = held_for_text(board.held_for, languages) if board.mode == BoardMode.LIVE else ""
        flash = self.controller.cue_flash()
        cue = f"» {flash}" if flash else ""  # a cue just fired: its words, for a while
        for widget, text in ((self.word, word), (self.primary, first), (self.secondary, second),
                             (self.held, held), (self.next_line, self._font_warning or next_text),
                             (self.cue, cue)):
            widget.setText(text)
            widget.set_color(style.foreground)
        self.banner.set_color(style.foreground)
        self.message.text.setText(display.message)
        shown = not display.blackout  # blackout: nothing drawn at all
        message = shown and bool(display.message)
        blink_off = display.blink and self.controller.now_s() % 2 == 1  # shown on even seconds
        # the message takes the titles' place (they would alternate with it when it blinks)
        self.message.setVisible(message and not blink_off)
        for widget in (self.primary, self.secondary):
            widget.setVisible(shown and not message)
        for widget in (self.word, self.wall, self.digits):
            widget.setVisible(shown)
        self.banner.setVisible(shown and board.mode == BoardMode.DONE)
        self.held.setVisible(shown and bool(held))
        self.cue.setVisible(shown and bool(cue))
        self.next_line.setVisible(shown and not cue)  # the cue has its place meanwhile
        self.rehearsal.setVisible(shown and self.controller.rehearsal)
        self.arrange()
        self.update()

    # -- where everything goes ----------------------------------------------------------
    def shares(self) -> dict[str, tuple[float, float, float, float]]:
        """Where each part goes now, as shares of the window: LAYOUT, with the digits'
        band giving room to the lines under it that are shown."""
        shares = dict(LAYOUT)
        x, bottom, width, next_height = LAYOUT["next"]
        bottom += next_height
        if not self.cue.isHidden():
            shares["cue"] = (x, bottom - CUE_HEIGHT, width, CUE_HEIGHT)
            bottom -= CUE_HEIGHT + GAP
        else:
            bottom -= next_height + GAP
        if not self.held.isHidden():
            shares["held"] = (x, bottom - HELD_HEIGHT, width, HELD_HEIGHT)
            bottom -= HELD_HEIGHT + GAP
        digits_x, top, digits_width, _ = LAYOUT["digits"]
        shares["digits"] = shares["banner"] = (digits_x, top, digits_width, bottom - top)
        shares.setdefault("cue", LAYOUT["next"])
        shares.setdefault("held", (x, bottom, width, HELD_HEIGHT))
        return shares

    def arrange(self) -> None:
        """Give every part its box for the window's size and what is shown now."""
        width, height = self.width(), self.height()
        shares = self.shares()
        for name, widget in self.texts.items():
            widget.largest = max(12, int(LARGEST[name] * height))
        # 1 % over the least: the glyphs' anti-aliased edges are fainter than their ink
        self.digits.least_height = math.ceil(DIGITS_SHARE_MIN * 1.01 * height)
        for name, widget in (("wall", self.wall), ("digits", self.digits), ("word", self.word),
                             ("banner", self.banner), ("held", self.held),
                             ("next", self.next_line), ("cue", self.cue)):
            widget.setGeometry(share_rect(width, height, shares[name]))
        titles = share_rect(width, height, shares["titles"])
        self.message.setGeometry(titles)
        self.message.text.largest = max(12, int(LARGEST["message"] * height))
        split = self.title_split(titles)
        self.primary.setGeometry(titles.adjusted(0, 0, 0, split - titles.height()))
        self.secondary.setGeometry(titles.adjusted(0, split, 0, 0))
        if self.primary.text():  # the primary language reads first: never the smaller
            self.secondary.largest = min(self.secondary.largest, self.primary.fit().pixel_size)
        self._badge = share_rect(width, height, shares["rehearsal"])
        pad = max(2, round(0.012 * height))
        self.rehearsal.setGeometry(self._badge.adjusted(pad, pad // 2, -pad, -pad // 2))

    def title_split(self, band: QRect) -> int:
        """The primary title's height in the titles' band (worked out again only when a
        title or the band changes: the projector refreshes every second)."""
        key = (self.primary.text(), self.secondary.text(), band.width(), band.height(),
               self.primary.largest, self.secondary.largest, self.secondary.smallest)
        if self._split is None or self._split[0] != key:
            self._split = key, title_split(*key)
        return self._split[1]

    def resizeEvent(self, event) -> None:
        self.arrange()

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
        """Show the window on its screen, fullscreen or as a normal window (in its windowed
        place when that is on this screen, else centred on it)."""
        screen = self.target_screen()
        fullscreen = self.wants_fullscreen()
        if self.isVisible() and not self.isFullScreen():
            self.windowed_place = self.geometry()  # where the technician left it
        if self.isFullScreen():
            self.showNormal()  # a fullscreen window does not move: leave, move, go back
        self.setScreen(screen)
        area = screen.geometry()
        if fullscreen:
            self.setGeometry(area)
            self.showFullScreen()
        else:
            place = self.windowed_place
            if place is None or not area.contains(place.center()):
                width, height = min(WINDOWED_SIZE[0], area.width()), min(WINDOWED_SIZE[1], area.height())
                place = QRect(area.x() + (area.width() - width) // 2,
                              area.y() + (area.height() - height) // 2, width, height)
            self.setGeometry(place)
            self.showNormal()
        self._placed = (screen.name(), fullscreen)
        self.placed.emit()
        return screen

    def wants_fullscreen(self) -> bool:
        """Fullscreen as the technician set it, except where it is blocked."""
        return self.controller.display.fullscreen and not self.fullscreen_blocked()

    def fullscreen_blocked(self) -> bool:
        return fullscreen_blocked(self.controller.display)

    def _display_changed(self) -> None:
        self.refresh()
        wanted = (self.target_screen().name(), self.wants_fullscreen())
        # the window's own state too: the system may have taken it out of fullscreen
        if self.isVisible() and (wanted != self._placed or self.isFullScreen() != wanted[1]):
            self.place()

    def _screens_changed(self, _screen: QScreen) -> None:
        if self.isVisible():
            self.place()

    def keyPressEvent(self, event) -> None:
        # the way back from a fullscreen projector that covers the only screen
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.controller.update_display(fullscreen=False)
            return
        super().keyPressEvent(event)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.WindowStateChange:
            self.placed.emit()


# -- which screen is which ------------------------------------------------------------------
IDENTIFY_MS = 3000


class ScreenBadge(QWidget):
    """A screen's name and size in big letters, on that screen: so the technician knows
    which screen the console calls what. Frameless and on top; a click or Esc closes it
    (and its siblings on the other screens, through `closing`)."""

    closing = Signal()

    def __init__(self, screen: QScreen, number: int, count: int):
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowTitle(self.tr("runofshow · screen {name}").format(name=screen.name()))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        size = screen.geometry().size()
        which = self.tr("screen {number} of {count}").format(number=number, count=count)
        self.label = FitText(f"{screen.name()}\n{size.width()} × {size.height()}\n{which}",
                             bold=True, parent=self)
        self.setScreen(screen)
        area = screen.geometry()
        width, height = area.width() * 6 // 10, area.height() * 5 // 10
        self.setGeometry(area.x() + (area.width() - width) // 2,
                         area.y() + (area.height() - height) // 2, width, height)
        self.label.largest = height // 5

    def resizeEvent(self, event) -> None:
        margin = self.height() // 12
        self.label.setGeometry(self.rect().adjusted(margin, margin, -margin, -margin))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#000000"))  # white on black: 21:1
        border = max(4, self.height() // 40)
        painter.setPen(QPen(QColor("#FFFFFF"), border))
        painter.drawRect(QRectF(self.rect()).adjusted(border / 2, border / 2, -border / 2, -border / 2))
        painter.end()

    def mousePressEvent(self, event) -> None:
        self.closing.emit()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.closing.emit()
        else:
            super().keyPressEvent(event)


class ScreenBadges(QObject):
    """One ScreenBadge on every screen, for IDENTIFY_MS or until one is clicked."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        screens = QGuiApplication.screens()
        self.badges = [ScreenBadge(screen, number, len(screens))
                       for number, screen in enumerate(screens, start=1)]
        for badge in self.badges:
            badge.closing.connect(self.close)
            badge.show()
            badge.raise_()
        QTimer.singleShot(IDENTIFY_MS, self, self.close)

    def close(self) -> None:
        badges, self.badges = self.badges, []
        for badge in badges:
            badge.close()
