/**
 * The API's writes wired to the real queue, extractor and writer (src/ingest/queue-ingest-service.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphConnection } from '../../src/graph/connection.js';
import { withdrawArticleContributions } from '../../src/graph/write-article.js';
import { createQueueIngestService } from '../../src/ingest/queue-ingest-service.js';
import { deleteRun, openTestGraph, runSuffix, startTestApi, TEST_API_KEY, type TestApi } from './api-fixture.js';

const run = runSuffix('mut');
const auth = { authorization: `Bearer ${TEST_API_KEY}` };
let graph: GraphConnection;
let api: TestApi;

beforeAll(async () => {
  graph = await openTestGraph();
  api = await startTestApi(graph, { ingest: createQueueIngestService(graph) });
});

afterAll(async () => {
  await api.close();
  // The ingested articles name actors without this run's suffix: withdraw what they wrote first.
  const session = graph.driver.session({ database: graph.database });
  try {
    for (const id of [`${run}-now`, `${run}-later`]) {
      await session.executeWrite((tx) => withdrawArticleContributions(tx, id));
    }
  } finally {
    await session.close();
  }
  await deleteRun(graph, run);
  await graph.close();
});

const INGEST = `mutation ($input: ArticleInput!) {
  ingestArticle(input: $input) {
    articleId outcome
    article { status }
    entities { type name }
    events { type status }
  }
}`;

describe('writes through the queue', () => {
  it('ingests an article at once and returns what the extractor found', async () => {
    const input = {
      id: `${run}-now`,
      publishedAt: '2024-06-03',
      text: 'The International Criminal Court issued an arrest warrant for Doran Vale on Monday.',
    };
    const first = await api.gql(INGEST, { input }, auth);
    expect(first.errors).toBeUndefined();
    expect(first.data.ingestArticle).toMatchObject({
      articleId: input.id,
      outcome: 'INGESTED',
      article: { status: 'DONE' },
      events: [{ type: 'WARRANT', status: 'ISSUED' }],
    });
    expect(first.data.ingestArticle.entities).toEqual(
      expect.arrayContaining([
        { type: 'COURT', name: 'International Criminal Court' },
        { type: 'PERSON', name: 'Doran Vale' },
      ]),
    );
    const warrants = await api.gql(
      `{ warrants(where: { subject: "person:doran-vale" }) { nodes { issuer { name } status } } }`,
    );
    expect(warrants.data.warrants.nodes).toEqual([
      { issuer: { name: 'International Criminal Court' }, status: 'ISSUED' },
    ]);
    // The full-text index is eventually consistent; the mutation waits for it before answering.
    const search = await api.gql('{ search(query: "Doran Vale") { actor { name } } }');
    expect(search.data.search[0].actor).toEqual({ name: 'Doran Vale' });

    const again = await api.gql(INGEST, { input }, auth);
    expect(again.data.ingestArticle.outcome).toBe('UNCHANGED');
  });

  it('queues a submitted article for the workers', async () => {
    const input = { id: `${run}-queued`, text: 'Officials met in Geneva.' };
    const result = await api.gql(
      'mutation ($input: ArticleInput!) { submitArticle(input: $input) { articleId outcome article { status } } }',
      { input },
      auth,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.submitArticle).toEqual({
      articleId: input.id,
      outcome: 'QUEUED',
      article: { status: 'QUEUED' },
    });
  });

  it('writes an article submitted earlier and not yet processed, instead of calling it unchanged (issue 10, finding 6)', async () => {
    const input = { id: `${run}-later`, text: 'Officials of the court met in Geneva on Tuesday.' };
    const SUBMIT = 'mutation ($input: ArticleInput!) { submitArticle(input: $input) { outcome } }';
    expect((await api.gql(SUBMIT, { input }, auth)).data.submitArticle.outcome).toBe('QUEUED');
    // No worker runs: the article waits on the queue, and ingestArticle with the same text writes it.
    const result = await api.gql(INGEST, { input }, auth);
    expect(result.errors).toBeUndefined();
    expect(result.data.ingestArticle).toMatchObject({ outcome: 'INGESTED', article: { status: 'DONE' } });
    const mentions = await graph.driver.executeQuery(
      'MATCH (a:Article {id: $id})-[:MENTIONS]->(actor) RETURN count(actor) AS n',
      { id: input.id },
      { database: graph.database },
    );
    expect(mentions.records[0]?.get('n')).toBeGreaterThan(0);
    expect((await api.gql(INGEST, { input }, auth)).data.ingestArticle.outcome).toBe('UNCHANGED');
  });

  it('refuses a write without the key, and writes nothing', async () => {
    const input = { id: `${run}-nokey`, text: 'Nothing here.' };
    const result = await api.gql(INGEST, { input });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const article = await api.gql('query ($id: String!) { articleById(articleId: $id) { id } }', { id: input.id });
    expect(article.data.articleById).toBeNull();
  });
});
