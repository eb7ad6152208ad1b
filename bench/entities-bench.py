#!/usr/bin/env python3
"""entities-bench.py: throughput of the entities stage alone.

Runs bench/entities-eval.pipeline (cleanup marking sentences and tokens,
then entities) over the BBC archive (../shared/corpus/bbc-news) with one
worker and reads the stage's own time in process() from
`assay run --stage-times`: cleanup's time before it is not counted, nor
start-up (loading the model and the gazetteer, reported apart).  Median of
--runs runs; MB of input text per second.

The machine may be shared, so wall time in process() waits on other
processes; the CPU time (user + system) of each whole process is given
beside it, and, less a cleanup-only run's taken in the same turn, the
CPU time of the stage with its start-up and output.

  --plugin-path DIR [DIR ...]: compare builds, in turns: each DIR is a
  folder holding an `entities` plugin folder (entities.so and its data)
  that shadows the build tree's; "-" is the build tree's own.
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BBC = os.path.join(ROOT, "..", "shared", "corpus", "bbc-news")


def run(cmd):
    """(stderr, wall seconds, user + system seconds) of one process."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    err = p.stderr.read()
    _, status, usage = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        sys.exit(f"entities-bench: {' '.join(cmd)} failed:\n{err}")
    return err, time.perf_counter() - t0, usage.ru_utime + usage.ru_stime


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--plugin-path", nargs="+", default=["-"])
    args = parser.parse_args()
    if not os.path.isdir(BBC):
        sys.exit(f"entities-bench: {BBC} is absent")
    size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(BBC) for f in fs if f.endswith(".txt"))
    assay = os.path.join(ROOT, "build", "tools", "assay")
    pipeline = os.path.join(ROOT, "bench", "entities-eval.pipeline")
    with tempfile.NamedTemporaryFile("w", suffix=".pipeline", delete=False) as f:
        f.write("[pipeline]\nstages=cleanup\n\n[cleanup]\nrewrite=false\nlanguage=false\n")
        cleanup_only = f.name
    results = {p: {"stage": [], "total": [], "cpu": [], "net": []} for p in args.plugin_path}
    try:
        for i in range(args.runs):
            _, _, base_cpu = run([assay, "run", cleanup_only, BBC, "-j", "1", "-o", "/dev/null"])
            order = args.plugin_path if i % 2 == 0 else list(reversed(args.plugin_path))
            for p in order:
                extra = [] if p == "-" else ["--plugin-path", p]
                err, wall, cpu = run([assay, "run", pipeline, BBC, "-j", "1", "-o", "/dev/null", "--stage-times"] + extra)
                r = results[p]
                r["stage"].append(float(re.search(r"stage entities: ([0-9.]+) s", err).group(1)))
                r["total"].append(wall)
                r["cpu"].append(cpu)
                r["net"].append(cpu - base_cpu)
    finally:
        os.unlink(cleanup_only)
    print(f"# entities stage: BBC archive, {size / 1e6:.1f} MB, one worker, median of {args.runs}\n")
    for p in args.plugin_path:
        r = results[p]
        s = statistics.median(r["stage"])
        name = "build tree" if p == "-" else p
        print(f"{name}:")
        print(f"  stage entities, wall in process(): {s:.3f} s, {size / 1e6 / s:.1f} MB/s (best {min(r['stage']):.3f} s)")
        print(f"  whole run (cleanup + entities + output): wall {statistics.median(r['total']):.3f} s, "
              f"CPU {statistics.median(r['cpu']):.3f} s")
        print(f"  CPU less a cleanup-only run (the stage, its start-up and output): {statistics.median(r['net']):.3f} s")


if __name__ == "__main__":
    main()
