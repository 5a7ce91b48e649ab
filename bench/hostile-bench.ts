/**
 * Hostile-request drills (issue 10, findings 1 and 2) and the calibration of the query cost model.
 *
 * Drills: each hostile request against `newsgraph serve` with the default limits: how it is
 * answered and how long that takes (median of 5), and the latency of a normal query sent one
 * after another by another client while 4 clients send the hostile request in a loop, against
 * the same normal query with nothing else running.
 *
 * Calibration: queries that run few statements but resolve many fields, and queries that run
 * many statements, executed on a server without limits; their server time per field and per
 * statement gives the ratio that STATEMENT_COST in src/api/query-cost.ts should be.
 *
 * Run: npx tsx bench/hostile-bench.ts [--articles 10000] [--duration 10]
 * Uses the configured Neo4j (NEO4J_URI or the local server) and the generated bench graph of
 * ./api-graph.ts (made when missing). Not a timed test: numbers depend on the machine.
 */
import { cpus, loadavg } from 'node:os';
import { parse } from 'graphql';
import { operationCost, STATEMENT_COST } from '../src/api/query-cost.js';
import { buildApiSchema } from '../src/api/schema-loader.js';
import { loadConfig } from '../src/config.js';
import { applySchema } from '../src/graph/apply-schema.js';
import { connectGraph } from '../src/graph/connection.js';
import { actorKey, actorName, benchArticleCount, generateBenchGraph } from './api-graph.js';
import { startServeProcess } from './serve-process.js';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}
const ARTICLES = option('articles', 10_000);
const DURATION_MS = option('duration', 10) * 1000;
const log = (line: string): void => console.error(`[bench] ${line}`);

const aliases = (count: number, field: string): string =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

function fragmentBomb(levels: number): string {
  let query = 'fragment F0 on Actor { name }\n';
  for (let i = 1; i <= levels; i += 1) query += `fragment F${i} on Actor { ${`...F${i - 1} `.repeat(4)}}\n`;
  return `${query}{ actorByName(name: "Israel") { ...F${levels} } }`;
}

const HOSTILE: Array<{ name: string; query: string }> = [
  { name: 'fragments spread 4× over 12 levels (finding 1)', query: fragmentBomb(12) },
  { name: '500 aliases of warrants(first: 1)', query: aliases(500, 'warrants(first: 1) { nodes { key } }') },
  { name: '500 aliases of search', query: aliases(500, 'search(query: "Adler", first: 1) { score }') },
  { name: '900 aliases of search', query: aliases(900, 'search(query: "Adler", first: 1) { score }') },
  { name: '400 aliases of __schema', query: aliases(400, '__schema { types { name kind fields { name } } }') },
];

const NORMAL = {
  query: `query ($court: ID!) { warrants(first: 20, where: { issuer: $court }) { nodes {
    issuer { name } subjects { name } status date { value precision } charges
    sources(first: 3) { article { title } evidence { text } } } } }`,
  variables: { court: actorKey('Court', 0) },
};

interface Answer {
  ms: number;
  status: number;
  code: string;
  bytes: number;
}

async function send(url: string, body: object): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  const code = /"code":"([A-Z_]+)"/.exec(text)?.[1] ?? 'ok';
  return { ms, status: response.status, code, bytes: text.length };
}

const median = (values: number[]): number => quantile(values, 0.5);
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

/** Latencies of the normal query, sent one after another for `durationMs`. */
async function normalLatencies(url: string, durationMs: number): Promise<number[]> {
  const latencies: number[] = [];
  const end = performance.now() + durationMs;
  while (performance.now() < end) latencies.push((await send(url, NORMAL)).ms);
  return latencies;
}

async function drill(url: string, hostile: { name: string; query: string }) {
  const answers: Answer[] = [];
  for (let i = 0; i < 5; i += 1) answers.push(await send(url, { query: hostile.query }));
  let running = true;
  const attackers = Array.from({ length: 4 }, async () => {
    while (running) await send(url, { query: hostile.query });
  });
  const during = await normalLatencies(url, DURATION_MS);
  running = false;
  await Promise.all(attackers);
  const last = answers[answers.length - 1] as Answer;
  return { answerMs: median(answers.map((a) => a.ms)), last, during };
}

/** Server time of a query on a server without limits: median of 5 after one warm-up. */
async function timed(url: string, query: string): Promise<number> {
  await send(url, { query });
  const times: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const answer = await send(url, { query });
    if (answer.code !== 'ok') throw new Error(`calibration query failed with ${answer.code}: ${query.slice(0, 80)}`);
    times.push(answer.ms);
  }
  return median(times);
}

