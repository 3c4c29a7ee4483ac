"""Cues: what the room should hear and see, and when, planned from the projection.

`plan_cues(agenda, projection)` lists the upcoming cues — a session's start, warnings
before its end, "the session resumes in 5 minutes" before the end of a break or meal, the
close of the day — at times taken from the projection, so every extension, compression or
skip moves them. Each cue has a stable id (session and kind), so a scheduler can move a
cue instead of adding a second one, and `CueTracker` makes sure none fires twice for the
moment it speaks of and that a cue whose moment passed while the computer slept is skipped
and logged, never fired late. A warning that fired before the chair extended the session is
due again before the new end (the tracker keeps the moment each cue was decided for).
`CueLog` keeps what became of each cue beside the show's journal, so a restart or a reload
knows what already fired (and the console can show it); `missed_cues` finds what came due
while the app was closed.
"""

from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass, field, replace
from datetime import datetime, tzinfo
from pathlib import Path

from runofshow.actions import Action
from runofshow.model import BREAK_KINDS, Agenda, CueSettings, Session, Text
from runofshow.phrases import phrase
from runofshow.projection import LIVE, SKIPPED, UPCOMING, Projection, SessionProjection, project

DEFAULT_WARNINGS_MIN = (5, 1)
DEFAULT_RESUME_MIN = 5
# Spoken unless the agenda says otherwise: the start, the end of a break, the close. End
# warnings only show (and chime): a voice over a speaker would drown them and the booths.
DEFAULT_SPOKEN = ("start", "resume", "close")
GRACE_S = 5  # a cue this late (show seconds, at real speed) still fires; later, it is skipped
# What a cue's wake-up may take in real time: APScheduler's thread, then the GUI thread busy
# painting or writing the journal (measured: 5-20 ms idle, the speech benchmark allows 50 ms
# stalls; this is ten times that). At real speed GRACE_S covers it; a rehearsal running fast
# turns it into seconds of show time (grace_s).
WAKE_LATENCY_S = 0.5
log = logging.getLogger(__name__)


def grace_s(speed: float) -> float:
    """How late, in show seconds, a cue may be found and still fire on a clock running at
    `speed`: GRACE_S, plus the wake-up latency seen at that speed (1x: 5 s, 10x: 9.5 s,
    60x: 34.5 s, that is 0.58 s of real time). A cue the clock jumped over by more, or
    that the computer slept through, is still skipped."""
    return GRACE_S + max(0.0, speed - 1.0) * WAKE_LATENCY_S


@dataclass(frozen=True)
class Cue:
    id: str  # "<session>/<kind>[-<minutes>]": the same while the cascade moves it (CueTracker.settled)
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
        if template is None and custom is None:  # the built-in words (runofshow.phrases)
            template = phrase(kind, lang, values.get("minutes"))
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

    A start that waits on the live session (its time moves with every second of an overrun),
    a start whose moment passed with nothing live, and the close of a day whose last session
    is live are not planned: they are announced when the chair's action makes them happen
    (`action_cues`), with the same ids.
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
            # A last session with no length left (the chair shortened it to nothing, the
            # cascade took all of it) ends as it starts: its close is timed at a start of
            # the plan only, not at a "now" that moves on with every second (it would come
            # due again at every action, and during an overrun before it, too soon).
            before = placed[-2] if len(placed) > 1 else None
            timed = last.end_s > last.start_s or _starts_by_the_plan(last, before)
            if settings.close and timed:
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
    if settings.start and item.state == UPCOMING and _starts_by_the_plan(item, before):
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


def _starts_by_the_plan(item: SessionProjection, before: SessionProjection | None) -> bool:
    """Whether an upcoming session's start is a moment of the plan, announced when it comes:
    its planned start, or the end of an upcoming session before it. Not when it is only
    "now" because that moment passed with nothing live (rule 3: the show opened late, or
    the chair pressed End, not Next, after the planned start): nothing starts then until
    the chair starts it, and the chair's action announces it. A start held back by the live
    session is not timed either (it would move with every second of the overrun)."""
    if item.start_s == item.session.start_s:
        return before is None or before.state != LIVE
    return before is not None and before.state == UPCOMING and item.start_s == before.end_s


