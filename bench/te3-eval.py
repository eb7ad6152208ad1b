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

Usage:
  bench/te3-eval.py ../shared/corpus/te3-platinum/gold          (the test set)
  bench/te3-eval.py ../shared/corpus/tbaq-cleaned/TimeBank ../shared/corpus/tbaq-cleaned/AQUAINT
  options: --errors (list misses and wrong values), --json (figures as JSON)
"""
import argparse
import json
import os
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
    return doc_id, text, dct, gold


def byte_offsets(text):
    """Character index -> byte offset, for texts that are not ASCII."""
    offsets, b = [], 0
    for ch in text:
        offsets.append(b)
        b += len(ch.encode("utf-8"))
    offsets.append(b)
    return offsets


def run_assay(docs, assay, pipeline):
    return run_docs(({"id": doc_id, "text": text, "published": dct} for doc_id, text, dct, _ in docs), assay, pipeline, "timex")


def prf(p_num, p_den, r_num, r_den):
    p = p_num / p_den if p_den else 0.0
    r = r_num / r_den if r_den else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(docs, system, show_errors):
    n_gold = n_sys = strict = relaxed = value_ok = type_ok = 0
    errors = []
    for doc_id, text, dct, gold in docs:
        rec = system.get(doc_id)
        if rec is None:
            continue
        offs = byte_offsets(text)
        char_of = {b: i for i, b in enumerate(offs)}
        sys_t = [dict(start=char_of[a["start"]], end=char_of[a["end"]], type=a["label"],
                      value=a["attrs"].get("value"), text=a["text"]) for a in rec["annotations"] if a["layer"] == "timex"]
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
    docs = []
    for folder in args.folders:
        for name in sorted(os.listdir(folder)):
            if name.endswith(".tml"):
                docs.append(read_tml(os.path.join(folder, name)))
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
