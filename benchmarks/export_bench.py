"""Benchmark of the PDF run sheet (docs/export.md, "PDF"): `runofshow export` of the WIPO
agenda to a PDF, as the user waits for it.

- the command: the whole process, `runofshow export AGENDA --format pdf -o OUT` (Python,
  Qt offscreen, the agenda read, the report made, the PDF drawn and written), wall clock,
  the median of several runs; the target is on this figure;
- the drawing alone: inside one process, the report already made, the PDF drawn to memory
  (the median of several calls after a first one), a reference for what Qt's part costs.

This module never imports Qt; both run in processes of their own, offscreen.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.core import REPO, Result

WIPO = REPO / "agendas" / "wipo-ip-frontier-2024.yaml"
RUN_SHEET_TARGET_S = 2.0

_DRAWING = """
import json, sys, time
from runofshow.export.report import build_report
from runofshow.loader import load_agenda
from ui.pdf_export import Sheet, gui_app, pdf_bytes
app = gui_app()
report = build_report(load_agenda(sys.argv[1]), None, int(time.time()))
pdf_bytes(Sheet(report))  # the first: fonts found and loaded
times = []
for _ in range(int(sys.argv[2])):
    began = time.perf_counter()
    pdf_bytes(Sheet(report))
    times.append(time.perf_counter() - began)
print(json.dumps(times))
"""


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def command_times_s(runs: int) -> list[float]:
    times = []
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "run-sheet.pdf"
        for _ in range(runs):
            began = time.perf_counter()
            subprocess.run([sys.executable, "-m", "ui", "export", str(WIPO), "--format", "pdf",
                            "-o", str(out)], cwd=REPO, env=_env(), check=True,
                           capture_output=True, timeout=120)
            times.append(time.perf_counter() - began)
    return times


def drawing_times_s(calls: int) -> list[float]:
    done = subprocess.run([sys.executable, "-c", _DRAWING, str(WIPO), str(calls)], cwd=REPO,
                          env=_env(), check=True, capture_output=True, text=True, timeout=120)
    return json.loads(done.stdout)


def run(quick: bool) -> list[Result]:
    runs, calls = (3, 5) if quick else (7, 20)
    command = command_times_s(runs)
    drawing = drawing_times_s(calls)
    median = statistics.median(command)
    return [
        Result("run sheet PDF (WIPO), the command", f"{median:.2f} s", f"< {RUN_SHEET_TARGET_S:g} s",
               median < RUN_SHEET_TARGET_S,
               f"median of {runs} processes, max {max(command):.2f} s"),
        Result("run sheet PDF (WIPO), drawing only", f"{statistics.median(drawing) * 1000:.0f} ms",
               "—", None, f"median of {calls} calls in one process"),
    ]
