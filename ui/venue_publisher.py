"""One room's show published to the venue's broker (docs/venue.md).

Three threads meet here, and the Qt thread never waits for the other two:
- the Qt thread hands over what happened: each journal entry once it is on disk (the
  journal's listener, called right after the fsync) and a state snapshot each second and
  on every change. Handing over is a deque append and a notify, nothing more;
- the publisher's own thread encodes and publishes them: entries as QoS 1 messages in
  journal order, the state retained (only the newest counts: states pile up nowhere);
- paho's thread (`loop_start`) talks to the broker, reconnects when it comes back, and
  sends again every entry the broker has not acknowledged, in order.
On every (re)connection the publisher's thread first reads the room's retained status
(runofshow.standby.room_decision): a newer epoch took the room over, or another PC is live
as this room, and it publishes nothing more (`room_decided` says which, for the app to
follow or hold); else it says "online" (retained; the broker says "offline" for us as our
last will if we vanish) and publishes the agenda (retained, for a standby), the entries and
the newest state. A standby's request for entries it missed (`resend`) is answered from
the journal file.
"""

from __future__ import annotations

import collections
import contextlib
import json
import logging
import os
import ssl
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from runofshow.remote import state_json
from runofshow.standby import Decision, room_decision
from runofshow.venue import (
    RESEND_MAX,
    BrokerAddress,
    ResendMessage,
    StatusMessage,
    VenueError,
    action_payload,
    agenda_payload,
    decode,
    epoch_of,
    state_payload,
    status_payload,
    topic,
)
from ui import venue_client
from ui.controller import ShowController

log = logging.getLogger(__name__)
STATE_EVERY_S = 1.0  # the state goes out at least this often even when the clock stands still
# ... while the app's Qt thread is alive: one hung (the room's screens frozen) this long is
# let fall silent, so the overview says "no news" and a standby can see it
GUI_SILENT_S = 3.0
HEARTBEAT_MS = 500
STOP_WAIT_S = 1.0  # at the app's exit, the offline status gets this long to reach the broker
AFTER_RECONNECT_WAIT_S = 2.0  # the entries the broker missed go first, the state after them
# CONNACK's "bad user name or password" and "not authorized" (MQTT 3.1.1's codes, and 5's)
REFUSED_CREDENTIALS = (4, 5, 134, 135)
SUBSCRIBE_WAIT_S = 3.0  # for the broker to take our subscriptions (and hand over the retained status)


@dataclass(frozen=True)
class _Follow:
    """A show to publish from now on: its journal file, epoch and entries on disk so far."""

    path: Path
    epoch: int
    entries: int
    agenda: tuple[str, str, str] | None = None  # the agenda file's (name, text, first day), to publish


