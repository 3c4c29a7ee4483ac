"""The console's Language menu: the interface language, chosen while the show runs.

Choosing one keeps it in the machine's settings (the next launch speaks it too, unless
`--lang` says otherwise), installs it, and has the shell rebuild the windows from the
journal, as a reload of the agenda does: the show goes on where it was, in the new language
(Arabic laid out right to left). "System language" forgets the choice.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow

from ui import i18n
from ui.settings import Settings


class LanguageMenu(QObject):
    chosen = Signal(str)  # the language installed

    def __init__(self, console: QMainWindow, settings: Settings, current: str,
                 rebuild: Callable[[], None]):
        super().__init__(console)
        self.settings, self.rebuild = settings, rebuild
        self.menu = console.menuBar().addMenu(self.tr("&Language"))
        group = QActionGroup(self.menu)
        saved = settings.language()
        self.actions: dict[str | None, QAction] = {}
        # each language by its own name: a person who cannot read the current one finds theirs
        choices = [(None, self.tr("System language")), *i18n.SHIPPED.items()]
        for code, name in choices:
            action = QAction(name, self.menu, checkable=True)
            action.setChecked(code == current if saved else code is None)
            action.triggered.connect(lambda _=False, code=code: self.choose(code))
            group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action

    def choose(self, code: str | None) -> str:
        """Speak `code` (None: the system's language) from now on; returns the language
        installed."""
        self.settings.set_language(code)
        installed = i18n.install(i18n.choose_language(None, code, i18n.system_languages()))
        # after this menu's own signal: the rebuild closes the console that owns the menu
        QTimer.singleShot(0, self.rebuild)
        self.chosen.emit(installed)
        return installed
