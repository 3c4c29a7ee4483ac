"""The technician's console: the whole rundown, live actions, the projector's controls.

Everything here goes through the ShowController; the console never changes the show
itself. Buttons are QActions, so a button, its context-menu entry and its shortcut share
one enabled state, recomputed from the show after every action, tick and selection.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QDockWidget,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from runofshow.actions import ActionKind
from runofshow.clock import SPEEDS
from ui.chair_commands import TapGuard
from ui.console_panels import DaySummary, ProjectorControls
from ui.controller import ShowController
from ui.elided import ElidedLabel
from ui.fonts import missing_font_message, ui_families
from ui.i18n import date_text
from ui.rundown_model import RundownModel, state_word
from ui.rundown_view import RundownView
from ui.theme import REHEARSAL_COLOURS
from ui.widgets import ask_no_by_default

SIDE_PANEL_MIN_PX = 250
# on the app's light palette (ui/theme.py light_palette), whatever the desktop's theme
ROOM_PROBLEM_COLOUR = "#9A0000"  # 7.6:1 on its window grey
ROOM_QUIET_COLOUR = "#4A4A4A"  # 7.9:1


class ConsoleWindow(QMainWindow):
    def __init__(self, controller: ShowController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("console")
        agenda = controller.agenda
        title = agenda.title.best(agenda.languages)
        self.setWindowTitle(self.tr("{title} — runofshow console — REHEARSAL").format(title=title)
                            if controller.rehearsal else
                            self.tr("{title} — runofshow console").format(title=title))
        font = self.font()
        font.setFamilies(ui_families() or font.families())  # Chinese glyphs, not JP variants
        self.setFont(font)

        self.buttons: dict[str, QToolButton] = {}
        self.room: dict[str, tuple[str, bool]] = {}  # show_room_status: key -> (text, ok)
        self.move_guard = TapGuard()  # one Next or End per burst: a double click moves once
        # asks the technician a yes/no question (title, question) -> yes; tests answer it
        self.ask: Callable[[str, str], bool] = self._ask
        self._make_actions()
        # Every widget is made with its parent, or added to a layout that already has one,
        # before it is shown or hidden: setVisible(True) on a widget without a parent
        # opens it as a window of its own (a "REHEARSAL" flashing at the screen's corner).
        central = QWidget(self)
        self.setCentralWidget(central)
        column = QVBoxLayout(central)
        column.addLayout(self._top_bar(central))
        message = missing_font_message()
        self.font_banner = QLabel(message or "", central)
        self.font_banner.setWordWrap(True)
        self.font_banner.setStyleSheet("background:#FFE08A; color:#000; padding:6px;")
        self.font_banner.setVisible(message is not None)
        column.addWidget(self.font_banner)
        body = QHBoxLayout()
        column.addLayout(body, 1)
        left = QVBoxLayout()
        body.addLayout(left, 1)
        left.addWidget(self._day_tabs(), 1)
        self.summary = DaySummary(central)
        left.addWidget(self.summary)
        # the room: whether the screens are kept awake, whether speech works. Under the
        # day's summary, where the rundown gives up a row for it: the side panel has no
        # height to spare on a 720p screen.
        # Problems wrap, in red, as long as they need; the lines that are fine share one
        # quiet line cut to the width (each whole in its tooltip): with speech, the server
        # and OSC all fine, three wrapped lines would take the rundown's rows at 720p.
        self.room_label = QLabel(central)
        self.room_label.setObjectName("room")
        self.room_label.setTextFormat(Qt.TextFormat.RichText)
        self.room_label.setWordWrap(True)
        self.room_label.setVisible(False)
        left.addWidget(self.room_label)
        self.room_quiet = ElidedLabel(parent=central)
        self.room_quiet.setObjectName("room-quiet")
        self.room_quiet.setStyleSheet(f"color: {ROOM_QUIET_COLOUR}")
        self.room_quiet.setVisible(False)
        left.addWidget(self.room_quiet)
        body.addWidget(self._side_panel())
        self.statusBar().setSizeGripEnabled(False)

        controller.changed.connect(self.refresh)
        controller.ticked_late.connect(self.refresh)
        controller.display_changed.connect(self._reflect_speed)
        controller.refused.connect(self._show_refusal)
        self.refresh()
        self._reflect_speed()

    # -- building -----------------------------------------------------------------------
    def add_panel_beside_cues(self, title: str, name: str, panel: QWidget) -> QDockWidget:
        """A panel as a tab of the dock at the bottom, beside the cues' (the side panel has
        no height to spare on a 720p screen): the Remote panel (ui/remote_panel.py). The
        cues' tab stays in front."""
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        dock.setWidget(panel)
        cues = self.findChild(QDockWidget, "cues")
        if cues is None:
            self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        else:
            self.tabifyDockWidget(cues, dock)
            cues.raise_()
        return dock

    def _action(self, name: str, text: str, slot, tip: str,
                shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(f"{tip} ({action.shortcut().toString(QKeySequence.NativeText)})")
        self.addAction(action)  # shortcuts work wherever the focus is in the window
        return action

    def _make_actions(self) -> None:
        self.start_action = self._action("start", self.tr("▶ Start"), self._start,
                                         self.tr("start the selected session now"))
        skipped, back = self.tr("Skipped"), self.tr("Back in the programme")
        self.skip_action = self._action(
            "skip", self.tr("Skip"), lambda: self._skip(skipped),
            self.tr("the selected session will not take place"))
        self.unskip_action = self._action(
            "unskip", self.tr("Unskip"), lambda: self._on_selected(self.controller.unskip, back),
            self.tr("the selected session will take place again"))
        self.extend_actions = {}
        for minutes in (1, 5, -1, -5):
            signed = f"{'+' if minutes > 0 else '−'}{abs(minutes)}"
            label = self.tr("{minutes} min").format(minutes=signed)
            tip = (self.tr("extend the selected session by {minutes} min") if minutes > 0 else
                   self.tr("compress the selected session by {minutes} min")).format(minutes=signed)
            self.extend_actions[minutes] = self._action(
                f"extend{minutes:+d}", label, lambda _=False, m=minutes: self._extend(m), tip)
        c = self.controller
        # what the status bar says once each is done
        moved_on, ended = self.tr("next", "status: moved on to the next session"), self.tr("ended")
        undone, redone = self.tr("undone"), self.tr("redone")
        self.next_action = self._action("next", self.tr("▶▶ Next"), lambda: self._move(c.next, moved_on),
                                        self.tr("end the live session and start the next one"))
        self.end_action = self._action("end", self.tr("■ End"), lambda: self._move(c.end, ended),
                                       self.tr("end the live session"))
        self.undo_action = self._action("undo", self.tr("↶ Undo"), lambda: self._do(c.undo, undone),
                                        self.tr("undo the last action"), "Ctrl+Z")
        self.redo_action = self._action("redo", self.tr("↷ Redo"), lambda: self._do(c.redo, redone),
                                        self.tr("redo the last undone action"), "Ctrl+Shift+Z")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.session_actions = [self.start_action, self.skip_action, self.unskip_action,
                                *self.extend_actions.values()]

    def _top_bar(self, parent: QWidget) -> QHBoxLayout:
        """Next, End, Undo and Redo act on the whole show: they lead the top bar (which has
        the width) rather than the side panel (which on a 720p screen has not the height)."""
        bar = QHBoxLayout()
        for action in (self.next_action, self.end_action, None, self.undo_action,
                       self.redo_action):
            if action is None:
                bar.addSpacing(8)
            else:
                bar.addWidget(self._button(action, parent))
        bar.addStretch(1)
        self.now_label = QLabel(parent)  # what the show's clock says (a rehearsal clock may run fast)
        self.now_label.setStyleSheet("font-size:15px; font-weight:bold;")
        bar.addWidget(self.now_label)
        self.rehearsal_badge = QLabel(self.tr("REHEARSAL"), parent)
        text, background = REHEARSAL_COLOURS
        self.rehearsal_badge.setStyleSheet(f"color:{text}; background:{background}; "
                                           "font-weight:bold; padding:3px 10px;")
        self.rehearsal_badge.setVisible(self.controller.rehearsal)
        bar.addWidget(self.rehearsal_badge)
        self.speed_box = QWidget(parent)
        speeds = QHBoxLayout(self.speed_box)
        speeds.setContentsMargins(0, 0, 0, 0)
        speeds.setSpacing(0)
        self.speed_group = QButtonGroup(self)
        for number, speed in enumerate(SPEEDS):
            button = QToolButton(self.speed_box)
            button.setText(f"{speed:g}×")
            button.setCheckable(True)
            button.setMinimumHeight(28)
            button.setToolTip(self.tr("rehearsal clock at {speed}× real time").format(speed=f"{speed:g}"))
            self.speed_group.addButton(button, number)
            speeds.addWidget(button)
        self.speed_group.idClicked.connect(lambda n: self.controller.set_speed(SPEEDS[n]))
        self.speed_box.setVisible(self.controller.rehearsal)
        bar.addWidget(self.speed_box)
        return bar

    def _day_tabs(self) -> QTabWidget:
        self.tabs = QTabWidget()
        self.models: list[RundownModel] = []
        self.views: list[RundownView] = []
        for index, _day in enumerate(self.controller.agenda.days):
            model = RundownModel(self.controller, index, self)
            view = RundownView(model)
            view.customContextMenuRequested.connect(lambda pos, v=view: self._context_menu(v, pos))
            view.selectionModel().selectionChanged.connect(self._update_actions)
            self.models.append(model)
            self.views.append(view)
            self.tabs.addTab(view, "")
        self.tabs.setCurrentIndex(self._default_day())
        self.tabs.currentChanged.connect(self.refresh)
        model, view = self.models[self.tabs.currentIndex()], self.views[self.tabs.currentIndex()]
        if model.live_row() is not None:
            view.scrollTo(model.index(model.live_row(), 0))
        return self.tabs

    def _side_panel(self) -> QScrollArea:
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        selected = QGroupBox(self.tr("Selected session"), panel)
        grid = QGridLayout(selected)
        grid.setContentsMargins(6, 6, 6, 6)
        grid.setHorizontalSpacing(4)
        # its title in both languages and its state, one line each, cut to the panel's width
        self.selected_label = ElidedLabel(parent=selected)
        grid.addWidget(self.selected_label, 0, 0, 1, 4)
        grid.addWidget(self._button(self.start_action, selected), 1, 0, 1, 2)
        grid.addWidget(self._button(self.skip_action, selected), 1, 2)
        grid.addWidget(self._button(self.unskip_action, selected), 1, 3)
        for position, minutes in enumerate((1, 5, -1, -5)):
            grid.addWidget(self._button(self.extend_actions[minutes], selected), 2, position)
        column.addWidget(selected)
        self.projector = ProjectorControls(self.controller, panel)
        column.addWidget(self.projector)
        column.addStretch(1)
        # A screen smaller than 1280×720 scrolls the panel rather than clipping it; from
        # that size up everything in it is in view (tests/test_console_layout.py).
        scroll = QScrollArea()
        scroll.setWidget(panel)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_panel = scroll
        self._fit_side_panel()
        # its controls may change their words, the window its height: _fit_side_panel
        panel.installEventFilter(self)
        scroll.installEventFilter(self)
        return scroll

    def _fit_side_panel(self) -> None:
        """As narrow as the side panel's controls allow, the rest for the rundown; wider as
        soon as one of them needs it, or when the panel must scroll and its scroll bar takes
        a strip of it (a control cut off at the right would be unusable)."""
        scroll = self.side_panel
        needed = scroll.widget().minimumSizeHint()
        width = max(SIDE_PANEL_MIN_PX, needed.width())
        if needed.height() > scroll.height():
            width += scroll.verticalScrollBar().sizeHint().width()
        if width != scroll.width() or scroll.minimumWidth() != width:
            scroll.setFixedWidth(width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.side_panel.widget() and event.type() == QEvent.Type.LayoutRequest) or \
                (watched is self.side_panel and event.type() == QEvent.Type.Resize):
            self._fit_side_panel()
        return super().eventFilter(watched, event)

    def _button(self, action: QAction, parent: QWidget) -> QToolButton:
        button = QToolButton(parent)
        self.buttons[action.objectName()] = button  # by action name, for tests and scripts
        button.setDefaultAction(action)
        # a show button never holds the keyboard: Space on a focused "▶▶ Next" moved the show
        # on (twice for a double tap); the actions keep their shortcuts and the mouse
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setMinimumHeight(30)
        # "+1 min" and "Unskip" fit in less than the style's margins ask for: four abreast
        # in the side panel's width
        button.setMinimumWidth(button.fontMetrics().horizontalAdvance(action.text()) + 12)
        return button

    def _default_day(self) -> int:
        """The live session's day, else today, else the next day of the show, else the last."""
        projection = self.controller.projection()
        if projection.live is not None:
            return next(i for i, d in enumerate(projection.days)
                        if d.date == projection.live.session.day)
        today = self.controller.agenda.programme_date(self.controller.now_s())
        later = [i for i, d in enumerate(projection.days) if d.date >= today]
        return later[0] if later else len(projection.days) - 1

    # -- what is selected ---------------------------------------------------------------
    def current_view(self) -> QTableView:
        return self.views[self.tabs.currentIndex()]

    def current_model(self) -> RundownModel:
        return self.models[self.tabs.currentIndex()]

    def selected_session(self) -> str | None:
        rows = self.current_view().selectionModel().selectedRows()
        return self.current_model().session_id(rows[0].row()) if rows else None

    def select_session(self, session_id: str) -> None:
        for index, model in enumerate(self.models):
            row = model.row_of(session_id)
            if row is not None:
                self.tabs.setCurrentIndex(index)
                self.views[index].selectRow(row)
                return

    # -- acting -------------------------------------------------------------------------
    def title_of(self, session_id: str) -> str:
        """How a session is named to a person: its title, in the first language it has."""
        agenda = self.controller.agenda
        return agenda.session(session_id).title.best(agenda.languages)

    def _on_selected(self, method, done: str) -> None:
        session = self.selected_session()
        if session is not None and method(session):
            self.statusBar().showMessage(f"{done}: {self.title_of(session)}", 5000)

    def _do(self, method, words: str) -> None:
        if method():  # a refusal shows its own message (controller.refused)
            self.statusBar().showMessage(words, 5000)

    def _move(self, method, words: str) -> None:
        """Next or End, once per burst of presses (ui.chair_commands.TapGuard)."""
        if not self.move_guard.press():
            self.statusBar().showMessage(self.tr("Ignored: pressed twice. Wait a moment, then press once."),
                                         5000)
            return
        self._do(method, words)

    def _skip(self, done: str) -> None:
        """Skip the selected session; one with a fixed start or end only once the technician
        has agreed that its anchor goes with it (docs/contracts.md: a skipped session holds
        no anchor, so skipping the day's closing remarks lifts the 18:00 close)."""
        session_id = self.selected_session()
        if session_id is None:
            return
        session = self.controller.agenda.session(session_id)
        title, begins, ends = self.title_of(session_id), f"{session.start:%H:%M}", f"{session.end:%H:%M}"
        if session.hard_start and session.hard_end:
            question = self.tr("Skip “{title}”?\n\nIts fixed start at {start} and its fixed end at {end} go "
                               "with it: the sessions before it are no longer shortened to keep them, and "
                               "nothing will warn if the day runs past them.")
        elif session.hard_end:
            question = self.tr("Skip “{title}”?\n\nIts fixed end at {end} goes with it: the sessions before "
                               "it are no longer shortened to keep it, and nothing will warn if the day runs "
                               "past it.")
        elif session.hard_start:
            question = self.tr("Skip “{title}”?\n\nIts fixed start at {start} goes with it: the sessions "
                               "before it are no longer shortened to keep it.")
        else:
            question = ""
        if question and not self.ask(self.tr("Skip a session with a fixed time?"),
                                     question.format(title=title, start=begins, end=ends)):
            self.statusBar().showMessage(self.tr("Not skipped: {title}").format(title=title), 5000)
            return
        self._on_selected(self.controller.skip, done)

    def _ask(self, title: str, question: str) -> bool:
        return ask_no_by_default(self, title, question)

    def _start(self) -> None:
        self._on_selected(self.controller.start, self.tr("Started"))

    def _extend(self, minutes: int) -> None:
        session = self.selected_session()
        if session is not None and self.controller.extend(minutes, session):
            self.statusBar().showMessage(self.tr("{title}: {minutes} min").format(
                title=self.title_of(session), minutes=f"{minutes:+d}"), 5000)

    def context_menu(self) -> QMenu:
        """The selected session's actions (the same QActions as the buttons)."""
        menu = QMenu(self)
        menu.addActions(self.session_actions[:3])
        menu.addSeparator()
        menu.addActions(list(self.extend_actions.values()))
        return menu

    def _context_menu(self, view: QTableView, pos) -> None:
        if view.indexAt(pos).isValid():  # a right click has already selected the row
            self.context_menu().exec(view.viewport().mapToGlobal(pos))

    def _show_refusal(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Refused: {reason}").format(reason=self.in_words(message)),
                                     10_000)

    def in_words(self, message: str) -> str:
        """A message of the core with each session id replaced by the session's title. The
        core names sessions by id, as an events file or the journal does ("d1-opening is not
        skipped"); the console is read by people, who know them by their titles."""
        agenda = self.controller.agenda
        ids = sorted(agenda.session_ids, key=len, reverse=True)
        if not ids:
            return message
        # an id is a whole word: "d1-panel-2" is not found inside "d1-panel-2-qa"
        pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, ids)) + r")(?![\w-])")
        return pattern.sub(lambda found: f"“{self.title_of(found.group(1))}”", message)

    # -- the room -----------------------------------------------------------------------
    def show_room_status(self, key: str, text: str, ok: bool = True) -> None:
        """One line on the state of the room, under the rundown: whether the screens are
        kept awake ("screens"), whether speech works ("speech"), or anything else that the
        technician must know while the show goes on. Each `key` has one line, replaced by
        the next call with that key; an empty `text` removes it. A line that is not `ok`
        shows in red with a ⚠ and stays until its cause is gone (the caller says so); the
        lines that are fine share one quiet line (`room_quiet`), cut to the width. Safe to
        call at every tick: nothing is redrawn unless a line changed."""
        if (text and self.room.get(key) == (text, ok)) or (not text and key not in self.room):
            return
        if text:
            self.room[key] = (text, ok)
        else:
            del self.room[key]
        problems = [f"<span style='color:{ROOM_PROBLEM_COLOUR}'><b>⚠ {html.escape(t)}</b></span>"
                    for t, fine in self.room.values() if not fine]
        lines = "<br>".join(problems)  # rich text: one line each
        self.room_label.setText(lines)
        self.room_label.setToolTip("\n".join(t for t, fine in self.room.values() if not fine))
        self.room_label.setVisible(bool(problems))
        fine = [t for t, ok in self.room.values() if ok]
        self.room_quiet.set_full_text(" · ".join(fine), "\n".join(fine))
        self.room_quiet.setVisible(bool(fine))

    def room_status(self, key: str) -> tuple[str, bool] | None:
        """The line `key` shows (its text and whether it is fine), or None."""
        return self.room.get(key)

    # -- reflecting the show --------------------------------------------------------------
    def refresh(self) -> None:
        agenda = self.controller.agenda
        projection = self.controller.projection()
        now = agenda.local(self.controller.now_s())
        self.now_label.setText(f"{date_text(now.date(), 'ddd dd MMM')}  {now:%H:%M:%S}")
        live_day = projection.live.session.day if projection.live is not None else None
        for index, day in enumerate(projection.days):
            date = date_text(day.date, "ddd dd MMM")
            self.tabs.setTabText(index, self.tr("{date}  ● LIVE").format(date=date)
                                 if day.date == live_day else date)
        self.summary.show_day(agenda, projection.days[self.tabs.currentIndex()],
                              self.controller.board())
        self._update_actions()

    def _update_actions(self) -> None:
        session = self.selected_session()
        if session is not None:
            state = self.current_model().state(self.current_model().row_of(session))
            agenda = self.controller.agenda
            primary, secondary = agenda.session(session).title.pair(agenda.languages)
            second_line = f"{state_word(state)} · {secondary}" if secondary else state_word(state)
            # the id only in the tooltip: for a technician who edits the agenda file
            where = self.tr("{state} · id in the agenda file: {id}").format(state=state, id=session)
            self.selected_label.set_full_text(
                f"{primary}\n{second_line}", f"{primary}\n{secondary}\n{where}".replace("\n\n", "\n"))
        else:
            self.selected_label.set_full_text(self.tr("Select a session in the rundown.") + "\n")
        allowed = self.controller.show.allowed(session)  # the core's rules, not a copy of them
        self.start_action.setEnabled(ActionKind.START in allowed)
        self.skip_action.setEnabled(ActionKind.SKIP in allowed)
        self.unskip_action.setEnabled(ActionKind.UNSKIP in allowed)
        for action in self.extend_actions.values():
            action.setEnabled(ActionKind.EXTEND in allowed)
        self.next_action.setEnabled(ActionKind.NEXT in allowed)
        self.end_action.setEnabled(ActionKind.END in allowed)
        self.undo_action.setEnabled("undo" in allowed)
        self.redo_action.setEnabled("redo" in allowed)

    def _reflect_speed(self) -> None:
        speed = self.controller.clock.speed
        self.speed_group.setExclusive(False)  # else the checked button cannot be unchecked
        for number, value in enumerate(SPEEDS):
            self.speed_group.button(number).setChecked(value == speed)
        self.speed_group.setExclusive(True)
