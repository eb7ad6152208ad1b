// parse.mjs INPUT [REFERENCE]: chrono-node over INPUT, a folder (every .txt
// file below it) or a .jsonl file (each line's "text"), each text with the
// reference date; prints JSON {bytes, docs, seconds, found}, where seconds
// is the time in chrono.parse() alone.  The process's whole time (start-up,
// module loading, reading) is measured from outside by bench/dates-bench.py.
import * as chrono from "chrono-node";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

function walk(dir, out) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (name.endsWith(".txt")) out.push(path);
  }
  return out;
}

const input = process.argv[2];
const texts = input.endsWith(".jsonl")
  ? readFileSync(input, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l).text)
  : walk(input, []).map((f) => readFileSync(f, "utf8"));
const reference = new Date(process.argv[3] || "2005-01-01T00:00:00Z");
const start = process.hrtime.bigint();
let found = 0;
for (const text of texts) found += chrono.parse(text, reference).length;
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
console.log(JSON.stringify({ bytes, docs: texts.length, seconds, found }));
