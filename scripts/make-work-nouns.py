#!/usr/bin/env python3
"""make-work-nouns.py: regenerate plugins/entities/data/work-nouns.tsv.

The lowercase English nouns that name a kind of work: a film, a
programme, a series of programmes, a play, a drama, a book, a
biography, a literary or musical composition, an album, a video game
(film, sitcom, documentary, novel, memoir, album, song, comedy,
thriller).  A capitalised run right after one is a work's title, MISC
("French film A Very Long Engagement", "the sitcom Will and Grace",
"her album Confessions on a Dance Floor").

From WordNet 3.0 (Debian package wordnet-base, /usr/share/wordnet;
WordNet licence, in data/LICENSE-WordNet.txt): single-word nouns whose
first sense falls under one of the synsets in ROOTS below (through
hypernym links) and not under one of EXCLUDED: a periodical (a
newspaper or a magazine is an organisation in news: "the newspaper The
Sun"), a reference book or a booklet (a tool, not a titled work: "the
manual Microsoft published"), a legend (in sport's news a famous
player: "Football legend Maradona", a sense WordNet lacks).  The first
sense, WordNet's most frequent where SemCor tagged any: the second
sense of "series", "story", "score", "mystery", "solo", "phrase" is a
work, their first is not, and news means the first after "the" ("In
the series Harmison took 24 wickets"); the first two where SemCor tagged none, so
WordNet's order says nothing of frequency ("sitcom", whose first sense
is the genre).  A word whose second sense only is a work ("series",
"story") is kept with the kind "modified": the stage reads it as a work
noun only after a word that is no function word ("TV series CSI", "BBC
series Ballykissangel"; not "In the series Harmison took").  Not with a verb or adjective sense tagged more often
than their noun senses ("play", "show", "record" are verbs first:
"Liverpool play Chelsea"; "western", "keen", "musical" adjectives:
"western Europe"), and none with a sense, written in lowercase, under a
social group (trio, quintet: a group of performers, so the name after
it may be theirs; "Song" the dynasty does not count).  Only words
Debian's wamerican list (/usr/share/dict/words) writes in lowercase,
and none of cues.tsv's words (they keep the kind cues.tsv gives them).
Names are not left out: the stage reads a work noun only in lowercase.

Vessels too, kind "vessel": single-word nouns whose first sense falls
under WordNet's "vessel, watercraft" (04530566: submarine, tanker,
yacht, warship) and that have no more than two senses (a word of many,
"gig", "scooter", "galley", means its others in news as often).  A
vessel's name follows its noun or stands before it, MISC ("the
submarine Kursk", "the Kursk submarine"; products.c): not a place.

Run from the project root after the entities data are generated (needs
wordnet-base and wamerican installed); commit the result.
"""
import os

from wordnet_nouns import DATA, first_fields, noun_candidates, require, synsets

OUT = os.path.join(DATA, "work-nouns.tsv")
ROOTS = {
    "06613686": "movie, film",
    "06621447": "serial, series (of programmes)",
    "06619428": "broadcast, program",
    "06620579": "television program",
    "07007945": "play, drama",
    "06410904": "book (a written work)",
    "06364329": "literary composition",
    "07037465": "musical composition",
    "06591815": "album, record album",
    "06515827": "biography (memoir, autobiography)",
    "06376154": "drama (the genre: comedy, melodrama)",
    "00458890": "video game",
}
EXCLUDED = {
    "06593296": "periodical",
    # A tool to look things up, not a titled work in news ("the manual
    # Microsoft published", "the directory ...").
    "06417598": "reference book",
    "06413889": "booklet, brochure, folder",
    # In sport's news a legend is a famous player ("Football legend
    # Maradona", "Newcastle legend Shearer"), a sense WordNet 3.0 lacks.
    "06371413": "legend, fable",
}
VESSEL = "04530566"  # vessel, watercraft
# A word with a sense under a social group names people too ("Spanish
# trio Real Madrid, Barcelona and Valencia", "the quintet"): a name
# after it may be theirs.
PEOPLE = {"07950920": "social group"}


