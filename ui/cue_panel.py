"""The technician's cue panel: what the room will hear and see next, what fired or was
skipped, and the voice: mute all or one cue, volume, speed of speech, "test the voice".

It tells the truth about speech: the status line follows the announcer's state ("Speech:
no audio output — aplay: audio open error …" when the player fails, not "ready"), and the
log says of each fired spoken cue whether it was heard ("fired, shown; not heard: no audio
output"). The log is the show's cue log: it comes back after a restart or a reload.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from runofshow.cues import Cue
from ui.cue_scheduler import NOT_HEARD, NOT_SPOKEN, SPOKEN, CueScheduler, state_words

SHOWN_CUES = 8
TEST_PHRASES = {"en": "This is a test of the announcements.", "zh": "这是广播测试。",
                "fr": "Ceci est un essai des annonces.", "de": "Dies ist ein Test der Ansagen."}
# the announcer's states (ui.speech; not imported: speech may be off, or a stand-in)
READY, SPEAKING, NO_ENGINE, NO_AUDIO = "ready", "speaking", "no engine", "no audio output"
# what became of a cue's announcement, as shown (the values are kept in the cue log)
SPEECH_WORDS = {NOT_HEARD: QT_TRANSLATE_NOOP("CuePanel", "not heard"),
                NOT_SPOKEN: QT_TRANSLATE_NOOP("CuePanel", "not spoken")}


# a cue's kind (runofshow/cues.py), as the technician reads it
KIND_WORDS = {"start": QT_TRANSLATE_NOOP("CuePanel", "start"),
              "warning": QT_TRANSLATE_NOOP("CuePanel", "warning"),
              "resume": QT_TRANSLATE_NOOP("CuePanel", "resume"),
              "close": QT_TRANSLATE_NOOP("CuePanel", "close")}


def kind_words(kind: str) -> str:
    return QCoreApplication.translate("CuePanel", KIND_WORDS[kind]) if kind in KIND_WORDS else kind


def speech_words(speech: str) -> str:
    return QCoreApplication.translate("CuePanel", SPEECH_WORDS[speech]) if speech in SPEECH_WORDS else speech


def speech_status(announcer) -> tuple[str, bool]:
    """The status line for the announcer as it is now, and whether all is well."""
    if announcer is None:
        return QCoreApplication.translate(
            "CuePanel", "Speech is off for this show; cues still show on screen."), True
    state = getattr(announcer, "state", None)
    if state is None:  # an announcer that only says whether it is available
        state = READY if getattr(announcer, "available", True) else NO_ENGINE
    words = state_words(state)
    if state == SPEAKING:
        return QCoreApplication.translate("CuePanel", "Speech: speaking…"), True
    if state == READY:
        played = getattr(announcer, "last_played", None)
        if played:
            return QCoreApplication.translate("CuePanel", "Speech: ready — last played at {time}.").format(
                time=f"{datetime.fromtimestamp(played):%H:%M:%S}"), True
        return QCoreApplication.translate(
            "CuePanel", "Speech: ready — nothing played yet: “Test the voice” checks the speakers."), True
    why = getattr(announcer, "last_error", None) or getattr(announcer, "problem", None) or ""
    if state == NO_ENGINE:
        why = getattr(announcer, "problem", None) or why
    if why:
        text = QCoreApplication.translate(
            "CuePanel", "Speech: {state} — {why}. Cues still show on screen.").format(
                state=words, why=why.rstrip("."))
    else:
        text = QCoreApplication.translate(
            "CuePanel", "Speech: {state}. Cues still show on screen.").format(state=words)
    return f"⚠ {text}", False


def outcome_text(cue: Cue, outcome: str, late_s: int | None = None, speech: str | None = None,
                 why: str | None = None, pending: bool = False) -> str:
    """How the log says what became of a cue: "skipped, 27 s late", "fired, shown",
    "fired, shown and spoken", "fired, shown; not heard: no audio output"."""
    if outcome == "withdrawn":
        return QCoreApplication.translate("CuePanel", "withdrawn: the action that set it off was undone")
    if outcome == "skipped":
        if late_s is None:
            return QCoreApplication.translate("CuePanel", "skipped")
        return QCoreApplication.translate("CuePanel", "skipped, {seconds} s late").format(seconds=late_s)
    if not cue.spoken:
        return QCoreApplication.translate("CuePanel", "fired, shown")
    if speech == SPOKEN:
        return QCoreApplication.translate("CuePanel", "fired, shown and spoken")
    if speech is not None:  # the reason's headline; the whole of it is in the tooltip
        headline = (why or "").split(" — ")[0].rstrip(": ")
        if not headline:
            return QCoreApplication.translate("CuePanel", "fired, shown; {outcome}").format(
                outcome=speech_words(speech))
        return QCoreApplication.translate("CuePanel", "fired, shown; {outcome}: {why}").format(
            outcome=speech_words(speech), why=headline)
    if pending:
        return QCoreApplication.translate("CuePanel", "fired, shown; speaking…")
    return QCoreApplication.translate("CuePanel", "fired, shown; not known if heard")


class CuePanel(QWidget):
    # the speech status line (without the panel's ⚠) and whether all is well, whenever it
    # changes: for a console's own status line (ConsoleWindow.show_room_status)
    speech_status_changed = Signal(str, bool)
    _tested = Signal(object)  # ui.speech.Spoken of "Test the voice", from the speech worker
    voice_chosen = Signal(str, str)  # language, voice id ("": the app's own pick)

    def __init__(self, cues: CueScheduler, announcer=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.cues = cues
        self.announcer = announcer
        self._shown: tuple = ()
        self._status: tuple[str, bool] | None = None
        self._lines: dict[str, tuple] = {}  # cue id -> (list item, cue, outcome): the latest
        controller = cues.controller
        self.agenda = controller.agenda

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("At"), self.tr("Cue"), self.tr("Session · words"),
                                              self.tr("Speak")])
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
        self.mute_all = QCheckBox(self.tr("Mute all speech"))
        self.mute_all.toggled.connect(self._mute_all)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(int(100 * getattr(announcer, "volume", 1.0)))
        self.volume.valueChanged.connect(lambda v: self._set("volume", v / 100))
        self.rate = QSpinBox()
        self.rate.setRange(80, 300)
        self.rate.setSuffix(self.tr(" wpm", "words per minute, after the number"))
        self.rate.setValue(int(getattr(announcer, "rate", 160)))
        self.rate.valueChanged.connect(lambda v: self._set("rate", v))
        self.test_button = QPushButton(self.tr("Test the voice"))
        self.test_button.clicked.connect(self.test_voice)
        # a voice per language the agenda speaks, filled once the engine has listed its voices
        self.voice_boxes: dict[str, QComboBox] = {}
        for language in self.agenda.languages:
            box = QComboBox()
            box.setToolTip(self.tr("The voice that speaks {language}").format(language=language))
            box.activated.connect(lambda _index, language=language: self._voice_picked(language))
            self.voice_boxes[language] = box

        voice = QHBoxLayout()
        voice.addWidget(self.mute_all)
        voice.addWidget(QLabel(self.tr("Volume")))
        voice.addWidget(self.volume, 1)
        voice.addWidget(QLabel(self.tr("Speed", "of speech")))
        voice.addWidget(self.rate)
        for language, box in self.voice_boxes.items():
            voice.addWidget(QLabel(language))
            voice.addWidget(box)
        voice.addWidget(self.test_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Next cues</b> (untick to keep one silent)")))
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("<b>Fired and skipped</b>")))
        layout.addWidget(self.log_list)
        layout.addLayout(voice)
        layout.addWidget(self.status)

        for record in cues.records():  # what is on record, from before a restart too
            self._logged(record.cue, record.outcome,
                         outcome_text(record.cue, record.outcome,
                                      round(record.decided_s - record.cue.at_s),
                                      record.speech, record.why), record.why,
                         unheard=record.speech == NOT_HEARD)
        cues.fired.connect(lambda cue: self._logged(
            cue, "fired", outcome_text(cue, "fired", pending=True)))
        cues.skipped.connect(lambda cue, late: self._logged(
            cue, "skipped", outcome_text(cue, "skipped", late)))
        cues.withdrawn.connect(lambda cue: self._logged(cue, "withdrawn", outcome_text(cue, "withdrawn")))
        cues.speech_outcome.connect(self._speech_outcome)
        self._tested.connect(lambda _spoken: self._show_speech_status())
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
        self._voices_listed = False
        self._show_speech_status()

    _voices_listed = False

    def _list_voices(self) -> None:
        """Fill the voice boxes once the engine has said which voices it has: "Automatic"
        (the app's own pick for the language), then each voice that speaks it."""
        choices = getattr(self.announcer, "voice_choices", None)
        if self._voices_listed or choices is None or not getattr(self.announcer, "available", False):
            return
        self._voices_listed = True
        for language, box in self.voice_boxes.items():
            box.clear()
            box.addItem(self.tr("Automatic"), "")
            for voice_id, name in choices(language):
                box.addItem(name, voice_id)
            chosen = self.announcer.chosen_voice(language) or ""
            box.setCurrentIndex(max(0, box.findData(chosen)))

    def _voice_picked(self, language: str) -> None:
        voice_id = self.voice_boxes[language].currentData() or None
        if self.announcer is not None:
            self.announcer.choose_voice(language, voice_id)
        self.voice_chosen.emit(language, voice_id or "")

    def _show_speech_status(self) -> None:
        """Follow the announcer's state (asked at every tick: it changes on its worker)."""
        status = speech_status(self.announcer)
        self._list_voices()  # once the engine is up
        if status == self._status:
            return
        self._status = status
        text, ok = status
        self.status.setText(text)
        self.status.setStyleSheet("" if ok else "color: #8A0000;")
        # a failed playback leaves "Test the voice" on: the technician tries again once the
        # speakers are fixed
        usable = self.announcer is not None and getattr(self.announcer, "available", True)
        for widget in (self.mute_all, self.volume, self.rate, self.test_button, *self.voice_boxes.values()):
            widget.setEnabled(usable)
        self.speech_status_changed.emit(text.removeprefix("⚠ "), ok)

    def speech_status_line(self) -> tuple[str, bool]:
        """The speech status line as it is now (without the ⚠), and whether all is well."""
        text, ok = speech_status(self.announcer)
        return text.removeprefix("⚠ "), ok

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
        # `done` runs on the speech worker: the status line is redrawn on this thread
        queued = self.announcer.announce(parts or [("en", TEST_PHRASES["en"])], self.cues.chime,
                                         done=self._tested.emit)
        self._show_speech_status()
        return queued

    # -- lists ------------------------------------------------------------------------
    def refresh(self) -> None:
        self._show_speech_status()
        upcoming = self.cues.upcoming()[:SHOWN_CUES]
        shown = tuple((c.id, c.at_s, c.spoken, c.id in self.cues.muted_cues) for c in upcoming)
        if shown == self._shown:
            return  # the same rows as a second ago: nothing to redraw
        if self._only_times_moved(shown, upcoming):
            return
        self._shown = shown
        languages = self.agenda.languages
        self.table.blockSignals(True)
        self.table.setRowCount(len(upcoming))
        for row, cue in enumerate(upcoming):
            words = cue.text_in(languages[0]) if languages else None
            cells = [f"{self.agenda.local(cue.at_s):%H:%M:%S}", kind_words(cue.kind),
                     f"{self._title(cue)} · {words or ''}"]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, cue.id)
                item.setToolTip(cue.id)  # the id for a technician who edits the agenda file
                self.table.setItem(row, column, item)
            speak = QTableWidgetItem(self.tr("spoken") if cue.spoken else self.tr("shown only"))
            speak.setData(Qt.ItemDataRole.UserRole, cue.id)
            if cue.spoken:
                speak.setFlags(speak.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                speak.setCheckState(Qt.CheckState.Unchecked if cue.id in self.cues.muted_cues
                                    else Qt.CheckState.Checked)
            else:
                speak.setForeground(QColor("#555555"))
            self.table.setItem(row, 3, speak)
        self.table.blockSignals(False)

    def _only_times_moved(self, shown: tuple, upcoming: list[Cue]) -> bool:
        """The same cues in the same rows, only at other times (an action moved them): the
        time cells are changed in place, as a full redraw costs the GUI thread ~5 ms."""
        if [row[:1] + row[2:] for row in shown] != [row[:1] + row[2:] for row in self._shown]:
            return False
        for row, (cue, before) in enumerate(zip(upcoming, self._shown, strict=True)):
            if cue.at_s != before[1]:
                self.table.item(row, 0).setText(f"{self.agenda.local(cue.at_s):%H:%M:%S}")
        self._shown = shown
        return True

    def _toggled(self, item: QTableWidgetItem) -> None:
        if item.column() != 3:
            return
        cue_id = item.data(Qt.ItemDataRole.UserRole)
        self.cues.set_muted(cue_id, item.checkState() == Qt.CheckState.Unchecked)

    def _logged(self, cue: Cue, outcome: str, text: str, why: str | None = None,
                unheard: bool = False) -> None:
        """A line at the top of the log: when the cue was due, what became of it, the cue."""
        item = QListWidgetItem(self._line(cue, text))
        if why:
            item.setToolTip(why)
        if unheard:
            item.setForeground(QColor("#8A0000"))
        self.log_list.insertItem(0, item)
        self._lines[cue.id] = (item, cue, outcome)

    def _title(self, cue: Cue) -> str:
        """The session a cue speaks of, as people read it: its title, not its id (an id
        only if the agenda no longer has that session, after a reload)."""
        if not self.agenda.has_session(cue.session):
            return cue.session
        return self.agenda.session(cue.session).title.best(self.agenda.languages)

    def _line(self, cue: Cue, text: str) -> str:
        languages = self.agenda.languages
        words = cue.text_in(languages[0]) if languages else ""
        when = f"{self.agenda.local(cue.at_s):%H:%M:%S}"
        return f"{when}  {text} — {self._title(cue)} {kind_words(cue.kind)}: {words}"

    def _speech_outcome(self, cue_id: str, speech: str, why: str) -> None:
        """What became of a fired cue's announcement: its log line says so."""
        self._show_speech_status()
        line = self._lines.get(cue_id)
        if line is None:
            return
        item, cue, outcome = line
        item.setText(self._line(cue, outcome_text(cue, outcome, speech=speech, why=why)))
        item.setToolTip(why)
        if speech == NOT_HEARD:
            item.setForeground(QColor("#8A0000"))

    def log_lines(self) -> list[str]:
        """The log as shown, newest first."""
        return [self.log_list.item(row).text() for row in range(self.log_list.count())]
