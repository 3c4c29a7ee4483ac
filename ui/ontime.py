"""Companion's "OnTime" module drives the show: an OnTime-v4-compatible subset on our port.

Technicians already have Stream Deck pages for OnTime (getontime.no). Bitfocus Companion's
module for it (github.com/bitfocus/companion-module-getontime-ontime, v5, for OnTime v4)
speaks to OnTime over one WebSocket at `/ws` with `{"tag", "payload"}` messages and reads
two JSON documents over HTTP. This module answers the part of that protocol the Companion
module uses, from our own show (docs/remote.md, "Companion"). Written from the public
description of the protocol (the module's and OnTime's sources, read, not copied):

- the module opens `ws://HOST/ws?token=…` (its host setting, with `ws` added to the path
  and the query kept) and sends `{"tag": "version"}`; it ignores everything until a
  `{"tag": "version", "payload": "4.x.x"}` reply, and reconnects after 5 s without one;
- it then GETs `/data/rundowns/current` and `/data/custom-fields` (with If-None-Match) and
  sends `{"tag": "poll"}`; the `poll` reply and every `runtime-data` message carry (part
  of) OnTime's runtime store: clock, timer, message, rundown, offset, eventNow, eventNext…;
  `{"tag": "refetch", "payload": {"target": "rundown"}}` makes it read the rundown again;
- its buttons send `start`, `load`, `reload`, `pause`, `stop`, `roll`, `addtime`,
  `message`, `change`, `auxtimer`.

What each button does here, and what is refused and why, is in docs/remote.md. In short:
start / start next / start previous / start an event by id, index or cue, load (remember
the session START starts), addtime in whole minutes (an extension of the live session),
the stage message, blink and blackout. Pause, stop, roll and reload are refused: a
conference clock does not stop.

No Qt here: the routes only talk to the hub (ui/server.py): `hub.snapshot()` (the state
JSON of runofshow/remote.py plus "style"), `await hub.act(action)`, `hub.subscribe()` /
`hub.unsubscribe(queue)`. The server's token middleware sets `request[ROLE]` (ui/server_app.py) ("control"
or "view"); only "control" may act. Every refusal is one reply,
`{"tag": "error", "payload": {"tag": <the request's tag>, "status": 400|403|409|503,
"error": "words"}}`, and nothing is done.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import math
import zlib
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

from aiohttp import WSMsgType, web

from runofshow.actions import MAX_EXTEND_MIN
from runofshow.board import Thresholds
from runofshow.remote import MAX_MESSAGE_CHARS
from ui.server_app import ROLE, MessageAllowance, action_allowed, error, websocket_gone, websocket_slot

log = logging.getLogger(__name__)

# The version the handshake answers. The Companion module accepts any version that
# semver-coerces into "4.x.x" (its src/socket.ts); "+runofshow" is semver build metadata:
# it says honestly who answers and coerces to 4.3.0, the OnTime release whose types
# (@getontime/resolver 4.3.0) the module is built against.
ONTIME_VERSION = "4.3.0+runofshow"

MAX_FRAME_BYTES = 64 * 1024  # a WebSocket message beyond this closes the connection (1009)
MAX_TEXT_CHARS = 8 * 1024  # beyond this (but within a frame) a message is refused in words
MAX_ID_CHARS = 200
RATE_PER_S = 20.0  # messages a connection may send a second, on average…
RATE_BURST = 40  # …and at once
HEARTBEAT_S = 20.0  # a client that stops answering pings is closed (half-open connections)

MS = 1000
MINUTE_MS = 60 * MS
WARNING_MS = Thresholds().warning_s * MS  # the board's colour phases (runofshow/board.py)
DANGER_MS = Thresholds().danger_s * MS

# OnTime's message tags a client may send (OnTime's api.type.ts, data.type.ts)
PLAYBACK_TAGS = ("start", "load", "reload", "pause", "stop", "roll", "addtime")
OTHER_ACTION_TAGS = ("message", "change", "auxtimer", "client", "offsetmode")
READ_TAGS = ("version", "poll", "ping")
KNOWN_TAGS = READ_TAGS + PLAYBACK_TAGS + OTHER_ACTION_TAGS

REFUSED = {
    "pause": "runofshow has no pause: a conference clock does not stop (add time with "
             "addtime in whole minutes, or move on with start next)",
    "stop": "runofshow has no stop: a conference clock does not stop (move on with start "
            "next; ending a session without starting another is the console's)",
    "roll": "runofshow has no roll mode: sessions start when the chair or a button "
            "starts them",
    "reload": "runofshow has no reload: a session's clock cannot be reset; use load to "
              "choose the session START starts",
    "change": "runofshow does not edit the agenda from Companion: edit the agenda file "
              "(the console offers to reload it)",
    "auxtimer": "runofshow has no aux timers",
    "client": "runofshow does not rename or redirect its screens from Companion",
    "offsetmode": "runofshow reports lateness one way only (against the planned times)",
}

PLACEHOLDER_TIMER = {"addedTime": 0, "current": None, "duration": None, "elapsed": None,
                     "expectedFinish": None, "phase": "none", "playback": "stop",
                     "secondaryTimer": None, "startedAt": None}
AUX_TIMER = {"current": 0, "direction": "count-up", "duration": 0, "playback": "stop"}


class Refusal(Exception):
    """A request refused in words, with the HTTP-like status our API would give."""

    def __init__(self, error: str, status: int = 400):
        super().__init__(error)
        self.error = error
        self.status = status


# -- our state JSON in OnTime's shapes (pure) ----------------------------------------------

def _moment(iso: str) -> datetime:
    return datetime.fromisoformat(iso)


def _epoch(iso: str) -> int:
    return int(_moment(iso).timestamp())


def ms_of_day(moment: datetime) -> int:
    """OnTime's times of day: milliseconds since the local midnight (of the agenda's zone,
    as our ISO times carry its offset)."""
    return ((moment.hour * 60 + moment.minute) * 60 + moment.second) * MS + moment.microsecond // 1000


def _iso_ms(iso: str | None) -> int | None:
    return None if iso is None else ms_of_day(_moment(iso))


def text_of(value: object, languages: list[str]) -> str:
    """A title or a speaker as one line: every language, the primary (the agenda's first
    language) first, joined by " · "."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        order = [lang for lang in languages if lang in value]
        order += [lang for lang in value if lang not in order]
        parts: list[str] = []
        for lang in order:
            part = value[lang]
            if isinstance(part, str) and part and part not in parts:
                parts.append(part)
        return " · ".join(parts)
    return str(value)


