/**
 * Two `newsgraph worker` processes, one of them stopped with SIGSTOP inside an article's
 * transaction while it holds a lock every article needs (as the writer holds a surname's
 * ResolutionLock): the other keeps processing (issue 10, finding 3). Before, it waited for
 * the lock as long as the stopped worker stayed stopped.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../src/graph/apply-schema.js';
import type { GraphConnection } from '../../src/graph/connection.js';
import { projectRoot } from '../../src/project-root.js';
import { enqueueArticles, transactionTimeoutMs } from '../../src/queue/article-queue.js';
import { connectTestGraph, testNeo4jEnv, uniqueTestPrefix } from '../setup/test-neo4j.js';
import { cleanUp, failuresOf, processedCounts, statusesOf, testArticles } from './queue-test-helpers.js';

const FIXTURE = join(projectRoot(), 'tests', 'ingest', 'fixtures', 'run-worker-command.ts');
const ARTICLES = 30;
const LEASE_MS = 12_000;
/** Long enough for the stopped worker's transaction to time out, and the other to go on. */
const PAUSE_MS = 3 * transactionTimeoutMs(LEASE_MS);

let graph: GraphConnection;
const prefix = uniqueTestPrefix('stall');
const children: ChildProcess[] = [];

beforeAll(async () => {
  graph = await connectTestGraph();
  await applySchema(graph);
});

afterAll(async () => {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGCONT');
      child.kill('SIGKILL');
    }
  }
  await graph.driver.executeQuery('MATCH (lock:ResolutionLock {key: $key}) DELETE lock', { key: prefix });
  await cleanUp(graph, prefix);
  await graph.close();
});

function startWorker(workerId: string, sleepMs: number, onStarted?: () => void) {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      FIXTURE,
      '--concurrency',
      '1',
      '--batch-size',
      '4',
      '--lease-ms',
      String(LEASE_MS),
      '--poll-interval-ms',
      '100',
      '--id-prefix',
      prefix,
      '--worker-id',
      workerId,
    ],
    {
      cwd: projectRoot(),
      env: { ...process.env, ...testNeo4jEnv(), LOCK_KEY: prefix, SLEEP_MS: String(sleepMs) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  children.push(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (line.startsWith('started ')) onStarted?.();
  });
  const exited = once(child, 'exit').then(([code, signal]) => ({ code, signal, stderr: () => stderr }));
  return { child, exited };
}

async function doneBy(worker: string): Promise<number> {
  const { records } = await graph.driver.executeQuery(
    'MATCH (p:TestProcessed {worker: $worker}) WHERE p.articleId STARTS WITH $prefix RETURN count(p) AS n',
    { worker, prefix },
    { database: graph.database },
  );
  return records[0]?.get('n') as number;
}

describe('a worker stopped inside a transaction (issue 10, finding 3)', () => {
  it('does not hold back the other: its transaction times out, its claims are taken over, nothing is doubled', async () => {
    await enqueueArticles(graph, testArticles(prefix, ARTICLES));

    // The first worker takes the lock in its first article and is stopped right there.
    let stoppedInside!: () => void;
    const inside = new Promise<void>((resolve) => (stoppedInside = resolve));
    // Only once: after SIGCONT it may start an article again, and must then be left running.
    let stopOnce = true;
    const stalled = startWorker('stalled', 3_000, () => {
      if (stopOnce && stalled.child.kill('SIGSTOP')) stoppedInside();
      stopOnce = false;
    });
    await inside;
    const steady = startWorker('steady', 50);

    await sleep(PAUSE_MS);
    expect(await doneBy('steady')).toBeGreaterThanOrEqual(3);

    stalled.child.kill('SIGCONT');
    const settled = (statuses: Record<string, number>) => !statuses.queued && !statuses.processing;
    await expect
      .poll(async () => settled(await statusesOf(graph, prefix)), { timeout: 120_000, interval: 500 })
      .toBe(true);
    expect(await statusesOf(graph, prefix), JSON.stringify(await failuresOf(graph, prefix))).toEqual({
      done: ARTICLES,
    });
    steady.child.kill('SIGTERM');
    stalled.child.kill('SIGTERM');
    const [steadyExit, stalledExit] = await Promise.all([steady.exited, stalled.exited]);
    expect(steadyExit.code, steadyExit.stderr()).toBe(0);
    expect(stalledExit.code, stalledExit.stderr()).toBe(0);

    // The stopped worker's transaction was rolled back: every article was written once.
    const counts = await processedCounts(graph, prefix);
    expect(counts.size).toBe(ARTICLES);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  }, 240_000);
});
