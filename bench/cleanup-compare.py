#!/usr/bin/env python3
"""cleanup-compare.py: the cleanup stage's output from two builds, byte for byte.

A speed change to the cleanup stage must not change what it writes.  This
runs the stage alone (its default options, every layer, tokens included)
with two assay binaries over the same inputs and compares the outputs
byte for byte:

  - the BBC archive (../shared/corpus/bbc-news, 2,225 articles),
  - the seed reports (../shared/corpus/seeds),
  - the project's example articles and test stories.

The text of structural annotations is asked for where the binary knows
--span-text (builds before it always wrote it), so that builds on both
sides of that change compare.  Build the "before" side from any commit,
for instance:

  git archive 3774111 | tar -x -C /tmp/before && (cd /tmp/before && meson setup build && ninja -C build)
  bench/cleanup-compare.py /tmp/before/build/tools/assay build/tools/assay

Exit status 0 when every input gives the same bytes, 1 otherwise (the
first differing record of each is shown).
"""
import argparse
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "..", "shared", "corpus")
INPUTS = [
    os.path.join(CORPUS, "bbc-news"),
    os.path.join(CORPUS, "seeds"),
    os.path.join(ROOT, "examples", "articles"),
    os.path.join(ROOT, "tests", "stories", "stories.jsonl"),
]


def knows_span_text(assay):
    out = subprocess.run([assay, "run", "--help"], capture_output=True, text=True)
    return "--span-text" in out.stdout


def run(assay, pipeline, source, out):
    cmd = [assay, "run", pipeline, source, "-j", "2", "--layers", "all", "-o", out, "--no-progress"]
    if knows_span_text(assay):
        cmd += ["--span-text", "all"]
    status = subprocess.run(cmd, capture_output=True, text=True)
    if status.returncode not in (0, 1):
        sys.exit(f"cleanup-compare: {' '.join(cmd)} failed:\n{status.stderr}")


def first_difference(a, b):
    with open(a, "rb") as fa, open(b, "rb") as fb:
        for n, (la, lb) in enumerate(zip(fa, fb), 1):
            if la != lb:
                return f"record {n}:\n  before {la[:300]!r}\n  after  {lb[:300]!r}"
    return "one output is longer"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("before", help="the assay binary of the build before the change")
    parser.add_argument("after", help="the assay binary of the build after it")
    args = parser.parse_args()
    same = True
    with tempfile.TemporaryDirectory() as tmp:
        pipeline = os.path.join(tmp, "cleanup.pipeline")
        with open(pipeline, "w") as f:
            f.write("[pipeline]\nstages=cleanup\n")
        for source in INPUTS:
            if not os.path.exists(source):
                print(f"skipped: {source} is absent")
                continue
            before, after = os.path.join(tmp, "before.jsonl"), os.path.join(tmp, "after.jsonl")
            run(args.before, pipeline, source, before)
            run(args.after, pipeline, source, after)
            with open(before, "rb") as fa, open(after, "rb") as fb:
                a, b = fa.read(), fb.read()
            records = a.count(b"\n")
            if a == b:
                print(f"same bytes: {os.path.relpath(source, ROOT)} ({records} records, {len(a):,} bytes)")
            else:
                same = False
                print(f"DIFFERENT: {os.path.relpath(source, ROOT)}: {first_difference(before, after)}")
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
