#!/usr/bin/env python3
"""make-dates-idioms.py: regenerate plugins/dates/data/idioms.tsv.

Set phrases that hold a time word and name no time ("call it a day",
"time and again", "saved the day"): the dates stage drops an expression
that lies inside one (idioms.c).  Two sources:

  - WordNet 3.0 (Debian wordnet-base, /usr/share/wordnet; licence in
    plugins/dates/data/LICENSE-wordnet.txt): its multi-word lemmas that
    hold a word of TIME_WORDS below and name an act or a manner, not a
    time: every verb ("call it a day", "buy time", "waste one's time"),
    with its inflections from verb.exc and English spelling rules; the
    adverbs none of whose glosses names a time unit ("time and again":
    "repeatedly"; not "each week": "without missing a week"), nor starting
    with a number (a factor, "three times", is TIMEX3's business to
    judge); and the nouns none of whose senses is a time (noun.time) and
    that hold no number nor name a plant, an animal, a person or a place
    ("waste of time", "time bomb"); "second" is left out of the time
    words, its phrases ordinals ("second nature").
  - rows marked `judged` in the file as it stands, which this keeps:
    idioms of news that WordNet lacks ("saved the day", "the man of the
    day").  Add yours there.

Of WordNet's, only those inside which the stage as built (build/tools/assay,
run without the list) finds an expression in a plain sentence: a row that
changes nothing costs a lookup for every expression ending in its time word.
A phrase the lexicon gives a value (lexicon.tsv: "for the time being",
PRESENT_REF) is no idiom here.  Every row, of either source, is then checked against TimeBank+AQUAINT
(../shared/corpus/tbaq-cleaned): a phrase inside which the corpus
annotates a TIMEX3 is left out and named on stderr, so the list never
drops what TimeBank annotates.

The WordNet rows thus depend on the build as well as on WordNet: a change
to the lexicon or the patterns that makes the stage find a time inside a
phrase it did not (or no longer) needs the list written again, after a
build.  The filter is for speed only (fewer keys, fewer lookups); a row
the stage never tags is harmless but for its cost, so a stale list errs
by keeping a time word that an idiom should have dropped, never the
other way.  --check writes nothing and exits 1 where the file differs
from what this would write (run it after such a build).

Run from the repository, after `ninja -C build`:
    python3 scripts/make-dates-idioms.py [--check]
"""
import glob
import json
import os
import subprocess
import tempfile
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "plugins", "dates", "data", "idioms.tsv")
LEXICON = os.path.join(ROOT, "plugins", "dates", "data", "lexicon.tsv")
TBAQ = os.path.join(ROOT, "..", "shared", "corpus", "tbaq-cleaned")
WORDNET = "/usr/share/wordnet"
# the lexicon's units and parts of the day (lexicon.tsv), and "time"
TIME_WORDS = set("""time times moment day days night nights week weeks month months year years hour hours
minute minutes decade decades century centuries fortnight weekend season morning afternoon
evening""".split())
# and in a gloss, the adverbs of frequency ("week by week": "weekly", a SET)
GLOSS_TIME_WORDS = TIME_WORDS | set("hourly daily nightly weekly monthly yearly annually".split())
NUMBERS = set("one two three four five six seven eight nine ten a_hundred hundred thousand million".split())
LEXNAMES = ("adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body "
            "noun.cognition noun.communication noun.event noun.feeling noun.food noun.group noun.location "
            "noun.motive noun.object noun.person noun.phenomenon noun.plant noun.possession noun.process "
            "noun.quantity noun.relation noun.shape noun.state noun.substance noun.time").split()

HEADER = """\
# idioms.tsv: set phrases with a time word that name no time.  An expression
# found inside one is dropped ("called it a day": no P1D; "saved the day").
# Rows `wordnet` are written by scripts/make-dates-idioms.py from WordNet 3.0
# (Copyright 2006 Princeton University; LICENSE-wordnet.txt): its verbs,
# adverbs and nouns of several words that hold a time word and name no time,
# those only inside which the stage as built finds an expression ("call it a
# day" does; "time and again" is never tagged, so no row: each row costs a
# lookup for every expression that ends in one of its words).  So these rows
# depend on the build: after a change to lexicon.tsv or patterns.tsv, build
# and run the script again (--check says whether the file is stale).
# Rows `judged` are kept by the script as they stand, with the comment
# lines right above each (say there why it is an idiom): add yours there.
# The script leaves out any phrase inside which TimeBank+AQUAINT tags a
# TIMEX3.
# PHRASE: words in lowercase, one space between (a comma, a hyphen or more
# spaces in the text match it too); a|b|c is any of the forms; one's is any
# possessive (my, his, their, Smith's); ... after a unit is a gap of one to
# eight words ("one minute ... the next"; not "day": "work one day and rest
# the next" is days).
# PHRASE<TAB>SOURCE
"""


