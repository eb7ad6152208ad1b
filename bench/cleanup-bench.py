#!/usr/bin/env python3
"""cleanup-bench.py: the cleanup stage, measured.

1. Throughput of the stage alone on the BBC archive (MB/s, docs/s, median
   of runs) with one worker and all cores.
2. What it changes in those clean articles, pass by pass: encoding repair
   (target: nothing), normalisation, boilerplate removal (characters by
   reason; target: almost nothing).
3. Encoding repair on the ftfy test cases: repaired, wrongly changed.

Usage: bench/cleanup-bench.py [--runs 5]   (after ninja -C build)
"""
import argparse
import collections
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ASSAY = os.path.join(ROOT, "build", "tools", "assay")
BBC = os.path.join(ROOT, "..", "shared", "corpus", "bbc-news")
FTFY = os.path.join(ROOT, "..", "shared", "corpus", "ftfy-testcases")


def pipeline(**options):
    body = "[pipeline]\nstages=cleanup\n[cleanup]\n" + "".join(f"{k}={v}\n" for k, v in options.items())
    f = tempfile.NamedTemporaryFile("w", suffix=".pipeline", delete=False)
    f.write(body)
    f.close()
    return f.name


def run(pipe, *args):
    out = subprocess.run([ASSAY, "run", pipe, BBC, "--no-progress", *args], capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.exit(out.stderr)
    return [json.loads(l) for l in out.stdout.splitlines()]


def corpus_size():
    size = docs = 0
    for d, _, files in os.walk(BBC):
        for f in files:
            if f.endswith(".txt"):
                size += os.path.getsize(os.path.join(d, f))
                docs += 1
    return size, docs


def throughput(runs):
    size, docs = corpus_size()
    pipe = pipeline()
    print(f"## Throughput of the stage alone: BBC archive, {docs:,} articles, {size / 1e6:.1f} MB, median of {runs}\n")
    print("Wall time of the whole process, and the stage's own CPU time in process() "
          "(`--stage-times`, the worker threads' CPU: what other processes' load inflates least).\n")
    print("| workers | seconds (wall) | MB/s (wall) | docs/s (wall) | stage CPU s | stage MB/s of CPU |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    for jobs in ("1", str(os.cpu_count())):
        times, cpu = [], []
        for _ in range(runs):
            start = time.monotonic()
            out = subprocess.run([ASSAY, "run", pipe, BBC, "-j", jobs, "-o", "/dev/null", "--no-progress",
                                  "--stage-times"], check=True, capture_output=True, text=True)
            times.append(time.monotonic() - start)
            found = re.search(r"stage cleanup: ([0-9.]+) s of CPU", out.stderr)
            if found:
                cpu.append(float(found.group(1)))
        t = statistics.median(times)
        c = statistics.median(cpu) if cpu else float("nan")
        print(f"| {jobs} | {t:.2f} | {size / 1e6 / t:.1f} | {docs / t:,.0f} | {c:.4f} | {size / 1e6 / c:.1f} |")
    print()


def changes():
    print("## What it changes in the clean BBC articles\n")
    off = dict(normalize="false", **{"strip-invisible": "false", "whitespace": "false", "remove-boilerplate": "false"})
    passes = {
        "encoding repair": dict(off),
        "normalisation (NFC, invisible characters, white space)": {"repair-encoding": "false", "remove-boilerplate": "false"},
    }
    for name, opts in passes.items():
        recs = run(pipeline(segment="false", structure="false", language="false", **opts), "--with-original")
        changed = [r["id"] for r in recs if r["type"] == "doc" and "original" in r]
        print(f"- {name}: {len(changed)} of {len(recs)} articles changed" + (f" (e.g. {', '.join(changed[:5])})" if changed else ""))
    recs = run(pipeline(segment="false", structure="false", language="false"))
    by = collections.Counter()
    lines = collections.Counter()
    for r in recs:
        for a in r.get("annotations", []):
            if a["layer"] == "removed":
                for item in a["attrs"]["detail"].split(","):
                    reason, n = item.rsplit(":", 1)
                    by[reason] += int(n)
                    lines[reason] += 1
    total = sum(by.values())
    print(f"- boilerplate removal: {total} characters in {sum(lines.values())} lines" +
          ("".join(f"\n  - {r}: {by[r]} characters, {lines[r]} lines" for r in sorted(by))))
    print()


def ftfy():
    tool = os.path.join(ROOT, "build", "tests", "measure-mojibake")
    data = os.path.join(ROOT, "plugins", "cleanup", "data", "mojibake.tsv")
    files = [os.path.join(FTFY, f + ".json") for f in ("in-the-wild", "synthetic", "negative", "language-names", "known-failures")]
    out = subprocess.run([tool, data, *files], capture_output=True, text=True, check=True).stdout
    verdicts = collections.Counter()
    for line in out.splitlines():
        verdict, expect = line.split("\t")[:2]
        verdicts[(expect, verdict)] += 1
    print("## Encoding repair on the ftfy test cases\n")
    pos = sum(v for (e, k), v in verdicts.items() if e == "pass" and k in ("fixed", "unfixed", "MISFIXED"))
    neg = sum(v for (e, k), v in verdicts.items() if e == "pass" and k in ("neg-ok", "NEG-CHANGED"))
    print(f"- mojibake cases (expect pass): {verdicts[('pass', 'fixed')]} of {pos} repaired exactly, "
          f"{verdicts[('pass', 'unfixed')]} left alone, {verdicts[('pass', 'MISFIXED')]} changed but not to the expected text")
    print(f"- clean texts (expect pass): {verdicts[('pass', 'NEG-CHANGED')]} of {neg} wrongly changed")
    kf = sum(v for (e, k), v in verdicts.items() if e == "fail")
    print(f"- ftfy's own known failures: {verdicts[('fail', 'fixed')]} of {kf} repaired\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not os.path.isdir(BBC):
        sys.exit(f"cleanup-bench: {BBC} is absent")
    print("# cleanup stage benchmark\n")
    throughput(args.runs)
    changes()
    ftfy()


if __name__ == "__main__":
    main()