def _primary_text(value: object, languages: list[str]) -> str:
    if isinstance(value, dict):
        for lang in [*languages, *value]:
            if isinstance(value.get(lang), str) and value[lang]:
                return value[lang]
        return ""
    return text_of(value, languages)


def _field_key(lang: str) -> str:
    """A custom field's key for a language: Companion makes variables of it
    (`event_now_custom_title_en`), so letters, digits and "_" only."""
    return "title_" + "".join(c if c.isascii() and c.isalnum() else "_" for c in lang.lower())


def custom_fields_json(snapshot: dict) -> dict:
    """`GET /data/custom-fields`: OnTime's custom fields (key → type, colour, label). Ours
    are the session's kind, its speakers and its title in each language, so a Stream Deck
    button can show `$(ontime:event_now_custom_title_en)`."""
    if not snapshot:
        return {}
    fields = {"kind": {"type": "text", "colour": "#779BE7", "label": "Kind"},
              "speakers": {"type": "text", "colour": "#77C785", "label": "Speakers"}}
    for lang in snapshot["show"]["languages"]:
        fields[_field_key(lang)] = {"type": "text", "colour": "#E7D977", "label": f"Title ({lang})"}
    return fields


def ontime_event(session: dict, cue: str, languages: list[str]) -> dict:
    """One of our sessions as an OnTime event: our session id as `id`, our title (every
    language, the primary first) as `title`, its 1-based place in the day as `cue`, the
    planned times as OnTime's schedule and what the cascade did to them as `delay`."""
    planned_start, planned_end = _moment(session["planned_start"]), _moment(session["planned_end"])
    start = session.get("start")
    custom = {"kind": str(session.get("kind") or ""),
              "speakers": ", ".join(_primary_text(s, languages) for s in session.get("speakers") or [])}
    title = session.get("title")
    for lang in languages:
        in_lang = title.get(lang, "") if isinstance(title, dict) else text_of(title, languages)
        custom[_field_key(lang)] = in_lang
    return {
        "type": "event", "id": session["id"], "cue": cue, "title": text_of(title, languages),
        "note": "", "flag": False, "skip": session.get("state") == "skipped", "colour": "",
        "timeStart": ms_of_day(planned_start), "timeEnd": ms_of_day(planned_end),
        "duration": int((planned_end - planned_start).total_seconds()) * MS,
        "timeStrategy": "lock-duration", "linkStart": False, "countToEnd": False,
        "endAction": "none", "timerType": "count-down",
        "timeWarning": WARNING_MS, "timeDanger": DANGER_MS,
        "custom": custom, "triggers": [], "parent": None, "revision": 0,
        "delay": 0 if start is None else (_epoch(start) - int(planned_start.timestamp())) * MS,
        "dayOffset": 0, "gap": 0,
    }


def _sessions(snapshot: dict) -> list[dict]:
    return snapshot["day"]["sessions"] if snapshot else []


def _events(snapshot: dict) -> list[dict]:
    languages = snapshot["show"]["languages"] if snapshot else []
    return [ontime_event(s, str(place), languages) for place, s in enumerate(_sessions(snapshot), 1)]


