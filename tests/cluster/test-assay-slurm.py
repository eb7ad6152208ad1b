#!/usr/bin/env python3
"""test-assay-slurm.py ASSAY ASSAY_SLURM FAKE_SBATCH SOURCE_DIR

assay-slurm's own logic, with a stand-in for sbatch that runs each job on
the spot (tests/cluster/fake-sbatch): results.jsonl is the bytes of one
assay run; a map that is killed is retried inside its task; a shard lost
with its node is named by the reduce (missing.txt, exit 3) and, with --wait,
submitted again; a rerun skips the shards done; another run in the same
OUTDIR is refused.  scripts/test-slurm.sh runs the same on a real cluster.
"""
import os
import shutil
import subprocess
import sys
import tempfile

assay, assay_slurm, fake_sbatch, source = sys.argv[1:5]
tmp = tempfile.mkdtemp(prefix="assay-slurm-test-")
failures = 0
n_checks = 0


def check(condition, what):
    global failures, n_checks
    n_checks += 1
    print(f"{'ok' if condition else 'not ok'} {n_checks} {what}")
    if not condition:
        failures += 1


def shard_paths_of(outdir, index):
    base = os.path.join(outdir, "shards", f"{index:05d}")
    return base + ".jsonl", base + ".state"


def read(path):
    with open(path, "rb") as f:
        return f.read()


# sbatch is found on PATH, as on a cluster.
bin_dir = os.path.join(tmp, "bin")
os.makedirs(bin_dir)
os.symlink(os.path.realpath(fake_sbatch), os.path.join(bin_dir, "sbatch"))
# An assay that is killed (SIGKILL) the first time it maps shard 1: a map
# whose process dies, as under the OOM killer.
killer = os.path.join(bin_dir, "assay-killed-once")
with open(killer, "w") as f:
    f.write(f"""#!/bin/sh
case "$*" in
  "map "*gdansk-port-web.txt*)
    if [ ! -e "{tmp}/killed-once" ]; then
      touch "{tmp}/killed-once"
      kill -9 $$
    fi ;;
esac
exec "{os.path.realpath(assay)}" "$@"
""")
os.chmod(killer, 0o755)

examples = os.path.join(source, "examples", "articles")
shards = [os.path.join(examples, n) for n in
          ("gdansk-port-analysis.txt", "gdansk-port-web.txt", "gdansk-port-wire.txt", "more-news.jsonl")]
expected = subprocess.run([assay, "run", "news-crosscheck", "--no-progress", "-j2"] + shards,
                          stdout=subprocess.PIPE, check=True).stdout
check(b'"type":"finding"' in expected, "the examples have cross-document findings to keep")


