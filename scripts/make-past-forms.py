#!/usr/bin/env python3
"""make-past-forms.py: writes plugins/dates/data/past-forms.tsv from WordNet 3.0.

A clause in the past dates a month or a day before the reference ("sales
rose to 520,000 in April", said in March, is last April).  Regular verbs
in the past end in -ed, which the dates stage's lexicon reads right
before an expression; the irregular ones ("rose", "fell", "began", "won")
do not, and were no cue.  WordNet's verb.exc lists every irregular
inflection with its base form; this keeps those that are the simple past
(alone, or shared with the participle: "won", "held"):

- not the progressive ("lying"), the third person ("has", "is") nor a
  modal ("might");
- not a form of the shape the lexicon's -ed cue already reads
  ("abetted": three letters or more, then -ed);
- not the participle where the verb has a past of its own: "risen"
  beside "rose", "begun" beside "began" (a participle alone is as often
  an adjective: "the newly built stadium opens in May");
- not a form that is itself a common verb in the present ("lay", "saw
  wood", "bore"): those whose own sense SemCor tagged five times or more
  (cntlist.rev), where a present reading is frequent, unless their past's
  verb is tagged twenty times as often ("found": find 705, found 13); one
  SemCor tagged ten times or more as a noun or an adjective ("a bit",
  "the left", "lost ground", "a shot") is of kind noun, which the stage
  reads as a past only right after a relative pronoun;
- not "was", "were", "had", "did": the lexicon has them;
- only of verbs SemCor tagged three times or more: "rose", "won", not
  "bestrode" or "yclept";
- not an old spelling in -t of a past now in -ed ("addrest", "gript");
- "came", "ran", "became" are the past alone: their participle is the
  base ("has come"), which verb.exc does not list;
- a verb whose past is its base ("cut", "put", "set", "hit", "let",
  "shut") is of kind bare: verb.exc lists its -ing with the last letter
  doubled ("cutting") and no past of another form, where a verb with a
  past of its own lists that ("stopped"), and its base ends in -t or -d
  (English has no other such past).  The stage reads it as the past only
  where the present would want an -s ("the firm cut 200 jobs").

Reads Debian's wordnet-base (/usr/share/wordnet); run from anywhere:
  python3 scripts/make-past-forms.py
"""
import collections
import os
import re
import sys

WORDNET = "/usr/share/wordnet"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "plugins", "dates", "data", "past-forms.tsv")
# SemCor tags at or above which a form that is also a verb's base is read
# as that verb in the present (lay 45, bore 11) rather than as a past,
# unless the verb whose past it is has PAST_OVER_PRESENT times as many
# ("found" 13 against find's 705: "was found in June" is the past far
# more often than "found a company")
MIN_PRESENT_TAGS = 5
PAST_OVER_PRESENT = 20
# and at or above which a form is read as a noun or an adjective ("a bit",
# "the left", "lost ground", "thought": 25, 75, 19, 102)
MIN_OTHER_TAGS = 10
# SemCor tags a verb needs to be kept: the verbs news uses ("rise" 105,
# "win" 55), not "bestride" or "clepe" (0), whose forms cost the stage a
# lookup at each word that starts as one of them
MIN_BASE_TAGS = 3
IN_LEXICON = {"was", "were", "had", "did"}
# The verbs whose participle is their base ("has come", "had run"), so
# that verb.exc lists the past alone and nothing tells it from a past
# shared with the participle ("won"): English has these few.
PARTICIPLE_IS_BASE = {"come", "become", "overcome", "run", "overrun", "outrun"}


def is_archaic(form, base):
    """Whether @form is an old spelling of a regular past in -t where the
    verb's own past is in -ed: "addrest", "blest", "curst" (address,
    bless, curse: "addressed"), "gript" (grip: "gripped").  Not "leapt",
    "dwelt", "spelt", which news still writes."""
    if form.endswith("st") and base.endswith(("ss", "rse")):
        return True
    return form.endswith("pt") and re.search(r"[^aeiou][aeiou]p$", base) is not None
# "might" is may's past in verb.exc; the lexicon reads the modals
MODALS = {"might", "could", "should", "would"}


