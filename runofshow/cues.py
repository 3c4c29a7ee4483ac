"""Cues: what the room should hear and see, and when, planned from the projection.

`plan_cues(agenda, projection)` lists the upcoming cues — a session's start, warnings
before its end, "the session resumes in 5 minutes" before the end of a break or meal, the
close of the day — at times taken from the projection, so every extension, compression or
skip moves them. Each cue has a stable id (session and kind), so a scheduler can move a
cue instead of adding a second one, and `CueTracker` makes sure none fires twice and that a
cue whose moment passed while the computer slept is skipped and logged, never fired late.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from runofshow.model import BREAK_KINDS, Agenda, CueSettings, Session, Text
from runofshow.projection import LIVE, SKIPPED, UPCOMING, Projection, SessionProjection

DEFAULT_WARNINGS_MIN = (5, 1)
DEFAULT_RESUME_MIN = 5
# Spoken unless the agenda says otherwise: the start, the end of a break, the close. End
# warnings only show (and chime): a voice over a speaker would drown them and the booths.
DEFAULT_SPOKEN = ("start", "resume", "close")
GRACE_S = 5  # a cue this late still fires; later than that it is skipped

# Built-in texts; `{minutes}` = 1 uses the "_1" form. Agendas override per kind.
DEFAULT_TEXTS: dict[str, dict[str, str]] = {
    "start": {"en": "Now starting: {title}", "zh": "现在开始：{title}",
              "fr": "Début : {title}", "de": "Jetzt beginnt: {title}"},
    "warning": {"en": "{minutes} minutes remaining", "zh": "还剩{minutes}分钟",
                "fr": "Il reste {minutes} minutes", "de": "Noch {minutes} Minuten"},
    "warning_1": {"en": "One minute remaining", "zh": "还剩一分钟",
                  "fr": "Il reste une minute", "de": "Noch eine Minute"},
    "resume": {"en": "The session resumes in {minutes} minutes: {next}",
               "zh": "会议将在{minutes}分钟后继续：{next}",
               "fr": "Reprise dans {minutes} minutes : {next}",
               "de": "Weiter in {minutes} Minuten: {next}"},
    "close": {"en": "This concludes today's programme", "zh": "今天的会议到此结束",
              "fr": "Le programme de la journée est terminé",
              "de": "Das Tagesprogramm ist beendet"},
}


@dataclass(frozen=True)
class Cue:
    id: str  # "<session>/<kind>[-<minutes>]": stable while the cue means the same thing
    at_s: int
    session: str
    kind: str  # start | warning | resume | close
    text: tuple[tuple[str, str], ...]  # (language, text) in the agenda's language order
    spoken: bool
    minutes: int | None = None

    def text_in(self, language: str) -> str | None:
        return next((t for lang, t in self.text if lang == language), None)


@dataclass(frozen=True)
class _Settings:
    warnings_min: tuple[int, ...]
    resume_min: int
    start: bool
    close: bool
    speak: tuple[str, ...]
    silent: bool
    texts: dict[str, Text]


def _settings(agenda: Agenda, session: Session) -> _Settings:
    own = session.cues or CueSettings()
    top = agenda.cues

    def pick(name, default):
        for source in (own, top):
            value = getattr(source, name)
            if value is not None:
                return value
        return default

    texts = dict(top.texts or ())
    texts.update(dict(own.texts or ()))
    return _Settings(pick("warnings_min", DEFAULT_WARNINGS_MIN), pick("resume_min", DEFAULT_RESUME_MIN),
                     pick("start", True), top.close if top.close is not None else True,
                     pick("speak", DEFAULT_SPOKEN), pick("silent", False), texts)


def _words(agenda: Agenda, settings: _Settings, kind: str, values: dict) -> tuple[tuple[str, str], ...]:
    out = []
    for lang in agenda.languages or ("en",):
        custom = settings.texts.get(kind)
        template = custom.get(lang) if custom else None
        if template is None and custom is None:
            key = f"{kind}_1" if values.get("minutes") == 1 and f"{kind}_1" in DEFAULT_TEXTS else kind
            template = DEFAULT_TEXTS[key].get(lang)
        if template is None:
            continue  # no text in this language: it is neither shown nor spoken in it
        localized = {k: (v.best((lang, *agenda.languages)) if isinstance(v, Text) else v)
                     for k, v in values.items()}
        out.append((lang, template.format_map(_Blank(localized)).strip(" :：")))
    return tuple(out)


class _Blank(dict):
    def __missing__(self, key: str) -> str:  # an unknown {placeholder} reads as nothing
        return ""


def plan_cues(agenda: Agenda, projection: Projection, after_s: float | None = None) -> list[Cue]:
    """The cues due after `after_s` (default: the projection's moment), in time order.

    A start that waits on the live session (its time moves with every second of an overrun)
    and the close of a day whose last session is live are not planned: they are announced
    when the chair's action makes them happen (`action_cues`), with the same ids.
    """
    after = projection.at_s if after_s is None else after_s
    cues: list[Cue] = []
    for day in projection.days:
        placed = [p for p in day.sessions if p.state != SKIPPED]
        for position, item in enumerate(placed):
            before = placed[position - 1] if position else None
            following = placed[position + 1] if position + 1 < len(placed) else None
            cues.extend(_session_cues(agenda, item, before, following))
        if placed and placed[-1].state == UPCOMING:
            last = placed[-1]
            settings = _settings(agenda, last.session)
            if settings.close:
                cues.append(_cue(agenda, settings, last, "close", last.end_s, {}))
    return sorted((c for c in cues if c.at_s >= after), key=lambda c: (c.at_s, c.id))


def action_cues(agenda: Agenda, before: Projection, after: Projection) -> list[Cue]:
    """Cues an action sets off at once: the start of a session the chair started, and the
    close of a day whose last session the chair ended."""
    cues = []
    now = after.at_s
    for old_day, new_day in zip(before.days, after.days, strict=True):
        for old, new in zip(old_day.sessions, new_day.sessions, strict=True):
            settings = _settings(agenda, new.session)
            if new.state == LIVE and old.state != LIVE and settings.start:
                cues.append(_cue(agenda, settings, new, "start", now, {"title": new.session.title}))
        placed = [p for p in new_day.sessions if p.state != SKIPPED]
        was_open = any(p.state in (LIVE, UPCOMING) for p in old_day.sessions)
        if placed and was_open and all(p.state not in (LIVE, UPCOMING) for p in placed):
            settings = _settings(agenda, placed[-1].session)
            if settings.close:
                cues.append(_cue(agenda, settings, placed[-1], "close", now, {}))
    return cues


def _session_cues(agenda: Agenda, item: SessionProjection, before: SessionProjection | None,
                  following: SessionProjection | None) -> list[Cue]:
    if item.state not in (LIVE, UPCOMING):
        return []
    session = item.session
    settings = _settings(agenda, session)
    # the live one's due end: less what the cascade took, but not pushed by an overrun
    end = item.due_end_s
    values = {"title": session.title, "next": following.session.title if following else ""}
    cues = []
    waits_on_live = before is not None and before.state == LIVE
    if settings.start and item.state == UPCOMING and not waits_on_live:
        cues.append(_cue(agenda, settings, item, "start", item.start_s, values))
    if session.kind in BREAK_KINDS:
        at = end - settings.resume_min * 60
        if following is not None and at > item.start_s:
            cues.append(_cue(agenda, settings, item, "resume", at,
                             {**values, "minutes": settings.resume_min}, settings.resume_min))
        return cues
    for minutes in settings.warnings_min:
        at = end - minutes * 60
        if at > item.start_s:
            cues.append(_cue(agenda, settings, item, "warning", at, {**values, "minutes": minutes},
                             minutes))
    return cues


def _cue(agenda: Agenda, settings: _Settings, item: SessionProjection, kind: str, at: int,
         values: dict, minutes: int | None = None) -> Cue:
    suffix = f"-{minutes}" if minutes is not None else ""
    return Cue(id=f"{item.id}/{kind}{suffix}", at_s=at, session=item.id, kind=kind,
               text=_words(agenda, settings, kind, values),
               spoken=kind in settings.speak and not settings.silent, minutes=minutes)


@dataclass
class CueTracker:
    """Which cues have fired or been skipped. A cue fires at most once; a cue found more
    than `grace_s` late (the computer slept, the clock jumped, the show was paused) is
    skipped and logged instead, so missed cues never come out in a burst."""

    grace_s: float = GRACE_S
    done: dict[str, str] = field(default_factory=dict)  # cue id -> "fired" | "skipped"
    log: list[tuple[float, str, Cue]] = field(default_factory=list)  # (when, outcome, cue)

    def decide(self, cue: Cue, now_s: float) -> str:
        """'fire' (and remember it), 'skip' (logged), 'wait' (not yet) or 'done' (already)."""
        if cue.id in self.done:
            return "done"
        if now_s < cue.at_s:
            return "wait"
        outcome = "fire" if now_s - cue.at_s <= self.grace_s else "skip"
        self.done[cue.id] = "fired" if outcome == "fire" else "skipped"
        self.log.append((now_s, self.done[cue.id], cue))
        return outcome

    def sweep(self, cues: list[Cue], now_s: float) -> list[Cue]:
        """Skip (and log) every cue more than grace_s overdue; returns those skipped. Run at
        every tick, it catches cues whose timer never came (sleep, a clock step)."""
        skipped = []
        for cue in cues:
            if cue.id not in self.done and now_s - cue.at_s > self.grace_s:
                self.decide(cue, now_s)
                skipped.append(cue)
        return skipped

    def late_by(self, cue: Cue, now_s: float) -> int:
        return math.floor(now_s - cue.at_s)


def cues_json(agenda: Agenda, cues: list[Cue]) -> list[dict]:
    return [{"at": agenda.local(c.at_s).isoformat(), "session": c.session, "kind": c.kind,
             "text": dict(c.text), "id": c.id, "spoken": c.spoken, "minutes": c.minutes}
            for c in cues]
