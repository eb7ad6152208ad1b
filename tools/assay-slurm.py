#!/usr/bin/env python3
"""assay-slurm: run an assay pipeline over shards on a Slurm cluster.

    assay-slurm [--wait] [--partition P] [--max-tasks N] PIPELINE OUTDIR SHARD...

One array task per shard runs `assay map`; then one job runs `assay reduce`
over every shard's state and output, writing OUTDIR/results.jsonl: the
shards' doc records in shard order, each with its story, then the story and
finding records, the bytes one `assay run PIPELINE SHARD...` writes
(docs/cluster.md).

OUTDIR holds:
    assay-slurm.json       the run: pipeline, shards, assay, options
    shards/NNNNN.jsonl     shard NNNNN's records (assay map -o)
    shards/NNNNN.state     its cross-document state (assay map --state),
                           written last: when it exists, the shard is done
    logs/map-NNNNN.log     the shard's log, every attempt appended
    logs/reduce.log        the reduce's log (logs/reduce-NNNNN.log, a part's,
                           with --reduce-parts)
    parts/STAMP/           with --reduce-parts N, each part's output and
                           exit status, in a folder named by a digest of
                           the reduce's input (reduce_stamp); the last part
                           to end joins the outputs into results.jsonl when
                           every part of that stamp exited 0
    missing.txt            what the reduce found missing, when it did
    results.jsonl          the result

Robustness, by design:
  * a shard whose state exists is skipped, so running the same command again
    resumes where a run stopped;
  * a map whose process dies (a signal, a node's OOM killer) is retried
    inside its task, up to --retries times: a Slurm dependency `afterok`
    never forgives a failed attempt, so a task must not fail when a retry
    can still succeed; the reduce depends on the maps with `afterany`;
  * before it starts, the reduce checks that every shard has its state,
    that the state counts one record per document of the shard's input and
    that the shard's output holds exactly those records; otherwise it names
    what is missing (missing.txt), writes nothing, and exits 3;
  * with --wait, shards that are still missing after a round (a node lost
    with its tasks) are submitted again, up to --rounds rounds.

Exit status: 0 done, 1 the reduce reported failed documents or a failed
cross-document phase (their error records are in results.jsonl; with
--reduce-parts, a part failed and nothing was joined), 2 usage,
3 shards missing, 4 Slurm refused a submission.
"""
import argparse
import hashlib
import json
import os
import re
import shlex
import shutil
import signal
import socket
import struct
import subprocess
import sys
import time

CONFIG = "assay-slurm.json"
STATE_MAGIC = b"ASSAY-STATE\n"
EXIT_MISSING = 3
EXIT_SLURM = 4
# Slurm's default MaxArraySize is 1001: larger runs are submitted as
# several arrays.
ARRAY_CHUNK = 1000


def fail(message, status=2):
    print(f"assay-slurm: {message}", file=sys.stderr)
    sys.exit(status)


def log(message):
    print(f"assay-slurm: {message}", flush=True)


def default_assay():
    """The assay installed (or built) beside this script."""
    here = os.path.dirname(os.path.realpath(__file__))
    return os.path.join(here, "assay")


def shard_paths(outdir, index):
    base = os.path.join(outdir, "shards", f"{index:05d}")
    return base + ".jsonl", base + ".state"


# ---- what a shard should hold ------------------------------------------------


COMPRESSED = {".gz": "gzip", ".bz2": "bz2", ".xz": "lzma"}


def count_lines(f):
    """Non-blank lines of a JSONL stream (LF, CR or CRLF end a line)."""
    count, pending = 0, b""
    while True:
        chunk = f.read(1 << 20)
        if not chunk:
            break
        lines = (pending + chunk).splitlines(keepends=True)
        pending = lines.pop() if lines and not lines[-1].endswith((b"\n", b"\r")) else b""
        # A CR at a chunk's end may be the first half of a CRLF: the empty
        # line after it is blank, and not counted anyway.
        count += sum(1 for line in lines if line.strip())
    return count + (1 if pending.strip() else 0)


