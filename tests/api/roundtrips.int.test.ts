/**
 * No N+1: the Cypher round trips of a query depend on its shape, not on how many results it
 * has. The driver is wrapped to count every query the API sends.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphConnection } from '../../src/graph/connection.js';
import {
  ArticleWriter,
  deleteRun,
  openTestGraph,
  role,
  runSuffix,
  startTestApi,
  warrant,
  type TestApi,
} from './api-fixture.js';

const run = runSuffix('r');
let graph: GraphConnection;
let api: TestApi;
let writer: ArticleWriter;
let people = 0;

/** One article per warrant: each warrant has its own source, subject and evidence. */
async function addWarrants(count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    people += 1;
    await writer.write({
      label: `w${people}`,
      publishedAt: `2024-${String(1 + (people % 12)).padStart(2, '0')}-15`,
      entities: [
        ['c', 'Court', 'Counting Court'],
        ['s', 'Person', `Rue Sampler${people.toString(36)}x`],
        ['j', 'Person', 'Judge Counter'],
      ],
      events: [warrant('c', ['s'], { date: `2024-${String(1 + (people % 12)).padStart(2, '0')}` })],
      relations: [role('j', 'c', 'judge')],
    });
  }
}

const QUERY = `query ($court: ID!) {
  warrants(first: 100, where: { issuer: $court }) {
    nodes {
      status date { value } charges
      issuer { name }
      subjects { name warrantsAgainst { key } }
      sources { article { title publishedAt } evidence { text start end } }
    }
  }
}`;

async function roundTrips(): Promise<{ queries: number; warrants: number }> {
  const before = api.counter.queries;
  const { data, errors } = await api.gql(QUERY, { court: `court:counting-court${run}` });
  expect(errors).toBeUndefined();
  return { queries: api.counter.queries - before, warrants: data.warrants.nodes.length };
}

beforeAll(async () => {
  graph = await openTestGraph();
  writer = new ArticleWriter(graph, run);
  await addWarrants(22);
  api = await startTestApi(graph);
});

afterAll(async () => {
  await api?.close();
  await deleteRun(graph, run);
  await graph.close();
});

describe('Cypher round trips', () => {
  it('are bounded by the query shape, not by the number of warrants', async () => {
    const small = await roundTrips();
    expect(small.warrants).toBe(22);
    // The page; the actors of all warrants; their sources (articles included); the subjects' warrants.
    expect(small.queries).toBe(4);

    await addWarrants(15);
    const large = await roundTrips();
    expect(large.warrants).toBe(37);
    expect(large.queries).toBe(small.queries);
    expect(api.counter.sessions).toBe(0); // nothing goes around the counted executeQuery
  });

  it('stay bounded one level deeper, through actors and their relationships', async () => {
    const before = api.counter.queries;
    const { data, errors } = await api.gql(
      `query ($court: ID!) {
        actor(id: $court) {
          members { person { name roles { holder { name } } } }
          warrantsIssued(first: 100) { subjects { mentionedIn { title } counterparts { actor { name } } } }
        }
      }`,
      { court: `court:counting-court${run}` },
    );
    expect(errors).toBeUndefined();
    expect(data.actor.warrantsIssued).toHaveLength(37);
    // 1 actor; 2 members, warrantsIssued; 2 the members' roles, the warrants' actors;
    // 2 the subjects' mentionedIn, counterparts: one round trip per relationship kind per depth.
    expect(api.counter.queries - before).toBe(7);
  });
});
