#!/usr/bin/env python3
"""te3-eval.py: TempEval-3 Task A (time expressions) for the dates stage.

Reads TimeML (.tml) files, gives each document's raw text to
`assay run pipelines/dates.pipeline` with its creation time as `published`,
and scores the `timex` layer against the gold TIMEX3 the way TE3 does:
  - strict: system and gold spans identical;
  - relaxed: spans overlap (each gold and each system timex matched once);
  - value and type: correct among relaxed matches, as F1 over the system
    and gold counts.
The creation-time TIMEX3 (t0) is not a target, as in TE3.

MEANTIME (the NewsReader stand-off XML, Wikinews) is read too: its tokens
are joined back into text (no space before closing punctuation), and its
creation time, which is a span of the text (the dateline), is given as
`published` and left out of the scoring on both sides, like TE3's t0.
MEANTIME annotates the title and the first five sentences only; what the
system finds after them is not scored.

Usage:
  bench/te3-eval.py ../shared/corpus/te3-platinum/gold          (the test set)
  bench/te3-eval.py ../shared/corpus/tbaq-cleaned/TimeBank ../shared/corpus/tbaq-cleaned/AQUAINT
  bench/te3-eval.py ../shared/corpus/meantime-en/intra-doc_annotation   (a second development set)
  options: --errors (list misses and wrong values), --json (figures as JSON)
"""
import argparse
import glob
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from assay_run import run_docs  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def read_tml(path):
    """Returns (id, text, dct, [gold timex dicts with start/end/type/value/text])."""
    tree = ET.parse(path)
    root = tree.getroot()
    dct = None
    for t in root.iter("TIMEX3"):
        if t.get("functionInDocument") == "CREATION_TIME":
            dct = t.get("value")
            break
    text_el = root.find("TEXT")
    parts, gold = [], []

    def walk(el):
        if el.tag == "TIMEX3":
            start = sum(len(p) for p in parts)
            inner = "".join(el.itertext())
            parts.append(inner)
            gold.append({"start": start, "end": start + len(inner), "type": el.get("type"),
                         "value": el.get("value"), "mod": el.get("mod"), "text": inner})
        else:
            if el.text:
                parts.append(el.text)
            for child in el:
                walk(child)
                if child.tail:
                    parts.append(child.tail)

    walk(text_el)
    text = "".join(parts)
    doc_id = os.path.basename(path).rsplit(".tml", 1)[0]
    return doc_id, text, dct, gold, []


NO_SPACE_BEFORE = {",", ".", ";", ":", ")", "]", "%", "'s", "'", "n't", "?", "!", "'re", "'ve", "'ll", "'d", "'m"}
NO_SPACE_AFTER = {"(", "[", "$", "#"}
LAST_ANNOTATED_SENTENCE = 5  # sentence 0 is the title, 1 the dateline


def read_meantime(path):
    """Returns (id, text, dct, gold, unscored spans) for one MEANTIME document.

    The text is rebuilt from the tokens: sentences on lines of their own,
    a blank line after the title and the dateline, no space before closing
    punctuation or after opening.
    """
    root = ET.parse(path).getroot()
    tokens = list(root.iter("token"))
    span_of, parts, at, prev, prev_sentence, annotated_end = {}, [], 0, None, None, 0
    for tok in tokens:
        word = tok.text or ""
        sentence = tok.get("sentence")
        if prev_sentence is not None and sentence != prev_sentence:
            sep = "\n\n" if prev_sentence in ("0", "1") else "\n"
        elif prev is None or word in NO_SPACE_BEFORE or prev in NO_SPACE_AFTER:
            sep = ""
        else:
            sep = " "
        parts.append(sep)
        at += len(sep)
        span_of[tok.get("t_id")] = (at, at + len(word))
        parts.append(word)
        at += len(word)
        prev, prev_sentence = word, sentence
        if int(sentence) <= LAST_ANNOTATED_SENTENCE:
            annotated_end = at
    text = "".join(parts)
    gold, dct, dct_span = [], None, None
    for t in root.iter("TIMEX3"):
        spans = [span_of[a.get("t_id")] for a in t.findall("token_anchor") if a.get("t_id") in span_of]
        if not spans:
            continue
        start, end = min(a for a, _ in spans), max(b for _, b in spans)
        if t.get("functionInDocument") == "CREATION_TIME":
            dct, dct_span = t.get("value"), (start, end)
            # One document writes it DD-MM-YYYY (its dateline: February 03, 2009).
            if re.fullmatch(r"\d\d-\d\d-\d{4}", dct):
                dct = f"{dct[6:]}-{dct[3:5]}-{dct[:2]}"
            continue
        gold.append({"start": start, "end": end, "type": t.get("type"), "value": t.get("value"),
                     "mod": t.get("mod"), "text": text[start:end]})
    gold.sort(key=lambda g: g["start"])
    doc_id = os.path.basename(path).split("_", 1)[0]
    unscored = [(annotated_end, len(text))] + ([dct_span] if dct_span else [])
    return doc_id, text, dct, gold, unscored


