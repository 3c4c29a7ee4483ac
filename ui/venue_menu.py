"""The console's Venue menu: the overview of every room of the event (ui/venue_overview.py).

Made with every console, light: paho, the overview's modules and the venue's core are
imported only when the technician opens an overview.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMessageBox, QWidget

if TYPE_CHECKING:
    from runofshow.venue import VenueOptions


class VenueMenu(QObject):
    """The menu on `console`'s menu bar. `venue`: the command line's broker and event (the
    overview then opens on them at once), else it asks for them."""

    def __init__(self, console: QMainWindow, venue: VenueOptions | None, languages: tuple[str, ...] = ()):
        super().__init__(console)
        self.console = console
        self.venue, self.languages = venue, languages
        self.windows: list[QWidget] = []  # open overviews (each deletes itself when closed)
        menu = console.menuBar().addMenu(self.tr("&Venue"))
        self.overview_action = QAction(self.tr("Every room at a &glance…"), console)
        self.overview_action.triggered.connect(self.open_overview)
        menu.addAction(self.overview_action)

    def open_overview(self) -> QWidget | None:
        venue = self.venue or self._ask()
        if venue is None:
            return None
        from ui.venue_overview import open_overview  # paho: only now

        window = open_overview(venue.address, venue.event, ca_file=venue.ca_file, languages=self.languages)
        self.windows.append(window)
        window.destroyed.connect(lambda: self.windows.remove(window) if window in self.windows else None)
        return window

    def _ask(self) -> VenueOptions | None:
        from runofshow.venue import DEFAULT_EVENT, VenueError, VenueOptions, check_name, parse_broker_url

        url, ok = QInputDialog.getText(self.console, self.tr("Venue overview"),
                                       self.tr("The venue's broker (mqtt://HOST:PORT or mqtts://…):"),
                                       text="mqtt://127.0.0.1:1883")
        if not ok:
            return None
        event, ok = QInputDialog.getText(self.console, self.tr("Venue overview"), self.tr("The event:"),
                                         text=DEFAULT_EVENT)
        if not ok:
            return None
        try:
            venue = VenueOptions(parse_broker_url(url), event=check_name("event", event.strip()))
        except VenueError as exc:
            QMessageBox.warning(self.console, self.tr("Venue overview"), str(exc))
            return None
        self.venue = venue
        return venue
