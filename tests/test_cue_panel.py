"""The console's cue panel and the cue's words on the chair and projector views.

The panel's speech status and log are checked against the real announcer too: real
espeak-ng, and a real `aplay` that fails on a computer with no sound card (or pointed at a
device that does not exist), or a player that works (RUNOFSHOW_PLAYER=true).
"""

from __future__ import annotations

import subprocess
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from runofshow.clock import SimulatedClock
from runofshow.cues import CueLog
from tests.conftest import ZURICH, zurich_s
from tests.qt_helpers import frozen_controller, live_shell
from ui import sound
from ui.chair import ChairWindow
from ui.cue_panel import CuePanel
from ui.cue_scheduler import CueScheduler


class FakeAnnouncer:
    """Says it spoke everything, at once (the real one is tested below and in test_speech)."""

    def __init__(self, available=True):
        self.available = available
        self.problem = None if available else "No speech engine: install espeak-ng."
        self.state = "ready" if available else "no engine"
        self.last_error, self.last_played = None, None
        self.muted = False
        self.volume, self.rate = 1.0, 160
        self.spoken = []

    def announce(self, parts, chime=None, done=None):
        if not self.available or self.muted:
            return False
        self.spoken.append(parts)
        if done is not None:
            done(SimpleNamespace(error=None))
        return True


@pytest.fixture
def panel(qtbot, tmp_path):
    controller, clock = frozen_controller(tmp_path)
    announcer = FakeAnnouncer()
    cues = CueScheduler(controller, announcer)
    cues.start()
    widget = CuePanel(cues, announcer)
    qtbot.addWidget(widget)
    yield widget, controller, clock, cues, announcer
    cues.stop()


def test_the_next_cues_are_listed_in_time_order(panel):
    widget, *_ = panel
    rows = [[widget.table.item(r, c).text() for c in range(4)] for r in range(widget.table.rowCount())]
    assert rows[0] == ["10:00:00", "start", "开幕 · 现在开始：开幕", "spoken"]
    assert rows[1][:2] == ["10:05:00", "warning"] and rows[1][3] == "shown only"
    assert len(rows) == 8


def test_an_action_that_moves_the_cues_changes_their_times_in_the_list(panel):
    """The same cues moved by an extension: their times change in place, the rest stays,
    and the list is what a full redraw would show."""
    widget, controller, clock, cues, announcer = panel

    def rows(of=widget):
        return [[of.table.item(r, c).text() for c in range(4)] for r in range(of.table.rowCount())]

    clock.jump_to(zurich_s(13, "10:00"))
    controller.next()
    widget.refresh()
    before = rows()
    moved_item = widget.table.item(1, 0)
    controller.extend(3)
    widget.refresh()
    after = rows()
    assert widget.table.item(1, 0) is moved_item  # changed in place, not made anew
    assert [row[1:] for row in after] == [row[1:] for row in before]
    assert after != before
    assert [row[0] for row in after] == [f"{controller.agenda.local(cue.at_s):%H:%M:%S}"
                                         for cue in cues.upcoming()[:len(after)]]
    drawn_afresh = CuePanel(cues, announcer)
    drawn_afresh.refresh()
    assert rows(drawn_afresh) == after
    drawn_afresh.deleteLater()


def test_unticking_a_cue_mutes_it(panel):
    widget, _, _, cues, _ = panel
    widget.table.item(0, 3).setCheckState(Qt.CheckState.Unchecked)
    assert cues.muted_cues == {"d1-opening/start"}
    widget.table.item(0, 3).setCheckState(Qt.CheckState.Checked)
    assert cues.muted_cues == set()


def test_a_muted_cue_stays_muted_after_a_reload_or_a_restart(panel, qtbot):
    """The technician's untick is kept beside the journal: a reload, a restart or a change
    of language (each a new scheduler on the same journal) keeps the cue silent and its
    box unticked; ticked again, it is spoken again after a restart too."""
    widget, controller, _, _, announcer = panel
    widget.table.item(0, 3).setCheckState(Qt.CheckState.Unchecked)
    again = CueScheduler(controller, announcer)  # as Reload builds it
    assert again.muted_cues == {"d1-opening/start"}
    shown = CuePanel(again, announcer)
    qtbot.addWidget(shown)
    shown.refresh()
    assert shown.table.item(0, 3).checkState() == Qt.CheckState.Unchecked
    shown.table.item(0, 3).setCheckState(Qt.CheckState.Checked)
    assert CueScheduler(controller, announcer).muted_cues == set()


