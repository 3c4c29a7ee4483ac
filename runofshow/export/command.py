"""The `export` command's arguments and run (runofshow/cli.py hands it over).

    runofshow export AGENDA [--events EVENTS.yaml | --journal [FILE]] --format F -o OUT

`--format pdf` is drawn with Qt, which the core never loads: the app's launcher
(`runofshow`, ui/launcher.py) sees it with `asks_for_pdf` and hands it to ui/pdf_export.py,
which reads the same arguments and the same report (`report_for`) as the other formats.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from runofshow.actions import Action
from runofshow.errors import EXIT_INVALID, UsageParser
from runofshow.events import load_events
from runofshow.export import FORMATS, ExportError, render, write_atomically
from runofshow.export.report import Report, build_report
from runofshow.export.source import read_journal, read_show_journals, show_journals
from runofshow.journal import journal_path
from runofshow.loader import load_agenda
from runofshow.model import Agenda

PDF = "pdf"  # made by the app's launcher, not by the core (it needs Qt)
PDF_BY_THE_APP = ("--format pdf is made by the app's launcher, with Qt: run `runofshow export "
                  "… --format pdf` (`python -m runofshow` writes csv, xlsx, ics and html)")


def add_export_parser(sub) -> None:
    """Add `export` to the command line's subparsers."""
    export = sub.add_parser("export", help="write the plan, or planned against actual, as a "
                                           "file (csv, xlsx, ics, html; pdf with `runofshow`)")
    _add_arguments(export)


def export_parser() -> UsageParser:
    """`export`'s arguments on their own (what ui/pdf_export.py parses)."""
    parser = UsageParser(prog="runofshow export")
    _add_arguments(parser)
    return parser


def asks_for_pdf(argv: list[str]) -> bool:
    """Whether `export`'s arguments (after the word export) ask for a PDF. Arguments that do
    not parse are not a PDF: the core then says what is wrong with them."""
    try:
        args, _ = export_parser().parse_known_args(argv)
    except SystemExit:
        return False
    return args.format == PDF


def _add_arguments(export) -> None:
    export.add_argument("agenda")
    source = export.add_mutually_exclusive_group()
    source.add_argument("--events", help="YAML list of live actions (planned against actual)")
    source.add_argument("--journal", nargs="?", const="", metavar="FILE",
                        help="a show's journal; without FILE, the journals `runofshow AGENDA` "
                             "wrote for this agenda (planned against actual)")
    export.add_argument("--format", required=True, choices=(*FORMATS, PDF),
                        help="pdf: a run sheet, or the report with a timeline (made by the "
                             "app's launcher `runofshow`, docs/export.md)")
    export.add_argument("--paper", choices=("a4", "letter"), default="a4",
                        help="the PDF's paper (default a4)")
    export.add_argument("--technician", action="store_true",
                        help="the PDF run sheet also lists the cue times")
    export.add_argument("-o", "--output", required=True, metavar="OUT", help="file to write")


def run_export(args) -> int:
    if args.format == PDF:
        print(f"runofshow: error: {PDF_BY_THE_APP}", file=sys.stderr)
        return EXIT_INVALID
    try:
        report = report_for(args)
        write_atomically(Path(args.output), render(report, args.format))
    except ExportError as exc:
        print(f"runofshow: error: {exc}", file=sys.stderr)
        return EXIT_INVALID
    print(wrote_line(args, report))
    return 0


def report_for(args) -> Report:
    """The report the arguments ask for, made now. Raises AgendaError (a bad file, located)
    or ExportError (no journal to read)."""
    agenda = load_agenda(args.agenda)
    return build_report(agenda, actions_for(args, agenda), int(time.time()))


def actions_for(args, agenda: Agenda) -> list[Action] | None:
    """The actions of --events or --journal, or None (the plan). Raises as `report_for`."""
    actions = None
    if args.events:
        actions = load_events(args.events, agenda)
    elif args.journal:
        actions = read_journal(Path(args.journal), agenda)
    elif args.journal == "":
        paths = show_journals(agenda, args.agenda)
        if not paths:
            folder = journal_path(args.agenda, "any").parent
            raise ExportError(f"no journal of {args.agenda} in {folder}; has it been run? "
                              "(or give --journal FILE)")
        actions = read_show_journals(paths, agenda)
        print(f"from {', '.join(str(p) for p in paths)}", file=sys.stderr)
    return actions


def wrote_line(args, report: Report) -> str:
    """What a successful export says."""
    return (f"wrote {args.output} ({args.format}, {len(report.rows)} sessions"
            f"{', planned against actual' if report.from_actions else ', the plan'})")

