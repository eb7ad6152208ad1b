#!/usr/bin/env python3
"""make-fixtures.py: how the fixtures of tests/report were made.

Not run by the tests: the fixtures are committed, so a change in what the
stages find does not silently change what the report tests check.  Run
from the project root after building, then review the diff:

    build/tools/assay run pipelines/news-crosscheck.pipeline examples/articles > /tmp/plain.jsonl
    build/tools/assay run pipelines/news-crosscheck.pipeline examples/articles \
        tests/report/hostile-input.jsonl > /tmp/hostile.jsonl
    python3 tests/report/make-fixtures.py /tmp/plain.jsonl /tmp/hostile.jsonl

no-stories.jsonl is the plain output as assay wrote it before stories
(issue 23).  stories.jsonl adds, by hand, what the story contract in
DESIGN.md says: meta.story on documents, story records, findings naming
their story, one story without findings, one finding outside stories (an
older output's kind of record), and an error record.  quiet.jsonl has no
findings at all.  The hand-added findings quote real spans of the texts.
"""
import json
import sys

HERE = "tests/report/"


def load(path):
    return [json.loads(line) for line in open(path, encoding="utf-8")]


def dump(path, records):
    with open(path, "w", encoding="utf-8") as out:
        for r in records:
            out.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")


def span(doc, words):
    """Evidence for the sentence of @doc that holds @words, in byte offsets."""
    text = doc["text"].encode("utf-8")
    for s in doc["annotations"]:
        # A sentence carries offsets only (assay run's default): its text is the span.
        if s["layer"] == "sentence" and words in text[s["start"]:s["end"]].decode("utf-8"):
            return {"doc": doc["id"], "start": s["start"], "end": s["end"],
                    "text": text[s["start"]:s["end"]].decode("utf-8")}
    raise SystemExit(f"no sentence with {words!r} in {doc['id']}")


plain, hostile = load(sys.argv[1]), load(sys.argv[2])
dump(HERE + "no-stories.jsonl", plain)

docs = {r["id"]: r for r in hostile if r["type"] == "doc"}
bad = next(i for i in docs if i.startswith("hostile"))
story_of = {"gdansk-port-web": "s1", "gdansk-port-wire": "s1", "gdansk-port-translated": "s1",
            bad: "s1", "tennis-final": "s2"}
out = []
for r in hostile:
    if r["type"] != "doc":
        continue
    if r["id"] in story_of:
        r["meta"]["story"] = story_of[r["id"]]
    out.append(r)
out.append({"type": "error", "id": "wire-feed-7", "stage": "dates", "input": "feeds/wire.jsonl:7",
            "message": "stage dates failed on document wire-feed-7: the reference date '2024-13-01' is not a date"})
out.append({"type": "story", "id": "s1",
            "docs": ["gdansk-port-web", "gdansk-port-wire", "gdansk-port-translated", bad],
            "from": "2024-03-04", "to": "2024-03-05",
            "ties": [{"type": "name", "value": "Port of Gdańsk", "label": "LOC"},
                     {"type": "name", "value": "APT28", "label": "THREAT_ACTOR"},
                     {"type": "date", "value": "2024-03-04"}],
            "title": "Cyberattack on the Port of Gdańsk"})
for r in hostile:
    if r["type"] == "finding":
        r["story"] = "s1"
        out.append(r)
out.append({"type": "finding", "kind": "number-conflict", "severity": "high", "story": "s1",
            "message": f"How many (container stranded): about 900 in {bad} but about 1500 in "
                       "gdansk-port-web </p><script>window.__pwned=10</script>",
            "evidence": [span(docs[bad], "900 containers"),
                         span(docs["gdansk-port-web"], "1,500 containers")]})
out.append({"type": "story", "id": "s2", "docs": ["tennis-final"]})
out.append({"type": "finding", "kind": "date-conflict", "severity": "low",
            "message": "When the attack started: since 2017 in gdansk-port-analysis but in "
                       "October 2023 in gdansk-port-web.",
            "evidence": [span(docs["gdansk-port-analysis"], "2017"),
                         span(docs["gdansk-port-web"], "began in October")]})
dump(HERE + "stories.jsonl", out)

quiet = [dict(docs["tennis-final"], findings=[])]
quiet[0]["meta"] = dict(quiet[0]["meta"], story="s1")
quiet.append({"type": "error", "id": "empty-3", "stage": "cleanup", "input": "feeds/sport.jsonl:3",
              "message": "stage cleanup failed on document empty-3: the text is empty after cleanup"})
quiet.append({"type": "story", "id": "s1", "docs": ["tennis-final"], "from": "2024-02-17",
              "to": "2024-02-17", "ties": [], "title": "Swiatek wins in Doha"})
dump(HERE + "quiet.jsonl", quiet)