class VenuePublisher(QObject):
    """Publishes the followed show as `room` of `event` to the broker at `address`.
    `status_changed(text, ok)` is the console's line on it."""

    status_changed = Signal(str, bool)
    # the room is not ours to publish: Decision.FOLLOW or REFUSE, with the room's epoch
    room_decided = Signal(str, object)  # an epoch is milliseconds: beyond a C int

    def __init__(self, address: BrokerAddress, event: str, room: str, *, ca_file: str | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.address, self.event_name, self.room = address, event, room  # QObject.event() is Qt's
        self.topics = {kind: topic(event, room, kind) for kind in ("status", "state", "actions", "agenda",
                                                                   "resend")}
        self._controller: ShowController | None = None
        self._console = None  # where the "broker" line goes (ui/console.py)
        self._epoch = 0
        # from the Qt thread (and paho's: the connection's news) to the publisher's thread
        self._cond = threading.Condition()
        self._work: collections.deque = collections.deque()  # ("follow", _Follow) / ("entry", seq, entry)
        self._state: tuple | None = None  # the newest snapshot, not yet published
        self._last_state: bytes | None = None  # the newest published: again after a reconnect
        self._connected_news = False
        self._stopping = False
        self._acked_mids: set[int] = set()  # acknowledged by the broker, not yet counted
        self._subscribed = threading.Event()  # the broker took our subscription (this connection)
        self._room_status: StatusMessage | None = None  # the room's status as the broker has it
        self._checked = False  # the room's status read on this connection: ours to publish
        self.decision: Decision | None = None  # FOLLOW or REFUSE: we publish nothing more
        # the publisher's thread only
        self._published: dict[int, int] = {}  # epoch -> last sequence number handed to paho
        self._agenda_published: bytes | None = None  # the retained agenda, as last published
        self._waiting: collections.deque = collections.deque()  # (seq, MQTTMessageInfo) not acked
        self._acked = 0
        self._state_sent = float("-inf")  # time.monotonic() of the last state published
        self._connected = False
        self._problem: str | None = None
        self._refused = False  # paho's thread: the broker answered our last try with a refusal
        self._line: tuple[str, bool] | None = None
        self._held: list = []  # work that came before the room's status was read
        self._state_held: tuple | None = None
        self._gui_alive = time.monotonic()  # the Qt thread's last heartbeat (read by ours)
        self._client = venue_client.make_client(
            address, f"runofshow-{event}-{room}-{os.getpid()}", ca_file=ca_file,
            will=(self.topics["status"], status_payload(event, room, False, 0.0)))
        self._client.on_connect = self._on_connect
        self._client.on_disconnect = self._on_disconnect
        self._client.on_connect_fail = self._on_connect_fail
        self._client.on_publish = self._on_publish
        self._client.on_subscribe = self._on_subscribe
        self._barrier_mid: int | None = None
        self._client.on_message = self._on_message
        self._thread = threading.Thread(target=self._run, name="runofshow-venue", daemon=True)

    # -- the Qt thread ---------------------------------------------------------------------
    def start(self) -> None:
        # the last will names the show's epoch (follow() before start() knows it): a standby
        # tells the death of the PC it follows from an older one's, kept in its session
        self._client.will_set(self.topics["status"], status_payload(self.event_name, self.room, False, 0.0,
                                                                    self._epoch or None), qos=1, retain=True)
        self._heartbeat = QTimer(self)
        self._heartbeat.timeout.connect(self._beat)
        self._heartbeat.start(HEARTBEAT_MS)
        self._thread.start()
        venue_client.start(self._client, self.address)
        self._say(self.tr("connecting to {address} as room {room}…").format(
            address=self.address, room=self.room), True)

    @Slot()
    def _beat(self) -> None:
        self._gui_alive = time.monotonic()

    def report_on(self, console) -> None:
        """Say how publishing goes in this console's room lines ("broker"), from now on."""
        if self._console is None:
            self.status_changed.connect(self._report_line)
        self._console = console
        if self._line is not None:
            self._report_line(*self._line)

    @Slot(str, bool)
    def _report_line(self, text: str, ok: bool) -> None:
        if self._stopping:  # the console has said publishing stopped
            return
        with contextlib.suppress(RuntimeError):  # a console closed by a reload: the next one says it
            self._console.show_room_status("broker", text, ok)

    def follow(self, controller: ShowController) -> None:
        """Publish this show (the app's open one; a reload brings a new controller, the
        same journal file)."""
        old = self._controller
        if old is not None and old is not controller:
            self._let_go_of(old)
        self._controller = controller
        journal = controller.show.journal
        self._epoch = epoch_of(journal.header)
        source = controller.agenda.source
        agenda = (Path(source).name, source, controller.agenda.days[0].date.isoformat())
        with self._cond:
            self._work.append(("follow", _Follow(journal.path, self._epoch, journal.entries, agenda)))
            self._cond.notify()
        journal.listeners.append(self._entry_written)
        controller.ticked_for_devices.connect(self._snapshot)  # after the room's screens painted
        controller.changed.connect(self._snapshot)
        controller.display_changed.connect(self._snapshot)
        self._snapshot()

    def _let_go_of(self, controller: ShowController) -> None:
        """No more entries nor states from this show (another is followed, or we stop)."""
        with contextlib.suppress(ValueError):
            controller.show.journal.listeners.remove(self._entry_written)
        with contextlib.suppress(RuntimeError):  # deleted: its connections went with it
            controller.ticked_for_devices.disconnect(self._snapshot)
            controller.changed.disconnect(self._snapshot)
            controller.display_changed.disconnect(self._snapshot)

    def _entry_written(self, seq: int, entry: dict) -> None:
        """The journal's listener: an entry is on disk (fsynced)."""
        with self._cond:
            self._work.append(("entry", self._epoch, seq, entry))
            self._cond.notify()

    @Slot()
    def _snapshot(self) -> None:
        """The state as devices see it (runofshow.remote.state_json) and the show clock's
        reading now, for the overview to count down from."""
        controller = self._controller
        if controller is None:
            return
        state = state_json(controller.agenda, controller.projection(), controller.board(),
                           controller.display, controller.now_s(), rehearsal=controller.rehearsal,
                           speed=controller.clock.speed)
        clock = (time.time(), controller.clock.precise_s(), controller.clock.speed)
        journal = controller.show.journal
        with self._cond:
            self._state = (self._epoch, journal.entries, state, clock)
            self._cond.notify()

    def stop(self, wait: bool = True) -> None:
        """Say offline (retained), briefly, and let go of the broker: for a broker that is
        away, STOP_WAIT_S at most. It lets go of the show's journal and signals at once.
        With `wait`, return once it is done (the app's exit: offline before the journal
        closes); without, at once (the console's Stop publishing: the show goes on, and a
        broker half gone must not hold the countdown), and `stopped` says when it is done.
        Keep the publisher until then."""
        controller, self._controller = self._controller, None  # a second stop has none to let go of
        if controller is not None:
            self._let_go_of(controller)
        with self._cond:
            self._stopping = True
            self._cond.notify()
        if wait:
            if self._thread.is_alive():
                self._thread.join(STOP_WAIT_S + 1.0)
            self._client.loop_stop()

    @property
    def stopped(self) -> bool:
        """Stopped, and its threads and paho's are done (or were never started)."""
        return self._stopping and not self._thread.is_alive()

    # -- paho's thread -------------------------------------------------------------------
    def _on_connect(self, client, userdata, flags, reason, properties) -> None:
        # a refusal stays said until a connection succeeds: the disconnection after it is no news
        self._refused = reason.is_failure
        if reason.is_failure:
            problem = self.tr("the broker refused us: {reason}").format(reason=reason)
            if reason.value in REFUSED_CREDENTIALS:
                problem += self.tr(" — check the user name and password")
            self._note_problem(problem)
            return
        self._subscribed.clear()
        with self._cond:
            self._room_status, self._checked = None, False
            self._connected_news = True
            self._cond.notify()
        # the room's status first (is the room ours?), then a standby's requests: the broker
        # answers in order, so once the second subscription is acknowledged the retained
        # status (if the room has one) has arrived
        client.subscribe(self.topics["status"], 1)
        self._barrier_mid = client.subscribe(self.topics["resend"], 1)[1]

    def _on_subscribe(self, client, userdata, mid, reasons, properties) -> None:
        if mid == self._barrier_mid:
            self._subscribed.set()

    def _on_message(self, client, userdata, message) -> None:
        try:
            news = decode(message.topic, message.payload)
        except VenueError as exc:
            log.warning("venue: ignored a bad payload on %s: %s", message.topic, exc)
            return
        with self._cond:
            if isinstance(news, StatusMessage):
                self._room_status = news
                # a standby took the room over while we were live (a network cut made the
                # broker say we were gone): no more from us
                if self._checked and news.epoch is not None and news.epoch > self._epoch:
                    self._work.append(("decide",))
            elif isinstance(news, ResendMessage) and news.epoch == self._epoch:
                self._work.append(("resend", news.start))
            self._cond.notify()

    def _on_publish(self, client, userdata, mid, reason, properties) -> None:
        with self._cond:
            self._acked_mids.add(mid)

    def _on_disconnect(self, client, userdata, flags, reason, properties) -> None:
        if self._refused:
            return
        self._note_problem(self.tr("connection lost") if reason.is_failure or not self._stopping else None)

    def _on_connect_fail(self, client, userdata) -> None:
        # paho calls this while it handles the connection's error, so sys.exc_info() is that
        # error: a certificate the broker's authority did not sign is not "no answer"
        error = sys.exc_info()[1]
        self._refused = False
        if isinstance(error, ssl.SSLCertVerificationError):
            self._note_problem(self.tr("the broker's certificate was not accepted: {why}").format(
                why=error.verify_message))
        else:
            self._note_problem(self.tr("the broker does not answer"))

    def _note_problem(self, problem: str | None) -> None:
        with self._cond:
            if problem is not None and problem != self._problem:  # once, not at every retry
                log.warning("venue: %s: %s", self.address, problem)
            self._problem = problem
            self._connected = False
            self._cond.notify()

    # -- the publisher's thread ----------------------------------------------------------
    def _run(self) -> None:
        try:
            self._serve()
        finally:
            if self._stopping:  # paho's thread ends with ours (a stop that did not wait)
                self._client.loop_stop()

    def _serve(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._work or self._state is not None
                                    or self._connected_news or self._stopping, timeout=STATE_EVERY_S)
                work, self._work = list(self._work), collections.deque()
                state, self._state = self._state, None
                reconnected, self._connected_news = self._connected_news, False
                stopping = self._stopping
            try:
                if self.decision is not None:  # the room is not ours: nothing more goes out
                    if stopping:
                        self._client.disconnect()
                        return
                    continue
                if reconnected:
                    self._connected, self._problem = True, None
                    if not self._check_room():
                        continue
                    self._wait_for_acks(AFTER_RECONNECT_WAIT_S)
                    self._publish(self.topics["status"],
                                  status_payload(self.event_name, self.room, True, time.time(), self._epoch),
                                  qos=1, retain=True)
                    if self._agenda_published is not None:
                        # a broker restarted without persistence (Mosquitto's default) forgot
                        # it: no standby could start for the room until its next reload
                        self._publish(self.topics["agenda"], self._agenda_published, qos=1, retain=True)
                    log.info("venue: connected to %s as room %r of %r", self.address, self.room,
                             self.event_name)
                if not self._checked:  # nothing goes out before the room is known to be ours
                    self._held.extend(work)
                    work = []
                    state = state or self._state_held
                    self._state_held = state
                    if stopping:
                        self._client.disconnect()
                        return
                    self._report()  # the refusal or loss, and what waits for the broker
                    continue
                work, self._held = self._held + work, []
                if self._state_held is not None:
                    state, self._state_held = state or self._state_held, None
                if any(item[0] == "decide" for item in work) and not self._check_room(wait=False):
                    continue
                for item in work:
                    self._take(item)
                if state is not None:
                    epoch, seq, body, (wall, show, speed) = state
                    self._last_state = state_payload(self.event_name, self.room, epoch, seq, body, wall, show,
                                                     speed)
                # each second even when the show's clock stands still (the overview tells a
                # silent room by the lack of them), and at once on a change or a reconnection;
                # not when the Qt thread has hung: the room's screens are frozen, and the same
                # state again would say the room is well
                now = time.monotonic()
                due = now - self._state_sent >= STATE_EVERY_S and now - self._gui_alive < GUI_SILENT_S
                if (state is not None or reconnected or due) and self._last_state is not None \
                        and self._connected:
                    # QoS 0: a state lost on the way is replaced within a second; while the
                    # broker is away states are not queued, the newest goes when it is back
                    self._publish(self.topics["state"], self._last_state, qos=0, retain=True)
                    self._state_sent = time.monotonic()
                self._count_acks()
                if stopping:
                    self._say_offline()
                    return
                self._report()
            except Exception:  # a fault of ours: logged, and the show goes on unpublished
                log.exception("venue: the publisher failed")
                self._say(self.tr("the venue publisher failed; see the log"), False)
                return

    def _check_room(self, wait: bool = True) -> bool:
        """Read the room's retained status (on a new connection: wait for the broker to hand
        it over) and decide whether the room is ours. False, and `room_decided` emitted,
        when it is not: another epoch took it over, or another PC is live as this room."""
        if wait and not self._subscribed.wait(SUBSCRIBE_WAIT_S):
            log.warning("venue: the broker did not take our subscription to %s", self.topics["status"])
        with self._cond:
            status = self._room_status
        decision = room_decision(self._epoch, None if status is None else status.online,
                                 None if status is None else status.epoch)
        if decision == Decision.PUBLISH:
            self._checked = True
            self.room_decided.emit(str(decision), self._epoch)
            return True
        self.decision = decision
        log.warning("venue: room %r of %r is not ours to publish: %s (the room's status says epoch %s, "
                    "online %s; ours is %s)", self.room, self.event_name, decision, status.epoch,
                    status.online, self._epoch)
        if decision == Decision.FOLLOW:
            self._say(self.tr("room {room} was taken over by another PC (a newer show on the broker): "
                              "this PC publishes nothing and writes nothing").format(room=self.room), False)
        else:
            text = self.tr("another PC is live as room {room} on {address}: this PC publishes nothing and "
                           "writes nothing").format(room=self.room, address=self.address)
            self._say(text, False)
        # a clean goodbye: no last will, which would say "offline" over the room's live PC
        self._client.disconnect()
        self.room_decided.emit(str(decision), status.epoch)
        return False

    def _take(self, item: tuple) -> None:
        if item[0] == "follow":
            self._catch_up(item[1])
            return
        if item[0] == "resend":
            self._resend(item[1])
            return
        if item[0] == "decide":
            return
        _, epoch, seq, entry = item
        if seq <= self._published.get(epoch, 0):
            return  # already sent from the file as the show was followed
        self._send_entry(epoch, seq, entry)

    def _catch_up(self, follow: _Follow) -> None:
        """The agenda (retained, for a standby), then the entries on disk not yet published
        by this process (all of them when the app starts: the broker may have missed some
        before a crash; subscribers drop what they have by epoch and sequence number)."""
        self._follow = follow
        if follow.agenda is not None:
            name, source, first_day = follow.agenda
            try:
                text = Path(source).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                log.warning("venue: could not read the agenda %s to publish it: %s", source, exc)
            else:
                payload = agenda_payload(self.event_name, self.room, follow.epoch, name, text, first_day,
                                         follow.entries)
                self._agenda_published = payload  # said again after a reconnection
                self._publish(self.topics["agenda"], payload, qos=1, retain=True)
        done = self._published.get(follow.epoch, 0)
        if done >= follow.entries:
            return
        try:
            with open(follow.path, encoding="utf-8") as lines:
                next(lines, None)  # the header
                for seq, line in enumerate(lines, start=1):
                    if seq > follow.entries:
                        break
                    if seq > done:
                        self._send_entry(follow.epoch, seq, json.loads(line))
        except (OSError, ValueError) as exc:
            log.warning("venue: could not read the journal %s to publish it: %s", follow.path, exc)

    def _resend(self, start: int) -> None:
        """A standby missed entries (it started late, or lost some): those from `start` to
        the last published, again, from the journal file."""
        follow, last = getattr(self, "_follow", None), self._published.get(self._epoch, 0)
        if follow is None or follow.epoch != self._epoch or start > last:
            return
        last = min(last, start + RESEND_MAX - 1)
        log.warning("venue: a standby asked for entries %d to %d again", start, last)
        try:
            with open(follow.path, encoding="utf-8") as lines:
                next(lines, None)  # the header
                for seq, line in enumerate(lines, start=1):
                    if seq > last:
                        break
                    if seq >= start:  # published already: not counted again
                        self._publish_entry(self._epoch, seq, json.loads(line))
        except (OSError, ValueError) as exc:
            log.warning("venue: could not read the journal %s to send it again: %s", follow.path, exc)

    def _send_entry(self, epoch: int, seq: int, entry: dict) -> None:
        info = self._publish_entry(epoch, seq, entry)
        self._published[epoch] = seq
        if info is not None:
            self._waiting.append((seq, info))

    def _publish_entry(self, epoch: int, seq: int, entry: dict):
        return self._publish(self.topics["actions"],
                             action_payload(self.event_name, self.room, epoch, seq, entry), qos=1)

    def _publish(self, name: str, payload: bytes, *, qos: int, retain: bool = False):
        """Hand a message to paho (it queues QoS 1 while the broker is away). None if paho
        would not take it (its queue is full: never, as it has no limit)."""
        info = self._client.publish(name, payload, qos=qos, retain=retain)
        if qos and info.rc not in (0, 4):  # 4: MQTT_ERR_NO_CONN, queued until connected
            log.warning("venue: paho refused a message on %s (rc %s)", name, info.rc)
            return None
        return info

    def _count_acks(self) -> None:
        with self._cond:
            while self._waiting and self._waiting[0][1].mid in self._acked_mids:
                seq, info = self._waiting.popleft()
                self._acked_mids.discard(info.mid)
                self._acked = seq

    def _wait_for_acks(self, seconds: float) -> None:
        """Right after a reconnection, until paho's resent entries are acknowledged (or a
        while): the state that follows then includes them all."""
        until = time.monotonic() + seconds
        self._count_acks()
        while self._waiting and time.monotonic() < until and not self._stopping:
            time.sleep(0.01)
            self._count_acks()

    def _say_offline(self) -> None:
        if not self._connected:
            return
        info = self._publish(self.topics["status"],
                             status_payload(self.event_name, self.room, False, time.time(), self._epoch),
                             qos=1, retain=True)
        until = time.monotonic() + STOP_WAIT_S
        while info is not None and info.mid not in self._acked_mids and time.monotonic() < until:
            time.sleep(0.01)
        self._client.disconnect()

    def _report(self) -> None:
        # sent and not yet acknowledged, and held until the room is known to be ours
        held = sum(1 if item[0] == "entry" else item[1].entries if item[0] == "follow" else 0
                   for item in self._held)
        waiting = len(self._waiting) + held
        if self._connected:
            text = self.tr("publishing to {address} as room {room}").format(address=self.address,
                                                                          room=self.room)
            if self._acked:
                text += self.tr(" (journal entry {number} acknowledged)").format(number=self._acked)
            if waiting:
                text += self.tr("; {count} on the way").format(count=waiting)
            self._say(text, True)
        else:
            text = self.tr("{address}: {problem}; reconnecting — the show goes on").format(
                address=self.address, problem=self._problem or self.tr("not connected yet"))
            if waiting:
                text += self.tr(", {count} journal entries wait for it").format(count=waiting)
            self._say(text, False)

    def _say(self, text: str, ok: bool) -> None:
        if self._line != (text, ok):
            self._line = (text, ok)
            self.status_changed.emit(text, ok)
