#!/usr/bin/env python3
"""timex-compare.py: is the dates stage's `timex` layer the same as before?

Issue 25 asks that a rework of the dates stage leave the `timex` layer on
TimeBank+AQUAINT, MEANTIME and the BBC archive byte-identical, except for
changes each listed.  This runs pipelines/dates.pipeline over the three
(TimeML and MEANTIME with their creation time as `published`, as
te3-eval.py gives them; the BBC texts with published 2005-01-01, as
dates-bench.py does) and keeps, for each document, its timex annotations
exactly as written (JSON text, sorted keys).  --bbc-published gives the
BBC texts another date (the judges' is 2005-03-01).

  bench/timex-compare.py save BEFORE.json [--plugin-path DIR]
      the layer as a build makes it now (DIR: an older build's dates
      plugin folder, which shadows the build tree's)
  bench/timex-compare.py check BEFORE.json [--plugin-path DIR]
      the layer now against BEFORE.json: each document that differs, with
      the annotations on each side; exit status 1 when any differs

Corpora absent under ../shared/corpus are skipped, and said so.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import importlib.util  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "..", "shared", "corpus")


def load_te3():
    spec = importlib.util.spec_from_file_location("te3_eval", os.path.join(ROOT, "bench", "te3-eval.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def corpora(bbc_published="2005-01-01"):
    """(name, records) for each corpus present; the BBC texts with
    @bbc_published as their date (the judges read them at 2005-03-01, and
    a rule of the new year shows only at some dates)."""
    te3 = load_te3()
    sets = [("tbaq", [os.path.join(CORPUS, "tbaq-cleaned", "TimeBank"), os.path.join(CORPUS, "tbaq-cleaned", "AQUAINT")]),
            ("meantime", [os.path.join(CORPUS, "meantime-en", "intra-doc_annotation")])]
    for name, folders in sets:
        present = [f for f in folders if os.path.isdir(f)]
        if not present:
            print(f"timex-compare: {name} skipped ({folders[0]} is absent)", file=sys.stderr)
            continue
        docs = te3.read_folders(present)
        yield name, [{"id": f"{name}/{d[0]}", "text": d[1], "published": d[2]} for d in docs]
    bbc = os.path.join(CORPUS, "bbc-news")
    if not os.path.isdir(bbc):
        print(f"timex-compare: bbc skipped ({bbc} is absent)", file=sys.stderr)
        return
    records = []
    for d, _, files in sorted(os.walk(bbc)):
        for f in sorted(files):
            if f.endswith(".txt"):
                with open(os.path.join(d, f), encoding="utf-8", errors="replace") as fh:
                    records.append({"id": "bbc/" + os.path.relpath(os.path.join(d, f), bbc)[:-4],
                                    "text": fh.read(), "published": bbc_published})
    yield "bbc", records


def timex_layers(records, assay, plugin_path):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r) + "\n")
        name = f.name
    cmd = [assay, "run", os.path.join(ROOT, "pipelines", "dates.pipeline"), name, "--layers", "timex", "--no-progress"]
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
            timexes = [a for a in r.get("annotations", []) if a.get("layer") == "timex"]
            layers[r["id"]] = json.dumps(timexes, sort_keys=True, ensure_ascii=False)
        elif r["type"] == "error":
            layers[r["id"]] = "error: " + r.get("message", "")
    return layers


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["save", "check"])
    parser.add_argument("file")
    parser.add_argument("--assay", default=os.path.join(ROOT, "build", "tools", "assay"))
    parser.add_argument("--plugin-path", default=None)
    parser.add_argument("--bbc-published", default="2005-01-01", metavar="YYYY-MM-DD",
                        help="the BBC texts' date (default 2005-01-01; the judges use 2005-03-01)")
    args = parser.parse_args()
    now = {}
    for name, records in corpora(args.bbc_published):
        layers = timex_layers(records, args.assay, args.plugin_path)
        print(f"timex-compare: {name}: {len(layers)} documents, "
              f"{sum(len(json.loads(v)) for v in layers.values() if not v.startswith('error'))} timexes",
              file=sys.stderr)
        now.update(layers)
    if args.mode == "save":
        with open(args.file, "w", encoding="utf-8") as f:
            json.dump(now, f, sort_keys=True, ensure_ascii=False, indent=0)
        return 0
    with open(args.file, encoding="utf-8") as f:
        before = json.load(f)
    differ = sorted(k for k in set(before) | set(now) if before.get(k) != now.get(k))
    for k in differ:
        print(f"--- {k}\n  before: {before.get(k)}\n  now:    {now.get(k)}")
    print(f"timex-compare: {len(now)} documents, {len(differ)} differ", file=sys.stderr)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
