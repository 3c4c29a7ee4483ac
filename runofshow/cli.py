"""The command line of the core (docs/contracts.md, "Command line").

    runofshow check AGENDA.yaml    exit 0 and a summary, or exit 2 and located errors
    runofshow plan AGENDA.yaml [--events EVENTS.yaml] [--at DATETIME] [--json]
    runofshow cues AGENDA.yaml [--events EVENTS.yaml] [--at DATETIME] [--json]
    runofshow export AGENDA.yaml [--events EVENTS.yaml | --journal [FILE]] --format F -o OUT
    runofshow import FILE [-o AGENDA.yaml] [--timezone ZONE] [--date DATE]   (docs/import.md)

`runofshow` without a command opens the app: that is the shell's launcher (ui/launcher.py),
which hands these commands to `main` here. `python -m runofshow` runs only the
commands: the core never starts Qt.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import datetime

from runofshow.actions import Action
from runofshow.cues import cues_json, plan_cues
from runofshow.errors import EXIT_INVALID, AgendaError, UsageParser, shown
from runofshow.events import load_events, parse_datetime
from runofshow.export.command import add_export_parser, run_export
from runofshow.importing.command import add_import_parser, run_import
from runofshow.loader import load_agenda
from runofshow.model import Agenda
from runofshow.projection import Projection, project
from runofshow.render import agenda_summary, projection_json, projection_table

COMMANDS = ("check", "plan", "cues", "export", "import")


def _commands_parser() -> argparse.ArgumentParser:
    parser = UsageParser(prog="runofshow", description="The clock of a live conference.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=UsageParser)
    check = sub.add_parser("check", help="check an agenda file")
    check.add_argument("agenda")
    for name, what, json_help in (("plan", "print the projected schedule", "print it as JSON"),
                                  ("cues", "list the upcoming cues (announcements)",
                                   "print a JSON list of cues")):
        command = sub.add_parser(name, help=what)
        command.add_argument("agenda")
        command.add_argument("--events", help="YAML list of live actions to apply")
        command.add_argument("--at", help="ISO date and time (default: now); no offset = "
                                          "agenda's zone")
        command.add_argument("--json", action="store_true", help=json_help)
    add_export_parser(sub)  # runofshow/export/command.py
    add_import_parser(sub)  # runofshow/importing/command.py
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one of COMMANDS; exit status 0, or 2 for an invalid file or usage."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in (*COMMANDS, "-h", "--help"):
        print(f"runofshow: the core runs {', '.join(COMMANDS)}; the app is the `runofshow` "
              "command (or python -m ui)", file=sys.stderr)
        return EXIT_INVALID
    try:
        args = _commands_parser().parse_args(argv)
        code = {"check": _check, "plan": _plan, "cues": _cues, "export": run_export,
                "import": run_import}[args.command](args)
        sys.stdout.flush()  # a closed pipe shows up here, inside the try
        return code
    except AgendaError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_INVALID
    except BrokenPipeError:  # `runofshow plan … | head`: the reader left, not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _check(args) -> int:
    print(agenda_summary(load_agenda(args.agenda)))
    return 0


def _projected(args) -> tuple[Agenda, Projection]:
    """`plan` and `cues`: the agenda, with the actions of --events, projected at --at."""
    agenda = load_agenda(args.agenda)
    actions: list[Action] = load_events(args.events, agenda) if args.events else []
    return agenda, project(agenda, actions, _at(args.at, agenda))


def _print_json(data) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=1))


def _plan(args) -> int:
    agenda, projection = _projected(args)
    if args.json:
        _print_json(projection_json(agenda, projection))
    else:
        print(projection_table(agenda, projection))
    return 0


def _cues(args) -> int:
    agenda, projection = _projected(args)
    cues = plan_cues(agenda, projection)
    if args.json:
        _print_json(cues_json(agenda, cues))
        return 0
    for cue in cues:
        voice = "spoken" if cue.spoken else "silent"
        words = " / ".join(text for _, text in cue.text)
        print(f"{agenda.local(cue.at_s):%Y-%m-%d %H:%M:%S}  {cue.kind:<8} {voice:<6} "
              f"{cue.session:<22} {words}")
    if not cues:
        print("no cues ahead")
    return 0


def _at(text: str | None, agenda: Agenda) -> int:
    """--at as epoch seconds (now if absent)."""
    if text is None:
        return int(datetime.now(agenda.timezone).timestamp())
    try:
        return int(parse_datetime(text, agenda).timestamp())
    except ValueError as exc:
        print(f"runofshow: error: --at {shown(text)} is not an ISO date and time like "
              f"2024-03-13T16:05 near the agenda's days ({exc})", file=sys.stderr)
        raise SystemExit(EXIT_INVALID) from None
