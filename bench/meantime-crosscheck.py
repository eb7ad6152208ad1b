#!/usr/bin/env python3
"""meantime-crosscheck.py: the news-crosscheck pipeline on MEANTIME's 120
Wikinews articles with their real publication dates (the creation time of
each document), to read the stories it forms and judge every finding.

    bench/meantime-crosscheck.py [--meantime ../shared/corpus/meantime-en/intra_cross-doc_annotation]

Prints each story with its documents (topic folder/doc id and title) and its
ties, then every finding with its story and evidence, and a count of stories
that join documents of different topic folders (always wrong: the four topics
share no event).  MEANTIME is an evaluation set: read the output, do not tune
rules to it.
"""
import argparse
import collections
import glob
import importlib.util
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
spec = importlib.util.spec_from_file_location("te3eval", os.path.join(ROOT, "bench", "te3-eval.py"))
te3eval = importlib.util.module_from_spec(spec)
spec.loader.exec_module(te3eval)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--meantime", default=os.path.join(ROOT, "..", "shared", "corpus", "meantime-en",
                                                           "intra_cross-doc_annotation"))
    parser.add_argument("--assay", default=os.path.join(ROOT, "build", "tools", "assay"))
    parser.add_argument("--pipeline", default=os.path.join(ROOT, "pipelines", "news-crosscheck.pipeline"))
    parser.add_argument("--save", help="also write the JSONL output here")
    args = parser.parse_args()
    if not os.path.isdir(args.meantime):
        sys.exit(f"meantime-crosscheck: {args.meantime} is absent")
    lines, titles = [], {}
    for path in sorted(glob.glob(os.path.join(args.meantime, "corpus_*", "*.xml"))):
        topic = os.path.basename(os.path.dirname(path))[len("corpus_"):]
        doc_id, text, dct, _, _ = te3eval.read_meantime(path)
        title, _, body = text.partition("\n\n")
        ident = f"{topic}/{doc_id}"
        titles[ident] = title
        lines.append(json.dumps({"id": ident, "title": title, "text": body, "published": dct}))
    run = subprocess.run([args.assay, "run", args.pipeline, "-"], input="\n".join(lines) + "\n",
                         capture_output=True, text=True)
    if run.returncode not in (0, 1):
        sys.exit(f"meantime-crosscheck: assay failed ({run.returncode}): {run.stderr}")
    if args.save:
        with open(args.save, "w", encoding="utf-8") as out:
            out.write(run.stdout)
    records = [json.loads(l) for l in run.stdout.splitlines()]
    stories = [r for r in records if r["type"] == "story"]
    mixed = 0
    for s in stories:
        topics = collections.Counter(d.split("/")[0] for d in s["docs"])
        mixed += len(topics) > 1
        ties = ", ".join(t["value"] for t in s.get("ties", []))
        print(f"story {s['id']} ({len(s['docs'])} docs, {s.get('from')}..{s.get('to')}; ties: {ties})"
              f"{'  MIXED TOPICS' if len(topics) > 1 else ''}")
        for d in s["docs"]:
            print(f"    {d}  {titles.get(d, '')}")
    multi = sum(1 for s in stories if len(s["docs"]) > 1)
    print(f"\n{len(stories)} stories, {multi} of 2+ documents, {mixed} joining different topics\n")
    n = 0
    for r in records:
        found = r.get("findings", []) if r["type"] == "doc" else [r] if r["type"] == "finding" else []
        for f in found:
            n += 1
            print(f"[{f['kind']}/{f['severity']}] story={f.get('story', r.get('meta', {}).get('story'))}: {f['message']}")
            for e in f["evidence"]:
                print(f"    {e['doc']}: {e['text'][:300]}")
    print(f"\n{n} findings")


if __name__ == "__main__":
    main()