def tag_counts():
    """Word -> how many times SemCor tagged it as a verb, and as a noun or
    an adjective."""
    counts, other = collections.Counter(), collections.Counter()
    with open(os.path.join(WORDNET, "cntlist.rev"), encoding="utf-8") as f:
        for line in f:
            key, _sense, count = line.split()
            lemma, _, lexsn = key.partition("%")
            if lexsn.startswith("2:"):
                counts[lemma] += int(count)
            elif lexsn[:2] in ("1:", "3:", "5:"):
                other[lemma] += int(count)
    return counts, other


def is_participle(form, others):
    """Whether @form is a participle: in -en, -wn, -rn or -ain ("beaten", "shown", "torn",
    "lain", "slain"), or
    in -ne beside another form of its verb ("gone", "done"; "shone" is
    shine's only one)."""
    if form.endswith(("en", "wn", "rn", "ain")):
        return True
    if not others:
        return False
    if form.endswith("ne"):
        return True
    # i-a-u verbs: "begun" beside "began", "sung" beside "sang"
    return any(len(o) == len(form) and [a + b for a, b in zip(form, o) if a != b] == ["ua"] for o in others)


def main():
    forms = collections.defaultdict(set)
    every = collections.defaultdict(set)  # each base's forms, -ing and -s kept
    with open(os.path.join(WORDNET, "verb.exc"), encoding="utf-8") as f:
        for line in f:
            form, *bases = line.split()
            for base in bases:
                every[base].add(form)
            if (not re.fullmatch(r"[a-z]+", form) or form.endswith("ing") or form.endswith("s")
                    or re.search(r"[a-z]{3}ed$", form) or form in MODALS):
                continue
            for base in bases:
                if base != form:
                    forms[base].add(form)
    tags, other_tags = tag_counts()
    past = {}
    # verbs whose past is the base: a doubled -ing, no past of another
    # form, a base in -t or -d, tagged as often as the verbs kept
    for base, fs in every.items():
        if (re.fullmatch(r"[a-z]+", base) and base.endswith(("t", "d")) and base + base[-1] + "ing" in fs
                and not any(f != base and not f.endswith(("ing", "s")) for f in fs)
                and tags[base] >= MIN_BASE_TAGS and 3 <= len(base) <= 15):
            past[base] = "bare"
    for base, fs in forms.items():
        for form in fs:
            if form in ("has", "is", "am", "are", "does") or form in IN_LEXICON:
                continue
            if is_participle(form, fs - {form}):
                continue
            if tags[form] >= MIN_PRESENT_TAGS and tags[form] * PAST_OVER_PRESENT > tags[base]:
                continue
            if tags[base] < MIN_BASE_TAGS or is_archaic(form, base):
                continue
            # as often a noun or an adjective: a past only where a verb
            # must stand (right after "who": "who lost to Derby")
            if other_tags[form] >= MIN_OTHER_TAGS:
                past[form] = "noun"
                continue
            if base in PARTICIPLE_IS_BASE:
                past[form] = "past"
                continue
            # the past alone where the verb has a participle of its own
            # ("rose": "risen"), else the past and the participle ("won")
            past[form] = "past" if any(is_participle(o, fs - {o}) for o in fs - {form}) else "shared"
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("# past-forms.tsv: generated by scripts/make-past-forms.py from WordNet 3.0\n"
                  "# (verb.exc, cntlist.rev); do not edit, change the script.\n"
                  "# Irregular verbs in the simple past (\"rose\", \"fell\", \"began\", \"won\"):\n"
                  "# a cue that the clause speaks of the past.  WordNet 3.0 Copyright 2006\n"
                  "# by Princeton University; its notice and license: LICENSE-wordnet.txt.\n"
                  "# KIND is past where the verb has a participle of its own (\"rose\",\n"
                  "# \"risen\"), shared where the past is also the participle (\"won\",\n"
                  "# \"built\"), which may be an adjective (\"the newly built stadium\");\n"
                  "# noun where the form is as often a noun or an adjective (\"lost\n"
                  "# ground\", \"the left\"), a past only where a verb must stand; bare\n"
                  "# where the past is the base (\"cut\", \"set\"), a past only where the\n"
                  "# present would want an -s (\"the firm cut 200 jobs\").\n"
                  "# WORD<TAB>KIND\n")
        for form in sorted(past):
            out.write(form + "\t" + past[form] + "\n")
    print(f"{len(past)} forms written to {os.path.normpath(OUT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