def count_input_items(path):
    """The documents `assay map` reads from @path, as core/assay-reader.c
    reads them: a .txt or .html file is one, a .jsonl file one a non-blank
    line (also .jsonl.gz, .bz2, .xz), a folder its files, hidden ones
    aside.  None when Python cannot count them on its own (.jsonl.zst,
    archives): the state's own count then stands."""
    if os.path.isdir(path):
        total = 0
        for name in sorted(os.listdir(path)):
            if name.startswith("."):
                continue
            n = count_input_items(os.path.join(path, name))
            if n is None:
                return None
            total += n
        return total
    name = os.path.basename(path)
    if name.endswith((".txt", ".html", ".htm")):
        return 1
    if name.endswith(".jsonl"):
        with open(path, "rb") as f:
            return count_lines(f)
    for suffix, module in COMPRESSED.items():
        if name.endswith(".jsonl" + suffix):
            opener = __import__(module).open
            with opener(path, "rb") as f:
                return count_lines(f)
    if re.search(r"\.(jsonl\.zst|tar|tar\.(gz|bz2|xz|zst)|tgz|tbz2?|txz|tzst|zip)$", name):
        return None
    return 0  # not read by assay (it warns)


def count_records(path):
    """Records (lines) in a map's output."""
    n = 0
    with open(path, "rb") as f:
        while True:
            chunk = f.read(1 << 20)
            if not chunk:
                break
            n += chunk.count(b"\n")
    return n


def state_records(path):
    """The doc and error records a state says its map wrote (its header,
    docs/cluster.md), or None when it is no state file."""
    with open(path, "rb") as f:
        head = f.read(len(STATE_MAGIC) + 4)
        if len(head) < len(STATE_MAGIC) + 4 or not head.startswith(STATE_MAGIC):
            return None
        (length,) = struct.unpack("<I", f.read(4))
        f.seek(length + 32, os.SEEK_CUR)
        (length,) = struct.unpack("<I", f.read(4))
        if length != 0xFFFFFFFF:
            f.seek(length, os.SEEK_CUR)
        data = f.read(16)
        if len(data) < 16:
            return None
        docs, errors = struct.unpack("<QQ", data)
        return docs + errors


def check_shards(config, outdir):
    """What is missing or wrong, one line a shard (empty: all complete)."""
    problems = []
    for index, shard in enumerate(config["shards"]):
        docs, state = shard_paths(outdir, index)
        where = f"shard {index} ({shard})"
        if not os.path.exists(state):
            problems.append(f"{where}: not mapped (no {state}; see logs/map-{index:05d}.log)")
            continue
        if not os.path.exists(docs):
            problems.append(f"{where}: {docs} is missing beside its state")
            continue
        written = state_records(state)
        if written is None:
            problems.append(f"{where}: {state} is no state file of assay map")
            continue
        expected = count_input_items(shard)
        if expected is not None and written != expected:
            problems.append(f"{where}: its input has {expected} documents but its map wrote {written} records "
                            "(the input changed since the map?)")
            continue
        held = count_records(docs)
        if held != written:
            problems.append(f"{where}: {docs} holds {held} records, and its state says {written}")
    return problems


# ---- inside the tasks ----------------------------------------------------------


def load_config(outdir):
    with open(os.path.join(outdir, CONFIG), encoding="utf-8") as f:
        return json.load(f)


