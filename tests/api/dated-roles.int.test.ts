/**
 * Dated offices against the real Neo4j: "former defence minister" in a later article makes the
 * office a former one without erasing the earlier report that it was held; `members(current:)`
 * filters; withdrawing the later article makes it current again.
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
    relations: [role('p', 's', 'Defence Minister')],
  });
  later = await writer.write({
    label: 'now',
    publishedAt: '2025-03-01',
    entities: entities.map((e) => [...e]),
    relations: [role('p', 's', 'former Defence Minister')],
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

  it('are current again when the article that called them former is withdrawn', async () => {
    const session = graph.driver.session({ database: graph.database });
    try {
      await session.executeWrite((tx) => withdrawArticleContributions(tx, later));
    } finally {
      await session.close();
    }
    expect((await members(true)).map((m: Json) => [m.role, m.current])).toEqual([['Defence Minister', true]]);
  });
});
