#!/usr/bin/env python3
"""readme-tour.py BUILD SOURCE MARKDOWN...: runs the commands a README shows.

In each file, a ```console block holds commands (lines starting "$ ", a
trailing backslash continuing onto the next line), each followed by what
it prints.  A block ```ini whose first line is "# save as FILE" is written
to FILE first.  Every command runs with sh in a scratch folder where
build/, examples/ and pipelines/ are the real ones, with no
ASSAY_PLUGIN_PATH.  Then:
- the lines shown must be printed, in order (standard output and error
  together); "…" in a shown line stands for any text, and a line that is
  only "…" says the output goes on, otherwise nothing else may be printed;
- the exit status is 0, unless the lines shown are assay's errors
  ("assay: …", not "assay: warning: …"), when it must not be.
"""
import os
import re
import subprocess
import sys
import tempfile

FENCE = re.compile(r"^```(\w*)\s*$")


def blocks(text):
    """(info, lines) of each fenced block."""
    info, lines = None, []
    for line in text.splitlines():
        m = FENCE.match(line)
        if m and info is None:
            info, lines = m.group(1), []
        elif line.startswith("```") and info is not None:
            yield info, lines
            info = None
        elif info is not None:
            lines.append(line)


def commands(lines):
    """(command, shown lines) of a console block."""
    out, i = [], 0
    while i < len(lines):
        if not lines[i].startswith("$ "):
            raise SystemExit(f"readme-tour: a console block starts with output, not a command: {lines[i]!r}")
        command = lines[i][2:]
        while command.endswith("\\") and i + 1 < len(lines):
            i += 1
            command = command + "\n" + lines[i]
        i += 1
        shown = []
        while i < len(lines) and not lines[i].startswith("$ "):
            shown.append(lines[i])
            i += 1
        out.append((command, shown))
    return out


def matches(shown, line):
    parts = shown.rstrip().split("…")
    if len(parts) == 1:
        return shown.rstrip() == line.rstrip()
    if not line.startswith(parts[0]) or not line.rstrip().endswith(parts[-1]):
        return False
    at = len(parts[0])
    for p in parts[1:]:
        at = line.find(p, at)
        if at < 0:
            return False
        at += len(p)
    return True


def check(command, shown, printed, status, where):
    problems = []
    expect_error = any(s.startswith("assay: ") and not s.startswith("assay: warning: ")
                       for s in shown)
    if expect_error and status == 0:
        problems.append("exit status 0, but the README shows an error")
    if not expect_error and status != 0:
        problems.append(f"exit status {status}")
    lines = printed.splitlines()
    goes_on = any(s.strip() == "…" for s in shown)
    want = [s for s in shown if s.strip() and s.strip() != "…"]
    at = 0
    for s in want:
        while at < len(lines) and not matches(s, lines[at]):
            at += 1
        if at == len(lines):
            problems.append(f"not printed (in this order): {s}")
            break
        at += 1
    printed_lines = len([l for l in lines if l.strip()])
    if not goes_on and not problems and printed_lines != len(want):
        problems.append(f"printed {printed_lines} lines, the README shows {len(want)}")
    for p in problems:
        print(f"{where}: $ {command}\n  {p}", file=sys.stderr)
    if problems:
        print("  printed:\n" + "".join(f"    {l}\n" for l in lines), file=sys.stderr)
    return not problems


def main():
    build, source, files = os.path.realpath(sys.argv[1]), os.path.realpath(sys.argv[2]), sys.argv[3:]
    env = dict(os.environ)
    env.pop("ASSAY_PLUGIN_PATH", None)
    ok, count = True, 0
    for md in files:
        with tempfile.TemporaryDirectory() as scratch:
            os.symlink(build, os.path.join(scratch, "build"))
            for d in ("examples", "pipelines"):
                os.symlink(os.path.join(source, d), os.path.join(scratch, d))
            with open(os.path.join(source, md), encoding="utf-8") as f:
                text = f.read()
            for info, lines in blocks(text):
                if info == "ini" and lines and lines[0].startswith("# save as "):
                    with open(os.path.join(scratch, lines[0][len("# save as "):].strip()), "w") as out:
                        out.write("\n".join(lines[1:]) + "\n")
                if info != "console":
                    continue
                for command, shown in commands(lines):
                    run = subprocess.run(["sh", "-c", command], cwd=scratch, env=env, text=True,
                                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
                    # The build folder as the README names it.
                    printed = run.stdout.replace(build, "/…/build")
                    ok = check(command, shown, printed, run.returncode, md) and ok
                    count += 1
    if count == 0:
        raise SystemExit("readme-tour: no commands found")
    print(f"readme-tour: {count} commands run")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
