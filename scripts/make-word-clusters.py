#!/usr/bin/env python3
"""Writes plugins/entities/data/ner-clusters.tsv: word classes for the
entities stage's tagger, induced from unlabelled text by exchange
clustering (scripts/word-clusters.c, compiled here with cc).

Ratinov and Roth (2009) read word clusters so that a word the labelled
data never had is read by the words it behaves like ("Ospreys" like
"Saracens").  The text: CoNLL-2003 eng.train's words (the labels not
read) and the BBC News archive (Greene and Cunningham 2006), lowercased,
split into words as the stage splits them near enough.  The archive's
texts are not freely licensed and are not shipped; the file holds only
each word's class numbers and its count, a statistic of them.

Usage: scripts/make-word-clusters.py [--corpus /work/shared/corpus]
       [--sizes 32,128,512] [--min-count 3] [--passes 5] [--out FILE]
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TOKEN = re.compile(r"\w+(?:[-&.']\w+)*|[^\w\s]")


def conll_sentences(path):
    sentence = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            parts = line.split()
            if not parts or parts[0] == "-DOCSTART-":
                if sentence:
                    yield sentence
                sentence = []
                continue
            sentence.append(parts[0])
    if sentence:
        yield sentence


def split_word(tok):
    # "Smith's" and "don't" as CoNLL writes them: "Smith 's", "do n't".
    low = tok.lower()
    if low.endswith("n't") and len(tok) > 3:
        return [tok[:-3], tok[-3:]]
    if low.endswith("'s") and len(tok) > 2:
        return [tok[:-2], tok[-2:]]
    return [tok]


def text_sentences(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        for para in f.read().split("\n"):
            para = para.strip()
            if not para:
                continue
            # Sentences at a stop before a space and a capital, near enough.
            for sent in re.split(r"(?<=[.!?])\s+(?=[\"'A-Z])", para):
                words = []
                for tok in TOKEN.findall(sent):
                    # A sentence's last word keeps no stop of its own.
                    if len(tok) > 1 and tok.endswith(".") and tok.count(".") == 1:
                        words += split_word(tok[:-1]) + ["."]
                    else:
                        words += split_word(tok)
                if words:
                    yield words


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=os.path.join(HERE, "..", "..", "shared", "corpus"))
    ap.add_argument("--sizes", default="32,128,512")
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--passes", type=int, default=5)
    ap.add_argument("--out", default=os.path.join(HERE, "..", "plugins", "entities", "data", "ner-clusters.tsv"))
    args = ap.parse_args()
    corpus = os.path.abspath(args.corpus)
    if not os.path.isdir(corpus):
        sys.exit(f"make-word-clusters: no corpus folder {corpus} (--corpus)")

    lines = []
    for s in conll_sentences(os.path.join(corpus, "conll2003-en", "eng.train")):
        lines.append(" ".join(w.lower() for w in s))
    bbc = os.path.join(corpus, "bbc-news")
    for topic in sorted(os.listdir(bbc)):
        folder = os.path.join(bbc, topic)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            if name.endswith(".txt"):
                for s in text_sentences(os.path.join(folder, name)):
                    lines.append(" ".join(w.lower() for w in s))
    text = "\n".join(lines) + "\n"

    sizes = [int(k) for k in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        exe = os.path.join(tmp, "word-clusters")
        subprocess.run(["cc", "-O2", "-o", exe, os.path.join(HERE, "word-clusters.c"), "-lm"], check=True)
        columns = []
        counts = {}
        for k in sizes:
            out = subprocess.run([exe, str(k), str(args.min_count), str(args.passes)], input=text,
                                 capture_output=True, text=True, check=True)
            sys.stderr.write(out.stderr)
            classes = {}
            for line in out.stdout.splitlines():
                word, cls, count = line.split("\t")
                classes[word] = cls
                counts[word] = int(count)
            columns.append(classes)

    order = sorted(counts, key=lambda w: (-counts[w], w))
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# ner-clusters.tsv: word classes the entities tagger reads (ner.c, K_CLUSTER), made by\n")
        f.write("# scripts/make-word-clusters.py: exchange clustering (scripts/word-clusters.c) of the\n")
        f.write(f"# lowercased words of CoNLL-2003 eng.train (labels unread) and the BBC News archive\n")
        f.write(f"# (Greene and Cunningham 2006), words seen {args.min_count}+ times, {args.passes} passes at most.\n")
        f.write("# Only class numbers and counts, statistics of those texts, are here; not the texts.\n")
        f.write("# A word missing has no class.  Columns: the word, its class among " +
                ", ".join(str(k) for k in sizes) + ", its count.\n")
        f.write("word\t" + "\t".join(f"c{k}" for k in sizes) + "\tcount\n")
        for w in order:
            f.write(w + "\t" + "\t".join(c[w] for c in columns) + f"\t{counts[w]}\n")


if __name__ == "__main__":
    main()