def map_task(outdir):
    """One array task: map its shard unless done, retrying a map that dies."""
    config = load_config(outdir)
    index = int(os.environ["SLURM_ARRAY_TASK_ID"])
    shard = config["shards"][index]
    docs, state = shard_paths(outdir, index)
    host = os.environ.get("SLURMD_NODENAME", os.uname().nodename)
    if os.path.exists(state):
        log(f"shard {index} ({shard}) is already mapped: skipped")
        return 0
    jobs = os.environ.get("SLURM_CPUS_PER_TASK") or str(config["jobs"])
    command = [config["assay"], "map", config["pipeline"], shard, "-o", docs, "--state", state, "-j", jobs,
               "--no-progress"] + config["map_args"]
    for attempt in range(1, config["retries"] + 2):
        log(f"shard {index}: attempt {attempt} on {host}: {' '.join(command)}")
        started = time.monotonic()
        status = subprocess.call(command)
        seconds = time.monotonic() - started
        # 0: every document processed; 1: some failed, and their error
        # records are in the output: the shard is done either way.
        if status in (0, 1) and os.path.exists(state):
            log(f"shard {index}: mapped in {seconds:.1f} s (assay exit status {status})")
            return 0
        if status == 2:
            log(f"shard {index}: assay refused the pipeline or the command line: retrying cannot help")
            return 2
        why = f"killed by signal {-status}" if status < 0 else f"exit status {status}"
        log(f"shard {index}: attempt {attempt} died ({why}) after {seconds:.1f} s")
    log(f"shard {index}: gave up after {config['retries'] + 1} attempts")
    return 1


def reduce_task(outdir, n_parts=None):
    """The reduce: check every shard, then merge them into results.jsonl."""
    config = load_config(outdir)
    missing_file = os.path.join(outdir, "missing.txt")
    problems = check_shards(config, outdir)
    if problems:
        with open(missing_file, "w", encoding="utf-8") as f:
            f.write("".join(p + "\n" for p in problems))
        log(f"{len(problems)} of {len(config['shards'])} shards are not complete; nothing written:")
        for p in problems:
            log(f"  {p}")
        return EXIT_MISSING
    if os.path.exists(missing_file):
        os.unlink(missing_file)
    # Written whole and renamed into place: the parts of a reduce run at
    # once, and one must never read the list while another rewrites it
    # (a real cluster's part read it empty).
    listing = os.path.join(outdir, "shards", "reduce.list")
    with open(own_tmp(listing), "w", encoding="utf-8") as f:
        for index in range(len(config["shards"])):
            docs, state = shard_paths(outdir, index)
            f.write(f"{state}\t{docs}\n")
    os.replace(own_tmp(listing), listing)
    # N comes on the task's command line: a config rewritten by a later
    # assay-slurm with another --reduce-parts must not change the parts
    # of a reduce already queued.
    n_parts = n_parts or config.get("reduce_parts", 1)
    results = os.path.join(outdir, "results.jsonl")
    part_args, output = [], results
    if n_parts > 1:
        # One task of the reduce's array: part K of N, whose outputs
        # concatenated in order are the whole reduce's (docs/cluster.md).
        k = int(os.environ["SLURM_ARRAY_TASK_ID"])
        part_args = ["--part", f"{k + 1}/{n_parts}"]
        parts_dir = os.path.join(outdir, "parts", reduce_stamp(config, outdir, n_parts))
        os.makedirs(parts_dir, exist_ok=True)
        output = part_path(parts_dir, k, n_parts)
    command = [config["assay"], "reduce", config["pipeline"], "--from", listing, "-o",
               output] + part_args + config["reduce_args"]
    log(f"all {len(config['shards'])} shards complete; {' '.join(command)}")
    started = time.monotonic()
    status = subprocess.call(command)
    log(f"reduce ended with status {status} after {time.monotonic() - started:.1f} s")
    if n_parts > 1:
        # A part cannot see the others' failures: a stage that fails in
        # one part's stories stops that part (exit 1, its error record
        # last) while the parts after it write theirs and exit 0, so the
        # parts add up to one reduce only when every part exited 0.
        end_part(parts_dir, k, n_parts, status, results)
    if status == 0 and any(count_errors(shard_paths(outdir, i)[1]) for i in range(len(config["shards"]))):
        status = 1
    return status


