"""Publishing set up in the console (ui/venue_menu.py, ui/venue_dialog.py; docs/venue.md, "In
the console"): the real app on a real Mosquitto and a real journal. A bad value is said under
its field and changes nothing; Publish publishes the open show (a subscriber sees the room
online and its state), Stop publishing says offline; the choice is kept without a password,
and the next launch publishes again without --broker; with --broker or --follow the items
are off and say why."""

from __future__ import annotations

import gc
import json
import signal
import time
from pathlib import Path

import paho.mqtt.client as mqtt
import pytest
from paho.mqtt.enums import CallbackAPIVersion
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog

from runofshow.loader import load_agenda
from runofshow.standby import FollowOptions
from runofshow.venue import (
    VenueOptions,
    agenda_hash,
    epoch_of,
    parse_broker_url,
    status_payload,
    topic,
    url_without_password,
)
from tests.conftest import WIPO
from tests.venue_helpers import HOST, Listener, wait_for
from ui.app import Application
from ui.settings import FILE_NAME, Settings

EVENT, ROOM = "wipo-2024", "Room A"


def launch(qtbot, monkeypatch, venue: VenueOptions | None = None, follow: FollowOptions | None = None,
           journal: Path | None = None) -> Application:
    """The app as it starts (Application, its Shell, _settle), without speech."""
    monkeypatch.setattr("ui.app.make_announcer", lambda: None)
    app = Application(load_agenda(WIPO), str(WIPO), rehearse=True, venue=venue, follow=follow)
    if app.standby is not None:
        journal = app.standby.copy_file(app.shell.agenda_path)
    app.shell.start(journal_file=journal)
    qtbot.waitUntil(lambda: app.shell.windows.console is not None and app.shell.windows.console.isVisible(),
                    timeout=5000)
    return app


def quit_app(app: Application) -> None:
    """What Application.run does once its loop ends (once)."""
    if app.closer.closing:
        return
    app.closer.closing = True
    for publisher in (app.publisher, *app.stopping_publishers):
        if publisher is not None:  # "offline", retained, before the journal closes
            publisher.stop()
    if app.standby is not None:
        app.standby.stop()
    app.shell.close()
    if app.awake is not None:
        app.awake.release()


@pytest.fixture
def apps(qtbot, monkeypatch):
    """Start apps with `apps(...)` (launch's arguments); each is quit after the test."""
    started: list[Application] = []

    def start(**options) -> Application:
        started.append(launch(qtbot, monkeypatch, **options))
        return started[-1]

    yield start
    for app in reversed(started):
        quit_app(app)
    # An Application and its Shell refer to each other (shell.build is app.build), so only
    # Python's collector frees them; it may run on any thread (paho's, a publisher's), and
    # a Qt object freed there leaves its socket notifiers to the GUI thread's loop (a
    # closed file watcher's made a later test spin on "QSocketNotifier: Invalid socket").
    # Collected here, on the GUI thread, before the next test.
    started.clear()
    gc.collect()


def fill(dialog, broker: str = "", room: str = "", event: str = EVENT, password: str = "",
         ca_file: str = "") -> None:
    for edit, text in ((dialog.broker, broker), (dialog.room, room), (dialog.event, event),
                       (dialog.password, password), (dialog.ca_file, ca_file)):
        edit.setText(text)


