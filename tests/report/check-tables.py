#!/usr/bin/env python3
"""check-tables.py ASSAY: the findings tables as a spreadsheet reads them.

Parses `assay report --format csv` and `--format tsv` with Python's csv
module and checks one row per finding (counted here from the JSONL itself:
every finding record and every finding inside a document record), six
columns each, the header first, and the kind and message of each finding.
"""
import csv
import io
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
assay = sys.argv[1]
failures = 0


def expected_findings(path):
    found = []
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        if r["type"] == "finding":
            found.append(r)
        elif r["type"] == "doc":
            found.extend(r.get("findings", []))
    return found


for fixture in ("stories.jsonl", "no-stories.jsonl", "quiet.jsonl"):
    path = os.path.join(HERE, fixture)
    findings = expected_findings(path)
    for fmt, dialect in (("csv", csv.excel), ("tsv", csv.excel_tab)):
        out = subprocess.run([assay, "report", path, "--format", fmt], check=True,
                             capture_output=True).stdout.decode("utf-8")
        rows = list(csv.reader(io.StringIO(out, newline=""), dialect=dialect))
        problems = []
        if rows[0] != ["kind", "severity", "story", "documents", "message", "evidence"]:
            problems.append(f"header {rows[0]}")
        if len(rows) != len(findings) + 1:
            problems.append(f"{len(rows) - 1} rows for {len(findings)} findings")
        if any(len(r) != 6 for r in rows):
            problems.append("a row without six columns")
        kinds = sorted(r[0] for r in rows[1:])
        if kinds != sorted(f["kind"] for f in findings):
            problems.append(f"kinds {kinds}")
        messages = sorted(r[4].lstrip("'") for r in rows[1:])
        if messages != sorted(f["message"] for f in findings):
            problems.append("messages differ from the JSONL")
        status = "ok" if not problems else "not ok"
        print(f"{status} - {fixture} as {fmt}: {len(rows) - 1} rows" + ("" if not problems else ": " + "; ".join(problems)))
        failures += bool(problems)

sys.exit(1 if failures else 0)
