#!/usr/bin/env python3
"""lib-ab-bench.py: one assay command, timed against two or more builds of
libassay, as whole processes taken in turns.

What a change inside libassay saves (a cache, a hand-written check) is
measured here, not asserted: each variant is a copy of libassay-1.so.0 in
its own folder, loaded in place of the build's through LD_LIBRARY_PATH
(which the loader reads before the tool's RUNPATH), so the tool, the
plugins and the input are the same on every side.  Runs alternate between
the variants (A B A B ...) so that the load of a shared machine falls on
each alike; the table gives the median wall time, user+system CPU time and
peak resident memory (GNU time).

Usage:
  bench/lib-ab-bench.py --lib base=/tmp/v/base --lib plain=/tmp/v/plain \\
      [--runs 7] [--assay build/tools/assay] -- run PIPELINE INPUT -j 2
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GNU_TIME = "/usr/bin/time"


def run_once(cmd, libdir):
    env = dict(os.environ, LD_LIBRARY_PATH=libdir)
    start = time.monotonic()
    proc = subprocess.run([GNU_TIME, "-f", "stats %e %U %S %M"] + cmd, env=env,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.monotonic() - start
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr.decode()[-2000:]}")
    stats = [line for line in proc.stderr.decode().splitlines() if line.startswith("stats ")][-1].split()
    return wall, float(stats[2]) + float(stats[3]), int(stats[4]) / 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--assay", default=os.path.join(ROOT, "build", "tools", "assay"))
    parser.add_argument("--lib", action="append", required=True, metavar="NAME=DIR",
                        help="a variant: a folder holding its libassay-1.so.0")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("args", nargs=argparse.REMAINDER, help="-- then the assay arguments")
    args = parser.parse_args()
    if not os.access(GNU_TIME, os.X_OK):
        sys.exit("lib-ab-bench: needs GNU time: apt-get install time")
    variants = []
    for spec in args.lib:
        name, _, libdir = spec.partition("=")
        if not os.path.isfile(os.path.join(libdir, "libassay-1.so.0")):
            sys.exit(f"lib-ab-bench: {libdir} holds no libassay-1.so.0")
        variants.append((name, libdir))
    cmd = [args.assay] + [a for a in args.args if a != "--"]
    results = {name: [] for name, _ in variants}
    run_once(cmd, variants[0][1])  # warm the page cache for every side alike
    for _ in range(args.runs):
        for name, libdir in variants:
            results[name].append(run_once(cmd, libdir))
    print(f"# {' '.join(cmd[1:])}: median of {args.runs} runs, taken in turns\n")
    print("| variant | wall s | cpu s | peak RSS MiB |")
    print("| --- | ---: | ---: | ---: |")
    for name, _ in variants:
        r = results[name]
        print(f"| {name} | {statistics.median(x[0] for x in r):.3f} | "
              f"{statistics.median(x[1] for x in r):.3f} | {statistics.median(x[2] for x in r):.1f} |")


if __name__ == "__main__":
    main()
