#!/usr/bin/env python3
"""entities-eval.py: the entities stage against gold names.

  CoNLL-2003 (a file in CoNLL format: token POS chunk IOB-tag):
    bench/entities-eval.py --conll ../shared/corpus/conll2003-en/eng.testb
  MEANTIME (the NewsReader stand-off XML; proper-name mentions of
  PER/ORG/LOC):
    bench/entities-eval.py --meantime ../shared/corpus/meantime-en/intra-doc_annotation

Each document's tokens are joined by spaces, a sentence a paragraph, and
given to `assay run bench/entities-eval.pipeline` (cleanup marking, not
rewriting, then entities).  The stage's labels map to the corpus's:
PERSON -> PER; GPE, LOC -> LOC; NORP, THREAT_ACTOR, MISC -> MISC (CoNLL
only; MEANTIME has no MISC, so they are left out there).  Scored the
standard way: a name counts when span and type are both exact; precision,
recall and F1 per type and over all (micro).  Also "overlap": the same
type and overlapping spans, each name matched once, since MEANTIME's
mentions are whole noun phrases ("the US government").

MEANTIME marks only the entities that take part in the events it
annotates, so a name the stage finds is judged only where it overlaps a
name the gold marks (of any type: a product called ORG is wrong) or is
exactly one of its other mentions; the rest are counted apart ("not
judged").  Gold names are the NAM and PRE.NAM mentions of PER, ORG and
LOC entities.

Options: --errors (print misses and false alarms), --json (figures as JSON).
"""
import argparse
import collections
import glob
import json
import os
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from assay_run import run_docs  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TO_CONLL = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC",
            "NORP": "MISC", "THREAT_ACTOR": "MISC", "MISC": "MISC"}


def read_conll(path):
    """Yields (id, sentences), sentences: list of (tokens, [(start, end, type)])."""
    docs, sentences, tokens, tags = [], [], [], []

    def end_sentence():
        if tokens:
            spans, start, kind = [], None, None
            for i, tag in enumerate(tags + ["O"]):
                inside = tag != "O" and start is not None and tag[2:] == kind and not tag.startswith("B-")
                if start is not None and not inside:
                    spans.append((start, i, kind))
                    start = None
                if tag != "O" and start is None:
                    start, kind = i, tag[2:]
            sentences.append((list(tokens), spans))
        tokens.clear()
        tags.clear()

    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("-DOCSTART-"):
                end_sentence()
                if sentences:
                    docs.append((f"conll-{len(docs)}", list(sentences)))
                sentences.clear()
            elif not line.strip():
                end_sentence()
            else:
                parts = line.split()
                tokens.append(parts[0])
                tags.append(parts[-1])
    end_sentence()
    if sentences:
        docs.append((f"conll-{len(docs)}", list(sentences)))
    return docs


def read_meantime(folder):
    docs = []
    for path in sorted(glob.glob(os.path.join(folder, "**", "*.xml"), recursive=True)):
        root = ET.parse(path).getroot()
        by_sentence = collections.OrderedDict()
        where = {}
        for tok in root.iter("token"):
            s = int(tok.get("sentence"))
            by_sentence.setdefault(s, []).append(tok.text or "")
            where[tok.get("t_id")] = (s, len(by_sentence[s]) - 1)
        kinds = {e.get("m_id"): e.get("ent_type") for e in root.iter("ENTITY")}
        mention_kind = {}
        for rel in root.iter("REFERS_TO"):
            target = rel.find("target")
            if target is None or target.get("m_id") not in kinds:
                continue
            for src in rel.findall("source"):
                mention_kind[src.get("m_id")] = kinds[target.get("m_id")]
        gold = collections.defaultdict(list)
        for m in root.iter("ENTITY_MENTION"):
            kind = mention_kind.get(m.get("m_id"), "OTHER")
            anchors = [where[a.get("t_id")] for a in m.findall("token_anchor") if a.get("t_id") in where]
            if not anchors:
                continue
            s = anchors[0][0]
            a, b = min(x[1] for x in anchors), max(x[1] for x in anchors) + 1
            syntactic = m.get("syntactic_type") or ""
            # Names: NAM and PRE.NAM ("US" in "US automaker"); the rest
            # only mark what the annotators looked at.
            named = syntactic in ("NAM", "PRE.NAM")
            if not named:
                kind = "ANNOTATED"
            elif kind not in ("PER", "ORG", "LOC"):
                kind = "OTHER-NAME"  # products, financial names
            gold[s].append((a, b, kind))
        sentences = [(toks, gold[s]) for s, toks in by_sentence.items()]
        docs.append((os.path.basename(path)[:-4], sentences))
    return docs


