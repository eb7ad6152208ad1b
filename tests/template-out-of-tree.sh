#!/bin/sh
# template-out-of-tree.sh ASSAY BUILD_ROOT TEMPLATE_SOURCE
#
# Builds the template stage the way an engineer outside this tree would:
# one compiler call with the flags pkg-config gives for assay-1 (here the
# uninstalled .pc of the build tree), then loads and runs it.
set -eu
assay=$1; build_root=$2; source=$3
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/plugins/my-stage"

export PKG_CONFIG_PATH="$build_root/meson-uninstalled"
cc -std=c17 -Wall -Wextra -Werror -fPIC -shared -fvisibility=hidden \
   -o "$tmp/plugins/my-stage/my-stage.so" "$source" \
   $(pkg-config --cflags --libs assay-1)
echo "ok: built against $(pkg-config --modversion assay-1) with pkg-config"

export LD_LIBRARY_PATH="$build_root/core${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
"$assay" inspect template --plugin-path "$tmp/plugins" > "$tmp/inspect.txt"
grep -q "File             $tmp/plugins/my-stage/my-stage.so" "$tmp/inspect.txt" \
  || { echo "FAIL: inspect did not find the out-of-tree build"; cat "$tmp/inspect.txt"; exit 1; }
echo "ok: assay inspect loads the out-of-tree build first on the plugin path"

printf '[pipeline]\nstages=template\n[template]\nmin-length=2\n' > "$tmp/p.pipeline"
printf '{"id":"x","text":"The EU and NATO met."}\n' \
  | "$assay" run "$tmp/p.pipeline" - --plugin-path "$tmp/plugins" > "$tmp/out.jsonl"
grep -q '"text":"EU","label":"CAPS"' "$tmp/out.jsonl" \
  || { echo "FAIL: the out-of-tree stage did not run"; cat "$tmp/out.jsonl"; exit 1; }
echo "ok: the out-of-tree stage runs in a pipeline"
