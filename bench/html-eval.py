#!/usr/bin/env python3
"""html-eval.py: HTML article extraction (core/assay-html.c) on real pages.

Each page goes through `assay run` as a user's .html file would, and its
document's text and metadata are scored against the page's reference:

  - main text: token-level precision, recall and F1 (tokens are runs of
    letters and digits, lowercased, counted as multisets), summed over the
    pages (micro) and averaged page by page (macro); a page with no
    article found (an error record) scores 0 recall;
  - title: equal to the reference's, ignoring case, white space, the
    form of quotes and dashes, and the site's name at either end (the
    reference keeps it on some pages and drops it on others);
  - date: the calendar day of meta.published equal to the reference's.

Sets it reads (never committed; fetch them yourself, see bench/README.md):

  aeb:         scrapinghub/article-extraction-benchmark (MIT): a folder with
               ground-truth.json ({id: {"articleBody", "url"}}) and
               html/ID.html.gz; the main text only.
  readability: mozilla/readability's test/test-pages (Apache-2.0): a folder
               of folders, each with source.html, expected.html (the
               article) and expected-metadata.json (title, publishedTime).

Pages are split in two halves by a hash of their id: develop on `dev`,
report `test` once at the end.

Usage: bench/html-eval.py [--split dev|test|all] [--worst N] SET_FOLDER...
"""
import argparse
import collections
import gzip
import hashlib
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ASSAY = os.path.join(ROOT, "build", "tools", "assay")

# The template stage leaves the text as extraction made it: the document
# record then shows what assay-html.c produced.
PIPELINE = "[pipeline]\nstages=template\n"

BLOCKS = {"p", "div", "section", "article", "main", "blockquote", "pre", "ul", "ol", "li", "dl",
          "dt", "dd", "table", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "br", "hr",
          "figure", "figcaption", "header", "footer", "aside", "nav"}


