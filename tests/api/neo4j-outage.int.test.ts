/**
 * `newsgraph serve` in its own process while its Neo4j (a private local server, apart from the
 * one the other tests share) stops and comes back (issue 10, finding 4): requests fail fast
 * with SERVICE_UNAVAILABLE, /health says 503 without hanging, even while the server stops,
 * and the API recovers by itself. The bounds asserted are loose on purpose (the machine is
 * shared); bench/outage-bench.ts measures the real figures.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, stopServer, type LauncherOptions } from '../../src/neo4j-local/launcher.js';
import { projectRoot } from '../../src/project-root.js';
import { freePort } from '../setup/free-port.js';

/** Far above the 2 s the issue asks for and far below the 30–67 s it measured before. */
const FAST_MS = 10_000;

const home = mkdtempSync(join(tmpdir(), 'newsgraph-outage-'));
let neo4j: LauncherOptions;
let serve: ChildProcess | undefined;
let url = '';

beforeAll(async () => {
  neo4j = { home, boltPort: await freePort(), heap: '512m', pageCache: '64m', startTimeoutMs: 180_000 };
  await startServer(neo4j);
  const port = await freePort();
  serve = spawn(process.execPath, ['--import', 'tsx', join(projectRoot(), 'src/bin/newsgraph.ts'), 'serve'], {
    cwd: projectRoot(),
    env: {
      ...process.env,
      NEO4J_URI: `bolt://127.0.0.1:${neo4j.boltPort}`,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  url = await new Promise<string>((resolve, reject) => {
    let out = '';
    serve?.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /GraphQL API at (\S+) /.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    serve?.once('exit', (code) => reject(new Error(`newsgraph serve exited with ${code}`)));
  });
}, 300_000);

afterAll(async () => {
  serve?.kill('SIGTERM');
  await stopServer({ home });
  rmSync(home, { recursive: true, force: true });
});

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

async function query(): Promise<{ status: number; code: string | undefined; data: unknown }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ warrants(first: 1) { totalCount } }' }),
  });
  const body = (await response.json()) as { data: unknown; errors?: Array<{ extensions?: { code?: string } }> };
  return { status: response.status, code: body.errors?.[0]?.extensions?.code, data: body.data };
}

async function health(): Promise<number> {
  return (await fetch(url.replace('/graphql', '/health'))).status;
}

describe('while Neo4j is down', () => {
  it('answers every health probe while Neo4j stops, fails fast once it is stopped, and recovers', async () => {
    // A cold server on a busy machine may need a few tries to plan its first query.
    await expect.poll(async () => (await query()).code, { timeout: 60_000, interval: 1_000 }).toBeUndefined();
    expect(await health()).toBe(200);

    // Probes while the server shuts down: each one answers, none hangs until it is back.
    const stopping = stopServer({ home });
    const probes: number[] = [];
    let stopped = false;
    void stopping.then(() => (stopped = true));
    while (!stopped) {
      const probe = await timed(health);
      probes.push(probe.ms);
      expect([200, 503]).toContain(probe.value);
    }
    expect(Math.max(...probes)).toBeLessThan(FAST_MS);

    const failed = await timed(query);
    expect(failed.value.code).toBe('SERVICE_UNAVAILABLE');
    expect(failed.ms).toBeLessThan(FAST_MS);
    const unhealthy = await timed(health);
    expect(unhealthy.value).toBe(503);
    expect(unhealthy.ms).toBeLessThan(FAST_MS);

    await startServer(neo4j);
    await expect.poll(async () => (await query()).code, { timeout: 30_000, interval: 500 }).toBeUndefined();
    expect(await health()).toBe(200);
  }, 400_000); // stopping and starting Neo4j takes a minute or two on a busy machine
});
