#!/usr/bin/env python3
"""report-scale.py: the HTML report at 10,000 documents: its size, the time
and memory `assay report` takes to write it, and the time a browser takes
to open it and to open one document's view.

    python3 bench/report-scale.py --assay build/tools/assay \
        --base results.jsonl [--docs 10000] [--runs 3] [--work DIR]

--base is a real output of `assay run`; it is repeated, each copy's
document ids, story ids and evidence renamed ("id~2", "s1~2"), until
--docs documents, so texts, annotations, stories and findings keep their
real sizes and proportions.  Runs of the command and page loads alternate
and each figure is the median of --runs.  Chromium (headless) is driven
over the DevTools pipe by tests/report/cdp.py.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "report"))
import cdp  # noqa: E402


def scaled_input(base, n_docs, path):
    records = [json.loads(line) for line in open(base, encoding="utf-8")]
    per_copy = sum(1 for r in records if r["type"] == "doc")
    copies = -(-n_docs // per_copy)
    written = 0
    with open(path, "w", encoding="utf-8") as out:
        for c in range(1, copies + 1):
            suffix = "" if c == 1 else f"~{c}"
            docs, rest = [], []
            for r in records:
                r = json.loads(json.dumps(r))
                if r["type"] == "doc":
                    if written + len(docs) >= n_docs:
                        continue
                    r["id"] += suffix
                    if "story" in r.get("meta", {}):
                        r["meta"]["story"] += suffix
                    for f in r.get("findings", []):
                        for e in f.get("evidence", []):
                            e["doc"] += suffix
                    docs.append(r)
                    continue
                if r["type"] == "story":
                    r["id"] += suffix
                    r["docs"] = [d + suffix for d in r["docs"]]
                elif r["type"] == "finding":
                    if "story" in r:
                        r["story"] += suffix
                    for e in r.get("evidence", []):
                        e["doc"] += suffix
                elif r["type"] == "error":
                    r["id"] += suffix
                rest.append(r)
            for r in docs + rest:
                out.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
            written += len(docs)
    return written


# Spawns assay from a fresh, small interpreter: a child's peak RSS (ru_maxrss)
# starts at the memory it was spawned from, which for this script, holding
# the whole input, would be hundreds of MB.
TIMER = """import os, sys, time
start = time.perf_counter()
pid = os.posix_spawn(sys.argv[1], sys.argv[1:], os.environ)
_, status, usage = os.wait4(pid, 0)
print(time.perf_counter() - start, usage.ru_maxrss, status, usage.ru_utime + usage.ru_stime)"""


def run_report(assay, results, html):
    out = subprocess.run([sys.executable, "-c", TIMER, assay, "report", results, "-o", html],
                         check=True, capture_output=True, text=True).stdout.split()
    if out[2] != "0":
        raise SystemExit(f"assay report failed with status {out[2]}")
    return float(out[0]), int(out[1]) / 1024, float(out[3])


OPEN_DOC = """new Promise((resolve) => {
  const t0 = performance.now();
  location.hash = "#doc=" + encodeURIComponent(%s);
  const wait = () => document.getElementById("doctext") ? resolve(performance.now() - t0) : requestAnimationFrame(wait);
  wait();
})"""

INDEX_READY = """new Promise((resolve) => {
  const wait = () => document.querySelector("#doc-index table") ? resolve(performance.now()) : setTimeout(wait, 5);
  wait();
})"""


def open_page(browser, html, doc_id):
    browser.events = []
    start = time.perf_counter()
    browser.open("file://" + os.path.abspath(html))
    load = time.perf_counter() - start
    nav = browser.eval("(() => { const n = performance.getEntriesByType('navigation')[0]; "
                       "return [n.domContentLoadedEventEnd, n.loadEventEnd]; })()")
    index_ms = browser.eval(INDEX_READY)
    paint = browser.eval("(performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime || null")
    doc_ms = browser.eval(OPEN_DOC % json.dumps(doc_id))
    problems = browser.problems()
    if problems:
        raise SystemExit(f"the page reported problems: {problems[:3]}")
    return {"load_s": load, "dcl_ms": nav[0], "load_ms": nav[1], "fcp_ms": paint,
            "index_ms": index_ms, "doc_view_ms": doc_ms}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--assay", required=True)
    ap.add_argument("--base", required=True)
    ap.add_argument("--docs", type=int, default=10000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--work", default="/tmp/assay-report-scale")
    args = ap.parse_args()
    os.makedirs(args.work, exist_ok=True)
    results = os.path.join(args.work, "results.jsonl")
    html = os.path.join(args.work, "report.html")
    n = scaled_input(args.base, args.docs, results)
    counts = {"doc": 0, "story": 0, "finding": 0}
    for line in open(results, encoding="utf-8"):
        r = json.loads(line)
        if r["type"] in counts:
            counts[r["type"]] += 1
        if r["type"] == "doc":
            counts["finding"] += len(r.get("findings", []))
            last_doc = r["id"]
    print(f"input: {n} documents, {counts['story']} stories, {counts['finding']} findings, "
          f"{os.path.getsize(results) / 1e6:.1f} MB of JSONL")

    writes, loads = [], []
    with cdp.Browser() as browser:
        for _ in range(args.runs):
            writes.append(run_report(args.assay, results, html))
            loads.append(open_page(browser, html, last_doc))
    med = lambda xs: statistics.median(xs)  # noqa: E731
    print(f"page: {os.path.getsize(html) / 1e6:.1f} MB")
    print(f"assay report -o: {med([w[0] for w in writes]):.2f} s wall, {med([w[2] for w in writes]):.2f} s CPU, "
          f"max RSS {med([w[1] for w in writes]):.0f} MB (median of {args.runs})")
    for key, label in (("load_s", "navigate to load event (s)"), ("fcp_ms", "first contentful paint (ms)"),
                       ("dcl_ms", "DOMContentLoaded (ms)"), ("load_ms", "load event end (ms)"),
                       ("index_ms", "document index drawn (ms)"), ("doc_view_ms", "one document view (ms)")):
        values = [l[key] for l in loads if l[key] is not None]
        if values:
            print(f"{label}: {med(values):.2f}  (runs: {', '.join(f'{v:.2f}' for v in values)})")


if __name__ == "__main__":
    main()
