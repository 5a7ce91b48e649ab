import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NewsgraphError } from '../../src/errors.js';
import { applySchema } from '../../src/graph/apply-schema.js';
import type { GraphConnection } from '../../src/graph/connection.js';
import type { ArticleProcessor } from '../../src/ingest/process-article.js';
import { Worker, type WorkerOptions } from '../../src/ingest/worker.js';
import { claimArticles, enqueueArticles, listFailed, queueCounts } from '../../src/queue/article-queue.js';
import type { ProcessResult } from '../../src/queue/queue-processing.js';
import { connectTestGraph, uniqueTestPrefix } from '../setup/test-neo4j.js';
import {
  articleNode,
  cleanUp,
  processedCounts,
  recordingProcessor,
  silentLog,
  statusesOf,
  testArticles,
} from './queue-test-helpers.js';

let graph: GraphConnection;
const prefix = uniqueTestPrefix('worker');

beforeAll(async () => {
  graph = await connectTestGraph();
  await applySchema(graph);
});

afterAll(async () => {
  await cleanUp(graph, prefix);
  await graph.close();
});

function worker(scope: string, options: Partial<WorkerOptions> & Pick<WorkerOptions, 'processor'>): Worker {
  return new Worker(graph, {
    workerId: `w-${scope}`,
    batchSize: 10,
    concurrency: 4,
    leaseMs: 60_000,
    pollIntervalMs: 50,
    maxAttempts: 5,
    log: silentLog,
    scope: { idPrefix: scope },
    ...options,
  });
}

describe('Worker', () => {
  it('two workers on 200 queued articles process each exactly once', async () => {
    const scope = `${prefix}-pair`;
    await enqueueArticles(graph, testArticles(scope, 200));
    const [a, b] = await Promise.all([
      worker(scope, { workerId: 'A', processor: recordingProcessor('A', 5) }).runUntilIdle(),
      worker(scope, { workerId: 'B', processor: recordingProcessor('B', 5) }).runUntilIdle(),
    ]);
    const counts = await processedCounts(graph, scope);
    expect(counts.size).toBe(200);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(await statusesOf(graph, scope)).toEqual({ done: 200 });
    expect(a.done + b.done).toBe(200);
    expect(a.done).toBeGreaterThan(0);
    expect(b.done).toBeGreaterThan(0);
    expect(a.lost + b.lost).toBe(0);
  });

  it('goes on with the next claims while a slow article of the batch is still in progress', async () => {
    const scope = `${prefix}-flow`;
    const articles = testArticles(scope, 8);
    await enqueueArticles(graph, articles);
    const [slow] = articles;
    const finished: string[] = [];
    let othersDoneWhileSlowRan = 0;
    const processor: ArticleProcessor = async (tx, article) => {
      if (article.id === slow!.id) {
        // A worker that waited for its batch would process nothing else meanwhile.
        for (let waited = 0; waited < 5_000 && finished.length < articles.length - 1; waited += 20) await sleep(20);
        othersDoneWhileSlowRan = finished.length;
      }
      await recordingProcessor('flow')(tx, article);
      finished.push(article.id);
    };
    const stats = await worker(scope, { batchSize: 2, concurrency: 2, processor }).runUntilIdle();
    expect(othersDoneWhileSlowRan).toBe(articles.length - 1);
    expect(stats).toMatchObject({ claimed: 8, done: 8, lost: 0, released: 0 });
    expect(await statusesOf(graph, scope)).toEqual({ done: 8 });
  });

  it('on stop finishes the article in progress, starts no other and gives its other claims back', async () => {
    const scope = `${prefix}-stop`;
    await enqueueArticles(graph, testArticles(scope, 30));
    const controller = new AbortController();
    const started: string[] = [];
    const record = recordingProcessor('stopper');
    const processor: ArticleProcessor = async (tx, article) => {
      started.push(article.id);
      if (started.length === 2) controller.abort();
      await record(tx, article);
      await sleep(100);
    };
    const stats = await worker(scope, { concurrency: 1, signal: controller.signal, processor }).run();
    expect(started).toHaveLength(2);
    expect(stats).toMatchObject({ claimed: 10, done: 2, released: 8 });
    expect(await statusesOf(graph, scope)).toEqual({ done: 2, queued: 28 });
    expect((await processedCounts(graph, scope)).size).toBe(2);
    const released = await articleNode(graph, `${scope}-a0005`);
    expect(released).toMatchObject({ status: 'queued', attempts: 0 });
    expect(released?.claimToken).toBeUndefined();
  });

  it('runs until idle through retries with backoff, and ends failures as failed with their message', async () => {
    const scope = `${prefix}-retry`;
    await enqueueArticles(graph, testArticles(scope, 6));
    const results: ProcessResult[] = [];
    const processor: ArticleProcessor = async (tx, article) => {
      if (article.id.endsWith('5')) throw new Error(`article ${article.id} has no text we can read`);
      if (article.attempts < 3) throw new NewsgraphError('NEO4J_UNAVAILABLE', 'try later', { retriable: true });
      await recordingProcessor('retrier')(tx, article);
    };
    const stats = await worker(scope, {
      processor,
      retryBaseDelayMs: 50,
      onResult: (r) => results.push(r),
    }).runUntilIdle();
    expect(stats).toMatchObject({ done: 5, retried: 10, failed: 1 });
    expect(await statusesOf(graph, scope)).toEqual({ done: 5, failed: 1 });
    expect(results.filter((r) => r.outcome === 'retry').map((r) => r.outcome === 'retry' && r.retryInMs)).toEqual(
      expect.arrayContaining([50, 100]),
    );
    expect(await listFailed(graph, 10, { idPrefix: scope })).toEqual([
      expect.objectContaining({
        id: `${scope}-a0005`,
        attempts: 1,
        error: `article ${scope}-a0005 has no text we can read`,
      }),
    ]);
  });

  it('keeps the claims of a batch longer than the lease by renewing them', async () => {
    const scope = `${prefix}-renew`;
    await enqueueArticles(graph, testArticles(scope, 5));
    let stolen = 0;
    let running = true;
    const thief = (async () => {
      // The thief starts once the worker holds the batch: before that, claiming is no theft.
      while (running && (await queueCounts(graph, { idPrefix: scope })).processing < 5) await sleep(20);
      while (running) {
        // A 1 ms lease: should the thief get anything, the worker soon takes it back and the test ends.
        const claims = await claimArticles(graph, {
          workerId: 'thief',
          limit: 5,
          leaseMs: 1,
          maxAttempts: 5,
          idPrefix: scope,
        });
        stolen += claims.length;
        await sleep(50);
      }
    })();
    const stats = await worker(scope, {
      batchSize: 5,
      concurrency: 1,
      leaseMs: 1_000,
      processor: async (tx, article) => {
        await recordingProcessor('slow')(tx, article);
        await sleep(400); // five of these take 2 s, twice the lease
      },
    }).runUntilIdle();
    running = false;
    await thief;
    expect(stolen).toBe(0);
    expect(stats).toMatchObject({ claimed: 5, done: 5, lost: 0 });
  });

  it('rejects options that make no sense', () => {
    expect(() => worker('x', { processor: recordingProcessor('x'), concurrency: 0 })).toThrow(
      /concurrency must be a positive/,
    );
  });
});
