"""A venue's rooms on an MQTT broker (docs/venue.md): topic names and payloads.

Pure functions, no network: the shell's publisher (ui/venue_publisher.py) and overview
(ui/venue_overview.py) carry these bytes. Everything that arrives from a broker is
untrusted (any client of the venue's broker may publish on our topics), so `decode`
checks every field it hands on and raises VenueError, in words, for anything else.

The overview never counts seconds itself: a room's state says when its countdown ends
(`due_s`, on the room's show clock) and how that clock relates to the wall clock at the
moment it was taken (`clock`), so `RoomSummary.countdown_at(time.time())` is the same
`due end − now` the room's own chair shows.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote, unquote, urlsplit

from runofshow.board import countdown_text

PREFIX = "runofshow/v1"  # every topic of ours starts with it (the version is the payloads')
PAYLOAD_VERSION = 1
# agenda: the room's agenda file, retained, for a standby (issue 17 part 2); resend: a
# standby's request for entries it missed (it started late, or found a gap)
KINDS = ("status", "state", "actions", "agenda", "resend")
MAX_PAYLOAD_BYTES = 2 * 1024 * 1024  # a day's state is ~20 KB; anything near this is not ours
MAX_NAME_CHARS = 64
# a publisher answers a standby's resend with at most this many entries: a broker keeps at
# most so many messages queued for one client (Mosquitto's max_queued_messages: 1000 by
# default) and drops QoS 1 messages beyond that; the standby asks for the next ones as
# these arrive
RESEND_MAX = 500
DEFAULT_EVENT = "default"
DEFAULT_PORTS = {"mqtt": 1883, "mqtts": 8883}
# a broker's password, when not in its URL: not on a command line every user of the PC can read
PASSWORD_VARIABLE = "RUNOFSHOW_BROKER_PASSWORD"
# a room or event name is one topic level: no separators or wildcards, nothing invisible
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ._-]*")


class VenueError(ValueError):
    """A broker address, a name or a payload we cannot use, in words for the log."""


@dataclass(frozen=True)
class BrokerAddress:
    """Where the broker is: `mqtt://[USER[:PASSWORD]@]HOST[:PORT]`, or `mqtts://` for TLS."""

    host: str
    port: int
    tls: bool = False
    username: str | None = None
    password: str | None = None

    def __str__(self) -> str:  # for people and logs: never the password
        user = f"{self.username}@" if self.username else ""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{'mqtts' if self.tls else 'mqtt'}://{user}{host}:{self.port}"


def parse_broker_url(text: str) -> BrokerAddress:
    """`mqtt://HOST:PORT` (1883 if no port), `mqtts://…` (TLS, 8883), with an optional
    `USER:PASSWORD@` (percent-encoded as in any URL); VenueError for anything else."""
    try:
        parts = urlsplit(text.strip())
        port = parts.port
    except ValueError as exc:
        raise VenueError(f"{text!r} is not a broker address: {exc}") from None
    if parts.scheme not in DEFAULT_PORTS:
        raise VenueError(f"{text!r}: a broker address starts with mqtt:// or mqtts://")
    if not parts.hostname:
        raise VenueError(f"{text!r}: no host (write mqtt://HOST:PORT)")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise VenueError(f"{text!r}: a broker address has no path or query")
    return BrokerAddress(parts.hostname, port or DEFAULT_PORTS[parts.scheme], parts.scheme == "mqtts",
                         None if parts.username is None else unquote(parts.username),
                         None if parts.password is None else unquote(parts.password))


def url_without_password(address: BrokerAddress) -> str:
    """`address` as a URL that parse_broker_url reads back, its user percent-encoded and
    its password left out: what is kept on disk (a password is never written there)."""
    user = f"{quote(address.username, safe='')}@" if address.username else ""
    host = f"[{address.host}]" if ":" in address.host else address.host
    return f"{'mqtts' if address.tls else 'mqtt'}://{user}{host}:{address.port}"


def check_name(what: str, name: object) -> str:
    """A room's or an event's name as it goes in a topic; VenueError if it cannot."""
    if not isinstance(name, str) or not name or len(name) > MAX_NAME_CHARS or not _NAME.fullmatch(name):
        raise VenueError(f"{what} name {name!r:.80}: use 1 to {MAX_NAME_CHARS} letters, digits, "
                         "spaces, '.', '_' or '-', starting with a letter or digit")
    return name


def topic(event: str, room: str, kind: str) -> str:
    """`runofshow/v1/EVENT/ROOM/KIND`, KIND one of KINDS."""
    if kind not in KINDS:
        raise VenueError(f"unknown topic kind {kind!r}")
    return f"{PREFIX}/{check_name('event', event)}/{check_name('room', room)}/{kind}"


def every_room(event: str, kind: str) -> str:
    """The subscription to one kind of topic of every room of an event."""
    if kind not in KINDS:
        raise VenueError(f"unknown topic kind {kind!r}")
    return f"{PREFIX}/{check_name('event', event)}/+/{kind}"


def parse_topic(name: str) -> tuple[str, str, str]:
    """(event, room, kind) of one of our topics; VenueError for any other topic."""
    parts = name.split("/")
    if len(parts) != 5 or "/".join(parts[:2]) != PREFIX or parts[4] not in KINDS:
        raise VenueError(f"not a runofshow topic: {name!r:.200}")
    return check_name("event", parts[2]), check_name("room", parts[3]), parts[4]


def epoch_of(header: dict) -> int:
    """The show's epoch from its journal's first line: its own "epoch" if it has one (a
    takeover starts a new one), else when the journal was created, in milliseconds. A
    fresh start or another agenda is a new journal, so a new epoch; within an epoch the
    sequence numbers of its entries go 1, 2, 3…"""
    epoch = header.get("epoch")
    if isinstance(epoch, int) and not isinstance(epoch, bool) and epoch > 0:
        return epoch
    try:
        return int(datetime.fromisoformat(header["created"]).timestamp() * 1000)
    except (KeyError, TypeError, ValueError):
        return 0  # a journal without a date: older than any other


def _encode(payload: dict) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def action_payload(event: str, room: str, epoch: int, seq: int, entry: dict) -> bytes:
    """One journal entry (as on disk) with its place in the show: epoch and sequence."""
    return _encode({"v": PAYLOAD_VERSION, "event": event, "room": room, "epoch": epoch, "seq": seq,
                    "entry": entry})


def state_payload(event: str, room: str, epoch: int, seq: int, state: dict, wall: float,
                  show: float, speed: float) -> bytes:
    """The room's state (runofshow.remote.state_json: what GET /api/v1/state answers),
    the journal's last sequence number, and the room's show clock at `wall` (time.time()):
    `show` seconds, running at `speed`."""
    return _encode({"v": PAYLOAD_VERSION, "event": event, "room": room, "epoch": epoch, "seq": seq,
                    "clock": {"wall": wall, "show": show, "speed": speed}, "state": state})


def status_payload(event: str, room: str, online: bool, wall: float, epoch: int | None = None) -> bytes:
    """Online (with the show's epoch), or offline (said by the app as it stops, or by the
    broker as its last will when the app vanishes)."""
    return _encode({"v": PAYLOAD_VERSION, "event": event, "room": room, "online": online,
                    "at": wall, "epoch": epoch})


def agenda_hash(text: str) -> str:
    """The agenda file's text as a short fingerprint: a standby given its own file compares it."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def agenda_payload(event: str, room: str, epoch: int, name: str, text: str, first_day: str,
                   seq: int = 0) -> bytes:
    """The agenda file the room's show runs on (its text, its file name, its fingerprint),
    the date its first day runs on (another than the file's with `--today`), and `seq`: the
    journal's entries when the show took it up (a reload's entry is the last of them)."""
    return _encode({"v": PAYLOAD_VERSION, "event": event, "room": room, "epoch": epoch, "name": name,
                    "sha": agenda_hash(text), "text": text, "first_day": first_day, "seq": seq})