def hypernyms_and_lemmas():
    """offset -> (hypernym offsets, lemmas as WordNet writes them: "Song"
    the dynasty) of every noun synset."""
    return {o: ([off for sym, off, _ in pointers if sym in ("@", "@i")], lemmas)
            for o, (lemmas, pointers) in synsets("noun").items()}


def under(offset, data, memo):
    """The root (or EXCLUDED's key, or None) a synset falls under."""
    if offset in memo:
        return memo[offset]
    memo[offset] = None  # cycles: none in WordNet, but be safe
    if offset in EXCLUDED or offset in ROOTS or offset in PEOPLE:
        memo[offset] = offset
        return offset
    found = None
    for h in data[offset][0]:
        r = under(h, data, memo)
        if r in EXCLUDED or r in PEOPLE:
            found = r
            break
        if r and not found:
            found = r
    memo[offset] = found
    return found


def under_vessel(offset, data, memo):
    """Whether a synset falls under VESSEL (through hypernym links)."""
    if offset == VESSEL:
        return True
    if offset in memo:
        return memo[offset]
    memo[offset] = False
    memo[offset] = any(under_vessel(h, data, memo) for h in data[offset][0])
    return memo[offset]


def main():
    require("make-work-nouns")
    data = hypernyms_and_lemmas()
    memo = {}
    rows = []
    for word, tagged, offsets in noun_candidates(first_fields("cues.tsv")):
        # The first sense, the most frequent where SemCor tagged any
        # ("series", "story", "score", "mystery": their second sense is
        # a work, their first is not, and news means the first); the
        # first two where it tagged none, so WordNet's order says
        # nothing of frequency ("sitcom").
        roots = [r for r in (under(o, data, memo) for o in offsets[: 1 if tagged else 2]) if r]
        kind = "any"
        if not roots and tagged:
            # A work by its second sense only ("series", "story"): a
            # title only after a word that says which kind ("TV series
            # CSI", "BBC series Ballykissangel"), not after "the", "a",
            # "her" ("In the series Harmison took", "the story Reuters
            # reported", "A mystery Manchester United fan").
            roots = [r for r in (under(o, data, memo) for o in offsets[1:2]) if r]
            kind = "modified"
        if not roots or roots[0] in EXCLUDED or roots[0] in PEOPLE:
            continue
        # Among its senses written in lowercase ("trio"; not "song",
        # whose sixth is "Song", the dynasty).
        if any(under(o, data, memo) in PEOPLE for o in offsets if word in data[o][1]):
            continue
        rows.append((word, kind))
    for word, tagged, offsets in noun_candidates(first_fields("cues.tsv")):
        if len(offsets) <= 2 and under_vessel(offsets[0], data, {}) and word not in dict(rows):
            rows.append((word, "vessel"))
    rows.sort()
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("# work-nouns.tsv: generated by scripts/make-work-nouns.py; do not edit.\n")
        out.write("# Lowercase English nouns whose first WordNet 3.0 sense (first two where none is tagged) is a kind of work\n")
        out.write("# (%s),\n" % "; ".join(ROOTS.values()))
        out.write("# none under %s, none naming a social group, none a verb or an adjective first\n" % "; ".join(EXCLUDED.values()))
        out.write("# (licence: LICENSE-WordNet.txt),\n")
        out.write("# less cues.tsv's words.  KIND any: the first sense is a work; modified: only the second, so a\n")
        out.write("# title follows only after a word that is no function word (\"TV series CSI\", not \"the series Harmison\");\n")
        out.write("# vessel: the first sense is under vessel, watercraft, of two senses at most: a vessel's name\n")
        out.write("# follows it (\"the submarine Kursk\", MISC).\n")
        out.write("# WORD<TAB>KIND\n")
        for w, kind in rows:
            out.write("%s\t%s\n" % (w, kind))
    print("make-work-nouns: %d words" % len(rows))


if __name__ == "__main__":
    main()
