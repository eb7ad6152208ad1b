#!/bin/sh
# demo.sh: set up, build, and run the main pipeline over the example articles.
set -eu
cd "$(dirname "$0")/.."
./scripts/setup.sh >&2
exec ./build/tools/assay run pipelines/news-crosscheck.pipeline examples/