def _cue(agenda: Agenda, settings: _Settings, item: SessionProjection, kind: str, at: int,
         values: dict, minutes: int | None = None) -> Cue:
    suffix = f"-{minutes}" if minutes is not None else ""
    return Cue(id=f"{item.id}/{kind}{suffix}", at_s=at, session=item.id, kind=kind,
               text=_words(agenda, settings, kind, values),
               spoken=kind in settings.speak and not settings.silent, minutes=minutes)


@dataclass
class CueTracker:
    """Which cues have fired or been skipped, and for which moment. A cue fires at most
    once for its moment; a cue found more than `grace_s` late (the computer slept, the
    clock jumped, the show was paused) is skipped and logged instead, so missed cues never
    come out in a burst."""

    grace_s: float = GRACE_S
    # cue id -> ("fired" | "skipped", the moment (its `at_s`) it was decided for): `settled`
    decided: dict[str, tuple[str, int]] = field(default_factory=dict)
    log: list[tuple[float, str, Cue]] = field(default_factory=list)  # (when, outcome, cue)

    @classmethod
    def resume(cls, records: list[CueRecord], grace_s: float = GRACE_S) -> CueTracker:
        """A tracker that starts with what is on record: a cue that fired or was skipped
        before a restart or a reload is never fired again for that moment."""
        tracker = cls(grace_s)
        for record in records:
            if record.outcome == "withdrawn":
                tracker.decided.pop(record.cue.id, None)
            else:
                tracker.decided[record.cue.id] = (record.outcome, record.cue.at_s)
            tracker.log.append((record.decided_s, record.outcome, record.cue))
        return tracker

    @property
    def done(self) -> dict[str, str]:
        """cue id -> "fired" | "skipped": what became of each cue decided (the last time)."""
        return {cue_id: outcome for cue_id, (outcome, _) in self.decided.items()}

    def settled(self, cue: Cue) -> bool:
        """Whether `cue` was decided already. A warning, a "resumes in" or a close speaks of
        a moment the chair's actions can move later: one that fired (or was skipped) before
        the chair extended the session, or reopened the day, is due again at its new moment,
        while a compression that brings it forward does not repeat it. A start is the
        session's one start: the chair's Start after the plan announced it is the same one
        (never twice), but a start that was skipped (the app closed, the computer asleep) is
        announced when the chair starts the session."""
        if cue.id not in self.decided:
            return False
        outcome, moment = self.decided[cue.id]
        return cue.at_s <= moment or (cue.kind == "start" and outcome == "fired")

    def withdraw(self, cue: Cue, now_s: float) -> None:
        """Forget that `cue` fired: the action that set it off was undone, so the real
        start or close, when it comes, is announced again."""
        if self.decided.pop(cue.id, None) is not None:
            self.log.append((now_s, "withdrawn", cue))

    def decide(self, cue: Cue, now_s: float, grace_s: float | None = None) -> str:
        """'fire' (and remember it), 'skip' (logged), 'wait' (not yet) or 'done' (already).
        `grace_s` (default: the tracker's) is how late it may be and still fire."""
        if self.settled(cue):
            return "done"
        if now_s < cue.at_s:
            return "wait"
        grace = self.grace_s if grace_s is None else grace_s
        outcome = "fire" if now_s - cue.at_s <= grace else "skip"
        recorded = "fired" if outcome == "fire" else "skipped"
        self.decided[cue.id] = (recorded, cue.at_s)
        self.log.append((now_s, recorded, cue))
        return outcome

    def sweep(self, cues: list[Cue], now_s: float, grace_s: float | None = None) -> list[Cue]:
        """Skip (and log) every cue more than the grace overdue; returns those skipped. Run
        at every tick, it catches cues whose timer never came (sleep, a clock step)."""
        grace = self.grace_s if grace_s is None else grace_s
        skipped = []
        for cue in cues:
            if not self.settled(cue) and now_s - cue.at_s > grace:
                self.decide(cue, now_s, grace)
                skipped.append(cue)
        return skipped

    def late_by(self, cue: Cue, now_s: float) -> int:
        return math.floor(now_s - cue.at_s)


