#!/bin/sh
# test-slurm.sh: assay-slurm on a real Slurm cluster, started on this machine.
#
# Installs slurmctld, slurmd, slurm-client and munge (and python3 and procps,
# which assay-slurm and this script use) when they are missing,
# then, in a temporary folder holding every spool, log and the config:
# munged, one slurmctld and three slurmd (node1..3, each its own port and
# spool; proctrack/pgid and task/none, which need no cgroup setup; the
# addresses given as 127.0.0.1, since a minimal Debian cannot resolve its
# own host name), every daemon in the foreground (-D / -F) in the
# background, so its pid is known.  Then:
#   1. the BBC archive repeated (new ids) to ARTICLES articles (30,000), cut
#      into SHARDS JSONL shards (30), and one `assay run` over them as the
#      reference;
#   2. `assay-slurm --wait` over the shards: results.jsonl must be the
#      reference's bytes; then the reduce alone again as an array of 3
#      parts (--reduce-parts 3), joined: the same bytes;
#   3. the same again while killing, mid-map, one running `assay map` (its
#      task retries it) and node3's slurmd (its tasks are lost or requeued;
#      the reduce names what is missing and assay-slurm submits it again):
#      the same bytes again, and the retry in the shard's log.
# Every daemon is stopped by its pid at the end, whatever happens.  Needs
# root (SlurmUser=root) and ../shared/corpus/bbc-news; exits 77 (skipped)
# without them.
#
#   scripts/test-slurm.sh [BUILD_DIR]     ARTICLES=30000 SHARDS=30 KEEP=1
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
build=$(cd "${1:-build}" && pwd)
articles=${ARTICLES:-30000}
shards=${SHARDS:-30}
assay="$build/tools/assay"
assay_slurm="$build/tools/assay-slurm"
bbc="$root/../shared/corpus/bbc-news"

say() { echo "test-slurm: $*"; }
now() { date +%s; }

if [ "$(id -u)" -ne 0 ]; then
  say "skipped: the test cluster runs its daemons as root (SlurmUser=root)"
  exit 77
fi
if [ ! -d "$bbc" ]; then
  say "skipped: $bbc is absent"
  exit 77
fi
[ -x "$assay" ] && [ -x "$assay_slurm" ] || { say "no $assay or $assay_slurm: build first"; exit 1; }

missing=""
for p in slurmctld slurmd slurm-client munge python3 procps; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  say "installing$missing"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
fi

t=$(mktemp -d /tmp/assay-slurm-XXXXXX)
pids=""
stop_all() {
  status=$?
  # Jobs first (their steps run under slurmstepd), then the daemons, by pid.
  if [ -n "$pids" ]; then
    SLURM_CONF="$t/slurm.conf" timeout 15 scancel --quiet --partition=assay 2>/dev/null || true
  fi
  for pid in $pids; do kill "$pid" 2>/dev/null || true; done
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    alive=""
    for pid in $pids; do kill -0 "$pid" 2>/dev/null && alive="$alive $pid"; done
    [ -z "$alive" ] && break
    sleep 1
  done
  # A slurmd retrying to register does not stop on SIGTERM.
  for pid in $alive; do kill -9 "$pid" 2>/dev/null || true; done
  for pid in $alive; do
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  done
  if [ "${KEEP:-0}" = 1 ] || [ "$status" -ne 0 ]; then
    say "kept $t (logs: $t/*.log, runs: $t/out*)"
  else
    rm -rf "$t"
  fi
  exit "$status"
}
trap stop_all EXIT
trap 'exit 130' INT TERM

# ---- the cluster ----------------------------------------------------------
mkdir -p "$t/ctld" "$t/spool" "$t/munge"
chmod 700 "$t/munge"
dd if=/dev/urandom of="$t/munge/munge.key" bs=1024 count=1 2>/dev/null
chmod 400 "$t/munge/munge.key"
munged -F --force --key-file="$t/munge/munge.key" --socket="$t/munge/munge.socket" \
  --pid-file="$t/munge/munged.pid" --log-file="$t/munged.log" --seed-file="$t/munge/munge.seed" \
  >> "$t/munged.out" 2>&1 &
pids="$pids $!"

base=$((20000 + $$ % 20000))
cat > "$t/slurm.conf" <<EOF
ClusterName=assaytest
SlurmctldHost=$(hostname -s)(127.0.0.1)
SlurmctldPort=$base
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$t/munge/munge.socket
StateSaveLocation=$t/ctld
SlurmdSpoolDir=$t/spool/%n
SlurmctldPidFile=$t/slurmctld.pid
SlurmdPidFile=$t/slurmd-%n.pid
SlurmctldLogFile=$t/slurmctld.log
SlurmdLogFile=$t/slurmd-%n.log
ProctrackType=proctrack/pgid
TaskPlugin=task/none
MpiDefault=none
SwitchType=switch/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
SlurmdTimeout=15
SlurmctldTimeout=30
MessageTimeout=10
KillWait=5
MinJobAge=600
JobRequeue=1
NodeName=node1 NodeAddr=127.0.0.1 Port=$((base + 1)) CPUs=1 State=UNKNOWN
NodeName=node2 NodeAddr=127.0.0.1 Port=$((base + 2)) CPUs=1 State=UNKNOWN
NodeName=node3 NodeAddr=127.0.0.1 Port=$((base + 3)) CPUs=1 State=UNKNOWN
PartitionName=assay Nodes=node1,node2,node3 Default=YES MaxTime=INFINITE State=UP
EOF
export SLURM_CONF="$t/slurm.conf"
for _ in 1 2 3 4 5 6 7 8 9 10; do [ -S "$t/munge/munge.socket" ] && break; sleep 1; done
slurmctld -D -c -f "$SLURM_CONF" >> "$t/slurmctld.out" 2>&1 &
slurmctld=$!
pids="$pids $slurmctld"
slurmd_node3=""
for n in 1 2 3; do
  slurmd -D -N "node$n" -f "$SLURM_CONF" >> "$t/slurmd-node$n.out" 2>&1 &
  pids="$pids $!"
  [ "$n" = 3 ] && slurmd_node3=$!
