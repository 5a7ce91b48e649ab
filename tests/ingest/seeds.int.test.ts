/**
 * Issue 4's acceptance: the five seed articles (read from ../shared, never copied) ingested
 * end to end (queue, extractor, writer) into the real Neo4j build one coherent picture.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { closeSharedGraph, type GraphConnection } from '../../src/graph/connection.js';
import { withdrawArticleContributions } from '../../src/graph/write-article.js';
import { requires } from '../setup/needs.js';
import { sharedDir } from '../setup/shared-dir.js';
import { connectTestGraph, testNeo4jEnv } from '../setup/test-neo4j.js';
import { startTestApi, type TestApi } from '../api/api-fixture.js';
import { captureIO } from '../setup/capture-io.js';

let graph: GraphConnection;
let dir: string;
let feed: string;
const seedIds: string[] = [];

async function query<T = Record<string, unknown>>(
  statement: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const { records } = await graph.driver.executeQuery(statement, { seedIds, ...params }, { database: graph.database });
  return records.map((record) => record.toObject() as T);
}

/** Withdraws the seeds' contributions and articles, as a revision to nothing would. */
async function removeSeeds(): Promise<void> {
  for (const articleId of seedIds) {
    const session = graph.driver.session({ database: graph.database });
    try {
      await session.executeWrite((tx) => withdrawArticleContributions(tx, articleId));
    } finally {
      await session.close();
    }
  }
  await query('MATCH (a:Article) WHERE a.id IN $seedIds DETACH DELETE a');
}

async function ingestSeeds(): Promise<string> {
  const io = captureIO(testNeo4jEnv());
  const code = await run(['ingest', '--jsonl', feed], io);
  expect(code, io.err() + io.out()).toBe(0);
  return io.out();
}

