"""`python -m benchmarks [--core | --ui | --remote | --standby | --venue | --export | --import | --bundle]
[--quick]
[--profile] [--strict]`: print the figures.

Prints, for each target, the figure, the target and OK or MISSED: the core's (projection,
loading) and the app's (countdown lag, idle CPU, time to the first window, memory; each in
a process of its own). --core or --ui runs only those; the default runs both. The exit
status is 0 whatever the figures (these are measurements, not tests) unless --strict is
given, when a missed target makes it 1.

`python -m benchmarks --crash` runs the crash harness instead (benchmarks/crash.py).
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time

from benchmarks import core, ui


def revision() -> str:
    """The commit measured, marked + when the work tree differs from it."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=core.REPO,
                              capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                               cwd=core.REPO, capture_output=True, text=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "not a git checkout"
    return f"commit {head}{'+' if dirty else ''}"


def print_results(title: str, results: list[core.Result]) -> None:
    print(title)
    width = max(len(r.name) for r in results)
    fig_width = max(len(r.figure) for r in results)
    target_width = max(len(r.target) for r in results)
    for r in results:
        print(f"  {r.name:<{width}}  {r.figure:>{fig_width}}  target {r.target:<{target_width}}  "
              f"{core.verdict(r.ok)}")
        if r.detail:
            print(f"  {'':<{width}}  {r.detail}")
    print()


def run_core(quick: bool, profile: bool) -> list[core.Result]:
    batches, load_runs = (7, 3) if quick else (31, 5)
    results: list[core.Result] = []
    found, _ = core.bench_wipo(batches)
    results += found
    synthetic, shows = core.bench_synthetic(batches)
    results += synthetic
    loaded, path, folder = core.bench_load(load_runs)
    results += loaded
    print_results("Core", results)
    if profile:
        big = shows[core.BIG[0]]
        print(f"Profile: project {core.BIG[0]:,} sessions, 20 calls")
        print(core.profile(big.run, 20))
        print()
        print(f"Profile: load + check {core.BIG[0]:,} sessions, 1 call")
        print(core.profile(lambda: core.load_agenda(path), 1))
        print()
    folder.cleanup()
    return results


def run_remote(quick: bool) -> list[core.Result]:
    from benchmarks import remote

    results = remote.run(quick)
    print_results("Remote server (the app and its devices, each a process of its own)", results)
    return results


def run_standby(quick: bool) -> list[core.Result]:
    from benchmarks import standby

    results = standby.run(quick)
    print_results("Hot standby (a local Mosquitto; benchmarks/standby.py)", results)
    return results


def run_venue(quick: bool) -> list[core.Result]:
    from benchmarks import venue

    results = venue.run(quick)
    print_results(f"A whole venue: {venue.ROOMS} rooms and an overview (a local Mosquitto; "
                  "benchmarks/venue.py)", results)
    return results


def run_export(quick: bool) -> list[core.Result]:
    from benchmarks import export_bench

    results = export_bench.run(quick)
    print_results("Export (each figure in a process of its own)", results)
    return results


def run_import(quick: bool) -> list[core.Result]:
    from benchmarks import import_bench

    results = import_bench.run(quick)
    print_results("Import (a 350 KB frab schedule.xml, in this process)", results)
    return results


def run_bundle() -> list[core.Result]:
    from benchmarks import bundle

    results = bundle.run()
    print_results("Bundle (dist/runofshow as built by packaging/build.py)", results)
    return results


def run_ui(quick: bool, profile: bool) -> list[core.Result]:
    results = ui.run(quick)
    print_results("UI (each figure in a process of its own)", results)
    if profile and ui.available() is None:
        for title, table in ui.profiles():
            print(f"Profile: {title}")
            print(table)
            print()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks",
                                     description=__doc__.split("\n")[0])
    only = parser.add_mutually_exclusive_group()
    only.add_argument("--core", action="store_true", help="only the core's benchmarks")
    only.add_argument("--ui", action="store_true", help="only the app's (Qt) benchmarks")
    only.add_argument("--remote", action="store_true",
                      help="only the remote server's: action latency, 200 WebSocket screens "
                           "with 50 actions/s, idle CPU (benchmarks/remote.py)")
    only.add_argument("--standby", action="store_true",
                      help="only the hot standby's: action to the standby's screen, 50 takeovers after "
                           "SIGKILL (needs mosquitto; benchmarks/standby.py)")
    only.add_argument("--venue", action="store_true",
                      help="only the venue's: 20 rooms publishing and an overview, its countdowns against "
                           "the rooms', the rooms' lag (needs mosquitto; benchmarks/venue.py)")
    only.add_argument("--export", action="store_true",
                      help="only the export's: the WIPO run sheet as a PDF, the whole "
                           "command and the drawing alone (benchmarks/export_bench.py)")
    only.add_argument("--import", dest="import_schedule", action="store_true",
                      help="only the import's: a 350 KB frab schedule.xml against a bare "
                           "parse of it (benchmarks/import_bench.py)")
    only.add_argument("--bundle", action="store_true",
                      help="only the built bundle's size (benchmarks/bundle.py)")
    only.add_argument("--crash", action="store_true",
                      help="only the crash harness: a scripted show killed with SIGKILL 200 "
                           "times (50 with --quick), see benchmarks/crash.py")
    parser.add_argument("--quick", action="store_true",
                        help="fewer repetitions and shorter runs (noisier)")
    parser.add_argument("--profile", action="store_true",
                        help="also print cProfile tables (5,000-session core cases; app start "
                             "and idling)")
    parser.add_argument("--strict", action="store_true", help="exit 1 if a target is missed")
    args = parser.parse_args(argv)

    began = time.perf_counter()
    print(f"runofshow benchmarks — Python {platform.python_version()} "
          f"({platform.python_implementation()}), {platform.system()} {platform.machine()}, "
          f"{os.cpu_count()} CPUs; {revision()}")
    print()
    if args.crash:
        from benchmarks import crash

        failed = crash.print_report(kills=50 if args.quick else crash.KILLS) != 0
        return 1 if args.strict and failed else 0
    results: list[core.Result] = []
    # one part if one was asked for (the options exclude each other), else all of them
    parts = {"core": lambda: run_core(args.quick, args.profile),
             "ui": lambda: run_ui(args.quick, args.profile),
             "remote": lambda: run_remote(args.quick),
             "standby": lambda: run_standby(args.quick),
             "venue": lambda: run_venue(args.quick),
             "export": lambda: run_export(args.quick),
             "import_schedule": lambda: run_import(args.quick),
             "bundle": run_bundle}
    asked = [name for name in parts if getattr(args, name)]
    # the standby's and the venue's need a Mosquitto and take minutes: only when asked for
    for name in asked or [name for name in parts if name not in ("standby", "venue")]:
        results += parts[name]()

    targets = [r for r in results if r.ok is not None]
    missed = [r for r in targets if not r.ok]
    print(f"{len(targets) - len(missed)} of {len(targets)} targets met"
          + (f"; MISSED: {', '.join(r.name for r in missed)}" if missed else "")
          + f" ({time.perf_counter() - began:.1f} s)")
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
