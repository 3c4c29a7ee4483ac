"""A standby's link to the room it follows (docs/venue.md, issue 17 part 2).

`fetch_room` reads what the broker keeps for a room (its agenda, status and state, all
retained) before the app opens: `runofshow --follow ROOM` needs the agenda to build its
windows. It runs before Qt starts, so no window waits on it.

`VenueFollower` then mirrors the room live. Its paho client has a persistent session (a
fixed client id, clean_session false) and subscribes to the room's entries with QoS 1, so
the broker keeps what is published while this PC is briefly away. Messages arrive on
paho's thread and are handed, as they are, to the Qt thread, which checks them, writes the
entries to the journal copy (fsynced) and only then acknowledges them to the broker
(manual acks): an entry the broker counts as delivered is on this PC's disk.

The (epoch, seq) bookkeeping is runofshow.standby.Mirror's. A gap (seq jumps: this PC
started after the show did, or lost its session) is held, the room's publisher is asked
to send the entries again from the first missing one (`resend`), and the line says
"incomplete" until they are here. Entries that arrive together (a catch-up: hundreds) are
written and shown in one go, once the messages waiting in the event loop are all in.

An agenda reloaded on the room's PC arrives as a `reload` entry and, right after it, the
room's agenda (retained, with the entry it was taken up at). The reload waits for that
agenda; the standby keeps its text, and the entries from the reload on go to the copy
checked against it, and the windows are built again on it (`agenda_changed`).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import socket
import threading
import time
from dataclasses import dataclass

import paho.mqtt.client as mqtt
from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from runofshow.actions import ActionError
from runofshow.errors import AgendaError
from runofshow.journal import JournalError, data_dir
from runofshow.standby import Mirror, Verdict
from runofshow.venue import (
    RESEND_MAX,
    ActionMessage,
    AgendaMessage,
    BrokerAddress,
    StateMessage,
    StatusMessage,
    VenueError,
    decode,
    resend_payload,
    topic,
)
from ui import venue_client

log = logging.getLogger(__name__)
RESEND_EVERY_S = 2.0  # a standby missing entries asks again at most this often
CLOCK_TOLERANCE_S = 0.25  # a rehearsal's clock is set again when it strays further than this
NEW_EPOCH_AGENDA_WAIT_MS = 3000  # a newer show is followed when its agenda is known, or after this


@dataclass
class RoomNow:
    """What the broker keeps for a room: its agenda, status and state (each None if none)."""

    agenda: AgendaMessage | None = None
    status: StatusMessage | None = None
    state: StateMessage | None = None


def fetch_room(address: BrokerAddress, event: str, room: str, *, ca_file: str | None = None,
               timeout_s: float = 30.0) -> RoomNow:
    """The room's retained agenda, status and state (a room whose PC never published has
    none: they stay None). Waits until the broker has handed over what it keeps, or
    `timeout_s` for a broker that does not answer."""
    found, done = RoomNow(), threading.Event()
    barrier: dict[str, int] = {}
    client = venue_client.make_client(address, f"runofshow-peek-{socket.gethostname()}-{time.time_ns()}"[:60],
                                      ca_file=ca_file)

    def on_connect(client, userdata, flags, reason, properties) -> None:
        if not reason.is_failure:
            client.subscribe([(topic(event, room, kind), 1) for kind in ("agenda", "status", "state")])
            # the broker hands retained messages over before it acknowledges a later
            # subscription: once this one is acknowledged, the room has said all it keeps
            barrier["mid"] = client.subscribe(topic(event, room, "resend"), 1)[1]

    def on_subscribe(client, userdata, mid, reasons, properties) -> None:
        # all it keeps is in: done, unless the room has an agenda but no state yet (its PC
        # has just started: the state follows within a second, and a standby needs it)
        if mid == barrier.get("mid") and (found.agenda is None or found.state is not None):
            done.set()

    def on_message(client, userdata, message) -> None:
        try:
            news = decode(message.topic, message.payload)
        except VenueError as exc:
            log.warning("venue: ignored a bad payload on %s: %s", message.topic, exc)
            return
        if isinstance(news, AgendaMessage):
            found.agenda = news
        elif isinstance(news, StatusMessage):
            found.status = news
        elif isinstance(news, StateMessage):
            found.state = news
        if found.agenda is not None and found.state is not None:
            done.set()

    client.on_connect, client.on_message, client.on_subscribe = on_connect, on_message, on_subscribe
    venue_client.start(client, address)
    try:
        done.wait(timeout_s)
    finally:
        client.disconnect()
        client.loop_stop()
    return found


def session_id(event: str, room: str) -> str:
    """This PC's fixed client id for following a room: the same after a restart, so the
    broker's persistent session (and what it kept meanwhile) is found again; another for
    another user's data folder (two standbys on one PC must not share a session)."""
    place = f"{socket.gethostname()}/{data_dir().resolve()}/{event}/{room}"
    digest = hashlib.sha1(place.encode()).hexdigest()[:16]
    return f"runofshow-follow-{digest}"


