/**
 * Subscriptions end to end against the real Neo4j: a client subscribes over WebSocket, a
 * `newsgraph worker` in another process ingests articles with warrants, and the API's change
 * feed delivers them; the actor filter, closing the socket, auth and the limits.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  ArticleIngestedDocument,
  createNewsgraphClient,
  EventAddedDocument,
  NewsgraphRequestError,
  type ArticleIngestedSubscription,
  type EventAddedSubscription,
  type NewsgraphClient,
} from '../../clients/typescript/src/index.js';
import { enqueueArticles } from '../../src/queue/article-queue.js';
import type { GraphConnection } from '../../src/graph/connection.js';
import { projectRoot } from '../../src/project-root.js';
import { scrape } from '../metrics/scrape.js';
import { testNeo4jEnv } from '../setup/test-neo4j.js';
import { openTestGraph, runSuffix, startTestApi, TEST_API_KEY, withdrawArticles, type TestApi } from './api-fixture.js';

const run = runSuffix('subs');
const articleIds = [`${run}-a1`, `${run}-a2`];
let graph: GraphConnection;
let api: TestApi;
let worker: ChildProcess | undefined;

beforeAll(async () => {
  graph = await openTestGraph();
  api = await startTestApi(graph);
});

afterAll(async () => {
  worker?.kill('SIGTERM');
  await api?.close();
  await withdrawArticles(graph, articleIds);
  await graph.close();
});

/** Everything a subscription delivers, collected as it arrives, with the time of arrival. */
function collect<T>(iterator: AsyncIterableIterator<T>): {
  items: Array<{ value: T; at: number }>;
  done: Promise<unknown>;
} {
  const items: Array<{ value: T; at: number }> = [];
  const done = (async () => {
    for await (const value of iterator) items.push({ value, at: Date.now() });
  })().catch((error: unknown) => error);
  return { items, done };
}

async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

const metricsOf = (testApi: TestApi) => scrape(testApi.url.replace(/\/graphql$/, '/metrics'));
const active = async (testApi: TestApi, field: string): Promise<number> =>
  (await metricsOf(testApi)).value('newsgraph_subscriptions_active', { field }) ?? 0;

function client(testApi: TestApi, apiKey?: string): NewsgraphClient {
  return createNewsgraphClient({
    url: testApi.url,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    ...(apiKey ? { apiKey } : {}),
  });
}