def press_publish(qtbot, dialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def problems(dialog) -> dict[str, str]:
    """The problem said under each field, by field."""
    names = {dialog.broker: "broker", dialog.password: "password", dialog.room: "room", dialog.event: "event",
             dialog.ca_file: "ca_file"}
    return {names[edit]: label.text() for edit, label in dialog.problems.items() if label.isVisible()}


def settings_text(tmp_path) -> str:
    path = tmp_path / "config" / FILE_NAME
    return path.read_text(encoding="utf-8") if path.exists() else ""


def journal_text(app: Application) -> str:
    return app.shell.windows.controller.show.journal.path.read_text(encoding="utf-8")


def test_the_dialog_says_each_bad_value_under_its_field_and_changes_nothing(qtbot, apps, broker, tmp_path):
    app = apps()
    menu = app.shell.windows.venue_menu
    assert menu.publish_action.isEnabled() and not menu.stop_action.isEnabled()
    dialog = menu.open_publish_dialog()
    qtbot.waitUntil(dialog.isVisible)
    fill(dialog, broker="http://127.0.0.1:1883", room="Room/A", event="", password="x",
         ca_file=str(tmp_path / "nowhere.pem"))
    press_publish(qtbot, dialog)
    said = problems(dialog)
    assert dialog.isVisible() and set(said) == {"broker", "room", "event", "ca_file"}
    assert "mqtt://" in said["broker"] and "letters, digits" in said["room"]
    assert said["ca_file"] == "No such file."
    # the next try: a good address, but a password with no user, and a CA file without TLS
    ca = tmp_path / "ca.pem"
    ca.write_text("not read until mqtts://")
    fill(dialog, broker=broker.url, room=ROOM, password="secret", ca_file=str(ca))
    press_publish(qtbot, dialog)
    said = problems(dialog)
    assert set(said) == {"password", "ca_file"}, said
    assert "user name" in said["password"] and "mqtts://" in said["ca_file"]
    # nothing changed: no publisher, no broker line, no settings, the journal as it was
    assert dialog.isVisible() and app.publisher is None and app.venue is None
    assert app.shell.windows.console.room_status("broker") is None
    assert "venue" not in settings_text(tmp_path)
    dialog.reject()
    qtbot.waitUntil(lambda: menu.dialog is None)
    assert app.publisher is None


def test_publish_from_the_console_then_stop_the_show_goes_on(qtbot, apps, broker, tmp_path):
    app = apps()
    controller, console = app.shell.windows.controller, app.shell.windows.console
    assert controller.start("d1-opening")
    before = journal_text(app)
    epoch = epoch_of(controller.show.journal.header)
    listener = Listener(broker, [topic(EVENT, ROOM, kind) for kind in ("status", "state", "actions")])
    try:
        menu = app.shell.windows.venue_menu
        dialog = menu.open_publish_dialog()
        # a user and password in the address: used for this run, never kept
        url = f"mqtt://tech:url-secret@{HOST}:{broker.port}"
        fill(dialog, broker=url, room=ROOM)
        press_publish(qtbot, dialog)
        qtbot.waitUntil(lambda: menu.dialog is None)
        wait_for(lambda: any(s["online"] and s["epoch"] == epoch for s in listener.payloads("status")),
                 qtbot=qtbot)
        wait_for(lambda: listener.payloads("state") and listener.payloads("actions"), qtbot=qtbot)
        state = listener.payloads("state")[-1]
        assert state["epoch"] == epoch and state["state"]["board"]["session"]["id"] == "d1-opening"
        assert [a["entry"] for a in listener.payloads("actions")] == [json.loads(line) for line in
                                                                        before.splitlines()[1:]]
        wait_for(lambda: (console.room_status("broker") or ("",))[0].startswith("publishing to"), qtbot=qtbot)
        assert "url-secret" not in console.room_status("broker")[0]
        assert app.publisher.address.password == "url-secret"
        # the journal is the same, and the show goes on: the keys act, the broker gets each
        assert journal_text(app).startswith(before)
        qtbot.waitUntil(lambda: controller.hold_reason is None)
        assert controller.extend(2)
        wait_for(lambda: len(listener.payloads("actions")) == 2, qtbot=qtbot)
        # kept, without the password
        kept = Settings().venue()
        assert kept == VenueOptions(parse_broker_url(f"mqtt://tech@{HOST}:{broker.port}"), ROOM, EVENT)
        assert Settings().venue_publishing() and "secret" not in settings_text(tmp_path)
        menu.refresh()
        assert menu.stop_action.isEnabled() and menu.publish_action.text() == "&Change room or broker…"
        assert ROOM in menu.stop_action.toolTip()
        # Stop publishing: offline, retained; the show goes on unpublished
        menu.stop_action.trigger()
        wait_for(lambda: listener.payloads("status")[-1]["online"] is False, qtbot=qtbot)
        assert app.publisher is None and console.room_status("broker") is None
        assert not menu.stop_action.isEnabled() and menu.publish_action.text() == "&Publish this room…"
        published = len(listener.payloads("actions"))
        assert controller.extend(1)
        qtbot.wait(500)
        assert len(listener.payloads("actions")) == published
        assert len(journal_text(app).splitlines()) == 4  # the header and three entries
        assert not Settings().venue_publishing() and Settings().venue().room == ROOM
        later = Listener(broker, [topic(EVENT, ROOM, "status")])
        try:
            wait_for(lambda: later.payloads("status"))
            assert later.payloads("status")[0]["online"] is False
        finally:
            later.close()
    finally:
        listener.close()


def test_the_next_launch_publishes_again_without_broker_and_the_overview_needs_no_asking(
        qtbot, apps, broker, tmp_path, monkeypatch):
    listener = Listener(broker, [topic(EVENT, ROOM, "status")])
    try:
        first = apps()
        dialog = first.shell.windows.venue_menu.open_publish_dialog()
        fill(dialog, broker=broker.url, room=ROOM)
        press_publish(qtbot, dialog)
        wait_for(lambda: listener.payloads("status") and listener.payloads("status")[-1]["online"],
                 qtbot=qtbot)
        quit_app(first)  # left publishing
        wait_for(lambda: listener.payloads("status")[-1]["online"] is False, qtbot=qtbot)
        again = apps()  # no --broker: the settings say it
        assert not again.venue_on_command_line and again.publisher is not None
        assert again.venue == VenueOptions(parse_broker_url(broker.url), ROOM, EVENT)
        wait_for(lambda: listener.payloads("status")[-1]["online"] is True, qtbot=qtbot)
        menu = again.shell.windows.venue_menu
        menu.refresh()
        assert menu.stop_action.isEnabled()
        # the overview opens on the broker and event set in the console, asking nothing
        monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: pytest.fail("asked"))
        overview = menu.open_overview()
        qtbot.addWidget(overview)
        qtbot.waitUntil(lambda: overview.sorted.rowCount() == 1, timeout=10_000)
        assert overview.sorted.index(0, 0).data() == ROOM
        overview.close()
        # the dialog again, on the choice in force: another room; the first says offline
        dialog = menu.open_publish_dialog()
        assert dialog.broker.text() == broker.url and dialog.room.text() == ROOM
        dialog.room.setText("Room C")
        press_publish(qtbot, dialog)
        wait_for(lambda: listener.payloads("status")[-1]["online"] is False, qtbot=qtbot)
        other = Listener(broker, [topic(EVENT, "Room C", "status")])
        try:
            wait_for(lambda: other.payloads("status") and other.payloads("status")[-1]["online"], qtbot=qtbot)
        finally:
            other.close()
        assert again.publisher.room == "Room C" and Settings().venue().room == "Room C"
    finally:
        listener.close()


