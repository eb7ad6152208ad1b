#!/bin/sh
# fuzz.sh [SECONDS [TARGET...]]: build the libFuzzer targets of fuzz/ in
# build-fuzz (clang 19, ASan+UBSan, coverage in the core and every plugin) and
# run each for SECONDS (default 20), starting from seeds made of the tree's
# examples, tests, pipelines and data files (fuzz/seeds.py) plus what earlier
# runs found (build-fuzz/fuzz-corpus/TARGET).  Prints the runs of each
# target; a crash, a leak, an input over 20 s or over 2.5 GB fails, with the
# input kept in build-fuzz/fuzz-crashes/ (reproduce: build-fuzz/fuzz/fuzz-TARGET FILE).
# FUZZ_RUNS=N stops a target after N executions if that comes first (the
# long runs before resolving an issue: FUZZ_RUNS=10000000 ./scripts/fuzz.sh 3600).
# FUZZ_TIMEOUT=S raises the 20 s an input may take: the limit is wall time,
# so a long run under `nice` on a loaded machine needs more.
set -u
cd "$(dirname "$0")/.."
seconds=${1:-20}
[ $# -gt 0 ] && shift
targets="$*"
[ -n "$targets" ] || targets="reader html archive pipeline data stage-template stage-cleanup stage-entities stage-dates stage-inconsistencies"

# clang 19, not Debian 12's default 14: libFuzzer 14 searches a list of
# rare features for every feature of every run, which was 70% of a stage
# target's time (fuzz/README.md).  A build-fuzz made with another clang
# is kept: remove it to change.
if [ ! -f build-fuzz/build.ninja ]; then
  CC=clang-19 CXX=clang++-19 meson setup build-fuzz -Dfuzzing=true \
    -Db_sanitize=address,undefined -Db_lundef=false >/dev/null || exit 1
fi
ninja -C build-fuzz fuzz >/dev/null || { echo "fuzz: build failed (ninja -C build-fuzz fuzz)"; exit 1; }
python3 fuzz/seeds.py build-fuzz/fuzz-seeds || exit 1
mkdir -p build-fuzz/fuzz-crashes

# The runtime's own symbolizer: clang 14's, first on the PATH, fails with
# clang 19's runtime, and a crash's stack would have no names.
[ -x /usr/lib/llvm-19/bin/llvm-symbolizer ] \
  && export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-19/bin/llvm-symbolizer

status=0
for t in $targets; do
  corpus=build-fuzz/fuzz-corpus/$t
  log=build-fuzz/fuzz-$t.log
  mkdir -p "$corpus"
  start=$(date +%s)
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  build-fuzz/fuzz/fuzz-"$t" "$corpus" build-fuzz/fuzz-seeds/"$t" \
    -max_total_time="$seconds" ${FUZZ_RUNS:+-runs="$FUZZ_RUNS"} -max_len=65536 -timeout="${FUZZ_TIMEOUT:-20}" -rss_limit_mb=2560 \
    -artifact_prefix=build-fuzz/fuzz-crashes/"$t"- -print_final_stats=1 >"$log" 2>&1
  rc=$?
  took=$(($(date +%s) - start))
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log")
  if [ $rc -ne 0 ]; then
    unit=$(sed -n 's/.*Test unit written to //p' "$log" | tail -n 1)
    if grep -q '^==[0-9]*== ERROR: libFuzzer: timeout' "$log" && [ -f "$unit" ] \
       && timeout "${FUZZ_TIMEOUT:-20}" build-fuzz/fuzz/fuzz-"$t" "$unit" >"$log.again" 2>&1; then
      # A wall-time limit passed on a machine that starved the target
      # (fuzz/README.md): the input alone, run again, finished within it.
      echo "fuzz: $t: ${runs:-?} runs, then a timeout that the input alone does not repeat ($unit, $(wc -c <"$unit") bytes): not counted"
      continue
    fi
    status=1
    echo "fuzz: $t FAILED after ${runs:-?} runs (kept: ${unit:-none}); the log's report:"
    # CI keeps only what is printed: the reason, the stack, and the input.
    grep -E '^(==[0-9]+==|SUMMARY|ALARM|    #[0-9]+ |[A-Za-z/._-]+:[0-9]+:[0-9]+: runtime error)' "$log" | head -n 40 | sed 's/^/fuzz:   /'
    if [ -f "$unit" ] && [ "$(wc -c <"$unit")" -le 8192 ]; then
      echo "fuzz:   the input, base64 (base64 -d > FILE; build-fuzz/fuzz/fuzz-$t FILE):"
      base64 -w 76 "$unit" | sed 's/^/fuzz:   /'
    fi
  else
    echo "fuzz: $t: ${runs:-?} runs in ${took} s (${rate:-?} a second), peak RSS ${rss:-?} MB, no crash"
  fi
done
exit $status