def test_test_the_voice_speaks_each_agenda_language(panel, qtbot):
    widget, _, _, _, announcer = panel
    qtbot.mouseClick(widget.test_button, Qt.MouseButton.LeftButton)
    assert announcer.spoken == [[("zh", "这是广播测试。"), ("en", "This is a test of the announcements.")]]
    widget.mute_all.setChecked(True)
    assert announcer.muted


def test_fired_and_skipped_cues_are_logged(panel, qtbot):
    widget, controller, clock, _cues, _ = panel
    controller.start("d1-opening")  # 09:58: the start fires at once (an action cue)
    clock.jump_to(zurich_s(13, "10:30"))  # both warnings slept through
    controller.tick()  # the sweep comes once the second is painted (ticked_late)
    qtbot.waitUntil(lambda: len(widget.log_lines()) == 3, timeout=2000)
    assert widget.log_lines() == [
        "10:07:00  skipped, 1380 s late — 开幕 warning: 还剩一分钟",
        "10:03:00  skipped, 1620 s late — 开幕 warning: 还剩5分钟",
        "09:58:00  fired, shown and spoken — 开幕 start: 现在开始：开幕"]


def test_without_a_speech_engine_the_panel_says_so_and_cues_still_show(qtbot, tmp_path):
    controller, _ = frozen_controller(tmp_path)
    announcer = FakeAnnouncer(available=False)
    cues = CueScheduler(controller, announcer)
    cues.start()
    widget = CuePanel(cues, announcer)
    qtbot.addWidget(widget)
    assert widget.status.text() == ("⚠ Speech: no engine — No speech engine: install "
                                    "espeak-ng. Cues still show on screen.")
    assert not widget.test_button.isEnabled()
    assert widget.table.rowCount() > 0
    controller.start("d1-opening")  # fires, shown; its voice is said not to be heard
    assert widget.log_lines() == ["09:58:00  fired, shown; not heard: no engine "
                                  "— 开幕 start: 现在开始：开幕"]
    assert widget.log_list.item(0).toolTip() == "no engine — No speech engine: install espeak-ng."
    cues.stop()


def test_a_fired_cue_shows_its_words_on_the_chair_view(qtbot, tmp_path):
    controller, _ = frozen_controller(tmp_path)
    chair = ChairWindow(controller)
    qtbot.addWidget(chair)
    controller.flash_cue("会议将在5分钟后继续 · The session resumes in 5 minutes")
    assert chair.message.text().startswith("会议将在5分钟后继续")
    assert not chair.message_box.isHidden()
    controller.update_display(message="Technician says hello")
    assert chair.message.text() == "Technician says hello"  # the technician's message first



def test_a_banner_lasts_twelve_seconds_of_show_time(qtbot, tmp_path):
    controller, clock = frozen_controller(tmp_path)  # nothing live: only time ends it
    controller.flash_cue("Now starting: Opening")
    clock.jump_by(11)
    assert controller.cue_flash() == "Now starting: Opening"
    clock.jump_by(2)  # 13 s of show time, but not yet 1.5 s of real time: still up
    assert controller.cue_flash() == "Now starting: Opening"
    qtbot.waitUntil(lambda: controller.cue_flash() is None, timeout=2000)


def test_a_banner_goes_when_the_chair_changes_the_time_it_speaks_of(qtbot, tmp_path):
    controller, clock = frozen_controller(tmp_path)
    controller.start("d1-opening")  # live until 10:08
    clock.jump_to(zurich_s(13, "10:07"))
    controller.flash_cue("One minute remaining")
    controller.skip("d1-fireside")  # nothing to do with the time left: it stays
    assert controller.cue_flash() == "One minute remaining"
    controller.extend(5)  # six minutes left: "one minute" would lie
    assert controller.cue_flash() is None
    controller.flash_cue("6 minutes remaining")
    controller.next()  # the session it spoke of is over
    assert controller.cue_flash() is None


# -- the truth about speech, with the real announcer ------------------------------------------

def aplay_verdict(player: list[str]) -> str | None:
    """What the player itself says of playing a chime here: None if it played, else its
    last line (ALSA's own lines come first)."""
    done = subprocess.run([*player, str(sound.chime())], capture_output=True, text=True,
                          timeout=30)
    return None if done.returncode == 0 else done.stderr.strip().splitlines()[-1]