def test_the_overview_offers_the_broker_given_last_time(qtbot, apps, broker, monkeypatch):
    """A production office's PC that publishes nothing is asked for the broker and event
    when it opens the overview; the next launch offers the same ones (Enter, Enter), not
    mqtt://127.0.0.1:1883 again. No password is ever kept."""
    offered, answers = [], iter([f"{broker.url[:7]}operator:secret@{broker.url[7:]}", EVENT])

    def get_text(parent, title, label, text="", **kwargs):
        offered.append(text)
        return next(answers), True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    first = apps()
    overview = first.shell.windows.venue_menu.open_overview()
    qtbot.addWidget(overview)
    assert offered == ["mqtt://127.0.0.1:1883", "default"]
    overview.close()
    quit_app(first)
    offered.clear()
    answers = iter([broker.url, EVENT])
    again = apps()
    overview = again.shell.windows.venue_menu.open_overview()
    qtbot.addWidget(overview)
    assert offered == [f"{broker.url[:7]}operator@{broker.url[7:]}", EVENT]  # the user, never the password
    overview.close()


def test_a_room_another_pc_is_live_as_holds_the_keys_until_publishing_stops(qtbot, apps, broker):
    """One writer per room (docs/venue.md) holds for a room set in the console too; stopping
    publishing gives the technician the show back."""
    other_pc = mqtt.Client(CallbackAPIVersion.VERSION2, client_id="another-pc")
    other_pc.connect(HOST, broker.port)
    other_pc.loop_start()
    try:  # live as ROOM, with an epoch of its own (an older one: a newer would be a takeover)
        other_pc.publish(topic(EVENT, ROOM, "status"), status_payload(EVENT, ROOM, True, time.time(), 1),
                         qos=1, retain=True).wait_for_publish(5)
        app = apps()
        controller = app.shell.windows.controller
        dialog = app.shell.windows.venue_menu.open_publish_dialog()
        fill(dialog, broker=broker.url, room=ROOM)
        press_publish(qtbot, dialog)
        qtbot.waitUntil(lambda: (controller.hold_reason or "").startswith("another PC is live as room"),
                        timeout=10_000)
        refused = []
        controller.refused.connect(refused.append)
        assert not controller.start("d1-opening") and refused
        app.shell.windows.venue_menu.stop_action.trigger()
        assert controller.hold_reason is None and controller.start("d1-opening")
        later = Listener(broker, [topic(EVENT, ROOM, "status")])
        try:  # the other PC's status stands: this one said nothing over it
            wait_for(lambda: later.payloads("status"))
            assert later.payloads("status")[0]["online"] and later.payloads("status")[0]["epoch"] == 1
        finally:
            later.close()
    finally:
        other_pc.loop_stop()
        other_pc.disconnect()


