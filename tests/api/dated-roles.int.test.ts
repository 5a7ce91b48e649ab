/**
 * Dated offices against the real Neo4j: "former defence minister" in a later article makes the
 * office a former one without erasing the earlier report that it was held; `members(current:)`
 * and `roles(current:)` filter; `since`/`until` come from the newest article that gives each;
 * withdrawing the later article makes it current again and takes its end date away.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphConnection } from '../../src/graph/connection.js';
import { withdrawArticleContributions } from '../../src/graph/write-article.js';
import {
  ArticleWriter,
  deleteRun,
  openTestGraph,
  role,
  runSuffix,
  startTestApi,
  type Json,
  type TestApi,
} from './api-fixture.js';

const run = runSuffix('office');
let graph: GraphConnection;
let api: TestApi;
let later: string;
const n = (name: string): string => `${name}${run}`;
const key = (type: string, name: string): string => `${type}:${n(name).toLowerCase().replace(/ /g, '-')}`;
const entities = [
  ['p', 'Person', 'Yara Tell'],
  ['s', 'State', 'Norland'],
] as const;

beforeAll(async () => {
  graph = await openTestGraph();
  const writer = new ArticleWriter(graph, run);
  await writer.write({
    label: 'then',
    publishedAt: '2024-03-01',
    entities: entities.map((e) => [...e]),
    relations: [{ ...role('p', 's', 'Defence Minister'), since: '2022-12' }],
  });
  later = await writer.write({
    label: 'now',
    publishedAt: '2025-03-01',
    entities: entities.map((e) => [...e]),
    relations: [{ ...role('p', 's', 'former Defence Minister'), until: '2024-11' }],
  });
  api = await startTestApi(graph);
});

afterAll(async () => {
  await api?.close();
  await deleteRun(graph, run);
  await graph.close();
});

const members = async (current: boolean | null): Promise<Json[]> => {
  const { data, errors } = await api.gql(
    `query ($state: ID!, $current: Boolean) {
      actor(id: $state) { members(current: $current) { role current person { name } sources { article { articleId } } } }
    }`,
    { state: key('state', 'Norland'), current },
  );
  expect(errors).toBeUndefined();
  return data.actor.members;
};

describe('dated offices', () => {
  it('are former when the newest article says so, and keep the report that they were held', async () => {
    expect(await members(null)).toEqual([
      {
        role: 'Defence Minister',
        current: false,
        person: { name: n('Yara Tell') },
        // Sources in article id order: both reports, the one that says it was held among them.
        sources: [{ article: { articleId: later } }, { article: { articleId: `${run}-then-1` } }],
      },
    ]);
    expect(await members(true)).toEqual([]);
    expect((await members(false)).map((m: Json) => m.role)).toEqual(['Defence Minister']);
  });

  it('carry the dates the articles give, at their precision', async () => {
    const { data, errors } = await api.gql(
      `query ($person: ID!) {
        actor(id: $person) {
          current: roles(current: true) { role }
          former: roles(current: false) {
            role current holder { name }
            since { value precision from to }
            until { value precision from to }
          }
        }
      }`,
      { person: key('person', 'Yara Tell') },
    );
    expect(errors).toBeUndefined();
    expect(data.actor.current).toEqual([]);
    expect(data.actor.former).toEqual([
      {
        role: 'Defence Minister',
        current: false,
        holder: { name: n('Norland') },
        since: { value: '2022-12', precision: 'MONTH', from: '2022-12-01', to: '2022-12-31' },
        until: { value: '2024-11', precision: 'MONTH', from: '2024-11-01', to: '2024-11-30' },
      },
    ]);
  });

  it('are current again when the article that called them former is withdrawn', async () => {
    const session = graph.driver.session({ database: graph.database });
    try {
      await session.executeWrite((tx) => withdrawArticleContributions(tx, later));
    } finally {
      await session.close();
    }
    expect((await members(true)).map((m: Json) => [m.role, m.current])).toEqual([['Defence Minister', true]]);
    const { data } = await api.gql(
      `query ($state: ID!) { actor(id: $state) { members { since { value } until { value } } } }`,
      { state: key('state', 'Norland') },
    );
    expect(data.actor.members).toEqual([{ since: { value: '2022-12' }, until: null }]);
  });
});