def synsets(pos):
    lex, gloss = {}, {}
    with open(os.path.join(WORDNET, "data." + pos), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split()
            lex[fields[0]] = LEXNAMES[int(fields[1])]
            gloss[fields[0]] = line.split("|", 1)[1].strip() if "|" in line else ""
    return lex, gloss


def lemmas(pos):
    """(lemma, [synset offsets]) for each lemma of several words holding a time word"""
    with open(os.path.join(WORDNET, "index." + pos), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            fields = line.split()
            words = fields[0].split("_")
            if len(words) < 2 or not TIME_WORDS & set(words):
                continue
            n_pointers = int(fields[3])
            yield fields[0], fields[6 + n_pointers:]


def verb_forms(verb, exceptions):
    forms = [verb] + exceptions.get(verb, [])
    if any(e.endswith("s") for e in exceptions.get(verb, [])):
        pass  # "has": no regular -s
    elif verb.endswith(("s", "sh", "ch", "x", "z")):
        forms.append(verb + "es")
    elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
        forms.append(verb[:-1] + "ies")
    else:
        forms.append(verb + "s")
    stem = verb[:-1] if verb.endswith("e") and not verb.endswith("ee") else verb
    if re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", verb):  # one syllable, consonant-vowel-consonant
        stem = verb + verb[-1]
    forms.append(stem + "ing")
    if verb not in exceptions:
        forms.append(verb[:-1] + "ied" if verb.endswith("y") and verb[-2:-1] not in "aeiou" else stem + ("d" if stem.endswith("e") else "ed"))
    seen = []
    for f in forms:
        if f not in seen:
            seen.append(f)
    return "|".join(seen)


def from_wordnet():
    exceptions = {}
    with open(os.path.join(WORDNET, "verb.exc"), encoding="latin-1") as f:
        for line in f:
            form, base = line.split()[:2]
            exceptions.setdefault(base, []).append(form)
    rows = []
    for lemma, _ in lemmas("verb"):
        words = lemma.split("_")
        rows.append(" ".join([verb_forms(words[0], exceptions)] + words[1:]))
    lex, gloss = synsets("adv")
    for lemma, offsets in lemmas("adv"):
        words = lemma.split("_")
        if any(w in NUMBERS or w.isdigit() for w in words) or words[0] in ("each", "every", "per", "this"):
            continue
        if any(GLOSS_TIME_WORDS & set(re.findall(r"[a-z]+", gloss[o].split('"')[0].lower())) for o in offsets):
            continue
        rows.append(" ".join(words))
    lex, gloss = synsets("noun")
    for lemma, offsets in lemmas("noun"):
        words = lemma.split("_")
        # a time; or a plant's, an animal's, a person's or a place's name
        # (capitalised in text or never in news: "morning glory")
        if any(lex[o] in ("noun.time", "noun.plant", "noun.animal", "noun.person", "noun.location") for o in offsets) or any(w.isdigit() or w in NUMBERS for w in words):
            continue
        rows.append(" ".join(words))
    return rows


def judged_rows():
    """The judged phrases as the file holds them, each with the comment
    lines written right above it (why it is judged an idiom), kept."""
    rows, why, notes = [], {}, []
    if os.path.exists(OUT):
        with open(OUT, encoding="utf-8") as f:
            text = f.read()
        if text.startswith(HEADER):
            text = text[len(HEADER):]
        for line in text.splitlines(keepends=True):
            if line.startswith("#"):
                notes.append(line)
                continue
            if not line.strip():
                notes = []
                continue
            phrase, source = line.rstrip("\n").split("\t")
            if source == "judged":
                rows.append(phrase)
                why[phrase] = "".join(notes)
            notes = []
    return rows, why


def phrase_regex(phrase):
    parts = []
    for word in phrase.split(" "):
        if word == "...":
            parts.append(r"[\w']+(?:[ ,]+[\w']+){0,7}")
        elif word == "one's":
            parts.append(r"(?:my|your|his|her|its|our|their|[a-z]+['\u2019]s)")
        else:
            parts.append("(?:" + "|".join(re.escape(w) for w in word.split("|")) + ")")
    return re.compile(r"(?<![a-z0-9])" + r"[ ,\-]+".join(parts) + r"(?![a-z0-9])", re.I)


def tbaq_texts():
    """each document's text and the spans of its TIMEX3s"""
    for path in sorted(glob.glob(os.path.join(TBAQ, "**", "*.tml"), recursive=True)):
        with open(path, encoding="utf-8") as f:
            tml = f.read()
        m = re.search(r"<TEXT>(.*)</TEXT>", tml, re.S)
        body = m.group(1) if m else tml
        text, spans, pos, open_at = [], [], 0, None
        for tag in re.finditer(r"<(/?)(\w+)[^>]*>", body):
            text.append(body[pos:tag.start()])
            pos = tag.end()
            length = sum(len(t) for t in text)
            if tag.group(2) == "TIMEX3":
                if tag.group(1):
                    spans.append((open_at, length))
                else:
                    open_at = length
        text.append(body[pos:])
        yield "".join(text), spans


def lexicon_phrases():
    """the lexicon's own words: a phrase it gives a value stays a time ("for the time being", PRESENT_REF)"""
    with open(LEXICON, encoding="utf-8") as f:
        return {line.split("\t")[1].lower() for line in f if not line.startswith("#") and line.count("\t") >= 1}


def tagged_by_stage(phrases):
    """the phrases inside which the dates stage, as built, finds an expression in a plain sentence
    ("They said PHRASE then."): a row where it finds none changes nothing and costs a lookup for
    each expression ending in its time word"""
    assay = os.path.join(ROOT, "build", "tools", "assay")
    if not os.path.exists(assay):
        sys.exit("make-dates-idioms: no build at %s: build first (the rows are checked against the stage)" % assay)
    texts = {}
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for i, phrase in enumerate(phrases):
            words = [w.split("|")[0] for w in phrase.split(" ")]
            plain = " ".join("their" if w == "one's" else w for w in words)
            texts[str(i)] = (phrase, "They said %s then." % plain, len("They said "), len("They said ") + len(plain))
            f.write(json.dumps({"id": str(i), "text": texts[str(i)][1], "published": "2005-03-01"}) + "\n")
    # the stage without the idioms, so that it finds what they would drop
    with tempfile.TemporaryDirectory() as empty:
        pipeline = os.path.join(empty, "p.pipeline")
        with open(os.path.join(empty, "none.tsv"), "w") as g:
            g.write("# none\n")
        with open(pipeline, "w") as g:
            g.write("[pipeline]\nstages=cleanup;dates\n[cleanup]\nrewrite=false\ntokens=false\nlanguage=false\n"
                    "[dates]\nidioms=%s\n" % os.path.join(empty, "none.tsv"))
        out = subprocess.run([assay, "run", pipeline, f.name, "--layers", "timex", "--no-progress"],
                             capture_output=True, text=True)
    os.unlink(f.name)
    kept = set()
    for line in out.stdout.splitlines():
        r = json.loads(line)
        if r.get("type") != "doc":
            continue
        phrase, _, start, end = texts[r["id"]]
        if any(a.get("layer") == "timex" and a["start"] >= start and a["end"] <= end for a in r.get("annotations", [])):
            kept.add(phrase)
    return kept


def main():
    wordnet = [p for p in from_wordnet() if p not in lexicon_phrases()]
    judged, why = judged_rows()
    docs = list(tbaq_texts()) if os.path.isdir(TBAQ) else []
    if not docs:
        sys.exit("make-dates-idioms: no TimeBank+AQUAINT under %s: the rows cannot be checked" % TBAQ)
    rows, seen = [], set()
    tagged_here = tagged_by_stage(wordnet)
    for phrase, source in [(p, "wordnet") for p in wordnet] + [(p, "judged") for p in judged]:
        if phrase in seen or (source == "wordnet" and phrase not in tagged_here):
            continue
        seen.add(phrase)
        rx = phrase_regex(phrase)
        hits = tagged = 0
        for text, spans in docs:
            for m in rx.finditer(text):
                hits += 1
                tagged += any(s < m.end() and e > m.start() for s, e in spans)
        if tagged:
            print("left out: %s (%s; TimeBank+AQUAINT tags a time inside %d of %d)" % (phrase, source, tagged, hits),
                  file=sys.stderr)
            continue
        rows.append((phrase, source))
    written = HEADER + "".join("%s%s\t%s\n" % (why.get(r[0], "") if r[1] == "judged" else "", r[0], r[1])
                               for r in sorted(rows, key=lambda r: (r[1] != "judged", r[0])))
    if "--check" in sys.argv[1:]:
        with open(OUT, encoding="utf-8") as f:
            stale = f.read() != written
        print("make-dates-idioms: %s is %s" % (OUT, "stale: run without --check" if stale else "current"),
              file=sys.stderr)
        sys.exit(1 if stale else 0)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(written)
    print("make-dates-idioms: %d rows (%d wordnet, %d judged)" % (
        len(rows), sum(s == "wordnet" for _, s in rows), sum(s == "judged" for _, s in rows)), file=sys.stderr)


if __name__ == "__main__":
    main()
