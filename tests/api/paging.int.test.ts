/**
 * Relay connections over HTTP: paging through every item exactly once in each order, pageInfo,
 * totalCount by its own query, and the page size limit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphConnection } from '../../src/graph/connection.js';
import {
  ArticleWriter,
  deleteRun,
  meeting,
  openTestGraph,
  runSuffix,
  startTestApi,
  warrant,
  type TestApi,
  type Json,
} from './api-fixture.js';

const run = runSuffix('p');
const PEOPLE = 23;
let graph: GraphConnection;
let api: TestApi;

beforeAll(async () => {
  graph = await openTestGraph();
  const writer = new ArticleWriter(graph, run);
  // 23 people, each the subject of a warrant dated on one of a few days (ties on purpose) or undated,
  // and mentioned by a number of articles that differs from person to person.
  for (let i = 0; i < PEOPLE; i += 1) {
    const date = i % 5 === 4 ? null : `2024-0${1 + (i % 3)}-1${i % 2}`;
    await writer.write({
      label: `w${i}`,
      publishedAt: i % 7 === 6 ? null : `2024-02-${String(1 + (i % 9)).padStart(2, '0')}`,
      entities: [
        ['c', 'Court', 'Paging Court'],
        ['s', 'Person', `Vera Nolte${String.fromCharCode(97 + i)}`],
      ],
      events: [warrant('c', ['s'], { date })],
    });
  }
  for (let i = 0; i < 4; i += 1) {
    await writer.write({
      label: `m${i}`,
      publishedAt: '2024-03-01',
      entities: [
        ['a', 'Person', 'Vera Noltea'],
        ['b', 'Person', `Vera Nolte${String.fromCharCode(98 + i)}`],
      ],
      events: [meeting(['a', 'b'], `2024-03-0${1 + i}`)],
    });
  }
  api = await startTestApi(graph);
});

afterAll(async () => {
  await api?.close();
  await deleteRun(graph, run);
  await graph.close();
});

/** Every page of a connection, following endCursor until hasNextPage is false. */
async function pageThrough(
  field: string,
  args: string,
  first: number,
  select = 'key',
): Promise<{ keys: string[]; pages: number }> {
  const keys: string[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const result: { data: Json; errors?: unknown } = await api.gql(
      `query ($after: String) { page: ${field}(first: ${first}, after: $after, ${args}) {
        edges { cursor node { ${select} } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
      { after },
    );
    expect(result.errors).toBeUndefined();
    const page = result.data.page;
    pages += 1;
    for (const edge of page.edges) keys.push(String(edge.node[select]));
    expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
    expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
    if (!page.pageInfo.hasNextPage) return { keys, pages };
    after = page.pageInfo.endCursor;
    if (pages > 50) throw new Error('paging does not end');
  }
}

describe('paging', () => {
  it.each([
    ['persons', `where: { nameContains: "nolte" }, orderBy: NAME_ASC`],
    ['persons', `where: { nameContains: "nolte" }, orderBy: MENTIONS_DESC`],
  ])('returns every %s exactly once (%s)', async (field, args) => {
    const { data } = await api.gql(
      `{ all: persons(first: 100, where: { nameContains: "${run}" }) { totalCount nodes { key } } }`,
    );
    const all = data.all.nodes.map((node: Json) => node.key).sort();
    expect(all).toHaveLength(PEOPLE);
    const { keys, pages } = await pageThrough(field, args.replace('"nolte"', `"${run}"`), 4);
    expect(keys.slice().sort()).toEqual(all);
    expect(new Set(keys).size).toBe(keys.length);
    expect(pages).toBe(Math.ceil(PEOPLE / 4));
    expect(data.all.totalCount).toBe(PEOPLE);
  });

  it('orders people by name and by mentions', async () => {
    const { data } = await api.gql(
      `{ byName: persons(first: 3, where: { nameContains: "${run}" }) { nodes { name } }
         byMentions: persons(first: 1, where: { nameContains: "${run}" }, orderBy: MENTIONS_DESC) { nodes { name } } }`,
    );
    expect(data.byName.nodes.map((p: Json) => p.name)).toEqual([
      `Vera Noltea${run}`,
      `Vera Nolteb${run}`,
      `Vera Noltec${run}`,
    ]);
    expect(data.byMentions.nodes).toEqual([{ name: `Vera Noltea${run}` }]);
  });

  it.each(['DATE_DESC', 'DATE_ASC', 'REPORTS_DESC'])(
    'pages through warrants once each in %s order, ties and undated included',
    async (order) => {
      const court = `court:paging-court${run}`;
      const { keys } = await pageThrough('warrants', `where: { issuer: "${court}" }, orderBy: ${order}`, 5);
      expect(keys).toHaveLength(PEOPLE);
      expect(new Set(keys).size).toBe(PEOPLE);
      if (order !== 'REPORTS_DESC') {
        const { data } = await api.gql(
          `{ warrants(first: 100, where: { issuer: "${court}" }, orderBy: ${order}) { nodes { key date { from } } } }`,
        );
        expect(data.warrants.nodes.map((w: Json) => w.key)).toEqual(keys);
        const dates: Array<string | null> = data.warrants.nodes.map((w: Json) => w.date?.from ?? null);
        const dated = dates.filter((d): d is string => d !== null);
        const sorted = [...dated].sort();
        expect(dated).toEqual(order === 'DATE_ASC' ? sorted : sorted.reverse());
        expect(dates.slice(dated.length).every((d) => d === null)).toBe(true); // undated last
      }
    },
  );

  it('pages through articles mentioning an actor, newest first, undated last', async () => {
    const person = `person:vera-noltea${run}`;
    const { keys } = await pageThrough('articles', `where: { mentions: "${person}" }`, 2, 'articleId');
    const { data, errors } = await api.gql(
      `{ articles(first: 100, where: { mentions: "${person}" }) { totalCount nodes { articleId publishedAt } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data.articles.totalCount).toBe(5);
    expect(keys).toEqual(data.articles.nodes.map((a: Json) => a.articleId));
    expect(data.articles.nodes.map((a: Json) => a.publishedAt)).toEqual([
      '2024-03-01',
      '2024-03-01',
      '2024-03-01',
      '2024-03-01',
      '2024-02-01',
    ]);
  });

  it.each(['PUBLISHED_DESC', 'PUBLISHED_ASC'])(
    'pages through articles once each in %s order, ties and undated included',
    async (order) => {
      const court = `court:paging-court${run}`;
      const args = `where: { mentions: "${court}" }, orderBy: ${order}`;
      const { keys } = await pageThrough('articles', args, 4, 'articleId');
      const { data } = await api.gql(
        `{ articles(first: 100, ${args}) { totalCount nodes { articleId publishedAt } } }`,
      );
      expect(data.articles.totalCount).toBe(PEOPLE);
      expect(keys).toEqual(data.articles.nodes.map((a: Json) => a.articleId));
      expect(new Set(keys).size).toBe(PEOPLE);
      const dates: Array<string | null> = data.articles.nodes.map((a: Json) => a.publishedAt);
      const dated = dates.filter((d): d is string => d !== null);
      expect(dated.length).toBeLessThan(PEOPLE);
      const sorted = [...dated].sort();
      expect(dated).toEqual(order === 'PUBLISHED_ASC' ? sorted : sorted.reverse());
      expect(dates.slice(dated.length).every((d) => d === null)).toBe(true); // undated last
      // Ties on a day go by article id, in either order.
      const ids = (day: string | null): string[] =>
        data.articles.nodes.filter((a: Json) => a.publishedAt === day).map((a: Json) => a.articleId);
      for (const day of new Set(dates)) expect(ids(day)).toEqual([...ids(day)].sort());
    },
  );

  it('asks for totalCount only when the client does', async () => {
    const before = api.counter.queries;
    await api.gql(`{ persons(first: 2, where: { nameContains: "${run}" }) { nodes { name } } }`);
    const withoutCount = api.counter.queries - before;
    await api.gql(`{ persons(first: 2, where: { nameContains: "${run}" }) { nodes { name } totalCount } }`);
    expect(withoutCount).toBe(1);
    expect(api.counter.queries - before - withoutCount).toBe(2);
    const onlyCount = await api.gql(
      `{ persons(first: 0, where: { nameContains: "${run}" }) { totalCount nodes { name } } }`,
    );
    expect(onlyCount.data.persons).toEqual({ totalCount: PEOPLE, nodes: [] });
  });

  it('refuses a page larger than 100, a negative one, a foreign cursor and a forged one', async () => {
    const big = await api.gql(`{ persons(first: 101) { nodes { name } } }`);
    expect(big.status).toBe(200);
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', maxPageSize: 100 });
    expect(big.data).toBeNull();
    const nested = await api.gql(`{ persons(first: 1) { nodes { mentionedIn(first: 500) { title } } } }`);
    expect(nested.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const negative = await api.gql(`{ warrants(first: -1) { nodes { key } } }`);
    expect(negative.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const { data } = await api.gql(
      `{ persons(first: 1, where: { nameContains: "${run}" }) { pageInfo { endCursor } } }`,
    );
    const foreign = await api.gql(
      `query ($after: String) { persons(first: 1, after: $after, orderBy: MENTIONS_DESC) { nodes { name } } }`,
      { after: data.persons.pageInfo.endCursor },
    );
    expect(foreign.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(foreign.errors?.[0]?.message).toMatch(/orderBy NAME_ASC/);
    const forged = await api.gql(`{ persons(first: 1, after: "bm90IGEgY3Vyc29y") { nodes { name } } }`);
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
