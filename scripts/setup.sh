#!/bin/sh
# setup.sh: install what assay needs on Debian 12 (only what is missing),
# then configure and build in ./build.  Safe to run again.
#   --test  also what the tests need beyond the build: Python for the
#           scripted tests, headless Chromium (and a font) for the HTML report's
set -eu
cd "$(dirname "$0")/.."

packages="build-essential meson ninja-build pkg-config libglib2.0-dev libjson-glib-dev libpcre2-dev libutf8proc-dev libcld2-dev libgumbo-dev libarchive-dev"
# For the tests only: valgrind to count the instructions of the linear-time
# tests, the report's page in a browser, and the fuzz targets (clang 19
# with its libFuzzer runtime, llvm-19 for its symbolizer, yajl to check the
# records they write).
test_packages="python3 valgrind chromium fonts-dejavu-core clang-19 libclang-rt-19-dev llvm-19 libyajl-dev"
if [ "${1:-}" = "--test" ]; then
  packages="$packages $test_packages"
fi
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  echo "setup: installing$missing"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends $missing
fi

[ -f build/build.ninja ] || meson setup build
ninja -C build
