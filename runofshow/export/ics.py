"""The agenda for attendees' calendars (iCalendar, RFC 5545), with the icalendar library.

Times carry the agenda's zone (TZID, and its VTIMEZONE in the file), so a calendar in
another zone shows them right. Each session's UID is stable (its id and the agenda's
title), so a calendar that reads a later export replaces the events instead of doubling
them; a skipped session stays, as STATUS:CANCELLED, so that it disappears from calendars
that had it. Times are the projected ones: the plan, or where the show moved them.

No SEQUENCE is written (every export is version 0): it must grow with each change of an
event, and nothing an export reads does (docs/export.md, "No SEQUENCE" says why).
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from runofshow.export.report import SKIPPED_STATUS, Report, ReportRow, plain_text
from runofshow.model import Text


def _both(text: Text | None, languages: tuple[str, ...]) -> str:
    """"primary / second language", or the one text there is."""
    if text is None:
        return ""
    return plain_text(" / ".join(part for part in text.pair(languages) if part))


def session_uid(report: Report, row: ReportRow) -> str:
    """Stable across exports of the same agenda: its title's hash and the session's id."""
    agenda = report.agenda
    title = "|".join(f"{lang}={text}" for lang, text in agenda.title.by_lang) or (agenda.title.plain or "")
    digest = hashlib.sha1(title.encode("utf-8")).hexdigest()[:12]
    return f"{row.session.id}.{digest}@runofshow"


def _description(report: Report, row: ReportRow) -> str:
    languages = report.agenda.languages
    session = row.session
    lines = []
    if session.description is not None:
        for lang in languages or (None,):
            text = session.description.get(lang)
            if text and text not in lines:
                lines.append(text)
    if session.speakers:
        lines.append("; ".join(_both(s, languages) for s in session.speakers))
    return plain_text("\n\n".join(lines))


def to_ics(report: Report) -> bytes:
    from icalendar import Calendar, Event  # only this format needs it

    agenda = report.agenda
    languages = agenda.languages
    calendar = Calendar()
    calendar.add("prodid", "-//runofshow//export//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", _both(agenda.title, languages))
    calendar.add("x-wr-timezone", agenda.timezone.key)
    stamp = datetime.now(UTC).replace(microsecond=0)
    for row in report.rows:
        session = row.session
        event = Event()
        event.add("uid", session_uid(report, row))
        event.add("dtstamp", stamp)
        skipped = row.status == SKIPPED_STATUS
        event.add("dtstart", session.start if skipped else row.projected_start)
        event.add("dtend", session.end if skipped else row.projected_end)
        event.add("summary", _both(session.title, languages))
        description = _description(report, row)
        if description:
            event.add("description", description)
        if agenda.venue is not None:
            event.add("location", _both(agenda.venue, languages))
        event.add("categories", [session.kind])
        event.add("status", "CANCELLED" if skipped else "CONFIRMED")
        event.add("transp", "TRANSPARENT" if session.kind in ("break", "meal") else "OPAQUE")
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
