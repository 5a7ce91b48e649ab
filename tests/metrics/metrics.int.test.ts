/**
 * Prometheus metrics, scraped as Prometheus would after a few requests and one ingest: the API's
 * GET /metrics, and a `newsgraph worker --metrics-port` in a process of its own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueArticles } from '../../src/queue/article-queue.js';
import type { GraphConnection } from '../../src/graph/connection.js';
import { createQueueIngestService } from '../../src/ingest/queue-ingest-service.js';
import { projectRoot } from '../../src/project-root.js';
import {
  openTestGraph,
  runSuffix,
  startTestApi,
  TEST_API_KEY,
  withdrawArticles,
  type TestApi,
} from '../api/api-fixture.js';
import { freePort } from '../setup/free-port.js';
import { testNeo4jEnv } from '../setup/test-neo4j.js';
import { scrape, type Scrape } from './scrape.js';

const run = runSuffix('metrics');
const auth = { authorization: `Bearer ${TEST_API_KEY}` };
const WARRANT_TEXT = 'The International Criminal Court issued an arrest warrant for Doran Vale on Monday.';
let graph: GraphConnection;
let api: TestApi;
let metricsUrl: string;

beforeAll(async () => {
  graph = await openTestGraph();
  api = await startTestApi(graph, { ingest: createQueueIngestService(graph) });
  metricsUrl = api.url.replace(/\/graphql$/, '/metrics');
});

afterAll(async () => {
  await api?.close();
  await withdrawArticles(graph, [`${run}-api`, `${run}-worker`]);
  await graph.close();
});

/** How much a counter (or a histogram's _count/_sum) grew between two scrapes. */
function growth(before: Scrape, after: Scrape, name: string, labels: Record<string, string> = {}): number {
  return (after.value(name, labels) ?? 0) - (before.value(name, labels) ?? 0);
}

