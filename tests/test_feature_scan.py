"""PySide6 is spared reading the source of modules loaded before the shell imports Qt."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import REPO
from ui import feature_scan

# A fresh interpreter, as a launch: the core and some of the standard library first, then
# the shell's first module, then imports of old and new modules, as the shell's make them.
LAUNCH = r"""
import inspect, json, sys
import fractions, runofshow.model  # loaded before Qt
read = []
read_source = inspect.getsource
inspect.getsource = lambda module: read.append(module.__name__) or read_source(module)
import ui.feature_scan
table = ui.feature_scan.feature_table()
import fractions, runofshow.model  # again, from a module loaded after Qt
import statistics  # first loaded after Qt
from ui.theme import PHASE_STYLES
names = ("fractions", "runofshow.model", "statistics", "ui.theme")
print(json.dumps({"read": read, "marks": {name: table.get(name) for name in names}}))
"""

# A module may still select a PySide6 feature after the marking.
FEATURE = r"""
import sys
import ui.feature_scan
with open(sys.argv[1], "w") as file:
    file.write("from __feature__ import snake_case\nfrom PySide6.QtCore import QObject\n"
               "print(hasattr(QObject(), 'object_name'), hasattr(QObject(), 'objectName'))\n")
sys.path.insert(0, sys.argv[2])
import snake_user
"""


def run_python(code: str, *args: str) -> str:
    done = subprocess.run([sys.executable, "-c", code, *args], cwd=REPO, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_modules_loaded_before_qt_and_the_shells_are_marked_and_never_read():
    report = json.loads(run_python(LAUNCH).strip().splitlines()[-1])
    assert report["marks"] == {"fractions": feature_scan.IGNORE,
                               "runofshow.model": feature_scan.IGNORE,
                               "statistics": feature_scan.IGNORE,  # read: it names no PySide6
                               "ui.theme": feature_scan.USES_PYSIDE}  # the shell's: Qt code
    assert not {"fractions", "runofshow.model", "ui.theme"} & set(report["read"])
    # a module first loaded after Qt, not the shell's, is read as PySide6 always reads it
    assert "statistics" in report["read"]


def test_a_module_that_selects_a_feature_still_gets_it(tmp_path):
    module = tmp_path / "snake_user.py"
    # the module that asked sees Qt's names in snake_case, and only those
    assert run_python(FEATURE, str(module), str(tmp_path)).split() == ["True", "False"]


def test_without_pyside6s_table_nothing_is_marked(monkeypatch):
    monkeypatch.setitem(sys.modules, "PySide6.support.feature", object())
    assert feature_scan.feature_table() is None
    assert feature_scan.skip_source_scans() == 0


def test_a_shell_whose_folder_cannot_be_listed_still_marks_the_loaded_modules(monkeypatch):
    """A frozen app keeps its modules in an archive: no folder to list."""
    table = {}
    monkeypatch.setattr(feature_scan, "feature_table", lambda: table)
    monkeypatch.setattr(feature_scan, "__file__", "/nonexistent/archive.zip/ui/feature_scan.pyc")
    assert feature_scan.skip_source_scans() == len(table) > 0
    assert table["json"] == feature_scan.IGNORE and table["ui"] == feature_scan.USES_PYSIDE
    assert "ui.console" not in table  # left to PySide6 (which finds no source either)


def test_a_second_call_marks_only_what_was_loaded_since():
    table = feature_scan.feature_table()
    assert table is not None  # this PySide6 has it: the start-up test relies on it
    feature_scan.skip_source_scans()
    assert feature_scan.skip_source_scans() == 0
    assert table.get("json") == feature_scan.IGNORE  # loaded by this test module
    assert table.get("ui.console") == feature_scan.USES_PYSIDE  # a shell module
