#!/usr/bin/env python3
"""crosscheck-eval.py: precision and recall of the inconsistencies stage, per
finding kind, on the project's test stories (tests/stories/stories.jsonl,
with the planted disagreements in tests/stories/truth.tsv).

A finding matches a planted disagreement when its kind is the same and its
evidence names exactly the planted documents.  Within-document findings
(in a doc record) and cross-document ones (finding records) both count.
"""
import argparse
import collections
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def findings_of(jsonl):
    out = []
    for line in jsonl.splitlines():
        r = json.loads(line)
        found = r.get("findings", []) if r["type"] == "doc" else [r] if r["type"] == "finding" else []
        for f in found:
            out.append((f["kind"], frozenset(e["doc"] for e in f["evidence"]), f["message"]))
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--assay", default=os.path.join(ROOT, "build", "tools", "assay"))
    parser.add_argument("--stories", default=os.path.join(ROOT, "tests", "stories"))
    parser.add_argument("--min-f1", type=float, default=None, help="exit 1 when any kind's F1 falls below this")
    args = parser.parse_args()
    truth = collections.Counter()
    for line in open(os.path.join(args.stories, "truth.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        kind, docs = line.rstrip("\n").split("\t")
        truth[(kind, frozenset(docs.split(",")))] += 1
    run = subprocess.run([args.assay, "run", os.path.join(ROOT, "pipelines", "news-crosscheck.pipeline"),
                          os.path.join(args.stories, "stories.jsonl")], capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"crosscheck-eval: assay failed ({run.returncode}): {run.stderr}")
    found = findings_of(run.stdout)
    kinds = sorted({k for k, _ in truth} | {k for k, _, _ in found})
    print("| kind | planted | found | correct | precision | recall |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    worst = 1.0
    remaining = truth.copy()
    wrong = []
    correct_by = collections.Counter()
    for kind, docs, message in found:
        if remaining[(kind, docs)] > 0:
            remaining[(kind, docs)] -= 1
            correct_by[kind] += 1
        else:
            wrong.append((kind, sorted(docs), message))
    for kind in kinds:
        planted = sum(n for (k, _), n in truth.items() if k == kind)
        got = sum(1 for k, _, _ in found if k == kind)
        ok = correct_by[kind]
        p = ok / got if got else 1.0
        r = ok / planted if planted else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        worst = min(worst, f1)
        print(f"| {kind} | {planted} | {got} | {ok} | {p:.2f} | {r:.2f} |")
    for kind, docs, message in wrong:
        print(f"\nfalse: {kind} {docs}: {message}")
    for (kind, docs), n in remaining.items():
        if n:
            print(f"\nmissed: {kind} {sorted(docs)}")
    if args.min_f1 is not None and worst < args.min_f1:
        sys.exit(1)


if __name__ == "__main__":
    main()
