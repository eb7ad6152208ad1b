#!/bin/sh
# demo.sh: set up, build, run the main pipeline over the example articles,
# and show what it found: the summary on the terminal, and the whole report
# as one HTML page to open in a browser.
set -eu
cd "$(dirname "$0")/.."

# The build's own output goes to a log, shown only when something fails.
log=$(mktemp "${TMPDIR:-/tmp}/assay-setup.XXXXXX")
echo "Setting up and building assay (log: $log)..." >&2
if ! ./scripts/setup.sh >"$log" 2>&1; then
  cat "$log" >&2
  exit 1
fi
rm -f "$log"

mkdir -p build/demo
results=build/demo/results.jsonl
report=build/demo/report.html
# Status 1 means some inputs failed: their error records are in the results,
# and the report lists them, so the demo goes on.
status=0
./build/tools/assay run pipelines/news-crosscheck.pipeline examples/articles/ -o "$results" --no-progress \
  || status=$?
[ "$status" -le 1 ] || exit "$status"
./build/tools/assay report "$results" -o "$report"
echo
./build/tools/assay report "$results"
echo
echo "The results as JSONL: $results"
echo "The whole report, each finding beside every document's text: $report"
echo "  open it in a browser: file://$(pwd)/$report"