class TextOf(html.parser.HTMLParser):
    """The text of a reference article written as HTML (readability's
    expected.html), a line break at each block."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        if tag in BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)

    def text(self):
        return re.sub(r"\n\s*\n+", "\n\n", "".join(self.parts)).strip()


def html_text(markup):
    p = TextOf()
    p.feed(markup)
    p.close()
    return p.text()


def read_aeb(folder):
    with open(os.path.join(folder, "ground-truth.json"), encoding="utf-8") as f:
        truth = json.load(f)
    for key, ref in sorted(truth.items()):
        path = os.path.join(folder, "html", key + ".html.gz")
        if not os.path.exists(path):
            continue
        with gzip.open(path, "rb") as f:
            page = f.read()
        yield {"id": "aeb-" + key[:16], "html": page, "text": ref.get("articleBody") or "",
               "title": None, "date": None, "url": ref.get("url")}


def read_readability(folder):
    for name in sorted(os.listdir(folder)):
        d = os.path.join(folder, name)
        src = os.path.join(d, "source.html")
        if not os.path.exists(src):
            continue
        with open(src, "rb") as f:
            page = f.read()
        with open(os.path.join(d, "expected.html"), encoding="utf-8") as f:
            text = html_text(f.read())
        meta = {}
        mp = os.path.join(d, "expected-metadata.json")
        if os.path.exists(mp):
            with open(mp, encoding="utf-8") as f:
                meta = json.load(f)
        yield {"id": "readability-" + name, "html": page, "text": text, "title": meta.get("title"),
               "date": meta.get("publishedTime"), "url": None, "site": meta.get("siteName")}


def read_set(folder):
    if os.path.exists(os.path.join(folder, "ground-truth.json")):
        return list(read_aeb(folder))
    for sub in ("", "test/test-pages"):
        d = os.path.join(folder, sub)
        if os.path.isdir(d) and any(os.path.exists(os.path.join(d, n, "source.html")) for n in os.listdir(d)):
            return list(read_readability(d))
    sys.exit(f"html-eval: {folder}: neither ground-truth.json (article-extraction-benchmark) "
             "nor folders with source.html (readability's test pages)")


def half(page_id):
    return "dev" if int(hashlib.sha1(page_id.encode()).hexdigest(), 16) % 2 == 0 else "test"


def tokens(text):
    return collections.Counter(re.findall(r"\w+", text.lower()))


SEPARATORS = (" | ", " - ", " · ", " :: ", " / ")


def same_title(a, b, sites=()):
    """Equal ignoring case, white space, the form of quotes and dashes, and
    a site name (the reference's or the page's) joined at either end: the
    reference keeps it on some pages and drops it on others."""
    def norm(s):
        s = s.translate(str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                                       "\u2013": "-", "\u2014": "-", "\u00a0": " "}))
        s = " ".join(s.split()).casefold()
        for site in sites:
            site = " ".join((site or "").split()).casefold()
            for sep in SEPARATORS:
                if site and s.endswith(sep + site):
                    s = s[:-len(sep + site)]
                if site and s.startswith(site + sep):
                    s = s[len(site + sep):]
        return s
    return norm(a) == norm(b)


def extract(pages, assay):
    """Runs assay over the pages; returns {id: doc record or error record}."""
    with tempfile.TemporaryDirectory() as tmp:
        for p in pages:
            with open(os.path.join(tmp, p["id"] + ".html"), "wb") as f:
                f.write(p["html"])
        pipe = os.path.join(tmp, "eval.pipeline")
        with open(pipe, "w") as f:
            f.write(PIPELINE)
        out = subprocess.run([assay, "run", pipe, tmp, "--no-progress", "--layers", "shout"],
                             capture_output=True, text=True)
        if out.returncode not in (0, 1):
            sys.exit(f"html-eval: assay failed:\n{out.stderr}")
    records = {}
    for line in out.stdout.splitlines():
        r = json.loads(line)
        if r.get("type") in ("doc", "error"):
            records[r["id"]] = r
    return records


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="+", metavar="SET_FOLDER")
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--assay", default=ASSAY)
    parser.add_argument("--worst", type=int, default=0, help="list the N pages of lowest F1")
    args = parser.parse_args()

    print(f"# HTML extraction on real pages ({args.split} half)\n")
    print("| set | pages | no article | precision | recall | F1 (micro) | F1 (page mean) | title right | date right |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    worst = []
    for folder in args.sets:
        pages = [p for p in read_set(folder) if args.split == "all" or half(p["id"]) == args.split]
        records = extract(pages, args.assay)
        tp = fp = fn = 0
        f1s = []
        missing = 0
        titles = [0, 0]
        dates = [0, 0]
        for p in pages:
            r = records.get(p["id"], {"type": "error"})
            got = r.get("text", "") if r["type"] == "doc" else ""
            missing += r["type"] != "doc"
            ref, out = tokens(p["text"]), tokens(got)
            common = sum((ref & out).values())
            t_fp, t_fn = sum(out.values()) - common, sum(ref.values()) - common
            tp, fp, fn = tp + common, fp + t_fp, fn + t_fn
            prec = common / (common + t_fp) if common + t_fp else 0.0
            rec = common / (common + t_fn) if common + t_fn else 0.0
            f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
            f1s.append(f1)
            meta = r.get("meta", {})
            if p["title"]:
                titles[1] += 1
                sites = (p.get("site"), meta.get("source"))
                titles[0] += bool(meta.get("title")) and same_title(meta["title"], p["title"], sites)
            if p["date"]:
                dates[1] += 1
                dates[0] += (meta.get("published") or "")[:10] == p["date"][:10]
            worst.append((f1, prec, rec, p["id"], r.get("message", ""), meta.get("title"), p["title"],
                          meta.get("published"), p["date"], (p.get("site"), meta.get("source"))))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        mean = sum(f1s) / len(f1s) if f1s else 0.0
        t = f"{titles[0]}/{titles[1]}" if titles[1] else "-"
        d = f"{dates[0]}/{dates[1]}" if dates[1] else "-"
        name = os.path.basename(os.path.normpath(folder))
        print(f"| {name} | {len(pages)} | {missing} | {prec:.3f} | {rec:.3f} | {f1:.3f} | {mean:.3f} | {t} | {d} |")
    if args.worst:
        print(f"\n## The {args.worst} pages of lowest F1\n")
        for f1, prec, rec, pid, msg, title, ref_title, pub, ref_date, _ in sorted(worst)[:args.worst]:
            print(f"- {pid}: F1 {f1:.2f} (P {prec:.2f}, R {rec:.2f}){' ' + msg if msg else ''}")
        mis = [w for w in worst if w[6] and not (w[5] and same_title(w[5], w[6], w[9]))]
        if mis:
            print("\n## Titles not right\n")
            for w in mis:
                print(f"- {w[3]}: «{w[5]}», reference «{w[6]}»")
        mis = [w for w in worst if w[8] and (w[7] or "")[:10] != w[8][:10]]
        if mis:
            print("\n## Dates not right\n")
            for w in mis:
                print(f"- {w[3]}: {w[7]}, reference {w[8]}")


if __name__ == "__main__":
    main()
