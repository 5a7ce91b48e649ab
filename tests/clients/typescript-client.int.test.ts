/**
 * The TypeScript client (clients/typescript) against the real API and Neo4j: every named
 * operation runs and answers in the shape its generated types promise, errors arrive as
 * NewsgraphRequestError with their codes, and the API key travels with each request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ActorByNameDocument,
  ActorDocument,
  createNewsgraphClient,
  MeetingsDocument,
  NewsgraphRequestError,
  PathDocument,
  SearchDocument,
  WarrantsDocument,
  type NewsgraphClient,
} from '../../clients/typescript/src/index.js';
import type { GraphConnection } from '../../src/graph/connection.js';
import { awaitSearchIndex } from '../../src/graph/search-index.js';
import {
  ArticleWriter,
  deleteRun,
  meeting,
  openTestGraph,
  role,
  runSuffix,
  startTestApi,
  TEST_API_KEY,
  warrant,
  type TestApi,
} from '../api/api-fixture.js';

const run = runSuffix('cli');
const n = (name: string): string => `${name}${run}`;
const key = (type: string, name: string): string => `${type}:${n(name).toLowerCase().replace(/ /g, '-')}`;
let graph: GraphConnection;
let api: TestApi;
let client: NewsgraphClient;

beforeAll(async () => {
  graph = await openTestGraph();
  const writer = new ArticleWriter(graph, run);
  await writer.write({
    label: 'warrant',
    publishedAt: '2024-11-21',
    title: 'Court issues a warrant',
    text: 'The Orvalle Tribunal issued an arrest warrant for Pell Hadrik.',
    entities: [
      ['c', 'Court', 'Orvalle Tribunal'],
      ['s', 'Person', 'Pell Hadrik'],
      ['p', 'Person', 'Mira Sand'],
    ],
    events: [warrant('c', ['s'], { date: '2024-11-21', charges: ['torture'] })],
    relations: [role('p', 'c', 'chief prosecutor')],
  });
  await writer.write({
    label: 'call',
    publishedAt: '2024-12-02',
    title: 'Two ministers speak',
    entities: [
      ['a', 'Person', 'Pell Hadrik'],
      ['b', 'Person', 'Joran Vey'],
    ],
    events: [meeting(['a', 'b'], '2024-12-01')],
  });
  await awaitSearchIndex(graph);
  api = await startTestApi(graph);
  client = createNewsgraphClient({ url: api.url });
});

afterAll(async () => {
  await client?.close();
  await api?.close();
  await deleteRun(graph, run);
  await graph.close();
});

describe('the TypeScript client', () => {
  it('lists who issued warrants for whom, with sources', async () => {
    const { warrants } = await client.request(WarrantsDocument, {
      where: { issuer: key('court', 'Orvalle Tribunal') },
    });
    expect(warrants.totalCount).toBe(1);
    const [only] = warrants.nodes;
    expect({
      issuer: only?.issuer?.name,
      subjects: only?.subjects.map((s) => s.name),
      status: only?.status,
      date: only?.date,
      charges: only?.charges,
      source: only?.sources[0]?.article.title,
      evidence: only?.sources[0]?.evidence[0]?.text,
    }).toEqual({
      issuer: n('Orvalle Tribunal'),
      subjects: [n('Pell Hadrik')],
      status: 'ISSUED',
      date: { value: '2024-11-21', precision: 'DAY' },
      charges: ['torture'],
      source: 'Court issues a warrant',
      evidence: 'The Orvalle Tribunal issued an arrest warrant for Pell Hadrik.',
    });
  });

  it('reads an actor page by id and by name', async () => {
    const byKey = await client.request(ActorDocument, { id: key('person', 'Pell Hadrik') });
    expect(byKey.actor?.name).toBe(n('Pell Hadrik'));
    expect(byKey.actor?.warrantsAgainst.map((w) => w.issuer?.name)).toEqual([n('Orvalle Tribunal')]);
    expect(byKey.actor?.counterparts.map((c) => [c.actor.name, c.meetingCount])).toEqual([[n('Joran Vey'), 1]]);

    const byName = await client.request(ActorByNameDocument, { name: n('Orvalle Tribunal'), type: 'COURT' });
    expect(byName.actorByName?.members.map((m) => [m.role, m.person.name])).toEqual([
      ['chief prosecutor', n('Mira Sand')],
    ]);
    expect(byName.actorByName?.warrantsIssued).toHaveLength(1);
  });

  it('finds the path from prosecutor to suspect, searches, and lists meetings', async () => {
    const { path } = await client.request(PathDocument, {
      from: key('person', 'Mira Sand'),
      to: key('person', 'Pell Hadrik'),
    });
    expect(path?.length).toBe(3);
    expect(path?.steps.map((step) => step.type)).toEqual(['HOLDS_ROLE', 'ISSUED', 'AGAINST']);

    const { search } = await client.request(SearchDocument, { query: n('Orvalle Tribunal'), first: 3 });
    expect(search.map((hit) => hit.actor.name)).toEqual([n('Orvalle Tribunal')]);

    const { meetings } = await client.request(MeetingsDocument, {
      where: { participants: [key('person', 'Pell Hadrik')] },
    });
    expect(meetings.nodes.map((m) => [m.mode, m.date?.value, m.participants.map((p) => p.name).sort()])).toEqual([
      ['PHONE_CALL', '2024-12-01', [n('Joran Vey'), n('Pell Hadrik')]],
    ]);
  });

  it('rejects with NewsgraphRequestError carrying the error codes', async () => {
    const failure = await client
      .request(PathDocument, { from: key('person', 'Nobody'), to: key('person', 'Pell Hadrik') })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(failure).toBeInstanceOf(NewsgraphRequestError);
    expect((failure as NewsgraphRequestError).codes).toEqual(['NOT_FOUND']);
  });

  it('sends the API key where reads need one', async () => {
    const closed = await startTestApi(graph, { policy: { readsNeedKey: true } });
    try {
      const anonymous = createNewsgraphClient({ url: closed.url });
      await expect(anonymous.request(SearchDocument, { query: 'x' })).rejects.toMatchObject({
        status: 401,
        codes: ['UNAUTHENTICATED'],
      });
      const keyed = createNewsgraphClient({ url: closed.url, apiKey: TEST_API_KEY });
      const { search } = await keyed.request(SearchDocument, { query: n('Orvalle Tribunal') });
      expect(search).toHaveLength(1);
    } finally {
      await closed.close();
    }
  });
});
