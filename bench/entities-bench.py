#!/usr/bin/env python3
"""entities-bench.py: throughput of the entities stage alone.

Runs bench/entities-eval.pipeline (cleanup marking sentences and tokens,
then entities) over the BBC archive (../shared/corpus/bbc-news) with one
worker and reads the stage's own time in process() from
`assay run --stage-times`: cleanup's time before it is not counted, nor
start-up (loading the model and the gazetteer, reported apart).  Median of
--runs runs; MB of input text per second.
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BBC = os.path.join(ROOT, "..", "shared", "corpus", "bbc-news")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not os.path.isdir(BBC):
        sys.exit(f"entities-bench: {BBC} is absent")
    size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(BBC) for f in fs if f.endswith(".txt"))
    assay = os.path.join(ROOT, "build", "tools", "assay")
    pipeline = os.path.join(ROOT, "bench", "entities-eval.pipeline")
    stage, total = [], []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        out = subprocess.run([assay, "run", pipeline, BBC, "-j", "1", "-o", "/dev/null", "--stage-times"],
                             capture_output=True, text=True, check=True)
        total.append(time.perf_counter() - t0)
        stage.append(float(re.search(r"stage entities: ([0-9.]+) s", out.stderr).group(1)))
    s = statistics.median(stage)
    print(f"# entities stage: BBC archive, {size / 1e6:.1f} MB, one worker, median of {args.runs}\n")
    print(f"stage entities: {s:.3f} s, {size / 1e6 / s:.1f} MB/s")
    print(f"whole run (cleanup + entities + output): {statistics.median(total):.3f} s")


if __name__ == "__main__":
    main()