describe('eventAdded and articleIngested', () => {
  it('delivers what a worker in another process writes, filtered by kind and actor, and frees closed subscriptions', async () => {
    const watcher = client(api);
    const warrants = collect<EventAddedSubscription>(watcher.subscribe(EventAddedDocument, { types: ['WARRANT'] }));
    const strikesOnly = collect<EventAddedSubscription>(watcher.subscribe(EventAddedDocument, { types: ['STRIKE'] }));
    const articles = collect<ArticleIngestedSubscription>(watcher.subscribe(ArticleIngestedDocument));
    const filtered = client(api);
    const hask = collect<EventAddedSubscription>(filtered.subscribe(EventAddedDocument, { actor: 'person:bren-hask' }));
    await until('four subscriptions', async () => (await active(api, 'eventAdded')) === 3);
    await until('the article subscription', async () => (await active(api, 'articleIngested')) === 1);

    worker = spawn(
      process.execPath,
      [join(projectRoot(), 'dist', 'bin', 'newsgraph.js'), 'worker', '--id-prefix', run, '--poll-interval-ms', '100'],
      { cwd: projectRoot(), env: { ...process.env, ...testNeo4jEnv() }, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    const text = (subject: string) =>
      `The International Criminal Court issued an arrest warrant for ${subject} on Monday, judges said.`;
    await enqueueArticles(graph, [
      { id: articleIds[0]!, title: 'First warrant', url: null, publishedAt: '2025-02-03', text: text('Talia Morrow') },
    ]);
    await until('the first warrant', () => warrants.items.length === 1, 60_000);
    await enqueueArticles(graph, [
      { id: articleIds[1]!, title: 'Second warrant', url: null, publishedAt: '2025-02-04', text: text('Bren Hask') },
    ]);
    await until('the second warrant', () => warrants.items.length === 2 && hask.items.length === 1, 60_000);
    await until('both articles', () => articles.items.length === 2);

    const [first, second] = warrants.items.map((item) => item.value.eventAdded);
    expect(first?.article.articleId).toBe(articleIds[0]);
    expect(first?.event.__typename).toBe('Warrant');
    const subjects = (event: EventAddedSubscription['eventAdded']['event'] | undefined) =>
      event?.__typename === 'Warrant' ? event.subjects.map((subject) => subject.name) : [];
    expect(subjects(first?.event)).toEqual(['Talia Morrow']);
    expect(subjects(second?.event)).toEqual(['Bren Hask']);
    expect(first?.event.__typename === 'Warrant' && first.event.issuer?.name).toBe('International Criminal Court');
    expect(first?.evidence[0]?.text).toMatch(/arrest warrant for Talia Morrow/);
    expect(first?.firstReport).toBe(true);
    expect(hask.items.map((item) => item.value.eventAdded.article.articleId)).toEqual([articleIds[1]]);
    expect(articles.items.map((item) => item.value.articleIngested.articleId)).toEqual(articleIds);
    expect(strikesOnly.items).toEqual([]);

    // From the report's stamp (the writer's transaction, by the server's clock) to the client.
    const delays = warrants.items.map((item) => item.at - Date.parse(item.value.eventAdded.reportedAt));
    console.log(`subscription delay from write to client: ${delays.map((ms) => `${ms} ms`).join(', ')}`);
    for (const delay of delays) expect(delay).toBeLessThan(10_000);

    await filtered.close();
    await until('the closed socket to free its subscription', async () => (await active(api, 'eventAdded')) === 2);
    await watcher.close();
    await until('every subscription to end', async () => (await active(api, 'eventAdded')) === 0);
    expect(await active(api, 'articleIngested')).toBe(0);
    // Nobody subscribes: the feed stops reading the graph.
    const polls = async () => (await metricsOf(api)).value('newsgraph_feed_polls_total', { outcome: 'ok' });
    const stopped = await polls();
    await sleep(1_500);
    expect(await polls()).toBe(stopped);
    await Promise.all([warrants.done, hask.done, articles.done]);
  });
});

describe('what a subscription must pass', () => {
  it('needs the API key when reads do, in the connection_init payload', async () => {
    const closed = await startTestApi(graph, { policy: { readsNeedKey: true } });
    try {
      const anonymous = client(closed);
      const refused = await anonymous
        .subscribe(ArticleIngestedDocument)
        .next()
        .catch((error: unknown) => error);
      expect(refused).toMatchObject({ message: expect.stringMatching(/4403/) });
      const keyed = client(closed, TEST_API_KEY);
      const subscription = collect(keyed.subscribe(ArticleIngestedDocument));
      await until('the keyed subscription', async () => {
        const metrics = await scrape(closed.url.replace(/\/graphql$/, '/metrics'), {
          authorization: `Bearer ${TEST_API_KEY}`,
        });
        return metrics.value('newsgraph_subscriptions_active', { field: 'articleIngested' }) === 1;
      });
      await keyed.close();
      await subscription.done;
      await anonymous.close();
    } finally {
      await closed.close();
    }
  });

  it('refuses subscriptions past the per-connection limit, connections past the limit, and queries', async () => {
    const limited = await startTestApi(graph, {
      subscriptions: { maxPerConnection: 1, maxConnections: 1, pollIntervalMs: 500, overlapMs: 10_000 },
    });
    try {
      const one = client(limited);
      const first = collect(one.subscribe(ArticleIngestedDocument));
      await until('the first subscription', async () => (await active(limited, 'articleIngested')) === 1);
      const second = await one
        .subscribe(ArticleIngestedDocument)
        .next()
        .catch((error: unknown) => error);
      expect(second).toBeInstanceOf(NewsgraphRequestError);
      expect((second as NewsgraphRequestError).codes).toEqual(['TOO_MANY_SUBSCRIPTIONS']);

      const refusal = await new Promise<number>((resolve, reject) => {
        const socket = new WebSocket(limited.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
        socket.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        socket.once('open', () => reject(new Error('a connection past the limit was accepted')));
        socket.once('error', () => undefined);
      });
      expect(refusal).toBe(503);
      await one.close();
      await first.done;

      const other = client(limited);
      const query = await other
        .subscribe({ toString: () => '{ health { status } }' })
        .next()
        .catch((error: unknown) => error);
      expect((query as NewsgraphRequestError).codes).toEqual(['BAD_REQUEST']);
      await other.close();
    } finally {
      await limited.close();
    }
  });

  it('refuses a subscription sent over HTTP, pointing to the WebSocket', async () => {
    const { status, errors } = await api.gql('subscription { articleIngested { articleId } }');
    expect(status).toBe(400);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(errors?.[0]?.message).toMatch(/WebSocket/);
  });

  it('applies the depth limit and validation before subscribing', async () => {
    const strict = await startTestApi(graph, { policy: { maxDepth: 2 } });
    try {
      const deep = client(strict);
      const tooDeep = await deep
        .subscribe(EventAddedDocument)
        .next()
        .catch((error: unknown) => error);
      expect((tooDeep as NewsgraphRequestError).codes).toEqual(['QUERY_TOO_DEEP']);
      const invalid = await deep
        .subscribe({ toString: () => 'subscription { eventAdded { nope } }' })
        .next()
        .catch((error: unknown) => error);
      expect((invalid as NewsgraphRequestError).codes).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      await deep.close();
    } finally {
      await strict.close();
    }
  });
});
