"""The chair's keys on a real X server under the keyboard layouts chairs have, typed with
xdotool as a keyboard types them (tests/keyboard_probe.py is the chair's window). Ctrl+Z
and Ctrl+Y are the keys where the Latin layout has Z and Y: on a Russian, Arabic or Greek
layout (with its Latin group, as such keyboards are set up) the key event says "я", "ئ" or
"ζ", and undo and redo must still act (Qt gives the key of the Latin group while Ctrl is
held). A layout with no Latin group at all (`setxkbmap ru` alone) has no Z to press: there
the chair's Undo and Redo buttons do it."""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
import time

import pytest

from tests.conftest import REPO

NEEDS = ("Xvfb", "xdotool", "setxkbmap")
# evdev key codes of the keys where a US keyboard has Z and Y: the Latin group of a
# Russian, Arabic or Greek layout has them there too
Z_KEY, Y_KEY = "52", "29"


def read_line(process: subprocess.Popen, timeout_s: float = 10.0) -> str:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        ready, _, _ = select.select([process.stdout], [], [], 0.1)
        if ready:
            return process.stdout.readline().strip()
    raise AssertionError("the chair's window said nothing in time")


@pytest.mark.skipif(not all(shutil.which(tool) for tool in NEEDS),
                    reason=f"needs {', '.join(NEEDS)} (.ci/run installs them)")
@pytest.mark.parametrize(("layout", "by_position"), [
    ("us", False), ("de", False), ("fr", False),  # Latin: the keys typed by name
    ("ru,us", True), ("ara,us", True), ("gr,us", True),  # the first group is the active one
])
def test_the_chairs_keys_act_on_every_layout(tmp_path, layout, by_position):
    from benchmarks.ui import x_server

    with x_server() as display:
        subprocess.run(["setxkbmap", "-display", display, "-layout", layout], check=True)
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        probe = subprocess.Popen([sys.executable, "-m", "tests.keyboard_probe", str(tmp_path)],
                                 cwd=REPO, env=env, stdout=subprocess.PIPE, text=True)
        try:
            assert read_line(probe, 30) == "ready"

            def press(keys: str) -> list:
                subprocess.run(["xdotool", "key", keys], env=env, check=True)
                return json.loads(read_line(probe))

            undo, redo = ((f"ctrl+{Z_KEY}", f"ctrl+{Y_KEY}") if by_position else ("ctrl+z", "ctrl+y"))
            assert press(undo) == [["start", None]]
            assert press(redo) == [["start", None], ["extend", 1]]
            assert press("plus") == [["start", None], ["extend", 1], ["extend", 1]]
            assert press("minus")[-1] == ["extend", -1]
            assert press("Up")[-1] == ["extend", 5]
        finally:
            probe.kill()
            probe.wait()
