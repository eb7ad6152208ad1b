"""generated_section: a data file's section that a script writes between
a BEGIN and an END comment line, the rest of the file (rows written by
hand, other scripts' sections) kept as it is.

Several generators write into one shared table (product-names.tsv holds
makers and vehicle nouns); each rewrites its own section only."""


def split(path, begin, end):
    """The file's text before @begin and after @end (all of it and ""
    where the section is not there yet)."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if begin not in text:
        return text, ""
    head, rest = text.split(begin, 1)
    if end not in rest:
        raise SystemExit(f"{path}: the line {begin.strip()!r} has no {end.strip()!r} after it")
    return head, rest.split(end, 1)[1]


def write(path, begin, end, lines):
    """Replace the section between @begin and @end with @lines (each
    ending in a newline), or add it at the end of the file."""
    head, tail = split(path, begin, end)
    with open(path, "w", encoding="utf-8") as out:
        out.write(head + begin + "".join(lines) + end + tail)