def rundown_revision(snapshot: dict) -> int:
    """Changes when what Companion keeps of the rundown changes (ids, cues, titles, skips,
    custom values: its event lists and `event_prev_*`), not with every projected second."""
    kept = [(e["id"], e["cue"], e["title"], e["skip"], e["custom"]) for e in _events(snapshot)]
    date = snapshot["day"]["date"] if snapshot else ""
    return zlib.crc32(json.dumps([date, kept], sort_keys=True).encode()) & 0x7FFFFFFF


def rundown_json(snapshot: dict) -> dict:
    """`GET /data/rundowns/current`: the day the board speaks of as OnTime's rundown."""
    if not snapshot:
        return {"id": "runofshow", "title": "", "order": [], "flatOrder": [], "entries": {},
                "revision": 0}
    events = _events(snapshot)
    ids = [e["id"] for e in events]
    title = text_of(snapshot["show"]["title"], snapshot["show"]["languages"])
    return {"id": f"runofshow-{snapshot['day']['date']}", "title": f"{title} {snapshot['day']['date']}",
            "order": ids, "flatOrder": list(ids), "entries": {e["id"]: e for e in events},
            "revision": rundown_revision(snapshot)}


def usable_cue(snapshot: dict, cued: str | None) -> str | None:
    """The loaded session, if it can still be started (not live, not done, in the day)."""
    if cued is None:
        return None
    for session in _sessions(snapshot):
        if session["id"] == cued:
            return cued if session.get("state") in ("upcoming", "skipped") else None
    return None


def _following(sessions: list[dict], index: int) -> int | None:
    """The first session after `index` still to take place."""
    return next((i for i in range(index + 1, len(sessions)) if sessions[i].get("state") == "upcoming"), None)


def _preceding(index: int) -> int | None:
    """The session just before `index` in the agenda: skipped or passed over, it has not
    taken place and can still be started; done, starting it is refused."""
    return index - 1 if index > 0 else None


def _index(sessions: list[dict], session_id: str | None) -> int | None:
    return next((i for i, s in enumerate(sessions) if s["id"] == session_id), None)


def now_and_next(snapshot: dict, cued: str | None = None) -> tuple[int | None, int | None, str]:
    """Indexes (in the day's sessions) of OnTime's eventNow and eventNext, and the playback.

    Live: the live session plays; next is the loaded one, else the board's next. Waiting:
    the loaded session, else the one that is due, is "armed" (OnTime's loaded, not yet
    started); next is the one after it. Done: nothing, stopped."""
    if not snapshot:
        return None, None, "stop"
    sessions, board = _sessions(snapshot), snapshot["board"]
    cue = _index(sessions, usable_cue(snapshot, cued))
    if board["mode"] == "live" and board["session"] is not None:
        now = _index(sessions, board["session"]["id"])
        following = cue if cue is not None else _index(sessions, (board.get("next") or {}).get("id"))
        return now, following, "play"
    if board["mode"] == "waiting" and board["session"] is not None:
        now = cue if cue is not None else _index(sessions, board["session"]["id"])
        return now, None if now is None else _following(sessions, now), "armed"
    return None, None, "stop"


def message_json(snapshot: dict, staged_text: str = "") -> dict:
    """OnTime's message state: the stage message is OnTime's timer message (shown when
    there is one; the text set while hidden is kept as `text`), blink and blackout are
    ours; there is no secondary message."""
    display = (snapshot or {}).get("display") or {}
    shown = display.get("message") or ""
    return {"timer": {"text": shown or staged_text, "visible": bool(shown),
                      "blink": bool(display.get("blink")), "blackout": bool(display.get("blackout")),
                      "secondarySource": None},
            "secondary": ""}


def _timer(snapshot: dict, session: dict | None, playback: str) -> dict:
    """OnTime's timer for eventNow. Playing: `current` is our countdown (negative in
    overtime), `addedTime` the session's extension, `duration` the rest of the time it is
    given (so current = duration + addedTime − elapsed, as in OnTime). Armed: the session's
    projected length, and `secondaryTimer` the time until its projected start."""
    if session is None or playback == "stop":
        return dict(PLACEHOLDER_TIMER)
    now = _moment(snapshot["now"])
    now_s = snapshot["now_s"]
    added = int(session.get("adjusted_by_s") or 0) * MS
    if playback == "play":
        board = snapshot["board"]
        start_s = _epoch(session["start"])
        due_end_s = now_s + board["remaining_s"]
        length = (due_end_s - start_s) * MS
        return {"addedTime": added, "current": board["remaining_s"] * MS, "duration": length - added,
                "elapsed": (now_s - start_s) * MS,
                "expectedFinish": ms_of_day(now + timedelta(seconds=due_end_s - now_s)),
                "phase": {"normal": "default"}.get(board["phase"], board["phase"]),
                "playback": "play", "secondaryTimer": None, "startedAt": _iso_ms(session["start"])}
    start, end = session.get("start"), session.get("end")
    if start is not None and end is not None:
        length = (_epoch(end) - _epoch(start)) * MS
        until = max(0, _epoch(start) - now_s) * MS
    else:  # skipped: its planned length
        length = (_epoch(session["planned_end"]) - _epoch(session["planned_start"])) * MS
        until = None
    return {"addedTime": added, "current": length, "duration": length - added, "elapsed": None,
            "expectedFinish": _iso_ms(end), "phase": "none", "playback": "armed",
            "secondaryTimer": until, "startedAt": None}