@pytest.fixture
def real_panel(qtbot, tmp_path, monkeypatch):
    """A panel on the real announcer (espeak-ng, played by the player of the test)."""
    from ui.speech import Announcer

    monkeypatch.setattr(sound, "_said", set())  # log-once memory of earlier tests
    made = []

    def make(player: str | None):
        if player is None:
            monkeypatch.delenv(sound.PLAYER_VARIABLE, raising=False)
        else:
            monkeypatch.setenv(sound.PLAYER_VARIABLE, player)
        announcer = Announcer()
        controller, _ = frozen_controller(tmp_path)
        cues = CueScheduler(controller, announcer)
        cues.start()
        widget = CuePanel(cues, announcer)
        qtbot.addWidget(widget)
        made.append((announcer, cues))
        return widget, controller, announcer

    yield make
    for announcer, cues in made:
        cues.stop()
        assert announcer.close(timeout=10)


@pytest.mark.parametrize("player", [None, "aplay -q -D runofshow-no-such-device"],
                         ids=["this computer's aplay", "aplay on a device that is not there"])
def test_a_player_that_fails_is_shown_in_the_status_and_the_log(real_panel, qtbot, player):
    """The console said "Speech ready." and the log "fired" while aplay failed: now both
    say it was not heard, in aplay's own words. This machine has no sound card, so its own
    aplay fails for real; the second case fails the same way on any computer."""
    verdict = aplay_verdict(player.split() if player else ["aplay", "-q"])
    if player is not None:
        assert verdict == "aplay: main:831: audio open error: No such file or directory"
    widget, controller, announcer = real_panel(player)
    assert announcer.available and announcer.state == "ready"  # aplay is there: not known yet
    assert "nothing played yet" in widget.status.text()
    assert widget.test_voice()
    if verdict is None:  # a computer with a sound card: the truth there is that it played
        qtbot.waitUntil(lambda: "last played" in widget.status.text(), timeout=30_000)
        return
    qtbot.waitUntil(lambda: "no audio output" in widget.status.text(), timeout=30_000)
    assert widget.status.text() == f"⚠ Speech: no audio output — {verdict}. Cues still show on screen."
    assert announcer.state == "no audio output" and announcer.last_error == verdict
    assert widget.test_button.isEnabled()  # to try again once the speakers are fixed

    controller.start("d1-opening")  # a spoken cue: shown at once, then not heard
    assert widget.log_lines()[0].startswith("09:58:00  fired, shown; speaking…")
    qtbot.waitUntil(lambda: "not heard" in widget.log_lines()[0], timeout=30_000)
    assert widget.log_lines() == [
        "09:58:00  fired, shown; not heard: no audio output — 开幕 start: 现在开始：开幕"]
    assert widget.log_list.item(0).toolTip() == f"no audio output — {verdict}"
    (record,) = CueLog.open(widget.cues.cue_log.path, ZURICH).records  # and on record
    assert (record.outcome, record.speech, record.why) == \
        ("fired", "not heard", f"no audio output — {verdict}")


def test_a_player_that_works_is_shown_as_heard(real_panel, qtbot):
    widget, controller, announcer = real_panel("true")  # plays "successfully", silently
    assert widget.test_voice()
    qtbot.waitUntil(lambda: "last played" in widget.status.text(), timeout=30_000)
    assert widget.status.text().startswith("Speech: ready — last played at ")
    assert announcer.state == "ready" and announcer.last_error is None
    controller.start("d1-opening")
    qtbot.waitUntil(lambda: "spoken" in widget.log_lines()[0], timeout=30_000)
    assert widget.log_lines() == ["09:58:00  fired, shown and spoken — 开幕 start: 现在开始：开幕"]
    assert [r.speech for r in CueLog.open(widget.cues.cue_log.path, ZURICH).records] == ["spoken"]


def test_muted_cues_are_logged_as_not_spoken(panel):
    widget, controller, _clock, _cues, announcer = panel
    widget.mute_all.setChecked(True)
    controller.start("d1-opening")
    assert announcer.spoken == []
    assert widget.log_lines() == ["09:58:00  fired, shown; not spoken: muted — 开幕 start: "
                                  "现在开始：开幕"]


# -- the log is the show's record: a restart and a reload keep it -----------------------------

