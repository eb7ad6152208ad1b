#!/usr/bin/env python3
"""make-nationalities.py: writes plugins/entities/data/nationalities.tsv,
the adjectives of nationality that the hand-written demonyms.tsv lacks
("Kyrgyz", "Mosotho", "Malagasy"), and the country each names.

Sources:
  - the npm package i18n-nationality (MIT, (c) 2016 widdix GmbH:
    plugins/entities/data/LICENSE-i18n-nationality.txt), langs/en.json: one
    English nationality a country, by ISO 3166-1 alpha-2 code.  Installed
    into a temporary folder at each run (npm must reach its registry),
    never kept; or read from --package DIR (an unpacked copy);
  - WordNet 3.0 (Debian wordnet-base; LICENSE-WordNet.txt): adjectives
    that pertain to a country ("Kyrgyzstani": "of or relating to
    Kyrgyzstan"), whose pointer (\\) names a noun that is the common name
    of a country in countries.tsv, in no domain (";c": "Mongoloid").

A name is kept only where it cannot be the place itself or another
thing: one or two capitalised words of letters (no "Cayman Islands",
"Congolese (Republic of the Congo)"), no name of any country, no
lowercase English word of Debian's wamerican ("polish"), no name two
countries claim, and only where its first three letters are those of
one of the country's names (a list's slip such as Wallis and Futuna's
"Welsh" and WordNet's "Gallic" are left out; Lesotho's "Mosotho" with
them: demonyms.tsv may hold such by hand).  Nor a currency's name
(Debian iso-codes' ISO 4217 names: "Afghani"), nor, where WordNet has
the name as a noun, one whose first sense is no person of the country:
its gloss must be a person's (lexicographer file noun.person) and name
the country, and no other country more fully ("Norse": an inhabitant of
Scandinavia; "Cyprian": first a courtesan; "Hellenic": a branch of
languages; "Congolese": of the Republic of the Congo, so not of the
DR Congo).  Names demonyms.tsv already has are left out.  Run from the
project's root:
    python3 scripts/make-nationalities.py [--package DIR]
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wordnet_nouns import synsets  # noqa: E402

DATA = "plugins/entities/data"
WN = "/usr/share/wordnet"
WORDS = "/usr/share/dict/words"
ISO4217 = "/usr/share/iso-codes/json/iso_4217.json"
PACKAGE = "i18n-nationality@1.4.0"


def countries():
    """code -> every name countries.tsv gives the country."""
    out = {}
    with open(os.path.join(DATA, "countries.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            canonical, code, aliases = (line.rstrip("\n").split("\t") + [""])[:3]
            out[code] = [canonical] + [a for a in aliases.split("|") if a]
    return out


def demonyms():
    out = set()
    with open(os.path.join(DATA, "demonyms.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            out.update(d.casefold() for d in line.rstrip("\n").split("\t")[1].split("|"))
    return out


def english():
    if not os.path.exists(WORDS):
        sys.exit(f"make-nationalities: {WORDS} is absent: apt-get install wamerican")
    with open(WORDS, encoding="utf-8") as f:
        return {w.strip() for w in f if w.strip().islower()}


def currencies():
    """Each currency's unit, its name's last word, folded: "afghani",
    "kwacha" (not "jamaican" of "Jamaican Dollar")."""
    if not os.path.exists(ISO4217):
        sys.exit(f"make-nationalities: {ISO4217} is absent: apt-get install iso-codes")
    with open(ISO4217, encoding="utf-8") as f:
        return {c["name"].split()[-1].casefold() for c in json.load(f)["4217"] if c["name"].split()}


def first_senses():
    """noun, folded -> (lexicographer file, gloss) of WordNet's first sense."""
    offsets = {}
    with open(os.path.join(WN, "index.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            p = line.split()
            offsets[p[0].replace("_", " ")] = p[4 + int(p[3]) + 2]
    out = {}
    with open(os.path.join(WN, "data.noun"), encoding="latin-1") as f:
        for noun, offset in offsets.items():
            f.seek(int(offset))
            line = f.readline()
            out[noun] = (int(line.split()[1]), line.split(" | ", 1)[1].strip())
    return out


def a_person_of(name, code, names, senses):
    """Whether WordNet's first noun sense of @name, where it has one, is a
    person of country @code: a person's sense (lexicographer file 18,
    noun.person) whose gloss names the country, not inside another
    country's longer name ("Republic of the Congo" is not the DR Congo's
    "Congo")."""
    sense = senses.get(name.casefold())
    if sense is None:
        return True
    lexfile, gloss = sense
    if lexfile != 18:
        return False
    def named(ns):
        return [n for n in ns if re.search(r"\b" + re.escape(n) + r"\b", gloss)]
    ours = named(names[code])
    if not ours:
        return False
    # Another country's longer name holding ours: "Republic of the Congo"
    # holds the DR Congo's "Congo".  Not a neighbour also named
    # ("Laos and Thailand").
    return not any(o != n and n in o for other, ns in names.items() if other != code
                   for o in named(ns) for n in ours)


def npm_nationalities(package):
    if package is None:
        tmp = tempfile.mkdtemp()
        subprocess.run(["npm", "pack", "--silent", "--pack-destination", tmp, PACKAGE], check=True,
                       stdout=subprocess.DEVNULL)
        tgz = [f for f in os.listdir(tmp) if f.endswith(".tgz")][0]
        subprocess.run(["tar", "xzf", os.path.join(tmp, tgz), "-C", tmp], check=True)
        package = os.path.join(tmp, "package")
    with open(os.path.join(package, "langs", "en.json"), encoding="utf-8") as f:
        return json.load(f)["nationalities"], os.path.join(package, "LICENSE")


def wordnet_nationalities(names):
    """code -> adjectives WordNet says pertain to the country."""
    if not os.path.isdir(WN):
        sys.exit(f"make-nationalities: {WN} missing: apt-get install wordnet-base")
    by_offset = {o: [lemma.replace("_", " ") for lemma in lemmas] for o, (lemmas, _) in synsets("noun").items()}
    common = {code: n[0] for code, n in names.items()}
    country_of = {name: code for code, name in common.items()}
    out = {}
    for lemmas, pointers in synsets("adj").values():
        # A sense in a domain (";c" anthropology: "Mongoloid", ";u"
        # a usage such as a slur) is no plain nationality.
        if any(sym.startswith(";") for sym, _, _ in pointers):
            continue
        for sym, offset, pos in pointers:
            if sym != "\\" or pos != "n":
                continue
            for noun in by_offset.get(offset, []):
                code = country_of.get(noun)
                if code:
                    out.setdefault(code, []).extend(lemmas)
    return out


def keep(name, names, all_names, words, have):
    if not re.fullmatch(r"[A-Z][a-z]+( [A-Z][a-z]+)?", name):
        return False
    folded = name.casefold()
    if folded in all_names or folded in have or name.lower() in words:
        return False
    # Nor the start of a country's common name: "Saint Helena" (,
    # Ascension and ...); "Kyrgyz" (Republic, an official name) is kept.
    return not any(ns[0].casefold().startswith((folded + " ", folded + ",")) for ns in names.values())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--package", help="an unpacked i18n-nationality package (else npm fetches it)")
    args = ap.parse_args()
    names = countries()
    all_names = {n.casefold() for ns in names.values() for n in ns}
    words, have = english(), demonyms()
    money, senses = currencies(), first_senses()
    npm, license_path = npm_nationalities(args.package)
    rows = {}
    found = [(code, name) for code, name in sorted(npm.items())]
    found += [(code, name) for code, adjectives in sorted(wordnet_nationalities(names).items()) for name in adjectives]
    for code, name in found:
        if code not in names or not keep(name, names, all_names, words, have) or name in rows.get(code, []):
            continue
        if name.casefold() in money or not a_person_of(name, code, names, senses):
            continue
        # The first three letters of one of the country's names: "Kyrgyz"
        # for Kyrgyzstan; not a list's slip ("Welsh" for Wallis and
        # Futuna) nor another sense's ("Formosan" for China, "Gallic").
        if not any(name[:3].casefold() == n[:3].casefold() for n in names[code]):
            continue
        rows.setdefault(code, []).append(name)
    # A name two countries claim ("Mauritanian" for Mauritius too) names
    # neither surely.
    counts = {}
    for adjectives in rows.values():
        for name in adjectives:
            counts[name] = counts.get(name, 0) + 1
    rows = {code: [n for n in adjectives if counts[n] == 1] for code, adjectives in rows.items()}
    rows = {code: adjectives for code, adjectives in rows.items() if adjectives}
    with open(os.path.join(DATA, "nationalities.tsv"), "w", encoding="utf-8") as out:
        out.write("# nationalities.tsv: generated by scripts/make-nationalities.py; do not edit\n")
        out.write("# (add by hand to demonyms.tsv).  Adjectives of nationality demonyms.tsv lacks,\n")
        out.write(f"# from the npm package {PACKAGE} (MIT: LICENSE-i18n-nationality.txt)\n")
        out.write("# and WordNet 3.0's adjectives pertaining to a country (LICENSE-WordNet.txt).\n")
        out.write("# ISO 3166-1 ALPHA-2<TAB>DEMONYMS ('|' separated)\n")
        for code in sorted(rows):
            out.write(f"{code}\t{'|'.join(rows[code])}\n")
    with open(license_path, encoding="utf-8") as f, \
            open(os.path.join(DATA, "LICENSE-i18n-nationality.txt"), "w", encoding="utf-8") as out:
        out.write(f"The npm package {PACKAGE}, source of nationalities.tsv:\n\n" + f.read())
    print(f"nationalities.tsv: {sum(len(v) for v in rows.values())} names of {len(rows)} countries")


if __name__ == "__main__":
    main()
