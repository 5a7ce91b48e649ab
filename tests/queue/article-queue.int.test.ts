import { DateTime, Date as Neo4jDate } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NewsgraphError } from '../../src/errors.js';
import { applySchema } from '../../src/graph/apply-schema.js';
import type { GraphConnection } from '../../src/graph/connection.js';
import { cypher } from '../../src/graph/cypher-registry.js';
import { withdrawArticleContributions } from '../../src/graph/write-article.js';
import { defaultProcessor } from '../../src/ingest/process-article.js';
import {
  claimArticles,
  enqueueArticles,
  listFailed,
  queueCounts,
  recordRejectedInput,
  releaseClaims,
  renewClaims,
  type ClaimedArticle,
} from '../../src/queue/article-queue.js';
import { processClaimed } from '../../src/queue/queue-processing.js';
import {
  articleNode,
  cleanUp,
  processedCounts,
  recordingProcessor,
  testArticles,
} from '../ingest/queue-test-helpers.js';
import { planOperators } from '../setup/plan-operators.js';
import { connectTestGraph, uniqueTestPrefix } from '../setup/test-neo4j.js';

let graph: GraphConnection;
const prefix = uniqueTestPrefix('queue');
const FAST_RETRY = { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 1_000 };

beforeAll(async () => {
  graph = await connectTestGraph();
  await applySchema(graph);
});

afterAll(async () => {
  await cleanUp(graph, prefix);
  await graph.close();
});

// Invented people only, so nothing these tests write merges with other tests' actors.
const WARRANT_TEXT =
  'The International Criminal Court issued an arrest warrant for Tamsin Okafor-Vale on 3 March 2025, the court said.';

async function mentionedBy(articleId: string): Promise<string[]> {
  const { records } = await graph.driver.executeQuery(
    'MATCH (:Article {id: $articleId})-[:MENTIONS]->(n:Actor) RETURN n.name AS name ORDER BY name',
    { articleId },
    { database: graph.database },
  );
  return records.map((r) => r.get('name') as string);
}

async function withdraw(articleId: string): Promise<void> {
  const session = graph.driver.session({ database: graph.database });
  try {
    await session.executeWrite((tx) => withdrawArticleContributions(tx, articleId));
  } finally {
    await session.close();
  }
}

function claim(workerId: string, scope: string, limit = 10, leaseMs = 60_000, maxAttempts = 5) {
  return claimArticles(graph, { workerId, limit, leaseMs, maxAttempts, idPrefix: scope });
}

async function claimOne(scope: string, workerId = 'w1', leaseMs = 60_000): Promise<ClaimedArticle> {
  const [claimed] = await claim(workerId, scope, 1, leaseMs);
  if (!claimed) throw new Error(`nothing claimable under ${scope}`);
  return claimed;
}