def test_the_cue_log_survives_a_restart_and_a_cue_that_fired_never_fires_again(qtbot, tmp_path):
    from runofshow.loader import load_agenda
    from tests.conftest import WIPO
    from ui.app import build_app

    agenda = load_agenda(WIPO)
    journal = tmp_path / "show.jsonl"
    # a rehearsal clock one second before the opening's start cue, running at real speed
    first = build_app(agenda, WIPO, rehearse=True, journal_file=journal,
                      clock=SimulatedClock(zurich_s(13, "09:59", second=59)),
                      announcer=FakeAnnouncer())
    first.show_all()
    fired = []
    first.cues.fired.connect(fired.append)
    qtbot.waitUntil(lambda: bool(fired), timeout=5000)
    assert [c.id for c in fired] == ["d1-opening/start"]
    first.close()

    # started again on the same journal, with a clock a second before the cue again (as the
    # clock came back before issue 13): the cue is on record, and is not fired twice
    announcer = FakeAnnouncer()
    again = build_app(agenda, WIPO, rehearse=True, journal_file=journal,
                      clock=SimulatedClock(zurich_s(13, "09:59", second=59)), announcer=announcer)
    again.show_all()
    refired = []
    again.cues.fired.connect(refired.append)
    assert "d1-opening/start" not in again.cues.job_times()
    qtbot.wait(2500)
    assert refired == [] and announcer.spoken == []
    assert again.cue_panel.log_lines() == [
        "10:00:00  fired, shown and spoken — 开幕 start: 现在开始：开幕"]
    assert again.cues.tracker.done == {"d1-opening/start": "fired"}
    again.close()


def test_the_cue_log_survives_a_reload_of_the_agenda(qtbot, tmp_path):
    shell, _agenda_path, clock = live_shell(tmp_path)  # panel 1 live since 10:10
    clock.jump_to(zurich_s(13, "11:40"))  # its warnings (11:25, 11:29) slept through
    shell.windows.controller.tick()  # swept once the second is painted (ticked_late)
    qtbot.waitUntil(lambda: len(shell.windows.cue_panel.log_lines()) == 4, timeout=2000)
    before = shell.windows.cue_panel.log_lines()
    assert [line.split("  ")[1].split(" — ")[0] for line in before] == \
        ["skipped, 660 s late", "skipped, 900 s late",
         "fired, shown; not spoken: speech is off for this show",
         "fired, shown; not spoken: speech is off for this show"]
    assert shell.reload()
    after = shell.windows.cue_panel.log_lines()
    assert after == before
    assert set(shell.windows.cues.tracker.done) == {
        "d1-opening/start", "d1-panel-1/start", "d1-panel-1/warning-5", "d1-panel-1/warning-1"}
    shell.close()


def test_a_voice_chosen_in_the_panel_speaks_its_language_from_the_next_announcement(qtbot, tmp_path):
    """Real espeak-ng: the panel lists the voices of each agenda language once the engine is
    up; choosing American English for "en" speaks the next announcement with it, says so
    (voice_chosen, which the app keeps in the settings), and "Automatic" gives the app's
    own pick back."""
    from ui.speech import Announcer

    announcer = Announcer(output_dir=tmp_path / "spoken")
    controller, _ = frozen_controller(tmp_path)
    cues = CueScheduler(controller, announcer)
    widget = CuePanel(cues, announcer)
    qtbot.addWidget(widget)
    try:
        assert announcer.available, announcer.problem
        english = widget.voice_boxes["en"]
        qtbot.waitUntil(lambda: english.count() > 1)
        listed = [english.itemData(i) for i in range(english.count())]
        assert listed[0] == "" and "gmw/en-us" in listed and "gmw/en" in listed
        assert all(data.startswith("gmw/en") for data in listed[1:])  # only voices that speak English
        chinese = [widget.voice_boxes["zh"].itemData(i) for i in range(widget.voice_boxes["zh"].count())]
        assert "sit/cmn-Latn-pinyin" in chinese or "sit/cmn-latn-pinyin" in chinese
        with qtbot.waitSignal(widget.voice_chosen) as chosen:
            english.setCurrentIndex(english.findData("gmw/en-us"))
            english.activated.emit(english.currentIndex())
        assert chosen.args == ["en", "gmw/en-us"]
        assert announcer.announce([("en", "Hello")]), (announcer.muted, announcer.problem)
        assert announcer.wait_idle(30)
        assert announcer.history[-1].voices == ("gmw/en-us",)
        english.setCurrentIndex(0)
        english.activated.emit(0)
        announcer.announce([("en", "Hello")])
        assert announcer.wait_idle(30)
        assert announcer.history[-1].voices == ("gmw/en",)  # the app's own pick: British English
    finally:
        assert announcer.close(timeout=10)
