#!/usr/bin/env python3
"""make-screenshots.py: the screenshots of the HTML report in docs/.

Run from the project root after ./scripts/demo.sh (which writes
build/demo/report.html from the example articles):

    python3 docs/make-screenshots.py

Writes docs/report-overview.png (the page as it opens, whole) and
docs/report-document.png (the document view reached from the first
finding's evidence), taken in headless Chromium at 1280 pixels wide.
"""
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "report"))
import cdp  # noqa: E402

page = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build/demo/report.html")
docs = os.path.dirname(os.path.abspath(__file__))
with cdp.Browser(width=1280, height=900) as b:
    b.open("file://" + page)
    time.sleep(0.5)
    b.screenshot(os.path.join(docs, "report-overview.png"), full_page=True)
    b.eval("document.querySelector('.evidence a').click()")
    time.sleep(0.5)
    b.eval("window.scrollTo(0, 0)")
    b.screenshot(os.path.join(docs, "report-document.png"), full_page=True)
    if b.problems():
        raise SystemExit(f"the page reported problems: {b.problems()}")
print("wrote docs/report-overview.png and docs/report-document.png")
