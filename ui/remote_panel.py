"""The console's Remote panel: serve the show to other devices, and how to reach it.

A switch turns the server on and off; the port; "allow the venue network" (the server then
listens on every address of this computer, and the panel says which); the control and view
tokens, each replaceable (the old one stops working at once); the links for the control
page and the screens; and a QR code of the control page's link for a phone. What went
wrong (the port is taken) is said in the panel and on the console's room line. Under it,
the OSC row (ui/osc_panel.py) when the app takes OSC.

The panel only calls RemoteServer.start / stop and Tokens.replace; it shows what the server
says back (`changed`).
"""

from __future__ import annotations

import ipaddress
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.server import DEFAULT_PORT, RemoteServer
from ui.server_thread import DEFAULT_HOST, format_address
from ui.tokens import CONTROL, VIEW

if TYPE_CHECKING:
    from ui.osc import OscServer

LAN_HOST = "0.0.0.0"  # every IPv4 address of this computer
PROBLEM_COLOUR = "#B00000"
QR_SCALE = 3  # pixels per module: a 32-character token makes a 41-module code, 123 px


def is_loopback(host: str | None) -> bool:
    if host in (None, "", "localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def venue_addresses() -> list[str]:
    """This computer's IPv4 addresses on its networks (not loopback, not link-local)."""
    found = []
    for address in QNetworkInterface.allAddresses():
        if address.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
            continue
        text = address.toString()
        ip = ipaddress.ip_address(text)
        if not (ip.is_loopback or ip.is_link_local):
            found.append(text)
    return found


def qr_pixmap(text: str) -> QPixmap | None:
    """`text` as a QR code (segno, pure Python, writes PNG); None without segno."""
    try:
        import segno
    except ImportError:
        return None
    import io

    buffer = io.BytesIO()
    segno.make(text, error="m", micro=False).save(buffer, kind="png", scale=QR_SCALE, border=2)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class RemotePanel(QWidget):
    room_line_changed = Signal(str, bool)  # for the console's room lines: (text, fine)

    def __init__(self, server: RemoteServer, parent: QWidget | None = None,
                 osc: OscServer | None = None):
        super().__init__(parent)
        self.server = server
        self.lan_host = LAN_HOST  # what "allow the venue network" listens on
        self.ask = self._ask  # (question) -> bool; tests answer for the technician
        self.control_url = ""  # the control page's link, in the QR code
        self.view_url = ""
        self.seen = False  # set_seen

        self.switch = QCheckBox(self.tr("Serve the show to other devices"), self)
        self.switch.setToolTip(self.tr("Companion (Stream Deck), phones, the foyer and booth screens: "
                                       "docs/remote.md"))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(server.port or DEFAULT_PORT)
        self.port.setPrefix(self.tr("port ", "before the port number"))
        self.lan = QCheckBox(self.tr("Allow the venue network"), self)
        self.lan.setToolTip(self.tr("Listen on every address of this computer, not only on itself"))
        self.lan.setChecked(not is_loopback(server.host))
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        for widget in (self.switch, self.port, self.lan):
            top.addWidget(widget)
        top.addStretch(1)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        self.token_edits: dict[str, QLineEdit] = {}
        self.replace_buttons: dict[str, QPushButton] = {}
        for row, (role, caption, tip, replace_tip) in enumerate((
                (CONTROL, self.tr("Control token"), self.tr("may act: Companion, the control page"),
                 self.tr("a new control token: the old one stops working at once")),
                (VIEW, self.tr("View token"), self.tr("may only watch: the screens"),
                 self.tr("a new view token: the old one stops working at once")))):
            grid.addWidget(QLabel(caption, self), row, 0)
            edit = QLineEdit(self)
            edit.setReadOnly(True)
            edit.setToolTip(tip)
            grid.addWidget(edit, row, 1)
            button = QPushButton(self.tr("Replace"), self)
            button.setToolTip(replace_tip)
            button.clicked.connect(lambda _=False, r=role: self.replace_token(r))
            grid.addWidget(button, row, 2)
            self.token_edits[role], self.replace_buttons[role] = edit, button
        self.links: dict[str, QLineEdit] = {}
        for row, (key, caption) in enumerate((("control", self.tr("Control page")),
                                                ("screens", self.tr("Screens"))), 2):
            grid.addWidget(QLabel(caption, self), row, 0)
            edit = QLineEdit(self)
            edit.setReadOnly(True)
            grid.addWidget(edit, row, 1, 1, 2)
            self.links[key] = edit
        self.links["screens"].setToolTip(
            self.tr("stage.html, agenda.html or booth.html, with the view token"))

        self.qr = QLabel(self)
        side = 41 * QR_SCALE + 4 * QR_SCALE
        self.qr.setFixedSize(side, side)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setToolTip(self.tr("the control page, for a phone on the venue network"))

        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.status)
        column.addLayout(grid)
        self.osc_panel = None
        if osc is not None:
            from ui.osc_panel import OscPanel  # here: it imports this module's is_loopback

            self.osc_panel = OscPanel(osc, self)
            column.addWidget(self.osc_panel)
        column.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 4)
        row.addLayout(column, 1)
        row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)

        self.switch.toggled.connect(self._switched)
        self.lan.toggled.connect(self._restart_if_on)
        self.port.editingFinished.connect(self._port_edited)
        server.changed.connect(self.reflect)
        self.reflect()

    # -- what the technician does -------------------------------------------------------------
    def host(self) -> str:
        """Where to listen: loopback, or the venue network (the host --serve gave, if any)."""
        if not self.lan.isChecked():
            return DEFAULT_HOST
        given = self.server.host
        return given if given and not is_loopback(given) else self.lan_host

    def _switched(self, on: bool) -> None:
        if on:
            self.server.start(self.host(), self.port.value())
        else:
            self.server.stop()
        self.reflect()

    def _restart_if_on(self) -> None:
        if self.switch.isChecked():
            self.server.start(self.host(), self.port.value())  # stops the old one first
        self.reflect()

    def _port_edited(self) -> None:
        if self.port.value() != self.server.port:
            self._restart_if_on()

    def replace_token(self, role: str) -> bool:
        if role == CONTROL:
            question = self.tr("Replace the control token? Every device that uses the old one "
                               "(Companion, phones, screens) stops working until it is given the new one.")
        else:
            question = self.tr("Replace the view token? Every device that uses the old one "
                               "(Companion, phones, screens) stops working until it is given the new one.")
        if not self.ask(question):
            return False
        try:
            self.server.tokens.replace(role)
        except OSError as exc:
            self._say("⚠ " + self.tr("The new token could not be kept ({error}); the old one still works.")
                      .format(error=exc.strerror or exc), problem=True)
            return False
        self.reflect()
        return True

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("runofshow — replace a token"), question)
        return answer == QMessageBox.StandardButton.Yes

    # -- what the panel shows ---------------------------------------------------------------------
    def set_seen(self, seen: bool) -> None:
        """The panel is in view (its tab in front: QDockWidget.visibilityChanged), or not.
        The tokens are read (made, the first time) once it has been seen or serves: an
        app that never shows them nor serves never writes the user's config folder."""
        if seen and not self.seen:
            self.seen = True
            self.reflect()

    def reflect(self) -> None:
        server, tokens = self.server, self.server.tokens
        on = server.running and server.error is None
        with QSignalBlocker(self.switch), QSignalBlocker(self.lan), QSignalBlocker(self.port):
            self.switch.setChecked(on)
            if on:  # started by --serve, say: the panel shows where it listens
                self.lan.setChecked(not is_loopback(server.host))
                self.port.setValue(server.port)
        if on or self.seen:  # else the tokens are not even read (nor made) yet
            self._show_tokens_and_links(on)
        text, fine = self._status_words(on)
        if tokens.problem:
            text, fine = f"{text}\n⚠ {tokens.problem}", False
        self._say(text, problem=not fine)
        line = "" if not on and server.error is None else text.replace("\n", " ")
        self.room_line_changed.emit(line, fine)

    def _show_tokens_and_links(self, on: bool) -> None:
        server, tokens = self.server, self.server.tokens
        self.token_edits[CONTROL].setText(tokens.control)
        self.token_edits[VIEW].setText(tokens.view)
        if tokens.control_overridden:
            self.token_edits[CONTROL].setToolTip(self.tr("given with --token for this run (not kept)"))
        port = server.bound[1] if server.bound else self.port.value()
        base = f"http://{format_address(self._reachable_host(), port)}"
        self.control_url = f"{base}/views/control.html?token={tokens.control}" if on else ""
        self.view_url = f"{base}/views/stage.html?token={tokens.view}" if on else ""
        for key, url in (("control", self.control_url), ("screens", self.view_url)):
            self.links[key].setText(url)
            self.links[key].setCursorPosition(0)  # the start of a link says where it goes
        pixmap = qr_pixmap(self.control_url) if self.control_url else None
        if pixmap is not None:
            self.qr.setPixmap(pixmap)
        else:
            self.qr.clear()
            self.qr.setText("" if not on else self.tr("QR code:\npip install segno"))

    def _reachable_host(self) -> str:
        """The address a device types: this computer's first venue address when listening
        on all of them."""
        host = self.server.host or DEFAULT_HOST
        if host in (LAN_HOST, "::"):
            addresses = venue_addresses()
            return addresses[0] if addresses else DEFAULT_HOST
        return host

    def _status_words(self, on: bool) -> tuple[str, bool]:
        server = self.server
        if server.error is not None:
            return "⚠ " + self.tr("Remote is off: {error}.").format(error=server.error), False
        if not on:
            return self.tr("Remote is off: no other device can see or drive the show."), True
        if server.address is None:
            return self.tr("Remote is starting…"), True
        host = server.host or DEFAULT_HOST
        if is_loopback(host):
            return self.tr("Remote on {address}: this computer only (Companion on this PC).").format(
                address=server.address), True
        if host in (LAN_HOST, "::"):
            addresses = ", ".join(venue_addresses()) or self.tr("none found", "no network addresses")
            return self.tr("Remote on the venue network, port {port}: any device on it that has a token "
                           "can reach the show. This computer's addresses: {addresses}.").format(
                port=server.bound[1], addresses=addresses), True
        return self.tr("Remote on {address} (the venue network): devices with a token can reach it.").format(
            address=server.address), True

    def _say(self, text: str, problem: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color:{PROBLEM_COLOUR}; font-weight:bold;" if problem else "")