def resend_payload(event: str, room: str, epoch: int, start: int) -> bytes:
    """A standby asks the room's publisher for the entries of `epoch` from `start` on."""
    return _encode({"v": PAYLOAD_VERSION, "event": event, "room": room, "epoch": epoch, "from": start})


# -- reading what arrives ----------------------------------------------------------------


@dataclass(frozen=True)
class ActionMessage:
    event: str
    room: str
    epoch: int
    seq: int
    entry: dict


@dataclass(frozen=True)
class AgendaMessage:
    event: str
    room: str
    epoch: int
    name: str  # the file's name on the room's PC, e.g. "wipo-2024.yaml"
    text: str
    sha: str
    first_day: str  # ISO date the show's first day runs on
    seq: int = 0  # the journal's entries when the show took it up (0: from the start)


@dataclass(frozen=True)
class ResendMessage:
    event: str
    room: str
    epoch: int
    start: int


@dataclass(frozen=True)
class StatusMessage:
    event: str
    room: str
    online: bool
    at: float
    epoch: int | None


def title_text(title: dict[str, str] | str | None, languages: tuple[str, ...] = ()) -> str:
    """A title in the first of `languages` it has, else its first."""
    if title is None:
        return ""
    if isinstance(title, str):
        return title
    for language in languages:
        if language in title:
            return title[language]
    return next(iter(title.values()), "")


