#!/bin/sh
# test.sh: set up, build, and run the whole test suite twice: as built, and
# again under AddressSanitizer and UndefinedBehaviorSanitizer, the runner's
# tests under ThreadSanitizer, then each libFuzzer target for 15 seconds, and
# assay-slurm on a real Slurm cluster (scripts/test-slurm.sh).  Ends with
# "N passed, N failed, N skipped", counted from the runner's own results.
set -u
cd "$(dirname "$0")/.."
./scripts/setup.sh --test || exit 1

status=0
meson test -C build --print-errorlogs || status=1
[ -f build-sanitize/build.ninja ] \
  || meson setup build-sanitize -Db_sanitize=address,undefined -Db_lundef=false || exit 1
ninja -C build-sanitize || exit 1
meson test -C build-sanitize --print-errorlogs || status=1

# The runner's threads under ThreadSanitizer (its tests use the fixture
# stages; GLib's own locks are futexes it cannot see, so the runner hands
# work over with pthreads).
[ -f build-tsan/build.ninja ] \
  || meson setup build-tsan -Db_sanitize=thread -Db_lundef=false >/dev/null || exit 1
ninja -C build-tsan || exit 1
# G_SLICE: GSlice hands blocks between threads through caches TSan cannot
# see (it took a block reused by another worker for a race).
# Counted in the summary (build-tsan's log): a race found here once failed
# only the exit status, under "0 failed".
G_SLICE=always-malloc meson test -C build-tsan --no-rebuild --print-errorlogs runner || status=1

# Each fuzz target briefly (fuzz/README.md): about 3 minutes and a build.
# Counted in the summary as one test: a failure only in the exit status
# went unseen in the counts ("0 failed" while a target could not start).
fuzz=passed
./scripts/fuzz.sh 15 || { status=1; fuzz=failed; }

# assay-slurm on a real Slurm cluster of three nodes on this machine, with a
# node and a task killed mid-map (docs/cluster.md): about 4 minutes; 77 is
# its "skipped" (not root, or no corpus).
./scripts/test-slurm.sh build
case $? in 0) slurm=passed ;; 77) slurm=skipped ;; *) status=1; slurm=failed ;; esac

python3 scripts/test-summary.py build build-sanitize build-tsan --also fuzz=$fuzz --also slurm=$slurm || status=1
exit $status
