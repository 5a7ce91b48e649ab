/**
 * Arrests end to end against the real Neo4j: the writer links an arrest to the warrant it
 * executes ((:Arrest)-[:EXECUTES]->(:Warrant)), a later article's report of the same arrest joins
 * it, and the API answers "which warrants have been executed, and which are outstanding?" with
 * the sources, lists a person's arrests and a warrant's arrests, and finds paths through them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedEvent } from '../../src/contracts/extraction-document.js';
import type { GraphConnection } from '../../src/graph/connection.js';
import {
  ArticleWriter,
  deleteRun,
  openTestGraph,
  runSuffix,
  startTestApi,
  warrant,
  type Json,
  type TestApi,
} from './api-fixture.js';

const run = runSuffix('arr');
let graph: GraphConnection;
let api: TestApi;
const n = (name: string): string => `${name}${run}`;
const key = (type: string, name: string): string => `${type}:${n(name).toLowerCase().replace(/ /g, '-')}`;

function arrest(person: string, options: Partial<Record<string, unknown>> = {}): ExtractedEvent {
  return {
    id: 'a1',
    type: 'Arrest',
    person,
    authority: null,
    locations: [],
    handedTo: null,
    warrant: null,
    kind: 'arrest',
    date: null,
    evidence: [],
    ...options,
  };
}

beforeAll(async () => {
  graph = await openTestGraph();
  const writer = new ArticleWriter(graph, run);
  const court = ['c', 'Court', 'Veldmark Criminal Court'] as const;
  // Two people wanted by the court; one is arrested on its warrant, the other is not.
  await writer.write({
    label: 'warrants',
    publishedAt: '2025-01-10',
    entities: [[...court], ['p', 'Person', 'Tomas Brek'], ['q', 'Person', 'Anna Vold']],
    events: [warrant('c', ['p', 'q'], { date: '2025-01-09' })],
  });
  await writer.write({
    label: 'arrest',
    publishedAt: '2025-03-12',
    text: 'Police in Sudport arrested Tomas Brek on a warrant of the Veldmark Criminal Court.',
    entities: [[...court], ['p', 'Person', 'Tomas Brek'], ['s', 'State', 'Norland'], ['x', 'Place', 'Sudport']],
    events: [
      { ...warrant('c', ['p']), id: 'w1' },
      arrest('p', { authority: 's', locations: ['x'], warrant: 'w1', date: '2025-03-11' }),
    ],
  });
  // Another article on the same arrest, undated, by surname: the same Arrest node.
  await writer.write({
    label: 'again',
    publishedAt: '2025-03-13',
    entities: [['p', 'Person', 'Brek']],
    events: [arrest('p')],
  });
  await writer.write({
    label: 'transfer',
    publishedAt: '2025-03-13',
    entities: [[...court], ['p', 'Person', 'Tomas Brek']],
    events: [arrest('p', { kind: 'transfer', handedTo: 'c', date: '2025-03-12' })],
  });
  api = await startTestApi(graph);
});

afterAll(async () => {
  await api?.close();
  await deleteRun(graph, run);
  await graph.close();
});

describe('arrests in the graph', () => {
  it('link the arrest to the warrant against the person held, and join later reports of it', async () => {
    const { records } = await graph.driver.executeQuery(
      `MATCH (a:Arrest)-[x:EXECUTES]->(w:Warrant)-[:AGAINST]->(p:Person {key: $person})
       RETURN a.kind AS kind, a.reportCount AS reports, x.sources AS sources, w.key AS warrant`,
      { person: key('person', 'Tomas Brek') },
      { database: graph.database },
    );
    expect(records.map((r) => ({ ...r.toObject(), reports: Number(r.get('reports')) }))).toEqual([
      {
        kind: 'arrest',
        reports: 2,
        sources: [`${run}-arrest-2`],
        warrant: `warrant:${key('court', 'Veldmark Criminal Court')}:against:${key('person', 'Tomas Brek')}`,
      },
    ]);
  });
});

describe('the API on arrests', () => {
  it('tells executed warrants from outstanding ones, with their sources', async () => {
    const court = key('court', 'Veldmark Criminal Court');
    const ask = async (executed: boolean): Promise<Json[]> => {
      const { data, errors } = await api.gql(
        `query ($court: ID!, $executed: Boolean!) {
          warrants(where: { issuer: $court, executed: $executed }) {
            totalCount
            nodes { subjects { name } executed arrests { kind person { name } sources { article { articleId } } } }
          }
        }`,
        { court, executed },
      );
      expect(errors).toBeUndefined();
      expect(data.warrants.totalCount).toBe(data.warrants.nodes.length);
      return data.warrants.nodes;
    };
    expect(await ask(true)).toEqual([
      {
        subjects: [{ name: n('Tomas Brek') }],
        executed: true,
        arrests: [
          {
            kind: 'ARREST',
            person: { name: n('Tomas Brek') },
            sources: [{ article: { articleId: `${run}-arrest-2` } }, { article: { articleId: `${run}-again-3` } }],
          },
        ],
      },
    ]);
    expect(await ask(false)).toEqual([{ subjects: [{ name: n('Anna Vold') }], executed: false, arrests: [] }]);
  });

  it("lists a person's arrests and transfers, with where, by whom, to whom and the warrant", async () => {
    const { data, errors } = await api.gql(
      `query ($person: ID!) {
        actor(id: $person) {
          ... on Person {
            arrests { kind date { value } authority { name } locations { name } handedTo { name } warrants { status } }
          }
        }
        arrests(where: { person: $person, kind: [TRANSFER] }) { totalCount nodes { kind } }
      }`,
      { person: key('person', 'Tomas Brek') },
    );
    expect(errors).toBeUndefined();
    expect(data.actor.arrests).toEqual([
      {
        kind: 'TRANSFER',
        date: { value: '2025-03-12' },
        authority: null,
        locations: [],
        handedTo: { name: n('Veldmark Criminal Court') },
        warrants: [],
      },
      {
        kind: 'ARREST',
        date: { value: '2025-03-11' },
        authority: { name: n('Norland') },
        locations: [{ name: n('Sudport') }],
        handedTo: null,
        warrants: [{ status: 'ISSUED' }],
      },
    ]);
    expect(data.arrests).toEqual({ totalCount: 1, nodes: [{ kind: 'TRANSFER' }] });
  });

  it('finds a path from the arresting state to the court through the arrest and the warrant it executes', async () => {
    const { data, errors } = await api.gql(
      `query ($from: ID!, $to: ID!) { path(from: $from, to: $to) { length steps { type } } }`,
      { from: key('state', 'Norland'), to: key('court', 'Veldmark Criminal Court') },
    );
    expect(errors).toBeUndefined();
    expect(data.path.steps.map((s: Json) => s.type)).toEqual(['BY', 'EXECUTES', 'ISSUED']);
  });
});
