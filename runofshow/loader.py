"""Agenda files (docs/contracts.md, "The agenda file"): YAML in, an immutable Agenda out,
or every problem at once.

Each problem is located at the offending node as FILE:LINE:COL. The reader carries on
after a problem wherever it can, so a technician fixes a file in one pass, not twenty.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from pathlib import Path
from typing import NamedTuple
from zoneinfo import ZoneInfo, available_timezones

from runofshow.errors import AgendaError, Hints, Problem, shown
from runofshow.model import CUE_KINDS, Agenda, CueSettings, Day, Session, Text, local_datetime
from runofshow.yamlnodes import (
    Map,
    Node,
    Scalar,
    Seq,
    YamlReadError,
    compose,
    describe,
    read_path,
)

TOP_KEYS = ("title", "venue", "timezone", "languages", "cues", "days")
DAY_KEYS = ("date", "sessions")
SESSION_KEYS = (
    "id", "start", "end", "duration", "kind", "title", "description", "speakers", "parent",
    "hard_start", "hard_end", "min_duration", "cues",
)
AGENDA_CUE_KEYS = ("warnings", "resume", "start", "close", "speak", "silent", "texts")
SESSION_CUE_KEYS = ("warnings", "resume", "start", "speak", "silent", "texts")

_TIME = re.compile(r"([01]?[0-9]|2[0-3]):([0-5][0-9])(?:\s*(\+1))?")  # "00:15+1": the next day
_DURATION = re.compile(r"(?:([0-9]{1,4})h)?\s*(?:([0-9]{1,5})m(?:in)?)?")
_WHOLE_MINUTES = re.compile(r"[0-9]{1,5}")  # ASCII digits: int() would also take '٥', '1_0'
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TRUE = {"true", "yes", "on"}
_FALSE = {"false", "no", "off"}
_MAX_MINUTES = 24 * 60

Fields = dict[str, tuple[Scalar, Node]]
# keys whose empty value is an error; any other key left empty counts as not written
_NEEDS_A_VALUE = ("title", "days", "date", "sessions", "end", "duration")  # key -> (key node, value node)


def load_agenda(path: str | Path) -> Agenda:
    """Read and check an agenda file. Raises AgendaError listing every problem."""
    path = Path(path)
    return _checked(str(path), lambda: read_path(path)[1])


def load_agenda_text(text: str, file: str = "<agenda>") -> Agenda:
    """Read an agenda from text (tests, pasted agendas). Same checks as load_agenda."""
    return _checked(file, lambda: compose(text, file))


def _checked(file: str, nodes: Callable[[], Node]) -> Agenda:
    """The agenda in the YAML nodes `nodes()` reads; a file that is no YAML at all, or
    any problem of the agenda in it, raises AgendaError."""
    try:
        root = nodes()
    except YamlReadError as exc:
        raise AgendaError(exc.problems) from None
    return _AgendaReader(file).read(root)


@cache
def zone_names() -> tuple[str, ...]:
    """Every IANA zone name this computer knows, sorted."""
    return tuple(sorted(available_timezones()))


def zone_named(name: str) -> ZoneInfo | None:
    """The zone of that IANA name, or None if there is none."""
    try:
        return ZoneInfo(name)
    except Exception:  # ZoneInfo raises several kinds for a bad key (not found, bad path)
        return None


def zone_suggestion(name: str, hints: Hints | None = None) -> str:
    """What to say after "not a known zone": the nearest name, or what a name looks like."""
    hint = (hints or Hints()).close(name, zone_names())
    return f"; did you mean {hint!r}?" if hint else " (an IANA name like Europe/Zurich)"


def local_zone() -> ZoneInfo:
    """The computer's own IANA zone (for agendas without `timezone`), UTC if unknown."""
    try:
        import tzlocal

        return ZoneInfo(tzlocal.get_localzone_name() or "UTC")
    except Exception:  # an unconfigured machine must still open an agenda
        return ZoneInfo("UTC")


