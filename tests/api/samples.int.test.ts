/**
 * The API over the sample articles as the real extractor and writer read them: "who issued
 * warrants for whom" gives the ICC's warrants for Netanyahu, Gallant and Deif with their
 * sources, `search("ICC")` finds the court, `path` connects two of its suspects, and Gallant's
 * office is a former one without losing the earlier report that he held it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphConnection } from '../../src/graph/connection.js';
import { openTestGraph, runSuffix, startTestApi, type Json, type TestApi } from './api-fixture.js';
import { ingestSamples, removeArticles } from './samples-fixture.js';

const run = runSuffix('x');
let graph: GraphConnection;
let api: TestApi;
let articleIds: string[] = [];

beforeAll(async () => {
  graph = await openTestGraph();
  articleIds = await ingestSamples(graph, run);
  api = await startTestApi(graph);
});

afterAll(async () => {
  await api?.close();
  await removeArticles(graph, run);
  await graph.close();
});

describe('the sample articles', () => {
  it('answer who issued warrants for whom: the ICC for Netanyahu, Gallant and Deif, with sources', async () => {
    const { data, errors } = await api.gql(
      `query ($court: ID!) {
        court: actorByName(name: "International Criminal Court", type: COURT) { id }
        warrants(first: 100, where: { issuer: $court, status: [ISSUED] }) {
          nodes { subjects { name } date { value } sources(first: 100) { article { articleId } evidence { text } } }
        }
      }`,
      { court: 'court:international-criminal-court' },
    );
    expect(errors).toBeUndefined();
    expect(data.court).not.toBeNull();
    const bySubject = new Map<string, Json>();
    for (const warrant of data.warrants.nodes) bySubject.set(String(warrant.subjects[0]?.name), warrant);
    for (const name of ['Benjamin Netanyahu', 'Yoav Gallant', 'Mohammed Deif']) {
      const warrant = bySubject.get(name);
      expect(warrant, name).toBeDefined();
      expect(warrant.date.value).toBe('2024-11-21');
      const ours = warrant.sources.filter((s: Json) => articleIds.includes(String(s.article.articleId)));
      expect(ours.map((s: Json) => s.article.articleId)).toContain(`${run}-01-icc-warrants-netanyahu-gallant`);
      expect(ours.flatMap((s: Json) => s.evidence.map((e: Json) => e.text)).join(' ')).toMatch(/arrest warrants/);
    }
  });

  it('find the court by its acronym', async () => {
    const { data, errors } = await api.gql(`{ search(query: "ICC") { actor { __typename name aliases } } }`);
    expect(errors).toBeUndefined();
    expect(data.search[0].actor).toMatchObject({ __typename: 'Court', name: 'International Criminal Court' });
    expect(data.search[0].actor.aliases).toContain('ICC');
  });

  it('connect Gallant and Netanyahu through the court that issued both their warrants', async () => {
    const { data, errors } = await api.gql(
      `{ path(from: "person:yoav-gallant", to: "person:benjamin-netanyahu", maxHops: 4) {
          length nodes { __typename ... on Actor { name } } steps { type } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data.path).not.toBeNull();
    expect(data.path.nodes[0]).toEqual({ __typename: 'Person', name: 'Yoav Gallant' });
    expect(data.path.nodes.at(-1)).toEqual({ __typename: 'Person', name: 'Benjamin Netanyahu' });
    expect(data.path.length).toBeLessThanOrEqual(4);
  });

  it("keep Gallant's office once: former now, with the May 2024 report that he held it", async () => {
    const { data, errors } = await api.gql(
      `{ actor(id: "person:yoav-gallant") {
          roles(first: 100) { role current holder { name } sources(first: 100) { article { articleId } } } } }`,
    );
    expect(errors).toBeUndefined();
    const offices = data.actor.roles.filter((r: Json) => r.role === 'Defense Minister' && r.holder.name === 'Israel');
    expect(offices).toHaveLength(1);
    expect(offices[0].current).toBe(false);
    const ours = offices[0].sources
      .map((s: Json) => String(s.article.articleId))
      .filter((id: string) => articleIds.includes(id));
    expect(ours).toEqual([
      `${run}-01-icc-warrants-netanyahu-gallant`,
      `${run}-02-icc-prosecutor-applies-warrants`,
      `${run}-10-hungary-icc-withdrawal`,
    ]);
  });

  it('tell executed ICC warrants from outstanding ones: an arrest on the warrant executes it', async () => {
    const { data, errors } = await api.gql(
      `{ executed: warrants(first: 50, where: { issuer: "court:international-criminal-court", executed: true }) {
           nodes { subjects { name } arrests { kind sources(first: 10) { article { articleId } } } } }
         outstanding: warrants(first: 50, where: { issuer: "court:international-criminal-court", executed: false }) {
           nodes { subjects { name } } } }`,
    );
    expect(errors).toBeUndefined();
    const names = (nodes: Json): string[] =>
      (nodes as Json[]).flatMap((w: Json) => (w.subjects as Json[]).map((s: Json) => String(s.name)));
    expect(names(data.executed.nodes)).toEqual(expect.arrayContaining(['Rodrigo Duterte', 'Jean-Pierre Bemba']));
    expect(names(data.outstanding.nodes)).toEqual(
      expect.arrayContaining(['Benjamin Netanyahu', 'Vladimir Putin', 'Bosco Ntaganda']),
    );
    expect(names(data.outstanding.nodes)).not.toContain('Rodrigo Duterte');
    const duterte = data.executed.nodes.find((w: Json) => w.subjects[0]?.name === 'Rodrigo Duterte');
    const ours = duterte.arrests.filter((a: Json) =>
      a.sources.some((s: Json) => s.article.articleId === `${run}-04-duterte-arrested`),
    );
    expect(ours.map((a: Json) => a.kind)).toContain('ARREST');
  });
});
