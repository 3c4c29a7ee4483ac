"""A Draft as an agenda in our YAML (docs/contracts.md): clean, one session to a block,
the source's own line above each session and every guess as a comment beside it, so an
organiser can check the guesses and add the other language's titles in place."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from runofshow.errors import shown
from runofshow.importing.draft import Draft, DraftSession, Where

# YAML's printable characters, less the ones it reads as line breaks (docs: YAML 1.1 5.1)
_LINE_BREAKS = {"\x85", "\u2028", "\u2029"}


def _printable(char: str) -> bool:
    code = ord(char)
    if char in _LINE_BREAKS or code == 0xFEFF:
        return False
    return (0x20 <= code <= 0x7E or 0xA0 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD
            or 0x10000 <= code <= 0x10FFFF)


def quoted(text: str) -> str:
    """Text as a YAML double-quoted scalar: read back exactly, whatever it holds."""
    out = []
    for char in text:
        if char in '"\\':
            out.append("\\" + char)
        elif char == "\n":
            out.append("\\n")
        elif char == "\t":
            out.append("\\t")
        elif _printable(char):
            out.append(char)
        elif ord(char) <= 0xFFFF:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(f"\\U{ord(char):08x}")
    return '"' + "".join(out) + '"'


def comment(text: str) -> str:
    """Text made safe to sit after a `#`: on one line, nothing YAML would refuse."""
    return "".join(c if _printable(c) else " " for c in text.replace("\n", " ")).rstrip()


def _by_language(texts: dict[str, str]) -> str:
    return "{" + ", ".join(f"{lang}: {quoted(value)}" for lang, value in texts.items()) + "}"


def _block(text: str, indent: str) -> str | None:
    """Multi-line text as a literal block (`|-`), when it can be one; else None."""
    lines = text.split("\n")
    if any(line != line.strip() or not all(_printable(c) for c in line) for line in lines):
        return None
    if not lines[0]:
        return None
    return "|-\n" + "\n".join(f"{indent}{line}" if line else "" for line in lines)


@dataclass(frozen=True)
class Origin:
    """What a line of the written agenda was made from: its place in the source, and the
    source's name for the session or day (checked.py locates the loader's problems so)."""

    where: Where
    name: str


def agenda_yaml(draft: Draft, tool: str = "runofshow import") -> str:
    """The whole agenda file as text."""
    return agenda_yaml_with_origins(draft, tool)[0]


def agenda_yaml_with_origins(draft: Draft, tool: str = "runofshow import") -> tuple[str, dict[int, Origin]]:
    """The whole agenda file as text, and the origin of each of its lines (1-based) that
    was made from a day or a session of the source."""
    out = [f"# Imported by `{tool}` from {comment(Path(draft.source).name)}.",
           "# Check it with `runofshow check`; every guess is marked `guessed:` below. To show",
           "# a second language, add it to `languages` and beside each title, as in",
           "# `title: {zh: 开幕, en: Opening}`.", ""]
    origins: dict[int, Origin] = {}
    languages = draft.languages or ["en"]
    title = draft.title or {languages[0]: Path(draft.source).stem}
    out.append(f"title: {_by_language(title)}")
    if draft.timezone:
        out.append(f"timezone: {draft.timezone}")
    else:
        out.append("# timezone: Europe/Zurich   # not given: the computer's own zone is used; set it")
    out.append(f"languages: [{', '.join(languages)}]")
    for guess in draft.guesses:
        out.append(f"# guessed: {comment(guess.message)} (line {guess.where.line})")
    out.append("")
    out.append("days:")
    for day in draft.days:
        heading = f" (line {day.where.line}: {comment(day.heading)})" if day.heading else ""
        out.append(f"  # day {day.date:%A}{heading}")
        out.append(f"  - date: {day.date.isoformat()}")
        out.append("    sessions:")
        day_name = f"the day {day.date}" + (f" ({shown(day.heading)})" if day.heading else "")
        for number in range(len(out) - 1, len(out) + 1):  # its date and `sessions:`
            origins[number] = Origin(day.where, day_name)
        for session in day.sessions:
            name = session.source_name or f"the session {shown(next(iter(session.title.values()), ''))}"
            for line, field in _session_lines(session):
                out.append(line)
                origins[len(out)] = Origin(_place(session, field), name)
    if draft.skipped:
        out.append("")
        out.append("# Left out of the source:")
        out.extend(f"#   line {g.where.line}: {comment(g.message)}" for g in draft.skipped)
    return "\n".join(out) + "\n", origins


def _place(session: DraftSession, field: str) -> Where:
    """Where the source gives a field of the session: its own place, else where the
    session begins (an id, a kind or an anchor the import guessed is the session's)."""
    if field in ("end", "duration"):
        return session.places.get("end") or session.end_where or session.where
    return session.places.get(field) or session.where


def _session_lines(session: DraftSession) -> list[tuple[str, str]]:
    """The session's lines of YAML, each with the field of our format it writes ("" for
    a comment or the session itself)."""
    pad = "        "
    out = [(f"      # line {session.where.line}: {comment(session.source_text)}", "")]
    out += [(f"      # guessed: {comment(g.message)}", "") for g in session.guesses]
    out.append((f"      - id: {session.id}", ""))
    night = "+1" if session.after_midnight else ""  # the loader's mark for the next calendar day
    out.append((f'{pad}start: "{session.start:%H:%M}{night}"', "start"))
    if session.end is not None:
        out.append((f'{pad}end: "{session.end:%H:%M}"', "end"))
    else:
        out.append((f"{pad}duration: {session.duration_min}", "duration"))
    if session.kind:
        out.append((f"{pad}kind: {session.kind}", "kind"))
    if session.parent:
        out.append((f"{pad}parent: {session.parent}", "parent"))
    for flag in ("hard_start", "hard_end"):
        if getattr(session, flag):
            out.append((f"{pad}{flag}: true", flag))
    if session.min_duration is not None:
        out.append((f"{pad}min_duration: {session.min_duration}", "min_duration"))
    out.append((f"{pad}title: {_by_language(session.title)}", "title"))
    if session.description:
        out.append((f"{pad}description:", "description"))
        for lang, text in session.description.items():
            block = _block(text, pad + "    ") if "\n" in text or len(text) > 60 else None
            out += [(line, "description") for line in f"{pad}  {lang}: {block or quoted(text)}".split("\n")]
    if session.speakers:
        names = ", ".join(quoted(name) if isinstance(name, str) else _by_language(name)
                          for name in session.speakers)
        out.append((f"{pad}speakers: [{names}]", "speakers"))
    out.append(("", ""))
    return out
