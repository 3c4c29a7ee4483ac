"""Day headings of text agendas: a line that is a date (with its weekday, in Chinese,
English, French or German), or "Day 2" / "第二天" without one; and offsets from UTC in
words, as every importer says them."""

from __future__ import annotations

import re
from datetime import date, timedelta

_MONTHS = {
    **dict.fromkeys(("january", "jan", "janvier", "januar", "jänner"), 1),
    **dict.fromkeys(("february", "feb", "février", "fevrier", "februar"), 2),
    **dict.fromkeys(("march", "mar", "mars", "märz", "maerz"), 3),
    **dict.fromkeys(("april", "apr", "avril"), 4),
    **dict.fromkeys(("may", "mai"), 5),
    **dict.fromkeys(("june", "jun", "juin", "juni"), 6),
    **dict.fromkeys(("july", "jul", "juillet", "juli"), 7),
    **dict.fromkeys(("august", "aug", "août", "aout"), 8),
    **dict.fromkeys(("september", "sep", "sept", "septembre"), 9),
    **dict.fromkeys(("october", "oct", "octobre", "oktober", "okt"), 10),
    **dict.fromkeys(("november", "nov", "novembre"), 11),
    **dict.fromkeys(("december", "dec", "décembre", "decembre", "dezember", "dez"), 12),
}
_WEEKDAY = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|"
            r"thur|thurs|fri|sat|sun|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|"
            r"dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|(?:星期|周|礼拜)[一二三四五六日天])")
_AROUND = r"[\s,，.()（）]*"
_DAY_WORD = r"(?:day|jour|journée|tag)\s*\d{1,2}|第\s*[一二三四五六七八九十\d]{1,3}\s*天"
_PREFIX = rf"(?:(?:{_DAY_WORD})\s*[-–—:：,，]?\s*)?(?:{_WEEKDAY}{_AROUND})?"
_SUFFIX = rf"{_AROUND}(?:{_WEEKDAY})?{_AROUND}"
_MONTH = "(" + "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True)) + r")\.?"
_DATED = (
    re.compile(rf"^{_PREFIX}(\d{{4}})\s*年\s*(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*[日号]{_SUFFIX}$", re.I),
    re.compile(rf"^{_PREFIX}(\d{{4}})-(\d{{2}})-(\d{{2}}){_SUFFIX}$", re.I),
)
_DAY_MONTH_YEAR = re.compile(rf"^{_PREFIX}(\d{{1,2}})(?:st|nd|rd|th|er)?\.?\s+{_MONTH}\s+(\d{{4}}){_SUFFIX}$",
                             re.I)
_MONTH_DAY_YEAR = re.compile(rf"^{_PREFIX}{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}}){_SUFFIX}$",
                             re.I)
_UNDATED = re.compile(rf"^(?:{_DAY_WORD}){_AROUND}$", re.I)


def day_heading(text: str) -> tuple[date | None, str] | None:
    """(its date or None, the heading) if the line is a day heading, else None. A line
    with a date and more (`2024年3月13日和14日，日内瓦`) is not a heading."""
    try:
        for pattern in _DATED:
            match = pattern.match(text)
            if match:
                return date(*map(int, match.groups())), text
        match = _DAY_MONTH_YEAR.match(text)
        if match:
            return date(int(match.group(3)), _MONTHS[match.group(2).lower()], int(match.group(1))), text
        match = _MONTH_DAY_YEAR.match(text)
        if match:
            return date(int(match.group(3)), _MONTHS[match.group(1).lower()], int(match.group(2))), text
    except ValueError:  # 31 February: not a date, so not a heading either
        return None
    if _UNDATED.match(text):
        return None, text
    return None


def offset_text(offset: timedelta) -> str:
    """An offset from UTC as people read it: UTC+01:00."""
    minutes = round(offset.total_seconds() / 60)
    sign = "-" if minutes < 0 else "+"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
