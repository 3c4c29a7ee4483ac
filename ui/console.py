"""The technician's console: the whole rundown, live actions, the projector's controls.

Everything here goes through the ShowController; the console never changes the show
itself. Buttons are QActions, so a button, its context-menu entry and its shortcut share
one enabled state, recomputed from the show after every action, tick and selection.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
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
from ui.console_panels import DaySummary, ProjectorControls
from ui.controller import ShowController
from ui.fonts import missing_font_message, ui_families
from ui.rundown_model import RundownModel
from ui.rundown_view import RundownView
from ui.theme import REHEARSAL_COLOURS


class ConsoleWindow(QMainWindow):
    def __init__(self, controller: ShowController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("console")
        self.setWindowTitle("runofshow — console" + (" — REHEARSAL" if controller.rehearsal else ""))
        font = self.font()
        font.setFamilies(ui_families() or font.families())  # Chinese glyphs, not JP variants
        self.setFont(font)

        self.buttons: dict[str, QToolButton] = {}
        self._make_actions()
        central = QWidget()
        column = QVBoxLayout(central)
        column.addLayout(self._top_bar())
        self.font_banner = QLabel(missing_font_message() or "")
        self.font_banner.setWordWrap(True)
        self.font_banner.setStyleSheet("background:#FFE08A; color:#000; padding:6px;")
        self.font_banner.setVisible(missing_font_message() is not None)
        column.addWidget(self.font_banner)
        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self._day_tabs(), 1)
        self.summary = DaySummary()
        left.addWidget(self.summary)
        body.addLayout(left, 1)
        body.addWidget(self._side_panel())
        column.addLayout(body, 1)
        self.setCentralWidget(central)
        self.statusBar().setSizeGripEnabled(False)

        controller.changed.connect(self.refresh)
        controller.ticked_late.connect(self.refresh)
        controller.display_changed.connect(self._reflect_speed)
        controller.refused.connect(self._show_refusal)
        self.refresh()
        self._reflect_speed()

    # -- building -----------------------------------------------------------------------
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
        self.start_action = self._action("start", "▶ Start", self._start, "start the selected session now")
        self.skip_action = self._action("skip", "Skip", lambda: self._on_selected(self.controller.skip),
                                        "the selected session will not take place")
        self.unskip_action = self._action("unskip", "Unskip",
                                          lambda: self._on_selected(self.controller.unskip),
                                          "the selected session will take place again")
        self.extend_actions = {}
        for minutes in (1, 5, -1, -5):
            label = f"{'+' if minutes > 0 else '−'}{abs(minutes)} min"
            tip = ("extend" if minutes > 0 else "compress") + f" the selected session by {label}"
            self.extend_actions[minutes] = self._action(
                f"extend{minutes:+d}", label, lambda _=False, m=minutes: self._extend(m), tip)
        c = self.controller
        self.next_action = self._action("next", "▶▶ Next", lambda: self._do(c.next, "next"),
                                        "end the live session and start the next one")
        self.end_action = self._action("end", "■ End", lambda: self._do(c.end, "ended"),
                                       "end the live session")
        self.undo_action = self._action("undo", "↶ Undo", lambda: self._do(c.undo, "undone"),
                                        "undo the last action", "Ctrl+Z")
        self.redo_action = self._action("redo", "↷ Redo", lambda: self._do(c.redo, "redone"),
                                        "redo the last undone action", "Ctrl+Shift+Z")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.session_actions = [self.start_action, self.skip_action, self.unskip_action,
                                *self.extend_actions.values()]

    def _top_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        title = QLabel(self.controller.agenda.title.best(self.controller.agenda.languages))
        title.setStyleSheet("font-weight:bold;")
        title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        bar.addWidget(title, 1)
        self.now_label = QLabel()  # what the show's clock says (a rehearsal clock may run fast)
        self.now_label.setStyleSheet("font-size:15px; font-weight:bold;")
        bar.addWidget(self.now_label)
        self.rehearsal_badge = QLabel("REHEARSAL")
        text, background = REHEARSAL_COLOURS
        self.rehearsal_badge.setStyleSheet(f"color:{text}; background:{background}; "
                                           "font-weight:bold; padding:3px 10px;")
        self.rehearsal_badge.setVisible(self.controller.rehearsal)
        bar.addWidget(self.rehearsal_badge)
        self.speed_box = QWidget()
        speeds = QHBoxLayout(self.speed_box)
        speeds.setContentsMargins(0, 0, 0, 0)
        speeds.setSpacing(0)
        self.speed_group = QButtonGroup(self)
        for number, speed in enumerate(SPEEDS):
            button = QPushButton(f"{speed:g}×")
            button.setCheckable(True)
            button.setToolTip(f"rehearsal clock at {speed:g}× real time")
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
        selected = QGroupBox("Selected session")
        grid = QGridLayout(selected)
        self.selected_label = QLabel("—")
        self.selected_label.setWordWrap(True)
        grid.addWidget(self.selected_label, 0, 0, 1, 4)
        grid.addWidget(self._button(self.start_action), 1, 0, 1, 2)
        grid.addWidget(self._button(self.skip_action), 1, 2)
        grid.addWidget(self._button(self.unskip_action), 1, 3)
        for position, minutes in enumerate((1, 5, -1, -5)):
            grid.addWidget(self._button(self.extend_actions[minutes]), 2, position)
        column.addWidget(selected)
        show = QGroupBox("Show")
        grid = QGridLayout(show)
        for position, action in enumerate((self.next_action, self.end_action,
                                           self.undo_action, self.redo_action)):
            grid.addWidget(self._button(action), position // 2, position % 2)
        column.addWidget(show)
        self.projector = ProjectorControls(self.controller)
        column.addWidget(self.projector)
        column.addStretch(1)
        scroll = QScrollArea()  # a small screen scrolls the panel rather than clipping it
        scroll.setWidget(panel)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFixedWidth(300)
        return scroll

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        self.buttons[action.objectName()] = button  # by action name, for tests and scripts
        button.setDefaultAction(action)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setMinimumHeight(32)
        return button

    def _default_day(self) -> int:
        """The live session's day, else today, else the next day of the show, else the last."""
        projection = self.controller.projection()
        if projection.live is not None:
            return next(i for i, d in enumerate(projection.days)
                        if d.date == projection.live.session.day)
        today = self.controller.agenda.local(self.controller.now_s()).date()
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
    def _on_selected(self, method) -> None:
        session = self.selected_session()
        if session is not None and method(session):
            self.statusBar().showMessage(f"{method.__name__} {session}", 5000)

    def _do(self, method, words: str) -> None:
        if method():  # a refusal shows its own message (controller.refused)
            self.statusBar().showMessage(words, 5000)

    def _start(self) -> None:
        self._on_selected(self.controller.start)

    def _extend(self, minutes: int) -> None:
        session = self.selected_session()
        if session is not None and self.controller.extend(minutes, session):
            self.statusBar().showMessage(f"{session}: {minutes:+d} min", 5000)

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
        self.statusBar().showMessage(f"Refused: {message}", 10_000)

    # -- reflecting the show --------------------------------------------------------------
    def refresh(self) -> None:
        agenda = self.controller.agenda
        projection = self.controller.projection()
        self.now_label.setText(f"{agenda.local(self.controller.now_s()):%a %d %b  %H:%M:%S}")
        live_day = projection.live.session.day if projection.live is not None else None
        for index, day in enumerate(projection.days):
            marker = "  ● LIVE" if day.date == live_day else ""
            self.tabs.setTabText(index, f"{day.date:%a %d %b}{marker}")
        self.summary.show_day(agenda, projection.days[self.tabs.currentIndex()],
                              self.controller.board())
        self._update_actions()

    def _update_actions(self) -> None:
        session = self.selected_session()
        if session is not None:
            state = self.current_model().state(self.current_model().row_of(session))
            title = self.controller.agenda.session(session).title.best(self.controller.agenda.languages)
            self.selected_label.setText(f"<b>{session}</b> · {state}<br>{title}")
        else:
            self.selected_label.setText("Select a session in the rundown.")
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