def read_folders(folders):
    """Every TimeML (.tml) and MEANTIME (.xml) document under @folders."""
    docs = []
    for folder in folders:
        for path in sorted(glob.glob(os.path.join(folder, "**", "*.*ml"), recursive=True)):
            if path.endswith(".tml"):
                docs.append(read_tml(path))
            elif path.endswith(".xml"):
                docs.append(read_meantime(path))
    return docs


def byte_offsets(text):
    """Character index -> byte offset, for texts that are not ASCII."""
    offsets, b = [], 0
    for ch in text:
        offsets.append(b)
        b += len(ch.encode("utf-8"))
    offsets.append(b)
    return offsets


def run_assay(docs, assay, pipeline):
    return run_docs(({"id": doc_id, "text": text, "published": dct} for doc_id, text, dct, *_ in docs), assay, pipeline, "timex")


def prf(p_num, p_den, r_num, r_den):
    p = p_num / p_den if p_den else 0.0
    r = r_num / r_den if r_den else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(docs, system, show_errors):
    n_gold = n_sys = strict = relaxed = value_ok = type_ok = 0
    errors = []
    for doc_id, text, dct, gold, unscored in docs:
        rec = system.get(doc_id)
        if rec is None:
            continue
        offs = byte_offsets(text)
        char_of = {b: i for i, b in enumerate(offs)}
        sys_t = [dict(start=char_of[a["start"]], end=char_of[a["end"]], type=a["label"],
                      value=a["attrs"].get("value"), text=a["text"]) for a in rec["annotations"] if a["layer"] == "timex"]
        sys_t = [s for s in sys_t if not any(s["start"] < b and a < s["end"] for a, b in unscored)]
        n_gold += len(gold)
        n_sys += len(sys_t)
        used = set()
        for g in gold:
            match = None
            for k, s in enumerate(sys_t):
                if k in used:
                    continue
                if s["start"] < g["end"] and g["start"] < s["end"]:
                    match = k
                    break
            if match is None:
                errors.append(f"MISS  {doc_id}: «{g['text']}» {g['type']} {g['value']}")
                continue
            used.add(match)
            s = sys_t[match]
            relaxed += 1
            strict += s["start"] == g["start"] and s["end"] == g["end"]
            value_ok += s["value"] == g["value"]
            type_ok += s["type"] == g["type"]
            if s["value"] != g["value"]:
                errors.append(f"VALUE {doc_id}: «{s['text']}» got {s['value']} / gold «{g['text']}» {g['value']} (DCT {dct})")
            elif (s["start"], s["end"]) != (g["start"], g["end"]):
                errors.append(f"SPAN  {doc_id}: «{s['text']}» / gold «{g['text']}»")
        for k, s in enumerate(sys_t):
            if k not in used:
                errors.append(f"EXTRA {doc_id}: «{s['text']}» {s['type']} {s['value']}")
    figures = {
        "documents": len(docs), "gold": n_gold, "system": n_sys,
        "strict": prf(strict, n_sys, strict, n_gold), "relaxed": prf(relaxed, n_sys, relaxed, n_gold),
        "value": prf(value_ok, n_sys, value_ok, n_gold), "type": prf(type_ok, n_sys, type_ok, n_gold),
    }
    if show_errors:
        for e in sorted(errors):
            print(e)
    return figures


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--assay", default=os.path.join(ROOT, "build", "tools", "assay"))
    parser.add_argument("--pipeline", default=os.path.join(ROOT, "pipelines", "dates.pipeline"))
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    docs = read_folders(args.folders)
    system = run_assay(docs, args.assay, args.pipeline)
    f = score(docs, system, args.errors)
    if args.json:
        print(json.dumps(f))
        return
    print(f"{f['documents']} documents, {f['gold']} gold timexes, {f['system']} found")
    print("| measure | P | R | F1 |")
    print("| --- | ---: | ---: | ---: |")
    for k in ("strict", "relaxed", "value", "type"):
        p, r, f1 = f[k]
        print(f"| {k} | {p * 100:.2f} | {r * 100:.2f} | {f1 * 100:.2f} |")


if __name__ == "__main__":
    main()
