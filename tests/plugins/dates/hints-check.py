#!/usr/bin/env python3
"""hints-check.py ASSAY written|derived: the hints of patterns.tsv lose no match.

The stage tries a pattern only around the words its NEEDS name, at most
BEFORE tokens back.  Hints come two ways, and either can lose matches
silently: written by hand in plugins/dates/data/patterns.tsv (an
override, more selective, which makes the stage twice as fast), or read
by plugins/dates/hints.c from the pattern itself (where a spelling it
leaves out of NEEDS, a form of "Q[1-4]" or a word it wrongly takes to
have a letter before it, loses every match written that way).  So the
stage runs twice on the same documents and the timex layers must be the
same:

  written   the shipped patterns against the same patterns with their
            written hints stripped (read from the patterns, then); on
            examples/articles/, hints-probes.txt, and where present
            TimeBank + AQUAINT and MEANTIME.
  derived   every row's hints read from its pattern against every row
            tried at every word (NEEDS: digits, every class and every
            word of the texts; BEFORE 48, the most the scan takes), which
            is the pattern with no hints at all; on the documents above
            less MEANTIME, plus the sentences of test-dates.c's cases
            (cases-*.h) and the whole BBC archive: 5-9 s as built, some 4
            minutes under AddressSanitizer.

Development sets only, never a test set.  A shape none of those hold
("Q3 2023") is checked only once hints-probes.txt holds it.
"""
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
CORPUS = os.path.join(ROOT, "..", "shared", "corpus")
HERE = os.path.dirname(os.path.abspath(__file__))
PATTERNS = os.path.join(ROOT, "plugins", "dates", "data", "patterns.tsv")
# the widest hints the scanner takes: any word that starts with digits
# and every class of the lexicon
CLASSES = "digit|{MONTH}|{WEEKDAY}|{UNIT}|{NUMBER}|{ORDINAL}|{SEASON}|{PART}|{HOLIDAY}|{TZ}"
WIDEST_BEFORE = 48

if len(sys.argv) != 3 or sys.argv[2] not in ("written", "derived"):
    sys.exit(f"usage: {sys.argv[0]} ASSAY written|derived")
ASSAY, MODE = sys.argv[1], sys.argv[2]

spec = importlib.util.spec_from_file_location("te3", os.path.join(ROOT, "bench", "te3-eval.py"))
te3 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(te3)


def documents():
    """The documents of MODE, each with the reference date it is read at."""
    with open(os.path.join(HERE, "hints-probes.txt"), encoding="utf-8") as f:
        sents = [l.strip() for l in f if l.strip() and not l.startswith("#")]
    docs = [{"id": f"probe{i}", "text": t, "published": "2005-03-01"} for i, t in enumerate(sents)]
    articles = os.path.join(ROOT, "examples", "articles")
    for name in sorted(os.listdir(articles)):
        path = os.path.join(articles, name)
        if name.endswith(".json"):
            with open(path, encoding="utf-8") as f:
                doc = json.load(f)
            docs.append({"id": f"ex-{name}", "text": doc["text"], "published": doc.get("published", "2024-03-05")})
        elif name.endswith(".txt"):
            with open(path, encoding="utf-8") as f:
                docs.append({"id": f"ex-{name}", "text": f.read(), "published": "2024-03-05"})
    if MODE == "derived":
        # the sentences of test-dates.c's cases, brackets taken out: the
        # shapes the stage is meant to read, the rare ones too
        for name in sorted(os.listdir(HERE)):
            if name.startswith("cases-") and name.endswith(".h"):
                with open(os.path.join(HERE, name), encoding="utf-8") as f:
                    rows = re.findall(r'^\s*\{ "((?:[^"\\]|\\.)*)", "(\d{4}-\d\d-\d\d)"', f.read(), re.M)
                for i, (text, dct) in enumerate(rows):
                    text = json.loads('"' + text.replace("[", "").replace("]", "") + '"')
                    docs.append({"id": f"{name}-{i}", "text": text, "published": dct})
    sets = {"TimeBank + AQUAINT": [os.path.join(CORPUS, "tbaq-cleaned", "TimeBank"),
                                   os.path.join(CORPUS, "tbaq-cleaned", "AQUAINT")]}
    if MODE == "written":
        sets["MEANTIME"] = [os.path.join(CORPUS, "meantime-en", "intra-doc_annotation")]
    for name, dirs in sets.items():
        if all(os.path.isdir(d) for d in dirs):
            docs += [{"id": d, "text": t, "published": dct} for d, t, dct, *_ in te3.read_folders(dirs)]
        else:
            print(f"skipped {name}: absent from {CORPUS}")
    bbc = os.path.join(CORPUS, "bbc-news")
    if MODE == "derived" and os.path.isdir(bbc):
        for cat in sorted(os.listdir(bbc)):
            folder = os.path.join(bbc, cat)
            if not os.path.isdir(folder):
                continue
            for name in sorted(os.listdir(folder)):
                with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
                    docs.append({"id": f"bbc-{cat}-{name}", "text": f.read(), "published": "2005-03-01"})
    elif MODE == "derived":
        print(f"skipped the BBC archive: absent from {CORPUS}")
    return docs


def timex(docs, pipeline):
    system = te3.run_docs(docs, ASSAY, pipeline, "timex")
    return {doc_id: [(a["start"], a["end"], a["label"], a["attrs"]) for a in r["annotations"] if a["layer"] == "timex"]
            for doc_id, r in system.items()}