class VenueFollower(QObject):
    """Mirrors `room` of `event` into the followed show's journal copy.

    - `line_changed(text, ok)`: the console's line on following;
    - `room_status(online, epoch)`: the room's PC said online or offline (or its last will);
    - `new_epoch(epoch)`: entries of a newer epoch arrived (the room's PC started afresh,
      or another standby took over): the app begins a new copy and calls `follow` again;
    - `agenda_changed(agenda)`: the room's PC reloaded another agenda, and the copy went on
      with it (the entries are in the show already): the app builds the windows again on it
      and calls `follow` again.

    `open_agenda(message)` (set by the app) keeps the text of an AgendaMessage on this PC
    and returns it loaded (AgendaError, OSError).
    """

    line_changed = Signal(str, bool)
    room_status = Signal(bool, object)  # epochs are milliseconds: beyond a C int
    new_epoch = Signal(object)
    agenda_changed = Signal(object)
    _arrived = Signal(str, bytes, int, int)  # from paho's thread: topic, payload, mid, qos

    def __init__(self, address: BrokerAddress, event: str, room: str, epoch: int, *,
                 ca_file: str | None = None, parent: QObject | None = None,
                 agenda: tuple[str | None, int] = (None, 0)):
        """`agenda`: the fingerprint of the agenda the room's PC runs `epoch` on, and the
        journal entries it had when it took that agenda up (read from the broker); this PC's
        show opens on the same agenda (runofshow.standby.FollowOptions)."""
        super().__init__(parent)
        self.address, self.event_name, self.room = address, event, room
        self.topics = {kind: topic(event, room, kind) for kind in ("status", "state", "actions", "agenda",
                                                                   "resend")}
        self.controller = None
        self.open_agenda = None  # (AgendaMessage) -> Agenda, set by the app
        # the epoch followed from the start: what the session kept of older shows is told apart
        self.mirror = Mirror(epoch)
        # the agenda this PC's show runs on (the one place it is kept: a reload the copy
        # goes on with, or a new epoch on another agenda, changes it)
        self.agenda_sha = agenda[0]
        # epoch -> (fingerprint, seq, AgendaMessage or None): the agenda its PC runs on, and
        # the entries it had when it took it up (the newest the broker said)
        self.room_agendas: dict[int, tuple[str | None, int, AgendaMessage | None]] = {epoch: (*agenda, None)}
        # entries offered by the mirror, not yet written; the acks of their messages (seq, mid, qos)
        self._pending: list[tuple[int, dict]] = []
        self._acks: list[tuple[int, int, int]] = []
        self._flush_due = False
        self.known_seq = 0  # the last entry the room's state speaks of (its epoch's)
        self.online: bool | None = None
        self.status_epoch: int | None = None
        self.shown_at: dict[int, float] = {}  # seq -> time.time() it was in force here (benchmarks)
        self._asked = float("-inf")  # time.monotonic() of the last resend request
        self._asked_for: tuple[int, int] | None = None  # (epoch, entries this copy had) then
        self._asked_start: tuple[int, int] | None = None  # (epoch, first entry) asked for then
        self._stopped = False
        self._newer_epoch: int | None = None  # a newer show the room's state spoke of, not yet followed
        self.last_state_at: float | None = None  # time.monotonic() of the followed show's last state
        self._line: tuple[str, bool] | None = None
        self._arrived.connect(self._take, Qt.ConnectionType.QueuedConnection)
        self._client = venue_client.make_client(address, session_id(event, room), ca_file=ca_file,
                                                clean_session=False, manual_ack=True)
        self._client.on_connect = self._on_connect
        self._client.on_message = self._on_message
        self._client.on_disconnect = self._on_disconnect

    # -- the Qt thread -------------------------------------------------------------------
    def start(self) -> None:
        venue_client.start(self._client, self.address)
        self._say(self.tr("following room {room} on {address}: connecting…").format(
            room=self.room, address=self.address), True)

    def follow(self, controller, epoch: int) -> None:
        """Mirror into this show (its journal is a copy of `epoch`'s: it goes on from the
        entries it has)."""
        self.controller = controller
        if self.mirror.epoch != epoch:
            self.mirror.begin(epoch)
        self.mirror.seq = controller.show.journal.entries
        self._report()

    def stop(self) -> None:
        """Stop following (the app takes over, or quits). The subscriptions are let go of
        first when taking over, so the broker keeps nothing more for this session."""
        self._stopped = True
        with contextlib.suppress(Exception):
            self._client.unsubscribe([self.topics[kind] for kind in ("status", "state", "actions", "agenda")])
        self._client.disconnect()
        self._client.loop_stop()

    def close(self) -> None:
        """Let go of the broker as the app quits; the session (and what the broker keeps for
        it meanwhile) stays for this PC's next start."""
        self._stopped = True
        self._client.disconnect()
        self._client.loop_stop()

    @Slot(str, bytes, int, int)
    def _take(self, name: str, payload: bytes, mid: int, qos: int) -> None:
        if self._stopped:
            return  # not acknowledged: the broker keeps it for this session
        try:
            news = decode(name, payload)
        except VenueError as exc:
            log.warning("venue: ignored a bad payload on %s: %s", name, exc)
            self._ack(mid, qos)
            return
        if isinstance(news, ActionMessage):
            if self._offer(news, mid, qos):
                return  # acknowledged once written
        elif isinstance(news, StateMessage):
            self._state(news)
        elif isinstance(news, StatusMessage):
            if news.epoch is not None and self.mirror.epoch is not None and news.epoch < self.mirror.epoch:
                # an older show's PC (its last will, kept in this session): not the one followed
                log.info("venue: room %r: ignored the status of epoch %d", self.room, news.epoch)
            else:
                self.online, self.status_epoch = news.online, news.epoch
                self.room_status.emit(news.online, news.epoch or 0)
        elif isinstance(news, AgendaMessage):
            known = self.room_agendas.get(news.epoch)
            if known is None or news.seq >= known[1]:
                self.room_agendas[news.epoch] = (news.sha, news.seq, news)
                if self._pending:
                    self._flush_soon()  # a reload may be waiting for it
                if news.epoch == self._newer_epoch:
                    self._follow_newer_epoch()
        self._ack(mid, qos)
        self._report()

    def _offer(self, news: ActionMessage, mid: int, qos: int) -> bool:
        """Take one entry to be written with the others arriving now; True if its message
        is acknowledged later, once it is written."""
        if self.controller is None:
            return True  # never acknowledged: the broker keeps it for this session
        verdict, ready = self.mirror.offer(news.epoch, news.seq, news.entry)
        if verdict == Verdict.NEW_EPOCH:
            log.info("venue: room %r began epoch %d (this copy is of %d)", self.room, news.epoch,
                     self.mirror.epoch)
            self.flush()  # the old copy's entries first
            self.new_epoch.emit(news.epoch)  # the app begins a new copy and follows it (at once)
            verdict, ready = self.mirror.offer(news.epoch, news.seq, news.entry)
        if verdict == Verdict.GAP:
            log.warning("venue: room %r: entry %d arrived, this copy has %d; waiting for the missing ones",
                        self.room, news.seq, self.mirror.seq)
            self._ask_again(self.mirror.epoch, self.mirror.seq + 1)
        if verdict != Verdict.APPLY:
            return False
        self._pending += ready
        self._acks.append((news.seq, mid, qos))
        self._flush_soon()
        return True

    def _flush_soon(self) -> None:
        """Write what arrived once the messages already waiting in the event loop are in
        too (a zero timer runs after them): one write, one fsync and one repaint for a batch."""
        if not self._flush_due:
            self._flush_due = True
            QTimer.singleShot(0, self, self.flush)

    def flush(self) -> None:
        """Write the entries that arrived (the app does it at once before taking over)."""
        self._flush_due = False
        if self._stopped or self.controller is None or not self._pending:
            return
        written = self._write_pending()
        if written is None:
            return  # the copy stopped: nothing more is acknowledged
        held = []
        for seq, mid, qos in self._acks:
            if seq <= written:
                self._ack(mid, qos)
            else:
                held.append((seq, mid, qos))
        self._acks = held
        asked = self._asked_start
        # more are missing, or may be: before the room's state says how many it has, a whole
        # batch need not be the last
        more = self.mirror.missing(self.known_seq) or not self.known_seq
        whole_batch = asked is not None and written >= asked[1] + RESEND_MAX - 1
        if whole_batch and asked[0] == self.mirror.epoch and more:
            self._asked = float("-inf")  # the entries asked for are in: the next ones now
            self._asked_for = None
            self._ask_again(self.mirror.epoch, written + 1)
        self._report()

    def _write_pending(self) -> int | None:
        """Write the pending entries; a reload among them waits for the agenda it took up.
        Returns the copy's entries then, or None if the copy stopped."""
        def reload_from(start: int) -> int:  # the first reload entry from `start` on, or the end
            return next((i for i in range(start, len(self._pending))
                         if self._pending[i][1].get("op") == "reload"), len(self._pending))

        while self._pending:
            cut = reload_from(0)
            if cut and not self._write(cut):
                return None
            if not self._pending:
                break
            seq = self._pending[0][0]  # a reload entry
            sha, agenda_seq, message = self.room_agendas.get(self.mirror.epoch, (None, 0, None))
            if agenda_seq < seq:
                log.info("venue: room %r reloaded its agenda at entry %d; waiting for that agenda",
                         self.room, seq)
                self._say(self.tr("following room {room}: it reloaded its agenda; waiting for that "
                                  "agenda").format(room=self.room), False)
                break
            # this reload's entries: up to the next reload, which waits for its own agenda
            upto = reload_from(1)
            if sha is None or sha == self.agenda_sha or message is None:
                if not self._write(upto):
                    return None
                continue
            try:
                agenda = self.open_agenda(message)
            except (AgendaError, OSError) as exc:
                self._stop_copy(seq, exc)
                return None
            if not self._write(upto, agenda):
                return None
            self.agenda_sha = sha
            log.warning("venue: room %r reloaded its agenda (%s) at entry %d; this copy goes on with it",
                        self.room, message.name, seq)
            self.agenda_changed.emit(agenda)  # the windows are built again on it (at once)
        return self.controller.show.journal.entries

    def _write(self, count: int, agenda=None) -> bool:
        """The first `count` pending entries to the copy (on `agenda`, a reload's); False if
        the copy stopped."""
        part, self._pending = self._pending[:count], self._pending[count:]
        entries = [entry for _, entry in part]
        # entries from before the room's PC took up its agenda are checked once they reach it
        check = part[-1][0] >= self.room_agendas.get(self.mirror.epoch, (None, 0))[1]
        try:
            if agenda is not None:  # the views are built again on it, not told of it
                self.controller.show.mirror(entries, agenda, check=check)
            else:
                self.controller.mirror(entries, check=check)
        except (JournalError, ActionError, OSError) as exc:
            self._stop_copy(part[0][0], exc)
            return False
        now = time.time()
        for seq, _ in part:
            self.shown_at[seq] = now
        return True

    def _stop_copy(self, seq: int, error: Exception) -> None:
        """The copy can no longer be trusted to be the room's show: said, never hidden."""
        log.error("venue: entry %d of room %r could not be taken: %s", seq, self.room, error)
        self.mirror.seq = self.controller.show.journal.entries
        self._pending = []
        self._say(self.tr("this copy of room {room} stopped at entry {seq}: {error}").format(
            room=self.room, seq=self.mirror.seq, error=error), False)
        self._stopped = True

    def _state(self, news: StateMessage) -> None:
        summary = news.summary
        if self.mirror.epoch is not None and summary.epoch > self.mirror.epoch:
            # A newer show (the room's PC restarted on a new journal, or another standby
            # took over): followed as soon as its agenda is known, entries or none. Waiting
            # for its first entry kept the old show on these windows (and took it over if
            # the room's PC then died before its first key).
            if self._newer_epoch != summary.epoch:
                self._newer_epoch = summary.epoch
                QTimer.singleShot(NEW_EPOCH_AGENDA_WAIT_MS, self, self._follow_newer_epoch)
            if summary.epoch in self.room_agendas:
                self._follow_newer_epoch()
            return
        if summary.epoch != self.mirror.epoch:
            return
        self.last_state_at = time.monotonic()  # the room's PC is alive (its Qt thread sent it)
        self.known_seq = summary.seq
        if summary.seq > self.mirror.seq:
            self._ask_again(self.mirror.epoch, self.mirror.seq + 1)
        controller = self.controller
        if controller is not None and controller.clock.simulated:
            # a rehearsal's clock is the room's: where it stands and how fast it runs
            expected = summary.show_time_at(time.time())
            if abs(controller.clock.precise_s() - expected) > CLOCK_TOLERANCE_S:
                controller.clock.jump_to(expected)
            if controller.clock.speed != summary.speed:
                controller.set_speed(summary.speed)

    def _follow_newer_epoch(self) -> None:
        """Begin the copy of the newer show the room's state spoke of (once): the app opens
        it on that show's agenda if its PC said (`new_epoch`); its entries are asked for."""
        epoch, self._newer_epoch = self._newer_epoch, None
        if epoch is None or self._stopped or self.mirror.epoch is None or epoch <= self.mirror.epoch:
            return
        log.info("venue: room %r runs a newer show, epoch %d (this copy is of %d)", self.room, epoch,
                 self.mirror.epoch)
        self.flush()  # the old copy's entries first
        self.new_epoch.emit(epoch)  # the app begins a new copy and follows it (at once)
        self._ask_again(epoch, 1)

    def _ask_again(self, epoch: int, start: int) -> None:
        now = time.monotonic()
        if now - self._asked < RESEND_EVERY_S:
            return
        arriving = self._asked_for is not None and self._asked_for[0] == epoch \
            and self.mirror.seq > self._asked_for[1]
        if arriving:
            # what was asked for is still arriving (a long journal): asking again would double
            # it; asked again only once nothing came for RESEND_EVERY_S
            self._asked, self._asked_for = now, (epoch, self.mirror.seq)
            return
        self._asked, self._asked_for, self._asked_start = now, (epoch, self.mirror.seq), (epoch, start)
        log.warning("venue: asking room %r for entries of epoch %d from %d", self.room, epoch, start)
        self._client.publish(self.topics["resend"], resend_payload(self.event_name, self.room, epoch, start),
                             qos=1)

    def _ack(self, mid: int, qos: int) -> None:
        if qos:
            self._client.ack(mid, qos)

    def complete(self) -> bool:
        return self.mirror.complete(self.known_seq)

    def _report(self) -> None:
        missing = self.mirror.missing(self.known_seq)
        if missing:
            self._say(self.tr("following room {room}: INCOMPLETE, {count} journal entries missing "
                              "(asked again)").format(room=self.room, count=missing), False)
        elif not self._stopped:
            self._say(self.tr("following room {room} on {address}: journal entry {seq}").format(
                room=self.room, address=self.address, seq=self.mirror.seq), True)

    def _say(self, text: str, ok: bool) -> None:
        if self._line != (text, ok):
            self._line = (text, ok)
            self.line_changed.emit(text, ok)

    # -- paho's thread -------------------------------------------------------------------
    def _on_connect(self, client, userdata, flags, reason, properties) -> None:
        if reason.is_failure:
            log.warning("venue: the broker refused the standby: %s", reason)
            return
        client.subscribe([(self.topics[kind], 1) for kind in ("actions", "status", "state", "agenda")])

    def _on_disconnect(self, client, userdata, flags, reason, properties) -> None:
        if not self._stopped:
            text = self.tr("following room {room}: connection to {address} lost; reconnecting").format(
                room=self.room, address=self.address)
            self.line_changed.emit(text, False)

    def _on_message(self, client, userdata, message: mqtt.MQTTMessage) -> None:
        self._arrived.emit(message.topic, bytes(message.payload), message.mid, message.qos)
