#!/usr/bin/env python3
"""dates-bench.py: the dates stage against chrono-node, side by side.

Both read the BBC archive (../shared/corpus/bbc-news) with one reference
date: the dates stage's time in process() (assay run --stage-times, one
worker; the cleanup stage's segmentation before it is not counted), and
chrono-node's time in chrono.parse() in one Node process (file reading and
start-up not counted).  Median of --runs runs each; MB/s and the ratio.

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


def dates_runs(runs):
    seconds = []
    for _ in range(runs):
        out = subprocess.run([os.path.join(ROOT, "build", "tools", "assay"), "run",
                              os.path.join(ROOT, "pipelines", "dates.pipeline"), BBC, "-j", "1",
                              "-o", "/dev/null", "--stage-times", "--reference-date", "2005-01-01"],
                             capture_output=True, text=True, check=True)
        m = re.search(r"stage dates: ([0-9.]+) s", out.stderr)
        seconds.append(float(m.group(1)))
    return statistics.median(seconds)


def chrono_runs(runs):
    if not os.path.isdir(os.path.join(CHRONO, "node_modules", "chrono-node")):
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", "chrono-node@2"], cwd=CHRONO, check=True)
    seconds, found = [], 0
    for _ in range(runs):
        out = subprocess.run(["node", os.path.join(CHRONO, "parse.mjs"), BBC, "2005-01-01T00:00:00Z"],
                             capture_output=True, text=True, check=True)
        r = json.loads(out.stdout)
        seconds.append(r["seconds"])
        found = r["found"]
    return statistics.median(seconds), found


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not os.path.isdir(BBC):
        sys.exit(f"dates-bench: {BBC} is absent")
    size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(BBC) for f in fs if f.endswith(".txt"))
    ours = dates_runs(args.runs)
    theirs, found = chrono_runs(args.runs)
    print(f"# dates stage against chrono-node: BBC archive, {size / 1e6:.1f} MB, median of {args.runs}\n")
    print("| parser | seconds | MB/s |")
    print("| --- | ---: | ---: |")
    print(f"| assay dates (one worker) | {ours:.3f} | {size / 1e6 / ours:.1f} |")
    print(f"| chrono-node {found} results | {theirs:.3f} | {size / 1e6 / theirs:.1f} |")
    print(f"\nratio: {theirs / ours:.1f}x chrono-node's throughput")


if __name__ == "__main__":
    main()
