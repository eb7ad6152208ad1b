#!/usr/bin/env python3
"""dates-bench.py: the dates stage against chrono-node, side by side.

Both read the BBC archive (../shared/corpus/bbc-news) with one reference
date: the dates stage's time in process() (assay run --stage-times, one
worker; the cleanup stage's segmentation before it is not counted), and
chrono-node's time in chrono.parse() in one Node process (file reading and
start-up not counted).  --runs runs of each, taken in turns (a shared
machine's speed drifts by a fifth within minutes, and each pair sees the
same): the median seconds and MB/s of each, and the median of the pairs'
ratios.

chrono-node comes from npm into bench/chrono/node_modules (npm install runs
there when it is missing; the folder is not committed).
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BBC = os.path.join(ROOT, "..", "shared", "corpus", "bbc-news")
CHRONO = os.path.join(ROOT, "bench", "chrono")


def dates_run():
    out = subprocess.run([os.path.join(ROOT, "build", "tools", "assay"), "run",
                          os.path.join(ROOT, "pipelines", "dates.pipeline"), BBC, "-j", "1",
                          "-o", "/dev/null", "--stage-times", "--reference-date", "2005-01-01"],
                         capture_output=True, text=True, check=True)
    return float(re.search(r"stage dates: ([0-9.]+) s", out.stderr).group(1))


def chrono_run():
    out = subprocess.run(["node", os.path.join(CHRONO, "parse.mjs"), BBC, "2005-01-01T00:00:00Z"],
                         capture_output=True, text=True, check=True)
    r = json.loads(out.stdout)
    return r["seconds"], r["found"]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not os.path.isdir(BBC):
        sys.exit(f"dates-bench: {BBC} is absent")
    size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(BBC) for f in fs if f.endswith(".txt"))
    if not os.path.isdir(os.path.join(CHRONO, "node_modules", "chrono-node")):
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", "chrono-node@2"], cwd=CHRONO, check=True)
    ours, theirs, found = [], [], 0
    for _ in range(args.runs):
        ours.append(dates_run())
        seconds, found = chrono_run()
        theirs.append(seconds)
    ratios = sorted(t / o for o, t in zip(ours, theirs))
    ours_s, theirs_s = statistics.median(ours), statistics.median(theirs)
    print(f"# dates stage against chrono-node: BBC archive, {size / 1e6:.1f} MB, {args.runs} runs each in turns\n")
    print("| parser | median seconds | MB/s |")
    print("| --- | ---: | ---: |")
    print(f"| assay dates (one worker) | {ours_s:.4f} | {size / 1e6 / ours_s:.1f} |")
    print(f"| chrono-node {found} results | {theirs_s:.3f} | {size / 1e6 / theirs_s:.1f} |")
    print(f"\nratio: {statistics.median(ratios):.1f}x chrono-node's throughput "
          f"(median of the {args.runs} pairs; {ratios[0]:.1f} to {ratios[-1]:.1f})")


if __name__ == "__main__":
    main()
