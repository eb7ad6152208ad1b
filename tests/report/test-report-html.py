#!/usr/bin/env python3
"""test-report-html.py ASSAY: the HTML report in headless Chromium.

The page renders with no script or console error; every finding of the
fixture (counted here from its JSONL) is on the page with its message and
evidence; the hostile article injects nothing (no element, no script run,
before and after its document view is opened); the filters by kind,
severity and story work; evidence links open the document view at the
quoted words; the keyboard alone gets there and back; printing hides the
controls.  Skips (exit 77) when Chromium is not installed: scripts/test.sh
installs it (scripts/setup.sh --test).
"""
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cdp  # noqa: E402

assay = sys.argv[1]
if cdp.find_chromium() is None:
    print("1..0 # SKIP chromium is not installed (scripts/setup.sh --test installs it)")
    sys.exit(77)

results = []


def check(name, ok, detail=""):
    results.append(ok)
    print(("ok" if ok else "not ok") + f" {len(results)} - {name}" + ("" if ok else f": {detail}"))


def fixture_findings(path):
    found = []
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        if r["type"] == "finding":
            found.append(r)
        elif r["type"] == "doc":
            found.extend(r.get("findings", []))
    return found


def write_report(tmp, fixture):
    out = os.path.join(tmp, fixture.replace(".jsonl", ".html"))
    subprocess.run([assay, "report", os.path.join(HERE, fixture), "-o", out], check=True)
    return "file://" + out


INJECTED = """(() => {
  const bad = [];
  if (window.__pwned !== undefined) bad.push("script ran: __pwned=" + window.__pwned);
  const scripts = document.querySelectorAll("script").length;
  if (scripts !== 2) bad.push(scripts + " script elements");
  for (const tag of ["img", "svg", "iframe", "object", "embed", "form"])
    if (document.querySelector(tag)) bad.push("a " + tag + " element");
  for (const e of document.querySelectorAll("*"))
    for (const a of e.attributes)
      if (a.name.startsWith("on")) bad.push(e.tagName + " has " + a.name);
  for (const a of document.querySelectorAll("a[href]"))
    if (!a.getAttribute("href").startsWith("#")) bad.push("a link to " + a.getAttribute("href"));
  return bad;
})()"""

VISIBLE = """Array.from(document.querySelectorAll(".finding")).filter((f) => f.offsetParent !== null)
  .map((f) => [f.dataset.kind, f.dataset.severity, f.dataset.story])"""


def settle(b, expression, timeout=10.0):
    """Waits until @expression is true on the page, or @timeout seconds.
    The page draws after its load event and after each click or key; a
    fixed pause was too short on a loaded machine (CI runs this beside
    the sanitizer suite), and the check after it then saw the old page."""
    end = time.monotonic() + timeout
    while not b.eval(f"!!({expression})") and time.monotonic() < end:
        time.sleep(0.05)


def set_filter(b, select, value):
    b.eval(f"""(() => {{ const s = document.getElementById({json.dumps(select)});
      s.value = {json.dumps(value)}; s.dispatchEvent(new Event("change")); return s.value; }})()""")


def story_value(b, story_id):
    return b.eval(f"""Array.from(document.querySelectorAll("#f-story option"))
      .find((o) => o.textContent.startsWith({json.dumps(story_id + ":")}) || o.textContent.startsWith({json.dumps(story_id + " (")})).value""")