@dataclass(frozen=True)
class Anchor:
    """The next anchor at risk: the session that holds it, which end, when, and by how much."""

    session: str
    anchor: str  # "start" or "end"
    at: str  # "18:00", the anchor's planned local time
    late_by_s: int
    title: dict[str, str] | str | None = None  # the session's, as the state gives it

    def title_in(self, languages: tuple[str, ...] = ()) -> str:
        """The session as a person knows it: its title, else its id."""
        return title_text(self.title, languages) or self.session


@dataclass(frozen=True)
class RoomSummary:
    """One room as the overview shows it, from its state message."""

    event: str
    room: str
    epoch: int
    seq: int
    mode: str  # "live", "waiting", "done" (runofshow.board.BoardMode)
    session: str | None  # the live session's id (or the one due when waiting)
    title: dict[str, str] | str | None
    due_s: int | None  # when the countdown reaches 0:00, on the room's show clock
    late_by_s: int  # how late the room's day ends (negative: ahead)
    day_status: str
    anchor: Anchor | None
    wall: float  # the room's show clock at wall time `wall` read `show`, running at `speed`
    show: float
    speed: float
    rehearsal: bool

    def show_time_at(self, wall_now: float) -> float:
        return self.show + (wall_now - self.wall) * self.speed

    def countdown_at(self, wall_now: float) -> tuple[str, int] | None:
        """The countdown as the room's chair shows it at `wall_now` ("12:34", "+0:42") and
        its seconds (negative in overtime); None when nothing is live or due."""
        if self.due_s is None:
            return None
        remaining = self.due_s - math.floor(self.show_time_at(wall_now))
        return countdown_text(remaining)[0], remaining

    def next_change_after(self, wall_now: float) -> float:
        """Real seconds from `wall_now` until its countdown shows the next second."""
        if self.speed <= 0:
            return math.inf
        now = self.show_time_at(wall_now)
        return (math.floor(now) + 1 - now) / self.speed

    def title_in(self, languages: tuple[str, ...] = ()) -> str:
        """The session's title in the first of `languages` it has, else its first."""
        return title_text(self.title, languages)


@dataclass(frozen=True)
class StateMessage:
    summary: RoomSummary


def _need(payload: dict, key: str, kinds, what: str):
    value = payload.get(key)
    if isinstance(value, bool) and bool not in (kinds if isinstance(kinds, tuple) else (kinds,)):
        raise VenueError(f"{what}: {key} must not be true or false")
    if not isinstance(value, kinds):
        raise VenueError(f"{what}: {key} is missing or of the wrong type")
    if isinstance(value, float) and not math.isfinite(value):
        raise VenueError(f"{what}: {key} must be a finite number")
    return value


def _object(value: object, what: str) -> dict:
    if not isinstance(value, dict):
        raise VenueError(f"{what} must be a JSON object")
    return value


def _title(value: object) -> dict[str, str] | str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        return value
    raise VenueError("state: a title must be text or {language: text}")


def _anchor(day: dict) -> Anchor | None:
    """The first breached anchor of the day the room's board speaks of, with its time."""
    breaches = day.get("breaches", [])
    sessions = day.get("sessions", [])
    if not isinstance(breaches, list) or not isinstance(sessions, list):
        raise VenueError("state: day.breaches and day.sessions must be lists")
    if not breaches:
        return None
    breach = _object(breaches[0], "state: a breach")
    session = _need(breach, "session", str, "state: a breach")
    anchor = _need(breach, "anchor", str, "state: a breach")
    late_by_s = _need(breach, "late_by_s", int, "state: a breach")
    if anchor not in ("start", "end"):
        raise VenueError(f"state: a breach's anchor is start or end, not {anchor!r:.40}")
    at, title = "", None
    for item in sessions:
        if isinstance(item, dict) and item.get("id") == session:
            title = _title(item.get("title"))
            planned = item.get(f"planned_{anchor}")
            if isinstance(planned, str):
                try:
                    at = datetime.fromisoformat(planned).strftime("%H:%M")
                except ValueError:
                    raise VenueError(f"state: planned_{anchor} of {session!r:.80} is not a time") from None
            break
    return Anchor(session, anchor, at, late_by_s, title)


