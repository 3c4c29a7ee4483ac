"""The console's Venue menu: the overview of every room of the event (ui/venue_overview.py),
this room published to the venue's broker, set up here (ui/venue_dialog.py) instead of
with --broker --room, and this PC turned into another room's standby (ui/room_follow.py)
instead of with --follow.

Made with every console, light: paho, the overview's and the publisher's modules and the
venue's core are imported only when the technician opens an overview or publishes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMessageBox, QWidget

if TYPE_CHECKING:
    from runofshow.venue import VenueOptions
    from ui.app import Application
    from ui.room_follow import RoomFollow
    from ui.venue_dialog import PublishDialog


class VenueMenu(QObject):
    """The menu on `console`'s menu bar, for the `app` (ui/app.py) that publishes. The
    overview opens on the app's broker and event (--broker, else the ones set in the
    console), else it asks for them."""

    def __init__(self, console: QMainWindow, app: Application, languages: tuple[str, ...] = ()):
        super().__init__(console)
        self.console, self.app = console, app
        self.languages = languages
        self.asked: VenueOptions | None = None  # the overview's broker and event, asked for once
        self.windows: list[QWidget] = []  # open overviews (each deletes itself when closed)
        self.dialog: PublishDialog | None = None  # the publishing dialog while open
        self.menu = console.menuBar().addMenu(self.tr("&Venue"))
        self.menu.setToolTipsVisible(True)  # why publishing cannot be set here, on a disabled item
        self.overview_action = QAction(self.tr("Every room at a &glance…"), console)
        self.overview_action.triggered.connect(self.open_overview)
        self.menu.addAction(self.overview_action)
        self.menu.addSeparator()
        self.publish_action = QAction(self.tr("&Publish this room…"), console)
        self.publish_action.triggered.connect(self.open_publish_dialog)
        self.menu.addAction(self.publish_action)
        self.stop_action = QAction(self.tr("&Stop publishing"), console)
        self.stop_action.triggered.connect(self.stop_publishing)
        self.menu.addAction(self.stop_action)
        self.menu.addSeparator()
        self.follow_action = QAction(self.tr("&Follow a room as its standby…"), console)
        self.follow_action.triggered.connect(self.open_follow_dialog)
        self.menu.addAction(self.follow_action)
        self.following: RoomFollow | None = None  # the room being read, once asked for
        self.menu.aboutToShow.connect(self.refresh)  # a takeover or the broker's answer changed it
        self.refresh()

    def refresh(self) -> None:
        """The publishing items as the app stands: what it publishes, or why they are off."""
        app, locked = self.app, self.locked_reason()
        publishing = app.publisher is not None
        self.publish_action.setText(self.tr("&Change room or broker…") if publishing and not locked
                                    else self.tr("&Publish this room…"))
        self.publish_action.setEnabled(locked is None)
        self.stop_action.setEnabled(locked is None and publishing)
        if locked is not None:
            tip = locked
        elif publishing:
            venue = app.venue
            tip = self.tr("Publishing as room {room} of event {event} on {address}").format(
                room=venue.room, event=venue.event, address=venue.address)
        else:
            tip = self.tr("Publish this room's show to the venue's MQTT broker")
        for action in (self.publish_action, self.stop_action):
            action.setToolTip(tip)
        follows = app.standby is not None and app.standby.following
        self.follow_action.setEnabled(not follows)
        self.follow_action.setToolTip(
            self.tr("This PC follows room {room} already").format(room=app.standby.options.room)
            if follows else self.tr("Close this show and mirror another PC's room, ready to take it over"))

    def locked_reason(self) -> str | None:
        """Why the console cannot set publishing up (None: it can): this PC follows a room, or
        the command line's --broker decides."""
        app = self.app
        if app.standby is not None and app.standby.following:
            return self.tr("This PC follows room {room} (--follow): it publishes only once it takes "
                           "over").format(room=app.standby.options.room)
        if app.venue_on_command_line:
            venue = app.venue  # --broker with --room, or --follow once this PC took the room over
            return self.tr("Set on the command line: room {room} of event {event} on {address}").format(
                room=venue.room, event=venue.event, address=venue.address)
        return None

    def open_publish_dialog(self) -> PublishDialog | None:
        """The dialog, on the choice in force (or kept from the last time); OK publishes."""
        if self.locked_reason() is not None:
            return None
        from ui.venue_dialog import PublishDialog

        app = self.app
        initial = app.venue if app.venue is not None and app.venue.room is not None else app.settings.venue()
        if initial is not None and app.venue is not None and initial.address.password is None \
                and app.venue.address.password is not None:
            initial = app.venue  # this run's password goes with it (it is not in the settings)
        dialog = self.dialog = PublishDialog(self.console, initial)
        dialog.accepted.connect(lambda: self._publish(dialog.choice))
        dialog.finished.connect(self._dialog_closed)
        dialog.open()  # window-modal: the chair's and the projector's windows go on
        return dialog

    def open_follow_dialog(self) -> PublishDialog | None:
        """The broker, event and room to follow (the ones kept offered); OK reads the room."""
        if self.app.standby is not None and self.app.standby.following:
            return None
        from ui.venue_dialog import PublishDialog

        app = self.app
        initial = app.venue if app.venue is not None else app.settings.venue()
        dialog = self.dialog = PublishDialog(self.console, initial, follow=True)
        dialog.room.clear()  # another room than this PC's own
        dialog.accepted.connect(lambda: self._follow(dialog.choice))
        dialog.finished.connect(self._dialog_closed)
        dialog.open()
        return dialog

    def _follow(self, venue: VenueOptions | None) -> None:
        if venue is None:
            return
        from ui.room_follow import RoomFollow

        self.following = RoomFollow(self.console, venue, self.app.language, self.app.qt.quit)
        self.following.start()

    def _dialog_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def _publish(self, venue: VenueOptions | None) -> None:
        if venue is not None:
            self.app.publish_from_console(venue)
        self.refresh()

    def stop_publishing(self) -> None:
        if self.locked_reason() is None:
            self.app.stop_publishing()
        self.refresh()

    def open_overview(self) -> QWidget | None:
        venue = self.app.venue or self.asked or self._ask()
        if venue is None:
            return None
        from ui.venue_overview import open_overview  # paho: only now

        window = open_overview(venue.address, venue.event, ca_file=venue.ca_file, languages=self.languages)
        self.windows.append(window)
        window.destroyed.connect(lambda: self.windows.remove(window) if window in self.windows else None)
        return window

    def _ask(self) -> VenueOptions | None:
        from runofshow.venue import (
            DEFAULT_EVENT,
            VenueError,
            VenueOptions,
            check_name,
            parse_broker_url,
            url_without_password,
        )

        # offered: what was given here last time, else the room's own broker as set in this
        # console, else a broker on this PC
        settings = self.app.settings
        kept = settings.overview_choice()
        room = settings.venue()
        if kept is None and room is not None:
            kept = (url_without_password(room.address), room.event)
        url, ok = QInputDialog.getText(self.console, self.tr("Venue overview"),
                                       self.tr("The venue's broker (mqtt://HOST:PORT or mqtts://…):"),
                                       text=kept[0] if kept else "mqtt://127.0.0.1:1883")
        if not ok:
            return None
        event, ok = QInputDialog.getText(self.console, self.tr("Venue overview"), self.tr("The event:"),
                                         text=kept[1] if kept else DEFAULT_EVENT)
        if not ok:
            return None
        try:
            venue = VenueOptions(parse_broker_url(url), event=check_name("event", event.strip()))
        except VenueError as exc:
            QMessageBox.warning(self.console, self.tr("Venue overview"), str(exc))
            return None
        self.asked = venue
        settings.set_overview_choice(venue)
        return venue
