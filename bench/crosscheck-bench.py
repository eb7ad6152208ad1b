#!/usr/bin/env python3
"""crosscheck-bench.py: the inconsistencies stage's speed and memory.

1. Its own time in process() on the BBC archive (from `assay run
   --stage-times`, one worker), median of runs, and the cross-document
   state it keeps a document (G_MESSAGES_DEBUG=assay-inconsistencies).
2. Whole runs of the main pipeline over 1x, 4x and 16x the BBC archive as
   JSONL (each copy with ids of its own): seconds, peak RSS of the process
   (GNU time), and the same for the pipeline without the inconsistencies
   stage, so that the difference is what the stage and its cross-document
   state cost.
3. One document of 100,000 dates in one sentence (1.3 MB): the stage's
   time on it, which must stay linear.

    bench/crosscheck-bench.py [--runs 5] [--copies 1,4,16]
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BBC = os.path.join(ROOT, "..", "shared", "corpus", "bbc-news")
GNU_TIME = "/usr/bin/time"


def bbc_articles():
    for section in sorted(os.listdir(BBC)):
        folder = os.path.join(BBC, section)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            if name.endswith(".txt"):
                with open(os.path.join(folder, name), encoding="latin-1") as f:
                    yield f"{section}/{name[:-4]}", f.read()


def write_copies(path, copies):
    size = 0
    with open(path, "w", encoding="utf-8") as out:
        for c in range(copies):
            for ident, text in bbc_articles():
                line = json.dumps({"id": f"{ident}#{c}" if copies > 1 else ident, "text": text}) + "\n"
                size += len(line.encode())
                out.write(line)
    return size


def run(cmd, env=None):
    proc = subprocess.run([GNU_TIME, "-f", "peak-rss-kb %M elapsed %e"] + cmd, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True, env=env)
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr}")
    m = re.findall(r"peak-rss-kb (\d+) elapsed ([\d.]+)", proc.stderr)
    return float(m[-1][1]), int(m[-1][0]) / 1024, proc.stderr


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--assay", default=os.path.join(ROOT, "build", "tools", "assay"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--copies", default="1,4,16")
    args = parser.parse_args()
    if not os.path.isdir(BBC):
        sys.exit(f"crosscheck-bench: {BBC} is absent")
    pipeline = os.path.join(ROOT, "pipelines", "news-crosscheck.pipeline")
    with tempfile.TemporaryDirectory() as tmp:
        without = os.path.join(tmp, "without.pipeline")
        with open(pipeline, encoding="utf-8") as f:
            text = f.read()
        text = re.sub(r"stages=.*", "stages=cleanup;entities;dates", text)
        text = re.sub(r"\[inconsistencies\][^\[]*", "", text)
        with open(without, "w", encoding="utf-8") as f:
            f.write(text)

        print("## The stage alone on the BBC archive (one worker)\n")
        one = os.path.join(tmp, "bbc-1.jsonl")
        size = write_copies(one, 1)
        env = dict(os.environ, G_MESSAGES_DEBUG="assay-inconsistencies")
        stage, state = [], None
        for _ in range(args.runs):
            _, _, err = run([args.assay, "run", pipeline, one, "-j", "1", "--stage-times", "--no-progress"], env)
            stage.append(float(re.search(r"stage inconsistencies: ([\d.]+) s", err).group(1)))
            state = re.search(r"cross-document state: (.*)", err).group(1)
        t = statistics.median(stage)
        print(f"- process(): median {t:.3f} s of {args.runs} (range {min(stage):.3f}-{max(stage):.3f}), "
              f"{size / 1e6 / t:.1f} MB/s on {size / 1e6:.1f} MB")
        print(f"- cross-document state: {state}\n")

        print("## Whole runs over copies of the BBC archive (all workers)\n")
        print("| copies | MB | documents | seconds | peak RSS MiB | without the stage: seconds | peak RSS MiB |")
        print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for copies in (int(c) for c in args.copies.split(",")):
            path = os.path.join(tmp, f"bbc-{copies}.jsonl")
            size = write_copies(path, copies)
            docs = 2225 * copies
            with_t, with_m, without_t, without_m = [], [], [], []
            for _ in range(max(1, args.runs // 2)):
                t, m, _ = run([args.assay, "run", pipeline, path, "--no-progress"])
                with_t.append(t), with_m.append(m)
                t, m, _ = run([args.assay, "run", without, path, "--no-progress"])
                without_t.append(t), without_m.append(m)
            print(f"| {copies} | {size / 1e6:.1f} | {docs:,} | {statistics.median(with_t):.1f} | "
                  f"{max(with_m):.1f} | {statistics.median(without_t):.1f} | {max(without_m):.1f} |")
            os.unlink(path)
        print()

        print("## One document of 100,000 dates in one sentence\n")
        path = os.path.join(tmp, "dates.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            text = "The talks were held on " + ", ".join(["May 5, 2025"] * 100_000) + "."
            f.write(json.dumps({"id": "many-dates", "text": text, "published": "2025-05-06"}) + "\n")
        _, _, err = run([args.assay, "run", pipeline, path, "--stage-times", "--no-progress"])
        print("- " + re.search(r"stage inconsistencies: [^\n]*", err).group(0))


if __name__ == "__main__":
    main()
