"""The PDFs (docs/export.md, "PDF"): written by `runofshow export --format pdf` in a real
process and by the console's Reports menu; read back with poppler (pdftotext, pdfinfo,
pdftoppm) and held against runofshow's own projection."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
import unicodedata

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrinter

from runofshow.cues import plan_cues
from runofshow.projection import SKIPPED, project
from tests.test_cli import run
from tests.test_export import AGENDA, WIPO, drive_show
from ui.pdf_timeline import ACTUAL, OVER, PLANNED

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils (pdftotext, pdftoppm) is not installed")


def pdf(tmp_path, *options, name="out.pdf", env=None):
    out = tmp_path / name
    result = run("export", str(WIPO), *options, "--format", "pdf", "-o", str(out),
                 module="ui", env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"wrote {out} (pdf, {AGENDA.count()} sessions")
    return out


def text_of(path, layout: bool = True) -> str:
    """The PDF's text: laid out as on the page (a row's cells on one line), or in reading
    order (a title wrapped in its cell in one piece)."""
    return subprocess.run(["pdftotext", *(["-layout"] if layout else []), str(path), "-"],
                          capture_output=True, text=True, check=True).stdout


def holds_title(title: str, text: str) -> bool:
    """Whether `text` holds `title`, wrapped anywhere. NFKC undoes the ligatures of Latin
    text (ﬀ) and the full-width forms, on both sides; CJK radicals are not ideographs
    (ui/pdf_text.py)."""
    title, text = (unicodedata.normalize("NFKC", "".join(t.split())) for t in (title, text))
    return title in text


def radicals_in(text: str) -> set[str]:
    return {char for char in text if 0x2E80 <= ord(char) < 0x2FE0}


def page_size(path) -> str:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return next(line for line in info.stdout.splitlines() if line.startswith("Page size:"))


def page_image(path, page: int, folder) -> QImage:
    stem = folder / f"{path.stem}-page"
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", str(page), "-l", str(page),
                    str(path), str(stem)], check=True)
    found = sorted(folder.glob(f"{stem.name}-*.png"))
    return QImage(str(found[-1]))


def colours(image: QImage) -> set[str]:
    return {QColor(image.pixel(x, y)).name() for x in range(0, image.width(), 2)
            for y in range(0, image.height(), 2)}


def no_display_env() -> dict[str, str]:
    env = dict(os.environ)
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    return env


def test_the_run_sheet_holds_both_languages_and_the_projected_times(tmp_path):
    began = time.perf_counter()
    out = pdf(tmp_path, env=no_display_env())  # a terminal with no screen: offscreen
    assert time.perf_counter() - began < 10  # the 2 s target is measured in benchmarks/
    text = text_of(out)
    flat = text_of(out, layout=False)  # reading order: a wrapped title in one piece
    projection = project(AGENDA, [], int(time.time()))
    for session in AGENDA.sessions():
        item = projection.session(session.id)
        for title in (session.title.get("zh"), session.title.get("en")):
            assert holds_title(title, flat), title
        start, end = AGENDA.local(item.start_s), AGENDA.local(item.end_s)
        assert f"{session.start:%H:%M}–{session.end:%H:%M} {start:%H:%M}–{end:%H:%M}" in text
        if session.hard_end:
            assert f"ends {session.end:%H:%M}" in text
    assert "page 1 of" in text and "Europe/Zurich" in text
    assert not radicals_in(text)  # 人工智能 is copied out as 人工智能 (ui/pdf_text.py)
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    cjk = [line for line in fonts.splitlines() if "CJK" in line]
    assert cjk and all(" yes " in line for line in cjk)  # embedded


def test_a4_and_letter_are_the_right_paper(tmp_path):
    assert "595 x 842 pts (A4)" in page_size(pdf(tmp_path, name="a4.pdf"))
    assert "612 x 792 pts (letter)" in page_size(pdf(tmp_path, "--paper", "letter",
                                                     name="letter.pdf"))


def test_the_technicians_copy_has_the_cue_times(tmp_path):
    text = text_of(pdf(tmp_path, "--technician"))
    first = AGENDA.days[0].sessions[0].start_s
    cues = plan_cues(AGENDA, project(AGENDA, [], first - 3600), after_s=first - 3600)
    assert cues
    for cue in cues:
        assert f"{AGENDA.local(cue.at_s):%H:%M} {cue.kind}" in text
    assert "technician" in text


def test_the_after_show_report_has_a_timeline_and_the_actual_times(tmp_path):
    journal = tmp_path / "show.jsonl"
    actions = drive_show(journal)
    out = pdf(tmp_path, "--journal", str(journal))
    text = text_of(out)
    projection = project(AGENDA, actions, int(time.time()))
    assert "planned against actual" in text and "Wednesday 13 March 2024" in text
    panel = projection.session("d1-panel-1")
    assert f"{AGENDA.local(panel.start_s):%H:%M}–{AGENDA.local(panel.end_s):%H:%M}" in text
    assert "extended +5:00" in text
    assert projection.session("d1-training-data").state == SKIPPED and "skipped" in text
    assert not radicals_in(text)  # the timeline's words too (ui/pdf_text.py)
    picture = colours(page_image(out, 1, tmp_path))
    for bar in (PLANNED, ACTUAL, OVER):  # the opening and panel 1 ran over; fair pay did not
        assert bar.name() in picture
    table = colours(page_image(out, 2, tmp_path))
    assert ACTUAL.name() not in table  # the table's page is no picture


def test_long_chinese_titles_wrap_and_are_never_cut(tmp_path):
    longest = max(AGENDA.sessions(), key=lambda s: len(s.title.get("zh")))
    out = pdf(tmp_path)
    title = longest.title.get("zh")
    assert not any(holds_title(title, line) for line in text_of(out).splitlines())  # it wraps…
    assert holds_title(title, text_of(out, layout=False))  # …and all of it is there


def test_python_m_runofshow_says_pdf_is_made_by_the_app(tmp_path):
    out = tmp_path / "out.pdf"
    result = run("export", str(WIPO), "--format", "pdf", "-o", str(out))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "made by the app's launcher" in result.stderr and "`runofshow export" in result.stderr
    assert not out.exists()


def test_a_bad_output_folder_is_a_clear_error_and_leaves_nothing(tmp_path):
    out = tmp_path / "missing" / "out.pdf"
    result = run("export", str(WIPO), "--format", "pdf", "-o", str(out), module="ui")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"runofshow: error: cannot write {out}: ")
    assert list(tmp_path.iterdir()) == []


# -- the console's Reports menu -------------------------------------------------------------

@pytest.fixture
def shell(qtbot, tmp_path):
    from tests.qt_helpers import live_shell

    shell_, _, clock = live_shell(tmp_path)
    yield shell_, clock
    shell_.close()


def menu_action(shell_, words: str):
    return next(a for a in shell_.export_menu.menu.actions() if words in a.text().replace("&", ""))


def test_the_menu_writes_the_run_sheet_the_report_and_the_calendar(shell, tmp_path):
    shell_, _ = shell
    asked = []

    def save_dialog(parent, caption, folder, filters):
        asked.append(filters)
        return str(tmp_path / answers.pop(0)), filters.split(";;")[0]

    shell_.save_dialog = save_dialog
    answers = ["sheet.pdf", "report.pdf", "report.csv", "report.xlsx", "calendar"]
    menu_action(shell_, "Run sheet (PDF)").trigger()
    for _ in range(3):
        menu_action(shell_, "After the show").trigger()
    menu_action(shell_, "Calendar (ICS)").trigger()
    sheet_text = text_of(tmp_path / "sheet.pdf")
    assert "live" in sheet_text and "run sheet" in sheet_text  # where the show stands
    assert holds_title(AGENDA.session("d1-panel-1").title.get("zh"), sheet_text)
    assert "planned against actual" in text_of(tmp_path / "report.pdf")
    assert (tmp_path / "report.csv").read_bytes().startswith(b"\xef\xbb\xbfday,id")
    assert (tmp_path / "report.xlsx").read_bytes().startswith(b"PK")
    assert (tmp_path / "calendar.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert "PDF" in asked[1] and "CSV" in asked[1] and "xlsx" in asked[1]


def test_an_export_that_fails_in_a_library_is_said_not_silent(shell, tmp_path, monkeypatch):
    """A writer's own failure (a library refusing a text, say) is said in a dialog like a
    refused file; the menu never does nothing."""
    shell_, _ = shell
    shell_.save_dialog = lambda *args: (str(tmp_path / "report.xlsx"), args[-1].split(";;")[0])

    def refuses(report, fmt):
        raise ValueError("the writer refused a character")

    monkeypatch.setattr("runofshow.export.render", refuses)
    assert shell_.export_menu.after_show() is None
    assert shell_.dialog.windowTitle() == "runofshow — the export was not written"
    assert "the writer refused a character" in shell_.dialog.intro
    assert not (tmp_path / "report.xlsx").exists()


def test_a_cancelled_dialog_writes_nothing(shell, tmp_path):
    shell_, _ = shell
    shell_.save_dialog = lambda *args: ("", "")
    shell_.print_dialog = lambda printer, parent: False
    before = sorted(tmp_path.rglob("*"))
    assert shell_.export_menu.run_sheet_pdf() is None
    assert not shell_.export_menu.print_run_sheet()
    assert sorted(tmp_path.rglob("*")) == before


def test_printing_goes_through_the_print_dialog_to_the_printer(shell, tmp_path):
    shell_, _ = shell
    printed = tmp_path / "printed.pdf"

    def print_dialog(printer: QPrinter, parent) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # the printer the user chose
        printer.setOutputFileName(str(printed))
        return True

    shell_.print_dialog = print_dialog
    menu_action(shell_, "Print run sheet").trigger()
    assert "595 x 842 pts (A4)" in page_size(printed)
    text = text_of(printed, layout=False)
    for title in AGENDA.session("d1-opening").title.pair(AGENDA.languages):
        assert holds_title(title, text)
    assert not radicals_in(text)  # printing to a file: the same text layer as the export


def test_the_menu_writes_the_technicians_copy_on_the_paper_chosen(shell, tmp_path):
    """Both papers are offered; the one chosen in the dialog is the one written. The
    technician's copy lists the cues still due, at their projected times."""
    shell_, _ = shell
    offered = []

    def save_dialog(parent, caption, folder, filters):
        offered.append(filters.split(";;"))
        return str(tmp_path / "tech.pdf"), next(f for f in offered[-1] if "Letter" in f)

    shell_.save_dialog = save_dialog
    menu_action(shell_, "technician's copy").trigger()
    assert any("A4" in f for f in offered[0]) and any("Letter" in f for f in offered[0])
    out = tmp_path / "tech.pdf"
    assert "612 x 792 pts (letter)" in page_size(out)
    text = text_of(out)
    assert "technician" in text
    show = shell_.windows.controller.show
    due = plan_cues(AGENDA, project(AGENDA, show.actions, show.now_s()), after_s=show.now_s())
    assert due
    for cue in due[:5]:
        assert f"{AGENDA.local(cue.at_s):%H:%M} {cue.kind}" in text
