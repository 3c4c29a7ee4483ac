"""`python -m benchmarks [--quick] [--profile] [--strict]`: print the core's figures.

Prints, for each target, the figure, the target and OK or MISSED. The exit status is 0
whatever the figures (these are measurements, not tests) unless --strict is given, when
a missed target makes it 1.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time

from benchmarks import core


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (noisier)")
    parser.add_argument("--profile", action="store_true",
                        help="also print cProfile tables for the 5,000-session benchmarks")
    parser.add_argument("--strict", action="store_true", help="exit 1 if a target is missed")
    args = parser.parse_args(argv)
    batches, load_runs = (7, 3) if args.quick else (31, 5)

    began = time.perf_counter()
    print(f"runofshow core benchmarks — Python {platform.python_version()} "
          f"({platform.python_implementation()}), {platform.system()} {platform.machine()}, "
          f"{os.cpu_count()} CPUs")
    print()
    results: list[core.Result] = []
    found, _ = core.bench_wipo(batches)
    results += found
    synthetic, shows = core.bench_synthetic(batches)
    results += synthetic
    loaded, path, folder = core.bench_load(load_runs)
    results += loaded

    width = max(len(r.name) for r in results)
    fig_width = max(len(r.figure) for r in results)
    target_width = max(len(r.target) for r in results)
    for r in results:
        print(f"{r.name:<{width}}  {r.figure:>{fig_width}}  target {r.target:<{target_width}}  "
              f"{core.verdict(r.ok)}")
        if r.detail:
            print(f"{'':<{width}}  {r.detail}")
    targets = [r for r in results if r.ok is not None]
    missed = [r for r in targets if not r.ok]
    print()
    print(f"{len(targets) - len(missed)} of {len(targets)} targets met"
          + (f"; MISSED: {', '.join(r.name for r in missed)}" if missed else "")
          + f" ({time.perf_counter() - began:.1f} s)")

    if args.profile:
        big = shows[core.BIG[0]]
        print()
        print(f"Profile: project {core.BIG[0]:,} sessions, 20 calls")
        print(core.profile(big.run, 20))
        print()
        print(f"Profile: load + check {core.BIG[0]:,} sessions, 1 call")
        print(core.profile(lambda: core.load_agenda(path), 1))
    folder.cleanup()
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