def own_tmp(path):
    """A temporary name for @path that no other task writes: the parts run
    at once, on several nodes, over one shared folder."""
    return f"{path}.{os.environ.get('SLURM_ARRAY_TASK_ID', 'job')}.{socket.gethostname()}.{os.getpid()}.tmp"


def reduce_stamp(config, outdir, n_parts):
    """A digest of what a reduce reads: the pipeline, the reduce's options,
    the number of parts, and each shard's state and output by name, size
    and modification time.  The parts of one reduce compute the same
    stamp; a shard remapped since (or another --reduce-parts) gives
    another, so a part never joins with an earlier reduce's parts."""
    digest = hashlib.sha256()
    digest.update(json.dumps([config["pipeline"], config["reduce_args"], n_parts]).encode())
    for index in range(len(config["shards"])):
        for path in shard_paths(outdir, index):
            st = os.stat(path)
            digest.update(f"\0{path}\0{st.st_size}\0{st.st_mtime_ns}".encode())
    return digest.hexdigest()[:16]


def part_path(parts_dir, k, n_parts):
    """Part @k's output in @parts_dir, the folder of its reduce's stamp."""
    return os.path.join(parts_dir, f"results-{k + 1:05d}-of-{n_parts:05d}.jsonl")


def part_status_path(parts_dir, k, n_parts):
    return part_path(parts_dir, k, n_parts)[:-len(".jsonl")] + ".status"


def part_statuses(parts_dir, n_parts):
    """Each part's `assay reduce` exit status, None for a part not ended."""
    statuses = []
    for k in range(n_parts):
        try:
            with open(part_status_path(parts_dir, k, n_parts), encoding="utf-8") as f:
                statuses.append(int(f.read().strip()))
        except (OSError, ValueError):
            statuses.append(None)
    return statuses


def failed_parts(statuses):
    """'part 2 (status 1), part 3 (status -9)' for the parts that ended
    with another status than 0."""
    return ", ".join(f"part {k + 1} (status {s})" for k, s in enumerate(statuses) if s not in (None, 0))


def end_part(parts_dir, k, n_parts, status, results):
    """Records part @k's exit status (written whole, renamed into place),
    then, in the part that finds every part ended, joins the parts into
    results.jsonl when every one exited 0, through a file of its own
    renamed into place: two parts that end together write the same bytes,
    and results.jsonl is never half written.  When a part failed, nothing
    is joined: its output stops at its error record while the parts after
    it went on, so their concatenation is no reduce's output."""
    marker = part_status_path(parts_dir, k, n_parts)
    with open(own_tmp(marker), "w", encoding="utf-8") as f:
        f.write(f"{status}\n")
    os.replace(own_tmp(marker), marker)
    statuses = part_statuses(parts_dir, n_parts)
    if status != 0:
        log(f"part {k + 1} of {n_parts} failed (status {status}): the parts are not joined; "
            f"its output and log: {part_path(parts_dir, k, n_parts)}, logs/reduce-{k:05d}.log")
    if None in statuses:
        log(f"{statuses.count(None)} of {n_parts} reduce parts still to come; the last to end writes results.jsonl "
            "if every part succeeded")
        return
    if any(s != 0 for s in statuses):
        log(f"every part ended, and {failed_parts(statuses)} failed: no results.jsonl")
        return
    parts = [part_path(parts_dir, j, n_parts) for j in range(n_parts)]
    tmp = own_tmp(results)
    with open(tmp, "wb") as out:
        for p in parts:
            with open(p, "rb") as f:
                shutil.copyfileobj(f, out, 1 << 20)
    os.replace(tmp, results)
    log(f"all {n_parts} reduce parts written: {results}")


def clear_earlier_reduce(outdir):
    """Before a reduce is submitted: an earlier reduce's part outputs and
    statuses must not count as this one's, and its results.jsonl, which
    may no longer be the shards' (one was remapped), must not pass for
    this reduce's: results.jsonl exists again only when this reduce wrote
    it."""
    results = os.path.join(outdir, "results.jsonl")
    if os.path.exists(results):
        os.unlink(results)
    folder = os.path.join(outdir, "parts")
    for name in os.listdir(folder):
        path = os.path.join(folder, name)
        if os.path.isdir(path):
            shutil.rmtree(path)
        else:
            os.unlink(path)