def parse_minutes(text: str) -> int | None:
    """'80', '80m', '1h', '1h20m' -> minutes; None if it is not a duration."""
    text = text.strip()
    if _WHOLE_MINUTES.fullmatch(text):
        return int(text)
    match = _DURATION.fullmatch(text)
    if not match or not (match.group(1) or match.group(2)):
        return None
    return int(match.group(1) or 0) * 60 + int(match.group(2) or 0)


class SessionTimes(NamedTuple):
    """A session's times as read: each None where the file does not give it whole."""

    start: datetime | None
    end: datetime | None
    length_min: float | None  # what `end` or `duration` says, even without a start


class _AgendaReader:
    def __init__(self, file: str):
        self.file = file
        self.problems: list[Problem] = []
        self.languages: tuple[str, ...] | None = None
        self.found_languages: list[str] = []
        self.hints = Hints()

    # -- reporting ---------------------------------------------------------------------
    def problem(self, node: Node, message: str) -> None:
        self.problems.append(Problem(self.file, node.mark.line, node.mark.col, message))

    def mapping(self, node: Node, what: str, allowed: tuple[str, ...]) -> Fields | None:
        if not isinstance(node, Map):
            self.problem(node, f"{what} must be a mapping of keys, not {describe(node)}")
            return None
        fields: Fields = {}
        for key, value in node.entries:
            if key.value not in allowed:
                hint = self.hints.close(key.value, allowed)
                suggestion = f"; did you mean {hint!r}?" if hint else ""
                self.problem(key, f"unknown key {shown(key.value)} in {what}{suggestion} "
                                  f"(known: {', '.join(allowed)})")
                continue
            if _is_null(value) and key.value not in _NEEDS_A_VALUE:
                continue  # `parent: ~`, `description:` — written but empty: as if absent
            fields[key.value] = (key, value)
        return fields

    def scalar(self, node: Node, what: str) -> str | None:
        if isinstance(node, Scalar) and not node.is_null:
            return node.value
        self.problem(node, f"{what} must be a single value, not {describe(node)}")
        return None

    # -- value types -------------------------------------------------------------------
    def text(self, node: Node, what: str) -> Text | None:
        if isinstance(node, Scalar):
            value = self.scalar(node, what)
            if value is not None and not value.strip():
                self.problem(node, f"{what} is empty")
                return None
            return Text(plain=value) if value is not None else None
        if not isinstance(node, Map) or not node.entries:
            self.problem(node, f"{what} must be text or a mapping of language to text "
                               f"(like {{zh: 开幕, en: Opening}}), not {describe(node)}")
            return None
        items = []
        for key, value in node.entries:
            lang = key.value.strip()
            if self.languages is not None and lang not in self.languages:
                self.problem(key, f"language {shown(lang)} in {what} is not one of the agenda's "
                                  f"languages ({', '.join(self.languages)})")
                continue
            if lang not in self.found_languages:
                self.found_languages.append(lang)
            content = self.scalar(value, f"{what} in {shown(lang)}")
            if content is not None:
                items.append((lang, content))
        return Text(by_lang=tuple(items)) if items else None

    def boolean(self, node: Node, what: str) -> bool:
        value = self.scalar(node, what)
        if value is None:
            return False
        if value.lower() in _TRUE:
            return True
        if value.lower() not in _FALSE:
            self.problem(node, f"{what} must be true or false, not {shown(value)}")
        return False

    def clock(self, node: Node, what: str) -> tuple[time, int] | None:
        """A time of the day, and 1 when it is marked `+1` (after the day's midnight: a
        programme day that runs into the night, docs/contracts.md), else 0."""
        value = self.scalar(node, what)
        if value is None:
            return None
        match = _TIME.fullmatch(value.strip())
        if not match:
            self.problem(node, f"{what} must be a time as HH:MM (like \"10:00\"), not {shown(value)}")
            return None
        return time(int(match.group(1)), int(match.group(2))), 1 if match.group(3) else 0

    def minutes(self, node: Node, what: str) -> int | None:
        value = self.scalar(node, what)
        if value is None:
            return None
        minutes = parse_minutes(value)
        if minutes is None:
            self.problem(node, f"{what} must be whole minutes: 45, \"80m\", \"1h\" or "
                               f"\"1h20m\", not {shown(value)}")
            return None
        if minutes > _MAX_MINUTES:
            self.problem(node, f"{what} of {minutes} minutes is longer than a day")
            return None
        return minutes

    def day_date(self, node: Node) -> date | None:
        value = self.scalar(node, "date")
        if value is None:
            return None
        try:
            if not _DATE.fullmatch(value.strip()):
                raise ValueError
            return date.fromisoformat(value.strip())
        except ValueError:
            self.problem(node, f"date must be YYYY-MM-DD (like 2024-03-13), not {shown(value)}")
            return None

    def timezone(self, node: Node) -> ZoneInfo | None:
        name = self.scalar(node, "timezone")
        if name is None:
            return None
        zone = zone_named(name.strip())
        if zone is None:
            self.problem(node, f"unknown timezone {shown(name)}{zone_suggestion(name.strip(), self.hints)}")
        return zone

    # -- the document ------------------------------------------------------------------
    def read(self, root: Node) -> Agenda:
        top = self.mapping(root, "the agenda", TOP_KEYS)
        if top is None:
            raise AgendaError(self.problems)
        zone = self.timezone(top["timezone"][1]) if "timezone" in top else None
        zone = zone or local_zone()  # asked only of an agenda without a timezone
        if "languages" in top:
            self.languages = self.language_list(top["languages"][1])
        title = self.text(top["title"][1], "title") if "title" in top else None
        if "title" not in top:
            self.problem(root, "the agenda has no title")
        venue = self.text(top["venue"][1], "venue") if "venue" in top else None
        cues = self.cue_settings(top["cues"][1], AGENDA_CUE_KEYS) if "cues" in top else None
        days: list[Day] = []
        if "days" not in top:
            self.problem(root, "the agenda has no days")
        else:
            days = self.days(top["days"][1], zone)
        if self.problems:
            raise AgendaError(self.problems)
        languages = self.languages or tuple(self.found_languages)
        return Agenda(title=title or Text(plain=""), timezone=zone, languages=languages,
                      days=tuple(days), venue=venue, source=self.file,
                      cues=cues or CueSettings())

    def language_list(self, node: Node) -> tuple[str, ...] | None:
        if not isinstance(node, Seq) or not node.items:
            self.problem(node, f"languages must be a list like [zh, en], not {describe(node)}")
            return None
        codes: list[str] = []
        for item in node.items:
            code = self.scalar(item, "a language")
            if code is None:
                continue
            if code in codes:
                self.problem(item, f"language {shown(code)} is listed twice")
            codes.append(code.strip())
        return tuple(codes) or None

    def days(self, node: Node, zone: ZoneInfo) -> list[Day]:
        if not isinstance(node, Seq) or not node.items:
            self.problem(node, f"days must be a list of days, not {describe(node)}")
            return []
        raw: list[tuple[Node, date | None, list[dict]]] = []
        previous: tuple[date, Node] | None = None
        for day_node in node.items:
            fields = self.mapping(day_node, "a day", DAY_KEYS)
            if fields is None:
                continue
            when = self.day_date(fields["date"][1]) if "date" in fields else None
            if "date" not in fields:
                self.problem(day_node, "this day has no date")
            if when is not None and previous is not None and when <= previous[0]:
                verb = "repeats" if when == previous[0] else "comes before"
                self.problem(fields["date"][1], f"date {when} {verb} the previous day "
                                                f"{previous[0]} (line {previous[1].mark.line}); "
                                                "days are unique and in order")
            if when is not None:
                previous = (when, fields["date"][1])
            sessions = self.day_sessions(day_node, fields, when, zone)
            self.check_night(raw, sessions)
            raw.append((day_node, when, sessions))
        return self.build(raw)

    def check_night(self, raw: list[tuple[Node, date | None, list[dict]]], sessions: list[dict]) -> None:
        """A day that runs past midnight ends before the next day's first session starts."""
        before = next((entries for _, _, entries in reversed(raw) if entries), None)
        if not before or not sessions or before[-1]["end"] is None or sessions[0]["start"] is None:
            return
        last, first = before[-1], sessions[0]
        if first["start"].timestamp() < last["end"].timestamp():
            self.problem(first["node"], f"starts at {first['start']:%Y-%m-%d %H:%M}, before the day "
                                        f"before ends (line {last['node'].mark.line}, at "
                                        f"{last['end']:%Y-%m-%d %H:%M}): days do not overlap")

    def day_sessions(self, day_node: Node, fields, when: date | None, zone: ZoneInfo) -> list[dict]:
        if "sessions" not in fields:
            self.problem(day_node, "this day has no sessions")
            return []
        node = fields["sessions"][1]
        if not isinstance(node, Seq) or not node.items:
            self.problem(node, f"sessions must be a non-empty list, not {describe(node)}")
            return []
        sessions: list[dict] = []
        prev_end: datetime | None = None
        prev_line = 0
        for position, item in enumerate(node.items):
            entry = self.session(item, position, when, zone, prev_end, prev_line)
            if entry is not None:
                sessions.append(entry)
            # times after a broken session are not checked against it (end is None)
            prev_end = entry["end"] if entry is not None else None
            prev_line = item.mark.line
        return sessions

    def session(self, node: Node, position: int, when: date | None, zone: ZoneInfo,
                prev_end: datetime | None, prev_line: int) -> dict | None:
        fields = self.mapping(node, "a session", SESSION_KEYS)
        if fields is None:
            return None
        entry: dict = {"node": node, "fields": fields}
        session_id = self.scalar(fields["id"][1], "id") if "id" in fields else None
        if session_id is not None and (not session_id.strip() or any(c.isspace() for c in session_id)):
            self.problem(fields["id"][1], f"id {shown(session_id)} must be one word without spaces")
            session_id = None
        entry["id"] = session_id
        entry["kind"] = self.scalar(fields["kind"][1], "kind") if "kind" in fields else "session"
        entry["title"] = self.text(fields["title"][1], "title") if "title" in fields else None
        if "title" not in fields:
            self.problem(node, "this session has no title")
        entry["description"] = None
        if "description" in fields:
            entry["description"] = self.text(fields["description"][1], "description")
        entry["speakers"] = self.speakers(fields["speakers"][1]) if "speakers" in fields else ()
        entry["parent"] = self.scalar(fields["parent"][1], "parent") if "parent" in fields else None
        entry["hard_start"] = "hard_start" in fields and self.boolean(fields["hard_start"][1], "hard_start")
        entry["hard_end"] = "hard_end" in fields and self.boolean(fields["hard_end"][1], "hard_end")
        entry["cues"] = self.cue_settings(fields["cues"][1], SESSION_CUE_KEYS) if "cues" in fields else None
        minimum = None
        if "min_duration" in fields:
            minimum = self.minutes(fields["min_duration"][1], "min_duration")
        times = self.session_times(node, fields, position, when, zone, prev_end, prev_line)
        entry["start"], entry["end"] = times.start, times.end
        entry["min_duration_s"] = None
        if minimum is not None and times.length_min is not None:
            if minimum > times.length_min:
                self.problem(fields["min_duration"][1],
                             f"min_duration {minimum} is above the session's {times.length_min:g} minutes")
            entry["min_duration_s"] = minimum * 60
        return entry

    def session_times(self, node: Node, fields, position: int, when: date | None, zone: ZoneInfo,
                      prev_end: datetime | None, prev_line: int) -> SessionTimes:
        """The session's start and end, and its length in minutes, each None where the file
        does not give it whole. Every value written is checked even when the start is not
        known (its day's date, or the session before it, is broken): a file's problems are
        reported at once, not one per pass of `check`."""
        start: datetime | None = None
        if "start" in fields:
            written = self.clock(fields["start"][1], "start")
            if written is not None and when is not None:
                clock, days_after = written
                on = when + timedelta(days=days_after)
                start = local_datetime(on, clock, zone)
                if start is None:
                    self.problem(fields["start"][1], f"start {clock:%H:%M} does not exist on {on} "
                                                     f"in {zone.key}: the clocks skip it")
        elif position == 0:
            self.problem(node, "the first session of a day needs a start time")
        else:
            start = prev_end
        nothing = SessionTimes(None, None, None)
        if "end" in fields and "duration" in fields:
            self.problem(fields["duration"][0], "give end or duration, not both")
            return nothing
        if "end" not in fields and "duration" not in fields:
            self.problem(node, "this session needs an end or a duration")
            return nothing
        if "end" in fields:
            end_written = self.clock(fields["end"][1], "end")
            if end_written is None:
                return nothing
            if start is None or when is None:
                return nothing
            clock, days_after = end_written
            # unmarked, an end is on its start's calendar day, as it always was (after an
            # implicit start past midnight too); `+1` is the day after the day's date
            on = when + timedelta(days=1) if days_after else start.date()
            end = local_datetime(on, clock, zone)
            if end is None:
                self.problem(fields["end"][1], f"end {clock:%H:%M} does not exist on "
                                               f"{on} in {zone.key}: the clocks skip it")
                return nothing
            if end.timestamp() <= start.timestamp():  # instants: wall clocks repeat an hour in autumn
                hint = _past_midnight_hint(start, end, when)
                self.problem(fields["end"][1], f"ends at {_clock(end, when)}, not after its start "
                                               f"{_clock(start, when)}{hint}")
                return nothing
            # real elapsed minutes: two times of one zone subtract as wall clocks, which is
            # an hour off across a daylight-saving change in the night
            length = (end.timestamp() - start.timestamp()) / 60
        else:
            minutes = self.minutes(fields["duration"][1], "duration")
            if minutes is None:
                return nothing
            if minutes <= 0:
                self.problem(fields["duration"][1], "duration must be more than 0 minutes")
                return nothing
            length = minutes
            if start is None or when is None:
                return SessionTimes(None, None, length)
            # real elapsed time: add in UTC so a daylight-saving change is counted
            end = (start.astimezone(UTC) + timedelta(minutes=minutes)).astimezone(zone)
        if prev_end is not None and start.timestamp() < prev_end.timestamp():
            where = fields["start"][1] if "start" in fields else node
            self.problem(where, f"starts at {_clock(start, when)}, before the previous session "
                                f"(line {prev_line}) ends at {_clock(prev_end, when)}"
                                f"{_past_midnight_hint(prev_end, start, when)}")
            return SessionTimes(None, None, length)
        return SessionTimes(start, end, length)

    def cue_settings(self, node: Node, allowed: tuple[str, ...]) -> CueSettings | None:
        """`cues:` of the agenda or of a session (documented in docs/cues.md)."""
        fields = self.mapping(node, "cues", allowed)
        if fields is None:
            return None
        found: dict = {}
        if "warnings" in fields:
            items = fields["warnings"][1]
            if isinstance(items, Seq):
                minutes = [self.minutes(item, "a warning") for item in items.items]
                found["warnings_min"] = tuple(sorted({m for m in minutes if m}, reverse=True))
            else:
                self.problem(items, f"warnings must be a list of minutes like [5, 1], not {describe(items)}")
        if "resume" in fields:
            found["resume_min"] = self.minutes(fields["resume"][1], "resume")
        for key in ("start", "close", "silent"):
            if key in fields:
                found[key] = self.boolean(fields[key][1], key)
        if "speak" in fields:
            found["speak"] = self.cue_kinds(fields["speak"][1])
        if "texts" in fields:
            texts = self.mapping(fields["texts"][1], "cue texts", CUE_KINDS)
            if texts is not None:
                pairs = ((kind, self.text(value, f"the {kind} cue text"))
                         for kind, (_, value) in texts.items())
                found["texts"] = tuple((kind, text) for kind, text in pairs if text is not None)
        return CueSettings(**found)

    def cue_kinds(self, node: Node) -> tuple[str, ...]:
        if not isinstance(node, Seq):
            self.problem(node, f"speak must be a list of cue kinds like [start, resume], "
                               f"not {describe(node)}")
            return ()
        kinds = []
        for item in node.items:
            kind = self.scalar(item, "a cue kind")
            if kind is None:
                continue
            if kind not in CUE_KINDS:
                hint = self.hints.close(kind, CUE_KINDS)
                self.problem(item, f"unknown cue kind {shown(kind)}" + (
                    f"; did you mean {hint!r}?" if hint else f" (known: {', '.join(CUE_KINDS)})"))
                continue
            kinds.append(kind)
        return tuple(kinds)

    def speakers(self, node: Node) -> tuple[Text, ...]:
        if not isinstance(node, Seq):
            self.problem(node, f"speakers must be a list, not {describe(node)}")
            return ()
        found = (self.text(item, "a speaker") for item in node.items)
        return tuple(t for t in found if t is not None)

    # -- ids, parents, the model -------------------------------------------------------
    def build(self, raw: list[tuple[Node, date | None, list[dict]]]) -> list[Day]:
        first_seen: dict[str, Node] = {}
        for _, _, sessions in raw:
            for entry in sessions:
                sid = entry["id"]
                if sid is None:
                    continue
                if sid in first_seen:
                    self.problem(entry["fields"]["id"][1], f"id {shown(sid)} is used twice "
                                                           f"(first at line {first_seen[sid].mark.line})")
                else:
                    first_seen[sid] = entry["fields"]["id"][1]
        days: list[Day] = []
        taken = set(first_seen)
        for number, (_, _, sessions) in enumerate(raw, start=1):
            for entry in sessions:
                if entry["id"] is None and entry["start"] is not None:
                    entry["id"] = _generated_id(number, entry["start"], taken)
                    taken.add(entry["id"])
        for _, _, sessions in raw:
            for entry in sessions:
                parent = entry["parent"]
                if parent is not None and (parent not in taken or parent == entry["id"]):
                    hint = self.hints.close(parent, taken)
                    suggestion = f"; did you mean {hint!r}?" if hint else ""
                    self.problem(entry["fields"]["parent"][1],
                                 f"parent {shown(parent)} is not another session's id{suggestion}")
        if self.problems:
            return []
        for _, when, sessions in raw:
            if when is None or not sessions:
                continue
            days.append(Day(when, tuple(
                Session(id=e["id"], day=when, index=i, start=e["start"], end=e["end"],
                        kind=e["kind"] or "session", title=e["title"], description=e["description"],
                        speakers=e["speakers"], parent=e["parent"], hard_start=e["hard_start"],
                        hard_end=e["hard_end"], min_duration_s=e["min_duration_s"],
                        cues=e["cues"])
                for i, e in enumerate(sessions))))
        return days


def _clock(moment: datetime, day: date) -> str:
    """A planned time as the file writes it: HH:MM, with +1 on the next calendar day."""
    return f"{moment:%H:%M}" + ("+1" if moment.date() > day else "")


def _past_midnight_hint(earlier: datetime, later: datetime, day: date) -> str:
    """Said when an unmarked small-hours time follows the evening or the night: the usual
    slip in a day that runs past midnight."""
    if later.date() == day and later.hour < 6 and (earlier.date() > day or earlier.hour >= 18):
        return f" (after midnight? write \"{later:%H:%M}+1\")"
    return ""


def _is_null(node: Node) -> bool:
    return isinstance(node, Scalar) and node.is_null


def _generated_id(day_number: int, start: datetime, taken: set[str]) -> str:
    # Stable while the session keeps its day and start time, whatever else is edited.
    base = f"d{day_number}-{start:%H%M}"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate
