#!/usr/bin/env python3
"""make-common-words.py: builds plugins/cleanup/data/common-words.tsv.

The words are the Snowball project's stop-word lists (BSD-3-Clause,
Dr Martin Porter and Richard Boulton), as Debian's postgresql-15 package
ships them for full-text search (/usr/share/postgresql/15/tsearch_data/
LANGUAGE.stop).  The language-identification pass of the cleanup stage
uses them to see that a sentence is plainly in the document's language: a
sentence whose words are the document language's common words often
enough, and other languages' seldom, need not be read by CLD2.  A word in
the lists of several languages ("in", "de") is listed for each.

Run from the project root:  python3 scripts/make-common-words.py [DIR]
"""
import glob
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "plugins", "cleanup", "data", "common-words.tsv")

# Snowball's list name -> the code CLD2 gives the language.
CODES = {
    "danish": "da", "dutch": "nl", "english": "en", "finnish": "fi", "french": "fr", "german": "de",
    "hungarian": "hu", "italian": "it", "nepali": "ne", "norwegian": "no", "portuguese": "pt",
    "russian": "ru", "spanish": "es", "swedish": "sv", "turkish": "tr",
}


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else sorted(glob.glob("/usr/share/postgresql/*/tsearch_data"))[-1]
    words = {}
    for name, code in sorted(CODES.items()):
        path = os.path.join(src, name + ".stop")
        with open(path, encoding="utf-8") as f:
            words[code] = {w.strip().lower() for w in f if w.strip() and not w.startswith("#")}
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("# The commonest words of each language: the Snowball stop-word lists\n"
                  "# (BSD-3-Clause, snowballstem.org) as Debian's postgresql-15 ships them.\n"
                  "# Made by scripts/make-common-words.py.\n"
                  "# LANG<TAB>WORD   (LANG as CLD2 writes it; WORD in lowercase)\n")
        for code in sorted(words):
            for w in sorted(words[code]):
                out.write(f"{code}\t{w}\n")


if __name__ == "__main__":
    main()
