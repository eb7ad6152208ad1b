#!/usr/bin/env python3
"""make-sport-names.py: the sport-name rows of plugins/entities/data/cues.tsv,
the names of sports teams.c reads to keep "UK Athletics" or "British
Cycling" one organisation.

Source: WordNet 3.0 (Debian wordnet-base; LICENSE-WordNet.txt): the synset
sport, athletics (00523513-n) and every synset below it (hyponyms and
instances), each one-word lowercase lemma whose first noun sense is that
synset, less the lemmas that are verbs too ("box", "swim": a sentence's
verb, not a body's name) and plurals of another noun ("singles",
"hoops"); and the root "sport" itself.

The rows stand in cues.tsv, under the comment that names this script,
as one block: the script rewrites that block in place and leaves the rest
of the file as it is.  Run: python3 scripts/make-sport-names.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import wordnet_nouns  # noqa: E402

ROOT = "00523513"
CUES = os.path.join(wordnet_nouns.DATA, "cues.tsv")
HEAD = "# Sports' names (kind sport-name"


def sport_names():
    synsets = wordnet_nouns.synsets("noun")
    nouns = wordnet_nouns.index("noun")
    verbs = wordnet_nouns.index("verb")
    seen = wordnet_nouns.below(synsets, ROOT)
    names = set()
    for offset in seen:
        for lemma in synsets[offset][0]:
            if not (lemma.isalpha() and lemma.islower()):
                continue
            entry = nouns.get(lemma)
            if entry is None or entry[1][0] != offset or lemma in verbs:
                continue
            if lemma.endswith("s") and not lemma.endswith("ss") and lemma[:-1] in nouns:
                continue
            names.add(lemma)
    return ["sport"] + sorted(names)


def main():
    wordnet_nouns.require("make-sport-names")
    with open(CUES, encoding="utf-8") as f:
        lines = f.read().split("\n")
    try:
        at = next(i for i, line in enumerate(lines) if line.startswith(HEAD))
    except StopIteration:
        sys.exit(f"make-sport-names: {CUES}: no line starting {HEAD!r}")
    start = at
    while start < len(lines) and lines[start].startswith("#"):
        start += 1
    end = start
    while end < len(lines) and lines[end].endswith("\tsport-name"):
        end += 1
    rows = [f"{name}\tsport-name" for name in sport_names()]
    lines[start:end] = rows
    with open(CUES, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    main()
