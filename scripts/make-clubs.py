#!/usr/bin/env python3
"""make-clubs.py: writes plugins/entities/data/clubs.tsv, the names of
Europe's football clubs, from openfootball's `clubs` repository
(github.com/openfootball/clubs, CC0 1.0: public domain; the licence is
in plugins/entities/data/LICENSE-openfootball.txt): every club line of
europe/*/*.clubs.txt ("Chelsea FC, 1905, @ Stamford Bridge, London")
and its alternative names (the "| Chelsea | FC Chelsea" lines under it).

The rules read it only in a sport report, and a club named after a town
only with a result beside it (teams.c's find_listed_clubs()), so the
list names no place and no person by itself.  Left out: names with an
abbreviation's full stop or a digit ("Sheff. United", "1860 Munich"),
and names of two letters or fewer.

A club's short form that American English writes in lowercase too
(wamerican's words) is kept only where it cannot be the club's whole
name or a town's: the club's name less its abbreviations (FC, AFC) is
two words or more, and the short form is either no word of it (the
source's other name: "Spurs" of Tottenham Hotspur, "Wolves", "Hearts")
or its last word, which ends no other club's name in Europe
("Forest" of Nottingham Forest, "Palace", "Villa",
"Orient"; not "Rovers", "City", "Athletic").  Never a town of
cities.tsv ("Reading", "Derby": find_city_teams()' clubs), a word in
capitals, nor one two clubs share; the source's last word of a name
that opens with no town no first name of person-names.tsv
("Bonnyrigg Rose").  Such a word is also a word of English ("forest fires"), and
teams.c's find_club_short_forms() takes it for the club only in a sport
report where the document writes it with a capital inside a sentence
and never in lowercase.

Run from the project's root, with a checkout of the repository:
    python3 scripts/make-clubs.py CLUBS-CHECKOUT
(the rows written come from commit ae38002 of 2025-01-03).
"""
import glob
import os
import re
import sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "plugins", "entities", "data", "clubs.tsv")


def lowercase_words():
    words = set()
    with open("/usr/share/dict/words", encoding="utf-8", errors="replace") as f:
        for line in f:
            w = line.strip()
            if w and w[0].islower():
                words.add(w)
    return words


def clean(name):
    """A name as news writes it: the year in brackets, a name's language
    tag ("AC Florenz [de]"), a reserve side's mark ("ii)  AC Sparta Praha
    B") and the notes gone."""
    name = re.sub(r"^\s*[ivx]+\)", "", name)
    name = re.sub(r"\(.*?\)|\[.*?\]", "", name)
    name = name.split("#")[0]
    return " ".join(name.replace("$", "").split())


DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "plugins", "entities", "data")


def first_column(name):
    """The first column of one of the stage's generated lists."""
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return {line.split("\t")[0] for line in f if line.strip() and not line.startswith("#")}


def keep(name):
    return len(name) > 2 and "." not in name and not re.search(r"[0-9@/&]", name)


def is_word(name, common):
    """A one-word name that is also a lowercase English word."""
    return " " not in name and name.lower() in common


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: make-clubs.py CLUBS-CHECKOUT")
    common = lowercase_words()
    towns = first_column("cities.tsv")
    first_names = {line.split("\t")[0] for line in open(os.path.join(DATA, "person-names.tsv"), encoding="utf-8")
                   if line.rstrip("\n").endswith("\tfirst")}
    rows = {}
    short = {}  # a short form that is an English word: the clubs it names
    pairs = []  # (town, word, club, country) of every two-word name
    last_words = {}  # the last word of any name, less abbreviations: its clubs
    files = sorted(glob.glob(os.path.join(sys.argv[1], "europe", "*", "*.clubs.txt")))
    if not files:
        sys.exit("make-clubs.py: no europe/*/*.clubs.txt under %s" % sys.argv[1])
    for path in files:
        country = os.path.basename(path).split(".")[0]
        club = None
        with open(path, encoding="utf-8") as f:
            for line in f:
                text = line.split("##")[0].rstrip()
                stripped = text.strip()
                if not stripped or stripped.startswith(("#", "=")):
                    continue
                if stripped.startswith("|"):
                    if club is None:
                        continue
                    names = [clean(n) for n in stripped.split("|")]
                elif text[0].isspace():
                    continue  # a stadium's address or a note under a club
                else:
                    club = clean(stripped.split(",")[0])
                    names = [club]
                for name in names:
                    if not name or not keep(name):
                        continue
                    if is_word(name, common):
                        short.setdefault(name, set()).add((club, country))
                        continue
                    rows.setdefault(name, (club, country))
                    core = [w for w in name.split() if not (w.isupper() and len(w) <= 4)]
                    if core:
                        last_words.setdefault(core[-1], set()).add(club)
                    if len(core) == 2 and name == club:
                        pairs.append((core[0], core[1], club, country))
    # The last word of a town's club's two-word name, where it ends no
    # other club's in that country: a short form the source may not give.
    enders = last_words
    for town, word, club, country in pairs:
        if town in towns and is_word(word, common) and len(enders[word]) == 1:
            short.setdefault(word, set()).add((club, country))
    # A short form is one club's, never its whole name, a town's nor a
    # word in capitals; the source's last word of a name that opens with
    # no town ("Bonnyrigg Rose") no person's first name.
    for name, clubs in short.items():
        if len(clubs) != 1 or name in rows or name in towns or len(name) < 4 or not name[1:].islower():
            continue
        club, country = next(iter(clubs))
        core = [w for w in club.split() if not (w.isupper() and len(w) <= 4)]
        if len(core) < 2:
            continue
        if name in core:
            if name != core[-1] or len(enders.get(name, ())) > 1 or len(core) != 2:
                continue
            if core[0] not in towns and name in first_names:
                continue
        rows[name] = (club, country)
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("# clubs.tsv: Europe's football clubs and their other names, generated by\n"
                  "# scripts/make-clubs.py from openfootball/clubs (europe/*/*.clubs.txt,\n"
                  "# commit ae38002, CC0 1.0: LICENSE-openfootball.txt), and the distinctive\n"
                  "# word of a town's club (Forest), as the script's head says.  Do not edit by hand:\n"
                  "# add a club there, or in a copied data folder's file as NAME<TAB>CLUB<TAB>COUNTRY.\n")
        for name in sorted(rows):
            club, country = rows[name]
            out.write("%s\t%s\t%s\n" % (name, club, country))
    print("%d names of %d clubs" % (len(rows), len({c for c, _ in rows.values()})), file=sys.stderr)


if __name__ == "__main__":
    main()