def test_stop_publishing_with_the_broker_hung_returns_at_once_and_the_show_goes_on(
        qtbot, apps, broker):
    """A broker that holds the connection but answers nothing (a hung host, a dead switch
    port): Stop publishing must not hold the GUI thread, the countdown's, while the
    publisher waits for its "offline" to be acknowledged."""
    app = apps()
    controller = app.shell.windows.controller
    listener = Listener(broker, [topic(EVENT, ROOM, "status")])
    try:
        dialog = app.shell.windows.venue_menu.open_publish_dialog()
        fill(dialog, broker=broker.url, room=ROOM)
        press_publish(qtbot, dialog)
        wait_for(lambda: any(s["online"] for s in listener.payloads("status")), qtbot=qtbot)
        qtbot.waitUntil(lambda: controller.hold_reason is None, timeout=5000)
    finally:
        listener.close()
    publisher = app.publisher
    broker.process.send_signal(signal.SIGSTOP)
    try:
        began = time.monotonic()
        app.shell.windows.venue_menu.stop_action.trigger()
        assert time.monotonic() - began < 0.3  # it waited up to 2 s for the broker here
        assert app.publisher is None and publisher in app.stopping_publishers
        assert not publisher.stopped  # still saying offline, on its own thread
        assert controller.start("d1-opening")  # the show goes on meanwhile
    finally:
        broker.process.send_signal(signal.SIGCONT)
    qtbot.waitUntil(lambda: publisher.stopped, timeout=10_000)  # gave up on the broker, done


def test_the_command_line_or_following_a_room_turns_the_items_off_saying_why(qtbot, apps, broker):
    room_b = VenueOptions(parse_broker_url(broker.url), "Room B", EVENT)
    primary = apps(venue=room_b)
    qtbot.waitUntil(lambda: primary.publisher is not None and primary.shell.windows.controller.hold_reason
                    is None, timeout=10_000)
    menu = primary.shell.windows.venue_menu
    menu.refresh()
    assert not menu.publish_action.isEnabled() and not menu.stop_action.isEnabled()
    assert menu.publish_action.toolTip() == (f"Set on the command line: room Room B of event {EVENT} on "
                                             f"{room_b.address}")
    assert menu.open_publish_dialog() is None
    # a standby of room B, as --follow "Room B" starts it
    journal = primary.shell.windows.controller.show.journal
    follow = FollowOptions("Room B", epoch_of(journal.header), agenda_hash(WIPO.read_text("utf-8")))
    standby = apps(venue=VenueOptions(room_b.address, None, EVENT), follow=follow)
    menu = standby.shell.windows.venue_menu
    menu.refresh()
    assert standby.standby.following
    assert not menu.publish_action.isEnabled() and not menu.stop_action.isEnabled()
    assert menu.publish_action.toolTip().startswith("This PC follows room Room B (--follow)")
    assert menu.open_publish_dialog() is None and standby.publisher is None