with tempfile.TemporaryDirectory() as tmp, cdp.Browser() as b:
    fixture = os.path.join(HERE, "stories.jsonl")
    b.open(write_report(tmp, "stories.jsonl"))
    settle(b, "document.querySelectorAll('.finding').length > 0")
    check("the page loads with no script or console error", not b.problems(), b.problems())

    # Every finding, with its message and each side's evidence.
    on_page = b.eval("""Array.from(document.querySelectorAll(".finding")).map((f) => ({
        kind: f.dataset.kind, severity: f.dataset.severity,
        message: f.querySelector(".message").textContent,
        evidence: Array.from(f.querySelectorAll(".evidence li")).map((li) => [li.dataset.doc, li.querySelector("blockquote").textContent])}))""")
    expected = fixture_findings(fixture)
    check("as many findings on the page as in the JSONL", len(on_page) == len(expected),
          f"{len(on_page)} vs {len(expected)}")
    for f in expected:
        ev = [[e["doc"], e["text"]] for e in f["evidence"]]
        match = [p for p in on_page if p["kind"] == f["kind"] and p["message"] == f["message"]
                 and p["severity"] == f["severity"] and p["evidence"] == ev]
        check(f"finding {f['kind']} in {ev[0][0]} is on the page with its evidence", len(match) == 1, on_page)

    check("the hostile article injects nothing in the overview", b.eval(INJECTED) == [], b.eval(INJECTED))
    title = b.eval("document.title")
    check("the page title is the report's", title.startswith("assay report: "), title)

    # Filters.
    set_filter(b, "f-kind", "number-conflict")
    shown = b.eval(VISIBLE)
    check("kind filter shows only that kind", len(shown) == 2 and all(k == "number-conflict" for k, _, _ in shown), shown)
    status = b.eval("document.getElementById('status').textContent")
    check("the status line counts what is shown", status == "Showing 2 of 6 findings.", status)
    check("a story without a matching finding is hidden",
          b.eval("(document.getElementById('story-1') || {offsetParent: null}).offsetParent === null"))
    set_filter(b, "f-severity", "high")
    shown = b.eval(VISIBLE)
    check("kind and severity together", [s[:2] for s in shown] == [["number-conflict", "high"]], shown)
    b.eval("document.getElementById('f-reset').click()")
    check("reset shows every finding", len(b.eval(VISIBLE)) == 6)
    set_filter(b, "f-severity", "low")
    shown = b.eval(VISIBLE)
    check("severity filter", [s[:2] for s in shown] == [["date-conflict", "low"]], shown)
    set_filter(b, "f-severity", "")
    set_filter(b, "f-story", story_value(b, "s1"))
    shown = b.eval(VISIBLE)
    check("story filter shows that story's findings only", len(shown) == 5 and len({s for _, _, s in shown}) == 1, shown)
    check("story filter hides the findings outside stories",
          b.eval("document.getElementById('outside').offsetParent === null"))
    set_filter(b, "f-story", story_value(b, "s2"))
    check("a story without findings shows when chosen",
          b.eval("document.getElementById('story-1').offsetParent !== null") and b.eval(VISIBLE) == [])
    set_filter(b, "f-story", "")
    check("stories without findings are hidden by default",
          b.eval("(document.getElementById('story-1') || {offsetParent: null}).offsetParent === null"))
    b.eval("(() => { const c = document.getElementById('f-quiet'); c.checked = true; c.dispatchEvent(new Event('change')); })()")
    check("and shown on request", b.eval("document.getElementById('story-1').offsetParent !== null"))

    # An evidence link opens the document view at the quoted words.
    hostile_ev = b.eval("""(() => { const li = Array.from(document.querySelectorAll(".evidence li"))
        .find((l) => l.dataset.doc.startsWith("hostile")); li.querySelector("a").click();
        return li.querySelector("blockquote").textContent; })()""")
    settle(b, "!document.getElementById('docview').hidden && document.querySelectorAll('#focus .seg').length > 0")
    check("the document view opens", b.eval("!document.getElementById('docview').hidden && document.getElementById('report').hidden"))
    focus = b.eval("Array.from(document.querySelectorAll('#focus .seg')).map((s) => s.textContent).join('')")
    check("the quoted words are marked in the text", focus == hostile_ev, f"{focus!r} vs {hostile_ev!r}")
    heading = b.eval("document.querySelector('#docview h2').textContent")
    check("the hostile title shows as text", heading == "Port hack</title><script>window.__pwned=2</script>", heading)
    text = b.eval("document.getElementById('doctext').textContent")
    check("the hostile text shows as text", "<script>window.__pwned=5</script>" in text and "{{&data}}" in text)
    check("labels are drawn in the text", b.eval("document.querySelectorAll('#doctext .tag').length") > 3)
    check("the hostile article injects nothing in its document view", b.eval(INJECTED) == [], b.eval(INJECTED))

    # The keyboard: Escape goes back; Enter on a focused link opens a document.
    b.key("Escape", key_code=27)
    settle(b, "!document.getElementById('report').hidden")
    check("Escape returns to the report", b.eval("!document.getElementById('report').hidden"))
    b.eval("document.querySelector('.evidence a').focus()")
    b.key("Enter", key_code=13, text="\r")
    settle(b, "!document.getElementById('docview').hidden && document.activeElement.id === 'docview'")
    check("Enter on a focused evidence link opens the document",
          b.eval("!document.getElementById('docview').hidden"))
    check("the view takes the focus", b.eval("document.activeElement.id") == "docview")
    b.key("Escape", key_code=27)
    settle(b, "!document.getElementById('report').hidden")
    b.open(b.eval("location.href.split('#')[0]"))
    settle(b, "document.querySelector('.skip') && document.querySelector('#doc-index tbody a')")
    b.key("Tab", key_code=9)
    check("Tab reaches the skip link first", b.eval("document.activeElement.className") == "skip",
          b.eval("document.activeElement.outerHTML"))

    # The document index and printing.
    rows = b.eval("document.querySelectorAll('#doc-index tbody tr').length")
    check("the document index lists every document", rows == 6, rows)
    b.eval("document.querySelector('#doc-index tbody a').click()")
    settle(b, "!document.getElementById('docview').hidden")
    b.key("Escape", key_code=27)
    settle(b, "location.hash === '#documents' && !document.getElementById('report').hidden")
    check("Escape from a document opened in the index returns to the index",
          b.eval("location.hash") == "#documents" and not b.eval("document.getElementById('report').hidden"))
    b.call("Emulation.setEmulatedMedia", session=True, media="print")
    check("printing hides the filters", b.eval("getComputedStyle(document.getElementById('filters')).display") == "none")
    check("printing keeps the findings", len(b.eval(VISIBLE)) == 6)
    b.call("Emulation.setEmulatedMedia", session=True, media="")
    check("no script or console error after all that", not b.problems(), b.problems())

    # Outputs without stories, and without findings.
    for name, needle in (("no-stories.jsonl", "No stories:"), ("quiet.jsonl", "No findings:")):
        b.events = []
        b.open(write_report(tmp, name))
        settle(b, f"document.body.innerText.includes({json.dumps(needle)})")
        body = b.eval("document.body.innerText")
        check(f"{name}: loads cleanly and says so", not b.problems() and needle in body, b.problems())
        n = len(fixture_findings(os.path.join(HERE, name)))
        check(f"{name}: every finding shown", len(b.eval(VISIBLE)) == n)

    # What cleanup removed, listed apart in the document view.
    b.open(write_report(tmp, "no-stories.jsonl") + "#doc=gdansk-port-web")
    settle(b, "document.querySelectorAll('.removed > li > b').length > 0")
    removed = b.eval("Array.from(document.querySelectorAll('.removed > li > b')).map((x) => x.textContent)")
    check("what cleanup removed is listed apart", removed == ["navigation", "advertisement", "read-more"], removed)
    check("and says how to see its text", "--with-original" in b.eval("document.getElementById('docview').textContent"))

print(f"1..{len(results)}")
sys.exit(0 if all(results) else 1)
