"""The command line (SPEC §4).

    runofshow                      the app on the bundled WIPO agenda, in rehearsal
    runofshow AGENDA.yaml          the app on that agenda (--rehearse, --today, --fresh)
    runofshow check AGENDA.yaml    exit 0 and a summary, or exit 2 and located errors
    runofshow plan AGENDA.yaml [--events EVENTS.yaml] [--at DATETIME] [--json]
    runofshow cues AGENDA.yaml [--events EVENTS.yaml] [--at DATETIME] [--json]
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from runofshow.bundled import example_agenda
from runofshow.errors import AgendaError

if TYPE_CHECKING:
    from runofshow.actions import Action
    from runofshow.model import Agenda
    from runofshow.projection import Projection

# The commands import what only they use: `runofshow` alone opens the app, and every
# module it need not read is time before the chair's first window.

EXIT_INVALID = 2
COMMANDS = ("check", "plan", "cues")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # usage errors exit 2 like invalid files, without a traceback
        self.print_usage(sys.stderr)
        self.exit(EXIT_INVALID, f"{self.prog}: error: {message}\n")


def _commands_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="runofshow", description="The clock of a live conference.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    check = sub.add_parser("check", help="check an agenda file")
    check.add_argument("agenda")
    plan = sub.add_parser("plan", help="print the projected schedule")
    plan.add_argument("agenda")
    plan.add_argument("--events", help="YAML list of live actions to apply")
    plan.add_argument("--at", help="ISO date and time (default: now); no offset = agenda's zone")
    plan.add_argument("--json", action="store_true", help="print SPEC §4 JSON")
    cues = sub.add_parser("cues", help="list the upcoming cues (announcements)")
    cues.add_argument("agenda")
    cues.add_argument("--events", help="YAML list of live actions to apply")
    cues.add_argument("--at", help="ISO date and time (default: now); no offset = agenda's zone")
    cues.add_argument("--json", action="store_true", help="print a JSON list of cues")
    return parser


def _app_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="runofshow", description=(
        "Open the app on an agenda (the bundled WIPO example in rehearsal if none). "
        f"Other commands: {', '.join(COMMANDS)} (runofshow check --help)."))
    parser.add_argument("agenda", nargs="?", help="agenda YAML file")
    parser.add_argument("--rehearse", action="store_true",
                        help="run on a simulated clock starting before the first session")
    parser.add_argument("--today", action="store_true",
                        help="map the agenda's first day onto today (times kept), e.g. to "
                             "rehearse or run last year's programme")
    parser.add_argument("--fresh", action="store_true",
                        help="start the show afresh (the old journal is kept aside)")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in COMMANDS:
            args = _commands_parser().parse_args(argv)
            code = {"check": _check, "plan": _plan, "cues": _cues}[args.command](args)
            sys.stdout.flush()  # a closed pipe shows up here, inside the try
            return code
        args = _app_parser().parse_args(argv)
        return _open_app(args)
    except AgendaError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_INVALID
    except BrokenPipeError:  # `runofshow plan … | head`: the reader left, not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _check(args) -> int:
    from runofshow.loader import load_agenda  # always the file itself, never the cache
    from runofshow.render import agenda_summary

    print(agenda_summary(load_agenda(args.agenda)))
    return 0


def _projected(args) -> tuple[Agenda, Projection]:
    """`plan` and `cues`: the agenda, with the actions of --events, projected at --at."""
    from runofshow.events import load_events
    from runofshow.loader import load_agenda
    from runofshow.projection import project

    agenda = load_agenda(args.agenda)
    actions: list[Action] = load_events(args.events, agenda) if args.events else []
    return agenda, project(agenda, actions, _at(args.at, agenda))


def _print_json(data) -> None:
    import json

    print(json.dumps(data, ensure_ascii=False, indent=1))


def _plan(args) -> int:
    from runofshow.render import projection_json, projection_table

    agenda, projection = _projected(args)
    if args.json:
        _print_json(projection_json(agenda, projection))
    else:
        print(projection_table(agenda, projection))
    return 0


def _cues(args) -> int:
    from runofshow.cues import cues_json, plan_cues

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


def _at(text: str | None, agenda: Agenda) -> datetime:
    from runofshow.errors import shown
    from runofshow.events import parse_datetime

    if text is None:
        return datetime.now(agenda.timezone)
    try:
        return parse_datetime(text, agenda)
    except ValueError as exc:
        raise SystemExit(_usage_error(f"--at {shown(text)} is not an ISO date and time like "
                                      f"2024-03-13T16:05 near the agenda's days ({exc})")) from None


def _usage_error(message: str) -> int:
    print(f"runofshow: error: {message}", file=sys.stderr)
    return EXIT_INVALID


def _open_app(args) -> int:
    import gc

    # Start-up allocates mostly what lives on (modules, the agenda, the windows): the
    # cyclic collector would only walk it again and again, ~5 ms before the chair's first
    # frame. It is back on once the chair's window is up (ui.app.run_app), or when we leave.
    gc.disable()
    try:
        return _open_app_paused(args)
    finally:
        gc.enable()


def _open_app_paused(args) -> int:
    from runofshow.agenda_cache import load_agenda_cached

    path = args.agenda or str(example_agenda())
    agenda = load_agenda_cached(path)  # as load_agenda, without YAML when it can
    if args.today:
        from runofshow.retime import shift_to

        agenda = shift_to(agenda, datetime.now(agenda.timezone).date())
    rehearse = args.rehearse or args.agenda is None
    # The live show's core before Qt: PySide6 reads the source of every module imported
    # after it (looking for "PySide6", for its __feature__ switch); the shell spares it
    # those loaded before (ui/feature_scan.py).
    import runofshow.board
    import runofshow.clock
    import runofshow.display_state
    import runofshow.show  # noqa: F401

    try:
        from ui.app import run_app  # the Qt shell; the core never needs it
    except ModuleNotFoundError as exc:
        if not (exc.name or "").startswith(("PySide6", "shiboken6")):
            raise
        # No Qt on this computer: show the projection in the terminal instead.
        from runofshow.projection import project
        from runofshow.render import projection_table

        first = agenda.days[0].sessions[0].start
        at = first - timedelta(minutes=5) if rehearse else datetime.now(agenda.timezone)
        print(projection_table(agenda, project(agenda, [], at)))
        print(f"\n(Qt is not available: {exc}. This is the plan as the terminal sees it.)")
        return 0
    return run_app(agenda, path, rehearse=rehearse, fresh=args.fresh)
