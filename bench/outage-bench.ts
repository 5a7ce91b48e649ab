/**
 * Neo4j outage drill (issue 10, finding 4): `newsgraph serve` on a private local Neo4j that is
 * stopped and started again. Measures the health probes sent while Neo4j shuts down, the time
 * to SERVICE_UNAVAILABLE and to a 503 from /health once it is down, and how long after Neo4j
 * answers again the API does too.
 *
 * Run: npx tsx bench/outage-bench.ts [--probes 20]
 * Needs Java and Maven (the local server); uses a temporary home and free ports.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, stopServer } from '../src/neo4j-local/launcher.js';
import { freePort, startServeProcess } from './serve-process.js';

const index = process.argv.indexOf('--probes');
const PROBES = index >= 0 ? Number(process.argv[index + 1]) : 20;
const log = (line: string): void => console.error(`[bench] ${line}`);

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

const stats = (values: number[]): string => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return `median ${at(0.5).toFixed(0)} ms, max ${at(1).toFixed(0)} ms (${values.length})`;
};

async function main(): Promise<void> {
  const home = mkdtempSync(join(tmpdir(), 'newsgraph-outage-bench-'));
  const neo4j = { home, boltPort: await freePort(), heap: '512m', pageCache: '64m', startTimeoutMs: 300_000 };
  try {
    log('starting a private Neo4j…');
    await startServer(neo4j);
    const server = await startServeProcess({ NEO4J_URI: `bolt://127.0.0.1:${neo4j.boltPort}`, LOG_LEVEL: 'error' });
    const query = async (): Promise<string> => {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ warrants(first: 1) { totalCount } }' }),
      });
      const text = await response.text();
      if (process.env.BENCH_VERBOSE) log(text.slice(0, 300));
      return /"code":"([A-Z_]+)"/.exec(text)?.[1] ?? 'ok';
    };
    const health = async (): Promise<number> => (await fetch(server.url.replace('/graphql', '/health'))).status;
    // The first query on a fresh server pays Neo4j's cold planning, as the first one after a restart does.
    const firstQuery = await timed(query);
    for (let i = 0; i < 10; i += 1) await query(); // warm-up

    log('stopping Neo4j while probing /health…');
    const during: Array<{ value: number; ms: number }> = [];
    let stopped = false;
    const stopping = stopServer({ home }).then(() => (stopped = true));
    while (!stopped) during.push(await timed(health));
    await stopping;

    const queries: Array<{ value: string; ms: number }> = [];
    const probes: Array<{ value: number; ms: number }> = [];
    for (let i = 0; i < PROBES; i += 1) {
      queries.push(await timed(query));
      probes.push(await timed(health));
    }

    log('starting Neo4j again…');
    await startServer(neo4j);
    const back = performance.now();
    let healthyMs: number | undefined;
    const meanwhile: string[] = [];
    for (;;) {
      healthyMs ??= (await health()) === 200 ? performance.now() - back : undefined;
      const { value: code, ms } = await timed(query);
      if (code === 'ok') break;
      meanwhile.push(code);
      log(`after restart: ${code} in ${ms.toFixed(0)} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const recoveredMs = performance.now() - back;
    await server.stop();

    const codes = (answers: Array<{ value: string | number }>): string =>
      [...new Set(answers.map((a) => String(a.value)))].join(', ');
    console.log(`\n## Neo4j outage (${new Date().toISOString().slice(0, 10)})\n`);
    console.log(`${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)} at the end.\n`);
    console.log('| what | answers | latency |');
    console.log('| --- | --- | --- |');
    console.log(`| /health while Neo4j stops | ${codes(during)} | ${stats(during.map((d) => d.ms))} |`);
    console.log(`| a query, Neo4j stopped | ${codes(queries)} | ${stats(queries.map((q) => q.ms))} |`);
    console.log(`| /health, Neo4j stopped | ${codes(probes)} | ${stats(probes.map((p) => p.ms))} |`);
    console.log(
      `| first query after the first start (cold plans) | ${firstQuery.value} | ${firstQuery.ms.toFixed(0)} ms |`,
    );
    console.log(`| /health 200 after Neo4j answers again | 200 | ${healthyMs?.toFixed(0)} ms |`);
    console.log(
      `| first good query after Neo4j answers again | ok (before it: ${[...new Set(meanwhile)].join(', ') || 'none'}) | ${recoveredMs.toFixed(0)} ms |`,
    );
  } finally {
    await stopServer({ home });
    rmSync(home, { recursive: true, force: true });
  }
}

await main();
