#!/usr/bin/env python3
"""dates-bench.py: the dates pipeline against chrono-node, whole processes on both sides.

Both read the same input: the BBC archive (../shared/corpus/bbc-news, 2,225
articles, 5.0 MB) written --copies times (4 by default, about 20 MB) into
one JSONL file, each text with the reference date 2005-01-01.

  - assay: `assay run pipelines/dates.pipeline INPUT -j 1`, the whole
    process from exec to exit: start-up, reading the JSONL, cleanup's
    segmentation (sentences and sections, which the dates stage needs), the
    dates stage, and writing the records (to /dev/null, serialised all the
    same).  Three times: with every layer written (the command's default
    output: paragraph, sentence and section as offsets, timex with its
    text) at -j 1 and at -j 2, and with `--layers timex` only at -j 1.
    The stages' own times in process() are printed beside them, from a
    fourth run with `--stage-times`, which is not timed: reading a thread's
    CPU clock is a system call, two a stage and document, and those 35,600
    calls added about a tenth to the process's CPU time.
  - chrono-node: `node bench/chrono/parse.mjs INPUT`, the whole process
    from exec to exit: Node's start-up, loading chrono-node, reading and
    parsing the JSONL, and chrono.parse() on each text; its time in
    chrono.parse() alone is printed beside it.

--runs runs of each, taken in turns (a shared machine's speed drifts by a
fifth within minutes; each round sees the same): medians of the wall
seconds, of the CPU seconds (user + system, from the kernel's account of
the child: on a machine shared with other work, the figure that load does
not inflate) and MB/s of each, and the median of the rounds' ratios with
their range, by wall time and by CPU time.  chrono-node runs on one
thread; assay at -j 2 runs on two cores where the machine has them.

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


def timed(cmd):
    """Runs @cmd; returns (wall seconds, CPU seconds user + system, stdout, stderr, status)."""
    began = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        p = subprocess.Popen(cmd, stdout=out, stderr=err)
        _, status, usage = os.wait4(p.pid, 0)
        seconds = time.perf_counter() - began
        out.seek(0)
        err.seek(0)
        return (seconds, usage.ru_utime + usage.ru_stime, out.read().decode(), err.read().decode(),
                os.waitstatus_to_exitcode(status))


def assay_run(path, timex_only, jobs=1, stage_times=False):
    cmd = [os.path.join(ROOT, "build", "tools", "assay"), "run", os.path.join(ROOT, "pipelines", "dates.pipeline"),
           path, "-j", str(jobs), "-o", "/dev/null", "--no-progress"]
    if stage_times:
        cmd.append("--stage-times")
    if timex_only:
        cmd += ["--layers", "timex"]
    seconds, cpu, _, err, status = timed(cmd)
    if status != 0:
        sys.exit(f"dates-bench: {' '.join(cmd)} failed:\n{err}")
    stages = {m.group(1): float(m.group(2)) for m in re.finditer(r"stage (\S+): ([0-9.]+) s", err)}
    return seconds, cpu, stages


def chrono_run(path):
    cmd = ["node", os.path.join(CHRONO, "parse.mjs"), path, REFERENCE + "T00:00:00Z"]
    seconds, cpu, out, err, status = timed(cmd)
    if status != 0:
        sys.exit(f"dates-bench: {' '.join(cmd)} failed:\n{err}")
    r = json.loads(out)
    return seconds, cpu, r["seconds"], r["found"]


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
        runs = {"full": [], "timex": [], "full-j2": [], "chrono": []}
        theirs_parse = []
        stage = {"cleanup": [], "dates": []}
        found = 0
        for _ in range(args.runs):
            runs["full"].append(assay_run(path, False)[:2])
            stages = assay_run(path, False, stage_times=True)[2]
            for k in stage:
                stage[k].append(stages.get(k, float("nan")))
            runs["timex"].append(assay_run(path, True)[:2])
            runs["full-j2"].append(assay_run(path, False, jobs=2)[:2])
            seconds, cpu, parse_seconds, found = chrono_run(path)
            runs["chrono"].append((seconds, cpu))
            theirs_parse.append(parse_seconds)
    med = statistics.median
    load = os.getloadavg()
    print(f"# the dates pipeline against chrono-node: the BBC archive x{args.copies} as JSONL, "
          f"{docs} documents, {mb:.1f} MB of text; {args.runs} rounds, each side's runs in turns; "
          f"load average at the end {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} on {os.cpu_count()} cores\n")
    names = {
        "full": "assay run dates.pipeline -j 1, all layers written",
        "timex": "assay run dates.pipeline -j 1 --layers timex",
        "full-j2": "assay run dates.pipeline -j 2, all layers written",
        "chrono": f"node parse.mjs (chrono-node, {found} results)",
    }
    print("| whole process | median wall s | MB/s by wall | median CPU s | MB/s by CPU |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for k, name in names.items():
        wall = med(r[0] for r in runs[k])
        cpu = med(r[1] for r in runs[k])
        print(f"| {name} | {wall:.3f} | {mb / wall:.1f} | {cpu:.3f} | {mb / cpu:.1f} |")
    print("\n| inside the processes | median seconds | MB/s |")
    print("| --- | ---: | ---: |")
    for k in ("cleanup", "dates"):
        print(f"| assay: stage {k} in process() | {med(stage[k]):.4f} | {mb / med(stage[k]):.1f} |")
    print(f"| chrono-node: chrono.parse() | {med(theirs_parse):.3f} | {mb / med(theirs_parse):.1f} |")
    print()
    for k in ("full", "timex", "full-j2"):
        for i, measure in ((0, "wall"), (1, "CPU")):
            ratios = sorted(t[i] / o[i] for o, t in zip(runs[k], runs["chrono"]))
            print(f"{names[k]}: {med(ratios):.1f}x chrono-node's throughput by {measure} time "
                  f"(median of the {args.runs} rounds' ratios; {ratios[0]:.1f} to {ratios[-1]:.1f})")

if __name__ == "__main__":
    main()
