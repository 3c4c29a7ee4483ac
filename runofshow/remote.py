"""What the show looks like to other devices, and what they may ask of it (docs/remote.md).

Pure functions over the core's data: `state_json` is the board and the day as JSON (what
`GET /api/v1/state` answers and the WebSocket pushes), `parse_action` turns a request's
JSON into an action the show understands, or a clear refusal. No I/O here: the shell's
server (ui/server.py) calls these on the Qt thread's data and carries the results.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from runofshow.actions import MAX_EXTEND_MIN, ActionKind
from runofshow.board import Board, anchor_name, at_risk_words
from runofshow.display_state import DisplayState
from runofshow.model import Agenda, Session, Text
from runofshow.projection import DayProjection, Projection, SessionProjection
from runofshow.words import Words

API_VERSION = 1
MAX_MESSAGE_CHARS = 500  # a stage message is a sentence, not a document
# what a remote device may ask: the live actions, and the technician's own for the stage
SHOW_ACTIONS = ("next", "start", "end", "extend", "skip", "unskip", "undo", "redo")
STAGE_ACTIONS = ("message", "blackout")
REMOTE_ACTIONS = SHOW_ACTIONS + STAGE_ACTIONS


class RemoteError(ValueError):
    """A request the show refuses, in words for the device that sent it."""


@dataclass(frozen=True)
class RemoteAction:
    """A checked request: `kind` is one of REMOTE_ACTIONS. For the show's own actions
    `session` and `minutes` are as in an events file; for the stage's, `text`, `blink` and
    `on`."""

    kind: str
    session: str | None = None
    minutes: int | None = None
    text: str | None = None
    blink: bool = False
    on: bool = False


def _text(text: Text | None) -> dict[str, str] | str | None:
    if text is None:
        return None
    return text.plain if text.plain is not None else dict(text.by_lang)


def words_json(said: Words) -> dict | None:
    """The core's words as their English template and values, for a device to render in
    its languages (the web views: ui/web_words.py sends them the templates' translations):
    {"template": "running {late} late", "values": {"late": {"template": "{minutes} min",
    "values": {"minutes": 4}}}}. None when nothing is said."""
    if not said:
        return None
    return {"template": said.template,
            "values": {name: words_json(value) if isinstance(value, Words) else value
                       for name, value in said.values}}


def _iso(agenda: Agenda, epoch_s: int | None) -> str | None:
    return None if epoch_s is None else agenda.local(epoch_s).isoformat()


def session_json(agenda: Agenda, session: Session, item: SessionProjection | None = None) -> dict:
    """One session as devices see it: titles in every language, planned and projected
    times, its state, and what the cascade and the chair did to it."""
    found = {
        "id": session.id,
        "kind": session.kind,
        "title": _text(session.title),
        "speakers": [_text(speaker) for speaker in session.speakers],
        "planned_start": session.start.isoformat(),
        "planned_end": session.end.isoformat(),
        "hard_start": session.hard_start,
        "hard_end": session.hard_end,
    }
    if item is not None:
        found.update({
            "state": str(item.state),
            "start": _iso(agenda, item.start_s),
            "end": _iso(agenda, item.end_s),
            "adjusted_by_s": item.adjusted_by_s,
            "compressed_by_s": item.compressed_by_s,
        })
    return found


def _day_json(agenda: Agenda, day: DayProjection) -> dict:
    return {
        "date": day.date.isoformat(),
        "planned_end": _iso(agenda, day.planned_end_s),
        "projected_end": _iso(agenda, day.projected_end_s),
        "late_by_s": day.late_by_s,
        "breaches": [{"session": b.session, "anchor": b.anchor, "late_by_s": b.late_by_s,
                      "words": words_json(at_risk_words(
                          anchor_name(day, agenda.session(b.session), b.anchor), b.late_by_s))}
                     for b in day.breaches],
        "sessions": [session_json(agenda, item.session, item) for item in day.sessions],
    }


def _board_day(agenda: Agenda, projection: Projection, board: Board, now_s: int) -> DayProjection:
    """The day the board speaks of: the live or due session's, else today, else the last."""
    if board.session is not None:
        return projection.day(board.session.day)
    today = agenda.programme_date(now_s)
    return next((d for d in projection.days if d.date == today), projection.days[-1])


def state_json(agenda: Agenda, projection: Projection, board: Board, display: DisplayState,
               now_s: int, *, rehearsal: bool = False, speed: float = 1.0) -> dict:
    """The show as devices see it at `now_s`: the board the projector draws (the live or
    due session, the countdown and its phase, what comes next, how the day stands, the
    stage message and blackout) and the whole day that board speaks of."""
    day = _board_day(agenda, projection, board, now_s)
    live = projection.live
    following = board.next_session
    return {
        "api": API_VERSION,
        "show": {
            "title": _text(agenda.title),
            "venue": _text(agenda.venue),
            "languages": list(agenda.languages),
            "timezone": agenda.timezone.key,
            "rehearsal": rehearsal,
            "speed": speed,
        },
        "now": _iso(agenda, now_s),
        "now_s": now_s,
        "board": {
            "mode": str(board.mode),
            "countdown": board.countdown,
            "remaining_s": board.remaining_s,
            "phase": str(board.phase),
            "progress": round(board.progress, 4),
            "held_for": str(board.held_for),
            "day_status": str(board.day_status),
            "at_risk": board.at_risk,
            "late_by_s": board.late_by_s,
            "session": None if board.session is None else session_json(
                agenda, board.session, projection.session(board.session.id)),
            "live": live is not None,
            "next": None if following is None else session_json(
                agenda, following, projection.session(following.id)),
            "next_start": _iso(agenda, board.next_start_s),
            "next_text": str(board.next_text),
            # the three sentences above as template and values, for each device's languages
            "words": {"held_for": words_json(board.held_for), "day_status": words_json(board.day_status),
                      "next_text": words_json(board.next_text)},
        },
        "display": {"message": display.message, "blink": display.blink,
                    "blackout": display.blackout},
        "day": _day_json(agenda, day),
    }


def _whole_minutes(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise RemoteError("minutes must be a whole number like 5 or -5")
    if value != int(value):
        raise RemoteError(f"minutes must be whole, not {value!r}")
    minutes = int(value)
    if minutes == 0 or abs(minutes) > MAX_EXTEND_MIN:
        raise RemoteError(f"minutes must be from -{MAX_EXTEND_MIN} to {MAX_EXTEND_MIN}, not 0")
    return minutes


def parse_action(payload: object, agenda: Agenda) -> RemoteAction:
    """A request's JSON, e.g. {"do": "extend", "session": "d1-panel-2-qa", "minutes": 5}, as
    a RemoteAction; RemoteError (nothing to do) for anything else. Whether the show can
    apply it now is the show's to say (Show.do raises ActionError)."""
    if not isinstance(payload, dict):
        raise RemoteError('an action is a JSON object like {"do": "next"}')
    kind = payload.get("do")
    if kind not in REMOTE_ACTIONS:
        raise RemoteError(f"unknown action {kind!r}; known: {', '.join(REMOTE_ACTIONS)}")
    allowed = {"do", *{"start": ("session",), "skip": ("session",), "unskip": ("session",),
                       "extend": ("session", "minutes"), "message": ("text", "blink"),
                       "blackout": ("on",)}.get(kind, ())}
    unknown = sorted(set(payload) - allowed)
    if unknown:
        raise RemoteError(f"{kind} takes no {', '.join(unknown)}")
    session = payload.get("session")
    if session is not None and (not isinstance(session, str) or not agenda.has_session(session)):
        raise RemoteError(f"no session has the id {session!r}"[:200])
    if kind in (ActionKind.START, ActionKind.SKIP, ActionKind.UNSKIP) and session is None:
        raise RemoteError(f"{kind} needs a session")
    if kind == ActionKind.EXTEND:
        return RemoteAction(kind, session, _whole_minutes(payload.get("minutes")))
    if kind == "message":
        text = payload.get("text", "")
        if not isinstance(text, str) or len(text) > MAX_MESSAGE_CHARS:
            raise RemoteError(f"text must be a string of at most {MAX_MESSAGE_CHARS} characters")
        blink = payload.get("blink", False)
        if not isinstance(blink, bool):
            raise RemoteError("blink must be true or false")
        return RemoteAction(kind, text=text.strip(), blink=blink)
    if kind == "blackout":
        on = payload.get("on")
        if not isinstance(on, bool):
            raise RemoteError("blackout needs on: true or false")
        return RemoteAction(kind, on=on)
    return RemoteAction(kind, session)
