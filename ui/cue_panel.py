"""The technician's cue panel: what the room will hear and see next, what fired or was
skipped, and the voice: mute all or one cue, volume, speed of speech, "test the voice"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSlider,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from runofshow.cues import Cue
from ui.cue_scheduler import CueScheduler

SHOWN_CUES = 8
TEST_PHRASES = {"en": "This is a test of the announcements.", "zh": "这是广播测试。",
                "fr": "Ceci est un essai des annonces.", "de": "Dies ist ein Test der Ansagen."}


class CuePanel(QWidget):
    def __init__(self, cues: CueScheduler, announcer=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.cues = cues
        self.announcer = announcer
        self._shown: tuple = ()
        controller = cues.controller
        self.agenda = controller.agenda

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(["At", "Cue", "Session · words", "Speak"])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._toggled)

        self.log_list = QListWidget()
        self.log_list.setMaximumHeight(110)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.mute_all = QCheckBox("Mute all speech")
        self.mute_all.toggled.connect(self._mute_all)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(int(100 * getattr(announcer, "volume", 1.0)))
        self.volume.valueChanged.connect(lambda v: self._set("volume", v / 100))
        self.rate = QSpinBox()
        self.rate.setRange(80, 300)
        self.rate.setSuffix(" wpm")
        self.rate.setValue(int(getattr(announcer, "rate", 160)))
        self.rate.valueChanged.connect(lambda v: self._set("rate", v))
        self.test_button = QPushButton("Test the voice")
        self.test_button.clicked.connect(self.test_voice)

        voice = QHBoxLayout()
        voice.addWidget(self.mute_all)
        voice.addWidget(QLabel("Volume"))
        voice.addWidget(self.volume, 1)
        voice.addWidget(QLabel("Speed"))
        voice.addWidget(self.rate)
        voice.addWidget(self.test_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<b>Next cues</b> (untick to keep one silent)"))
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel("<b>Fired and skipped</b>"))
        layout.addWidget(self.log_list)
        layout.addLayout(voice)
        layout.addWidget(self.status)

        cues.fired.connect(lambda cue: self._logged(cue, "fired"))
        cues.skipped.connect(lambda cue, late: self._logged(cue, f"skipped, {late} s late"))
        controller.ticked_late.connect(self.refresh)
        controller.changed.connect(self.refresh)
        self._show_speech_status()
        self.refresh()

    # -- voice ------------------------------------------------------------------------
    def set_announcer(self, announcer) -> None:
        """Speech is set up after the first window is on screen; it arrives here then."""
        self.announcer = announcer
        self.volume.setValue(int(100 * getattr(announcer, "volume", 1.0)))
        self.rate.setValue(int(getattr(announcer, "rate", 160)))
        self._show_speech_status()

    def _show_speech_status(self) -> None:
        if self.announcer is None:
            self.status.setText("Speech is off for this show; cues still show on screen.")
        elif not getattr(self.announcer, "available", True):
            self.status.setText(f"⚠ {self.announcer.problem} Cues still show on screen.")
            self.status.setStyleSheet("color: #8A0000;")
        else:
            self.status.setText("Speech ready.")
        usable = self.announcer is not None and getattr(self.announcer, "available", True)
        for widget in (self.mute_all, self.volume, self.rate, self.test_button):
            widget.setEnabled(usable)

    def _set(self, name: str, value) -> None:
        if self.announcer is not None:
            setattr(self.announcer, name, value)

    def _mute_all(self, muted: bool) -> None:
        self._set("muted", muted)

    def test_voice(self) -> bool:
        """Speak one test line in each of the agenda's languages."""
        if self.announcer is None:
            return False
        parts = [(lang, TEST_PHRASES[lang]) for lang in self.agenda.languages if lang in TEST_PHRASES]
        return self.announcer.announce(parts or [("en", TEST_PHRASES["en"])], self.cues.chime)

    # -- lists ------------------------------------------------------------------------
    def refresh(self) -> None:
        upcoming = self.cues.upcoming()[:SHOWN_CUES]
        shown = tuple((c.id, c.at_s, c.spoken, c.id in self.cues.muted_cues) for c in upcoming)
        if shown == self._shown:
            return  # the same rows as a second ago: nothing to redraw
        self._shown = shown
        languages = self.agenda.languages
        self.table.blockSignals(True)
        self.table.setRowCount(len(upcoming))
        for row, cue in enumerate(upcoming):
            words = cue.text_in(languages[0]) if languages else None
            cells = [f"{self.agenda.local(cue.at_s):%H:%M:%S}", cue.kind,
                     f"{cue.session} · {words or ''}"]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, cue.id)
                self.table.setItem(row, column, item)
            speak = QTableWidgetItem("spoken" if cue.spoken else "shown only")
            speak.setData(Qt.ItemDataRole.UserRole, cue.id)
            if cue.spoken:
                speak.setFlags(speak.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                speak.setCheckState(Qt.CheckState.Unchecked if cue.id in self.cues.muted_cues
                                    else Qt.CheckState.Checked)
            else:
                speak.setForeground(QColor("#555555"))
            self.table.setItem(row, 3, speak)
        self.table.blockSignals(False)

    def _toggled(self, item: QTableWidgetItem) -> None:
        if item.column() != 3:
            return
        cue_id = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Unchecked:
            self.cues.muted_cues.add(cue_id)
        else:
            self.cues.muted_cues.discard(cue_id)

    def _logged(self, cue: Cue, outcome: str) -> None:
        languages = self.agenda.languages
        words = cue.text_in(languages[0]) if languages else ""
        self.log_list.insertItem(0, f"{self.agenda.local(cue.at_s):%H:%M:%S}  {outcome}: "
                                    f"{cue.session} {cue.kind} — {words}")
