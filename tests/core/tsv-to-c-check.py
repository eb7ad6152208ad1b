#!/usr/bin/env python3
"""tsv-to-c-check.py SCRIPT CC...: core/data/tsv-to-c.py's C strings read
back by a C17 compiler are the table's patterns, byte for byte.

Under -std=c17 a compiler reads trigraphs: "??(" in a string literal is
"[", and "??/" a backslash that can swallow the closing quote.  Patterns
are regular expressions, where "??" is an ordinary lazy quantifier, so the
generator must write every "?" as "\\?".  The rows here hold those, quotes,
backslashes and UTF-8; each is compiled into a program that prints the
table, and what it prints must be the table.  A pattern that starts or
ends with white space (which an editor may strip) is refused."""
import os
import subprocess
import sys
import tempfile

ROWS = [
    ("negative", "a??(b"),
    ("negative", "x??/"),
    ("positive", 'say "hi"'),
    ("positive", "back\\slash\\b"),
    ("maybe", "(?:^|\\s)hid(?:\\s|$)"),
    ("role", "caf\u00e9??!"),
]

PROGRAM = r'''#include <stdio.h>
#include "table.h"
int main (void)
{
  for (unsigned i = 0; i < sizeof html_hint_rows / sizeof *html_hint_rows; i++)
    printf ("%s\t%s\n", html_hint_rows[i][0], html_hint_rows[i][1]);
  return 0;
}
'''


def main():
    script, cc = sys.argv[1], sys.argv[2:]
    with tempfile.TemporaryDirectory() as tmp:
        tsv = os.path.join(tmp, "table.tsv")
        with open(tsv, "w", encoding="utf-8") as f:
            f.write("# a comment\n")
            for kind, pattern in ROWS:
                f.write(f"{kind}\t{pattern}\n")
        subprocess.run([sys.executable, script, tsv, os.path.join(tmp, "table.h")], check=True)
        with open(os.path.join(tmp, "main.c"), "w") as f:
            f.write(PROGRAM)
        exe = os.path.join(tmp, "main")
        build = subprocess.run(cc + ["-std=c17", "-Werror=trigraphs", "-o", exe,
                                     os.path.join(tmp, "main.c")],
                               capture_output=True, text=True)
        if build.returncode != 0:
            sys.exit("FAIL: the generated table does not compile as C17:\n" + build.stderr)
        out = subprocess.run([exe], check=True, capture_output=True).stdout.decode("utf-8")
        # A pattern with white space at an end is refused, naming its line.
        with open(tsv, "a", encoding="utf-8") as f:
            f.write("negative\t^hid \n")
        refused = subprocess.run([sys.executable, script, tsv, os.path.join(tmp, "bad.h")],
                                 capture_output=True, text=True)
        if refused.returncode == 0 or f"table.tsv:{len(ROWS) + 2}:" not in refused.stderr:
            sys.exit("FAIL: a pattern ending in a space was not refused by line: "
                     + refused.stderr)
    got = [tuple(line.split("\t")) for line in out.splitlines()]
    if got != ROWS:
        for want, have in zip(ROWS, got + [None] * len(ROWS)):
            if want != have:
                print(f"FAIL: row {want!r} reads back as {have!r}")
        sys.exit(1)
    print(f"ok: {len(ROWS)} rows read back as written")


if __name__ == "__main__":
    main()
