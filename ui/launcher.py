"""The `runofshow` command: the app, or one of the core's commands.

    runofshow                      the app on the bundled WIPO agenda, in rehearsal
    runofshow AGENDA.yaml          the app on that agenda (--rehearse, --today, --fresh,
                                   --serve [HOST:]PORT, --token TOKEN, --osc [HOST:]PORT:
                                   docs/remote.md; --broker URL --room ROOM: docs/venue.md)
    runofshow check|plan|cues|import|export …  the core's commands (runofshow/cli.py),
                                   without Qt; but `export --format pdf`, which Qt draws
                                   (ui/pdf_export.py)

Each path imports what it uses: a command never loads Qt (so it works, and starts fast, on
a computer without it), and opening the app never loads the commands' modules. Without Qt,
`runofshow AGENDA.yaml` prints the plan in the terminal instead.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime

from runofshow.bundled import example_agenda
from runofshow.errors import EXIT_INVALID, AgendaError, UsageParser
from runofshow.loader import load_agenda
from runofshow.model import Agenda
from runofshow.retime import shift_to
from runofshow.show import REHEARSAL_LEAD_S

COMMANDS = ("check", "plan", "cues", "export", "import")  # runofshow/cli.py runs them


def app_parser() -> argparse.ArgumentParser:
    parser = UsageParser(prog="runofshow", description=(
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
    parser.add_argument("--serve", metavar="[HOST:]PORT", type=serve_address,
                        help="serve the show to other devices (docs/remote.md) on PORT, on the "
                             "loopback address unless HOST is given (e.g. 0.0.0.0:4001)")
    parser.add_argument("--token", type=control_token,
                        help="the control token for this run (default: the one kept in the "
                             "config folder)")
    parser.add_argument("--lang", metavar="CODE",
                        help="interface language: en, zh, fr, es, ar, ru (default: the console's "
                             "choice, else the system's)")
    parser.add_argument("--osc", metavar="[HOST:]PORT", type=serve_address,
                        help="take OSC commands over UDP on PORT (docs/remote.md); OSC has no "
                             "token, so on the loopback address unless HOST is given")
    parser.add_argument("--broker", metavar="URL", type=broker_url,
                        help="publish the show to the venue's MQTT broker (docs/venue.md): "
                             "mqtt://[USER[:PASSWORD]@]HOST[:PORT], mqtts://… for TLS; the password "
                             "may also come from RUNOFSHOW_BROKER_PASSWORD")
    parser.add_argument("--room", help="this room's name on the broker (needed with --broker)")
    parser.add_argument("--follow", metavar="ROOM",
                        help="be the hot standby of ROOM (with --broker): mirror its show live, offer to "
                             "take over when its PC goes offline (docs/venue.md); the agenda comes from "
                             "the broker unless AGENDA is given (it must be the room's)")
    parser.add_argument("--event", help="the event the rooms belong to on the broker (default: default)")
    parser.add_argument("--broker-ca", metavar="FILE",
                        help="the certificate authority that signed the broker's (mqtts://)")
    return parser


def broker_url(text: str):
    from runofshow.venue import VenueError, parse_broker_url

    try:
        return parse_broker_url(text)
    except VenueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def venue_options(parser: argparse.ArgumentParser, args: argparse.Namespace):
    """--broker, --room, --event and --broker-ca as runofshow.venue.VenueOptions, or None."""
    if args.broker is None:
        if args.room or args.event or args.broker_ca or args.follow:
            parser.error("--room, --follow, --event and --broker-ca go with --broker URL")
        return None
    from runofshow.venue import DEFAULT_EVENT, VenueError, VenueOptions, check_name

    if args.follow:
        if args.room or args.fresh:
            parser.error("--follow ROOM mirrors that room: it goes without --room and --fresh")
        try:
            event = check_name("event", args.event or DEFAULT_EVENT)
        except VenueError as exc:
            parser.error(str(exc))
        return VenueOptions(args.broker, None, event, args.broker_ca)
    if not args.room:
        parser.error("--broker needs --room ROOM: this room's name on the broker")
    try:
        return VenueOptions(args.broker, check_name("room", args.room),
                            check_name("event", args.event or DEFAULT_EVENT), args.broker_ca)
    except VenueError as exc:
        parser.error(str(exc))


def serve_address(text: str) -> tuple[str, int]:
    """`PORT`, `HOST:PORT` or `[IPv6]:PORT` as (host, port); loopback when no host."""
    host, colon, port = text.rpartition(":")
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    elif ":" in host or (colon and not host):
        raise argparse.ArgumentTypeError(f"{text!r}: write PORT, HOST:PORT or [IPv6]:PORT")
    if not port.isdigit() or not 1 <= int(port) <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r}: the port is a number from 1 to 65535")
    return host or "127.0.0.1", int(port)


def control_token(text: str) -> str:
    from ui.tokens import token_problem

    problem = token_problem(text)
    if problem:
        raise argparse.ArgumentTypeError(problem)
    return text


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "export":
        from runofshow.export.command import asks_for_pdf

        if asks_for_pdf(argv[1:]):
            from ui.pdf_export import main as export_pdf  # Qt draws it; the core cannot

            return export_pdf(argv[1:])
    if argv and argv[0] in COMMANDS:
        from runofshow import cli

        return cli.main(argv)
    parser = app_parser()
    args = parser.parse_args(argv)
    venue = venue_options(parser, args)
    if args.follow:
        return _follow(parser, args, venue)
    path = args.agenda or str(example_agenda())
    rehearse = args.rehearse or args.agenda is None
    try:
        agenda = load_agenda(path)
    except AgendaError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_INVALID
    if args.today:
        agenda = shift_to(agenda, datetime.now(agenda.timezone).date())
    try:
        from ui.app import run_app
    except ModuleNotFoundError as exc:
        if not (exc.name or "").startswith(("PySide6", "shiboken6")):
            raise
        return _plan_in_terminal(agenda, rehearse, exc)
    return run_app(agenda, path, rehearse=rehearse, fresh=args.fresh, serve=args.serve,
                   token=args.token, osc=args.osc, language=args.lang, venue=venue)


def _follow(parser: argparse.ArgumentParser, args: argparse.Namespace, venue) -> int:
    """`--follow ROOM`: read the room's agenda, status and state from the broker (before any
    window: no window waits on the network), then open the app as the room's standby."""
    from runofshow.standby import FollowOptions, keep_room_agenda, load_room_agenda
    from runofshow.venue import VenueError, agenda_hash, check_name
    from ui.venue_follower import fetch_room

    try:
        room = check_name("room", args.follow)
    except VenueError as exc:
        parser.error(str(exc))
    print(f"runofshow: reading room {room!r} of {venue.event!r} on {venue.address}…", file=sys.stderr)
    found = fetch_room(venue.address, venue.event, room, ca_file=venue.ca_file)
    if found.agenda is None or found.state is None:
        print(f"runofshow: room {room!r} of {venue.event!r} has published no agenda and state on "
              f"{venue.address} (is its PC publishing, with --room {room!r} --event {venue.event!r}?)",
              file=sys.stderr)
        return EXIT_INVALID
    if args.agenda:
        path = args.agenda
        try:
            with open(path, encoding="utf-8") as file:
                mine = agenda_hash(file.read())
        except (OSError, UnicodeDecodeError) as exc:
            print(f"runofshow: cannot read {path}: {exc}", file=sys.stderr)
            return EXIT_INVALID
        if mine != found.agenda.sha:
            print(f"runofshow: {path} is not the agenda room {room!r} runs on ({found.agenda.name}, "
                  "another text): refusing to follow it; start without AGENDA to take the room's",
                  file=sys.stderr)
            return EXIT_INVALID
    else:  # the room's own agenda, kept on this PC for the standby
        try:
            path = str(keep_room_agenda(venue.event, room, found.agenda.name, found.agenda.text))
        except OSError as exc:
            print(f"runofshow: cannot keep room {room!r}'s agenda on this PC: {exc}", file=sys.stderr)
            return EXIT_INVALID
    try:
        agenda = load_room_agenda(path, datetime.fromisoformat(found.agenda.first_day).date())
    except AgendaError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_INVALID
    summary = found.state.summary
    epoch = max(summary.epoch, found.agenda.epoch, (found.status.epoch or 0) if found.status else 0)
    seq = found.agenda.seq if found.agenda.epoch == epoch else 0
    from ui.app import run_app

    # --serve and --osc too: the devices see the room's show, their actions are refused while
    # this PC follows, and drive the show once it has taken over
    return run_app(agenda, path, rehearse=summary.rehearsal, serve=args.serve, token=args.token,
                   osc=args.osc, language=args.lang, venue=venue,
                   follow=FollowOptions(room, epoch, found.agenda.sha, seq))


def _plan_in_terminal(agenda: Agenda, rehearse: bool, reason: Exception) -> int:
    """No Qt on this computer: show the projection in the terminal instead."""
    from runofshow.projection import project
    from runofshow.render import projection_table

    first = agenda.days[0].sessions[0].start_s
    now_s = first - REHEARSAL_LEAD_S if rehearse else int(datetime.now(agenda.timezone).timestamp())
    print(projection_table(agenda, project(agenda, [], now_s)))
    print(f"\n(Qt is not available: {reason}. This is the plan as the terminal sees it.)")
    return 0
