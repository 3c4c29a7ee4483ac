"""Plain-text agendas (docs/import.md): day headings, `HH.MM - HH.MM title` lines, and the
speaker and description lines under each session, as in a programme copied out of a PDF.

Text copied from a PDF is hard-wrapped: a long title goes on over the next line, and a
description runs over many. Where a line was broken is told by the width of the text
(a full line was broken by the wrap, a short one ending a sentence ends a paragraph), and
each title joined across lines is reported as a guess.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, time, timedelta
from pathlib import Path

from runofshow.errors import AgendaError, Problem, shown
from runofshow.importing.dates import day_heading
from runofshow.importing.draft import UNDECIDED, Draft, DraftDay, DraftSession, Guess, Where
from runofshow.yamlnodes import YamlReadError, decode

# Full-width and other look-alike characters read as their ASCII selves when matching a
# time (one character for one, so columns stay true); titles keep what was written.
_ASCII_LOOKALIKES = str.maketrans({
    **{chr(0xFF10 + d): str(d) for d in range(10)},
    "：": ":", "．": ".", "－": "-", "～": "~", "〜": "~", "\u3000": " ", "\u00a0": " ",
})
_DASH = r"[-‐‑‒–—―−~至到]"
_CLOCK = r"(\d{1,2})\s*[.:h]\s*(\d{2})"
# the word after a time that says it is one ("10:00 – 10:30 Uhr", "10.30 h", "10:30 hrs"):
# part of the time, not of the title; a whole word, and before a title only when the title
# does not go on in lower case ("10:30 Uhr und Zeit" may be a talk on clocks: kept)
_TIME_WORD = r"(?:[Uu]hr|UHR|[Hh]rs|HRS|h)\.?"  # not "Hr.": Herr Meier's
_AFTER_TIME_WORD = r"(?=[\s:,，]*(?:$|[^\s:,，a-zß-ÿ]))"
_SESSION = re.compile(rf"^\s*{_CLOCK}(?:\s*{_TIME_WORD})?\s*{_DASH}\s*{_CLOCK}"
                      rf"(?:\s*{_TIME_WORD}(?=[\s:,，]|$){_AFTER_TIME_WORD})?(?=\s|[:,，]|$)[\s:,，]*")
# what a writer meant as a session even when the numbers are wrong (25.61 - 26.00)
_NUMBERS = r"(\d{1,3})\s*[.:h]\s*(\d{1,3})"
_SESSION_LIKE = re.compile(rf"^\s*{_NUMBERS}\s*{_DASH}\s*{_NUMBERS}")
_START_ONLY = re.compile(rf"^\s*{_CLOCK}(?=\s+\D)")
_SPEAKER_LABEL = re.compile(
    r"^\s*(speakers?|moderators?|chairs?|panell?ists?|presenters?|moderated by|chaired by|"
    r"intervenants?|intervenantes?|orateurs?|oratrices?|modérat(?:eur|rice)s?|"
    r"sprecher(?:in|innen)?|referent(?:in|innen)?|moderation|"
    r"发言人|演讲人|演讲者|主讲人|主持人|嘉宾|讲者)\s*[:：]\s*(.+)$", re.IGNORECASE)
_MODERATOR = re.compile(r"moderat|modérat|chair|主持", re.IGNORECASE)
_NAME_SEPARATORS = re.compile(r"\s*[;；、,，]\s*(?![^()（）]*[)）])")
_BRACKETED = re.compile(r"^\s*[\[［【].*[\]］】]\s*$")  # "[文件完]", "[End of document]"
_SENTENCE_END = tuple("。？！.?!…")
_CJK = r"\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
_SPACE_BY_DIGIT = re.compile(rf"(?<=[{_CJK}])\s+(?=\d)|(?<=\d)\s+(?=[{_CJK}])")


def read_text_agenda(path: str | Path, first_date: date | None = None) -> Draft:
    """Read a text agenda file into a Draft; AgendaError lists every problem found."""
    file = str(path)
    try:
        data = Path(path).read_bytes()
        text = decode(data, file)
    except OSError as exc:
        raise AgendaError([Problem(file, 1, 1, f"cannot read the file: {exc.strerror}")]) from None
    except YamlReadError as exc:  # not UTF-8, or too large
        raise AgendaError(exc.problems) from None
    return parse_text_agenda(text, file, first_date)


def parse_text_agenda(text: str, file: str, first_date: date | None = None) -> Draft:
    """A text agenda as a Draft. `first_date` dates the days whose headings carry none."""
    return _TextReader(file, text.splitlines()).read(first_date)


def display_width(text: str) -> int:
    """Columns the text takes on a page: a Chinese character is two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def tidy(text: str) -> str:
    """A line of the source as text: no space around it, none between a Chinese character
    and a digit (`第 1天` from a PDF is 第1天)."""
    return _SPACE_BY_DIGIT.sub("", text.strip())


