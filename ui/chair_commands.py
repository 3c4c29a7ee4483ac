"""The chair's commands: which one a key press asks for, whether it can apply now (and if
not, why, in the chair's words), the guard that makes a double tap on "next" act once, and
when starting the due session needs the chair's confirmation.

A key is read by what it types, not by its key code: the key that types "+" is unshifted
on a German keyboard, Shift+= on a US or French one, Shift+1 on a Swiss one, and the
keypad has its own. Reading the text makes "+" add one minute and "-" take one away on
every layout. The five-minute steps are on Up and Down, keys that are the same
everywhere and that presentation clickers do not send (they send PageUp, PageDown, B, "."
and sometimes Left/Right).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

from runofshow.board import BoardMode, minutes_phrase
from ui.controller import ShowController
from ui.i18n import say

# What each command does to the live session's length, in minutes.
MINUTES = {"minus5": -5, "minus1": -1, "plus1": 1, "plus5": 5}
# "=" is the unshifted "+" key on US and French keyboards: the key printed with "+" adds a
# minute with or without Shift. "_" (Shift+- on US and German keyboards) is not taken for
# "-": on a French keyboard it is the 8 key.
TYPED = {"+": "plus1", "=": "plus1", "-": "minus1"}
ARROWS = {Qt.Key.Key_Up: "plus5", Qt.Key.Key_Down: "minus5"}
REDO_KEYS = ("Ctrl+Shift+Z", "Ctrl+Y")  # both, everywhere (as QKeySequence writes them)
# Held with a character key, these make a shortcut (Ctrl++ zooms), not the character.
SHORTCUT_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                      | Qt.KeyboardModifier.MetaModifier)
# The texts of this module are in this translation context; LEGEND and SHIFT_HINT are
# only marked here, and shown through `translated`.
CONTEXT = "ChairCommands"
LEGEND = QT_TRANSLATE_NOOP("ChairCommands", "Keys: Space next · + / − 1 min · ↑ / ↓ 5 min · Ctrl+Z undo · "
                                            "Ctrl+Y redo")
# Said when "_" (Shift+-) is pressed: a chair used to the old keys, where it took five minutes.
SHIFT_HINT = QT_TRANSLATE_NOOP("ChairCommands", "Not done: five minutes are ↑ / ↓ (+ / − change one minute)")
NEXT_PAUSE_S = 1.5  # real seconds with no press of Next before a press acts again
TAP_PAUSE_S = 0.5  # the same for each of the other keys: a double tap is quicker than this
EARLY_START_S = 5 * 60  # on the real clock, "next" starts a session this early without asking


def translated(text: str) -> str:
    """One of this module's marked texts (LEGEND, SHIFT_HINT) in the interface's language."""
    return QCoreApplication.translate(CONTEXT, text)


def command_for(event: QKeyEvent) -> str | None:
    """The chair's command a key press asks for ("next", "plus1", "minus5", "undo", ...,
    "hint"), or None for a key that is not the chair's."""
    if event.matches(QKeySequence.StandardKey.Undo):  # Ctrl+Z (⌘Z on a Mac)
        return "undo"
    if QKeySequence(event.keyCombination()).toString() in REDO_KEYS:
        return "redo"
    if event.modifiers() & SHORTCUT_MODIFIERS:
        return None
    if event.key() == Qt.Key.Key_Space:
        return "next"
    if event.key() in ARROWS:
        return ARROWS[event.key()]
    if event.text() == "_":
        return "hint"
    return TYPED.get(event.text())


class TapGuard:
    """Lets the first press of a burst act and ignores the others, so a double tap (or a
    key that bounces, or a double click) never moves on twice.

    A press acts only when `pause_s` of real time has passed since the previous press,
    ignored presses included: however many presses come in quick succession, one acts.
    Real time, not the show's clock, because it is about fingers (a rehearsal clock may
    run at 60×); `now` is injectable for tests. It does not wait for the key's release as
    well: a held key's auto-repeat is already dropped, a new press implies a release, and
    a release lost to a change of focus would otherwise lock Next for good.
    """

    def __init__(self, pause_s: float = NEXT_PAUSE_S,
                 now: Callable[[], float] = time.monotonic):
        self.pause_s = pause_s
        self.now = now
        self._last_press: float | None = None

    def press(self) -> bool:
        """Record a press; True if it may act."""
        moment = self.now()
        quick = self._last_press is not None and moment - self._last_press < self.pause_s
        self._last_press = moment
        return not quick


class ChairCommands:
    """What the chair's keys and buttons do to the show. `acting` is True while one of them
    is with the controller, so a refusal that arrives then is the answer to it."""

    def __init__(self, controller: ShowController, monotonic: Callable[[], float] = time.monotonic):
        self.controller = controller
        # each key acts once per burst of presses (a double tap, a bouncing key, a double
        # click); each its own, so +1 then −1 at once both act; Next waits longest
        self.guards = {command: TapGuard(NEXT_PAUSE_S if command == "next" else TAP_PAUSE_S, monotonic)
                       for command in ("next", *MINUTES, "undo", "redo")}
        self.acting = False

    def available(self) -> set[str]:
        """The commands that can apply now, by the show's own rules (`Show.allowed`): the
        minutes need a live session that can still be extended."""
        show = self.controller.show
        available = {command for command in ("next", "undo", "redo") if command in show.allowed()}
        if show.live_id is not None and "extend" in show.allowed(show.live_id):
            available.update(MINUTES)
        return available

    def why_not(self, command: str) -> str | None:
        """Why a command cannot apply now (its button is disabled), or None if it can."""
        if command in self.available():
            return None
        if command in MINUTES:
            return QCoreApplication.translate(
                "ChairCommands", "{minutes} min needs a live session; none is live").format(
                    minutes=f"{MINUTES[command]:+d}")
        if command == "next" and self.controller.board().mode == BoardMode.WAITING:
            return QCoreApplication.translate(
                "ChairCommands", "nothing left to start today: the next session is on another day")
        if command == "next":
            return QCoreApplication.translate("ChairCommands",
                                              "nothing left to start: the programme is complete")
        if command == "undo":
            return QCoreApplication.translate("ChairCommands", "nothing to undo")
        return QCoreApplication.translate("ChairCommands", "nothing to redo")

    def too_early_to_start(self) -> bool:
        """Waiting on the real clock more than EARLY_START_S before the due session. A
        rehearsal's clock starts just before the first session: there, "next" starts it."""
        board = self.controller.board()
        return (board.mode == BoardMode.WAITING and not self.controller.rehearsal
                and board.remaining_s > EARLY_START_S)

    def early_start_question(self) -> str:
        board = self.controller.board()
        agenda = self.controller.agenda
        title = " · ".join(t for t in board.session.title.pair(agenda.languages) if t)
        return QCoreApplication.translate(
            "ChairCommands",
            "“{title}” is planned to start at {time}, in {duration}.\n\nStart it now?").format(
                title=title, time=f"{agenda.local(board.next_start_s):%H:%M}",
                duration=say(minutes_phrase(board.remaining_s)))

    def do(self, command: str) -> None:
        controller = self.controller
        self.acting = True
        try:
            if command in MINUTES:
                controller.extend(MINUTES[command])
            elif command == "next":
                controller.next()
            elif command == "undo":
                controller.undo()
            elif command == "redo":
                controller.redo()
        finally:
            self.acting = False
