"""A printable run sheet as one self-contained HTML page: no script, no image, no font or
style sheet from anywhere else, so it prints the same offline at the venue. Chinese and
Latin titles use the system's own fonts (the font stack below names the usual CJK ones of
each system). Each day starts on a new printed page.
"""

from __future__ import annotations

from html import escape

from runofshow.export.report import Report, ReportRow, anchor_words, speakers_text, time_span
from runofshow.model import Session, Text
from runofshow.render import minutes_text

FONTS = ('system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", '
         '"Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", '
         '"WenQuanYi Micro Hei", sans-serif')

STYLE = f"""
body {{ font-family: {FONTS}; font-size: 10.5pt; color: #000; margin: 1.5em; }}
h1 {{ font-size: 16pt; margin: 0 0 .2em; }} h1 .second {{ display: block; font-size: 12pt; }}
.meta {{ color: #444; margin-bottom: 1em; }}
h2 {{ font-size: 13pt; margin: 1.2em 0 .4em; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border-bottom: 1px solid #bbb; padding: .3em .4em; vertical-align: top; text-align: left; }}
th {{ border-bottom: 2px solid #000; font-size: 9pt; }}
td.time {{ white-space: nowrap; font-variant-numeric: tabular-nums; }}
.moved {{ font-weight: bold; }} .skipped td {{ color: #777; text-decoration: line-through; }}
.second, .speakers, .kind {{ display: block; color: #333; font-size: 9.5pt; }}
.anchor {{ white-space: nowrap; font-size: 9pt; }}
.day-end {{ margin-top: .3em; font-size: 9.5pt; }}
@media print {{ body {{ margin: 0; }} section + section {{ break-before: page; }}
  tr {{ break-inside: avoid; }} }}
"""


def _text(text: Text, languages: tuple[str, ...]) -> str:
    """Both languages of a title, each marked with its language for the right glyphs."""
    first, second = text.pair(languages)

    def lang_of(value: str) -> str:
        found = next((lang for lang in languages if text.plain is None and text.get(lang) == value), None)
        return f' lang="{escape(found)}"' if found else ""

    out = f"<span{lang_of(first)}>{escape(first)}</span>"
    if second:
        out += f'<span class="second"{lang_of(second)}>{escape(second)}</span>'
    return out


def _anchors(session: Session) -> str:
    return "<br>".join(f'<span class="anchor">{escape(w)}</span>' for w in anchor_words(session))


def _row(report: Report, row: ReportRow) -> str:
    session = row.session
    languages = report.agenda.languages
    moved = (row.projected_start, row.projected_end) != (session.start, session.end)
    projected = time_span(row.projected_start, row.projected_end)
    if moved and row.projected_start is not None:
        late = int((row.projected_start - session.start).total_seconds())
        projected = f'<span class="moved">{projected}</span>'
        if late:
            projected += f'<span class="kind">{escape(minutes_text(late))}</span>'
    speakers = speakers_text(session, languages)
    css = ' class="skipped"' if row.status == "skipped" else ""
    planned = time_span(session.start, session.end)
    return (f'<tr{css} id="{escape(session.id)}"><td class="time">{planned}</td>'
            f'<td class="time">{projected}</td>'
            f"<td>{_text(session.title, languages)}"
            f'<span class="kind">{escape(session.kind)}</span>'
            + (f'<span class="speakers">{escape(speakers)}</span>' if speakers else "")
            + f"</td><td>{_anchors(session)}</td><td>{escape(row.status)}</td></tr>")


def to_html(report: Report) -> bytes:
    agenda = report.agenda
    languages = agenda.languages
    first, _ = agenda.title.pair(languages)
    zone = agenda.timezone.key
    venue = f"{escape(agenda.venue.best(languages))} · " if agenda.venue is not None else ""
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(languages[0] if languages else "und")}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(first)} — run sheet</title><style>{STYLE}</style></head><body>",
        f"<h1>{_text(agenda.title, languages)}</h1>",
        f'<p class="meta">{venue}times in {escape(zone)} · projected at '
        f"{report.at:%Y-%m-%d %H:%M}</p>",
    ]
    for day, rows in report.days():
        parts.append(f"<section><h2>{day:%A %d %B %Y}</h2><table><thead><tr><th>planned</th>"
                     "<th>projected</th><th>session</th><th>anchors</th><th>status</th></tr>"
                     "</thead><tbody>")
        parts += [_row(report, row) for row in rows]
        ends = [r.projected_end for r in rows if r.projected_end is not None]
        planned_end = rows[-1].session.end
        end = max(ends) if ends else planned_end
        parts.append(f'</tbody></table><p class="day-end">day ends {end:%H:%M} '
                     f"(planned {planned_end:%H:%M})</p></section>")
    parts.append("</body></html>\n")
    return "\n".join(parts).encode("utf-8")