def count_errors(state):
    with open(state, "rb") as f:
        f.seek(len(STATE_MAGIC) + 4)
        (length,) = struct.unpack("<I", f.read(4))
        f.seek(length + 32, os.SEEK_CUR)
        (length,) = struct.unpack("<I", f.read(4))
        if length != 0xFFFFFFFF:
            f.seek(length, os.SEEK_CUR)
        return struct.unpack("<QQ", f.read(16))[1]


# ---- submitting --------------------------------------------------------------


def sbatch(args, wait=False):
    command = ["sbatch", "--parsable"] + (["--wait"] if wait else []) + args
    proc = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if wait:
        # sbatch --wait exits with the job's status once it has ended.
        match = re.match(r"(\d+)", proc.stdout.strip())
        if match is None:
            fail(f"sbatch refused the job: {proc.stderr.strip()}", EXIT_SLURM)
        return match.group(1), proc.returncode
    if proc.returncode != 0:
        fail(f"sbatch refused the job ({' '.join(command)}): {proc.stderr.strip()}", EXIT_SLURM)
    return proc.stdout.strip().split(";")[0], 0


def ranges(indices):
    """[0,1,2,5,7,8] -> "0-2,5,7-8" (Slurm's --array syntax)."""
    parts, start = [], None
    for i, index in enumerate(indices):
        if start is None:
            start = index
        if i + 1 == len(indices) or indices[i + 1] != index + 1:
            parts.append(str(start) if start == index else f"{start}-{index}")
            start = None
    return ",".join(parts)


def submit_maps(args, outdir, todo):
    """Array jobs for the shards in @todo; returns their job ids."""
    me = os.path.realpath(__file__)
    ids = []
    for at in range(0, len(todo), ARRAY_CHUNK):
        chunk = todo[at:at + ARRAY_CHUNK]
        spec = ranges(chunk) + (f"%{args.max_tasks}" if args.max_tasks else "")
        options = [f"--array={spec}", "--job-name=assay-map", f"--cpus-per-task={args.cpus}",
                   "--output=" + os.path.join(outdir, "logs", "map-%5a.log"), "--open-mode=append",
                   "--requeue"]
        if args.partition:
            options.append(f"--partition={args.partition}")
        job, _ = sbatch(options + ["--wrap", f"exec {sys.executable} {me} --map-task {outdir}"])
        ids.append(job)
        log(f"submitted {len(chunk)} map task(s) as array job {job}")
    return ids


def reduce_options(args, outdir, after):
    me = os.path.realpath(__file__)
    log_name = "reduce.log" if args.reduce_parts == 1 else "reduce-%5a.log"
    options = ["--job-name=assay-reduce", "--output=" + os.path.join(outdir, "logs", log_name),
               "--open-mode=append"]
    if args.reduce_parts > 1:
        options.append(f"--array=0-{args.reduce_parts - 1}")
    if after:
        options.append("--dependency=afterany:" + ":".join(after))
    if args.partition:
        options.append(f"--partition={args.partition}")
    return options + ["--wrap", f"exec {sys.executable} {shlex.quote(me)} --reduce-task {shlex.quote(outdir)} "
                                f"{args.reduce_parts}"]


