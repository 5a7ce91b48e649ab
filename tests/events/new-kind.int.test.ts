/**
 * The design's proof: a kind that exists only in this test (a ceasefire, with its own roles,
 * relationship types and attribute) flows through the document builder and the writer against
 * the real Neo4j, and the scorer, without a line of kind-specific code anywhere.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_KINDS, EventKinds } from '../../src/events/index.js';
import { keyList, sameSet, type EventKind } from '../../src/events/kind.js';
import { assembleDocument } from '../../src/extract/08-document.js';
import type { ExtractionDocument } from '../../src/contracts/extraction-document.js';
import type { EntityDraft, EventDraft, Sentence } from '../../src/extract/types.js';
import type { GraphConnection } from '../../src/graph/connection.js';
import { CypherRegistry } from '../../src/graph/cypher-registry.js';
import { writeArticleContributions } from '../../src/graph/write-article.js';
import { connectTestGraph, uniqueTestPrefix } from '../setup/test-neo4j.js';

const ceasefire: EventKind = {
  type: 'Ceasefire',
  idPrefix: 'c',
  roles: [
    {
      field: 'parties',
      many: true,
      edge: 'AGREED_TO',
      direction: 'actor-to-event',
      actorTypes: ['State', 'Organization'],
      min: 2,
      graphql: {
        role: 'PARTY',
        roleDescription: 'Agreed to a ceasefire',
        field: 'parties',
        description: 'Who agreed.',
      },
    },
    {
      field: 'mediator',
      many: false,
      edge: 'MEDIATED',
      direction: 'actor-to-event',
      graphql: { role: 'MEDIATOR', roleDescription: 'Mediated it', field: 'mediator', description: 'Who mediated.' },
    },
  ],
  attributes: [
    {
      field: 'phase',
      type: 'enum',
      values: ['announced', 'in_force', 'collapsed', 'unknown'],
      unknown: 'unknown',
      combine: 'newest-known',
      graphql: {
        field: 'phase',
        description: 'How far it got.',
        enum: {
          name: 'CeasefirePhase',
          description: 'Phases.',
          values: {
            ANNOUNCED: { value: 'announced', description: 'Announced.' },
            IN_FORCE: { value: 'in_force', description: 'In force.' },
            COLLAPSED: { value: 'collapsed', description: 'Collapsed.' },
            UNKNOWN: { value: 'unknown', description: 'Not stated.' },
          },
        },
      },
    },
  ],
  identifiedBy: ['parties'],
  anchors: ['parties'],
  naturalKey: ({ roles }, when) => `ceasefire:${keyList(roles.parties)}:${when}`,
  sameAcrossArticles: (a, b) => sameSet(a.roles.parties ?? [], b.roles.parties ?? []),
  sameInArticle: (a, b) => sameSet(a.roles.parties ?? [], b.roles.parties ?? []),
  scoring: [{ type: 'TRUCE', among: 'parties', ordered: false }],
  graphql: {
    description: 'A ceasefire.',
    typeValue: 'CEASEFIRE',
    typeDescription: 'A ceasefire.',
    connection: 'ceasefires',
    connectionDescription: 'Ceasefires.',
    plural: 'ceasefires',
    actorFields: [],
  },
};
const kinds = new EventKinds([...EVENT_KINDS, ceasefire]);

describe('a kind declared only in a test', () => {
  it('is checked like any other when the set of kinds is built', () => {
    const [parties, mediator] = ceasefire.roles as [EventKind['roles'][number], EventKind['roles'][number]];
    const reversed = {
      ...ceasefire,
      roles: [{ ...parties, edge: 'ISSUED', direction: 'event-to-actor' as const }, mediator],
    };
    expect(() => new EventKinds([...EVENT_KINDS, reversed])).toThrow(/ISSUED is declared in both directions/);
    expect(() => new EventKinds([...EVENT_KINDS, { ...ceasefire, idPrefix: 'w' }])).toThrow(/id prefix "w"/);
    expect(() => new EventKinds([...EVENT_KINDS, { ...ceasefire, anchors: ['nobody'] }])).toThrow(
      /anchors names no role/,
    );
  });

  it('goes through the document builder: merged within the article, numbered with its prefix', () => {
    const sentence = (index: number, start: number, text: string): Sentence => ({
      index,
      start,
      end: start + text.length,
      tokens: [],
    });
    const original = 'Aland and Bland agreed a truce. The truce between Aland and Bland holds.';
    const entity = (index: number, name: string, firstStart: number): EntityDraft => ({
      index,
      type: 'State',
      key: `state:${name.toLowerCase()}`,
      name,
      aliases: new Set([name]),
      firstStart,
      mentionCount: 2,
      country: null,
    });
    const draft = (sentences: number[], phase: string): EventDraft =>
      ({ type: 'Ceasefire', parties: [0, 1], mediator: null, phase, sentences, triggerAt: 0 }) as unknown as EventDraft;
    const document = assembleDocument(
      {
        original,
        article: { id: 'a', title: null, url: null, publishedAt: '2025-01-10', language: 'en' },
        sentences: [sentence(0, 0, 'Aland and Bland agreed a truce.'), sentence(1, 32, original.slice(32))],
        entities: [entity(0, 'Aland', 0), entity(1, 'Bland', 10)],
        roles: [],
        events: [draft([0], 'unknown'), draft([1], 'in_force')],
        dates: ['2025-01', '2025-01-09'],
      },
      kinds,
    );
    expect(document.events).toEqual([
      {
        id: 'c1',
        type: 'Ceasefire',
        parties: ['e1', 'e2'],
        mediator: null,
        phase: 'in_force',
        date: '2025-01-09',
        evidence: [
          { text: 'Aland and Bland agreed a truce.', start: 0, end: 31 },
          { text: original.slice(32), start: 32, end: original.length },
        ],
      },
    ]);
  });

  describe('in the graph', () => {
    const run = uniqueTestPrefix('kind');
    let graph: GraphConnection;
    const registry = CypherRegistry.load(undefined, kinds);

    beforeAll(async () => {
      graph = await connectTestGraph();
    });

    afterAll(async () => {
      await graph.driver.executeQuery(
        'MATCH (n) WHERE n.id STARTS WITH $run OR n.key CONTAINS $run DETACH DELETE n',
        { run },
        { database: graph.database },
      );
      await graph.close();
    });

    const doc = (id: string, publishedAt: string, phase: string, date: string | null): ExtractionDocument => ({
      format: 'kg-extraction/1',
      article: { id: `${run}-${id}`, title: null, url: null, publishedAt, language: 'en' },
      entities: [
        { id: 'e1', type: 'State', name: `Aland ${run}`, aliases: [] },
        { id: 'e2', type: 'Organization', name: `Bland Front ${run}`, aliases: [] },
        { id: 'e3', type: 'State', name: `Cland ${run}`, aliases: [] },
      ],
      events: [
        {
          id: 'c1',
          type: 'Ceasefire',
          parties: ['e1', 'e2'],
          mediator: 'e3',
          phase,
          date,
          evidence: [{ text: 'A sentence we made up.', start: 0, end: 22 }],
        } as unknown as ExtractionDocument['events'][number],
      ],
      relations: [],
    });

    async function write(document: ExtractionDocument): Promise<void> {
      const session = graph.driver.session({ database: graph.database });
      try {
        await session.executeWrite(async (tx) => {
          await tx.run('MERGE (a:Article {id: $id}) SET a.publishedAt = date($publishedAt)', {
            id: document.article.id,
            publishedAt: document.article.publishedAt,
          });
          await writeArticleContributions(tx, document.article, document, { extractorVersion: 'test' }, registry);
        });
      } finally {
        await session.close();
      }
    }

    it('is written with its own label, relationships and attribute, and found again by a later report', async () => {
      await write(doc('first', '2025-01-10', 'announced', '2025-01'));
      await write(doc('second', '2025-01-20', 'in_force', '2025-01-12'));
      const { records } = await graph.driver.executeQuery(
        `MATCH (c:Ceasefire:Event)<-[:AGREED_TO]-(p:Actor) WHERE c.key CONTAINS $run
         WITH c, collect(p.key) AS parties
         RETURN c.phase AS phase, c.date AS date, c.reportCount AS reports, size(parties) AS parties,
                COUNT { (:Actor)-[:MEDIATED]->(c) } AS mediators`,
        { run },
        { database: graph.database },
      );
      const rows = records.map((r) => r.toObject());
      expect(
        rows.map((row) => ({
          ...row,
          reports: Number(row.reports),
          parties: Number(row.parties),
          mediators: Number(row.mediators),
        })),
      ).toEqual([{ phase: 'in_force', date: '2025-01-12', reports: 2, parties: 2, mediators: 1 }]);
    });

    it('goes when the articles that reported it are withdrawn, as any kind does', async () => {
      await write({ ...doc('first', '2025-01-10', 'announced', '2025-01'), entities: [], events: [] });
      await write({ ...doc('second', '2025-01-20', 'in_force', '2025-01-12'), entities: [], events: [] });
      const { records } = await graph.driver.executeQuery(
        'MATCH (c:Ceasefire) WHERE c.key CONTAINS $run RETURN c',
        { run },
        { database: graph.database },
      );
      expect(records).toEqual([]);
    });
  });
});
