/**
 * Full-text search and traversals over HTTP: search by acronym alias and by the start of a
 * word, user text that is Lucene syntax, the shortest path from a prosecutor to a suspect
 * through the court and its warrant, and a node's neighbourhood.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/api/global-id.js';
import type { GraphConnection } from '../../src/graph/connection.js';
import {
  ArticleWriter,
  deleteRun,
  meeting,
  openTestGraph,
  role,
  runSuffix,
  startTestApi,
  warrant,
  type TestApi,
  type Json,
} from './api-fixture.js';

const run = runSuffix('s');
let graph: GraphConnection;
let api: TestApi;
const n = (name: string): string => `${name}${run}`;
const key = (type: string, name: string): string => `${type}:${n(name).toLowerCase().replace(/ /g, '-')}`;

beforeAll(async () => {
  graph = await openTestGraph();
  const writer = new ArticleWriter(graph, run);
  await writer.write({
    label: 'warrant',
    publishedAt: '2024-11-21',
    entities: [
      ['c', 'Court', 'Orlen International Court', ['OIC']],
      ['k', 'Person', 'Karim Sandor'],
      ['b', 'Person', 'Benedikt Narrow'],
      ['g', 'Person', 'Gideon Lall'],
    ],
    events: [warrant('c', ['b', 'g'])],
    relations: [role('k', 'c', 'chief prosecutor')],
  });
  await writer.write({
    label: 'call',
    publishedAt: '2024-04-05',
    entities: [
      ['b', 'Person', 'Benedikt Narrow'],
      ['j', 'Person', 'Jo Brenner'],
    ],
    events: [meeting(['b', 'j'], '2024-04-04')],
  });
  await writer.write({
    label: 'lonely',
    publishedAt: '2024-04-05',
    entities: [['l', 'Person', 'Lone Walker']],
  });
  api = await startTestApi(graph);
});

afterAll(async () => {
  await api?.close();
  await deleteRun(graph, run);
  await graph.close();
});

describe('search', () => {
  it('finds the court by its acronym alias, and people by the start of a name', async () => {
    const { data, errors } = await api.gql(
      `query ($acronym: String!, $start: String!) {
        court: search(query: $acronym) { score actor { __typename name aliases } }
        typed: search(query: $acronym, types: [PERSON]) { actor { name } }
        start: search(query: $start, first: 5) { actor { name } }
      }`,
      { acronym: n('OIC'), start: 'benedikt narr' },
    );
    expect(errors).toBeUndefined();
    expect(data.court[0].actor).toEqual({
      __typename: 'Court',
      name: n('Orlen International Court'),
      aliases: [n('OIC')],
    });
    expect(data.court[0].score).toBeGreaterThan(0);
    expect(data.typed).toEqual([]);
    expect(data.start.map((hit: Json) => hit.actor.name)).toContain(n('Benedikt Narrow'));
  });

  it('takes Lucene syntax in the query as plain text', async () => {
    for (const query of ['"unbalanced', 'a AND (b OR', 'name:*', '\\', '~!^[]{}', '+-&&||/?', n('OIC') + ')']) {
      const { errors } = await api.gql(`query ($q: String!) { search(query: $q) { actor { name } } }`, { q: query });
      expect(errors, query).toBeUndefined();
    }
    const { data } = await api.gql(`query ($q: String!) { search(query: $q) { actor { name } } }`, {
      q: `(${n('OIC')})!`,
    });
    expect(data.search[0].actor.name).toBe(n('Orlen International Court'));
  });
});

describe('path', () => {
  it('connects the prosecutor to a suspect through the court and its warrant', async () => {
    const { data, errors } = await api.gql(
      `query ($from: ID!, $to: ID!) {
        path(from: $from, to: $to) {
          length
          nodes { __typename ... on Actor { name } ... on Warrant { status } }
          steps { type role from { id } to { id } sources { articleId } }
          events { __typename }
        }
      }`,
      {
        from: toGlobalId('Person', key('person', 'Karim Sandor')),
        to: toGlobalId('Person', key('person', 'Benedikt Narrow')),
      },
    );
    expect(errors).toBeUndefined();
    const path = data.path;
    expect(path.length).toBe(3);
    expect(path.nodes).toEqual([
      { __typename: 'Person', name: n('Karim Sandor') },
      { __typename: 'Court', name: n('Orlen International Court') },
      { __typename: 'Warrant', status: 'ISSUED' },
      { __typename: 'Person', name: n('Benedikt Narrow') },
    ]);
    expect(path.steps.map((step: Json) => [step.type, step.role])).toEqual([
      ['HOLDS_ROLE', 'chief prosecutor'],
      ['ISSUED', null],
      ['AGAINST', null],
    ]);
    // Each step in its own graph direction: the court issued, the warrant is against.
    expect(path.steps[1].from.id).toBe(toGlobalId('Court', key('court', 'Orlen International Court')));
    expect(path.steps[2].to.id).toBe(toGlobalId('Person', key('person', 'Benedikt Narrow')));
    expect(path.steps[0].sources).toEqual([{ articleId: `${run}-warrant-1` }]);
    expect(path.events).toEqual([{ __typename: 'Warrant' }]);
  });

  it('answers null beyond maxHops or without any connection, NOT_FOUND for an unknown actor', async () => {
    const ask = (from: string, to: string, maxHops: number) =>
      api.gql(
        `query ($from: ID!, $to: ID!, $maxHops: Int) { path(from: $from, to: $to, maxHops: $maxHops) { length } }`,
        {
          from,
          to,
          maxHops,
        },
      );
    const far = await ask(key('person', 'Karim Sandor'), key('person', 'Jo Brenner'), 4);
    // prosecutor → court → warrant → suspect → meeting → caller: 5 hops
    expect(far.data.path).toBeNull();
    const farEnough = await ask(key('person', 'Karim Sandor'), key('person', 'Jo Brenner'), 5);
    expect(farEnough.data.path).toEqual({ length: 5 });
    const tooFar = await ask(key('person', 'Gideon Lall'), key('person', 'Jo Brenner'), 3);
    expect(tooFar.errors).toBeUndefined();
    expect(tooFar.data.path).toBeNull();
    const none = await ask(key('person', 'Karim Sandor'), key('person', 'Lone Walker'), 6);
    expect(none.data.path).toBeNull();
    const same = await ask(key('person', 'Lone Walker'), key('person', 'Lone Walker'), 2);
    expect(same.data.path).toEqual({ length: 0 });
    const unknown = await ask(key('person', 'Karim Sandor'), key('person', 'Nobody'), 2);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const tooMany = await ask(key('person', 'Karim Sandor'), key('person', 'Jo Brenner'), 7);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('neighbourhood', () => {
  it('gives the nodes around an actor and the relationships between them', async () => {
    const { data, errors } = await api.gql(
      `{ neighbourhood(id: "${key('person', 'Benedikt Narrow')}", hops: 2) {
          center { ... on Actor { name } }
          nodes { __typename ... on Actor { name } }
          relationships { type from { __typename } to { __typename } }
          truncated
        } }`,
    );
    expect(errors).toBeUndefined();
    const hood = data.neighbourhood;
    expect(hood.center).toEqual({ name: n('Benedikt Narrow') });
    expect(hood.nodes[0]).toEqual({ __typename: 'Person', name: n('Benedikt Narrow') });
    const names = hood.nodes.map((node: Json) => node.name ?? node.__typename).sort();
    expect(names).toEqual(
      [n('Benedikt Narrow'), n('Orlen International Court'), n('Jo Brenner'), 'Meeting', 'Warrant'].sort(),
    );
    expect(hood.relationships.map((r: Json) => `${r.from.__typename}-${r.type}->${r.to.__typename}`).sort()).toEqual([
      'Court-ISSUED->Warrant',
      'Person-ATTENDED->Meeting',
      'Person-ATTENDED->Meeting',
      'Warrant-AGAINST->Person',
    ]);
    expect(hood.truncated).toBe(false);
  });

  it('cuts at the node limit and says so; refuses more than 2 hops; NOT_FOUND for an unknown id', async () => {
    const small = await api.gql(
      `{ neighbourhood(id: "${key('person', 'Benedikt Narrow')}", hops: 2, limit: 2) { nodes { id } truncated } }`,
    );
    expect(small.data.neighbourhood.nodes).toHaveLength(2);
    expect(small.data.neighbourhood.truncated).toBe(true);
    const deep = await api.gql(`{ neighbourhood(id: "${key('person', 'Benedikt Narrow')}", hops: 3) { truncated } }`);
    expect(deep.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await api.gql(`{ neighbourhood(id: "${key('person', 'Nobody')}") { truncated } }`);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
