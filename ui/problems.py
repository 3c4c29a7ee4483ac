"""The dialog that lists every problem of an agenda file, one per line, FILE:LINE:COL first.

Its own module, imported when a problem is first shown: PySide6 builds the Python enums of
a dialog class on its first use, time that the app's first window need not wait for.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout


class ProblemsDialog(QDialog):
    """Every problem of a file, one per line, selectable; the show behind goes on."""

    def __init__(self, title: str, intro: str, lines: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.intro = intro
        self.lines = lines
        layout = QVBoxLayout(self)
        label = QLabel(intro)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.text = QPlainTextEdit("\n".join(lines))
        self.text.setReadOnly(True)
        self.text.setMinimumSize(720, 220)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
