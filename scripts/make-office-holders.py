#!/usr/bin/env python3
"""make-office-holders.py: builds plugins/inconsistencies/data/office-holders.tsv.

The facts are Wikidata's (CC0: P39 "position held" with its start and end
qualifiers), each row citing the holder's Wikidata item.  They are read from
the Peppercat world-leaders arrangement of those statements
(../shared/corpus/office-holders/peppercat, CC BY-NC: a checklist to build
from, never shipped), then joined with office-holders-extra.tsv (hand-written:
NATO, which Peppercat lacks, and anything a user adds).

Coverage: since 2000, the UN Secretary-General; the EU's High Representative
and the Presidents of the Commission and the European Council; heads of state
and government of the G20 and of every EU and NATO member; their foreign and
defence ministers (EU and NATO members, G20 too where Wikidata has them).

Run from the project root:  python3 scripts/make-office-holders.py
"""
import csv
import datetime
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PEPPERCAT = os.path.join(ROOT, "..", "shared", "corpus", "office-holders", "peppercat")
ENTITIES = os.path.join(ROOT, "plugins", "entities", "data")
OUT = os.path.join(ROOT, "plugins", "inconsistencies", "data")

G20 = ["Argentina", "Australia", "Brazil", "Canada", "China", "France", "Germany", "India", "Indonesia", "Italy",
       "Japan", "Mexico", "Russia", "Saudi Arabia", "South Africa", "South Korea", "Turkey", "United Kingdom",
       "United States"]
EU = ["Austria", "Belgium", "Bulgaria", "Croatia", "Cyprus", "Czechia", "Denmark", "Estonia", "Finland", "France",
      "Germany", "Greece", "Hungary", "Ireland", "Italy", "Latvia", "Lithuania", "Luxembourg", "Malta", "Netherlands",
      "Poland", "Portugal", "Romania", "Slovakia", "Slovenia", "Spain", "Sweden"]
NATO = ["Albania", "Belgium", "Bulgaria", "Canada", "Croatia", "Czechia", "Denmark", "Estonia", "Finland", "France",
        "Germany", "Greece", "Hungary", "Iceland", "Italy", "Latvia", "Lithuania", "Luxembourg", "Montenegro",
        "Netherlands", "North Macedonia", "Norway", "Poland", "Portugal", "Romania", "Slovakia", "Slovenia", "Spain",
        "Sweden", "Turkey", "United Kingdom", "United States"]
COUNTRIES = set(G20 + EU + NATO)

# Wikidata's label of a position -> the office it is, in the words the
# stage's role-aliases.tsv maps titles to.  A (catalog, label) pair wins over
# the label alone: "Secretary of State" is the US foreign minister, a junior
# post elsewhere.
BY_LABEL = {
    "President": "head of state", "Federal President": "head of state", "monarch": "head of state",
    "Monarch": "head of state", "King": "head of state", "Emperor": "head of state",
    "President of Montenegro": "head of state",
    "Prime Minister": "head of government", "Prime Minister of Montenegro": "head of government",
    "Chancellor": "head of government", "Federal Chancellor": "head of government",
    "Taoiseach": "head of government", "Premier of the State Council": "head of government",
    "Minister of Foreign Affairs": "foreign minister", "Minister for Foreign Affairs": "foreign minister",
    "Minister of Foreign and European Affairs": "foreign minister",
    "Minister of External Relations": "foreign minister", "Minister of External Affairs": "foreign minister",
    "Secretary of Foreign Affairs": "foreign minister",
    "Secretary of State for Foreign and Commonwealth Affairs": "foreign minister",
    "Minister of Foreign Affairs and Worship": "foreign minister",
    "Minister for Foreign Affairs and Trade": "foreign minister",
    "Minister for Foreign Affairs and International Development Cooperation": "foreign minister",
    "Minister of Foreign Affairs and Cooperation": "foreign minister",
    "Minister of Foreign Affairs, European Union and Foreign Aid": "foreign minister",
    "Minister of Defence": "defence minister", "Minister for Defence": "defence minister",
    "Minister of National Defence": "defence minister", "Minister for National Defence": "defence minister",
    "Federal Minister of National Defence": "defence minister", "Minister of the Armed Forces": "defence minister",
    "Secretary of Defence": "defence minister", "Secretary of National Defense": "defence minister",
    "Minister of Defence and Military Veterans": "defence minister",
}
BY_CATALOG_LABEL = {
    ("United States", "Secretary of State"): "foreign minister",
    ("United Kingdom", "Secretary of State for Defence"): "defence minister",
}
INTERNATIONAL = {
    ("World", "Secretary-General of the United Nations"): ("secretary-general", "United Nations"),
    ("European Union", "President of the European Commission"): ("president of the commission", "European Union"),
    ("European Union", "President of the European Council"): ("president of the council", "European Union"),
    ("European Union", "High Representative of the Union for Foreign Affairs and Security Policy"):
        ("high representative", "European Union"),
    ("European Union", "High Representative for Foreign Affairs and Security Policy"):
        ("high representative", "European Union"),
}
# Before the Treaty of Lisbon, Wikidata files the six-month rotating
# presidency of the Council under the European Council's label: the office
# with one holder for years begins on 2009-12-01.
COUNCIL_SINCE = "2009-12-01"
SINCE = "2000-01-01"