describe('enqueueArticles', () => {
  it('queues new articles with their metadata, and leaves an identical resubmission untouched', async () => {
    const scope = `${prefix}-idem`;
    const articles = testArticles(scope, 3);
    const first = await enqueueArticles(graph, articles);
    expect(first.map((r) => r.outcome)).toEqual(['queued', 'queued', 'queued']);

    const before = await articleNode(graph, articles[0]!.id);
    expect(before).toMatchObject({ status: 'queued', attempts: 0, title: 'Title 0', text: articles[0]!.text });
    expect(before?.publishedAt).toBeInstanceOf(Neo4jDate);
    expect(String(before?.publishedAt)).toBe('2025-09-09');
    expect(before?.textHash).toMatch(/^[0-9a-f]{64}$/);

    const second = await enqueueArticles(graph, articles);
    expect(second.map((r) => [r.outcome, r.status])).toEqual([
      ['unchanged', 'queued'],
      ['unchanged', 'queued'],
      ['unchanged', 'queued'],
    ]);
    expect(await articleNode(graph, articles[0]!.id)).toEqual(before);
  });

  it('leaves a done article with the same text unchanged, and re-queues it when the text changed', async () => {
    const scope = `${prefix}-revise`;
    const [article] = testArticles(scope, 1);
    await enqueueArticles(graph, [article!]);
    expect((await processClaimed(graph, await claimOne(scope), recordingProcessor('w1'))).outcome).toBe('done');
    const done = await articleNode(graph, article!.id);
    expect(done).toMatchObject({ status: 'done' });
    expect(done?.ingestedAt).toBeInstanceOf(DateTime);
    expect(done?.claimToken).toBeUndefined();

    expect(await enqueueArticles(graph, [article!])).toEqual([
      { id: article!.id, outcome: 'unchanged', status: 'done' },
    ]);
    expect(await articleNode(graph, article!.id)).toEqual(done);

    const revised = { ...article!, text: `${article!.text} Revised.` };
    expect(await enqueueArticles(graph, [revised])).toEqual([
      { id: article!.id, outcome: 'requeued', status: 'queued' },
    ]);
    const requeued = await articleNode(graph, article!.id);
    expect(requeued).toMatchObject({ status: 'queued', text: revised.text, attempts: 0 });
    // The processor can tell a revision: the last ingested hash differs from the new one.
    const claimed = await claimOne(scope);
    expect(claimed.ingestedTextHash).toBe(done?.textHash);
    expect(claimed.textHash).not.toBe(done?.textHash);
  });

  it('re-queues a failed article with its attempts reset and its error cleared', async () => {
    const scope = `${prefix}-refail`;
    const [article] = testArticles(scope, 1);
    await enqueueArticles(graph, [article!]);
    const result = await processClaimed(graph, await claimOne(scope), () =>
      Promise.reject(new NewsgraphError('INPUT_INVALID', 'no good')),
    );
    expect(result).toMatchObject({ outcome: 'failed', error: 'no good' });
    expect(await articleNode(graph, article!.id)).toMatchObject({
      status: 'failed',
      lastError: 'no good',
      attempts: 1,
    });

    expect((await enqueueArticles(graph, [article!]))[0]?.outcome).toBe('requeued');
    const node = await articleNode(graph, article!.id);
    expect(node).toMatchObject({ status: 'queued', attempts: 0 });
    expect(node?.lastError).toBeUndefined();
    expect(node?.failedAt).toBeUndefined();
  });

  it('re-queues an article being processed when its text changed, and the old claim can no longer commit', async () => {
    const scope = `${prefix}-inflight`;
    const [article] = testArticles(scope, 1);
    await enqueueArticles(graph, [article!]);
    const claimed = await claimOne(scope);
    expect((await enqueueArticles(graph, [article!]))[0]).toMatchObject({ outcome: 'unchanged', status: 'processing' });
    expect((await enqueueArticles(graph, [{ ...article!, text: 'A new text.' }]))[0]?.outcome).toBe('requeued');

    expect(await processClaimed(graph, claimed, recordingProcessor('w1'))).toMatchObject({ outcome: 'lost' });
    expect(await processedCounts(graph, scope)).toEqual(new Map());
    expect(await articleNode(graph, article!.id)).toMatchObject({ status: 'queued', text: 'A new text.' });
  });

  it('splits large submissions into batches and reports every input', async () => {
    const scope = `${prefix}-many`;
    const articles = testArticles(scope, 1_203);
    const results = await enqueueArticles(graph, articles);
    expect(results).toHaveLength(1_203);
    expect(new Set(results.map((r) => r.outcome))).toEqual(new Set(['queued']));
    expect((await queueCounts(graph, { idPrefix: scope })).queued).toBe(1_203);
  });
});

describe('recordRejectedInput', () => {
  it('keeps an input that is not an article visible as a failed Article with its source and reason', async () => {
    const id = `${prefix}-rejected-1`;
    await recordRejectedInput(graph, {
      id,
      source: 'news.jsonl:17',
      error: 'news.jsonl:17: not valid JSON: Unexpected token',
      excerpt: '{"id": 1,',
    });
    expect(await articleNode(graph, id)).toMatchObject({
      status: 'failed',
      rejected: true,
      source: 'news.jsonl:17',
      lastError: 'news.jsonl:17: not valid JSON: Unexpected token',
    });
    expect(await listFailed(graph, 10, { idPrefix: `${prefix}-rejected` })).toEqual([
      expect.objectContaining({ id, source: 'news.jsonl:17', rejected: true, error: expect.stringMatching(/JSON/) }),
    ]);
    expect(await queueCounts(graph, { idPrefix: `${prefix}-rejected` })).toEqual({
      queued: 0,
      processing: 0,
      done: 0,
      failed: 1,
    });
    // Never claimed: it is failed, not queued.
    expect(await claim('w1', `${prefix}-rejected`)).toEqual([]);
  });
});

