"""Qt values the chair's window uses without PySide6's `Qt` namespace (ui/qt_names.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QPushButton

from ui import qt_names
from ui.qt_names import set_by_name


def test_the_text_flags_are_qts_own_values():
    assert Qt.AlignmentFlag.AlignCenter.value == qt_names.ALIGN_CENTER
    assert Qt.TextFlag.TextWordWrap.value == qt_names.TEXT_WORD_WRAP
    assert Qt.TextFlag.TextWrapAnywhere.value == qt_names.TEXT_WRAP_ANYWHERE


def test_enum_properties_are_set_by_the_names_of_their_values(qtbot):
    button, label, timer = QPushButton("Next"), QLabel("NORMAL"), QTimer()
    qtbot.addWidget(button)
    qtbot.addWidget(label)
    set_by_name(button, "focusPolicy", "NoFocus")
    set_by_name(label, "alignment", "AlignCenter")
    set_by_name(timer, "timerType", "PreciseTimer")
    assert button.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert label.alignment() == Qt.AlignmentFlag.AlignCenter
    assert timer.timerType() == Qt.TimerType.PreciseTimer


@pytest.mark.parametrize("prop, key", [("focusPolicy", "NoSuchFocus"), ("focusPolice", "NoFocus")])
def test_a_wrong_name_raises_and_changes_nothing(qtbot, prop, key):
    button = QPushButton("Next")
    qtbot.addWidget(button)
    before = button.focusPolicy()
    with pytest.raises(ValueError, match=prop):
        set_by_name(button, prop, key)
    assert button.focusPolicy() == before
    assert prop not in [bytes(name).decode() for name in button.dynamicPropertyNames()]