def build(doc):
    """Text of a document and its gold spans as byte offsets."""
    _, sentences = doc
    parts, gold, at = [], [], 0
    for tokens, spans in sentences:
        starts, ends = [], []
        for i, tok in enumerate(tokens):
            if i:
                at += 1
            starts.append(at)
            at += len(tok.encode("utf-8"))
            ends.append(at)
        parts.append(" ".join(tokens))
        for a, b, kind in spans:
            gold.append((starts[a], ends[b - 1], kind, " ".join(tokens[a:b])))
        at += 2
    return "\n\n".join(parts), gold


def run_assay(docs, assay, pipeline):
    return run_docs(({"id": doc[0], "text": doc[1]} for doc in docs), assay, pipeline, "entity")


def prf(tp, n_sys, n_gold):
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--conll")
    parser.add_argument("--meantime")
    parser.add_argument("--assay", default=os.path.join(ROOT, "build", "tools", "assay"))
    parser.add_argument("--pipeline", default=os.path.join(ROOT, "bench", "entities-eval.pipeline"))
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if bool(args.conll) == bool(args.meantime):
        parser.error("give one of --conll FILE, --meantime FOLDER")
    docs = read_conll(args.conll) if args.conll else read_meantime(args.meantime)
    types = ["PER", "ORG", "LOC", "MISC"] if args.conll else ["PER", "ORG", "LOC"]
    built = [(d[0],) + build(d) for d in docs]
    system = run_assay(built, args.assay, args.pipeline)

    tp, n_sys, n_gold = collections.Counter(), collections.Counter(), collections.Counter()
    tp_overlap = collections.Counter()
    unjudged = collections.Counter()
    errors = []
    for doc_id, text, gold in built:
        record = system.get(doc_id)
        found = set()
        if record:
            for a in record["annotations"]:
                if a["layer"] != "entity":
                    continue
                kind = TO_CONLL.get(a["label"])
                if kind in types:
                    found.add((a["start"], a["end"], kind, a["text"]))
        gold_set = set(g for g in gold if g[2] in types)
        annotated = [g for g in gold if g[2] not in types]
        for g in gold_set:
            n_gold[g[2]] += 1
        judged = []
        for s in sorted(found):
            # MEANTIME marks only the entities that take part in its events:
            # a name where it marks nothing is not judged.
            # It is judged where it overlaps a name the gold marks or is
            # exactly one of its other mentions.
            if args.meantime and not any((g[0] < s[1] and s[0] < g[1] and g[2] != "ANNOTATED")
                                         or (g[0], g[1]) == (s[0], s[1]) for g in list(gold_set) + annotated):
                unjudged[s[2]] += 1
                continue
            judged.append(s)
            n_sys[s[2]] += 1
            if s in gold_set:
                tp[s[2]] += 1
            elif args.errors:
                errors.append(f"{doc_id}: false {s[2]} «{s[3]}»")
        if args.errors:
            errors += [f"{doc_id}: missed {g[2]} «{g[3]}»" for g in gold_set if g not in found]
        # Overlap: same type, spans overlapping, each name matched once.
        free = sorted(gold_set)
        for s in judged:
            for g in free:
                if g[2] == s[2] and g[0] < s[1] and s[0] < g[1]:
                    tp_overlap[s[2]] += 1
                    free.remove(g)
                    break

    figures = {}
    for scoring, hits in (("exact", tp), ("overlap", tp_overlap)):
        figures[scoring] = {}
        for t in types + ["overall"]:
            keys = types if t == "overall" else [t]
            p, r, f1 = prf(sum(hits[k] for k in keys), sum(n_sys[k] for k in keys), sum(n_gold[k] for k in keys))
            figures[scoring][t] = {"precision": round(100 * p, 2), "recall": round(100 * r, 2),
                                   "f1": round(100 * f1, 2), "gold": sum(n_gold[k] for k in keys),
                                   "system": sum(n_sys[k] for k in keys)}
    if args.errors:
        print("\n".join(sorted(errors)))
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    print(f"{len(docs)} documents" + (f"; {sum(unjudged.values())} names found where the gold marks nothing, not judged"
                                       if args.meantime else ""))
    for scoring in ("exact", "overlap"):
        print(f"{scoring:8} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'system':>6}")
        for t, v in figures[scoring].items():
            print(f"{t:8} {v['precision']:6.2f} {v['recall']:6.2f} {v['f1']:6.2f} {v['gold']:6} {v['system']:6}")


if __name__ == "__main__":
    main()
