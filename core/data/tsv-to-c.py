#!/usr/bin/env python3
"""tsv-to-c.py: a kind<TAB>pattern table as a C array, compiled into the
core (run by meson): html-hints.tsv becomes assay-html-hints.h.  A row
that is not two fields, or whose pattern starts or ends with white space
(which an editor may strip), is an error naming its line."""
import sys


def c_string(s):
    # "?" as "\?": under -std=c17 the compiler reads trigraphs, and a
    # pattern's "??(" would become "[" (and "??/" a backslash).
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("?", "\\?") + '"'


def main():
    src, out = sys.argv[1], sys.argv[2]
    rows = []
    with open(src, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) != 2 or not fields[0] or not fields[1]:
                sys.exit(f"{src}:{n}: not kind<TAB>pattern; write one hint a line")
            if fields[1] != fields[1].strip():
                # an editor that strips trailing white space would change
                # what such a row matches
                sys.exit(f"{src}:{n}: the pattern starts or ends with white space; "
                         "write it \\s")
            rows.append(fields)
    with open(out, "w", encoding="utf-8") as f:
        f.write(f"/* Generated from {src.split('/')[-1]} by tsv-to-c.py: edit the table, not this. */\n")
        f.write("static const char *const html_hint_rows[][2] = {\n")
        for kind, pattern in rows:
            f.write(f"  {{ {c_string(kind)}, {c_string(pattern)} }},\n")
        f.write("};\n")


if __name__ == "__main__":
    main()