_DAY = 24 * 60
# a day whose sessions reach this (in minutes) may run past midnight; times before
# SMALL_HOURS_END after it are on the next calendar day (docs/import.md, "The text format")
LATE_EVENING = 20 * 60
SMALL_HOURS_END = 6 * 60


def _on_the_night(wall: int, reached: int) -> int:
    """A wall-clock time (minutes) as minutes from the day's midnight, given how far the day
    has got: a small-hours time after a late evening is the next calendar day."""
    if wall < SMALL_HOURS_END and reached >= LATE_EVENING:
        return wall + _DAY
    return wall


def _minutes(clock: time) -> int:
    return clock.hour * 60 + clock.minute


class _TextReader:
    def __init__(self, file: str, lines: list[str]):
        self.file = file
        self.lines = lines
        self.problems: list[Problem] = []
        self.draft = Draft(source=file)
        self.full_width = self._full_width()

    def where(self, number: int, col: int = 1) -> Where:
        return Where(self.file, number, col)

    def problem(self, number: int, col: int, message: str, needs: str = "") -> None:
        self.problems.append(Problem(self.file, number, col, message, needs=needs))

    def _full_width(self) -> int | None:
        """The width the text was wrapped at: lines at least this wide were broken by the
        wrap. None when no line looks wrapped (text typed one paragraph to a line)."""
        widths = sorted(display_width(line.strip()) for line in self.lines
                        if line.strip() and not _SESSION_LIKE.match(line.translate(_ASCII_LOOKALIKES)))
        if len(widths) < 3:
            return None
        return int(widths[len(widths) * 9 // 10] * 0.9) or None

    # -- the file, line by line ---------------------------------------------------------
    def read(self, first_date: date | None) -> Draft:
        days: list[tuple[DraftDay, date | None]] = []  # the date None: take it from --date
        preamble: list[tuple[int, str]] = []
        session: DraftSession | None = None
        body: list[tuple[int, str]] = []  # the lines under `session`
        for number, raw in enumerate(self.lines, start=1):
            line = raw.translate(_ASCII_LOOKALIKES)
            if not raw.strip():
                continue
            if _BRACKETED.match(raw):
                self.draft.skipped.append(Guess(self.where(number), f"left out: {shown(raw.strip())}"))
                continue
            match = _SESSION.match(line)
            heading = None if match else day_heading(tidy(line))
            if match or heading is not None:
                if session is not None:
                    self.attach(session, body)
                session, body = None, []
            if match:
                session = self.session(number, raw, match)
                if session is None:
                    continue
                if not days:
                    days.append((DraftDay(self.where(number), date.min), None))
                days[-1][0].sessions.append(session)
            elif heading is not None:
                when, _ = heading
                days.append((DraftDay(self.where(number), date.min, heading=tidy(raw)), when))
            elif self.looks_like_a_session(number, line):
                continue
            elif session is not None:
                body.append((number, raw))
            elif not days:
                preamble.append((number, raw))
            else:
                self.draft.skipped.append(Guess(self.where(number),
                                                f"not under a session, left out: {shown(raw.strip())}"))
        if session is not None:
            self.attach(session, body)
        self.title_from(preamble)
        self.date_days(days, first_date)
        self.check_times()
        if not self.draft.sessions() and not self.problems:
            self.problem(1, 1, "no sessions found: a session is a line like `10.00 - 10.30 Title` "
                               "(docs/import.md)")
        if self.problems:
            raise AgendaError(self.problems)
        return self.draft

    def session(self, number: int, raw: str, match: re.Match) -> DraftSession | None:
        values = [int(g) for g in match.groups()]
        clocks = []
        for (hour, minute), group in ((values[0:2], 1), (values[2:4], 3)):
            if hour > 23 or minute > 59:
                self.problem(number, match.start(group) + 1,
                             f"{hour:02d}.{minute:02d} is not a time of day (hours 0-23, minutes 0-59)")
                return None
            clocks.append(time(hour, minute))
        title = tidy(raw[match.end():])
        if not title:
            self.problem(number, match.end() + 1, "this session has no title after its times")
            return None
        found = DraftSession(self.where(number, match.start(1) + 1), start=clocks[0], end=clocks[1],
                             end_where=self.where(number, match.start(3) + 1),
                             source_text=raw.strip(),
                             places={"title": self.where(number, match.end() + 1)})
        found.title[UNDECIDED] = title
        return found

    def looks_like_a_session(self, number: int, line: str) -> bool:
        """A line that starts like a session but is not one: report it, never take it as
        the description of the session before."""
        like = _SESSION_LIKE.match(line)
        if like:
            for hour_group, minute_group in ((1, 2), (3, 4)):
                hour, minute = int(like.group(hour_group)), int(like.group(minute_group))
                if hour > 23 or minute > 59 or len(like.group(minute_group)) != 2:
                    self.problem(number, like.start(hour_group) + 1,
                                 f"{shown(like.group(0).strip())} is not a time range: times are "
                                 "HH.MM or HH:MM, hours 0-23, minutes 00-59")
                    return True
            self.problem(number, like.end() + 1, "this session has no title after its times")
            return True
        start_only = _START_ONLY.match(line)
        if start_only and int(start_only.group(1)) < 24 and int(start_only.group(2)) < 60:
            self.problem(number, start_only.end() + 1,
                         "a start time without an end: write the session as `10.00 - 10.30 Title`")
            return True
        return False

    # -- what follows a session line ----------------------------------------------------
    def attach(self, session: DraftSession, body: list[tuple[int, str]]) -> None:
        """Speaker lines, a title that goes on over the next line, and the description."""
        text_lines: list[tuple[int, str]] = []
        for number, raw in body:
            label = _SPEAKER_LABEL.match(raw)
            if label:
                role = label.group(1).strip()
                for name in _NAME_SEPARATORS.split(label.group(2).strip()):
                    if name.strip():
                        suffix = f" ({role})" if _MODERATOR.search(role) else ""
                        session.speakers.append(tidy(name) + suffix)
            else:
                text_lines.append((number, raw))
        if text_lines and self.title_goes_on(session, text_lines[0][1]):
            number, raw = text_lines.pop(0)
            session.title[UNDECIDED] = _joined(session.title[UNDECIDED], tidy(raw))
            session.source_text = _joined(session.source_text, raw.strip())
            session.guesses.append(Guess(self.where(number), (
                f"title goes on from the line above ({shown(raw.strip())}): the line above is "
                "full and this one is short")))
        paragraphs: list[str] = []
        current = ""
        for _, raw in text_lines:
            current = _joined(current, tidy(raw))
            if self.ends_paragraph(raw):
                paragraphs.append(current)
                current = ""
        if current:
            paragraphs.append(current)
        if paragraphs:
            session.description[UNDECIDED] = "\n\n".join(paragraphs)

    def title_goes_on(self, session: DraftSession, next_line: str) -> bool:
        if self.full_width is None or display_width(session.source_text) < self.full_width:
            return False
        next_text = next_line.strip()
        return (display_width(next_text) * 2 < self.full_width
                and not next_text.endswith(_SENTENCE_END))

    def ends_paragraph(self, raw: str) -> bool:
        text = raw.strip()
        if not text.endswith(_SENTENCE_END):
            return False
        return self.full_width is None or display_width(text) < self.full_width

    # -- the agenda's title, its days, its times ---------------------------------------
    def title_from(self, preamble: list[tuple[int, str]]) -> None:
        """The lines at the top, up to the first one that carries a date, are the title."""
        lines: list[tuple[int, str]] = []
        for number, raw in preamble:
            if re.search(r"\d{4}", raw) or len(lines) == 3:
                break
            lines.append((number, tidy(raw)))
        if not lines:
            return
        self.draft.title[UNDECIDED] = " ".join(text for _, text in lines)
        rest = [n for n, _ in preamble if n > lines[-1][0]]
        self.draft.guesses.append(Guess(self.where(lines[0][0]), (
            f"the agenda's title is the first line{'s' if len(lines) > 1 else ''} of the file"
            + (f"; lines {rest[0]}-{rest[-1]} above the first day are left out" if rest else ""))))

    def date_days(self, days: list[tuple[DraftDay, date | None]], first_date: date | None) -> None:
        undated = [i for i, (_, when) in enumerate(days) if when is None]
        if undated and first_date is None:
            day = days[undated[0]][0]
            self.problem(day.where.line, day.where.col, (
                "this day's heading carries no date" if day.heading else
                "these sessions come before any day heading with a date")
                + ": give the date of the first day with --date YYYY-MM-DD", needs="date")
            return
        previous: DraftDay | None = None
        for index, (day, when) in enumerate(days):
            if not day.sessions:
                self.draft.skipped.append(Guess(day.where, f"a day heading with no sessions, left "
                                                           f"out: {shown(day.heading)}"))
                continue
            if when is None:
                assert first_date is not None
                day.date = first_date + timedelta(days=index)
                self.draft.guesses.append(Guess(day.where, (
                    f"day {index + 1} is {day.date} (--date {first_date}"
                    + (f" + {index} days)" if index else ")"))))
            else:
                day.date = when
            if previous is not None and day.date <= previous.date:
                self.problem(day.where.line, day.where.col, (
                    f"this day ({day.date}) is not after the day before it ({previous.date}, "
                    f"line {previous.where.line}); days are unique and in order"))
            previous = day
            self.draft.days.append(day)

    def check_times(self) -> None:
        """Ends after starts, no overlaps, and the night: a small-hours time after a late
        evening (23.30 - 00.30, or 00.15 after 23.30) is the next calendar day of the same
        programme day (written HH:MM+1); any other time that goes back is an error, so a slip
        like 08:00 typed after 18:00 is never taken for the next morning."""
        for day in self.draft.days:
            before: tuple[DraftSession, time] | None = None  # the session before, and its end
            reached = 0  # minutes from the day's midnight the day has got to, past 1440 after it
            for session in day.sessions:
                assert session.end is not None
                start = _on_the_night(_minutes(session.start), reached)
                end = _on_the_night(_minutes(session.end), max(reached, start))
                if end <= start:
                    where = session.end_where or session.where
                    self.problem(where.line, where.col,
                                 f"ends at {session.end:%H:%M}, not after its start "
                                 f"{session.start:%H:%M} (only a late-evening session may run "
                                 "past midnight, into the small hours)")
                elif before is not None and start < reached:
                    self.problem(session.where.line, session.where.col,
                                 f"starts at {session.start:%H:%M}, before the session before it "
                                 f"(line {before[0].where.line}) ends at {before[1]:%H:%M}"
                                 + (" (a time after midnight follows only a late evening)"
                                    if start < SMALL_HOURS_END else ""))
                before = (session, session.end)
                session.after_midnight = start >= _DAY
                if end >= _DAY > start:  # ends on the next calendar day: written as a duration
                    session.duration_min, session.end = end - start, None
                reached = max(reached, end)


def _joined(left: str, right: str) -> str:
    """Two pieces of a wrapped line: Chinese runs on without a space, other text gets one."""
    if not left or not right:
        return left or right
    if re.match(rf"[{_CJK}]", left[-1]) or re.match(rf"[{_CJK}]", right[0]):
        return left + right
    return f"{left} {right}"
