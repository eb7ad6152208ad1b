#!/usr/bin/env python3
"""judge-pick.py SEED N [CANDIDATES_FILE]: the articles a judge reads.

N BBC articles (e.g. business/008) drawn with SEED among all of the
archive, or among those listed in CANDIDATES_FILE (one per line: the
documents a build changes, for a judge of the changes), never one listed
in bench/judged-articles.txt.  The same SEED draws the same articles as
long as that list is the same, so a judge's sample can be checked."""
import os, random, sys
here = os.path.dirname(os.path.abspath(__file__))
BBC = os.path.join(here, "..", "..", "shared", "corpus", "bbc-news")
try:
    seed, n = int(sys.argv[1]), int(sys.argv[2])
except (IndexError, ValueError):
    sys.exit("usage: judge-pick.py SEED N [CANDIDATES_FILE] (SEED and N whole numbers)")
if len(sys.argv) > 3:
    try:
        with open(sys.argv[3], encoding="utf-8") as f:
            pool = sorted({l.strip() for l in f if l.strip()})
    except OSError as e:
        sys.exit(f"judge-pick: {sys.argv[3]}: {e.strerror}")
else:
    pool = sorted(f"{d}/{f[:-4]}" for d in os.listdir(BBC) if os.path.isdir(os.path.join(BBC, d))
                  for f in os.listdir(os.path.join(BBC, d)) if f.endswith(".txt"))
judged = {l.strip() for l in open(os.path.join(here, "judged-articles.txt"))
          if l.strip() and not l.startswith("#")}
pool = [p for p in pool if p not in judged]
if len(pool) < n:
    sys.exit(f"judge-pick: {len(pool)} articles to draw from, {n} asked")
for p in random.Random(seed).sample(pool, n):
    print(p)