def slurm(outdir, *options, lose="", lose_reduce="", shard_list=shards, assay_program=killer):
    state = os.path.join(tmp, "sbatch-" + os.path.basename(outdir))
    os.makedirs(state, exist_ok=True)
    env = dict(os.environ, PATH=bin_dir + os.pathsep + os.environ["PATH"], FAKE_SBATCH_DIR=state,
               FAKE_SBATCH_LOSE=lose, FAKE_SBATCH_LOSE_REDUCE=lose_reduce)
    env.pop("ASSAY_PLUGIN_PATH", None)
    return subprocess.run([sys.executable, assay_slurm, "--assay", assay_program] + list(options)
                          + ["news-crosscheck", outdir] + shard_list,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


# --wait, with a map killed once and shard 2 lost in the first round.
out = os.path.join(tmp, "run")
r = slurm(out, "--wait", lose="2")
print("".join("# " + line + "\n" for line in (r.stdout + r.stderr).splitlines()))
check(r.returncode == 0, "assay-slurm --wait ends with status 0")
check(os.path.exists(os.path.join(out, "results.jsonl")) and read(os.path.join(out, "results.jsonl")) == expected,
      "results.jsonl is byte-identical to one assay run")
log1 = read(os.path.join(out, "logs", "map-00001.log")).decode()
check("attempt 1 died (killed by signal 9)" in log1 and "mapped in" in log1,
      "the killed map was retried inside its task")
reduce_log = read(os.path.join(out, "logs", "reduce.log")).decode()
check("shard 2 (" in reduce_log and "not mapped" in reduce_log,
      "the first reduce named the lost shard and wrote nothing")
check("round 2: 1 of 4 shards to map (3 already done)" in r.stdout, "round 2 submitted only the lost shard")
check(not os.path.exists(os.path.join(out, "missing.txt")), "missing.txt is gone once all shards are in")

# Again: every shard is skipped, and the result is the same.
r = slurm(out, "--wait")
check(r.returncode == 0 and "all 4 shards are mapped already" in r.stdout, "a rerun skips the shards done")
check(read(os.path.join(out, "results.jsonl")) == expected, "the rerun's results are the same bytes")

# Without --wait, a lost shard: the reduce names it and writes nothing.
out2 = os.path.join(tmp, "lost")
r = slurm(out2, lose="0,3", assay_program=os.path.realpath(assay))
check(r.returncode == 0 and "submitted the reduce as job" in r.stdout, "without --wait, assay-slurm submits and ends")
missing = read(os.path.join(out2, "missing.txt")).decode()
check("shard 0 (" in missing and "shard 3 (" in missing and "shard 1 (" not in missing,
      "missing.txt names the lost shards, and only them")
check(not os.path.exists(os.path.join(out2, "results.jsonl")), "no results.jsonl while shards are missing")
# The same command resumes: only the lost shards run.
r = slurm(out2, "--wait", assay_program=os.path.realpath(assay))
check(r.returncode == 0 and "2 of 4 shards to map (2 already done)" in r.stdout, "the same command resumes")
check(read(os.path.join(out2, "results.jsonl")) == expected, "the resumed run's results are the same bytes")

# A shard's output that lost records since its map: named, nothing written.
docs = os.path.join(out2, "shards", "00003.jsonl")
lines = read(docs).splitlines(keepends=True)
with open(docs, "wb") as f:
    f.writelines(lines[:-1])
os.unlink(os.path.join(out2, "results.jsonl"))
r = slurm(out2, "--wait", "--rounds", "1", assay_program=os.path.realpath(assay))
check(r.returncode == 3, "a shard missing a record stops the reduce (status 3)")
missing = read(os.path.join(out2, "missing.txt")).decode()
check("00003.jsonl holds 1 records, and its state says 2" in missing, "missing.txt says which records are missing")

# --set reaches the maps and the reduce alike: the result is one run's with it.
with_set = subprocess.run([assay, "run", "news-crosscheck", "--no-progress", "--set", "inconsistencies.story-days=0"]
                          + shards, stdout=subprocess.PIPE, check=True).stdout
out3 = os.path.join(tmp, "set")
r = slurm(out3, "--wait", "--set", "inconsistencies.story-days=0", assay_program=os.path.realpath(assay))
check(r.returncode == 0 and read(os.path.join(out3, "results.jsonl")) == with_set,
      "--set goes to every map and the reduce")

# --reduce-memory: the reduce within a memory budget writes the same bytes;
# a budget too small fails the reduce, which names the smallest that works.
# The budget counts the process's resident memory, under ASan the
# sanitizer's own too.  The reduce creates only the inconsistencies stage;
# it reads the other stages' data folders only to fingerprint them, a
# piece at a time, once.  Here it peaks at 31 MB resident under ASan and
# 10 MB in a plain build (/usr/bin/time -f %M; the smallest budget ASan
# accepts is about 35M), so 64M leaves room in both.  (Reading each data
# file whole, once per state, it had peaked at 332 MB under ASan with a
# budget: 512M.)
BUDGET = "64M"
out4 = os.path.join(tmp, "budget")
r = slurm(out4, "--wait", "--reduce-memory", BUDGET, assay_program=os.path.realpath(assay))
check(r.returncode == 0 and read(os.path.join(out4, "results.jsonl")) == expected,
      "--reduce-memory gives the reduce a budget, and the same bytes")
os.unlink(os.path.join(out4, "results.jsonl"))
r = slurm(out4, "--wait", "--rounds", "1", "--reduce-memory", "1M", assay_program=os.path.realpath(assay))
reduce_log = read(os.path.join(out4, "logs", "reduce.log")).decode()
check(r.returncode != 0 and "the smallest budget that works is" in reduce_log
      and not os.path.exists(os.path.join(out4, "results.jsonl")),
      "a reduce budget too small is named in the reduce's log, and nothing is written")

# --reduce-parts: the reduce as an array of parts (assay reduce --part K/N),
# which the last part to end joins into the same bytes; within a budget too.
out5 = os.path.join(tmp, "parts")
r = slurm(out5, "--wait", "--reduce-parts", "3", assay_program=os.path.realpath(assay))
check(r.returncode == 0 and read(os.path.join(out5, "results.jsonl")) == expected
      and all(os.path.exists(os.path.join(out5, "logs", f"reduce-{k:05d}.log")) for k in range(3)),
      "--reduce-parts 3 runs three parts, a log each, and results.jsonl is one run's bytes")
os.unlink(os.path.join(out5, "results.jsonl"))
r = slurm(out5, "--wait", "--reduce-parts", "2", "--reduce-memory", BUDGET, assay_program=os.path.realpath(assay))
check(r.returncode == 0 and read(os.path.join(out5, "results.jsonl")) == expected,
      "--reduce-parts 2 within a budget: the same bytes")

# A part that fails (as when finish_stories() cannot read its evidence
# back: exit 1, its error record last) while the parts after it succeed:
# their concatenation is no reduce's output, so nothing is joined, and the
# failed part is named.
failing = os.path.join(bin_dir, "assay-part-2-fails")
with open(failing, "w") as f:
    f.write(f"""#!/bin/sh
"{os.path.realpath(assay)}" "$@" || exit $?
case "$*" in
  "reduce "*"--part 2/3"*) exit 1 ;;
esac
""")
os.chmod(failing, 0o755)
out6 = os.path.join(tmp, "part-fails")
r = slurm(out6, "--wait", "--reduce-parts", "3", assay_program=failing)
print("".join("# " + line + "\n" for line in (r.stdout + r.stderr).splitlines()))
check(r.returncode == 1 and not os.path.exists(os.path.join(out6, "results.jsonl")),
      "a part that failed: status 1, and no results.jsonl")
check("part 2 (status 1)" in r.stdout and "part 1 (" not in r.stdout and "part 3 (" not in r.stdout,
      "assay-slurm names the part that failed, and only it")
# Run again with an assay that succeeds: the parts are joined.
r = slurm(out6, "--wait", "--reduce-parts", "3", assay_program=os.path.realpath(assay))
check(r.returncode == 0 and read(os.path.join(out6, "results.jsonl")) == expected,
      "the same reduce again, every part succeeding: one run's bytes")

# Stale parts: a reduce in parts, then a shard remapped (its input lost a
# document) and a new reduce whose part 1 ends while the earlier reduce's
# parts 2 and 3 are still in parts/ (as when they ended after the new
# submission).  Part 1 must not join them: results.jsonl would be the old
# shard's records.  The tasks are run here as Slurm would run them.
inputs = os.path.join(tmp, "inputs")
os.makedirs(inputs)
moved = [shutil.copy(s, inputs) for s in shards]
out7 = os.path.join(tmp, "stale")
r = slurm(out7, "--wait", "--reduce-parts", "3", shard_list=moved, assay_program=os.path.realpath(assay))
check(r.returncode == 0 and read(os.path.join(out7, "results.jsonl")) == expected, "the first reduce in 3 parts")
with open(moved[3], "rb") as f:
    lines = f.read().splitlines(keepends=True)
with open(moved[3], "wb") as f:
    f.writelines(lines[:-1])
expected_after = subprocess.run([assay, "run", "news-crosscheck", "--no-progress"] + moved,
                                stdout=subprocess.PIPE, check=True).stdout
for path in shard_paths_of(out7, 3):
    os.unlink(path)
os.unlink(os.path.join(out7, "results.jsonl"))


def task(kind, outdir, index, *extra):
    env = dict(os.environ, SLURM_ARRAY_TASK_ID=str(index))
    env.pop("ASSAY_PLUGIN_PATH", None)
    return subprocess.run([sys.executable, assay_slurm, kind, outdir] + list(extra), stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True, env=env)


check(task("--map-task", out7, 3).returncode == 0, "shard 3 remapped")
r = task("--reduce-task", out7, 0, "3")
print("".join("# " + line + "\n" for line in r.stdout.splitlines()))
check(r.returncode == 0 and not os.path.exists(os.path.join(out7, "results.jsonl")),
      "part 1 of the new reduce does not join the earlier reduce's parts 2 and 3")
r1, r2 = task("--reduce-task", out7, 1, "3"), task("--reduce-task", out7, 2, "3")
check(r1.returncode == 0 and r2.returncode == 0 and os.path.exists(os.path.join(out7, "results.jsonl"))
      and read(os.path.join(out7, "results.jsonl")) == expected_after,
      "once the new reduce's three parts have ended, results.jsonl is one run's over the remapped shards")
r = slurm(out7, "--reduce-parts", "3", shard_list=moved, assay_program=os.path.realpath(assay))
check(len(os.listdir(os.path.join(out7, "parts"))) == 1, "a submission clears the earlier reduces' parts")

# A reduce part lost with its node: sbatch --wait says 0, but nothing was
# joined, and assay-slurm says so.  Meanwhile the config was rewritten with
# --reduce-parts 2: the 3-part reduce's tasks (queued before) still run 3
# parts, since N is on their command line.
r = slurm(out7, "--wait", "--rounds", "1", "--reduce-parts", "2", lose_reduce="1", shard_list=moved,
          assay_program=os.path.realpath(assay))
print("".join("# " + line + "\n" for line in (r.stdout + r.stderr).splitlines()))
check(r.returncode == 1 and "part 2 of 2 never ended" in r.stdout and "done:" not in r.stdout
      and not os.path.exists(os.path.join(out7, "results.jsonl")),
      "--wait with a reduce part lost: no 'done', status 1, no results.jsonl")
rs = [task("--reduce-task", out7, k, "3") for k in range(3)]
check(all(x.returncode == 0 for x in rs) and "--part 3/3" in rs[2].stdout
      and read(os.path.join(out7, "results.jsonl")) == expected_after,
      "a reduce task runs the N parts of its command line, whatever the config says now")

# Another run in the same OUTDIR is refused.
r = slurm(out, shard_list=shards[:2])
check(r.returncode == 2 and "holds another run" in r.stderr, "another run in the same OUTDIR is refused")
r = slurm(os.path.join(tmp, "twice"), shard_list=[shards[0], shards[0]])
check(r.returncode == 2 and "named twice" in r.stderr, "a shard named twice is refused")

print(f"1..{n_checks}")
if failures == 0:
    shutil.rmtree(tmp)
else:
    print(f"# kept {tmp}")
sys.exit(1 if failures else 0)
