"""wordnet_nouns.py: what the WordNet generators (make-person-nouns.py,
make-work-nouns.py, make-religions.py, make-deities.py, make-regions.py,
make-nationalities.py) read of WordNet 3.0 (Debian package wordnet-base, /usr/share/wordnet; WordNet
licence, in plugins/entities/data/LICENSE-WordNet.txt) and of the stage's
data, in one place: both lists are single-word lowercase English nouns
whose noun senses come before their verb and adjective senses, and which
the stage's own lists do not already name.
"""
import os
import re
import sys

WN = "/usr/share/wordnet"
WORDS = "/usr/share/dict/words"
DATA = "plugins/entities/data"


def require(program):
    if not os.path.isdir(WN):
        sys.exit("%s: %s missing: apt-get install wordnet-base" % (program, WN))


def index(pos):
    """lemma -> (tagged sense count, synset offsets in WordNet's order)."""
    out = {}
    with open(os.path.join(WN, "index." + pos), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            p = line.split()
            rest = p[4 + int(p[3]):]
            out[p[0]] = (int(rest[1]), rest[2:])
    return out


def synsets(pos):
    """offset -> (lemmas, pointers) of every synset of data.POS ("noun",
    "adj"): the lemmas as WordNet writes them ("Song", "New_York"), less an
    adjective's position marker ("(a)"); each pointer (symbol, target
    offset, target part of speech)."""
    out = {}
    with open(os.path.join(WN, "data." + pos), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            p = line.split(" | ")[0].split()
            n = int(p[3], 16)
            lemmas = [re.sub(r"\(.*\)$", "", p[4 + 2 * k]) for k in range(n)]
            at = 4 + 2 * n
            pointers = [tuple(p[at + 1 + 4 * k: at + 4 + 4 * k]) for k in range(int(p[at]))]
            out[p[0]] = (lemmas, pointers)
    return out


def first_fields(name):
    """The lowercased first fields of the stage's data file @name."""
    out = set()
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            out.add(line.split("\t")[0].strip().lower())
    return out


def noun_candidates(left_out):
    """(word, tagged count, synset offsets) of every single-word noun that
    Debian's wamerican list (/usr/share/dict/words) writes in lowercase,
    is not in @left_out, and has no verb or adjective sense tagged more
    often than its noun senses ("play", "lead" are verbs first), in
    sorted order."""
    nouns = index("noun")
    others = [index("verb"), index("adj")]
    with open(WORDS, encoding="utf-8") as f:
        english = {w.strip() for w in f if w.strip().isalpha() and w.strip().islower()}
    for word, (tagged, offsets) in sorted(nouns.items()):
        if not word.isalpha() or word not in english or word in left_out:
            continue
        if any(word in o and o[word][0] > tagged for o in others):
            continue
        yield word, tagged, offsets


def below(synsets, root):
    """The offsets of synset @root and every synset below it: its hyponyms
    and instances ("~", "~i"), and theirs, over @synsets (synsets("noun"))."""
    seen, todo = {root}, [root]
    while todo:
        for sym, target, pos in synsets[todo.pop()][1]:
            if sym in ("~", "~i") and pos == "n" and target not in seen:
                seen.add(target)
                todo.append(target)
    return seen
