#!/usr/bin/env python3
"""make-generic-nouns.py: writes generic-nouns.tsv from WordNet 3.0.

"Today's consumers", "today's computers" speak of the present in
general (TimeBank leaves "today's personal computers", "today's youth",
"today's world" out; it writes "today" of the present as PRESENT_REF);
"today's ruling", "today's match", "today's editions" speak of the day.
The difference is the noun: a kind of person or of made thing against an
event, an act or a message.  This lists the nouns whose first WordNet
sense is a person (noun.person) or an artifact (noun.artifact) and none
of whose senses is an event or an act (noun.event, noun.act: "match",
"round" are both), among the nouns SemCor has tagged at least once in
their first sense (cntlist.rev: the common ones), one word of letters,
and the irregular plurals of WordNet's noun.exc ("children"); the stage
reads a regular plural by English spelling rules ("consumers",
"celebrities"), which halves the rows it loads at start-up.

Reads Debian's wordnet-base (/usr/share/wordnet); run from anywhere:
  python3 plugins/dates/data/make-generic-nouns.py
"""
import os
import sys

WORDNET = "/usr/share/wordnet"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "generic-nouns.tsv")
COLLECTIVE_OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "collective-nouns.tsv")
# a singular noun of "today's" in general is a people or a society and
# their kin ("today's youth", "today's society"): a group whose
# hypernyms reach "people" or "society" or that is a social group's
# direct kind; not an organisation or unit ("today's team", "today's
# committee"), nor a group met for an occasion ("gathering": "today's
# crowd"), which are the day's own
PEOPLE, SOCIETY, SOCIAL_GROUP = "07942152", "07966140", "07950920"
ORGANIZATION, GATHERING = "08008335", "07975026"
# lexicographer files, by number (WordNet's lexnames(5WN))
LEXNAMES = ("adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body "
            "noun.cognition noun.communication noun.event noun.feeling noun.food noun.group noun.location "
            "noun.motive noun.object noun.person noun.phenomenon noun.plant noun.possession noun.process "
            "noun.quantity noun.relation noun.shape noun.state noun.substance noun.time").split()


def main():
    if not os.path.isdir(WORDNET):
        sys.exit(f"make-generic-nouns: {WORDNET} is absent; install Debian's wordnet-base")
    lexfile = {}
    hypernyms = {}
    with open(os.path.join(WORDNET, "data.noun"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith(" "):
                offset, lex = line.split(" ", 2)[:2]
                lexfile[offset] = LEXNAMES[int(lex)]
                fields = line.split(" | ")[0].split()
                at = 4 + 2 * int(fields[3], 16)
                hypernyms[offset] = [fields[at + 2 + 4 * i] for i in range(int(fields[at]))
                                     if fields[at + 1 + 4 * i] in ("@", "@i")]

    def closure(offset):
        seen, todo = set(), [offset]
        while todo:
            o = todo.pop()
            if o not in seen:
                seen.add(o)
                todo.extend(hypernyms.get(o, []))
        return seen

    def of_people(offset):
        up = closure(offset)
        return (bool({PEOPLE, SOCIETY} & up) or SOCIAL_GROUP in hypernyms.get(offset, [])) \
            and not {ORGANIZATION, GATHERING} & up

    tagged = set()
    with open(os.path.join(WORDNET, "cntlist.rev"), encoding="utf-8") as f:
        for line in f:
            key = line.split()[0]
            lemma, sense = key.split("%", 1)
            if sense.startswith("1:"):  # a noun
                tagged.add(lemma)
    irregular = {}
    with open(os.path.join(WORDNET, "noun.exc"), encoding="utf-8") as f:
        for line in f:
            inflected, base = line.split()[:2]
            irregular.setdefault(base, []).append(inflected)
    # adjectives and participles used as nouns ("the dead", "the wounded"):
    # "today's dead" are the day's; SemCor tags the word more often as an
    # adjective than as a noun, or it is a verb's form in -ed
    verbs = set()
    with open(os.path.join(WORDNET, "index.verb"), encoding="utf-8") as f:
        verbs.update(line.split()[0] for line in f if not line.startswith(" "))
    with open(os.path.join(WORDNET, "verb.exc"), encoding="utf-8") as f:
        participles = {line.split()[0] for line in f}  # "slain"
    as_noun, as_adjective = {}, {}
    with open(os.path.join(WORDNET, "cntlist.rev"), encoding="utf-8") as f:
        for line in f:
            key, _, count = line.split()
            lemma, sense = key.split("%", 1)
            tally = as_noun if sense[0] == "1" else as_adjective if sense[0] in "35" else None
            if tally is not None:
                tally[lemma] = tally.get(lemma, 0) + int(count)
    words = set()
    collective = set()
    with open(os.path.join(WORDNET, "index.noun"), encoding="utf-8") as f:
        for line in f:
            if line.startswith(" "):
                continue
            fields = line.split()
            lemma, synsets = fields[0], fields[-int(fields[2]):]
            if not lemma.isalpha() or not lemma.islower() or lemma not in tagged:
                continue
            senses = [lexfile[s] for s in synsets]
            if senses[0] in ("noun.person", "noun.artifact") and not {"noun.event", "noun.act"} & set(senses):
                words.add(lemma)
                words.update(irregular.get(lemma, []))
            # a collective noun, singular: a group of people in the first
            # sense, or the second after a person or thing ("youth",
            # "world"); not an act's or event's name ("market", "game")
            group = [s for s in synsets[:2] if lexfile[s] == "noun.group"]
            if (group and senses[0] in ("noun.group", "noun.person", "noun.object")
                    and "noun.event" not in senses[:3] and "noun.act" not in senses[:2]
                    and of_people(group[0]) and as_adjective.get(lemma, 0) <= as_noun.get(lemma, 0)
                    and lemma not in participles and not (lemma.endswith("ed") and (lemma[:-1] in verbs or lemma[:-2] in verbs))):
                collective.add(lemma)
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("# generic-nouns.tsv: generated by make-generic-nouns.py from WordNet 3.0; do not edit.\n"
                  "# Nouns of people and made things, never of events or acts (irregular plurals too):\n"
                  "# after \"today's\" they speak of the present, not of the day (\"today's\n"
                  "# consumers\").  WordNet 3.0 Copyright 2006 by Princeton University; its\n"
                  "# notice and license: LICENSE-wordnet.txt.\n"
                  "# WORD\n")
        for w in sorted(words):
            out.write(w + "\n")
    print(f"make-generic-nouns: {len(words)} words to {OUT}")
    with open(COLLECTIVE_OUT, "w", encoding="utf-8") as out:
        out.write("# collective-nouns.tsv: generated by make-generic-nouns.py from WordNet 3.0; do not edit.\n"
                  "# Nouns of a people or a society (WordNet noun.group under \"people\" or \"society\",\n"
                  "# or a social group's own kind, in the first sense or the second after a person\n"
                  "# or thing), never of an organisation, a gathering, an event or an act: singular after\n"
                  "# \"today's\" they speak of the present (\"today's society\", \"today's youth\").\n"
                  "# WordNet 3.0 Copyright 2006 by Princeton University; its notice and license:\n"
                  "# LICENSE-wordnet.txt.\n"
                  "# WORD\n")
        for w in sorted(collective):
            out.write(w + "\n")
    print(f"make-generic-nouns: {len(collective)} words to {COLLECTIVE_OUT}")


if __name__ == "__main__":
    main()
