#!/usr/bin/env python3
"""stage-callgrind.py: the instructions one function of a stage executes
on the first N articles of the BBC archive, for builds of its plugin side
by side.

Wall time on a shared machine moves by more than a speed trick saves;
instruction counts (valgrind's callgrind, counting only inside FUNCTION
and what it calls) do not move at all between runs.  Each variant is a
plugin folder given as --plugin-path (it shadows the build tree's stage of
the same name); "build" is the build tree's own.  Use it to weigh a trick:
build the plain form into a folder, run both, keep the trick only where
the difference is worth its code.

  bench/stage-callgrind.py --function dates_process \\
      --variant plain=/tmp/plain-dates [--pipeline pipelines/dates.pipeline] [--docs 500]
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BBC = os.path.join(ROOT, "..", "shared", "corpus", "bbc-news")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--function", required=True)
    parser.add_argument("--variant", action="append", default=[], metavar="NAME=PLUGIN_DIR")
    parser.add_argument("--pipeline", default=os.path.join(ROOT, "pipelines", "dates.pipeline"))
    parser.add_argument("--assay", default=os.path.join(ROOT, "build", "tools", "assay"))
    parser.add_argument("--docs", type=int, default=500)
    args = parser.parse_args()
    if not os.path.isdir(BBC):
        sys.exit(f"stage-callgrind: {BBC} is absent")
    files = sorted(os.path.join(d, f) for d, _, fs in os.walk(BBC) for f in fs if f.endswith(".txt"))[:args.docs]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as out:
        for f in files:
            with open(f, encoding="utf-8", errors="replace") as fh:
                out.write(json.dumps({"id": os.path.relpath(f, BBC), "text": fh.read(),
                                      "published": "2005-01-01"}) + "\n")
        jsonl = out.name
    variants = [("build", None)] + [tuple(v.split("=", 1)) for v in args.variant]
    print(f"# {args.function}: instructions on the first {len(files)} BBC articles\n")
    print("| variant | instructions | against build |")
    print("| --- | ---: | ---: |")
    base = None
    try:
        for name, plugin_dir in variants:
            with tempfile.NamedTemporaryFile(suffix=".callgrind") as cg:
                cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={cg.name}",
                       f"--toggle-collect={args.function}", args.assay, "run", args.pipeline, jsonl,
                       "-j", "1", "--no-progress", "-o", "/dev/null"]
                if plugin_dir:
                    cmd += ["--plugin-path", plugin_dir]
                run = subprocess.run(cmd, capture_output=True, text=True)
                found = re.search(r"Collected : (\d+)", run.stderr)
                if run.returncode not in (0, 1) or not found:
                    sys.exit(f"stage-callgrind: {name} failed:\n{run.stderr[-2000:]}")
            n = int(found.group(1))
            base = base or n
            print(f"| {name} | {n:,} | {100.0 * (n - base) / base:+.1f}% |")
    finally:
        os.unlink(jsonl)


if __name__ == "__main__":
    main()
