/**
 * No N+1: the Cypher round trips of a query depend on its shape, not on how many results it
 * has. The driver is wrapped to count every query the API sends.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphConnection } from '../../src/graph/connection.js';
import { cypher } from '../../src/graph/cypher-registry.js';
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

/** Which cypher/api statement a text is: each starts with its file's first comment line (up to a slot). */
function statementName(text: string): string {
  const names = cypher().names('api/');
  const name = names.find((n) => text.startsWith(cypher().get(n).split('\n')[0]!.split('{{')[0]!));
  return name === undefined ? text.slice(0, 60) : name.slice('api/'.length);
}

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
    // The page with every warrant's actors and sources read along (articles included); the
    // subjects' warrants, a level deeper, from their loader.
    expect(small.queries).toBe(2);
    expect(api.counter.statements.slice(-2).map(statementName)).toEqual(['events-page', 'actor-events']);

    await addWarrants(15);
    const large = await roundTrips();
    expect(large.warrants).toBe(37);
    expect(large.queries).toBe(small.queries);
    expect(api.counter.transactions).toBe(0); // auto-commit reads only: no BEGIN, no COMMIT round trip
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
    // 1 the actor with its warrants and their actors (actor-page); 1 members; 1 the members' roles;
    // 2 the subjects' mentionedIn, counterparts: one round trip per relationship kind per depth.
    expect(api.counter.queries - before).toBe(5);
  });

  it('are one for an actor page, which answers as the loaders do', async () => {
    const fields = `name aliases
      warrantsAgainst(first: 5) { issuer { name } status date { value } sources(first: 2) { article { title } } }
      meetings(first: 5) { date { value } participants { name } }
      counterparts(first: 5) { actor { name } meetingCount }
      roles { role holder { name } }`;
    const subject = `person:rue-sampler1x${run}`;
    const before = api.counter.queries;
    const page = await api.gql(`query ($id: ID!) { actor(id: $id) { ${fields} } }`, { id: subject });
    expect(page.errors).toBeUndefined();
    expect(page.data.actor.warrantsAgainst).toHaveLength(1);
    // The actor with its lists, their events' actors and its roles. The sources, asked one level
    // below a list, come from their loader.
    expect(api.counter.statements.slice(before).map(statementName)).toEqual(['actor-page', 'event-sources']);
    // node(id:) reads the same actor through the loaders alone; the judge holds an office.
    for (const id of [subject, `person:judge-counter${run}`]) {
      const read = await api.gql(`query ($id: ID!) { actor(id: $id) { ${fields} } }`, { id });
      const loaded = await api.gql(`query ($id: ID!) { node(id: $id) { ... on Person { ${fields} } } }`, { id });
      expect(loaded.errors).toBeUndefined();
      expect(loaded.data.node).toEqual(read.data.actor);
    }
    const judge = await api.gql(`query ($id: ID!) { actor(id: $id) { roles { role holder { name } } } }`, {
      id: `person:judge-counter${run}`,
    });
    expect(judge.data.actor.roles).toEqual([{ role: 'judge', holder: { name: `Counting Court${run}` } }]);
  });

  it('read a page of warrants with its nested fields as the loaders do', async () => {
    const fields =
      'key status issuer { name } subjects { name } sources(first: 2) { article { title } evidence { text } }';
    const court = `court:counting-court${run}`;
    const before = api.counter.queries;
    const page = await api.gql(
      `query ($court: ID!) { warrants(first: 100, where: { issuer: $court }) { totalCount nodes { ${fields} } } }`,
      { court },
    );
    expect(page.errors).toBeUndefined();
    expect(api.counter.queries - before).toBe(1);
    const loaded = await api.gql(
      `query ($court: ID!) { node(id: $court) { ... on Court { warrantsIssued(first: 100) { ${fields} } } } }`,
      {
        court,
      },
    );
    expect(loaded.errors).toBeUndefined();
    expect(page.data.warrants.totalCount).toBe(37);
    expect(page.data.warrants.nodes).toEqual(loaded.data.node.warrantsIssued);
  });
});
