#!/usr/bin/env python3
"""seeds-crosscheck.py: the main pipeline over ../shared/corpus/seeds, twice.

First over the folder as it is (the .txt files carry no publication dates:
the stage dates what it can from the story), then as JSONL with each
report's publication date from bench/seeds-published.tsv (the project's
reading of when each report appeared; the texts are read from the corpus at
run time, never copied).  Prints every finding of both runs.
"""
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, "..", "shared", "corpus", "seeds")
ASSAY = os.path.join(ROOT, "build", "tools", "assay")
PIPELINE = os.path.join(ROOT, "pipelines", "news-crosscheck.pipeline")


def show(title, output):
    print(f"## {title}\n")
    n = 0
    for line in output.splitlines():
        r = json.loads(line)
        found = r.get("findings", []) if r["type"] == "doc" else [r] if r["type"] == "finding" else []
        for f in found:
            n += 1
            docs = ", ".join(sorted({e["doc"] for e in f["evidence"]}))
            print(f"{n}. **{f['kind']}** ({f['severity']}; {docs}): {f['message']}")
    print(f"\n{n} findings\n")


def main():
    if not os.path.isdir(SEEDS):
        sys.exit(f"seeds-crosscheck: {SEEDS} is absent")
    run = subprocess.run([ASSAY, "run", PIPELINE, SEEDS], capture_output=True, text=True, check=True)
    show("the folder, no publication dates", run.stdout)
    published = {}
    for line in open(os.path.join(ROOT, "bench", "seeds-published.tsv"), encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            doc, date = line.split()[:2]
            published[doc] = date
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as tmp:
        for name in sorted(os.listdir(SEEDS)):
            if name.endswith(".txt"):
                doc = name[:-4]
                text = open(os.path.join(SEEDS, name), encoding="utf-8", errors="replace").read()
                record = {"id": doc, "text": text}
                if doc in published:
                    record["published"] = published[doc]
                tmp.write(json.dumps(record, ensure_ascii=False) + "\n")
    try:
        run = subprocess.run([ASSAY, "run", PIPELINE, tmp.name], capture_output=True, text=True, check=True)
        show("JSONL with publication dates", run.stdout)
    finally:
        os.unlink(tmp.name)


if __name__ == "__main__":
    main()
