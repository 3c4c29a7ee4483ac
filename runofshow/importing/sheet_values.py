"""The values of a spreadsheet's cells as times, dates and minutes: Excel times, dates and
datetimes (and the bare fractions of a day they are underneath), and text as people type
it ("10:00", "10.00", "10h", "2 PM", "1h30", "90 min").

Each function raises ValueError with words for the organiser when the value is not one.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from runofshow.errors import shown
from runofshow.importing.dates import day_heading

# a time, with the word that may follow one ("10:00 Uhr", "10.30 h", "10:30 hrs") or am/pm
_CLOCK = re.compile(r"(\d{1,2})(?:\s*[:.h]\s*(\d{2})|\s*h)?(?::\d{2}(?:\.\d+)?)?(?:\s*(?:uhr|hrs|h)\.?)?"
                    r"\s*(am|pm|a\.m\.|p\.m\.)?", re.IGNORECASE)
_RANGE = re.compile(r"^\s*(.+?)\s*[-‐‑‒–—―−~至到]\s*(.+?)\s*$")
_DATETIME_TEXT = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ](.+)$")
# the offset from UTC at the end of an ISO 8601 time, as our CSV export writes it
_OFFSET = re.compile(r"^(.*\d)\s*(Z|[+-]\d{2}:?\d{2})$", re.IGNORECASE)
_DOTTED_DATE = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")
_DURATION_TEXT = re.compile(
    r"^(?:(\d+)\s*(?:h|hrs?|hours?|std|stunden?|heures?|小时)\s*)?"
    r"(?:(\d+)\s*(?:m|mins?|minutes?|minuten|'|分钟?)?)?$", re.IGNORECASE)
SLASH_DAY_FIRST = ("dates written with / are read day first, as outside the United States "
                   "(03/04/2024 is 3 April 2024): if they are month first, write them as "
                   "2024-03-04")
SLASH_MONTH_FIRST = ("a date written with / whose second number is above 12 is read month "
                     "first (03/13/2024 is 13 March 2024)")
_MINUTES_IN_DAY = 24 * 60
_EXCEL_EPOCH = datetime(1899, 12, 30)  # Excel's day 0, as its 1900 leap-year bug makes it
_FIRST_EXCEL_SERIAL = 10_000  # 18 May 1927: smaller numbers are not dates of a programme
_LAST_EXCEL_SERIAL = 2958466  # 31 December 9999


def _rounded(hour: int, minute: int, second: float) -> int:
    """Minutes of the day, to the nearest minute: a time Excel computed (=B2+TIME(0,30,0))
    is a binary fraction of a day and comes back as 10:29:59.999."""
    return round(hour * 60 + minute + second / 60)


def _clock(minutes: int) -> time:
    if not 0 <= minutes < _MINUTES_IN_DAY:
        raise ValueError("is not a time of day (it is 24:00 or more)")
    return time(minutes // 60, minutes % 60)


def clock_text(text: str) -> time:
    """ "10:00", "10.00", "9h30", "10", "2 PM", "14:30:00" as a time of day."""
    match = _CLOCK.fullmatch(text.strip())
    if not match:
        raise ValueError(f"{shown(text)} is not a time like 10:00")
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    noon = (match.group(3) or "").lower().replace(".", "")
    if noon and not 1 <= hour <= 12:
        raise ValueError(f"{shown(text)} is not a time: {hour} {noon}")
    if noon:
        hour = hour % 12 + (12 if noon == "pm" else 0)
    if hour > 23 or minute > 59:
        raise ValueError(f"{shown(text)} is not a time of day (hours 0-23, minutes 0-59)")
    return time(hour, minute)


def clock_of(value: object) -> tuple[date | None, time]:
    """(its date if it has one, its time) of a start or end cell."""
    if isinstance(value, datetime):
        day = value.date()
        minutes = _rounded(value.hour, value.minute, value.second + value.microsecond / 1e6)
        if minutes == _MINUTES_IN_DAY:  # 23:59:59.9 rounds to the next day's midnight
            return day + timedelta(days=1), time(0, 0)
        return day, _clock(minutes)
    if isinstance(value, time):
        return None, _clock(_rounded(value.hour, value.minute, value.second + value.microsecond / 1e6))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 0 <= value < 1:  # a time cell without a time format: a fraction of a day
            return None, _clock(round(value * _MINUTES_IN_DAY))
        if _FIRST_EXCEL_SERIAL <= value < _LAST_EXCEL_SERIAL:  # a datetime, unformatted
            return clock_of(_EXCEL_EPOCH + timedelta(days=value))
        raise ValueError(f"{value!r} is not a time")
    if isinstance(value, str):
        dated = _DATETIME_TEXT.match(value.strip())
        if dated:
            clock = _OFFSET.sub(r"\1", dated.group(2))  # utc_offset says what it was
            return date.fromisoformat(dated.group(1)), clock_text(clock)
        return None, clock_text(value)
    raise ValueError(f"{shown(str(value))} is not a time like 10:00")


def utc_offset(value: object) -> timedelta | None:
    """The offset from UTC a date-and-time cell writes ("2024-03-13T10:00:00+01:00", "…Z"),
    or None for a cell without one."""
    dated = _DATETIME_TEXT.match(value.strip()) if isinstance(value, str) else None
    found = _OFFSET.match(dated.group(2)) if dated else None
    if found is None:
        return None
    written = found.group(2).upper().replace(":", "")
    if written == "Z":
        return timedelta(0)
    sign = -1 if written[0] == "-" else 1
    return sign * timedelta(hours=int(written[1:3]), minutes=int(written[3:5]))


def our_speakers(text: str, languages: list[str]) -> list[str | dict[str, str]]:
    """The speakers cell of our own export (docs/export.md): `;` between people, and
    `name / 名字` a person's name in the agenda's two languages."""
    found: list[str | dict[str, str]] = []
    for person in text.split(";"):
        names = [name.strip() for name in person.split(" / ")]
        if len(names) == 2 and len(languages) == 2 and all(names):
            found.append(dict(zip(languages, names, strict=True)))
        elif person.strip():  # one language; or three, where the export does not say whose
            found.append(person.strip())
    return found


_YES = {"yes", "y", "true", "1", "x", "ja", "oui", "si", "sí", "是", "✓"}
_NO = {"", "no", "n", "false", "0", "nein", "non", "否"}


def yes_or_no(value: object) -> bool:
    """An anchor cell (hard_start, hard_end): our export writes `yes` or nothing, XLSX
    TRUE or FALSE."""
    if value is None or isinstance(value, bool):
        return bool(value)
    text = str(value).strip().lower()
    if text in _YES or text in _NO:
        return text in _YES
    raise ValueError(f"{shown(str(value))} is not yes or no (an empty cell is no)")


def clock_range(value: object) -> tuple[time, time] | None:
    """A start cell that holds both times ("10:00 - 10:30"), or None if it does not."""
    if not isinstance(value, str):
        return None
    match = _RANGE.match(value)
    if not match or not _CLOCK.fullmatch(match.group(1)) or not _CLOCK.fullmatch(match.group(2)):
        return None
    return clock_text(match.group(1)), clock_text(match.group(2))


def minutes_of(value: object) -> int:
    """A duration cell as whole minutes: a time (0:30) or a number of minutes (30)."""
    if isinstance(value, timedelta):
        return round(value.total_seconds() / 60)
    if isinstance(value, time):
        return _rounded(value.hour, value.minute, value.second + value.microsecond / 1e6)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 0 < value < 1 and value != int(value):  # a fraction of a day: 0:30 unformatted
            return round(value * _MINUTES_IN_DAY)
        if value != int(value):
            raise ValueError(f"{value!r} is not a whole number of minutes")
        return int(value)
    if isinstance(value, str):
        text = value.strip()
        if re.fullmatch(r"\d{1,2}:\d{2}", text):
            hours, minutes = text.split(":")
            return int(hours) * 60 + int(minutes)
        match = _DURATION_TEXT.match(text)
        if match and (match.group(1) or match.group(2)):
            return int(match.group(1) or 0) * 60 + int(match.group(2) or 0)
    raise ValueError(f"{shown(str(value))} is not a duration (minutes like 30, or 0:30)")


def date_of(value: object, first: date | None) -> tuple[date | None, str]:
    """(the date, how it was found) of a date cell: a date, "2024-03-13", "13.03.2024",
    "Wednesday, 13 March 2024"; "Day 2" counts from `first` (None without it)."""
    if isinstance(value, datetime):
        return value.date(), ""
    if isinstance(value, date):
        return value, ""
    text = str(value).strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return date.fromisoformat(text), ""
        dotted = _DOTTED_DATE.match(text)
        if dotted:  # 13.03.2024 and 13/03/2024: day first, as outside the United States
            first_part, second_part, year = (int(part) for part in dotted.groups())
            if "/" not in text:
                return date(year, second_part, first_part), ""
            if second_part > 12 >= first_part:  # 3/13/2024: only month first reads
                return date(year, first_part, second_part), SLASH_MONTH_FIRST
            # 3/4/2024: either; day first, said (once), so a US sheet is not read wrong unseen
            return date(year, second_part, first_part), "" if first_part > 12 else SLASH_DAY_FIRST
    except ValueError:
        raise ValueError(f"{shown(text)} is not a date") from None
    heading = day_heading(text)
    if heading is None:
        raise ValueError(f"{shown(text)} is not a date like 2024-03-13")
    when, _ = heading
    if when is not None:
        return when, ""
    if first is None:
        return None, text
    day = first + timedelta(days=_day_number(text) - 1)
    return day, f"{text} is {day} (--date {first})"


def _day_number(text: str) -> int:
    """The number of "Day 2", "Tag 3", "第二天"."""
    digits = re.search(r"\d+", text)
    if digits:
        return int(digits.group(0))
    chinese = re.search(r"[一二三四五六七八九十]", text)
    return "一二三四五六七八九十".index(chinese.group(0)) + 1 if chinese else 1
