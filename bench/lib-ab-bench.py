#!/usr/bin/env python3
"""lib-ab-bench.py: one assay command, timed against two or more builds of
libassay or of a stage's plugin, as whole processes taken in turns.

What a change inside libassay saves (a cache, a hand-written check) is
measured here, not asserted: each variant is a copy of libassay-1.so.0 in
its own folder, loaded in place of the build's through LD_LIBRARY_PATH
(which the loader reads before the tool's RUNPATH), so the tool, the
plugins and the input are the same on every side.  Runs alternate between
the variants (A B A B ...) so that the load of a shared machine falls on
each alike; the table gives the median wall time, user+system CPU time and
peak resident memory, and the median of each round's ratio
to the first variant with its range (a round's two runs share the load of
their minute, so the ratio moves less than either time).

A plugin variant (--plugins NAME=DIR) is a plugin folder given to `assay
run` as --plugin-path, which the registry searches before the build's: a
change to a stage that saves cache misses rather than instructions (which
bench/stage-callgrind.py counts) is weighed here.

Usage:
  bench/lib-ab-bench.py --lib base=/tmp/v/base --lib plain=/tmp/v/plain \\
      [--runs 7] [--assay build/tools/assay] -- run PIPELINE INPUT -j 2
  bench/lib-ab-bench.py --plugins main=../main/build/plugins --plugins this=build/plugins \\
      --runs 21 -- run pipelines/dates.pipeline /tmp/bbc20.jsonl -j 1 -o /dev/null --no-progress
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_once(cmd, libdir):
    """Wall seconds, CPU seconds (user + system) and peak RSS MiB of one
    run, from wait4()'s resource usage (microseconds: GNU time's
    hundredths were 2% of a 0.45 s run)."""
    env = dict(os.environ, LD_LIBRARY_PATH=libdir) if libdir else None
    start = time.monotonic()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.monotonic() - start
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err.decode()[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--assay", default=os.path.join(ROOT, "build", "tools", "assay"))
    parser.add_argument("--lib", action="append", default=[], metavar="NAME=DIR",
                        help="a variant: a folder holding its libassay-1.so.0")
    parser.add_argument("--plugins", action="append", default=[], metavar="NAME=DIR",
                        help="a variant: a plugin folder, given to `assay run` as --plugin-path")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("args", nargs=argparse.REMAINDER, help="-- then the assay arguments")
    args = parser.parse_args()
    if not args.lib and not args.plugins:
        sys.exit("lib-ab-bench: give the variants, each --lib NAME=DIR or --plugins NAME=DIR")
    cmd = [args.assay] + [a for a in args.args if a != "--"]
    variants = []  # name, LD_LIBRARY_PATH, the command
    for spec in args.lib:
        name, _, libdir = spec.partition("=")
        if not os.path.isfile(os.path.join(libdir, "libassay-1.so.0")):
            sys.exit(f"lib-ab-bench: {libdir} holds no libassay-1.so.0")
        variants.append((name, libdir, cmd))
    for spec in args.plugins:
        name, _, plugdir = spec.partition("=")
        if not os.path.isdir(plugdir):
            sys.exit(f"lib-ab-bench: {plugdir} is no folder")
        if cmd[1:2] != ["run"]:
            sys.exit("lib-ab-bench: --plugins needs an `assay run` command")
        variants.append((name, None, cmd + ["--plugin-path", os.path.abspath(plugdir)]))
    results = {name: [] for name, _, _ in variants}
    run_once(variants[0][2], variants[0][1])  # warm the page cache for every side alike
    for _ in range(args.runs):
        for name, libdir, vcmd in variants:
            results[name].append(run_once(vcmd, libdir))
    print(f"# {' '.join(cmd[1:])}: median of {args.runs} runs, taken in turns\n")
    print(f"| variant | wall s | cpu s | cpu / {variants[0][0]}, median of rounds (range) | peak RSS MiB |")
    print("| --- | ---: | ---: | ---: | ---: |")
    base = results[variants[0][0]]
    for name, _, _ in variants:
        r = results[name]
        ratios = [x[1] / b[1] for x, b in zip(r, base) if b[1] > 0]
        ratio = f"{statistics.median(ratios):.3f} ({min(ratios):.2f}-{max(ratios):.2f})" if ratios else "-"
        print(f"| {name} | {statistics.median(x[0] for x in r):.3f} | "
              f"{statistics.median(x[1] for x in r):.3f} | {ratio} | {statistics.median(x[2] for x in r):.1f} |")


if __name__ == "__main__":
    main()
