// SPDX-License-Identifier: GPL-3.0-or-later
// Passes a benchmark's output through to the terminal and appends each non-empty line to the results file as one
// JSON object: node record.mjs <results.jsonl> <time> <commit> <bench> <cores>.
import { appendFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

const [results, time, commit, bench, cores] = process.argv.slice(2);
for await (const line of createInterface({ input: process.stdin })) {
  process.stdout.write(`${line}\n`);
  if (line.trim()) appendFileSync(results, `${JSON.stringify({ time, commit, bench, cores, line })}\n`);
}
