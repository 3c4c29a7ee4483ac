"""Another agenda opened, or the agenda edited on disk, under a live show."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QFileSystemWatcher, Qt

from tests.conftest import WIPO
from tests.qt_helpers import live_shell
from ui.shell import WATCH_SETTLE_MS


@pytest.fixture
def shell(qtbot, tmp_path):
    shell_, agenda_path, clock = live_shell(tmp_path)
    yield shell_, agenda_path, clock
    shell_.close()


def test_a_bad_agenda_is_reported_whole_and_the_live_show_goes_on(shell, tmp_path):
    shell_, _, _ = shell
    windows = shell_.windows
    before = windows.controller.projection()
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: T\ntimezone: Mars/Base\ndays:\n  - date: 2024-13-01\n"
                   "    sessions: []\n", encoding="utf-8")
    assert not shell_.open_agenda(str(bad))
    assert shell_.dialog.lines == [
        f"{bad}:2:11: unknown timezone 'Mars/Base' (an IANA name like Europe/Zurich)",
        f"{bad}:4:11: date must be YYYY-MM-DD (like 2024-03-13), not '2024-13-01'",
        f"{bad}:5:15: sessions must be a non-empty list, not an empty list",
    ]
    assert shell_.dialog.isVisible()
    assert shell_.windows is windows  # untouched
    assert windows.controller.projection() == before
    assert windows.controller.show.live_id == "d1-panel-1"


def test_opening_another_agenda_switches_the_show(shell):
    shell_, _, _ = shell
    other = WIPO.parent / "example-one-long-day.yaml"
    assert shell_.open_agenda(str(other))
    assert shell_.windows.controller.agenda.languages == ("fr", "de")
    assert shell_.windows.controller.show.actions == []


def test_an_edited_agenda_is_offered_and_reloaded_keeping_the_show(shell, qtbot):
    shell_, agenda_path, _ = shell
    text = agenda_path.read_text(encoding="utf-8")
    # the fireside chat is cut from the programme; the live panel is untouched
    start = text.index("      - id: d1-fireside")
    end = text.index("      - id: d1-training-data")
    agenda_path.write_text(text[:start] + text[end:], encoding="utf-8")
    qtbot.waitUntil(lambda: shell_.reload_button.isVisible(), timeout=5000)
    assert shell_.file_notice.text() == "The agenda file changed on disk."
    journal = shell_.windows.controller.show.journal.path
    assert shell_.reload()
    assert shell_.windows.controller.show.journal.path == journal  # the same show
    assert shell_.windows.controller.show.live_id == "d1-panel-1"
    assert not shell_.windows.controller.agenda.has_session("d1-fireside")
    assert shell_.dialog is None  # nothing was set aside, nothing to tell


def test_a_closed_shell_has_let_go_of_its_file_watcher_and_ignores_edits(qtbot, tmp_path):
    """Closing deletes the file watcher at once, on the GUI thread: a Shell is freed by
    Python's collector on whatever thread it runs, and a watcher deleted there would leave
    its notifier spinning in the GUI thread's event loop."""
    shell_, agenda_path, _ = live_shell(tmp_path)
    assert shell_.findChildren(QFileSystemWatcher) != []  # the agenda file is watched
    windows, notices = shell_.windows, dict(shell_.notices)
    shell_.close()
    assert shell_.findChildren(QFileSystemWatcher) == []
    assert windows.closed  # the show's windows went with it
    agenda_path.write_text(agenda_path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    qtbot.wait(WATCH_SETTLE_MS + 200)
    assert shell_.findChildren(QFileSystemWatcher) == []  # not watched again
    assert shell_.notices == notices  # the edit is not looked at


def test_an_edit_that_orphans_actions_lists_them(shell):
    shell_, agenda_path, _ = shell
    shell_.windows.controller.skip("d1-fireside")
    text = agenda_path.read_text(encoding="utf-8")
    start = text.index("      - id: d1-fireside")
    end = text.index("      - id: d1-training-data")
    agenda_path.write_text(text[:start] + text[end:], encoding="utf-8")
    assert shell_.reload()
    assert [line.split(" (")[0] for line in shell_.dialog.lines] == ["action 3"]
    assert "no session has the id 'd1-fireside'" in shell_.dialog.lines[0]
    assert [a.kind for a in shell_.windows.controller.show.actions] == ["start", "next"]


def test_an_edit_with_errors_is_said_and_the_show_goes_on(shell, qtbot):
    shell_, agenda_path, _ = shell
    windows = shell_.windows
    agenda_path.write_text(agenda_path.read_text(encoding="utf-8").replace(
        'end: "10:10"', 'end: "09:10"', 1), encoding="utf-8")
    qtbot.waitUntil(lambda: "problem" in shell_.file_notice.text(), timeout=5000)
    assert shell_.file_notice.text() == "⚠ The agenda file now has 1 problem; the show goes on as it was."
    assert "ends at 09:10, not after its start 10:00" in shell_.file_notice.toolTip()
    assert shell_.problems_button.isVisible() and shell_.problems_button.text() == "Show the problem"
    assert not shell_.reload_button.isVisible()
    assert not shell_.reload()
    assert shell_.windows is windows and windows.controller.show.live_id == "d1-panel-1"


def test_every_problem_is_listed_and_the_notice_goes_once_the_file_is_fixed(shell, qtbot):
    """The technician saves a broken agenda in the middle of the show, looks at what is
    wrong (all of it), fixes the file: the notice, its button and the list go away."""
    shell_, agenda_path, _ = shell
    good = agenda_path.read_text(encoding="utf-8")
    bad = (good.replace('end: "10:10"', 'end: "09:10"', 1)
           .replace("timezone: Europe/Zurich", "timezone: Europe/Zurch", 1)
           .replace("        kind: fireside\n", "        kind: fireside\n        hard_end: maybe\n", 1))
    agenda_path.write_text(bad, encoding="utf-8")
    qtbot.waitUntil(lambda: "problem" in shell_.file_notice.text(), timeout=5000)
    assert shell_.file_notice.text() == "⚠ The agenda file now has 3 problems; the show goes on as it was."
    button = shell_.problems_button
    assert button.isVisible() and button.text() == "Show all 3 problems"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = shell_.dialog
    assert dialog.isVisible()
    assert [line.split(": ", 1)[1] for line in dialog.lines] == [
        "unknown timezone 'Europe/Zurch'; did you mean 'Europe/Zurich'?",
        "ends at 09:10, not after its start 10:00",
        "hard_end must be true or false, not 'maybe'"]
    assert all(line.startswith(f"{agenda_path}:") for line in dialog.lines)
    assert dialog.text.toPlainText().count("\n") == 2  # all three shown, one a line

    agenda_path.write_text(good, encoding="utf-8")  # fixed: back to what the show runs
    qtbot.waitUntil(lambda: not shell_.file_notice.isVisible(), timeout=5000)
    assert shell_.file_notice.text() == ""
    assert not button.isVisible() and not shell_.reload_button.isVisible()
    assert not dialog.isVisible()  # the list of problems that are gone is closed too
    assert shell_.windows.controller.show.live_id == "d1-panel-1"


def test_a_show_moved_to_today_reloads_its_edited_file_on_the_same_days(qtbot, tmp_path):
    moved_to = date(2026, 12, 3)  # `--today` on a Thursday in December
    shell_, agenda_path, _ = live_shell(tmp_path, moved_to)
    try:
        agenda_path.write_text(agenda_path.read_text(encoding="utf-8"), encoding="utf-8")  # saved as it was
        qtbot.wait(WATCH_SETTLE_MS * 3)
        assert not shell_.reload_button.isVisible()  # the file is the show's, on other days
        text = agenda_path.read_text(encoding="utf-8")
        start = text.index("      - id: d1-fireside")
        end = text.index("      - id: d1-training-data")
        agenda_path.write_text(text[:start] + text[end:], encoding="utf-8")
        qtbot.waitUntil(lambda: shell_.reload_button.isVisible(), timeout=5000)
        assert shell_.reload()
        agenda = shell_.windows.controller.agenda
        assert [day.date for day in agenda.days] == [moved_to, moved_to + timedelta(days=1)]
        assert not agenda.has_session("d1-fireside")
        assert shell_.windows.controller.show.live_id == "d1-panel-1"  # the show went on
        assert shell_.dialog is None
    finally:
        shell_.close()


def test_a_fix_that_differs_from_the_show_offers_the_reload_instead(shell, qtbot):
    shell_, agenda_path, _ = shell
    good = agenda_path.read_text(encoding="utf-8")
    agenda_path.write_text(good.replace('end: "10:10"', 'end: "09:10"', 1), encoding="utf-8")
    qtbot.waitUntil(lambda: shell_.problems_button.isVisible(), timeout=5000)
    agenda_path.write_text(good.replace('end: "17:55"', 'end: "17:50"', 1), encoding="utf-8")
    qtbot.waitUntil(lambda: shell_.reload_button.isVisible(), timeout=5000)
    assert shell_.file_notice.text() == "The agenda file changed on disk."
    assert not shell_.problems_button.isVisible()
    assert shell_.reload()
    assert shell_.windows.console.statusBar().currentMessage() == "Agenda reloaded."
    assert not shell_.file_notice.isVisible()


def test_another_agenda_open_elsewhere_is_refused_and_the_show_goes_on(shell):
    shell_, _, _ = shell
    windows = shell_.windows
    shell_.claim_show = lambda agenda, path: "This show is already open in another runofshow."
    assert not shell_.open_agenda(str(WIPO.parent / "example-one-long-day.yaml"))
    assert shell_.windows is windows and windows.controller.show.live_id == "d1-panel-1"
    assert shell_.dialog.windowTitle() == "runofshow — the show is open elsewhere"
    assert shell_.dialog.intro == "This show is already open in another runofshow."


def test_a_reload_lets_go_of_the_old_windows_and_controller(shell, qtbot):
    """Closures connected to Qt signals hold the windows through Qt, out of the garbage
    collector's sight: the old session's windows, cue scheduler and controller are deleted
    when it closes, or every reload would keep them."""
    import gc
    import weakref

    from PySide6.QtCore import QCoreApplication, QEvent

    shell_, _, _ = shell
    old = shell_.windows
    parts = [old.controller, old.chair, old.console, old.projector, old.cues, old.ticker]
    refs = [weakref.ref(part) for part in parts]
    del old, parts
    assert shell_.reload()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    assert [ref() for ref in refs] == [None] * len(refs)
    assert shell_.windows.controller.show.live_id == "d1-panel-1"  # the new one runs on
    qtbot.wait(1100)  # a tick or two: nothing reaches the deleted objects
    assert shell_.windows.chair.countdown.last_text
