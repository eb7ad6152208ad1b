#!/usr/bin/env python3
"""make-html-entities.py: builds plugins/cleanup/data/html-entities.tsv.

The table is the HTML Living Standard's: its named character references
(https://html.spec.whatwg.org/entities.json; WHATWG, CC BY 4.0) and the
replacements its "numeric character reference end state" makes for the
numbers 0x80 to 0x9F (a reference to a C1 control is read as the
Windows-1252 character of that byte: "&#146;" is U+2019).  Both are read
from Python's standard library, which carries them word for word
(html.entities.html5, from entities.json; html._invalid_charrefs, the
spec's table; PSF license), as Debian's libpython3.11-stdlib ships it in
/usr/lib/python3.11/html/.  Only the names that end in ";" are kept: the
cleanup stage decodes well-formed references alone, so "&copy" without
its semicolon, which a browser still decodes in text, stays as written.

Rows:  name<TAB>NAME<TAB>CODE POINTS   (hex, one or two, space separated)
       number<TAB>HEX<TAB>CODE POINT    (the spec's replacement)

Run from the project root:  python3 scripts/make-html-entities.py
"""
import html
import html.entities
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "plugins", "cleanup", "data", "html-entities.tsv")


def main():
    rows = []
    for name, value in sorted(html.entities.html5.items()):
        if not name.endswith(";"):
            continue
        rows.append("name\t%s\t%s" % (name[:-1], " ".join("%04X" % ord(c) for c in value)))
    for number, value in sorted(html._invalid_charrefs.items()):
        # Only the C1 row of the table: 0 and 0x0D are rules of the
        # decoder itself (README), and a number the table maps to itself
        # (0x81, 0x8D, 0x8F, 0x90, 0x9D) is no replacement.
        if 0x80 <= number <= 0x9F and ord(value) != number:
            rows.append("number\t%02X\t%04X" % (number, ord(value)))
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("# HTML character references: the HTML Living Standard's named references\n"
                  "# (entities.json, WHATWG, CC BY 4.0) and its replacements for numeric\n"
                  "# references to 0x80-0x9F, as Python's standard library carries them\n"
                  "# (html.entities.html5, html._invalid_charrefs; %s).\n"
                  "# Made by scripts/make-html-entities.py; do not edit by hand.\n"
                  "# name<TAB>NAME<TAB>CODE POINTS (hex)  |  number<TAB>HEX<TAB>CODE POINT (hex)\n"
                  % os.path.dirname(html.__file__))
        for row in rows:
            out.write(row + "\n")
    print("%s: %d rows" % (OUT, len(rows)))


if __name__ == "__main__":
    main()