def test_the_kept_broker_address_reads_back_without_its_password():
    address = parse_broker_url("mqtts://t%40ch:p%3Ass@[::1]:8884")
    kept = url_without_password(address)
    assert kept == "mqtts://t%40ch@[::1]:8884"
    assert parse_broker_url(kept) == parse_broker_url("mqtts://t%40ch@[::1]:8884")
    assert parse_broker_url(kept).username == "t@ch" and parse_broker_url(kept).password is None


# -- "Follow a room as its standby…" (ui/room_follow.py) ----------------------------------------
def test_follow_a_room_from_the_console_reads_it_asks_then_starts_the_standby_and_closes(
        qtbot, apps, broker, monkeypatch):
    from ui.launcher import app_parser, venue_options

    other = apps(venue=VenueOptions(parse_broker_url(broker.url), "Room B", EVENT))  # its PC, publishing
    qtbot.waitUntil(lambda: other.publisher is not None and other.publisher.decision is None
                    and other.shell.windows.controller.hold_reason is None, timeout=10_000)
    app = apps()
    asked, launched, closed = [], [], []
    monkeypatch.setattr("ui.room_follow.RoomFollow._ask",
                        lambda self, question: asked.append(question) or True)
    monkeypatch.setattr("ui.room_follow.start_detached",
                        lambda *command: launched.append(command) or True)
    monkeypatch.setattr(app.qt, "quit", lambda: closed.append(True))  # this app's own close
    menu = app.shell.windows.venue_menu
    menu.refresh()
    assert menu.follow_action.isEnabled()
    dialog = menu.open_follow_dialog()
    assert dialog.windowTitle() == "Follow a room as its standby" and dialog.room.text() == ""
    url = f"mqtt://tech:the-secret@{HOST}:{broker.port}"
    fill(dialog, broker=url, room="Room B")
    press_publish(qtbot, dialog)
    qtbot.waitUntil(lambda: menu.following is not None and menu.following.outcome is not None, timeout=10_000)
    assert menu.following.outcome == "started" and closed == [True]
    assert "room Room B" in asked[0] and "wipo-ip-frontier-2024.yaml" in asked[0]
    [(program, arguments, extra)] = launched
    assert "the-secret" not in " ".join([program, *arguments])  # in the new app's environment only
    assert extra == {"RUNOFSHOW_BROKER_PASSWORD": "the-secret"}
    # what the new app is started with is the command line's --follow, as a terminal would type it
    parser = app_parser()
    args = parser.parse_args(arguments[arguments.index("--follow"):])
    venue = venue_options(parser, args)
    assert (args.follow, venue.event, url_without_password(venue.address)) == \
        ("Room B", EVENT, f"mqtt://tech@{HOST}:{broker.port}")
    assert app.publisher is None  # nothing else changed in this app


def test_follow_a_room_that_publishes_nothing_says_so_and_changes_nothing(qtbot, apps, broker, monkeypatch):
    app = apps()
    controller = app.shell.windows.controller
    assert controller.start("d1-opening")
    said, launched = [], []
    monkeypatch.setattr("ui.room_follow.RoomFollow._say", lambda self, text: said.append(text))
    monkeypatch.setattr("ui.room_follow.start_detached", lambda *args: launched.append(args) or True)
    menu = app.shell.windows.venue_menu
    dialog = menu.open_follow_dialog()
    fill(dialog, broker=broker.url, room="Nobody")
    press_publish(qtbot, dialog)
    # the broker says at once that it keeps nothing for the room: no 30 s wait
    qtbot.waitUntil(lambda: menu.following is not None and menu.following.outcome is not None, timeout=5000)
    assert menu.following.outcome == "no room" and launched == []
    assert "Room Nobody of event wipo-2024 has published no agenda and state" in said[0]
    assert controller.show.live_id == "d1-opening" and controller.extend(1)  # the show goes on