done
ready=0
for _ in $(seq 1 60); do
  kill -0 "$slurmctld" 2>/dev/null || break
  idle=$(timeout 5 sinfo -h -N -o '%N %t' 2>/dev/null | grep -c ' idle' || true)
  [ "$idle" -eq 3 ] && { ready=1; break; }
  sleep 1
done
[ "$ready" = 1 ] || { say "the cluster did not come up:"; sinfo -N 2>&1 || true; tail -n 20 "$t"/*.log; exit 1; }
say "cluster up: slurmctld and node1..3 on 127.0.0.1:$base-$((base + 3)) (pids$pids)"

# ---- the input and the reference -----------------------------------------
python3 - "$bbc" "$t/input" "$articles" "$shards" <<'EOF'
import json, os, sys
bbc, out, articles, shards = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
docs = []
for section in sorted(os.listdir(bbc)):
    folder = os.path.join(bbc, section)
    if os.path.isdir(folder):
        for name in sorted(os.listdir(folder)):
            if name.endswith(".txt"):
                with open(os.path.join(folder, name), encoding="latin-1") as f:
                    docs.append((f"{section}/{name[:-4]}", f.read()))
os.makedirs(out)
lines = []
copy = 0
while len(lines) < articles:
    for ident, text in docs:
        if len(lines) == articles:
            break
        lines.append(json.dumps({"id": f"{ident}#{copy}", "text": text}) + "\n")
    copy += 1
for s in range(shards):
    with open(os.path.join(out, f"shard-{s:03d}.jsonl"), "w", encoding="utf-8") as f:
        f.writelines(lines[s * len(lines) // shards:(s + 1) * len(lines) // shards])
EOF
set -- "$t"/input/shard-*.jsonl
say "$articles articles in $# shards ($(du -sh "$t/input" | cut -f1))"
started=$(now)
"$assay" run news-crosscheck --no-progress -j 2 -o "$t/run.jsonl" "$@" || [ $? -eq 1 ]
say "one assay run: $(($(now) - started)) s, $(grep -c '"type":"finding"' "$t/run.jsonl") findings, $(grep -c '"type":"story"' "$t/run.jsonl") stories"

# ---- 1. a clean run --------------------------------------------------------
started=$(now)
"$assay_slurm" --wait --partition assay news-crosscheck "$t/out1" "$@"
say "assay-slurm --wait: $(($(now) - started)) s"
cmp "$t/run.jsonl" "$t/out1/results.jsonl"
say "ok: results.jsonl is byte-identical to one assay run"

# ---- 1b. the reduce again, as an array of 3 parts -------------------------------
rm "$t/out1/results.jsonl"
started=$(now)
"$assay_slurm" --wait --partition assay --reduce-parts 3 news-crosscheck "$t/out1" "$@"
say "assay-slurm --wait --reduce-parts 3, every shard mapped already: $(($(now) - started)) s"
cmp "$t/run.jsonl" "$t/out1/results.jsonl"
say "ok: the 3 reduce parts, joined, are byte-identical to one assay run"

# ---- 2. a task and a node killed mid-map ------------------------------------
started=$(now)
"$assay_slurm" --wait --partition assay news-crosscheck "$t/out2" "$@" > "$t/out2.log" 2>&1 &
tool=$!
# A running map of this run: found by its output folder, which only the
# processes of this test name.
map_pid=""
for _ in $(seq 1 120); do
  map_pid=$(ps -e -o pid=,args= | grep "[a]ssay map .*$t/out2/shards/" | head -n 1 | awk '{print $1}')
  [ -n "$map_pid" ] && break
  sleep 0.5
done
[ -n "$map_pid" ] || { say "no map of the second run started"; cat "$t/out2.log"; exit 1; }
kill -9 "$map_pid"
say "killed a running assay map (pid $map_pid)"
sleep 2
kill -9 "$slurmd_node3"
say "killed node3's slurmd (pid $slurmd_node3) mid-map"
wait "$tool"
cat "$t/out2.log"
say "assay-slurm --wait with a task and a node killed: $(($(now) - started)) s"
cmp "$t/run.jsonl" "$t/out2/results.jsonl"
say "ok: results.jsonl is byte-identical to one assay run"
grep -l "died (killed by signal 9)" "$t"/out2/logs/map-*.log > /dev/null
say "ok: the killed map was retried inside its task ($(grep -l "died (killed by signal 9)" "$t"/out2/logs/map-*.log | xargs -n1 basename))"
sinfo -N -o '%N %t' 2>/dev/null | sed 's/^/test-slurm: node state: /' || true
say "passed"