def prepare(args):
    """Checks the command line and writes OUTDIR's config; returns OUTDIR."""
    if not args.shards:
        fail("name the shards: .jsonl or .txt files, or folders (see --help)")
    assay = os.path.realpath(args.assay or default_assay())
    if not os.access(assay, os.X_OK):
        fail(f"no assay program at {assay} (give it with --assay)")
    pipeline = os.path.realpath(args.pipeline) if os.path.exists(args.pipeline) else args.pipeline
    # (`assay check` takes no --set: the maps check those, and exit 2,
    # which is not retried.)
    check = subprocess.run([assay, "check", pipeline], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if check.returncode != 0:
        fail(f"the pipeline does not check:\n{check.stderr.strip()}")
    shards = []
    for s in args.shards:
        if not os.path.exists(s):
            fail(f"shard {s} does not exist")
        shards.append(os.path.realpath(s))
    if len(set(shards)) != len(shards):
        fail("a shard is named twice: its documents would be written twice")
    outdir = os.path.realpath(args.outdir)
    os.makedirs(os.path.join(outdir, "shards"), exist_ok=True)
    os.makedirs(os.path.join(outdir, "logs"), exist_ok=True)
    os.makedirs(os.path.join(outdir, "parts"), exist_ok=True)
    config = {
        "assay": assay,
        "pipeline": pipeline,
        "shards": shards,
        "retries": args.retries,
        "jobs": args.cpus,
        "map_args": args.assay_args + args.map_args,
        "reduce_args": args.assay_args + (["--memory-budget", args.reduce_memory] if args.reduce_memory else []),
    }
    path = os.path.join(outdir, CONFIG)
    if os.path.exists(path):
        old = load_config(outdir)
        if old["shards"] != shards or old["pipeline"] != pipeline or old["map_args"] != config["map_args"]:
            fail(f"{outdir} holds another run (other shards, pipeline or options): resume it with the same "
                 "command, or use another OUTDIR")
    with open(path + ".tmp", "w", encoding="utf-8") as f:
        json.dump(config, f, indent=1)
    os.replace(path + ".tmp", path)
    return outdir, config


def main():
    if len(sys.argv) in (3, 4) and sys.argv[1] in ("--map-task", "--reduce-task"):
        # Slurm ends a task with SIGTERM first: let the map finish writing
        # nothing rather than leave Python's traceback.
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
        if sys.argv[1] == "--map-task":
            sys.exit(map_task(sys.argv[2]))
        sys.exit(reduce_task(sys.argv[2], int(sys.argv[3]) if len(sys.argv) == 4 else None))

    p = argparse.ArgumentParser(
        prog="assay-slurm",
        usage="assay-slurm [--wait] [--partition P] [--max-tasks N] PIPELINE OUTDIR SHARD...",
        description="Run an assay pipeline over shards as a Slurm array (assay map), then one reduce "
                    "(assay reduce), writing OUTDIR/results.jsonl: the bytes of one assay run over the "
                    "shards in order.")
    p.add_argument("pipeline", metavar="PIPELINE", help="a pipeline file, or the name of a shipped one")
    p.add_argument("outdir", metavar="OUTDIR", help="where shards, logs and results.jsonl go")
    p.add_argument("shards", metavar="SHARD", nargs="*", help="inputs of assay map, one a task, in order")
    p.add_argument("--wait", action="store_true",
                   help="wait for the result; submit shards lost with a node again, up to --rounds times")
    p.add_argument("--partition", help="the Slurm partition to run in")
    p.add_argument("--max-tasks", type=int, default=0, help="at most N map tasks at once (--array=...%%N)")
    p.add_argument("--retries", type=int, default=2, help="attempts after the first of a map that dies (2)")
    p.add_argument("--rounds", type=int, default=3, help="with --wait, submissions of missing shards (3)")
    p.add_argument("--cpus", type=int, default=1, help="CPUs a map task asks for and uses (-j) (1)")
    p.add_argument("--assay", help="the assay program (default: the one beside assay-slurm)")
    p.add_argument("--set", action="append", default=[], metavar="STAGE.OPTION=VALUE",
                   help="override a pipeline option, in the maps and the reduce alike")
    p.add_argument("--reference-date", help="as assay run's, for every shard")
    p.add_argument("--reduce-memory", metavar="SIZE",
                   help="the reduce's --memory-budget (64M, 2G): what grows with the archive is sorted on disk "
                        "in the reduce's TMPDIR (docs/cluster.md)")
    p.add_argument("--reduce-parts", type=int, default=1, metavar="N",
                   help="run the reduce as N array tasks (assay reduce --part K/N), which divide the stories' "
                        "comparisons and the writing of the records; the last to end joins their outputs (1)")
    args = p.parse_args()
    args.assay_args = [a for s in args.set for a in ("--set", s)]
    args.map_args = ["--reference-date", args.reference_date] if args.reference_date else []
    if args.max_tasks < 0 or args.retries < 0 or args.rounds < 1 or args.cpus < 1 or args.reduce_parts < 1:
        fail("--max-tasks, --retries, --rounds, --cpus and --reduce-parts take positive numbers")

    outdir, config = prepare(args)
    n = len(config["shards"])
    for round_no in range(1, args.rounds + 1 if args.wait else 2):
        todo = [i for i in range(n) if not os.path.exists(shard_paths(outdir, i)[1])]
        if todo:
            log(f"round {round_no}: {len(todo)} of {n} shards to map ({n - len(todo)} already done)")
        else:
            log(f"all {n} shards are mapped already")
        after = submit_maps(args, outdir, todo) if todo else []
        clear_earlier_reduce(outdir)
        job, status = sbatch(reduce_options(args, outdir, after), wait=args.wait)
        if not args.wait:
            logs = "reduce.log" if args.reduce_parts == 1 else "reduce-NNNNN.log, one a part"
            log(f"submitted the reduce as job {job}; it writes {os.path.join(outdir, 'results.jsonl')} "
                f"(log: {os.path.join(outdir, 'logs', logs)})")
            return 0
        if status != EXIT_MISSING:
            break
        log(f"round {round_no}: shards are missing (see {os.path.join(outdir, 'missing.txt')})")
    if status in (0, 1) and not os.path.exists(os.path.join(outdir, "results.jsonl")) and args.reduce_parts > 1:
        # sbatch --wait says 0 for an array whose tasks were lost with a
        # node: the parts that ended did not join.
        try:
            parts_dir = os.path.join(outdir, "parts", reduce_stamp(config, outdir, args.reduce_parts))
            statuses = part_statuses(parts_dir, args.reduce_parts)
        except OSError:
            statuses = [None] * args.reduce_parts
        lost = [f"part {k + 1}" for k, s in enumerate(statuses) if s is None]
        if lost:
            log(f"the reduce ended with status {status}, but {', '.join(lost)} of {args.reduce_parts} never ended "
                f"(lost with a node?), so no results.jsonl was joined: run the same command again "
                f"(logs: {os.path.join(outdir, 'logs', 'reduce-NNNNN.log')}, one a part)")
            return 1
    if status == 0 and not os.path.exists(os.path.join(outdir, "results.jsonl")):
        log("the reduce ended with status 0 but wrote no results.jsonl: run the same command again "
            f"(see {os.path.join(outdir, 'logs')})")
        return 1
    if status == 0:
        log(f"done: {os.path.join(outdir, 'results.jsonl')}")
    elif status == EXIT_MISSING:
        log(f"shards still missing after {args.rounds} rounds: see {os.path.join(outdir, 'missing.txt')}; "
            "run the same command again to resume")
    elif args.reduce_parts > 1:
        try:
            parts_dir = os.path.join(outdir, "parts", reduce_stamp(config, outdir, args.reduce_parts))
            failed = failed_parts(part_statuses(parts_dir, args.reduce_parts))
        except OSError:
            failed = ""
        log(f"the reduce ended with status {status}: {failed or 'a part did not end'}; no results.jsonl was "
            f"joined (see {os.path.join(outdir, 'logs', 'reduce-NNNNN.log')}, one a part)")
    else:
        log(f"the reduce ended with status {status}: see {os.path.join(outdir, 'logs', 'reduce.log')}")
    return status


if __name__ == "__main__":
    sys.exit(main())
