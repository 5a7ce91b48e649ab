/**
 * Extraction throughput on the seed articles, repeated to at least 1,000 documents.
 * Run: npx tsx bench/extract-bench.ts [rounds]
 *
 * Reports articles per second and milliseconds per KB (UTF-16 code units / 1024), the median
 * of several rounds after one warm-up round that is not counted. Not a timed test: numbers
 * depend on the machine.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/extract/index.js';

const SEEDS_DIR = process.env.SEEDS_DIR ?? '/work/shared/corpus/seeds';
const MIN_DOCUMENTS = 1_000;
const rounds = Number.parseInt(process.argv[2] ?? '7', 10);

const texts = readdirSync(SEEDS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(SEEDS_DIR, f), 'utf8'));
if (texts.length === 0) throw new Error(`no .txt articles in ${SEEDS_DIR}`);

const corpus: string[] = [];
while (corpus.length < MIN_DOCUMENTS) corpus.push(...texts);
const kilobytes = corpus.reduce((sum, t) => sum + t.length, 0) / 1024;

function runOnce(): number {
  const start = process.hrtime.bigint();
  let entities = 0;
  for (const text of corpus) entities += extract(text, { publishedAt: '2025-01-01' }).entities.length;
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (entities === 0) throw new Error('extractor found nothing: benchmark is meaningless');
  return ms;
}

runOnce(); // warm-up: JIT and gazetteer construction, not counted
const times: number[] = [];
for (let r = 0; r < rounds; r++) times.push(runOnce());
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] as number;

console.log(`documents per round: ${corpus.length} (${texts.length} seed articles, ${kilobytes.toFixed(0)} KB)`);
console.log(`rounds: ${rounds} (+1 warm-up), median ${median.toFixed(0)} ms`);
console.log(`articles/s: ${((corpus.length / median) * 1000).toFixed(0)}`);
console.log(`ms per KB: ${(median / kilobytes).toFixed(3)}`);