def runtime_data(snapshot: dict, cued: str | None = None, staged_text: str = "") -> dict:
    """OnTime's runtime store (the `poll` reply; `runtime-data` sends the parts that
    changed) filled from our board: eventNow and eventNext with our session ids and
    titles, the timer, the wall clock of the show, the stage message, lateness."""
    if not snapshot:
        return {"clock": 0, "timer": dict(PLACEHOLDER_TIMER), "message": message_json({}),
                "rundown": {"selectedEventIndex": None, "numEvents": 0, "plannedStart": None,
                            "plannedEnd": None, "actualStart": None, "currentDay": None,
                            "actualGroupStart": None},
                "offset": {"absolute": 0, "relative": 0, "mode": "absolute", "expectedFlagStart": None,
                           "expectedGroupEnd": None, "expectedRundownEnd": None},
                "eventNow": None, "eventNext": None, "eventFlag": None, "groupNow": None,
                "auxtimer1": dict(AUX_TIMER), "auxtimer2": dict(AUX_TIMER), "auxtimer3": dict(AUX_TIMER),
                "ping": 1}
    sessions, day, board = _sessions(snapshot), snapshot["day"], snapshot["board"]
    languages = snapshot["show"]["languages"]
    now_i, next_i, playback = now_and_next(snapshot, cued)
    now_session = None if now_i is None else sessions[now_i]
    if playback == "play" and now_session is None:  # the live session is not in the day
        now_session = board["session"]

    def event(i: int | None) -> dict | None:
        return None if i is None else ontime_event(sessions[i], str(i + 1), languages)

    event_now = event(now_i)
    if event_now is None and now_session is not None:
        event_now = ontime_event(now_session, "", languages)
    started = [s["start"] for s in sessions if s.get("state") in ("done", "live") and s.get("start")]
    late_ms = int(board.get("late_by_s") or 0) * MS
    return {
        "clock": ms_of_day(_moment(snapshot["now"])),
        "timer": _timer(snapshot, now_session, playback),
        "message": message_json(snapshot, staged_text),
        "rundown": {"selectedEventIndex": now_i, "numEvents": len(sessions),
                    "plannedStart": _iso_ms(sessions[0]["planned_start"]) if sessions else None,
                    "plannedEnd": _iso_ms(day.get("planned_end")),
                    "actualStart": _iso_ms(min(started, key=_epoch)) if started else None,
                    "currentDay": None, "actualGroupStart": None},
        "offset": {"absolute": late_ms, "relative": late_ms, "mode": "absolute",
                   "expectedFlagStart": None, "expectedGroupEnd": None,
                   "expectedRundownEnd": _iso_ms(day.get("projected_end"))},
        "eventNow": event_now, "eventNext": event(next_i), "eventFlag": None, "groupNow": None,
        "auxtimer1": dict(AUX_TIMER), "auxtimer2": dict(AUX_TIMER), "auxtimer3": dict(AUX_TIMER),
        "ping": 1,
    }


# -- what a message asks (pure checks) ------------------------------------------------------