async function calibrate(url: string) {
  const schema = buildApiSchema();
  const cost = (query: string): number => operationCost(schema, parse(query), {});
  const person = actorName('Person', 1).split(' ')[1] ?? 'Adler';
  // Fields: one page of 100 warrants with everything below read through loaders (4 statements).
  const wide = `{ warrants(first: 100) { nodes { key status charges date { value precision }
    issuer { key name aliases } subjects { key name aliases } sources(first: 5) { article { id title url publishedAt } evidence { text start end } } } } }`;
  const wideStatements = 4;
  const wideFields = cost(wide) - wideStatements * STATEMENT_COST;
  const rows: Array<{ kind: string; statements: number; fields: number; ms: number }> = [];
  rows.push({
    kind: 'warrants(first: 100), wide',
    statements: wideStatements,
    fields: wideFields,
    ms: await timed(url, wide),
  });
  for (const [kind, field, statements] of [
    ['search', `search(query: "${person}", first: 1) { score }`, 1],
    ['warrants(first: 1)', 'warrants(first: 1) { nodes { key } }', 1],
    ['actorByName', `actorByName(name: "${person}") { key }`, 1],
    ['path', `path(from: "${actorKey('Person', 1)}", to: "${actorKey('Person', 2)}", maxHops: 4) { length }`, 1],
  ] as const) {
    const count = 50;
    const query = aliases(count, field);
    const fields = cost(query) - count * statements * (kind === 'path' ? 5 * STATEMENT_COST : STATEMENT_COST);
    rows.push({ kind: `${count} × ${kind}`, statements: count * statements, fields, ms: await timed(url, query) });
  }
  return rows;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const graph = await connectGraph(config.neo4j);
  try {
    await applySchema(graph);
    const existing = await benchArticleCount(graph);
    if (existing === 0) {
      log(`generating a bench graph of ${ARTICLES} articles…`);
      await generateBenchGraph(graph, { articles: ARTICLES }, log);
    } else {
      log(`reusing the bench graph of ${existing} articles`);
    }
  } finally {
    await graph.close();
  }

  const unlimited = await startServeProcess({
    API_MAX_COST: String(1e12),
    API_MAX_STATEMENTS: String(1e6),
    API_MAX_DEPTH: '1000',
  });
  const calibration = await calibrate(unlimited.url);
  await unlimited.stop();

  const server = await startServeProcess();
  await normalLatencies(server.url, 2_000); // warm-up: query plans and the JIT
  const baseline = await normalLatencies(server.url, DURATION_MS);
  const drills = [];
  for (const hostile of HOSTILE) {
    log(hostile.name);
    drills.push({ ...hostile, ...(await drill(server.url, hostile)) });
  }
  await server.stop();

  const load = loadavg().map((n) => n.toFixed(1));
  console.log(`\n## Hostile requests (${new Date().toISOString().slice(0, 10)})\n`);
  console.log(`${cpus().length} CPUs, load average ${load.join(' / ')} at the end; default limits.\n`);
  console.log(
    `Normal query alone: median ${median(baseline).toFixed(1)} ms, p90 ${quantile(baseline, 0.9).toFixed(1)} ms.\n`,
  );
  console.log('| hostile request | bytes in | answer | answered in (median) | normal query meanwhile: median / p90 |');
  console.log('| --- | ---: | --- | ---: | ---: |');
  for (const d of drills) {
    console.log(
      `| ${d.name} | ${d.query.length} | ${d.last.status} ${d.last.code} | ${d.answerMs.toFixed(1)} ms | ` +
        `${median(d.during).toFixed(1)} / ${quantile(d.during, 0.9).toFixed(1)} ms |`,
    );
  }
  console.log(`\n## Cost calibration (STATEMENT_COST = ${STATEMENT_COST})\n`);
  console.log('| query | statements | fields | server ms | µs per field if statements were free |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const row of calibration) {
    console.log(
      `| ${row.kind} | ${row.statements} | ${row.fields} | ${row.ms.toFixed(1)} | ${((row.ms * 1000) / row.fields).toFixed(1)} |`,
    );
  }
  const [wide, ...many] = calibration;
  if (wide) {
    const perField = wide.ms / wide.fields;
    for (const row of many) {
      const perStatement = (row.ms - row.fields * perField) / row.statements;
      console.log(`\n${row.kind}: ${(perStatement / perField).toFixed(0)} fields' time per statement`);
    }
  }
}

await main();