def missed_cues(agenda: Agenda, actions: list[Action], since_s: int, until_s: int) -> list[Cue]:
    """The cues that came due after `since_s`, up to `until_s`, with no action in between
    (what a show on the real clock missed while the app was closed): each as the plan of
    its own second had it, as a cue's job asks when it comes due, so a cue that the clock
    kept moving on (the warnings of a session nobody started) is not among them."""
    missed: dict[str, Cue] = {}
    moment = since_s
    ahead = plan_cues(agenda, project(agenda, actions, moment), moment + 1)
    while ahead and ahead[0].at_s <= until_s:
        moment = ahead[0].at_s
        plan = plan_cues(agenda, project(agenda, actions, moment), moment)
        for cue in plan:
            if cue.at_s == moment:
                missed.setdefault(cue.id, cue)  # the first time it came due
        ahead = [cue for cue in plan if cue.at_s > moment]
    return list(missed.values())


def cues_json(agenda: Agenda, cues: list[Cue]) -> list[dict]:
    return [{"at": agenda.local(c.at_s).isoformat(), "session": c.session, "kind": c.kind,
             "text": dict(c.text), "id": c.id, "spoken": c.spoken, "minutes": c.minutes}
            for c in cues]


# -- what became of each cue, on disk ------------------------------------------------------

@dataclass(frozen=True)
class CueRecord:
    """What became of one cue: fired or skipped, at which show moment, when on the
    computer's clock, and (a fired spoken cue) whether its announcement was heard."""

    outcome: str  # "fired" | "skipped"
    cue: Cue
    decided_s: float  # the show clock when it was decided
    real: str  # the computer's clock then, ISO 8601 with its offset
    speech: str | None = None  # "spoken" | "not heard" | "not spoken"; None: not (yet) said
    why: str | None = None  # why it was not heard or not spoken


