/**
 * The writer against the real Neo4j, with small documents built by hand. Every name carries
 * this run's suffix, so the test's nodes are its own in the shared database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Entity,
  EntityType,
  ExtractedEvent,
  ExtractionDocument,
  HoldsRoleRelation,
} from '../../src/contracts/extraction-document.js';
import { applySchema } from '../../src/graph/apply-schema.js';
import type { GraphConnection } from '../../src/graph/connection.js';
import { writeArticleContributions } from '../../src/graph/write-article.js';
import { planOperators, SCAN_OPERATOR } from '../setup/plan-operators.js';
import { connectTestGraph } from '../setup/test-neo4j.js';

const run = `w${Date.now().toString(36)}`; // suffix of every name and id in this file
let graph: GraphConnection;

beforeAll(async () => {
  graph = await connectTestGraph();
  await applySchema(graph);
});

afterAll(async () => {
  await graph.driver.executeQuery(
    'MATCH (n) WHERE n.id STARTS WITH $run OR n.key CONTAINS $run DETACH DELETE n',
    { run },
    { database: graph.database },
  );
  await graph.close();
});

let articleCounter = 0;
function articleId(label: string): string {
  articleCounter += 1;
  return `${run}-${label}-${articleCounter}`;
}

/** Document builder: entities by short handle, names suffixed with this run's id. */
function doc(
  id: string,
  publishedAt: string,
  entities: Array<[handle: string, type: EntityType, name: string, aliases?: string[]]>,
  events: ExtractedEvent[] = [],
  relations: HoldsRoleRelation[] = [],
): ExtractionDocument {
  const sentence = { text: 'A sentence we made up.', start: 0, end: 22 };
  return {
    format: 'kg-extraction/1',
    article: { id, title: null, url: null, publishedAt, language: 'en' },
    entities: entities.map(([handle, type, name, aliases]): Entity => ({
      id: handle,
      type,
      name: `${name}${run}`,
      aliases: (aliases ?? []).map((alias) => `${alias}${run}`),
    })),
    events: events.map((event) => ({ ...event, evidence: event.evidence.length ? event.evidence : [sentence] })),
    relations,
  };
}

function warrant(issuer: string | null, subjects: string[], status: 'issued' | 'requested' = 'issued'): ExtractedEvent {
  return { id: 'w', type: 'Warrant', issuer, subjects, status, date: null, charges: ['war crimes'], evidence: [] };
}

function strike(perpetrators: string[], targets: string[], locations: string[], date: string | null): ExtractedEvent {
  return { id: 's', type: 'Strike', perpetrators, targets, locations, killed: [], date, evidence: [] };
}

function meeting(participants: string[], date: string | null): ExtractedEvent {
  return { id: 'm', type: 'Meeting', participants, locations: [], mode: 'phone_call', topic: null, date, evidence: [] };
}

async function write(document: ExtractionDocument): Promise<void> {
  const session = graph.driver.session({ database: graph.database });
  try {
    await session.executeWrite(async (tx) => {
      await tx.run('MERGE (a:Article {id: $id}) SET a.publishedAt = date($publishedAt)', {
        id: document.article.id,
        publishedAt: document.article.publishedAt,
      });
      await writeArticleContributions(tx, document.article, document, { extractorVersion: 'test' });
    });
  } finally {
    await session.close();
  }
}

async function query<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await graph.driver.executeQuery(cypher, { run, ...params }, { database: graph.database });
  return records.map((record) => record.toObject() as T);
}

/** Everything this run wrote, as comparable rows: nodes with labels and properties, edges with theirs. */
async function snapshot(): Promise<string[]> {
  const nodes = await query(
    `MATCH (n) WHERE n.key CONTAINS $run OR n.id STARTS WITH $run
     RETURN labels(n) AS labels, properties(n) AS props`,
  );
  const edges = await query(
    `MATCH (a)-[r]->(b) WHERE a.key CONTAINS $run OR a.id STARTS WITH $run
     RETURN coalesce(a.key, a.id) AS from, type(r) AS type, coalesce(b.key, b.id) AS to, properties(r) AS props`,
  );
  // REPORTS.writtenAt says when a report was last written (for the change feed), not what it says.
  return [...nodes, ...edges]
    .map((row) => JSON.stringify(row, (key, value: unknown) => (key === 'writtenAt' ? undefined : sortedKeys(value))))
    .sort();
}

function sortedKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
}

