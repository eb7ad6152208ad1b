#!/usr/bin/env python3
"""timex-boundaries.py: does every timex start and end at a word boundary?

A span cut inside a word ("four years long" out of "four years longer")
is a defect of a pattern's tail, whatever its value.  This runs the
dates pipeline over the corpora timex-compare.py reads (TBAQ, MEANTIME,
the BBC archive) and lists each timex whose first character follows a
letter or digit, or whose last character precedes one (a hyphen, an
apostrophe or a space between them is a boundary).  Exit status 1 when
any is found.

  bench/timex-boundaries.py [--plugin-path DIR] [--bbc-published DATE]
"""
import argparse
import importlib.util
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load_compare():
    spec = importlib.util.spec_from_file_location("timex_compare", os.path.join(ROOT, "bench", "timex-compare.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def word_char(c):
    return c.isalnum()


def cut_spans(text, timexes):
    """The timexes of @text that begin or end inside a word."""
    b = text.encode("utf-8")
    bad = []
    for a in timexes:
        s, e = a["start"], a["end"]
        # offsets are the text's bytes; turn them into characters
        cs, ce = len(b[:s].decode("utf-8", "replace")), len(b[:e].decode("utf-8", "replace"))
        inside_start = cs > 0 and word_char(text[cs - 1]) and word_char(text[cs])
        inside_end = ce < len(text) and ce > 0 and word_char(text[ce - 1]) and word_char(text[ce])
        if inside_start or inside_end:
            bad.append((text[max(0, cs - 20):ce + 20].replace("\n", " "), a))
    return bad


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--assay", default=os.path.join(ROOT, "build", "tools", "assay"))
    parser.add_argument("--plugin-path", default=None)
    parser.add_argument("--bbc-published", default="2005-01-01", metavar="YYYY-MM-DD")
    args = parser.parse_args()
    compare = load_compare()
    found = 0
    for name, records in compare.corpora(args.bbc_published):
        layers = compare.timex_layers(records, args.assay, args.plugin_path)
        texts = {r["id"]: r["text"] for r in records}
        n = 0
        for doc, layer in sorted(layers.items()):
            if layer.startswith("error"):
                continue
            for context, a in cut_spans(texts[doc], json.loads(layer)):
                print(f"{doc}: {a['label']} {a['attrs'].get('value')} {a['text']!r} in {context!r}")
                n += 1
        print(f"timex-boundaries: {name}: {n} timexes cut inside a word", file=sys.stderr)
        found += n
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
