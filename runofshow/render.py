"""The projection as JSON (docs/contracts.md, "Command line"), and as a table for a terminal."""

from __future__ import annotations

import unicodedata
from datetime import date

from runofshow.model import Agenda
from runofshow.projection import Projection, SessionProjection


def _iso(agenda: Agenda, epoch_s: int | None) -> str | None:
    return None if epoch_s is None else agenda.local(epoch_s).isoformat()


def projection_json(agenda: Agenda, projection: Projection) -> dict:
    """The projection in the JSON shape of docs/contracts.md, "Command line"."""
    days = [{
        "date": day.date.isoformat(),
        "planned_end": _iso(agenda, day.planned_end_s),
        "projected_end": _iso(agenda, day.projected_end_s),
        "late_by_s": day.late_by_s,
        "breaches": [{"session": b.session, "anchor": b.anchor, "late_by_s": b.late_by_s}
                     for b in day.breaches],
    } for day in projection.days]
    sessions = [{
        "id": item.id,
        "day": item.session.day.isoformat(),
        "state": item.state,
        "planned_start": item.session.start.isoformat(),
        "planned_end": item.session.end.isoformat(),
        "start": _iso(agenda, item.start_s),
        "end": _iso(agenda, item.end_s),
        "adjusted_by_s": item.adjusted_by_s,
        "compressed_by_s": item.compressed_by_s,
    } for item in projection.all_sessions()]
    return {"at": _iso(agenda, projection.at_s), "days": days, "sessions": sessions}


def minutes_text(seconds: int) -> str:
    """+7:30 style: signed minutes and seconds, or '' for zero."""
    if seconds == 0:
        return ""
    sign = "+" if seconds > 0 else "-"
    whole = abs(seconds)
    return f"{sign}{whole // 60}:{whole % 60:02d}"


def _char_width(char: str) -> int:
    """Terminal columns a character takes: two for wide (CJK) characters."""
    return 2 if unicodedata.east_asian_width(char) in "WF" else 1


def _clip(text: str, width: int) -> str:
    out, used = "", 0
    for char in text:
        w = _char_width(char)
        if used + w > width:
            return out + "…"
        out, used = out + char, used + w
    return out


def _flags(item: SessionProjection) -> str:
    session = item.session
    return ("S" if session.hard_start else "") + ("E" if session.hard_end else "") + \
        ("~" if session.min_duration_s is not None else "")


def _clock_on(agenda: Agenda, epoch_s: int, day: date) -> str:
    """HH:MM, with "+1" (as agendas write it) when it falls on a later date than its day."""
    moment = agenda.local(epoch_s)
    later = (moment.date() - day).days
    return f"{moment:%H:%M}" + (f"+{later}" if later > 0 else "")


def _span(agenda: Agenda, start_s: int, end_s: int, day: date) -> str:
    return f"{_clock_on(agenda, start_s, day)}-{_clock_on(agenda, end_s, day)}"


def projection_table(agenda: Agenda, projection: Projection, width: int = 110) -> str:
    """A readable table: one block per day, planned against projected."""
    lines = [f"{agenda.title.best(agenda.languages)}  —  at "
             f"{agenda.local(projection.at_s):%Y-%m-%d %H:%M:%S %Z}"]
    for day in projection.days:
        rows = []
        for item in day.sessions:
            s = item.session
            projected, late = "—", ""
            if item.start_s is not None:
                projected = _span(agenda, item.start_s, item.end_s, day.date)
                late = minutes_text(item.start_s - s.start_s)
            rows.append((item, _span(agenda, s.start_s, s.end_s, day.date), projected, late))
        times = max(11, *(len(row[1]) for row in rows), *(len(row[2]) for row in rows))  # "+1": wider
        header = (f"{'id':<22} {'state':<8} {'planned':<{times}} {'projected':<{times}} "
                  f"{'late':>6} {'adjust':>6} {'compr':>6} {'flags':<5} title")
        lines += ["", f"{day.date:%A %d %B %Y}", header, "-" * min(width, 110)]
        for item, planned, projected, late in rows:
            s = item.session
            title = _clip(s.title.best(agenda.languages), max(10, width - 62 - 2 * times))
            lines.append(f"{s.id[:22]:<22} {item.state:<8} {planned:<{times}} {projected:<{times}} "
                         f"{late:>6} {minutes_text(item.adjusted_by_s):>6} "
                         f"{minutes_text(-item.compressed_by_s):>6} {_flags(item):<5} {title}")
        status = "on time" if day.late_by_s == 0 else (
            f"{'late' if day.late_by_s > 0 else 'ahead'} by {minutes_text(abs(day.late_by_s))[1:]}")
        lines.append(f"day ends {_clock_on(agenda, day.projected_end_s, day.date)} "
                     f"(planned {_clock_on(agenda, day.planned_end_s, day.date)}): {status}")
        for breach in day.breaches:
            lines.append(f"  ! {breach.session}: {breach.anchor} anchor breached by "
                         f"{minutes_text(breach.late_by_s)[1:]}")
    lines += ["", "flags: S hard start, E hard end, ~ may be compressed (min_duration)"]
    return "\n".join(lines)


def agenda_summary(agenda: Agenda) -> str:
    days = agenda.days
    span = f"{days[0].date}" if len(days) == 1 else f"{days[0].date} – {days[-1].date}"
    return (f"ok: {agenda.title.best(agenda.languages)}: {len(days)} day"
            f"{'s' if len(days) != 1 else ''}, {agenda.count()} sessions, {span}, "
            f"{agenda.timezone.key}, languages {', '.join(agenda.languages) or '—'}")
