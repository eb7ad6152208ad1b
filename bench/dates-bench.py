#!/usr/bin/env python3
"""dates-bench.py: the dates pipeline against chrono-node, whole processes on both sides.

Both read the same input: the BBC archive (../shared/corpus/bbc-news, 2,225
articles, 5.0 MB) written --copies times (4 by default, about 20 MB) into
one JSONL file, each text with the reference date 2005-01-01.

  - assay: `assay run pipelines/dates.pipeline INPUT -j 1 --stage-times`, the
    whole process from exec to exit: start-up, reading the JSONL, cleanup's
    segmentation (sentences and sections, which the dates stage needs), the
    dates stage, and writing the records (to /dev/null, serialised all the
    same).  Twice: with every layer written (the pipeline's default output:
    paragraph, sentence, section and timex) and with `--layers timex` only.
    The stages' own times in process() are printed beside them.
  - chrono-node: `node bench/chrono/parse.mjs INPUT`, the whole process
    from exec to exit: Node's start-up, loading chrono-node, reading and
    parsing the JSONL, and chrono.parse() on each text; its time in
    chrono.parse() alone is printed beside it.

--runs runs of each, taken in turns (a shared machine's speed drifts by a
fifth within minutes; each round sees the same): medians of the seconds
and MB/s of each, and the median of the rounds' ratios with their range.

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
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BBC = os.path.join(ROOT, "..", "shared", "corpus", "bbc-news")
CHRONO = os.path.join(ROOT, "bench", "chrono")
REFERENCE = "2005-01-01"


def write_jsonl(path, copies):
    """The archive's texts, @copies times, one JSONL record each; returns (docs, text bytes)."""
    files = sorted(os.path.join(d, f) for d, _, fs in os.walk(BBC) for f in fs if f.endswith(".txt"))
    docs = size = 0
    with open(path, "w", encoding="utf-8") as out:
        for copy in range(copies):
            for f in files:
                with open(f, encoding="utf-8", errors="replace") as fh:
                    text = fh.read()
                doc_id = f"{copy}/{os.path.relpath(f, BBC)[:-4]}"
                out.write(json.dumps({"id": doc_id, "text": text, "published": REFERENCE}) + "\n")
                docs += 1
                size += len(text.encode("utf-8"))
    return docs, size


def assay_run(path, timex_only):
    cmd = [os.path.join(ROOT, "build", "tools", "assay"), "run", os.path.join(ROOT, "pipelines", "dates.pipeline"),
           path, "-j", "1", "-o", "/dev/null", "--stage-times", "--no-progress"]
    if timex_only:
        cmd += ["--layers", "timex"]
    began = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, text=True)
    seconds = time.perf_counter() - began
    if out.returncode != 0:
        sys.exit(f"dates-bench: {' '.join(cmd)} failed:\n{out.stderr}")
    stages = {m.group(1): float(m.group(2)) for m in re.finditer(r"stage (\S+): ([0-9.]+) s", out.stderr)}
    return seconds, stages


def chrono_run(path):
    began = time.perf_counter()
    out = subprocess.run(["node", os.path.join(CHRONO, "parse.mjs"), path, REFERENCE + "T00:00:00Z"],
                         capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - began
    r = json.loads(out.stdout)
    return seconds, r["seconds"], r["found"]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--copies", type=int, default=4, help="copies of the archive in the input (4: about 20 MB)")
    args = parser.parse_args()
    if not os.path.isdir(BBC):
        sys.exit(f"dates-bench: {BBC} is absent")
    if not os.path.isdir(os.path.join(CHRONO, "node_modules", "chrono-node")):
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", "chrono-node@2"], cwd=CHRONO, check=True)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "bbc.jsonl")
        docs, size = write_jsonl(path, args.copies)
        mb = size / 1e6
        full, timex, theirs, theirs_parse = [], [], [], []
        stage = {"cleanup": [], "dates": []}
        found = 0
        for _ in range(args.runs):
            seconds, stages = assay_run(path, False)
            full.append(seconds)
            for k in stage:
                stage[k].append(stages.get(k, float("nan")))
            timex.append(assay_run(path, True)[0])
            seconds, parse_seconds, found = chrono_run(path)
            theirs.append(seconds)
            theirs_parse.append(parse_seconds)
    med = statistics.median
    print(f"# the dates pipeline against chrono-node: the BBC archive x{args.copies} as JSONL, "
          f"{docs} documents, {mb:.1f} MB of text; {args.runs} rounds, each side's runs in turns\n")
    print("| whole process | median seconds | MB/s |")
    print("| --- | ---: | ---: |")
    print(f"| assay run dates.pipeline, all layers written | {med(full):.3f} | {mb / med(full):.1f} |")
    print(f"| assay run dates.pipeline --layers timex | {med(timex):.3f} | {mb / med(timex):.1f} |")
    print(f"| node parse.mjs (chrono-node, {found} results) | {med(theirs):.3f} | {mb / med(theirs):.1f} |")
    print("\n| inside the processes | median seconds | MB/s |")
    print("| --- | ---: | ---: |")
    for k in ("cleanup", "dates"):
        print(f"| assay: stage {k} in process() | {med(stage[k]):.4f} | {mb / med(stage[k]):.1f} |")
    print(f"| chrono-node: chrono.parse() | {med(theirs_parse):.3f} | {mb / med(theirs_parse):.1f} |")
    for name, ours in (("all layers", full), ("--layers timex", timex)):
        ratios = sorted(t / o for o, t in zip(ours, theirs))
        print(f"\nwhole processes, {name}: {med(ratios):.1f}x chrono-node's throughput "
              f"(median of the {args.runs} rounds' ratios; {ratios[0]:.1f} to {ratios[-1]:.1f})")


if __name__ == "__main__":
    main()
