"""The `export` command's arguments and run (runofshow/cli.py hands it over).

    runofshow export AGENDA [--events EVENTS.yaml | --journal [FILE]] --format F -o OUT
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from runofshow.errors import EXIT_INVALID
from runofshow.events import load_events
from runofshow.export import FORMATS, ExportError, render, write_atomically
from runofshow.export.report import build_report
from runofshow.export.source import read_journal, read_show_journals, show_journals
from runofshow.journal import journal_path
from runofshow.loader import load_agenda


def add_export_parser(sub) -> None:
    """Add `export` to the command line's subparsers."""
    export = sub.add_parser("export", help="write the plan, or planned against actual, as a "
                                           "file (csv, xlsx, ics, html)")
    export.add_argument("agenda")
    source = export.add_mutually_exclusive_group()
    source.add_argument("--events", help="YAML list of live actions (planned against actual)")
    source.add_argument("--journal", nargs="?", const="", metavar="FILE",
                        help="a show's journal; without FILE, the journals `runofshow AGENDA` "
                             "wrote for this agenda (planned against actual)")
    export.add_argument("--format", required=True, choices=FORMATS)
    export.add_argument("-o", "--output", required=True, metavar="OUT", help="file to write")


def run_export(args) -> int:
    agenda = load_agenda(args.agenda)
    actions = None
    if args.events:
        actions = load_events(args.events, agenda)
    elif args.journal:
        actions = read_journal(Path(args.journal), agenda)
    elif args.journal == "":
        paths = show_journals(agenda, args.agenda)
        if not paths:
            folder = journal_path(args.agenda, "any").parent
            print(f"runofshow: error: no journal of {args.agenda} in {folder}; has it been "
                  "run? (or give --journal FILE)", file=sys.stderr)
            return EXIT_INVALID
        actions = read_show_journals(paths, agenda)
        print(f"from {', '.join(str(p) for p in paths)}", file=sys.stderr)
    report = build_report(agenda, actions, int(time.time()))
    try:
        write_atomically(Path(args.output), render(report, args.format))
    except ExportError as exc:
        print(f"runofshow: error: {exc}", file=sys.stderr)
        return EXIT_INVALID
    print(f"wrote {args.output} ({args.format}, {len(report.rows)} sessions"
          f"{', planned against actual' if actions is not None else ', the plan'})")
    return 0

