#!/usr/bin/env python3
"""judge-show.py STAGE OLD_ROOT NEW_ROOT ARTICLE...: what a judge reads.

For each BBC article (e.g. business/008), runs the stage's pipeline with
both builds (OLD_ROOT/build, NEW_ROOT/build; published 2005-03-01) and
prints the article's text, then each build's annotations (dates: the
timex layer with value; entities: the entity layer with label and role),
marking those that differ.  STAGE: dates or entities.  OLD_ROOT and
NEW_ROOT are checkouts with a build/ each (a worktree of the session's
start and one of its end); the same root twice shows one build.
"""
import json, os, subprocess, sys, tempfile

BBC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "corpus", "bbc-news")
PIPE = {"dates": "pipelines/dates.pipeline", "entities": "bench/entities-eval.pipeline"}
LAYER = {"dates": "timex", "entities": "entity"}


def run(root, stage, jsonl):
    out = subprocess.run([os.path.join(root, "build/tools/assay"), "run", "-j", "1", "--no-progress", "--layers", LAYER[stage],
                          "--plugin-path", os.path.join(root, "build/plugins"),
                          os.path.join(root, PIPE[stage]), jsonl],
                         capture_output=True, text=True, cwd=root)
    docs = {}
    for line in out.stdout.splitlines():
        rec = json.loads(line)
        if "id" in rec:
            docs[rec["id"]] = rec
    return docs


def spans(rec, stage, text):
    anns = [a for a in rec.get("annotations", []) if a.get("layer") == LAYER[stage]]
    rows = []
    for a in anns:
        s, e = a["start"], a["end"]
        attrs = a.get("attrs", {}) or {}
        keep = {k: v for k, v in attrs.items() if k in ("value", "mod", "role", "kind", "type")}
        rows.append((s, e, a.get("text") or text.encode()[s:e].decode(errors="replace"), a.get("label"), json.dumps(keep, sort_keys=True)))
    return rows


def main():
    stage, old, new, *arts = sys.argv[1:]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        texts = {}
        for a in arts:
            text = open(os.path.join(BBC, a + ".txt"), encoding="utf-8", errors="replace").read()
            texts[a] = text
            f.write(json.dumps({"id": a, "text": text, "published": "2005-03-01"}) + "\n")
    o, n = run(old, stage, f.name), run(new, stage, f.name)
    for a in arts:
        text = texts[a]
        print("=" * 70, "\n", a, "\n", "=" * 70)
        print(text)
        ro = set(spans(o.get(a, {}), stage, text)) if a in o else set()
        rn = set(spans(n.get(a, {}), stage, text)) if a in n else set()
        print("--- annotations (byte offsets; '-' old only, '+' new only, ' ' both)")
        for r in sorted(ro | rn):
            mark = " " if (r in ro and r in rn) else ("-" if r in ro else "+")
            print(f"{mark} {r[0]:>5}-{r[1]:<5} {r[2]!r:40} {r[3]:9} {r[4]}")
    os.unlink(f.name)


main()
