#!/usr/bin/env python3
"""core-bench.py: what the core costs, measured, not asserted.

1. Memory over a stream: N generated articles piped through `assay run -`
   for growing N; peak resident memory should stay flat, because the runner
   holds only the documents in flight.
2. Throughput on the BBC archive (../shared/corpus/bbc-news): the main
   pipeline, median of several runs, for -j 1 and all cores.

Usage: bench/core-bench.py [--assay build/tools/assay] [--runs 5]
"""
import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORDS = ("the minister said on Monday that hackers linked to a foreign state had "
         "entered the network of the port operator in November and that about "
         "containers were stranded while officials in Warsaw Brussels and Prague "
         "met NATO and EU partners to discuss the attack").split()


def article(rng, i):
    n = rng.randint(150, 600)
    words = [rng.choice(WORDS) for _ in range(n)]
    for k in range(0, n, rng.randint(12, 30)):
        words[k] = words[k].upper()
    text = " ".join(words).replace("\"", "")
    return '{"id":"gen-%d","text":"%s.","published":"2024-03-05"}\n' % (i, text)


GNU_TIME = "/usr/bin/time"


def run_measured(cmd, stdin_gen=None):
    """Runs cmd; returns (seconds, peak RSS in MiB, exit status).

    The peak comes from GNU time (Debian package `time`), which reads it
    for the program alone; rusage of a child forked from Python also counts
    the interpreter's pages copied before exec, several MiB that grow as
    the benchmark runs."""
    start = time.monotonic()
    proc = subprocess.Popen([GNU_TIME, "-f", "peak-rss-kb %M"] + cmd,
                            stdin=subprocess.PIPE if stdin_gen is not None else None,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if stdin_gen is not None:
        for chunk in stdin_gen:
            proc.stdin.write(chunk)
        proc.stdin.close()
    err = proc.stderr.read().decode()
    proc.wait()
    seconds = time.monotonic() - start
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err}")
    peak = [line for line in err.splitlines() if line.startswith("peak-rss-kb ")]
    return seconds, int(peak[-1].split()[1]) / 1024, proc.returncode


def memory_over_stream(assay, pipeline, title):
    print(f"## Memory over a stream of generated articles: {title}\n")
    print("| articles | input MB | seconds | MB/s | peak RSS MiB |")
    print("| ---: | ---: | ---: | ---: | ---: |")
    for n in (1_000, 10_000, 100_000):
        rng = random.Random(n)
        size = 0

        def gen():
            nonlocal size
            batch = []
            for i in range(n):
                line = article(rng, i).encode()
                size += len(line)
                batch.append(line)
                if len(batch) == 1000:
                    yield b"".join(batch)
                    batch = []
            if batch:
                yield b"".join(batch)

        seconds, rss, _ = run_measured([assay, "run", pipeline, "-", "--no-progress"], stdin_gen=gen())
        print(f"| {n:,} | {size / 1e6:.1f} | {seconds:.2f} | {size / 1e6 / seconds:.1f} | {rss:.1f} |")
    print()


def bbc_throughput(assay, pipeline, runs):
    corpus = os.path.join(ROOT, "..", "shared", "corpus", "bbc-news")
    if not os.path.isdir(corpus):
        print(f"(skipped: {corpus} is absent)\n")
        return
    size = docs = 0
    for d, _, files in os.walk(corpus):
        for f in files:
            if f.endswith(".txt"):
                size += os.path.getsize(os.path.join(d, f))
                docs += 1
    print(f"## BBC archive: {docs:,} articles, {size / 1e6:.1f} MB, median of {runs} runs\n")
    print("| workers | seconds | MB/s | docs/s | peak RSS MiB |")
    print("| ---: | ---: | ---: | ---: | ---: |")
    for jobs in ("1", str(os.cpu_count())):
        times, peaks = [], []
        for _ in range(runs):
            seconds, rss, _ = run_measured([assay, "run", pipeline, corpus, "-j", jobs, "--no-progress"])
            times.append(seconds)
            peaks.append(rss)
        t = statistics.median(times)
        print(f"| {jobs} | {t:.3f} | {size / 1e6 / t:.1f} | {docs / t:,.0f} | {max(peaks):.1f} |")
    print()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--assay", default=os.path.join(ROOT, "build", "tools", "assay"))
    parser.add_argument("--pipeline", default=os.path.join(ROOT, "pipelines", "news-crosscheck.pipeline"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not os.access(GNU_TIME, os.X_OK):
        sys.exit("core-bench: needs GNU time for peak memory: apt-get install time")
    print(f"# assay core benchmark: {args.pipeline}\n")
    memory_over_stream(args.assay, os.path.join(ROOT, "bench", "stream.pipeline"),
                       "per-document stages only (the runner)")
    memory_over_stream(args.assay, args.pipeline,
                       "the main pipeline (plus what its cross-document phase keeps)")
    bbc_throughput(args.assay, args.pipeline, args.runs)


if __name__ == "__main__":
    main()
