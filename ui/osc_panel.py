"""The OSC row of the console's Remote panel: take OSC commands, on which host and port.

A switch turns the OSC server (ui/osc.py) on and off; the host (loopback unless the
technician types another: OSC has no token, so whatever reaches the port can drive the
show) and the port. What went wrong (the port is taken) is said beside it and on the
console's room line. The panel only calls OscServer.start / stop and shows what the server
says back (`changed`).
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from ui.osc import DEFAULT_OSC_PORT, OscServer
from ui.remote_panel import is_loopback
from ui.server_thread import DEFAULT_HOST

PROBLEM_COLOUR = "#B00000"
HOST_WIDTH_CHARS = 16  # "255.255.255.255" and a margin


class OscPanel(QWidget):
    room_line_changed = Signal(str, bool)  # for the console's room lines: (text, fine)

    def __init__(self, server: OscServer, parent: QWidget | None = None):
        super().__init__(parent)
        self.server = server
        self.switch = QCheckBox(self.tr("Take OSC commands (UDP, no token)"), self)
        self.switch.setToolTip(self.tr("/runofshow/next, /runofshow/extend 5, … from a control surface, "
                                       "QLab or TouchOSC: docs/remote.md"))
        self.host = QLineEdit(server.host or DEFAULT_HOST, self)
        self.host.setToolTip(self.tr("where to listen: {host} is this computer only; 0.0.0.0 lets any "
                                     "device on the network drive the show").format(host=DEFAULT_HOST))
        self.host.setMaximumWidth(self.host.fontMetrics().averageCharWidth() * HOST_WIDTH_CHARS + 12)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(server.port or DEFAULT_OSC_PORT)
        self.port.setPrefix(self.tr("port ", "before the port number"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.switch, self.host, self.port):
            row.addWidget(widget)
        row.addStretch(1)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.status)

        self.switch.toggled.connect(self._switched)
        self.host.editingFinished.connect(self._edited)
        self.port.editingFinished.connect(self._edited)
        server.changed.connect(self.reflect)
        self.reflect()

    def listen_host(self) -> str:
        return self.host.text().strip() or DEFAULT_HOST

    def _switched(self, on: bool) -> None:
        if on:
            self.server.start(self.listen_host(), self.port.value())
        else:
            self.server.stop()
        self.reflect()

    def _edited(self) -> None:
        wanted = (self.listen_host(), self.port.value())
        if self.switch.isChecked() and wanted != (self.server.host, self.server.port):
            self.server.start(*wanted)  # stops the old one first
        self.reflect()

    def reflect(self) -> None:
        server = self.server
        on = server.running and server.error is None
        with QSignalBlocker(self.switch), QSignalBlocker(self.host), QSignalBlocker(self.port):
            self.switch.setChecked(on)
            if on:  # started by --osc, say: the row shows where it listens
                self.host.setText(server.host)
                self.port.setValue(server.port)
        text, fine = self._words(on)
        self.status.setText(text)
        self.status.setStyleSheet("" if fine else f"color:{PROBLEM_COLOUR}; font-weight:bold;")
        self.room_line_changed.emit(text if on or server.error else "", fine)

    def _words(self, on: bool) -> tuple[str, bool]:
        server = self.server
        if server.error is not None:
            return "⚠ " + self.tr("OSC is off: {error}.").format(error=server.error), False
        if not on:
            return self.tr("OSC is off."), True
        if server.address is None:
            return self.tr("OSC is starting…"), True
        if is_loopback(server.host):
            return (self.tr("OSC on {address} (UDP): programs on this computer can drive the show, "
                            "with no token.").format(address=server.address), True)
        return (self.tr("OSC on {address} (UDP): any device that reaches this computer can drive "
                        "the show. OSC has no token.").format(address=server.address), True)
