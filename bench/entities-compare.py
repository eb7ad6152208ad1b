#!/usr/bin/env python3
"""entities-compare.py: is the entities stage's `entity` layer the same as before?

A speed rework of the stage must leave its output byte-identical, except
for changes each listed.  This runs bench/entities-eval.pipeline (cleanup
marking, then entities) over the BBC archive, the MEANTIME English
documents and CoNLL eng.testa and eng.train (built as entities-eval.py
builds them) and keeps, for each document, its entity annotations
exactly as written (JSON text, sorted keys).

  bench/entities-compare.py save BEFORE.json [--plugin-path DIR]
      the layer as a build makes it now (DIR: a folder holding an older
      build's `entities` plugin folder, which shadows the build tree's)
  bench/entities-compare.py check BEFORE.json [--plugin-path DIR]
      the layer now against BEFORE.json: each document that differs, with
      the annotations on each side; exit status 1 when any differs

--pipeline FILE runs another pipeline file than bench/entities-eval.pipeline,
as entities-eval.py's does: a copy of it with `model=/path/ner.model` in an
`[entities]` section weighs a retrained tagger (its ner-cues.tsv beside it)
against the shipped one without touching the build.

Corpora absent under ../shared/corpus are skipped, and said so.
"""
import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "..", "shared", "corpus")


def load_eval():
    spec = importlib.util.spec_from_file_location("entities_eval", os.path.join(ROOT, "bench", "entities-eval.py"))
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, os.path.join(ROOT, "bench"))
    spec.loader.exec_module(module)
    return module


def corpora():
    """(name, records) for each corpus present."""
    ev = load_eval()
    meantime = os.path.join(CORPUS, "meantime-en", "intra-doc_annotation")
    if os.path.isdir(meantime):
        yield "meantime", [{"id": "meantime/" + d[0], "text": ev.build(d)[0]} for d in ev.read_meantime(meantime)]
    else:
        print(f"entities-compare: meantime skipped ({meantime} is absent)", file=sys.stderr)
    for part in ("eng.testa", "eng.train"):
        path = os.path.join(CORPUS, "conll2003-en", part)
        if os.path.isfile(path):
            yield part, [{"id": f"{part}/{d[0]}", "text": ev.build(d)[0]} for d in ev.read_conll(path)]
        else:
            print(f"entities-compare: {part} skipped ({path} is absent)", file=sys.stderr)
    bbc = os.path.join(CORPUS, "bbc-news")
    if not os.path.isdir(bbc):
        print(f"entities-compare: bbc skipped ({bbc} is absent)", file=sys.stderr)
        return
    records = []
    for d, _, files in sorted(os.walk(bbc)):
        for f in sorted(files):
            if f.endswith(".txt"):
                with open(os.path.join(d, f), encoding="utf-8", errors="replace") as fh:
                    records.append({"id": "bbc/" + os.path.relpath(os.path.join(d, f), bbc)[:-4], "text": fh.read()})
    yield "bbc", records


def entity_layers(records, assay, plugin_path, pipeline):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r) + "\n")
        name = f.name
    cmd = [assay, "run", pipeline, name,
           "--layers", "entity", "--no-progress"]
    if plugin_path:
        cmd += ["--plugin-path", plugin_path]
    try:
        out = subprocess.run(cmd, capture_output=True, text=True)
    finally:
        os.unlink(name)
    if out.returncode not in (0, 1):
        sys.exit(out.stderr)
    layers = {}
    for line in out.stdout.splitlines():
        r = json.loads(line)
        if r["type"] == "doc":
            layers[r["id"]] = [json.dumps(a, sort_keys=True, ensure_ascii=False)
                               for a in r.get("annotations", []) if a.get("layer") == "entity"]
        elif r["type"] == "error":
            layers[r.get("id", "?")] = ["error: " + json.dumps(r, sort_keys=True)]
    return layers


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("action", choices=["save", "check"])
    parser.add_argument("file")
    parser.add_argument("--assay", default=os.path.join(ROOT, "build", "tools", "assay"))
    parser.add_argument("--plugin-path")
    parser.add_argument("--pipeline", default=os.path.join(ROOT, "bench", "entities-eval.pipeline"))
    args = parser.parse_args()
    now = {}
    for name, records in corpora():
        now.update(entity_layers(records, args.assay, args.plugin_path, args.pipeline))
    if args.action == "save":
        with open(args.file, "w", encoding="utf-8") as f:
            json.dump(now, f, ensure_ascii=False, sort_keys=True, indent=0)
        print(f"entities-compare: {len(now)} documents saved to {args.file}")
        return
    with open(args.file, encoding="utf-8") as f:
        before = json.load(f)
    differ = 0
    for doc in sorted(set(before) | set(now)):
        a, b = before.get(doc), now.get(doc)
        if a == b:
            continue
        differ += 1
        print(f"## {doc}")
        for x in a or []:
            if x not in (b or []):
                print(f"- {x}")
        for x in b or []:
            if x not in (a or []):
                print(f"+ {x}")
    print(f"entities-compare: {differ} of {len(set(before) | set(now))} documents differ")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
