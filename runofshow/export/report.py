"""Planned against actual, one plain row per session: what every export format writes.

With actions (an events file or a show's journal) a row says what really happened: when the
session started and ended (the projection's times, so the report never disagrees with the
screens), how the chair extended it, what the cascade took from it, and whether it ran over.
Without actions it is the plan, projected at the moment of the export.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from runofshow.actions import Action, replay
from runofshow.model import Agenda, Session
from runofshow.projection import LIVE, SKIPPED, project_state
from runofshow.render import minutes_text

# What a row's status says
PLANNED = "planned"  # no actions given: the plan
HELD = "held"  # started and ended
LIVE_NOW = "live"  # started, not ended yet at the moment of the report
SKIPPED_STATUS = "skipped"  # skipped, or passed over (a later session was started first)
NOT_HELD = "not held"  # on a day gone by, never started nor skipped
UPCOMING = "upcoming"  # today or later, not started yet


# control characters (a PDF's copy leaves \x02 in "efficient"): an XLSX cannot hold them at
# all, iCalendar forbids them in text, a CSV reader trips on them
_CONTROLS = dict.fromkeys(c for c in range(32) if chr(c) not in "\t\n\r")


def plain_text(text: str) -> str:
    """A text of the agenda as an exported file may hold it: without control characters."""
    return text.translate(_CONTROLS)


@dataclass(frozen=True)
class ReportRow:
    """One session, planned against what happened (or is projected)."""

    session: Session
    status: str
    projected_start: datetime | None  # None when skipped
    projected_end: datetime | None
    actual_start: datetime | None  # None unless the session started
    actual_end: datetime | None  # the live one: where its end stands now
    extended_by_s: int  # the chair's extensions (negative: shortened by hand)
    compressed_by_s: int  # what the cascade took to hold an anchor

    @property
    def started_late_by_s(self) -> int | None:
        if self.actual_start is None:
            return None
        return int((self.actual_start - self.session.start).total_seconds())

    @property
    def ended_late_by_s(self) -> int | None:
        if self.actual_end is None:
            return None
        return int((self.actual_end - self.session.end).total_seconds())

    @property
    def over_by_s(self) -> int | None:
        """How much longer than planned it ran (negative: shorter)."""
        if self.actual_start is None or self.actual_end is None:
            return None
        return int((self.actual_end - self.actual_start).total_seconds()) - self.session.duration_s

    @property
    def note(self) -> str:
        """What a reader wants to know of the row, in words."""
        words = []
        over = self.over_by_s
        if over:
            words.append(f"ran {'over' if over > 0 else 'short'} by {minutes_text(abs(over))[1:]}")
        if self.extended_by_s:
            words.append(f"extended {minutes_text(self.extended_by_s)}")
        if self.compressed_by_s:
            words.append(f"compressed {minutes_text(-self.compressed_by_s)} to hold an anchor")
        late = self.started_late_by_s
        if late:
            words.append(f"started {'late' if late > 0 else 'early'} by {minutes_text(abs(late))[1:]}")
        return "; ".join(words)


@dataclass(frozen=True)
class Report:
    """The rows of an export, and what they were made from."""

    agenda: Agenda
    at: datetime  # the moment the projection was made
    from_actions: bool  # False: the plan, no actions given
    rows: tuple[ReportRow, ...]

    def days(self) -> list[tuple[date, list[ReportRow]]]:
        return [(day.date, [r for r in self.rows if r.session.day == day.date])
                for day in self.agenda.days]


def build_report(agenda: Agenda, actions: list[Action] | None, at_s: int) -> Report:
    """The report at `at_s` (epoch seconds) after `actions` (None: the plan). Raises
    ActionError if the actions do not fit the agenda."""
    state = replay(agenda, actions or [], until_s=at_s)
    projection = project_state(agenda, state, at_s)
    today = agenda.programme_date(at_s)
    rows = []
    for item in projection.all_sessions():
        run = state.runs.get(item.id)
        started = run is not None and run.started_s is not None and item.state != SKIPPED
        if item.state == SKIPPED:
            status = SKIPPED_STATUS
        elif started:
            status = LIVE_NOW if item.state == LIVE else HELD
        elif actions is None:
            status = PLANNED
        else:
            status = NOT_HELD if item.session.day < today else UPCOMING
        start = None if item.start_s is None else agenda.local(item.start_s)
        end = None if item.end_s is None else agenda.local(item.end_s)
        rows.append(ReportRow(item.session, status, start, end,
                              start if started else None, end if started else None,
                              item.adjusted_by_s, item.compressed_by_s))
    return Report(agenda, agenda.local(at_s), actions is not None, tuple(rows))


def title_columns(agenda: Agenda) -> list[tuple[str, str | None]]:
    """(column name, language) for the titles: one per language of the agenda, or one
    language-neutral column when it names none."""
    if not agenda.languages:
        return [("title", None)]
    return [(f"title_{lang}", lang) for lang in agenda.languages]


def time_span(start: datetime | None, end: datetime | None) -> str:
    """`10:00–10:30`, or a dash for a time that does not exist (a skipped session)."""
    return "—" if start is None or end is None else f"{start:%H:%M}–{end:%H:%M}"


def anchor_words(session: Session) -> list[str]:
    """What holds a session in place, in the run sheet's words (HTML and PDF alike)."""
    words = []
    if session.hard_start:
        words.append(f"⚓ starts {session.start:%H:%M}")
    if session.hard_end:
        words.append(f"⚓ ends {session.end:%H:%M}")
    if session.min_duration_s is not None and session.slack_s:
        words.append(f"may shorten to {session.min_duration_s // 60} min")
    return words


def speakers_text(session: Session, languages: tuple[str, ...]) -> str:
    return "; ".join(" / ".join(t for t in s.pair(languages) if t) for s in session.speakers)
