/**
 * The errors a real Neo4j 5.26 sends when a transaction outlives its timeout: the queue retries
 * them (a worker that waited for a stalled worker's lock must not fail its article for good, as
 * it did in CI when the lock wait came back as Neo.ClientError.Transaction.LockClientStopped),
 * and the API reports them as TIMEOUT.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphConnection } from '../../src/graph/connection.js';
import { isTransactionTimeout } from '../../src/graph/neo4j-errors.js';
import { isRetriable } from '../../src/queue/queue-processing.js';
import { connectTestGraph, uniqueTestPrefix } from '../setup/test-neo4j.js';

const TIMEOUT_MS = 1_000;
const TAKE_LOCK = 'MERGE (lock:ResolutionLock {key: $key}) SET lock._lock = true REMOVE lock._lock';

let graph: GraphConnection;
const key = uniqueTestPrefix('neo4j-errors');

beforeAll(async () => {
  graph = await connectTestGraph();
  await graph.driver.executeQuery(TAKE_LOCK, { key }, { database: graph.database }); // planned before any timeout
});

afterAll(async () => {
  await graph.driver.executeQuery(
    'MATCH (lock:ResolutionLock {key: $key}) DELETE lock',
    { key },
    {
      database: graph.database,
    },
  );
  await graph.close();
});

async function errorOf(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error('expected the transaction to fail');
}

describe('a transaction past its timeout, on the real server', () => {
  it('waiting for a lock another transaction holds: a timeout, worth another attempt', async () => {
    const holder = graph.driver.session({ database: graph.database });
    const waiter = graph.driver.session({ database: graph.database });
    const held = await holder.beginTransaction();
    try {
      await held.run(TAKE_LOCK, { key });
      const error = await errorOf(() =>
        waiter.executeWrite((tx) => tx.run(TAKE_LOCK, { key }), { timeout: TIMEOUT_MS }),
      );
      expect(isTransactionTimeout(error), String(error)).toBe(true);
      expect(isRetriable(error)).toBe(true);
    } finally {
      await held.rollback();
      await Promise.all([holder.close(), waiter.close()]);
    }
  });

  it('holding a lock while its client stalls: ended by the server, and the lock is free again', async () => {
    const stalled = graph.driver.session({ database: graph.database });
    const tx = await stalled.beginTransaction({ timeout: TIMEOUT_MS });
    try {
      await tx.run(TAKE_LOCK, { key });
      await sleep(3 * TIMEOUT_MS);
      const error = await errorOf(() => tx.run('RETURN 1'));
      expect(isTransactionTimeout(error), String(error)).toBe(true);
      expect(isRetriable(error)).toBe(true);
      // Another transaction takes the lock at once.
      await graph.driver.executeQuery(
        TAKE_LOCK,
        { key },
        { database: graph.database, transactionConfig: { timeout: TIMEOUT_MS } },
      );
    } finally {
      await stalled.close();
    }
  });
});