describe('claimArticles', () => {
  it('never gives one article to two concurrent claimers', async () => {
    const scope = `${prefix}-race`;
    const total = 300;
    await enqueueArticles(graph, testArticles(scope, total));
    const claimers = Array.from({ length: 6 }, async (_, worker) => {
      const mine: ClaimedArticle[] = [];
      for (;;) {
        const batch = await claim(`racer-${worker}`, scope, 7);
        if (batch.length === 0) break;
        mine.push(...batch);
      }
      return mine;
    });
    const all = (await Promise.all(claimers)).flat();
    const ids = all.map((c) => c.id);
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
    expect(new Set(all.map((c) => c.claimToken)).size).toBe(total);
    expect((await queueCounts(graph, { idPrefix: scope })).processing).toBe(total);
  });

  it('takes over a claim whose lease expired, and the first holder can then no longer commit', async () => {
    const scope = `${prefix}-lease`;
    await enqueueArticles(graph, testArticles(scope, 1));
    // A lease long enough that a loaded machine still tries again inside it.
    const first = await claimOne(scope, 'crashed', 2_000);
    expect(await claim('other', scope)).toEqual([]); // still leased
    await new Promise((resolve) => setTimeout(resolve, 2_200));
    const second = await claimOne(scope, 'other');
    expect(second).toMatchObject({ id: first.id, attempts: 2 });
    expect(second.claimToken).not.toBe(first.claimToken);

    expect(await processClaimed(graph, first, recordingProcessor('crashed'))).toMatchObject({ outcome: 'lost' });
    expect(await renewClaims(graph, [first], 60_000)).toEqual([]);
    expect(await processClaimed(graph, second, recordingProcessor('other'))).toMatchObject({ outcome: 'done' });
    expect(await processedCounts(graph, scope)).toEqual(new Map([[first.id, 1]]));
  });

  it('fails an article whose claims kept expiring once it used up its attempts', async () => {
    const scope = `${prefix}-poison`;
    const [article] = testArticles(scope, 1);
    await enqueueArticles(graph, [article!]);
    await claimArticles(graph, { workerId: 'dies', limit: 1, leaseMs: 100, maxAttempts: 1, idPrefix: scope });
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(
      await claimArticles(graph, { workerId: 'next', limit: 1, leaseMs: 100, maxAttempts: 1, idPrefix: scope }),
    ).toEqual([]);
    const node = await articleNode(graph, article!.id);
    expect(node).toMatchObject({ status: 'failed', attempts: 1 });
    expect(node?.lastError).toMatch(/gave up after 1 attempts: the claim of worker dies expired/);
  });

  it('claims in queue order, reading the queue from the (status, queuedAt) index instead of sorting it', async () => {
    const scope = `${prefix}-order`;
    for (const batch of [0, 1, 2]) {
      await enqueueArticles(graph, testArticles(`${scope}-b${batch}`, 30));
    }
    const claimed = await claim('orderly', scope, 35);
    expect(claimed.map((c) => c.id)).toEqual([
      ...testArticles(`${scope}-b0`, 30).map((a) => a.id),
      ...testArticles(`${scope}-b1`, 5).map((a) => a.id),
    ]);

    const { summary } = await graph.driver.executeQuery(
      `EXPLAIN ${cypher().get('queue/claim-articles')}`,
      {
        workerId: 'explain',
        limit: 20,
        candidates: 60,
        leaseMs: 60_000,
        maxAttempts: 5,
        idPrefix: null,
        ingestRun: null,
      },
      { database: graph.database },
    );
    const operators = planOperators(summary.plan);
    expect(operators).toContainEqual(expect.stringMatching(/^NodeIndexSeek.*Article\(status, queuedAt\)/));
    // PartialTop: sorted as the index gives it, so a claim reads O(batch) entries, not the whole queue.
    expect(operators).toContainEqual(expect.stringMatching(/^PartialTop/));
  });

  it('gives released claims back to the queue without counting an attempt', async () => {
    const scope = `${prefix}-release`;
    await enqueueArticles(graph, testArticles(scope, 3));
    const claims = await claim('stopping', scope, 3);
    expect(claims).toHaveLength(3);
    expect((await releaseClaims(graph, claims.slice(1))).sort()).toEqual(
      claims
        .slice(1)
        .map((c) => c.id)
        .sort(),
    );
    expect(await queueCounts(graph, { idPrefix: scope })).toMatchObject({ queued: 2, processing: 1 });
    const again = await claim('next', scope, 3);
    expect(again.map((c) => c.attempts)).toEqual([1, 1]);
  });
});

