"""`runofshow import FILE [-o AGENDA.yaml] [--timezone ZONE] [--date DATE] [--language LANG]`
(docs/import.md): a foreign agenda in, our YAML out (stdout, or the file -o names, written
whole or not at all), and what was guessed on stderr."""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

from runofshow.errors import EXIT_INVALID, shown
from runofshow.files import write_whole
from runofshow.importing.checked import checked_agenda
from runofshow.importing.draft import Draft
from runofshow.importing.guess import decide_language, guess_roles
from runofshow.importing.schedules import SCHEDULE_SUFFIXES, read_schedule_agenda, schedule_format
from runofshow.importing.spreadsheet import SHEET_SUFFIXES, read_sheet_agenda
from runofshow.importing.text import read_text_agenda
from runofshow.loader import zone_named, zone_suggestion

TEXT_SUFFIXES = (".txt", ".text", ".md", "")
# what the app's Open dialog offers to import (a file with no suffix is not offered)
IMPORTABLE_SUFFIXES = (".txt", ".text", ".md", *SHEET_SUFFIXES, *SCHEDULE_SUFFIXES)
_LANGUAGE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")


def add_import_parser(sub) -> None:
    """The `import` command's arguments, on the subparsers of runofshow/cli.py."""
    command = sub.add_parser("import", help="turn an agenda from a text file into our YAML")
    command.add_argument("file", help="the agenda to import (plain text: docs/import.md)")
    command.add_argument("-o", "--output", metavar="AGENDA.yaml",
                         help="write the agenda here (default: print it)")
    command.add_argument("--timezone", metavar="ZONE",
                         help="the agenda's IANA zone, like Europe/Zurich (default: none "
                              "written, so the computer's own zone at each launch)")
    command.add_argument("--date", metavar="YYYY-MM-DD",
                         help="the first day's date, for day headings without one")
    command.add_argument("--language", metavar="LANG",
                         help="the language of the text, like zh or en (default: guessed)")
    command.add_argument("--room", help="the room to import, of a file with several "
                                        "(spreadsheets, frab, iCalendar)")
    command.add_argument("--sheet", metavar="NAME",
                         help="the sheet of an XLSX workbook (default: the first visible one with a "
                              "header; a hidden one only when named)")
    command.add_argument("--columns", metavar="MAP",
                         help="a spreadsheet's own column names, like title=Titel,start=Uhrzeit "
                              "(fields: title start end duration date room speakers kind notes "
                              "hard_start hard_end)")


def _refuse(message: str) -> None:
    print(f"runofshow import: error: {message}", file=sys.stderr)
    raise SystemExit(EXIT_INVALID)


def _options(args) -> tuple[str | None, date | None]:
    suffix = Path(args.file).suffix.lower()
    for option in ("sheet", "columns"):
        if getattr(args, option) is not None and suffix not in SHEET_SUFFIXES:
            _refuse(f"--{option} is only for spreadsheets")
    if args.room is not None and suffix in TEXT_SUFFIXES:
        _refuse("--room is only for files with several rooms (frab, spreadsheets, "
                "iCalendar); a text agenda is one room")
    if args.language is not None and not _LANGUAGE.fullmatch(args.language):
        _refuse(f"--language {shown(args.language)} is not a language code like zh, en or fr")
    zone = None
    if args.timezone is not None:
        found = zone_named(args.timezone)
        if found is None:
            _refuse(f"--timezone {shown(args.timezone)} is not a known zone"
                    + zone_suggestion(args.timezone))
        zone = found.key
    first = None
    if args.date is not None:
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", args.date):
                raise ValueError
            first = date.fromisoformat(args.date)
        except ValueError:
            _refuse(f"--date {shown(args.date)} is not a date like 2024-03-13")
    return zone, first


def import_draft(path: Path, zone: str | None, first: date | None,
                 language: str | None, room: str | None = None, sheet: str | None = None,
                 columns: str | None = None) -> Draft:
    """Read FILE in the format its name says, and make the shared guesses on it."""
    schedule_kind = schedule_format(path)
    if schedule_kind is not None:  # frab XML or JSON, iCalendar: their zone is the file's
        draft = read_schedule_agenda(path, schedule_kind, zone, room)
    elif path.suffix.lower() in SHEET_SUFFIXES:
        draft = read_sheet_agenda(path, first, room, sheet, columns, zone)
    elif path.suffix.lower() not in TEXT_SUFFIXES:
        _refuse(f"{path}: {path.suffix} files cannot be imported; plain text (.txt), "
                "spreadsheets (.csv, .xlsx), frab schedules (.xml, .json) and calendars (.ics) can")
    else:
        draft = read_text_agenda(path, first)
    draft.timezone = zone or draft.timezone
    decide_language(draft, language)
    guess_roles(draft)
    return draft


def run_import(args) -> int:
    """The command: 0 with the agenda written, or 2 with located problems and no file."""
    zone, first = _options(args)
    source = Path(args.file)
    if args.output and Path(args.output).resolve() == source.resolve():
        _refuse("-o names the file being imported; write the agenda to another file")
    draft = import_draft(source, zone, first, args.language, room=args.room, sheet=args.sheet,
                         columns=args.columns)
    # checked as `runofshow check` would, before a byte is written; problems located in FILE
    text, agenda = checked_agenda(draft, written_as=args.output or "<imported agenda>")
    if args.output:
        try:
            write_agenda(Path(args.output), text)
        except OSError as exc:
            _refuse(f"cannot write {args.output}: {exc.strerror}")
    else:
        sys.stdout.write(text)
    for guess in draft.all_guesses():
        print(f"{guess.where.format()}: guessed: {guess.message}", file=sys.stderr)
    for skipped in draft.skipped:
        print(f"{skipped.where.format()}: note: {skipped.message}", file=sys.stderr)
    if draft.timezone is None:
        print("runofshow import: no --timezone: the agenda is written without one, so it runs "
              "in the zone of the computer that opens it; give --timezone to fix it",
              file=sys.stderr)
    where = f" into {args.output}" if args.output else ""
    print(f"runofshow import: {source}: {len(agenda.days)} day(s), {agenda.count()} sessions"
          f"{where}; {len(draft.all_guesses())} guesses to check", file=sys.stderr)
    return 0


def write_agenda(path: Path, text: str) -> None:
    """The agenda's YAML, whole or not at all (OSError if it cannot be written)."""
    write_whole(path, text.encode("utf-8"))