def test_a_standby_s_follow_item_is_off_and_says_which_room_it_follows(qtbot, apps, broker):
    venue = VenueOptions(parse_broker_url(broker.url), None, EVENT)
    app = apps(venue=venue, follow=FollowOptions("Room A", 1, None))
    menu = app.shell.windows.venue_menu
    menu.refresh()
    assert not menu.follow_action.isEnabled() and "Room A" in menu.follow_action.toolTip()
    # its cues show, but only the room's own PC speaks them
    assert app.shell.windows.cues.silent_because == "a standby: room Room A's own PC speaks"
    assert menu.open_follow_dialog() is None
    # the FOLLOWING strip is a row of the console's own: nothing of the console under it
    console = app.shell.windows.console
    strip = app.standby.banners[0]
    qtbot.waitUntil(lambda: strip.isVisible() and strip.label.text() == "FOLLOWING room Room A")
    top_of_strip = strip.mapTo(console, strip.rect().topLeft()).y()
    bottom_of_strip = top_of_strip + strip.height()
    central = console.centralWidget()
    assert top_of_strip >= console.menuBar().height()
    assert central.mapTo(console, central.rect().topLeft()).y() >= bottom_of_strip
    # the room's PC says it is online but has sent no state for a while: its app has hung
    follower = app.standby.follower
    follower.online, follower.last_state_at = True, time.monotonic() - 60
    qtbot.waitUntil(lambda: "HAS NOT ANSWERED" in strip.label.text(), timeout=3000)
    assert strip.label.text().startswith("ROOM Room A'S PC HAS NOT ANSWERED since ")
    assert strip.button.isVisible()  # Take over… is offered
    follower.last_state_at = time.monotonic()  # a state again: following as before
    qtbot.waitUntil(lambda: strip.label.text() == "FOLLOWING room Room A", timeout=3000)


def test_a_standby_takes_serve_osc_and_token_from_its_command_line(monkeypatch):
    """`--follow ROOM --serve … --osc … --token …`: the standby's devices see the room's
    show and drive it once it has taken over (the options were dropped without a word)."""
    from runofshow.venue import AgendaMessage, StateMessage, agenda_payload, decode, state_payload
    from ui import launcher
    from ui.venue_follower import RoomNow

    text = WIPO.read_text(encoding="utf-8")
    agenda = decode(topic(EVENT, "Room A", "agenda"),
                    agenda_payload(EVENT, "Room A", 5, "wipo.yaml", text, "2024-03-13"))
    board = {"mode": "waiting", "remaining_s": 60, "late_by_s": 0, "day_status": "on time"}
    state = decode(topic(EVENT, "Room A", "state"),
                   state_payload(EVENT, "Room A", 5, 0, {"now_s": 0, "board": board}, 0.0, 0.0, 1.0))
    assert isinstance(agenda, AgendaMessage) and isinstance(state, StateMessage)
    monkeypatch.setattr("ui.venue_follower.fetch_room", lambda *a, **k: RoomNow(agenda, None, state))
    started = {}
    monkeypatch.setattr("ui.app.run_app", lambda *args, **options: started.update(options) or 0)
    assert launcher.main(["--follow", "Room A", "--broker", "mqtt://127.0.0.1:1", "--event", EVENT,
                          "--serve", "4001", "--osc", "9001", "--token", "abc-DEF_123"]) == 0
    assert started["serve"] == ("127.0.0.1", 4001) and started["osc"] == ("127.0.0.1", 9001)
    assert started["token"] == "abc-DEF_123" and started["follow"].room == "Room A"