describe('processClaimed', () => {
  it('with the extracting processor, writes the article and marks it done in the writer’s last statement', async () => {
    const scope = `${prefix}-extract`;
    await enqueueArticles(
      graph,
      testArticles(scope, 1, () => WARRANT_TEXT),
    );
    const claimed = await claimOne(scope);
    expect(await processClaimed(graph, claimed, defaultProcessor)).toMatchObject({ outcome: 'done' });
    expect(await articleNode(graph, claimed.id)).toMatchObject({ status: 'done', ingestedTextHash: claimed.textHash });
    expect(await mentionedBy(claimed.id)).toEqual(['International Criminal Court', 'Tamsin Okafor-Vale']);
    expect((await articleNode(graph, claimed.id))?.claimToken).toBeUndefined();
    await withdraw(claimed.id);
  });

  it('with the extracting processor, writes nothing for a claim taken over meanwhile', async () => {
    const scope = `${prefix}-extract-lost`;
    await enqueueArticles(
      graph,
      testArticles(scope, 1, () => WARRANT_TEXT),
    );
    const stale = await claimOne(scope, 'stalled', 100);
    await new Promise((resolve) => setTimeout(resolve, 250));
    const current = await claimOne(scope, 'other');

    expect(await processClaimed(graph, stale, defaultProcessor)).toMatchObject({ outcome: 'lost' });
    expect(await mentionedBy(stale.id)).toEqual([]);
    expect(await articleNode(graph, stale.id)).toMatchObject({ status: 'processing', claimedBy: 'other' });

    expect(await processClaimed(graph, current, defaultProcessor)).toMatchObject({ outcome: 'done', attempts: 2 });
    expect(await mentionedBy(current.id)).toHaveLength(2);
    await withdraw(current.id);
  });

  it('writes the processor’s work and the done status in one transaction, or neither', async () => {
    const scope = `${prefix}-atomic`;
    await enqueueArticles(graph, testArticles(scope, 1));
    const claimed = await claimOne(scope);
    const failing = async (...args: Parameters<ReturnType<typeof recordingProcessor>>) => {
      await recordingProcessor('w1')(...args);
      throw new Error('extractor blew up after writing');
    };
    expect(await processClaimed(graph, claimed, failing)).toMatchObject({
      outcome: 'failed',
      error: 'extractor blew up after writing',
    });
    expect(await processedCounts(graph, scope)).toEqual(new Map()); // rolled back
  });

  it('retries a retriable error with growing delays, then fails keeping the message', async () => {
    const scope = `${prefix}-retry`;
    const [article] = testArticles(scope, 1);
    await enqueueArticles(graph, [article!]);
    const flaky = () =>
      Promise.reject(new NewsgraphError('NEO4J_UNAVAILABLE', 'gazetteer offline', { retriable: true }));
    const delays: number[] = [];
    let failedAtMs = 0;
    for (let attempt = 1; attempt <= FAST_RETRY.maxAttempts; attempt++) {
      let claimed: ClaimedArticle | undefined;
      while (!claimed) {
        claimed = (await claim('w1', scope, 1, 60_000, FAST_RETRY.maxAttempts))[0];
        if (!claimed) await new Promise((resolve) => setTimeout(resolve, 10));
      }
      if (attempt > 1) delays.push(Date.now() - failedAtMs);
      expect(claimed.attempts).toBe(attempt);
      const result = await processClaimed(graph, claimed, flaky, FAST_RETRY);
      failedAtMs = Date.now();
      if (attempt < FAST_RETRY.maxAttempts) {
        expect(result).toMatchObject({ outcome: 'retry', retryInMs: 100 * 2 ** (attempt - 1) });
        const node = await articleNode(graph, article!.id);
        expect(node).toMatchObject({ status: 'queued', lastError: 'gazetteer offline', attempts: attempt });
      } else {
        expect(result).toMatchObject({ outcome: 'failed' });
      }
    }
    // Waited for the backoff: about 100 ms, then about 200 ms.
    expect(delays[0]).toBeGreaterThanOrEqual(80);
    expect(delays[1]).toBeGreaterThanOrEqual(180);
    const node = await articleNode(graph, article!.id);
    expect(node).toMatchObject({
      status: 'failed',
      attempts: 3,
      lastError: 'gazetteer offline (gave up after 3 attempts)',
    });
    expect(node?.failedAt).toBeInstanceOf(DateTime);
    expect(await listFailed(graph, 5, { idPrefix: scope })).toEqual([
      expect.objectContaining({ id: article!.id, error: 'gazetteer offline (gave up after 3 attempts)', attempts: 3 }),
    ]);
  });
});
