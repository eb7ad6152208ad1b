// parse.mjs FOLDER: chrono-node over every .txt file below FOLDER, each with
// its reference date, timed in-process; prints JSON {bytes, docs, seconds, found}.
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

const files = walk(process.argv[2], []);
const texts = files.map((f) => readFileSync(f, "utf8"));
const reference = new Date(process.argv[3] || "2005-01-01T00:00:00Z");
const start = process.hrtime.bigint();
let found = 0;
for (const text of texts) found += chrono.parse(text, reference).length;
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
console.log(JSON.stringify({ bytes, docs: texts.length, seconds, found }));
