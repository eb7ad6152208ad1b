#!/usr/bin/env python3
"""hints-derived-check.py ASSAY: the hints read from each pattern lose no match.

The stage tries a pattern only around the words its NEEDS name, at most
BEFORE tokens back (plugins/dates/hints.c reads them from the pattern
where patterns.tsv writes none).  A spelling hints.c leaves out of NEEDS
(a form of "Q[1-4]", a word it wrongly takes to have a letter before it)
loses every match written that way, silently.  hints-check.py checks only
the hints written by hand; this checks the ones read, for every row of
the shipped patterns.tsv: the stage runs once with every row's hints read
from its pattern, and once with every row tried at every word (NEEDS:
digits, every class and every word of the texts; BEFORE 48, the most the
scan takes), which is the pattern with no hints at all.  The timex layers
must be the same, on the examples/articles/, hints-probes.txt, the
sentences of test-dates.c's cases (cases-*.h), and where present
TimeBank + AQUAINT and the whole BBC archive (development sets only,
never a test set): 5 s.  A shape none of those hold ("Q3 2023") is
checked only once hints-probes.txt holds it: with hints.c keeping one
letter of "Q[1-4]" only, this fails on the probes, and on nothing else.
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
ASSAY = sys.argv[1]
CLASSES = "digit|{MONTH}|{WEEKDAY}|{UNIT}|{NUMBER}|{ORDINAL}|{SEASON}|{PART}|{HOLIDAY}|{TZ}"

spec = importlib.util.spec_from_file_location("te3", os.path.join(ROOT, "bench", "te3-eval.py"))
te3 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(te3)


def documents():
    docs = []
    with open(os.path.join(HERE, "hints-probes.txt"), encoding="utf-8") as f:
        sents = [l.strip() for l in f if l.strip() and not l.startswith("#")]
    docs += [{"id": f"probe{i}", "text": t, "published": "2005-03-01"} for i, t in enumerate(sents)]
    # the sentences of test-dates.c's cases, brackets taken out: the
    # shapes the stage is meant to read, the rare ones too
    for name in sorted(os.listdir(HERE)):
        if name.startswith("cases-") and name.endswith(".h"):
            with open(os.path.join(HERE, name), encoding="utf-8") as f:
                rows = re.findall(r'^\s*\{ "((?:[^"\\]|\\.)*)", "(\d{4}-\d\d-\d\d)"', f.read(), re.M)
            for i, (text, dct) in enumerate(rows):
                text = json.loads('"' + text.replace("[", "").replace("]", "") + '"')
                docs.append({"id": f"{name}-{i}", "text": text, "published": dct})
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
    tbaq = [os.path.join(CORPUS, "tbaq-cleaned", "TimeBank"), os.path.join(CORPUS, "tbaq-cleaned", "AQUAINT")]
    if all(os.path.isdir(d) for d in tbaq):
        docs += [{"id": d, "text": t, "published": dct} for d, t, dct, *_ in te3.read_folders(tbaq)]
    else:
        print(f"skipped TimeBank + AQUAINT: absent from {CORPUS}")
    bbc = os.path.join(CORPUS, "bbc-news")
    if os.path.isdir(bbc):
        for cat in sorted(os.listdir(bbc)):
            folder = os.path.join(bbc, cat)
            if not os.path.isdir(folder):
                continue
            for name in sorted(os.listdir(folder)):
                with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
                    docs.append({"id": f"bbc-{cat}-{name}", "text": f.read(), "published": "2005-03-01"})
    else:
        print(f"skipped the BBC archive: absent from {CORPUS}")
    return docs


def run(pipeline, docs):
    jsonl = "".join(json.dumps(d) + "\n" for d in docs)
    out = subprocess.run([ASSAY, "run", pipeline, "-", "--layers", "timex", "--no-progress"], input=jsonl,
                         capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.exit(out.stderr)
    return {r["id"]: [(a["start"], a["end"], a["label"], a["attrs"]) for a in r["annotations"] if a["layer"] == "timex"]
            for r in map(json.loads, out.stdout.splitlines()) if r["type"] == "doc"}


def pipeline_with(tmp, name, rows):
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


with open(os.path.join(ROOT, "plugins", "dates", "data", "patterns.tsv"), encoding="utf-8") as src:
    original = src.readlines()
docs = documents()
# every word of the texts, as the scan keys words: letters and digits, in
# lowercase; those that start with a digit are `digit`'s
words = sorted({w.lower() for d in docs for w in re.findall(r"[^\W\d_][^\W_]*", d["text"]) if w.isascii()})

with tempfile.TemporaryDirectory() as tmp:
    read_rows, bare_rows = [], []
    n = 0
    for line in original:
        fields = line.rstrip("\n").split("\t")
        if line.startswith("#") or len(fields) not in (2, 4):
            read_rows.append(line), bare_rows.append(line)
            continue
        n += 1
        read_rows.append(f"{fields[0]}\t{fields[-1]}\n")
        bare_rows.append(f"{fields[0]}\t{CLASSES}|{'|'.join(words)}\t48\t{fields[-1]}\n")
    read_path, read = pipeline_with(tmp, "read", read_rows)
    # a row whose hints cannot be read keeps its written ones (which
    # hints-check.py checks); loading names it
    kept = 0
    while True:
        probe = subprocess.run([ASSAY, "run", read, "-", "--layers", "timex"], input='{"id":"x","text":"x"}\n',
                               capture_output=True, text=True)
        unread = re.search(re.escape(read_path) + r":(\d+): no word every match must hold", probe.stderr)
        if probe.returncode in (0, 1) or unread is None:
            break
        k = int(unread.group(1)) - 1
        if read_rows[k] == original[k]:
            sys.exit(f"line {k + 1}: no hints read and none written: {probe.stderr}")
        read_rows[k] = original[k]
        kept += 1
        read_path, read = pipeline_with(tmp, "read", read_rows)
    _, bare = pipeline_with(tmp, "bare", bare_rows)
    print(f"{n} patterns, {n - kept} with their hints read from them; {len(docs)} documents, {len(words)} words")
    ours, theirs = run(read, docs), run(bare, docs)
    lost = [(d, t) for d in theirs for t in theirs[d] if t not in ours.get(d, [])]
    extra = [(d, t) for d in ours for t in ours[d] if t not in theirs.get(d, [])]
    print(f"{sum(map(len, ours.values()))} timexes with the hints read, {sum(map(len, theirs.values()))} with none")
    texts = {d["id"]: d["text"].encode("utf-8") for d in docs}
    for d, t in lost[:20]:
        print(f"FAIL: {d}: the hints read lose {texts[d][t[0]:t[1]].decode('utf-8', 'replace')!r} {t}")
    for d, t in extra[:20]:
        print(f"FAIL: {d}: only the hints read find {texts[d][t[0]:t[1]].decode('utf-8', 'replace')!r} {t}")
sys.exit(1 if lost or extra else 0)