def _valid_text(value: object, what: str, limit: int) -> str:
    if not isinstance(value, str):
        raise Refusal(f"{what} must be a string")
    if len(value) > limit:
        raise Refusal(f"{what} is longer than {limit} characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise Refusal(f"{what} is not valid Unicode") from None
    return value


def _whole(value: object, what: str) -> int:
    """A JSON number that is a whole number (3 or 3.0), else a Refusal."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise Refusal(f"{what} must be a number, not {_shown(value)}")
    if isinstance(value, float) and (not math.isfinite(value) or not value.is_integer()):
        raise Refusal(f"{what} must be a whole number, not {_shown(value)}")
    return int(value)


def _shown(value: object) -> str:
    text = json.dumps(value) if not isinstance(value, float) or math.isfinite(value) else str(value)
    return text if len(text) <= 40 else text[:37] + "…"


def addtime_minutes(payload: object) -> int:
    """OnTime's addtime payload (milliseconds: a number, or {"add": ms} / {"remove": ms})
    as whole minutes; anything else (seconds, fractions, strings, zero, more than a day) is
    refused in words."""
    if isinstance(payload, dict):
        if len(payload) != 1 or next(iter(payload)) not in ("add", "remove"):
            raise Refusal('addtime takes milliseconds: a number, or {"add": ms} or {"remove": ms}')
        key, value = next(iter(payload.items()))
        ms = _whole(value, f"addtime {key}") * (-1 if key == "remove" else 1)
    else:
        ms = _whole(payload, "addtime (milliseconds)")
    if ms % MINUTE_MS:
        raise Refusal(f"addtime {ms} ms: runofshow extends sessions by whole minutes only "
                      f"(60000 ms a minute), so {ms / 1000:g} s is refused")
    minutes = ms // MINUTE_MS
    if minutes == 0:
        raise Refusal("addtime 0 adds nothing")
    if abs(minutes) > MAX_EXTEND_MIN:
        raise Refusal(f"addtime {minutes} min: at most {MAX_EXTEND_MIN} min (a day) at a time")
    return minutes


def event_pick(payload: object, sessions: list[dict], tag: str) -> str | tuple[str, str]:
    """The event a start or load names: "loaded" (no payload), "next", "previous", or
    ("id", session id) for {"id"}, {"index"} (1-based, as in OnTime) and {"cue"}."""
    usage = f'{tag} takes "next", "previous", {{"id": …}}, {{"index": …}} or {{"cue": …}}'
    if payload is None:
        if tag == "load":
            raise Refusal(usage)
        return "loaded"
    if payload in ("next", "previous"):
        return payload
    if not isinstance(payload, dict) or len(payload) != 1:
        raise Refusal(usage)
    key, value = next(iter(payload.items()))
    if key == "id":
        session_id = _valid_text(value, "id", MAX_ID_CHARS)
        if not session_id:
            raise Refusal("id is empty")
        return "id", session_id
    if key == "index":
        index = _whole(value, "index")
        if not 1 <= index <= len(sessions):
            raise Refusal(f"no session at index {index}: the day has {len(sessions)} (1 to {len(sessions)})")
        return "id", sessions[index - 1]["id"]
    if key == "cue":
        if isinstance(value, int | float) and not isinstance(value, bool):
            cue = str(_whole(value, "cue"))
        else:
            cue = _valid_text(value, "cue", MAX_ID_CHARS).strip()
        if not (cue.isascii() and cue.isdigit()) or not 1 <= int(cue) <= len(sessions):
            raise Refusal(f"no session has the cue {_shown(cue)}: cues are the day's places, "
                          f"1 to {len(sessions)}")
        return "id", sessions[int(cue) - 1]["id"]
    raise Refusal(usage)


def _boolish(value: object, what: str) -> bool:
    """OnTime's message toggles: true/false, or 1/0 as Companion's dropdowns send them."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    raise Refusal(f"{what} must be true or false (or 1 or 0), not {_shown(value)}")


def message_patch(payload: object) -> dict:
    """The parts of OnTime's message patch we carry out: {"text", "visible", "blink",
    "blackout"} (those given). A secondary message or source is refused."""
    if not isinstance(payload, dict):
        raise Refusal('message takes {"timer": {"text", "visible", "blink", "blackout"}}')
    unknown = sorted(set(payload) - {"timer", "secondary"})
    if unknown:
        raise Refusal(f"message takes no {', '.join(_shown(k) for k in unknown[:5])}")
    secondary = payload.get("secondary")
    if secondary not in (None, ""):
        raise Refusal("runofshow has no secondary message: only the timer message (our stage message)")
    timer = payload.get("timer", {})
    if timer is None:
        timer = {}
    if not isinstance(timer, dict):
        raise Refusal('message timer must be an object like {"text": "…", "visible": true}')
    unknown = sorted(set(timer) - {"text", "visible", "blink", "blackout", "secondarySource"})
    if unknown:
        raise Refusal(f"message timer takes no {', '.join(_shown(k) for k in unknown[:5])}")
    if timer.get("secondarySource") is not None:
        raise Refusal("runofshow has no aux timers or secondary message to show")
    patch: dict = {}
    if "text" in timer:
        patch["text"] = _valid_text(timer["text"], "message text", MAX_MESSAGE_CHARS).strip()
    for key in ("visible", "blink", "blackout"):
        if key in timer:
            patch[key] = _boolish(timer[key], key)
    return patch


def _named(session: dict, languages: list[str]) -> str:
    title = _primary_text(session.get("title"), languages)
    return f"{session['id']} ({title})" if title else session["id"]


# -- the bridge: one per server, the Companion connections and what they loaded ------------

class _Connection:
    """One WebSocket: what it was last sent (runtime-data goes out as changes, as OnTime
    does), and one lock so replies and pushes never interleave."""

    def __init__(self, ws: web.WebSocketResponse):
        self.ws = ws
        self.lock = asyncio.Lock()
        self.sent: dict = {}
        self.revision: int | None = None
        self.fields: dict | None = None
        self.wake = asyncio.Event()
        self.messages = MessageAllowance(RATE_PER_S, RATE_BURST)

    async def send(self, message: dict) -> None:
        async with self.lock:
            await self._send(message)

    async def _send(self, message: dict) -> None:
        if self.ws.closed:
            return
        # ASCII JSON: a string a client sent (even a lone surrogate) can always be echoed
        with contextlib.suppress(ConnectionError, RuntimeError):
            await self.ws.send_str(json.dumps(message, separators=(",", ":")))


def _error(tag: object, status: int, error: str) -> dict:
    shown = tag if isinstance(tag, str) and len(tag) <= 40 else None
    return {"tag": "error", "payload": {"tag": shown, "status": status, "error": error}}


class OntimeBridge:
    """Companion's OnTime protocol over one hub. Keeps, for all connections, the session
    loaded with `load` (START starts it) and the message text set while hidden."""

    def __init__(self, hub):
        self.hub = hub
        self.cued: str | None = None
        self.staged_text = ""
        self.connections: set[_Connection] = set()
        self._cache: tuple[object, str | None, str, dict] | None = None
        self._kept: tuple[object, int, dict] | None = None

    # -- reading ---------------------------------------------------------------------------
    def snapshot(self) -> dict:
        snapshot = self.hub.snapshot()
        return snapshot if isinstance(snapshot, dict) else {}

    def store(self, snapshot: dict) -> dict:
        """runtime_data for this snapshot, worked out once for all connections."""
        shown = ((snapshot.get("display") or {}).get("message") or "") if snapshot else ""
        if shown:
            self.staged_text = shown  # hidden later, it stays the text Companion shows
        if self.cued is not None and snapshot and usable_cue(snapshot, self.cued) is None:
            self.cued = None  # started, taken place, or gone with a reload
        cache = self._cache
        if cache is not None and cache[0] is snapshot and cache[1:3] == (self.cued, self.staged_text):
            return cache[3]
        store = runtime_data(snapshot, self.cued, self.staged_text)
        self._cache = (snapshot, self.cued, self.staged_text, store)
        return store

    def kept(self, snapshot: dict) -> tuple[int, dict]:
        """The rundown's revision and the custom fields for this snapshot, worked out once."""
        kept = self._kept
        if kept is None or kept[0] is not snapshot:
            kept = self._kept = (snapshot, rundown_revision(snapshot), custom_fields_json(snapshot))
        return kept[1], kept[2]

    async def push(self, conn: _Connection, *, poll: bool = False) -> dict:
        """Send `conn` what changed since it was last sent (`runtime-data`), or all of it as
        the reply to its `poll`; and `refetch` when the rundown or the custom fields
        Companion keeps have changed. One lock: a push never overtakes a poll's reply."""
        snapshot = self.snapshot()
        store = self.store(snapshot)
        async with conn.lock:
            if poll:
                await conn._send({"tag": "poll", "payload": store})
            else:
                patch = {k: v for k, v in store.items() if conn.sent.get(k) != v}
                if patch:
                    await conn._send({"tag": "runtime-data", "payload": patch})
            conn.sent = store
            revision, fields = self.kept(snapshot)
            if conn.fields is not None and fields != conn.fields:
                await conn._send({"tag": "refetch", "payload": {"target": "custom-fields", "revision": None}})
            if conn.revision is not None and revision != conn.revision:
                await conn._send({"tag": "refetch", "payload": {"target": "rundown", "revision": revision}})
            conn.revision, conn.fields = revision, fields
        return store

    def poke(self) -> None:
        """Something of ours changed (what is loaded, a hidden message's text): every
        connection is sent the change."""
        for conn in self.connections:
            conn.wake.set()

    # -- one message -----------------------------------------------------------------------
    async def handle(self, raw: str, role: str, conn: _Connection | None = None,
                     may_act: Callable[[], bool] | None = None) -> dict | None:
        """The reply to one WebSocket text message (None: no reply). Never raises for
        anything a client sends; a refusal changes nothing. `may_act` says whether the
        device may act now (the server's limit per device, shared with its API)."""
        if len(raw) > MAX_TEXT_CHARS:
            return _error(None, 400, f"message too large: at most {MAX_TEXT_CHARS} characters")
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            return _error(None, 400, 'not JSON: send {"tag": "…", "payload": …}')
        if not isinstance(data, dict) or not isinstance(data.get("tag"), str):
            return _error(None, 400, 'a message is a JSON object like {"tag": "poll"}')
        unknown = sorted(set(data) - {"tag", "payload"})
        if unknown:
            return _error(data["tag"], 400, f"a message has only tag and payload, not {_shown(unknown[0])}")
        tag, payload = data["tag"].lower(), data.get("payload")
        if tag not in KNOWN_TAGS:
            return _error(data["tag"], 400,
                          f"unknown tag {_shown(data['tag'])}; known: {', '.join(KNOWN_TAGS)}")
        try:
            return await self._dispatch(tag, payload, role, conn, may_act)
        except Refusal as refusal:
            return _error(tag, refusal.status, refusal.error)

    async def _dispatch(self, tag: str, payload: object, role: str, conn: _Connection | None,
                        may_act: Callable[[], bool] | None = None) -> dict | None:
        if tag == "version":
            return {"tag": "version", "payload": ONTIME_VERSION}
        if tag == "ping":
            echoed = payload if isinstance(payload, str | int | float | None) else None
            return {"tag": "pong", "payload": echoed}
        if tag == "poll":
            if conn is not None:
                await self.push(conn, poll=True)  # the reply, sent in turn with the pushes
                return None
            return {"tag": "poll", "payload": self.store(self.snapshot())}
        if role != "control":
            raise Refusal("this token may only watch: Companion needs the control token "
                          "(?token=… in its host) to act", 403)
        if tag in REFUSED:
            raise Refusal(REFUSED[tag], 409 if tag in PLAYBACK_TAGS else 400)
        snapshot = self.snapshot()
        if not snapshot:
            raise Refusal("no show is open", 503)
        if may_act is not None and not may_act():
            raise Refusal("too many actions from this device: wait a moment (the same limit as "
                          "the API's, per device, for every connection of it)", 429)
        handler: Callable[[object, dict], Awaitable[dict]] = {
            "start": self._start, "load": self._load, "addtime": self._addtime,
            "message": self._message}[tag]
        return await handler(payload, snapshot)

    async def _act(self, action: dict) -> dict:
        try:
            result = await self.hub.act(action)
        except Exception:  # the hub's fault must not look like the client's
            log.exception("OnTime bridge: %s failed", action)
            raise Refusal("the show could not carry out the action; see the app's log", 500) from None
        if not isinstance(result, dict) or not result.get("ok"):
            result = result if isinstance(result, dict) else {}
            status = result.get("status")
            raise Refusal(str(result.get("error") or "refused"),
                          status if isinstance(status, int) and 400 <= status < 600 else 409)
        return result

    async def _start(self, payload: object, snapshot: dict) -> dict:
        sessions, languages = _sessions(snapshot), snapshot["show"]["languages"]
        pick = event_pick(payload, sessions, "start")
        cue = usable_cue(snapshot, self.cued)
        now_i, _, playback = now_and_next(snapshot, self.cued)
        if pick == "loaded":
            if cue is not None:
                action = {"do": "start", "session": cue}
            elif playback == "armed":
                action = {"do": "next"}  # the due one, as the chair's Space (and its early guard)
            elif playback == "play":
                raise Refusal(f"{_named(sessions[now_i], languages) if now_i is not None else 'a session'}"
                              " is already running: START starts a loaded session, or the due one "
                              "when nothing runs; use start next (GO) to move on", 409)
            else:
                raise Refusal("the programme is complete: nothing left to start", 409)
        elif pick == "next":
            action = {"do": "start", "session": cue} if cue is not None else {"do": "next"}
        elif pick == "previous":
            if now_i is None:
                raise Refusal("nothing is running or due: no previous session", 409)
            before = _preceding(now_i)
            if before is None:
                raise Refusal(f"nothing comes before {_named(sessions[now_i], languages)}", 409)
            previous = sessions[before]
            if previous.get("state") == "done":
                raise Refusal(f"{_named(previous, languages)} has already taken place: runofshow does "
                              "not run a session twice (undo in the console if it ended by mistake)", 409)
            action = {"do": "start", "session": previous["id"]}
        else:
            action = {"do": "start", "session": pick[1]}
        await self._act(action)
        self.cued = None
        self.poke()
        return {"tag": "start", "payload": "success"}

    async def _load(self, payload: object, snapshot: dict) -> dict:
        """OnTime loads an event without starting it. We cannot stop the live session to
        arm another; the closest honest thing: remember it as the session START (and
        start next / GO) will start. Nothing is written to the journal."""
        sessions, languages = _sessions(snapshot), snapshot["show"]["languages"]
        pick = event_pick(payload, sessions, "load")
        cue = usable_cue(snapshot, self.cued)
        now_i, _, _ = now_and_next(snapshot, None)
        reference = _index(sessions, cue) if cue is not None else now_i
        if pick in ("next", "previous"):
            if reference is None:
                raise Refusal("the programme is complete: nothing to load", 409)
            found = _following(sessions, reference) if pick == "next" else _preceding(reference)
            if found is None:
                where = "after" if pick == "next" else "before"
                raise Refusal(f"nothing {where} {_named(sessions[reference], languages)} to load", 409)
            target = sessions[found]
        else:
            found = _index(sessions, pick[1])
            if found is None:
                raise Refusal(f"no session of today's rundown has the id {_shown(pick[1])}", 400)
            target = sessions[found]
        state = target.get("state")
        if state == "done":
            raise Refusal(f"{_named(target, languages)} has already taken place: runofshow does "
                          "not run a session twice", 409)
        self.cued = None if state == "live" else target["id"]  # the live one: nothing to load
        self.poke()
        return {"tag": "load", "payload": "success"}

    async def _addtime(self, payload: object, snapshot: dict) -> dict:
        minutes = addtime_minutes(payload)
        if snapshot["board"]["mode"] != "live":
            raise Refusal("nothing is live: addtime extends the live session", 409)
        await self._act({"do": "extend", "minutes": minutes})
        return {"tag": "addtime", "payload": "success"}

    async def _message(self, payload: object, snapshot: dict) -> dict:
        patch = message_patch(payload)
        display = snapshot.get("display") or {}
        shown = display.get("message") or ""
        blink, blackout = bool(display.get("blink")), bool(display.get("blackout"))
        text = patch.get("text", shown or self.staged_text)
        visible = patch.get("visible", bool(shown))
        if patch.get("visible") and not text:
            raise Refusal("no message text to show: set its text first", 409)
        new_shown = text if visible else ""
        new_blink = patch.get("blink", blink)
        new_blackout = patch.get("blackout", blackout)
        if (new_shown, new_blink) != (shown, blink):
            await self._act({"do": "message", "text": new_shown, "blink": new_blink})
        if new_blackout != blackout:
            await self._act({"do": "blackout", "on": new_blackout})
        self.staged_text = text
        self.poke()
        after = dict(snapshot, display={"message": new_shown, "blink": new_blink, "blackout": new_blackout})
        return {"tag": "message", "payload": message_json(after, self.staged_text)}

    # -- HTTP and WebSocket ----------------------------------------------------------------
    async def websocket(self, request: web.Request) -> web.StreamResponse:
        """`GET /ws`: Companion's connection (view or control token). It takes one of the
        server's WebSocket places, as the API's WebSocket does."""
        if not websocket_slot(request):
            return error(503, "the server has as many WebSocket clients as it takes")
        try:
            return await self._websocket(request)
        finally:
            websocket_gone(request)

    async def _websocket(self, request: web.Request) -> web.StreamResponse:
        ws = web.WebSocketResponse(max_msg_size=MAX_FRAME_BYTES, heartbeat=HEARTBEAT_S)
        await ws.prepare(request)
        role = request.get(ROLE, "view")
        conn = _Connection(ws)
        queue = self.hub.subscribe()
        self.connections.add(conn)

        async def pump() -> None:  # the hub's new snapshots
            while True:
                await queue.get()
                conn.wake.set()

        async def sender() -> None:  # one push per wake-up: slow clients miss states, not the latest
            while True:
                await conn.wake.wait()
                conn.wake.clear()
                await self.push(conn)

        tasks = [asyncio.create_task(pump()), asyncio.create_task(sender())]
        try:
            # as OnTime does, the store on connect (Companion reads it after its handshake)
            snapshot = self.snapshot()
            store = self.store(snapshot)
            async with conn.lock:
                await conn._send({"tag": "runtime-data", "payload": store})
                conn.sent = store
                conn.revision, conn.fields = self.kept(snapshot)
            async for message in ws:
                if message.type == WSMsgType.TEXT:
                    allowance = conn.messages.take()
                    if allowance != "ok":
                        if allowance == "tell":
                            await conn.send(_error(None, 429, f"too many messages: at most {RATE_PER_S:g} "
                                                              "a second; this one was dropped"))
                        continue
                    reply = await self.handle(message.data, role, conn,
                                              may_act=lambda: action_allowed(request))
                    if reply is not None:
                        await conn.send(reply)
                elif message.type == WSMsgType.BINARY:
                    await conn.send(_error(None, 400, "binary messages are not understood: send JSON text"))
        finally:
            for task in tasks:
                task.cancel()
            for task in tasks:
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            self.hub.unsubscribe(queue)
            self.connections.discard(conn)
        return ws

    async def close(self) -> None:
        """Close every Companion connection (the server stopping)."""
        for conn in list(self.connections):
            with contextlib.suppress(Exception):
                await conn.ws.close(code=1001, message=b"runofshow is stopping")

    @staticmethod
    def _json_response(request: web.Request, document: dict) -> web.Response:
        """JSON with an ETag; 304 when Companion already holds it (If-None-Match)."""
        body = json.dumps(document, separators=(",", ":")).encode()
        etag = '"' + hashlib.sha1(body).hexdigest()[:20] + '"'
        held = {tag.strip().removeprefix("W/") for tag in request.headers.get("If-None-Match", "").split(",")}
        headers = {"ETag": etag, "Cache-Control": "no-cache"}
        if etag in held:
            return web.Response(status=304, headers=headers)
        return web.Response(body=body, content_type="application/json", charset="utf-8", headers=headers)

    async def rundown(self, request: web.Request) -> web.Response:
        """`GET /data/rundowns/current`."""
        return self._json_response(request, rundown_json(self.snapshot()))

    async def custom_fields(self, request: web.Request) -> web.Response:
        """`GET /data/custom-fields`."""
        return self._json_response(request, custom_fields_json(self.snapshot()))

    def routes(self) -> list[web.RouteDef]:
        return [web.get("/ws", self.websocket),
                web.get("/data/rundowns/current", self.rundown),
                web.get("/data/custom-fields", self.custom_fields)]


def ontime_routes(hub) -> list[web.RouteDef]:
    """The routes Companion's OnTime module uses, for ui/server.py's create_app to mount
    behind its token middleware (which sets request[ROLE])."""
    return OntimeBridge(hub).routes()