class CueLog:
    """A show's cue log: one JSON line per event, appended beside the journal
    (runofshow.journal.cue_log_path).

    Three kinds of line (times of the show clock in ISO 8601 with the agenda zone's offset,
    as in the journal; `real` is the computer's own clock):

        {"cue", "outcome": "fired"|"skipped"|"withdrawn", "due", "decided", "late_s", "real",
         "session", "kind", "minutes", "spoken", "text": {lang: words}}
        {"cue", "speech": "spoken"|"not heard"|"not spoken", "why"?, "real"}
        {"cue", "muted": true|false, "real"}

    The first says what became of a cue ("withdrawn": a cue an action set off, whose action
    was undone; it may fire again). The second says what became of a fired cue's
    announcement (it comes later, from the speech worker). The third is the technician's
    tick box "Speak" for one cue, so a reload, a restart or a change of language keeps it.

    Lines are written and flushed to the operating system, not fsynced: a crash of the
    app keeps them (the kernel has them; tested with SIGKILL), and only a power cut can
    lose the last ones. That costs the record of a cue, never an action of the chair
    (those are the journal's, fsynced), and the show clock on the real day has by then
    moved far past the cue's grace, so it is skipped, not fired again. An fsync would
    instead stall the screens at the very moment a cue shows, once per cue of a burst.
    A line that cannot be read (a torn last one, say) is left out and logged."""

    def __init__(self, path: Path, zone: tzinfo):
        self.path = path
        self.zone = zone
        self.records: list[CueRecord] = []
        self.muted: set[str] = set()  # cue ids the technician keeps silent
        self._torn = False  # the file ends in a torn line: the next line starts on its own

    @classmethod
    def open(cls, path: Path, zone: tzinfo) -> CueLog:
        cue_log = cls(path, zone)
        cue_log._read()
        return cue_log

    def _read(self) -> None:
        try:
            text = self.path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return
        except OSError as exc:
            log.warning("cannot read the cue log %s: %s", self.path, exc)
            return
        self._torn = bool(text) and not text.endswith("\n")
        lines = text.splitlines()
        where: dict[str, int] = {}
        for number, line in enumerate(lines, 1):
            try:
                entry = json.loads(line)
                if "muted" in entry:
                    if not isinstance(entry["muted"], bool):
                        raise TypeError("muted is true or false")
                    (self.muted.add if entry["muted"] else self.muted.discard)(entry["cue"])
                elif "outcome" in entry:
                    where[entry["cue"]] = len(self.records)
                    self.records.append(self._decision(entry))
                elif entry["cue"] in where:
                    at = where[entry["cue"]]
                    self.records[at] = replace(self.records[at], speech=entry["speech"],
                                               why=entry.get("why"))
            except (ValueError, KeyError, TypeError) as exc:
                log.warning("%s:%d: cue log line left out (%s)", self.path, number, exc)

    @staticmethod
    def _decision(entry: dict) -> CueRecord:
        cue = Cue(id=entry["cue"], at_s=_epoch(entry["due"]), session=entry["session"],
                  kind=entry["kind"], text=tuple(entry["text"].items()),
                  spoken=bool(entry["spoken"]), minutes=entry.get("minutes"))
        if entry["outcome"] not in ("fired", "skipped", "withdrawn"):
            raise ValueError(f"unknown outcome {entry['outcome']!r}")
        return CueRecord(entry["outcome"], cue, _epoch(entry["decided"]), entry["real"])

    def record(self, outcome: str, cue: Cue, decided_s: float) -> CueRecord:
        """Write that `cue` fired, was skipped or was withdrawn at show moment `decided_s`. Raises OSError
        if the disk refuses (the caller goes on: the room matters more than the record)."""
        real = datetime.now().astimezone().isoformat(timespec="seconds")
        record = CueRecord(outcome, cue, decided_s, real)
        self.records.append(record)
        self._append({"cue": cue.id, "outcome": outcome, "due": self._iso(cue.at_s),
                      "decided": self._iso(decided_s), "late_s": math.floor(decided_s - cue.at_s),
                      "real": real, "session": cue.session, "kind": cue.kind,
                      "minutes": cue.minutes, "spoken": cue.spoken, "text": dict(cue.text)})
        return record

    def record_speech(self, cue_id: str, speech: str, why: str | None = None) -> None:
        """Write what became of a fired cue's announcement. Raises OSError like `record`."""
        for at in range(len(self.records) - 1, -1, -1):
            if self.records[at].cue.id == cue_id:
                self.records[at] = replace(self.records[at], speech=speech, why=why)
                break
        entry = {"cue": cue_id, "speech": speech}
        if why:
            entry["why"] = why
        entry["real"] = datetime.now().astimezone().isoformat(timespec="seconds")
        self._append(entry)

    def record_muted(self, cue_id: str, muted: bool) -> None:
        """Write that the technician keeps `cue_id` silent, or not. Raises OSError like
        `record` (the choice then holds for this run only)."""
        (self.muted.add if muted else self.muted.discard)(cue_id)
        self._append({"cue": cue_id, "muted": muted,
                      "real": datetime.now().astimezone().isoformat(timespec="seconds")})

    def _iso(self, epoch_s: float) -> str:
        return datetime.fromtimestamp(math.floor(epoch_s), self.zone).isoformat()

    def _append(self, entry: dict) -> None:
        line = json.dumps(entry, ensure_ascii=False, separators=(",", ":")) + "\n"
        if self._torn:  # a power cut left half a line: it stays on its own line, unread
            line = "\n" + line
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path, "a", encoding="utf-8") as file:  # closed: handed to the OS
            file.write(line)
        self._torn = False


def _epoch(text: str) -> int:
    return int(datetime.fromisoformat(text).timestamp())
