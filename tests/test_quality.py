"""House rules that a machine can check: the core never imports Qt, and ruff is clean."""

from __future__ import annotations

import ast
import os
import subprocess
import sys

from tests.conftest import REPO

GUI_MODULES = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "ui", "apscheduler.schedulers.qt")


def imported_modules(path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_the_core_never_imports_qt_or_the_shell():
    offenders = {}
    for path in sorted((REPO / "runofshow").rglob("*.py")):
        bad = {m for m in imported_modules(path)
               if any(m == g or m.startswith(g + ".") for g in GUI_MODULES)}
        if bad:
            offenders[path.name] = bad
    assert offenders == {}


def test_importing_the_core_or_the_launcher_loads_no_qt():
    """`runofshow check|plan|cues` never start Qt, so they work where it is missing."""
    code = ("import sys, runofshow.cli, runofshow.projection, runofshow.show, ui.launcher;"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=REPO, check=True).stdout.strip()
    assert out == "[]"


def test_ruff_is_clean():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "."], capture_output=True,
                            text=True, cwd=REPO)
    assert result.returncode == 0, result.stdout + result.stderr


def test_qt_binding_keeps_none_alive():
    """PySide6 6.12.0 lowered None's reference count on every void call, which aborts a
    Python 3.11 process after a few thousand calls; pyproject excludes it. This catches a
    binding with the same fault, whatever its version."""
    code = ("import sys; from PySide6.QtWidgets import QApplication, QWidget;"
            "app = QApplication([]); w = QWidget(); before = sys.getrefcount(None)\n"
            "for _ in range(500): w.update()\n"
            "print(before - sys.getrefcount(None))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=REPO, env={**os.environ,
                                           "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr[-500:]
    assert int(result.stdout.strip()) < 50