def canonical_countries():
    """Peppercat's catalog names -> the entities stage's canonical names."""
    names = {}
    for line in open(os.path.join(ENTITIES, "countries.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        canonical, _, aliases = (line.rstrip("\n").split("\t") + ["", ""])[:3]
        names[canonical] = canonical
        for alias in filter(None, aliases.split("|")):
            names[alias] = canonical
    return names


def office_of(catalog, label):
    if (catalog, label) in INTERNATIONAL:
        return INTERNATIONAL[(catalog, label)]
    if catalog not in COUNTRIES:
        return None
    kind = BY_CATALOG_LABEL.get((catalog, label)) or BY_LABEL.get(label)
    return (kind, catalog) if kind else None


def main():
    if not os.path.isdir(PEPPERCAT):
        sys.exit(f"make-office-holders: {PEPPERCAT} is absent")
    names = canonical_countries()
    terms = {}  # (office, org, qid, start) -> row
    historic_end = "2023-01-19"
    for r in csv.DictReader(open(os.path.join(PEPPERCAT, "leaders-historic.csv"), encoding="utf-8")):
        office = office_of(r["catalog"], r["position"])
        if not office or not r["personID"] or not r["start"][:4].isdigit():
            continue
        if r["end"] and r["end"] < SINCE:
            continue
        # Wikidata often repeats a term with one start and several ends
        # (one per cabinet): the open one, else the latest end, stands.
        old = terms.get((office, r["personID"], r["start"]))
        if old and (not old["to"] or (r["end"] and r["end"] < old["to"])):
            continue
        terms[(office, r["personID"], r["start"])] = {
            "office": office[0], "org": office[1], "holder": r["person"], "qid": r["personID"],
            "from": r["start"], "to": r["end"], "checked": historic_end, "label": r["position"]}
    # The weekly snapshots carry the story on to 2025-01-31: the ends of
    # terms open in 2023 and the terms begun since.
    snapshot_end = "2025-01-31"
    for r in csv.DictReader(open(os.path.join(PEPPERCAT, "officeholder-snapshot-terms.csv"), encoding="utf-8")):
        office = office_of(r["catalog"], r["position"])
        if not office or not r["wikidata_id"] or not r["start"][:4].isdigit():
            continue
        # The end lies between last_seen and first_absent: take the later,
        # so a holder is never called out of office while still in it.
        end = r["first_absent"] if r["current_at_final_snapshot"] != "true" else ""
        key = (office, r["wikidata_id"], r["start"])
        same = [k for k in terms if k[0] == office and k[1] == r["wikidata_id"] and not terms[k]["to"]]
        if key in terms or same:
            for k in ([key] if key in terms else same):
                if not terms[k]["to"]:
                    terms[k]["to"] = end
                terms[k]["checked"] = snapshot_end
            continue
        if r["start"] < historic_end and not end:
            continue  # an old term the historic file did not list: not trusted alone
        terms[key] = {"office": office[0], "org": office[1], "holder": r["person"], "qid": r["wikidata_id"],
                      "from": r["start"], "to": end, "checked": snapshot_end, "label": r["position"]}

    rows = []
    for t in terms.values():
        if t["to"] and t["to"] < t["from"][:len(t["to"])]:
            print(f"left out, ends before it begins: {t['holder']}, {t['label']}, {t['from']}..{t['to']}",
                  file=sys.stderr)
            continue
        if t["office"] == "president of the council" and t["from"] < COUNCIL_SINCE:
            continue
        if t["office"] == "president of the council" and t["to"] and t["to"] <= "2010-12-31" and t["from"] > COUNCIL_SINCE:
            continue  # the rotating presidency of early 2010, same label
        t["org"] = names.get(t["org"], t["org"])
        rows.append(t)
    rows.sort(key=lambda t: (t["org"], t["office"], t["from"], t["holder"]))
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "office-holders.tsv"), "w", encoding="utf-8") as out:
        out.write("# office-holders.tsv: generated by scripts/make-office-holders.py; do not edit:\n"
                  "# add rows to office-holders-extra.tsv, which the stage reads too.\n"
                  "# Facts from Wikidata (CC0), P39 position held with P580/P582, each row\n"
                  "# citing the holder's item; gathered through the Peppercat world-leaders\n"
                  f"# arrangement (built {datetime.date.today().isoformat()}).  An empty TO: in office on CHECKED,\n"
                  "# the last day the source was read; after it, unknown.\n"
                  "# OFFICE<TAB>ORG<TAB>HOLDER<TAB>FROM<TAB>TO<TAB>CHECKED<TAB>SOURCE<TAB>TITLE (Wikidata's label)\n")
        for t in rows:
            out.write("\t".join([t["office"], t["org"], t["holder"], t["from"], t["to"], t["checked"],
                                 "wikidata:" + t["qid"], t["label"]]) + "\n")
    print(f"{len(rows)} terms, {len({(t['office'], t['org']) for t in rows})} offices", file=sys.stderr)


if __name__ == "__main__":
    main()
