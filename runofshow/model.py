"""The agenda as an immutable, typed model.

Planned times are timezone-aware datetimes in the agenda's zone; each session also carries
them as whole epoch seconds, the unit the cascade engine computes in (epoch arithmetic is
real elapsed time, so daylight-saving days need no special case there).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import cached_property
from types import MappingProxyType
from zoneinfo import ZoneInfo

KNOWN_KINDS = (
    "opening", "panel", "qa", "presentation", "fireside", "break", "meal", "discussion", "closing",
)
BREAK_KINDS = ("break", "meal")  # the room leaves and comes back: "back at", "resumes in"


@dataclass(frozen=True)
class Text:
    """Text in one or several languages. A plain string in the file is language-neutral."""

    by_lang: tuple[tuple[str, str], ...] = ()
    plain: str | None = None

    def get(self, lang: str | None = None) -> str | None:
        """The text in `lang`, or None. Language-neutral text answers for every language."""
        if self.plain is not None:
            return self.plain
        for key, value in self.by_lang:
            if key == lang:
                return value
        return None

    def best(self, languages: tuple[str, ...]) -> str:
        """The text in the first of `languages` that has it, else any text at all."""
        for lang in languages:
            value = self.get(lang)
            if value:
                return value
        if self.by_lang:
            return self.by_lang[0][1]
        return self.plain or ""

    def pair(self, languages: tuple[str, ...]) -> tuple[str, str]:
        """What every view shows of a title: the text in the primary language (or the best
        there is), and the text in the next language that differs from it, or ""."""
        first = self.best(languages)
        others = (self.get(lang) for lang in languages[1:])
        return first, next((text for text in others if text and text != first), "")


def local_datetime(day: date, clock: time, zone: ZoneInfo) -> datetime | None:
    """A wall-clock time on a day in a zone; None if the clocks skip it (spring forward)."""
    naive = datetime.combine(day, clock)
    aware = naive.replace(tzinfo=zone)
    if aware.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != naive:
        return None
    return aware


def _midnight_s(day: date, zone: ZoneInfo) -> int:
    """The epoch second at which `day` begins in `zone`."""
    return int(datetime.combine(day, time(0), zone).timestamp())


CUE_KINDS = ("start", "warning", "resume", "close")


@dataclass(frozen=True)
class CueSettings:
    """Cue configuration from the agenda (whole agenda, or one session). None inherits:
    a session's setting falls back to the agenda's, and that to the built-in default."""

    warnings_min: tuple[int, ...] | None = None  # minutes before a session's end
    resume_min: int | None = None  # minutes before the end of a break or meal
    start: bool | None = None  # a cue as each session starts
    close: bool | None = None  # a cue at the close of each day (agenda level)
    speak: tuple[str, ...] | None = None  # kinds spoken aloud; the others only show
    silent: bool | None = None  # nothing of this session is spoken
    texts: tuple[tuple[str, Text], ...] | None = None  # kind -> text with {placeholders}


@dataclass(frozen=True)
class Session:
    """One slot of the agenda as planned, with its anchors and how far it may be compressed."""

    id: str
    day: date
    index: int  # position within its day
    start: datetime  # planned, aware, in the agenda's zone
    end: datetime
    kind: str
    title: Text
    description: Text | None = None
    speakers: tuple[Text, ...] = ()
    parent: str | None = None
    hard_start: bool = False
    hard_end: bool = False
    min_duration_s: int | None = None
    cues: CueSettings | None = None

    # cached: the engine reads these for every session at every paint
    @cached_property
    def start_s(self) -> int:
        return int(self.start.timestamp())

    @cached_property
    def end_s(self) -> int:
        return int(self.end.timestamp())

    @property
    def duration_s(self) -> int:
        return self.end_s - self.start_s

    @property
    def slack_s(self) -> int:
        """How much the cascade may take from this session to hold an anchor."""
        if self.min_duration_s is None:
            return 0
        return max(0, self.duration_s - self.min_duration_s)


@dataclass(frozen=True)
class Day:
    """One day of the agenda: its sessions in order."""

    date: date
    sessions: tuple[Session, ...]

    @property
    def planned_end(self) -> datetime:
        return self.sessions[-1].end


@dataclass(frozen=True)
class Agenda:
    """A whole checked agenda: its days, zone and languages, sessions found by id."""

    title: Text
    timezone: ZoneInfo
    languages: tuple[str, ...]
    days: tuple[Day, ...]
    venue: Text | None = None
    source: str = "<agenda>"
    cues: CueSettings = field(default_factory=CueSettings)
    # its days are not the file's but moved (runofshow.retime.shift_to: `--today`, or a
    # room's PC's first day): an edited file reloaded runs on the same days again
    moved: bool = field(default=False, compare=False)
    _by_id: MappingProxyType = field(default_factory=lambda: MappingProxyType({}), repr=False,
                                     compare=False, init=False)
    _day_by_date: MappingProxyType = field(default_factory=lambda: MappingProxyType({}), repr=False,
                                           compare=False, init=False)

    def __post_init__(self) -> None:
        index = {s.id: s for day in self.days for s in day.sessions}
        object.__setattr__(self, "_by_id", MappingProxyType(index))
        object.__setattr__(self, "_day_by_date", MappingProxyType({d.date: d for d in self.days}))

    def session(self, session_id: str) -> Session:
        return self._by_id[session_id]

    def has_session(self, session_id: str) -> bool:
        return session_id in self._by_id

    @property
    def session_ids(self) -> tuple[str, ...]:
        return tuple(self._by_id)

    def sessions(self) -> Iterator[Session]:
        for day in self.days:
            yield from day.sessions

    def day_of(self, session_id: str) -> Day:
        return self._day_by_date[self._by_id[session_id].day]

    def local(self, epoch_s: float) -> datetime:
        """Epoch seconds as an aware datetime in the agenda's zone."""
        return datetime.fromtimestamp(epoch_s, UTC).astimezone(self.timezone)

    def programme_date(self, epoch_s: float) -> date:
        """The day a moment belongs to (what "today" means to the projection and the
        chair): its date in the agenda's zone, except that a day whose sessions run past
        midnight keeps the night after it, until the next day's first session is due or
        that next calendar day ends (docs/contracts.md, "Days that run past midnight")."""
        today = self.local(epoch_s).date()
        evening = self._day_by_date.get(today - timedelta(days=1))
        if evening is None:
            return today
        midnight_s = _midnight_s(today, self.timezone)
        if evening.sessions[-1].end_s <= midnight_s:
            return today  # an ordinary day: over at midnight
        night_end_s = _midnight_s(today + timedelta(days=1), self.timezone)
        following = self._day_by_date.get(today)
        if following is not None:
            night_end_s = min(night_end_s, following.sessions[0].start_s)
        return evening.date if epoch_s < night_end_s else today

    def count(self) -> int:
        return len(self._by_id)
