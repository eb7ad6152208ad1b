#!/usr/bin/env python3
"""seeds.py OUTDIR: the seed corpus of each fuzz target, made from files in
the tree (examples, tests, pipelines, the stages' data files), so the
fuzzers start from real input and no copy of it is kept in fuzz/.

Writes OUTDIR/<target>/<name>; safe to run again (files are overwritten).
"""
import io
import json
import os
import sys
import tarfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIMIT = 60000  # bytes a seed; the targets run with -max_len 65536

# The readers of fuzz-data.c, in its order: the first byte picks one.
# The core's two readers get a table of cleanup's.
DATA_READERS = [
    "plugins/cleanup/data/abbreviations.txt",
    "plugins/cleanup/data/boilerplate.tsv",
    "plugins/cleanup/data/mojibake.tsv",
    "plugins/cleanup/data/boilerplate.tsv",
    "plugins/cleanup/data/abbreviations.txt",
    "plugins/cleanup/data/structure.tsv",
    "plugins/cleanup/data/common-words.tsv",
    "plugins/dates/data/lexicon.tsv",
    "plugins/dates/data/patterns.tsv",
    "plugins/dates/data/timezones.tsv",
    "plugins/inconsistencies/data/office-holders.tsv",
    "plugins/inconsistencies/data/office-holders-extra.tsv",
    "plugins/inconsistencies/data/role-aliases.tsv",
    "plugins/inconsistencies/data/role-titles.tsv",
    "plugins/inconsistencies/data/cues.tsv",
    "plugins/entities/data/ner.model",
] + ["plugins/entities/data/%s.tsv" % name for name in (
    "cues", "countries", "cities", "subdivisions", "places", "demonyms", "organisations",
    "office-holders", "actors-extra", "actors", "malware", "currencies", "companies",
    "person-names")] + [
    # The images are build products, of the light copies fuzz-data.c
    # makes: no seed in the tree (skipped), kept for the order.
    "plugins/entities/data/gazetteer.image", "plugins/entities/data/first-names.image",
    "plugins/entities/data/gazetteer.image", "plugins/entities/data/first-names.image",
    "plugins/entities/data/clubs.tsv",
    "plugins/cleanup/data/html-entities.tsv",
    "plugins/dates/data/idioms.tsv"]


def read(rel):
    with open(os.path.join(ROOT, rel), "rb") as f:
        return f.read()


def write(outdir, target, name, data):
    folder = os.path.join(outdir, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data[:LIMIT])


def jsonl_files():
    for folder, _, names in os.walk(ROOT):
        rel = os.path.relpath(folder, ROOT)
        if rel.startswith(("build", ".git", "bench")):
            continue
        for name in sorted(names):
            if name.endswith(".jsonl") and "expected" not in name:
                yield os.path.join(rel, name)


def main():
    outdir = sys.argv[1]
    texts = []
    for name in sorted(os.listdir(os.path.join(ROOT, "examples", "articles"))):
        if name.endswith(".txt"):
            texts.append((name, b"", read(os.path.join("examples", "articles", name))))
    for rel in jsonl_files():
        data = read(rel)
        write(outdir, "reader", rel.replace("/", "_"), data)
        for i, line in enumerate(data.splitlines()[:40]):
            write(outdir, "reader", "%s_%d" % (rel.replace("/", "_"), i), line + b"\n")
            try:
                doc = json.loads(line)
                texts.append(("%s_%d" % (rel.replace("/", "_"), i),
                              doc.get("published", "").encode(), doc["text"].encode()))
            except (ValueError, KeyError, AttributeError):
                pass
    html = os.path.join("tests", "data", "html")
    for name in sorted(os.listdir(os.path.join(ROOT, html))):
        write(outdir, "html", name, read(os.path.join(html, name)))
    members = [(name, read(os.path.join(html, name))[:4000])
               for name in sorted(os.listdir(os.path.join(ROOT, html)))[:3]]
    members.append(("a.txt", b"A short article's text."))
    members += [(os.path.basename(rel), read(rel)[:4000]) for rel in list(jsonl_files())[:2]]
    for mode in ("w", "w:gz", "w:bz2", "w:xz"):
        buf = io.BytesIO()
        with tarfile.open(fileobj=buf, mode=mode) as tar:
            for name, data in members:
                info = tarfile.TarInfo("news/" + name)
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
        write(outdir, "archive", "news.tar" + mode[1:].replace(":", "."), buf.getvalue())
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            z.writestr("news/" + name, data)
    write(outdir, "archive", "news.zip", buf.getvalue())
    for stage in ("cleanup", "entities", "dates", "inconsistencies", "template"):
        for name, published, text in texts:
            write(outdir, "stage-" + stage, name,
                  (b"@" + published + b"\n" if published else b"") + text)
    pipelines = [os.path.join("pipelines", n) for n in os.listdir(os.path.join(ROOT, "pipelines"))
                 if n.endswith(".pipeline")]
    pipelines += [os.path.join("tests/golden", d, "case.pipeline")
                  for d in os.listdir(os.path.join(ROOT, "tests/golden"))
                  if os.path.exists(os.path.join(ROOT, "tests/golden", d, "case.pipeline"))]
    for rel in pipelines:
        write(outdir, "pipeline", rel.replace("/", "_"), read(rel))
    # Inputs a target once crashed on, replayed first on every run: the
    # fix stays checked where the crash was found (fuzz/regressions/TARGET/).
    regressions = os.path.join(ROOT, "fuzz", "regressions")
    for target in sorted(os.listdir(regressions)):
        for name in sorted(os.listdir(os.path.join(regressions, target))):
            write(outdir, target, "regression-" + name, read(os.path.join("fuzz", "regressions", target, name)))
    for i, rel in enumerate(DATA_READERS):
        if os.path.exists(os.path.join(ROOT, rel)):
            write(outdir, "data", "%02d_%s" % (i, os.path.basename(rel)), bytes([i]) + read(rel))


main()
