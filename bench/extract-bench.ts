/**
 * Extraction throughput on real-dev-sized passages: the passages of ../shared/corpus/real-dev
 * (or EXTRACT_BENCH_DIR, any folder of .txt articles), repeated to at least 1,000 documents.
 * Run: npm run bench:extract [-- rounds]
 *
 * Reports articles per second of wall time and per second of this process's CPU time (the
 * latter holds up better on a shared, loaded machine), and milliseconds per KB (UTF-16 code
 * units / 1024): the median of several rounds after one warm-up round that is not counted.
 * Not a timed test: numbers depend on the machine and its load, printed as the load average.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { extract } from '../src/extract/index.js';
import { projectRoot } from '../src/project-root.js';

const DIR = process.env.EXTRACT_BENCH_DIR ?? join(projectRoot(), '..', 'shared', 'corpus', 'real-dev');
const MIN_DOCUMENTS = 1_000;
const rounds = Number.parseInt(process.argv[2] ?? '7', 10);

const texts = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(DIR, f), 'utf8'));
if (texts.length === 0) throw new Error(`no .txt articles in ${DIR}`);

const corpus: string[] = [];
while (corpus.length < MIN_DOCUMENTS) corpus.push(...texts);
const kilobytes = corpus.reduce((sum, t) => sum + t.length, 0) / 1024;

function runOnce(): { wall: number; cpu: number } {
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  let entities = 0;
  for (const text of corpus) entities += extract(text, { publishedAt: '2025-01-01' }).entities.length;
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpuStart);
  if (entities === 0) throw new Error('extractor found nothing: benchmark is meaningless');
  return { wall, cpu: (used.user + used.system) / 1e3 };
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

const loadBefore = loadavg()[0] ?? 0;
runOnce(); // warm-up: JIT and gazetteer construction, not counted
const runs: Array<{ wall: number; cpu: number }> = [];
for (let r = 0; r < rounds; r++) runs.push(runOnce());
const wall = median(runs.map((r) => r.wall));
const cpu = median(runs.map((r) => r.cpu));

console.log(`documents per round: ${corpus.length} (${texts.length} passages of ${DIR}, ${kilobytes.toFixed(0)} KB)`);
console.log(`rounds: ${rounds} (+1 warm-up), median ${wall.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms CPU`);
console.log(
  `articles/s: ${((corpus.length / wall) * 1000).toFixed(0)} (wall), ${((corpus.length / cpu) * 1000).toFixed(0)} (CPU)`,
);
console.log(`ms per KB: ${(wall / kilobytes).toFixed(3)} (wall)`);
console.log(
  `load average (1 min) before / after: ${loadBefore.toFixed(1)} / ${(loadavg()[0] ?? 0).toFixed(1)} on ${cpus().length} cores`,
);
