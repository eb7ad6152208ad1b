"""assay_run.py: what the evaluation scripts share: documents through `assay run`.

run_docs(records, assay, pipeline, layers) writes the records (dicts with
at least "id" and "text") to a JSONL file, runs the pipeline on it with
only the named layers written, and returns the document records by id.
Error records are printed to stderr; a run that could not start ends the
script with assay's message.
"""
import json
import os
import subprocess
import sys
import tempfile


def run_docs(records, assay, pipeline, layers):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record) + "\n")
        name = f.name
    try:
        out = subprocess.run([assay, "run", pipeline, name, "--layers", layers, "--no-progress"],
                             capture_output=True, text=True)
    finally:
        os.unlink(name)
    if out.returncode not in (0, 1):  # 1: some documents failed, each has an error record
        sys.exit(out.stderr)
    system = {}
    for line in out.stdout.splitlines():
        r = json.loads(line)
        if r["type"] == "doc":
            system[r["id"]] = r
        elif r["type"] == "error":
            print(f"error: {r}", file=sys.stderr)
    return system