def pipeline_with(tmp, name, rows):
    """The shipped dates pipeline reading @rows as its patterns."""
    path = os.path.join(tmp, name + ".tsv")
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(rows)
    with open(os.path.join(ROOT, "pipelines", "dates.pipeline"), encoding="utf-8") as f:
        text = f.read()
    pipeline = os.path.join(tmp, name + ".pipeline")
    with open(pipeline, "w", encoding="utf-8") as f:
        f.write(text + f"\n[dates]\npatterns={path}\n" if "[dates]" not in text
                else text.replace("[dates]", f"[dates]\npatterns={path}"))
    return path, pipeline


def unreadable_line(path, pipeline):
    """The line of @path whose hints loading cannot read, or None when it loads."""
    probe = subprocess.run([ASSAY, "run", pipeline, "-", "--layers", "timex"], input='{"id":"x","text":"x"}\n',
                           capture_output=True, text=True)
    found = re.search(re.escape(path) + r":(\d+): no word every match must hold", probe.stderr)
    if probe.returncode in (0, 1) or found is None:
        return None
    return int(found.group(1)) - 1


with open(PATTERNS, encoding="utf-8") as src:
    original = src.readlines()
docs = documents()
rows = [line.rstrip("\n").split("\t") for line in original]
is_row = [not line.startswith("#") and len(f) in (2, 4) for line, f in zip(original, rows)]
read_rows = [f"{f[0]}\t{f[-1]}\n" if ok else line for line, f, ok in zip(original, rows, is_row)]

with tempfile.TemporaryDirectory() as tmp:
    if MODE == "written":
        # ours: as shipped; theirs: every hint read from its pattern
        n = sum(1 for f, ok in zip(rows, is_row) if ok and len(f) == 4)
        print(f"{n} patterns with hints written by hand")
        ours_pipeline = os.path.join(ROOT, "pipelines", "dates.pipeline")
        theirs_rows = list(read_rows)
        # A pattern whose hints cannot be read (a unit glued to its
        # number, "7.23secs", is no whole word; a season found by a
        # look-ahead) is checked against the widest hints the scanner
        # takes plus its written words, tried from the furthest a pattern
        # may start.  A match holding none of those words would still be
        # lost by both, so it goes unseen.
        while True:
            path, theirs_pipeline = pipeline_with(tmp, "theirs", theirs_rows)
            k = unreadable_line(path, theirs_pipeline)
            if k is None:
                break
            if theirs_rows[k] != read_rows[k]:
                sys.exit(f"line {k + 1}: the widest hints were refused too")
            kind, needs, _, pattern = rows[k]
            words = [w for w in needs.split("|") if w and w not in CLASSES.split("|")]
            theirs_rows[k] = f"{kind}\t{'|'.join([CLASSES] + words)}\t{WIDEST_BEFORE}\t{pattern}\n"
            print(f"line {k + 1}: its hints cannot be read from the pattern, so its written ones are checked "
                  f"against the widest the scanner takes")
        ours_name, theirs_name = "the written hints", "the hints read"
    else:
        # ours: every hint read from its pattern (a row whose hints cannot
        # be read keeps its written ones, which the written mode checks);
        # theirs: no hints at all
        ours_rows = list(read_rows)
        kept = 0
        while True:
            path, ours_pipeline = pipeline_with(tmp, "ours", ours_rows)
            k = unreadable_line(path, ours_pipeline)
            if k is None:
                break
            if ours_rows[k] == original[k]:
                sys.exit(f"line {k + 1}: no hints read and none written")
            ours_rows[k] = original[k]
            kept += 1
        # every word of the texts, as the scan keys words: letters and
        # digits, in lowercase; those that start with a digit are `digit`'s
        words = sorted({w.lower() for d in docs for w in re.findall(r"[^\W\d_][^\W_]*", d["text"]) if w.isascii()})
        theirs_rows = [f"{f[0]}\t{CLASSES}|{'|'.join(words)}\t{WIDEST_BEFORE}\t{f[-1]}\n" if ok else line
                       for line, f, ok in zip(original, rows, is_row)]
        _, theirs_pipeline = pipeline_with(tmp, "theirs", theirs_rows)
        print(f"{sum(is_row)} patterns, {sum(is_row) - kept} with their hints read from them; "
              f"{len(docs)} documents, {len(words)} words")
        ours_name, theirs_name = "the hints read", "no hints"
    ours, theirs = timex(docs, ours_pipeline), timex(docs, theirs_pipeline)

print(f"{sum(map(len, ours.values()))} timexes with {ours_name}, {sum(map(len, theirs.values()))} with {theirs_name}")
texts = {d["id"]: d["text"].encode("utf-8") for d in docs}
lost = [(d, t) for d in theirs for t in theirs[d] if t not in ours.get(d, [])]
extra = [(d, t) for d in ours for t in ours[d] if t not in theirs.get(d, [])]
for d, t in lost[:20]:
    print(f"FAIL: {d}: {ours_name} lose {texts[d][t[0]:t[1]].decode('utf-8', 'replace')!r} {t}")
for d, t in extra[:20]:
    print(f"FAIL: {d}: only {ours_name} find {texts[d][t[0]:t[1]].decode('utf-8', 'replace')!r} {t}")
sys.exit(1 if lost or extra else 0)
