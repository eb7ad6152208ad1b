#!/bin/sh
# check-exports.sh LIBASSAY HEADER_DIR PLUGIN...
#
# The plugin ABI is what libassay exports under ASSAY_1.0, ASSAY_1.1 and
# the later minor nodes: it must be
# exactly the functions the installed headers declare, no more (an internal
# leaked into the ABI) and no fewer (a declared function a plugin cannot
# link).  A plugin must export only its entry point.
set -eu
lib=$1; headers=$2; shift 2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

grep -ho 'ASSAY_API [^(]*(' "$headers"/*.h "$headers"/*.h.in \
  | sed -E 's/.*[ *]([a-z_0-9]+) \($/\1/' | grep -v '^__attribute__$' | sort -u > "$tmp/declared"
nm -D --defined-only --with-symbol-versions "$lib" \
  | awk '$3 ~ /@@ASSAY_1\.[0-9]+$/ { sub(/@@.*/, "", $3); print $3 }' | sort -u > "$tmp/exported"
if ! diff -u "$tmp/declared" "$tmp/exported"; then
  echo "FAIL: ASSAY_1.x exports differ from the public headers (- declared, + exported)"
  exit 1
fi
echo "ok: $(wc -l < "$tmp/exported") ASSAY_1.x symbols match the public headers"

for plugin in "$@"; do
  extra=$(nm -D --defined-only "$plugin" | awk '$2 ~ /[TDBRVW]/ { print $3 }' | grep -v '^assay_plugin_stages_v1$' || true)
  if [ -n "$extra" ]; then
    echo "FAIL: $plugin exports more than assay_plugin_stages_v1:"; echo "$extra"
    exit 1
  fi
  echo "ok: $(basename "$plugin") exports only assay_plugin_stages_v1"
done
