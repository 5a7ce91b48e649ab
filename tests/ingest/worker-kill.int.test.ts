import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../src/graph/apply-schema.js';
import type { GraphConnection } from '../../src/graph/connection.js';
import { projectRoot } from '../../src/project-root.js';
import { enqueueArticles } from '../../src/queue/article-queue.js';
import { connectTestGraph, testNeo4jEnv, uniqueTestPrefix } from '../setup/test-neo4j.js';
import { cleanUp, processedCounts, statusesOf, testArticles } from './queue-test-helpers.js';

const FIXTURE = join(projectRoot(), 'tests', 'ingest', 'fixtures', 'run-worker.ts');
const ARTICLES = 200;
/** Short, so the new worker need not wait long for the killed worker's claims. */
const LEASE_MS = 1_500;

let graph: GraphConnection;
const prefix = uniqueTestPrefix('kill');
const children: ChildProcess[] = [];

beforeAll(async () => {
  graph = await connectTestGraph();
  await applySchema(graph);
});

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await cleanUp(graph, prefix);
  await graph.close();
});

/** Starts the fixture worker in its own Node process; onStarted sees each "started <id>" line. */
function startWorker(workerId: string, env: Record<string, string>, onStarted?: (id: string, count: number) => void) {
  const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE], {
    cwd: projectRoot(),
    env: {
      ...process.env,
      ...testNeo4jEnv(),
      ID_PREFIX: prefix,
      WORKER_ID: workerId,
      LEASE_MS: String(LEASE_MS),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let started = 0;
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (line.startsWith('started ')) onStarted?.(line.slice('started '.length), ++started);
  });
  const exited = once(child, 'exit').then(([code, signal]) => ({ code, signal, stderr }));
  return { child, exited };
}

describe('a worker killed with SIGKILL mid-run', () => {
  it('loses nothing and doubles nothing: a restarted worker finishes all 200 articles, each once', async () => {
    await enqueueArticles(graph, testArticles(prefix, ARTICLES));

    // Two workers share the queue; the first is killed in the middle of an article, with
    // the rest of its batch claimed.
    let killedAt: number | undefined;
    const doomed = startWorker(
      'doomed',
      { MODE: 'run', SLEEP_MS: '60', CONCURRENCY: '2', BATCH_SIZE: '10' },
      (_id, n) => {
        if (n === 25 && killedAt === undefined) {
          killedAt = Date.now();
          doomed.child.kill('SIGKILL');
        }
      },
    );
    const survivor = startWorker('survivor', { MODE: 'idle', SLEEP_MS: '40', CONCURRENCY: '2', BATCH_SIZE: '10' });

    expect(await doomed.exited).toMatchObject({ signal: 'SIGKILL' });
    const { records } = await graph.driver.executeQuery(
      "MATCH (a:Article {status: 'processing', claimedBy: 'doomed'}) WHERE a.id STARTS WITH $prefix RETURN a.id AS id",
      { prefix },
      { database: graph.database },
    );
    const orphaned = records.map((r) => r.get('id') as string);
    expect(orphaned.length).toBeGreaterThan(0); // it died holding claims, one of them mid-transaction
    const doneBeforeRestart = (await statusesOf(graph, prefix)).done ?? 0;
    expect(doneBeforeRestart).toBeLessThan(ARTICLES);

    // Start it again: it waits for the dead claims to expire and takes them over.
    const restarted = startWorker('doomed', { MODE: 'idle', SLEEP_MS: '5', CONCURRENCY: '4', BATCH_SIZE: '10' });
    const [restartedExit, survivorExit] = await Promise.all([restarted.exited, survivor.exited]);
    expect(restartedExit, restartedExit.stderr).toMatchObject({ code: 0 });
    expect(survivorExit, survivorExit.stderr).toMatchObject({ code: 0 });

    expect(await statusesOf(graph, prefix)).toEqual({ done: ARTICLES });
    const counts = await processedCounts(graph, prefix);
    expect(counts.size).toBe(ARTICLES);
    expect([...counts.entries()].filter(([, n]) => n !== 1)).toEqual([]); // none committed twice
    const { records: retried } = await graph.driver.executeQuery(
      'MATCH (a:Article) WHERE a.id IN $ids RETURN min(a.attempts) AS min, max(a.attempts) AS max',
      { ids: orphaned },
      { database: graph.database },
    );
    expect(retried[0]?.get('min')).toBe(2); // each orphaned claim was taken over once
    expect(retried[0]?.get('max')).toBe(2);
  });
});
