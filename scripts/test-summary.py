#!/usr/bin/env python3
"""Count test cases from meson's test logs, one line per build folder and a
total: "N passed, N failed, N skipped".

A TAP test (every g_test program) counts each "ok"/"not ok" line, a
"# SKIP" or "# TODO" one as skipped; a test program that crashed counts at
least one failure even if it printed none.
Any other test counts once, by its result.

--also NAME=RESULT (repeatable; RESULT passed, failed or skipped) counts
one more test run outside meson (the fuzz targets, the Slurm cluster's
test), so that a failure there is in the counts and not only in the exit
status.
"""
import json
import re
import sys

TAP = re.compile(r"^(not ok|ok)\b(.*)$")


def count(build):
    passed = failed = skipped = 0
    with open(f"{build}/meson-logs/testlog.json", encoding="utf-8") as log:
        for line in log:
            test = json.loads(line)
            result = test["result"]
            ok = nok = skip = 0
            for out in test.get("stdout", "").splitlines():
                m = TAP.match(out)
                if not m:
                    continue
                # SKIP: not run here; TODO: a known gap the test declares.
                if "# SKIP" in m.group(2) or "# TODO" in m.group(2):
                    skip += 1
                elif m.group(1) == "ok":
                    ok += 1
                else:
                    nok += 1
            if ok + nok + skip == 0:
                if result == "SKIP":
                    skip = 1
                elif result in ("OK", "EXPECTEDFAIL"):
                    ok = 1
                else:
                    nok = 1
            elif result not in ("OK", "SKIP", "EXPECTEDFAIL") and nok == 0:
                nok = 1
            passed, failed, skipped = passed + ok, failed + nok, skipped + skip
    return passed, failed, skipped


totals = [0, 0, 0]
args = sys.argv[1:]
while args:
    arg = args.pop(0)
    if arg == "--also":
        spec = args.pop(0) if args else ""
        name, _, result = spec.partition("=")
        if not name or result not in ("passed", "failed", "skipped"):
            sys.exit(f"test-summary: --also wants NAME=passed|failed|skipped, not '{spec}'")
        slot = ("passed", "failed", "skipped").index(result)
        totals[slot] += 1
        print(f"{name}: {result}")
        continue
    p, f, s = count(arg)
    print(f"{arg}: {p} passed, {f} failed, {s} skipped")
    totals = [totals[0] + p, totals[1] + f, totals[2] + s]
print(f"{totals[0]} passed, {totals[1]} failed, {totals[2]} skipped")
sys.exit(1 if totals[1] else 0)