describe('GET /metrics on the API', () => {
  it('counts and times requests by operation and outcome, with round trips and loader batches', async () => {
    const before = await scrape(metricsUrl);
    expect(before.status).toBe(200);
    expect(before.contentType).toMatch(/^text\/plain; version=0\.0\.4/);

    // The ingest first, so that the list has a warrant whose actors it reads.
    const ingest = await api.gql(
      'mutation MetricsIngest($input: ArticleInput!) { ingestArticle(input: $input) { outcome } }',
      { input: { id: `${run}-api`, publishedAt: '2024-06-03', text: WARRANT_TEXT } },
      auth,
    );
    expect(ingest.errors).toBeUndefined();
    const list = 'query MetricsWarrants { warrants(first: 5) { nodes { id issuer { name } subjects { name } } } }';
    let warrantId: string | undefined;
    for (let i = 0; i < 2; i++) {
      const page = await api.gql<{ warrants: { nodes: Array<{ id: string }> } }>(list);
      expect(page.errors).toBeUndefined();
      warrantId ??= page.data?.warrants.nodes[0]?.id;
    }
    // node(id:) reads a warrant's actors through the loaders, not along with the page.
    const one = await api.gql(
      'query MetricsWarrant($id: ID!) { node(id: $id) { ... on Warrant { issuer { name } subjects { name } } } }',
      { id: warrantId },
    );
    expect(one.errors).toBeUndefined();
    const missing = await api.gql(
      'query MetricsMissing { path(from: "person:nobody-x", to: "person:nobody-y") { length } }',
    );
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const after = await scrape(metricsUrl);
    const ok = { operation: 'MetricsWarrants', outcome: 'ok' };
    expect(growth(before, after, 'newsgraph_graphql_requests_total', ok)).toBe(2);
    expect(growth(before, after, 'newsgraph_graphql_request_duration_seconds_count', ok)).toBe(2);
    expect(growth(before, after, 'newsgraph_graphql_request_duration_seconds_sum', ok)).toBeGreaterThan(0);
    expect(
      growth(before, after, 'newsgraph_graphql_requests_total', { operation: 'MetricsMissing', outcome: 'NOT_FOUND' }),
    ).toBe(1);
    // The list page reads its warrants' actors along: one statement per request.
    const trips = (operation: string, part: 'count' | 'sum') =>
      growth(before, after, `newsgraph_graphql_cypher_round_trips_${part}`, { operation });
    expect(trips('MetricsWarrants', 'count')).toBe(2);
    expect(trips('MetricsWarrants', 'sum')).toBe(2);
    // node(id:): the warrant, then one loader batch for its issuer and subjects together.
    expect(trips('MetricsWarrant', 'sum')).toBe(2);
    expect(growth(before, after, 'newsgraph_dataloader_batch_size_count', { loader: 'event-actors' })).toBe(1);
    expect(growth(before, after, 'newsgraph_article_extract_seconds_count')).toBe(1);
    expect(growth(before, after, 'newsgraph_article_write_seconds_count')).toBe(1);

    expect(after.value('newsgraph_neo4j_up')).toBe(1);
    expect(after.value('newsgraph_neo4j_latency_seconds')).toBeGreaterThan(0);
    expect(after.value('newsgraph_queue_articles', { status: 'done' })).toBeGreaterThanOrEqual(1);
    expect(after.value('newsgraph_queue_articles', { status: 'queued' })).toBeGreaterThanOrEqual(0);
    expect(after.value('process_cpu_user_seconds_total')).toBeGreaterThan(0);
  });

  it('needs the API key when reads do', async () => {
    const closed = await startTestApi(graph, { policy: { readsNeedKey: true } });
    try {
      const url = closed.url.replace(/\/graphql$/, '/metrics');
      const refused = await scrape(url);
      expect(refused.status).toBe(401);
      expect(JSON.parse(refused.text).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect((await scrape(url, auth)).status).toBe(200);
    } finally {
      await closed.close();
    }
  });
});

describe('newsgraph worker --metrics-port', () => {
  let child: ChildProcess | undefined;
  afterAll(() => child?.kill('SIGKILL'));

  it('serves the worker metrics on its own port: articles by outcome, extraction and write time', async () => {
    const port = await freePort();
    child = spawn(
      process.execPath,
      [join(projectRoot(), 'dist', 'bin', 'newsgraph.js'), 'worker', '--metrics-port', String(port)].concat([
        '--id-prefix',
        `${run}-worker`,
        '--poll-interval-ms',
        '100',
      ]),
      { cwd: projectRoot(), env: { ...process.env, ...testNeo4jEnv() }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
    expect(line, stderr).toMatch(new RegExp(`metrics at http://127\\.0\\.0\\.1:${port}/metrics$`));
    const url = `http://127.0.0.1:${port}/metrics`;
    expect((await scrape(url)).value('newsgraph_worker_articles_total', { outcome: 'done' })).toBeUndefined();

    await enqueueArticles(graph, [
      { id: `${run}-worker`, title: null, url: null, publishedAt: '2024-06-03', text: WARRANT_TEXT },
    ]);
    let metrics = await scrape(url);
    for (
      let waited = 0;
      metrics.value('newsgraph_worker_articles_total', { outcome: 'done' }) === undefined;
      waited++
    ) {
      expect(waited, `the worker did not finish the article:\n${stderr}`).toBeLessThan(300);
      await sleep(100);
      metrics = await scrape(url);
    }
    expect(metrics.value('newsgraph_worker_articles_total', { outcome: 'done' })).toBe(1);
    expect(metrics.value('newsgraph_article_extract_seconds_count')).toBe(1);
    expect(metrics.value('newsgraph_article_write_seconds_count')).toBe(1);
    expect(metrics.value('newsgraph_neo4j_up')).toBe(1);
    expect(metrics.value('newsgraph_queue_articles', { status: 'done' })).toBeGreaterThanOrEqual(1);
    expect((await fetch(url.replace('/metrics', '/other'))).status).toBe(404);

    child.kill('SIGTERM');
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code, stderr).toBe(0);
  });
});