requires('shared').describe('the seeds of ../shared, ingested', () => {
  beforeAll(async () => {
    graph = await connectTestGraph();
    dir = await mkdtemp(join(tmpdir(), 'newsgraph-seeds-'));
    const lines = readdirSync(sharedDir('eval', 'seeds'))
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => {
        const gold = JSON.parse(readFileSync(sharedDir('eval', 'seeds', name), 'utf8')) as {
          article: { id: string; publishedAt: string };
        };
        const text = readFileSync(sharedDir('corpus', 'seeds', `${basename(name, '.json')}.txt`), 'utf8');
        seedIds.push(gold.article.id);
        return JSON.stringify({ id: gold.article.id, publishedAt: gold.article.publishedAt, text });
      });
    feed = join(dir, 'seeds.jsonl');
    await writeFile(feed, `${lines.join('\n')}\n`);
    await removeSeeds();
    await ingestSeeds();
  });

  afterAll(async () => {
    await closeSharedGraph();
    await removeSeeds();
    await graph.close();
    await rm(dir, { recursive: true, force: true });
  });

  describe('the five seed articles in the graph', () => {
    it('has the ICC issuing warrants against Netanyahu, Gallant and Deif', async () => {
      const rows = await query<{ subject: string }>(
        `MATCH (:Court {name: 'International Criminal Court'})-[:ISSUED]->(:Warrant)-[:AGAINST]->(p:Person)
         RETURN DISTINCT p.name AS subject ORDER BY subject`,
      );
      expect(rows.map((row) => row.subject)).toEqual(
        expect.arrayContaining(['Benjamin Netanyahu', 'Mohammed Deif', 'Yoav Gallant']),
      );
    });

    it('has one Israeli strike in Qatar targeting Hamas, reported by both articles that tell of it', async () => {
      const strikes = await query<{ key: string; reports: string[] }>(
        `MATCH (:State {name: 'Israel'})-[:CARRIED_OUT]->(s:Strike)-[:TARGETED]->(:Organization {name: 'Hamas'}),
               (s)-[:AT]->(at)
         WHERE at.name IN ['Qatar', 'Doha']
         RETURN DISTINCT s.key AS key,
                COLLECT { MATCH (a:Article)-[:REPORTS]->(s) WHERE a.id IN $seedIds RETURN a.id ORDER BY a.id } AS reports`,
      );
      expect(strikes).toHaveLength(1);
      expect(strikes[0]?.reports).toEqual(['000_ab7a71a1e1051fa2', '001_2f81bab482dcc2b9']);
    });

    it('has one Benjamin Netanyahu, mentioned by every seed', async () => {
      const people = await query<{ name: string; mentions: number }>(
        `MATCH (p:Person) WHERE p.surnameKey = 'netanyahu'
         RETURN p.name AS name, COUNT { (a:Article)-[:MENTIONS]->(p) WHERE a.id IN $seedIds } AS mentions`,
      );
      expect(people).toEqual([{ name: 'Benjamin Netanyahu', mentions: 5 }]);
    });

    it('keeps Israel Katz a Person, apart from the State of Israel', async () => {
      const rows = await query<{ labels: string[] }>(
        "MATCH (n:Actor) WHERE n.name = 'Israel Katz' RETURN labels(n) AS labels",
      );
      expect(rows.map((row) => [...row.labels].sort())).toEqual([['Actor', 'Person']]);
    });

    it('changes no node, relationship or property when the same articles are ingested again', async () => {
      const snapshot = async (): Promise<string[]> => {
        const rows = await query(
          `MATCH (a:Article)-[:REPORTS|MENTIONS]->(n) WHERE a.id IN $seedIds
           WITH collect(DISTINCT n) + collect(DISTINCT a) AS nodes
           UNWIND nodes AS n
           OPTIONAL MATCH (n)-[r]->(m)
           RETURN labels(n) AS labels, properties(n) AS props, type(r) AS type, properties(r) AS relProps,
                  coalesce(m.key, m.id) AS to`,
        );
        return rows.map((row) => JSON.stringify(row, (_key, value: unknown) => sortKeys(value))).sort();
      };
      const before = await snapshot();
      const out = await ingestSeeds();
      expect(out).toContain('Unchanged: 5\n');
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('the GraphQL API over the seeded graph', () => {
    let api: TestApi;

    beforeAll(async () => {
      api = await startTestApi(graph);
    });

    afterAll(async () => {
      await api.close();
    });

    it('answers who issued warrants for whom: the ICC for Netanyahu, Gallant and Deif, with sources', async () => {
      const result = await api.gql(`{
        warrants(first: 50, where: { issuer: "court:international-criminal-court" }) {
          nodes { subjects { name } sources { article { articleId } evidence { text start end } } }
        }
      }`);
      expect(result.errors).toBeUndefined();
      const nodes = result.data.warrants.nodes as Array<{
        subjects: Array<{ name: string }>;
        sources: Array<{ article: { articleId: string }; evidence: Array<{ text: string }> }>;
      }>;
      const bySubject = new Map(nodes.map((node) => [node.subjects[0]?.name, node.sources]));
      for (const name of ['Benjamin Netanyahu', 'Yoav Gallant', 'Mohammed Deif']) {
        // Other tests' articles may report the same warrants: look at the seeds' own sources.
        const fromSeeds = (bySubject.get(name) ?? []).filter((source) => seedIds.includes(source.article.articleId));
        expect(fromSeeds.length, name).toBeGreaterThan(0);
        expect(
          fromSeeds.filter((source) => source.evidence.length === 0),
          name,
        ).toEqual([]);
      }
    });

    it('finds a path from Karim Khan to Benjamin Netanyahu, and the court by "ICC"', async () => {
      const path = await api.gql(
        '{ path(from: "person:karim-khan", to: "person:benjamin-netanyahu") { length nodes { ... on Actor { name } } } }',
      );
      expect(path.errors).toBeUndefined();
      expect(path.data.path.length).toBeGreaterThan(0);
      const search = await api.gql('{ search(query: "ICC") { actor { __typename name } } }');
      expect(search.data.search[0].actor).toEqual({ __typename: 'Court', name: 'International Criminal Court' });
    });
  });
});

function sortKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
}