describe('writeArticleContributions', () => {
  it('writes a warrant per issuer and subject, with its report, evidence and mentions', async () => {
    const id = articleId('warrants');
    await write(
      doc(
        id,
        '2024-11-21',
        [
          ['c', 'Court', 'Tribunal of Somewhere', ['TOS']],
          ['p1', 'Person', 'Anna Borek'],
          ['p2', 'Person', 'Piotr Lasota'],
        ],
        [warrant('c', ['p1', 'p2'])],
      ),
    );
    const rows = await query<{ subject: string; status: string; sources: string[]; evidence: string[] }>(
      `MATCH (c:Court {key: $court})-[i:ISSUED]->(w:Warrant)-[:AGAINST]->(p:Person), (a:Article {id: $id})-[r:REPORTS]->(w)
       RETURN p.name AS subject, w.status AS status, i.sources AS sources, r.evidenceTexts AS evidence ORDER BY subject`,
      { court: `court:tribunal-of-somewhere${run.toLowerCase()}`, id },
    );
    expect(rows).toEqual([
      { subject: `Anna Borek${run}`, status: 'issued', sources: [id], evidence: ['A sentence we made up.'] },
      { subject: `Piotr Lasota${run}`, status: 'issued', sources: [id], evidence: ['A sentence we made up.'] },
    ]);
    const [court] = await query<{ aliases: string[]; mentions: string[] }>(
      `MATCH (a:Article {id: $id})-[m:MENTIONS]->(c:Court) RETURN c.aliases AS aliases, m.aliases AS mentions`,
      { id },
    );
    expect(court?.aliases).toEqual([`TOS${run}`]);
    expect(court?.mentions).toEqual([`Tribunal of Somewhere${run}`, `TOS${run}`]);
  });

  it('changes nothing when the same document is written again', async () => {
    const id = articleId('twice');
    const document = doc(
      id,
      '2025-03-02',
      [
        ['s', 'State', 'Arcadia'],
        ['o', 'Organization', 'Brigade Nine'],
        ['g', 'Place', 'Portville'],
        ['p', 'Person', 'Ilse Varga'],
      ],
      [strike(['s'], ['o'], ['g'], '2025-03'), meeting(['p', 's'], '2025-03-01')],
      [{ type: 'HOLDS_ROLE', from: 'p', to: 's', role: 'Foreign Minister', evidence: [] }],
    );
    await write(document);
    const before = await snapshot();
    await write(document);
    expect(await snapshot()).toEqual(before);
    expect(before.length).toBeGreaterThan(10);
  });

  it('keeps a person named like a state apart from the state', async () => {
    const id = articleId('namesake');
    await write(
      doc(id, '2024-04-29', [
        ['s', 'State', 'Lakeland'],
        ['p', 'Person', 'Lakeland Mirow'],
      ]),
    );
    const rows = await query<{ key: string; labels: string[] }>(
      'MATCH (a:Article {id: $id})-[:MENTIONS]->(n) RETURN n.key AS key, labels(n) AS labels ORDER BY key',
      { id },
    );
    expect(rows.map((row) => row.key)).toEqual([`person:lakeland-mirow${run}`, `state:lakeland${run}`]);
    expect(rows.map((row) => row.labels.sort())).toEqual([
      ['Actor', 'Person'],
      ['Actor', 'State'],
    ]);
  });

  it('joins a surname-only mention to the one person with that surname', async () => {
    await write(doc(articleId('full'), '2024-05-01', [['p', 'Person', 'Tomas Hrdina']]));
    await write(doc(articleId('short'), '2024-05-02', [['p', 'Person', 'Hrdina']]));
    const people = await query<{ name: string; mentions: number }>(
      'MATCH (p:Person) WHERE p.key CONTAINS $surname RETURN p.name AS name, COUNT { (:Article)-[:MENTIONS]->(p) } AS mentions',
      { surname: `hrdina${run}` },
    );
    expect(people).toEqual([{ name: `Tomas Hrdina${run}`, mentions: 2 }]);
  });

  it('gives a surname-only person the full name when it arrives later', async () => {
    await write(doc(articleId('short-first'), '2024-06-01', [['p', 'Person', 'Okonkwo']]));
    await write(doc(articleId('full-later'), '2024-06-02', [['p', 'Person', 'Ada Okonkwo']]));
    const people = await query<{ key: string; name: string; mentions: number }>(
      'MATCH (p:Person) WHERE p.key CONTAINS $surname RETURN p.key AS key, p.name AS name, COUNT { (:Article)-[:MENTIONS]->(p) } AS mentions',
      { surname: `okonkwo${run}` },
    );
    expect(people).toEqual([{ key: `person:ada-okonkwo${run}`, name: `Ada Okonkwo${run}`, mentions: 2 }]);
  });

  it('never merges two full names on a shared surname, and keeps an ambiguous surname apart', async () => {
    await write(doc(articleId('katz-a'), '2024-07-01', [['p', 'Person', 'Ruth Amsel']]));
    await write(doc(articleId('katz-b'), '2024-07-02', [['p', 'Person', 'Yoel Amsel']]));
    await write(doc(articleId('katz-c'), '2024-07-03', [['p', 'Person', 'Amsel']]));
    const names = await query<{ name: string }>(
      'MATCH (p:Person) WHERE p.key CONTAINS $surname RETURN p.name AS name ORDER BY name',
      { surname: `amsel${run}` },
    );
    expect(names.map((row) => row.name)).toEqual([`Amsel${run}`, `Ruth Amsel${run}`, `Yoel Amsel${run}`]);
  });

  it('makes one strike of two reports whose dates differ in precision', async () => {
    const entities: Array<[string, EntityType, string]> = [
      ['s', 'State', 'Borduria'],
      ['o', 'Organization', 'Red Wing'],
      ['q', 'State', 'Syldavia'],
      ['c', 'Place', 'Klow'],
    ];
    const first = articleId('strike-month');
    const second = articleId('strike-day');
    await write(doc(first, '2025-09-18', entities, [strike(['s'], ['o'], ['q'], '2025-09')]));
    await write(doc(second, '2025-09-09', entities, [strike(['s'], ['o'], ['c', 'q'], '2025-09-09')]));
    const strikes = await query<{ date: string; precision: string; reports: string[]; at: string[] }>(
      `MATCH (:State {key: $perpetrator})-[:CARRIED_OUT]->(s:Strike)
       RETURN s.date AS date, s.datePrecision AS precision,
              COLLECT { MATCH (a:Article)-[:REPORTS]->(s) RETURN a.id ORDER BY a.id } AS reports,
              COLLECT { MATCH (s)-[:AT]->(l) RETURN l.key ORDER BY l.key } AS at`,
      { perpetrator: `state:borduria${run}` },
    );
    expect(strikes).toEqual([
      {
        date: '2025-09-09',
        precision: 'day',
        reports: [first, second].sort(),
        at: [`place:klow${run}`, `state:syldavia${run}`],
      },
    ]);
  });

  it('takes a warrant status from the newest report, whatever order the articles arrive in', async () => {
    const entities: Array<[string, EntityType, string]> = [
      ['c', 'Court', 'Bench of Review'],
      ['p', 'Person', 'Greta Sund'],
    ];
    const newer = articleId('issued');
    const older = articleId('requested');
    await write(doc(newer, '2024-11-21', entities, [warrant('c', ['p'], 'issued')]));
    await write(doc(older, '2024-05-20', entities, [warrant('c', ['p'], 'requested')]));
    const [row] = await query<{ status: string; reports: number; charges: string[] }>(
      'MATCH (:Court {key: $court})-[:ISSUED]->(w:Warrant) RETURN w.status AS status, w.reportCount AS reports, w.charges AS charges',
      { court: `court:bench-of-review${run}` },
    );
    expect(row).toEqual({ status: 'issued', reports: 2, charges: ['war crimes'] });
  });

  it('gives an undated event the weeks before its report as its period', async () => {
    const entities: Array<[string, EntityType, string]> = [
      ['a', 'Person', 'Ines Moll'],
      ['b', 'Person', 'Jakob Moll'],
    ];
    await write(doc(articleId('undated'), '2025-03-31', entities, [meeting(['a', 'b'], null)]));
    const [row] = await query<{ from: string; to: string; precision: string | null }>(
      'MATCH (:Person {key: $person})-[:ATTENDED]->(m:Meeting) RETURN toString(m.dateFrom) AS from, toString(m.dateTo) AS to, m.datePrecision AS precision',
      { person: `person:ines-moll${run}` },
    );
    expect(row).toEqual({ from: '2025-03-01', to: '2025-03-31', precision: null });
  });

  it('keeps strikes on different days apart', async () => {
    const entities: Array<[string, EntityType, string]> = [
      ['s', 'State', 'Graustark'],
      ['q', 'Place', 'Edelweiss'],
    ];
    await write(doc(articleId('day-1'), '2025-01-10', entities, [strike(['s'], [], ['q'], '2025-01-03')]));
    await write(doc(articleId('day-2'), '2025-01-10', entities, [strike(['s'], [], ['q'], '2025-01-07')]));
    const [row] = await query<{ strikes: number }>(
      'MATCH (:State {key: $perpetrator})-[:CARRIED_OUT]->(s:Strike) RETURN count(s) AS strikes',
      { perpetrator: `state:graustark${run}` },
    );
    expect(row?.strikes).toBe(2);
  });

  it('replaces what a revised article contributed and keeps what another article also supports', async () => {
    const entities: Array<[string, EntityType, string]> = [
      ['c', 'Court', 'Chamber of Appeals'],
      ['p', 'Person', 'Vera Lind'],
      ['x', 'Person', 'Oskar Pell'],
    ];
    const revised = articleId('revised');
    const other = articleId('other');
    await write(doc(revised, '2024-01-05', entities, [warrant('c', ['p']), meeting(['p', 'x'], '2024-01-04')]));
    await write(doc(other, '2024-01-06', entities.slice(0, 2), [warrant('c', ['p'], 'requested')]));

    // The revised text keeps the court and the person, and tells of neither the warrant nor the meeting.
    await write(doc(revised, '2024-01-05', entities.slice(0, 2)));

    const warrants = await query<{ sources: string[]; reports: string[]; status: string }>(
      `MATCH (:Court {key: $court})-[i:ISSUED]->(w:Warrant)
       RETURN i.sources AS sources, w.status AS status, COLLECT { MATCH (a:Article)-[:REPORTS]->(w) RETURN a.id } AS reports`,
      { court: `court:chamber-of-appeals${run}` },
    );
    expect(warrants).toEqual([{ sources: [other], reports: [other], status: 'requested' }]);
    const meetings = await query('MATCH (:Person {key: $person})-[:ATTENDED]->(m:Meeting) RETURN m', {
      person: `person:vera-lind${run}`,
    });
    expect(meetings).toEqual([]);
    const gone = await query('MATCH (p:Person {key: $person}) RETURN p', { person: `person:oskar-pell${run}` });
    expect(gone).toEqual([]);
  });

  it('plans its statements on key lookups only: no scan of a label or relationship type', async () => {
    // Plans are kept (replan=skip), so the first plan, made while the graph may still be empty,
    // must not depend on statistics: a scan planned for a small graph would stay as it grows.
    const id = articleId('plan');
    const document = doc(
      id,
      '2024-05-05',
      [
        ['c', 'Court', 'Plan Court'],
        ['p', 'Person', 'Ada Planner'],
        ['q', 'Person', 'Planner'],
        ['s', 'State', 'Planland'],
        ['x', 'Place', 'Plancity'],
      ],
      [warrant('c', ['p']), strike(['s'], ['p'], ['x'], '2024-05-04'), meeting(['p', 's'], '2024-05-03')],
      [{ type: 'HOLDS_ROLE', from: 'p', to: 's', role: 'minister', evidence: [] }],
    );
    const plans: string[][] = [];
    const rolledBack = new Error('explained; roll back');
    const session = graph.driver.session({ database: graph.database });
    try {
      const writing = session.executeWrite(async (tx) => {
        await tx.run('MERGE (a:Article {id: $id}) SET a.publishedAt = date($publishedAt)', {
          id,
          publishedAt: document.article.publishedAt,
        });
        const explaining = Object.create(tx) as typeof tx;
        explaining.run = ((statement: string, params: Record<string, unknown>) =>
          tx.run(`EXPLAIN ${statement}`, params).then((explained) => {
            plans.push(planOperators(explained.summary.plan));
            return tx.run(statement, params);
          })) as typeof tx.run;
        await writeArticleContributions(explaining, document.article, document, { extractorVersion: 'test' });
        throw rolledBack;
      });
      await expect(writing).rejects.toBe(rolledBack);
    } finally {
      await session.close();
    }
    expect(plans).toHaveLength(2);
    for (const operators of plans) {
      expect(operators.length).toBeGreaterThan(10);
      expect(operators.filter((operator) => SCAN_OPERATOR.test(operator))).toEqual([]);
    }
  });

  it('refuses a document whose event names an unknown entity, and writes nothing of it', async () => {
    const id = articleId('broken');
    const document = doc(id, '2024-02-02', [['p', 'Person', 'Nils Broken']], [warrant('nobody', ['p'])]);
    await expect(write(document)).rejects.toMatchObject({
      code: 'INVALID_DOCUMENT',
      message: expect.stringContaining('refers to unknown entity "nobody"'),
    });
    expect(
      await query('MATCH (n) WHERE n.key = $key OR n.id = $id RETURN n', { key: `person:nils-broken${run}`, id }),
    ).toEqual([]);
  });
});
