#!/usr/bin/env python3
"""hints-check.py ASSAY: the hand-written hints of patterns.tsv lose nothing.

NEEDS and BEFORE written by hand in plugins/dates/data/patterns.tsv
override the ones the stage reads from each pattern (plugins/dates/hints.c),
because they are more selective and the stage twice as fast with them.  A
hand-written hint that leaves out a way to match would lose matches
silently: this runs the stage with the shipped patterns and with the same
patterns stripped of their hints (read from the patterns, then), and fails
when the timex layers differ.  On the examples/articles/ always, and on
the development sets (TimeBank + AQUAINT, MEANTIME) where the corpus is
present, and on hints-probes.txt's sentences; never on a test set.
"""
import importlib.util
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
CORPUS = os.path.join(ROOT, "..", "shared", "corpus")
ASSAY = sys.argv[1]

spec = importlib.util.spec_from_file_location("te3", os.path.join(ROOT, "bench", "te3-eval.py"))
te3 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(te3)


def timex(system):
    return {doc_id: [(a["start"], a["end"], a["label"], a["attrs"]) for a in r["annotations"] if a["layer"] == "timex"]
            for doc_id, r in system.items()}


def run_probes(pipeline):
    """hints-probes.txt: one sentence a line, shapes a hint can leave out
    that the development sets hold seldom or never ("300secs")."""
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "hints-probes.txt"), encoding="utf-8") as f:
        sents = [l.strip() for l in f if l.strip() and not l.startswith("#")]
    docs = "".join(json.dumps({"id": f"p{i}", "text": t}) + "\n" for i, t in enumerate(sents))
    out = subprocess.run([ASSAY, "run", pipeline, "-", "--layers", "timex", "--no-progress", "--reference-date",
                          "2005-03-01"], input=docs, capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.exit(out.stderr)
    return {r["id"]: r for r in map(json.loads, out.stdout.splitlines()) if r["type"] == "doc"}


def run_examples(pipeline):
    out = subprocess.run([ASSAY, "run", pipeline, os.path.join(ROOT, "examples", "articles"), "--layers", "timex",
                          "--no-progress", "--reference-date", "2024-03-05"], capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.exit(out.stderr)
    return {r["id"]: r for r in map(json.loads, out.stdout.splitlines()) if r["type"] == "doc"}


with tempfile.TemporaryDirectory() as tmp:
    stripped = os.path.join(tmp, "patterns.tsv")
    n = 0
    with open(os.path.join(ROOT, "plugins", "dates", "data", "patterns.tsv"), encoding="utf-8") as src, \
            open(stripped, "w", encoding="utf-8") as dst:
        for line in src:
            fields = line.rstrip("\n").split("\t")
            if not line.startswith("#") and len(fields) == 4:
                line = f"{fields[0]}\t{fields[3]}\n"
                n += 1
            dst.write(line)
    shipped = os.path.join(ROOT, "pipelines", "dates.pipeline")
    with open(shipped, encoding="utf-8") as f:
        text = f.read()
    read = os.path.join(tmp, "read.pipeline")
    with open(read, "w", encoding="utf-8") as f:
        f.write(text + f"\n[dates]\npatterns={stripped}\n" if "[dates]" not in text
                else text.replace("[dates]", f"[dates]\npatterns={stripped}"))
    print(f"{n} patterns with hints written by hand")
    # A pattern whose hints cannot be read from it (a unit glued to its
    # number, "7.23secs", is no whole word; a season found by a look-ahead)
    # makes loading name its line.  It is checked all the same, against
    # the widest hints the scanner takes: its written words, any word that
    # starts with digits and every class of the lexicon, tried from the
    # furthest a pattern may start (BEFORE 48).  A match holding none of
    # those words would still be lost by both, so it goes unseen.
    import re
    widest = "digit|{MONTH}|{WEEKDAY}|{UNIT}|{NUMBER}|{ORDINAL}|{SEASON}|{PART}|{HOLIDAY}|{TZ}"
    with open(os.path.join(ROOT, "plugins", "dates", "data", "patterns.tsv"), encoding="utf-8") as src:
        original = src.readlines()
    widened = set()
    while True:
        probe = subprocess.run([ASSAY, "run", read, "-", "--layers", "timex"], input='{"id":"x","text":"x"}\n',
                               capture_output=True, text=True)
        unread = re.search(re.escape(stripped) + r":(\d+): no word every match must hold", probe.stderr)
        if probe.returncode in (0, 1) or unread is None:
            break
        k = int(unread.group(1)) - 1
        if k in widened:
            sys.exit(f"line {k + 1}: the widest hints were refused too: {probe.stderr}")
        widened.add(k)
        kind, needs, _, pattern = original[k].rstrip("\n").split("\t")
        words = [w for w in needs.split("|") if w and w not in widest.split("|")]
        with open(stripped, encoding="utf-8") as f:
            lines = f.readlines()
        lines[k] = f"{kind}\t{'|'.join([widest] + words)}\t48\t{pattern}\n"
        with open(stripped, "w", encoding="utf-8") as f:
            f.writelines(lines)
        print(f"line {k + 1}: its hints cannot be read from the pattern, so its written ones are checked "
              f"against the widest the scanner takes")

    sets = {"examples": None, "probes": "probes"}
    folders = {
        "tbaq-cleaned": [os.path.join(CORPUS, "tbaq-cleaned", "TimeBank"), os.path.join(CORPUS, "tbaq-cleaned", "AQUAINT")],
        "meantime-en": [os.path.join(CORPUS, "meantime-en", "intra-doc_annotation")],
    }
    for name, dirs in folders.items():
        if all(os.path.isdir(d) for d in dirs):
            sets[name] = dirs
        else:
            print(f"skipped {name}: absent from {CORPUS}")
    failed = False
    for name, dirs in sets.items():
        if dirs == "probes":
            ours, theirs = timex(run_probes(shipped)), timex(run_probes(read))
        elif dirs is None:
            ours, theirs = timex(run_examples(shipped)), timex(run_examples(read))
        else:
            docs = te3.read_folders(dirs)
            ours, theirs = timex(te3.run_assay(docs, ASSAY, shipped)), timex(te3.run_assay(docs, ASSAY, read))
        lost = [(d, t) for d in theirs for t in theirs[d] if t not in ours.get(d, [])]
        extra = [(d, t) for d in ours for t in ours[d] if t not in theirs.get(d, [])]
        print(f"{name}: {sum(map(len, ours.values()))} timexes with the written hints, "
              f"{sum(map(len, theirs.values()))} with the hints read from the patterns")
        for d, t in lost[:20]:
            print(f"FAIL: {name} {d}: a written hint loses {t}")
        for d, t in extra[:20]:
            print(f"FAIL: {name} {d}: only the written hints find {t}")
        failed = failed or bool(lost or extra)
sys.exit(1 if failed else 0)