def _summary(event: str, room: str, payload: dict) -> RoomSummary:
    what = "state"
    epoch = _need(payload, "epoch", int, what)
    seq = _need(payload, "seq", int, what)
    clock = _object(payload.get("clock"), "state: clock")
    wall = float(_need(clock, "wall", (int, float), "state: clock"))
    show = float(_need(clock, "show", (int, float), "state: clock"))
    speed = float(_need(clock, "speed", (int, float), "state: clock"))
    if speed < 0 or speed > 10_000:
        raise VenueError("state: clock.speed must be from 0 to 10000")
    state = _object(payload.get("state"), "state: state")
    now_s = _need(state, "now_s", int, what)
    board = _object(state.get("board"), "state: board")
    mode = _need(board, "mode", str, "state: board")
    if mode not in ("live", "waiting", "done"):
        raise VenueError(f"state: board.mode is live, waiting or done, not {mode!r:.40}")
    remaining = _need(board, "remaining_s", int, "state: board")
    late_by_s = _need(board, "late_by_s", int, "state: board")
    day_status = _need(board, "day_status", str, "state: board")
    session = board.get("session")
    session_id, title = None, None
    if session is not None:
        session = _object(session, "state: board.session")
        session_id = _need(session, "id", str, "state: board.session")
        title = _title(session.get("title"))
    show_info = state.get("show", {})
    rehearsal = isinstance(show_info, dict) and show_info.get("rehearsal") is True
    due_s = None if mode == "done" or session is None else now_s + remaining
    return RoomSummary(event, room, epoch, seq, mode, session_id, title, due_s, late_by_s, day_status[:200],
                       _anchor(_object(state.get("day", {}), "state: day")), wall, show, speed, rehearsal)


def decode(topic_name: str, payload: bytes) -> (ActionMessage | StateMessage | StatusMessage | AgendaMessage
                                                | ResendMessage):
    """What arrived on one of our topics, checked; VenueError (in words) for anything that
    is not a payload of ours, or does not match the topic it came on."""
    event, room, kind = parse_topic(topic_name)
    if len(payload) > MAX_PAYLOAD_BYTES:
        raise VenueError(f"{kind} payload of {len(payload)} bytes is too large")
    try:
        data = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise VenueError(f"{kind} payload is not JSON: {exc}"[:300]) from None
    data = _object(data, f"a {kind} payload")
    if data.get("v") != PAYLOAD_VERSION:
        raise VenueError(f"{kind} payload of version {data.get('v')!r:.40}; this app reads {PAYLOAD_VERSION}")
    if data.get("event") != event or data.get("room") != room:
        raise VenueError(f"{kind} payload names another room or event than its topic")
    if kind == "status":
        online = _need(data, "online", bool, "status")
        at = float(_need(data, "at", (int, float), "status"))
        epoch = data.get("epoch")
        if epoch is not None and (isinstance(epoch, bool) or not isinstance(epoch, int)):
            raise VenueError("status: epoch must be a whole number")
        return StatusMessage(event, room, online, at, epoch)
    if kind == "actions":
        epoch = _need(data, "epoch", int, "action")
        seq = _need(data, "seq", int, "action")
        if seq < 1:
            raise VenueError("action: seq starts at 1")
        return ActionMessage(event, room, epoch, seq, _object(data.get("entry"), "action: entry"))
    if kind == "agenda":
        text = _need(data, "text", str, "agenda")
        if agenda_hash(text) != data.get("sha"):
            raise VenueError("agenda: the text does not match its fingerprint")
        name = _need(data, "name", str, "agenda")
        if not name or "/" in name or "\\" in name or name.startswith("."):
            raise VenueError("agenda: the file name must be a plain name")
        first_day = _need(data, "first_day", str, "agenda")
        try:
            datetime.fromisoformat(first_day)
        except ValueError:
            raise VenueError("agenda: first_day is not a date") from None
        seq = data.get("seq", 0)  # absent from the first version's payloads: from the start
        if not isinstance(seq, int) or isinstance(seq, bool) or seq < 0:
            raise VenueError("agenda: seq is not a count of entries")
        return AgendaMessage(event, room, _need(data, "epoch", int, "agenda"), name[:120], text, data["sha"],
                             first_day[:10], seq)
    if kind == "resend":
        start = _need(data, "from", int, "resend")
        if start < 1:
            raise VenueError("resend: from starts at 1")
        return ResendMessage(event, room, _need(data, "epoch", int, "resend"), start)
    return StateMessage(_summary(event, room, data))


@dataclass(frozen=True)
class VenueOptions:
    """`--broker URL --room ROOM [--event EVENT] [--broker-ca FILE]`: where this room's show
    is published, and which event the console's overview shows."""

    address: BrokerAddress
    room: str | None = None  # None: nothing is published (an overview only)
    event: str = DEFAULT_EVENT
    ca_file: str | None = None
