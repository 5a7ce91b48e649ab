/**
 * A generated graph for the API benchmark, in the model the writer builds (docs/graph-model.md):
 * actors, warrants, strikes and meetings reported by articles, with evidence, mentions, roles
 * and `sources` on every fact edge. Skewed like the news: a few actors and events are in many
 * articles, most in few. Deterministic (seeded), and every id and key holds `bench~`, so
 * it lives beside real data and `removeBenchGraph` takes it out again.
 *
 * Generation writes with UNWIND batches straight to Neo4j (the extractor and writer would take
 * hours for 100,000 articles); its Cypher stays here because it is a tool, not part of the API.
 */
import type { GraphConnection } from '../src/graph/connection.js';

/** In every bench key and article id; "~" never occurs in a real key (a slug). */
export const MARKER = 'bench~';
const BATCH = 5_000;

export interface BenchSize {
  articles: number;
}

/** Sizes of the actor and event pools for a number of articles. */
export function poolSizes({ articles }: BenchSize) {
  const scale = articles / 100_000;
  const at = (n: number, min: number): number => Math.max(min, Math.round(n * scale));
  return {
    Person: at(8_000, 40),
    State: 200,
    Court: 40,
    Organization: at(1_000, 20),
    Place: at(2_000, 20),
    Warrant: at(10_000, 20),
    Strike: at(30_000, 30),
    Meeting: at(20_000, 30),
  };
}

/** mulberry32: a small seeded PRNG, so every run builds the same graph. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Amira',
  'Boris',
  'Chen',
  'Dara',
  'Elif',
  'Farid',
  'Greta',
  'Hugo',
  'Ines',
  'Jonas',
  'Kemal',
  'Lena',
  'Milan',
  'Nadia',
  'Oskar',
  'Priya',
  'Quentin',
  'Rania',
  'Sami',
  'Tala',
  'Umar',
  'Vera',
  'Wim',
  'Xenia',
  'Yusuf',
  'Zora',
];
const LAST = [
  'Adler',
  'Brandt',
  'Costa',
  'Dahl',
  'Eriksen',
  'Fischer',
  'Garcia',
  'Haddad',
  'Ivanov',
  'Jensen',
  'Kovac',
  'Larsen',
  'Moreau',
  'Novak',
  'Okafor',
  'Petrov',
  'Quist',
  'Rossi',
  'Sato',
  'Tanaka',
  'Urban',
  'Varga',
  'Weber',
  'Yilmaz',
  'Zhou',
];
const SYLLABLES = [
  'ar',
  'bel',
  'cor',
  'dan',
  'el',
  'fen',
  'gar',
  'hal',
  'is',
  'jor',
  'kel',
  'lor',
  'mar',
  'nor',
  'os',
  'pel',
  'rav',
  'sol',
  'tor',
  'val',
];
const CHARGES = [
  'murder',
  'war crimes',
  'crimes against humanity',
  'persecution',
  'torture',
  'deportation',
  'starvation',
];
const STATUSES = ['issued', 'issued', 'issued', 'requested', 'considered', 'threatened', 'withdrawn'];
const MODES = ['in_person', 'in_person', 'phone_call', 'virtual', 'unknown'];
const ROLES = [
  'president',
  'prime minister',
  'foreign minister',
  'defence minister',
  'judge',
  'chief prosecutor',
  'spokesperson',
  'commander',
];

function placeName(i: number): string {
  const word = `${SYLLABLES[i % 20]}${SYLLABLES[Math.floor(i / 20) % 20]}${SYLLABLES[Math.floor(i / 400) % 20]}`;
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The name of actor `i` of a type: unique, searchable, alike enough for full-text search to rank. */
export function actorName(label: string, i: number): string {
  switch (label) {
    case 'Person':
      return `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${placeName(i)}`;
    case 'State':
      return `${placeName(i * 7 + 3)}ia`;
    case 'Court':
      return `Court of ${placeName(i * 13 + 5)}`;
    case 'Organization':
      return `${placeName(i * 11 + 1)} Front`;
    default:
      return `${placeName(i * 3 + 2)} City`;
  }
}

export function actorKey(label: string, i: number): string {
  return `${label.toLowerCase()}:${MARKER}${label.toLowerCase()}~${i}`;
}

function eventKey(label: string, i: number): string {
  return `${label.toLowerCase()}:${MARKER}${label.toLowerCase()}~${i}`;
}

function articleId(i: number): string {
  return `${MARKER}article~${i}`;
}

/** Index in [0, n) skewed towards 0: the few actors and events the news is mostly about. */
function skewed(random: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(n * random() ** 3));
}

function isoDay(daysSince2015: number): string {
  return new Date(Date.UTC(2015, 0, 1) + daysSince2015 * 86_400_000).toISOString().slice(0, 10);
}

interface EventSpec {
  label: 'Warrant' | 'Strike' | 'Meeting';
  key: string;
  props: Record<string, unknown>;
  links: Array<{ type: string; actorKey: string; outgoing: boolean }>;
  reports: string[];
}

async function inBatches<T>(graph: GraphConnection, statement: string, rows: T[], extra: Record<string, unknown> = {}) {
  for (let start = 0; start < rows.length; start += BATCH) {
    await graph.driver.executeQuery(
      statement,
      { rows: rows.slice(start, start + BATCH), ...extra },
      { database: graph.database },
    );
  }
}

/** How many bench articles the graph holds. */
export async function benchArticleCount(graph: GraphConnection): Promise<number> {
  const { records } = await graph.driver.executeQuery(
    'MATCH (a:Article) WHERE a.id STARTS WITH $prefix RETURN count(a) AS n',
    { prefix: `${MARKER}article~` },
    { database: graph.database },
  );
  return Number(records[0]?.get('n') ?? 0);
}

/** Deletes the bench graph, and only it: real keys are slugs, which never contain "~". */
export async function removeBenchGraph(graph: GraphConnection): Promise<void> {
  // CALL ... IN TRANSACTIONS needs an implicit (auto-commit) transaction: session.run.
  const session = graph.driver.session({ database: graph.database });
  try {
    // Relationships first, in small batches: one dense node's DETACH DELETE would hold all its
    // relationships in one transaction and exceed a small server's transaction memory.
    const bench = `((n:Actor OR n:Event) AND n.key CONTAINS $marker) OR (n:Article AND n.id STARTS WITH $marker)`;
    await session.run(`MATCH (n)-[r]-() WHERE ${bench} CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS`, {
      marker: MARKER,
    });
    await session.run(`MATCH (n) WHERE ${bench} CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS`, {
      marker: MARKER,
    });
  } finally {
    await session.close();
  }
}

/** Builds the graph; returns what the query mix needs to pick ids from. */
export async function generateBenchGraph(graph: GraphConnection, size: BenchSize, log: (line: string) => void) {
  const random = rng(20_251_121);
  const pools = poolSizes(size);
  const actorLabels = ['Person', 'State', 'Court', 'Organization', 'Place'] as const;
  const pick = (label: (typeof actorLabels)[number]): string => actorKey(label, skewed(random, pools[label]));

  // Events and who is in them.
  const events: EventSpec[] = [];
  const dated = (): Record<string, unknown> => {
    const day = Math.floor(random() * 3_900);
    const roll = random();
    const full = isoDay(day);
    if (roll < 0.1) return { date: null, datePrecision: null, dateFrom: isoDay(day - 14), dateTo: full };
    if (roll < 0.25) {
      const month = full.slice(0, 7);
      const last = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
      return { date: month, datePrecision: 'month', dateFrom: `${month}-01`, dateTo: `${month}-${last}` };
    }
    return { date: full, datePrecision: 'day', dateFrom: full, dateTo: full };
  };
  for (let i = 0; i < pools.Warrant; i += 1) {
    const issuer = random() < 0.8 ? pick('Court') : pick('State');
    events.push({
      label: 'Warrant',
      key: eventKey('Warrant', i),
      props: {
        ...dated(),
        status: STATUSES[Math.floor(random() * STATUSES.length)],
        charges: [...new Set([CHARGES[Math.floor(random() * 7)], CHARGES[Math.floor(random() * 7)]])].sort(),
      },
      links: [
        { type: 'ISSUED', actorKey: issuer, outgoing: true },
        { type: 'AGAINST', actorKey: pick('Person'), outgoing: false },
      ],
      reports: [],
    });
  }
  for (let i = 0; i < pools.Strike; i += 1) {
    const links = [
      { type: 'CARRIED_OUT', actorKey: random() < 0.7 ? pick('State') : pick('Organization'), outgoing: true },
      { type: 'TARGETED', actorKey: random() < 0.5 ? pick('Organization') : pick('State'), outgoing: false },
      { type: 'AT', actorKey: pick('Place'), outgoing: false },
    ];
    if (random() < 0.2) links.push({ type: 'KILLED', actorKey: pick('Person'), outgoing: false });
    events.push({ label: 'Strike', key: eventKey('Strike', i), props: dated(), links, reports: [] });
  }
  for (let i = 0; i < pools.Meeting; i += 1) {
    const participants = new Set([pick('Person'), random() < 0.5 ? pick('Person') : pick('State')]);
    if (random() < 0.2) participants.add(pick('Person'));
    const links = [...participants].map((key) => ({ type: 'ATTENDED', actorKey: key, outgoing: true }));
    if (random() < 0.5) links.push({ type: 'AT', actorKey: pick('Place'), outgoing: false });
    events.push({
      label: 'Meeting',
      key: eventKey('Meeting', i),
      props: {
        ...dated(),
        mode: MODES[Math.floor(random() * MODES.length)],
        topic: random() < 0.5 ? 'a ceasefire' : null,
      },
      links,
      reports: [],
    });
  }

  // Articles: each reports one or two events (skewed) and mentions their actors.
  const articles: Array<Record<string, unknown>> = [];
  const reports: Array<Record<string, unknown>> = [];
  const mentions: Array<Record<string, unknown>> = [];
  const actorNames = new Map<string, string>();
  for (const label of actorLabels)
    for (let i = 0; i < pools[label]; i += 1) actorNames.set(actorKey(label, i), actorName(label, i));
  for (let i = 0; i < size.articles; i += 1) {
    const id = articleId(i);
    const reported = new Set([skewed(random, events.length)]);
    if (random() < 0.5) reported.add(skewed(random, events.length));
    const actors = new Set<string>();
    const sentences: string[] = [];
    for (const index of reported) {
      const event = events[index] as EventSpec;
      event.reports.push(id);
      for (const link of event.links) actors.add(link.actorKey);
      sentences.push(
        `${event.links.map((link) => actorNames.get(link.actorKey)).join(' and ')} were part of a ${event.label.toLowerCase()}.`,
      );
    }
    const text = `${sentences.join(' ')} Officials said more would follow. Observers urged restraint.`;
    let offset = 0;
    for (const [n, index] of [...reported].entries()) {
      const sentence = sentences[n] as string;
      const event = events[index] as EventSpec;
      reports.push({
        articleId: id,
        eventKey: event.key,
        texts: [sentence],
        starts: [offset],
        ends: [offset + sentence.length],
        date: event.props.date ?? null,
      });
      offset += sentence.length + 1;
    }
    for (const key of actors) mentions.push({ articleId: id, actorKey: key, aliases: [actorNames.get(key)] });
    articles.push({
      id,
      title: `Report ${i}: ${sentences[0]?.slice(0, 60)}`,
      url: `https://example.org/bench/${i}`,
      publishedAt: isoDay(Math.floor(random() * 3_900)),
      text,
    });
  }

  log(`writing ${actorNames.size} actors, ${events.length} events, ${articles.length} articles…`);
  for (const label of actorLabels) {
    const rows = Array.from({ length: pools[label] }, (_, i) => {
      const name = actorName(label, i);
      const acronym =
        label === 'Court'
          ? [
              name
                .split(' ')
                .map((w) => w[0])
                .join('')
                .toUpperCase() + i,
            ]
          : [];
      return {
        key: actorKey(label, i),
        name,
        aliases: acronym,
        surnameKey: label === 'Person' ? name.split(' ')[1]?.toLowerCase() : null,
      };
    });
    // The label comes from the fixed list above, never from input.
    await inBatches(
      graph,
      `UNWIND $rows AS row CREATE (n:Actor:${label} {key: row.key, name: row.name, aliases: row.aliases}) SET n.surnameKey = row.surnameKey`,
      rows,
    );
  }
  for (const label of ['Warrant', 'Strike', 'Meeting'] as const) {
    const rows = events
      .filter((event) => event.label === label)
      .map((event) => ({
        key: event.key,
        ...event.props,
        charges: event.props.charges ?? [],
        reportCount: event.reports.length,
      }));
    await inBatches(
      graph,
      `UNWIND $rows AS row
       CREATE (e:Event:${label} {key: row.key, date: row.date, datePrecision: row.datePrecision, status: row.status,
         charges: row.charges, mode: row.mode, topic: row.topic, reportCount: row.reportCount})
       SET e.dateFrom = date(row.dateFrom), e.dateTo = date(row.dateTo)`,
      rows,
    );
  }
  await inBatches(
    graph,
    `UNWIND $rows AS row
     CREATE (a:Article {id: row.id, title: row.title, url: row.url, text: row.text, status: 'done',
       extractorVersion: 'bench', publishedAt: date(row.publishedAt), ingestedAt: datetime()})`,
    articles,
  );
  log('linking events, reports, mentions and roles…');
  const links = events.flatMap((event) =>
    event.links.map((link) => ({ ...link, eventKey: event.key, sources: event.reports.slice().sort() })),
  );
  for (const type of ['ISSUED', 'AGAINST', 'CARRIED_OUT', 'TARGETED', 'AT', 'KILLED', 'ATTENDED']) {
    const rows = links.filter((link) => link.type === type);
    const outgoing = rows[0]?.outgoing ?? true;
    const pattern = outgoing ? `(n)-[r:${type}]->(e)` : `(e)-[r:${type}]->(n)`;
    await inBatches(
      graph,
      `UNWIND $rows AS row MATCH (n:Actor {key: row.actorKey}) MATCH (e:Event {key: row.eventKey}) CREATE ${pattern} SET r.sources = row.sources`,
      rows,
    );
  }
  await inBatches(
    graph,
    `UNWIND $rows AS row MATCH (a:Article {id: row.articleId}) MATCH (e:Event {key: row.eventKey})
     CREATE (a)-[:REPORTS {evidenceTexts: row.texts, evidenceStarts: row.starts, evidenceEnds: row.ends, date: row.date}]->(e)`,
    reports,
  );
  await inBatches(
    graph,
    `UNWIND $rows AS row MATCH (a:Article {id: row.articleId}) MATCH (n:Actor {key: row.actorKey})
     CREATE (a)-[:MENTIONS {aliases: row.aliases}]->(n)`,
    mentions,
  );
  const roles = Array.from({ length: Math.round(pools.Person / 4) }, (_, i) => {
    const holder = random() < 0.6 ? pick('State') : random() < 0.5 ? pick('Court') : pick('Organization');
    const sources = [
      articleId(Math.floor(random() * size.articles)),
      articleId(Math.floor(random() * size.articles)),
    ].sort();
    return {
      personKey: actorKey('Person', i),
      holderKey: holder,
      role: ROLES[Math.floor(random() * ROLES.length)],
      sources,
      texts: sources.map(() => 'A sentence naming the office.'),
    };
  });
  await inBatches(
    graph,
    `UNWIND $rows AS row MATCH (p:Person {key: row.personKey}) MATCH (o:Actor {key: row.holderKey})
     MERGE (p)-[r:HOLDS_ROLE {role: row.role}]->(o)
     SET r.sources = row.sources, r.evidenceArticles = row.sources, r.evidenceTexts = row.texts,
         r.evidenceStarts = [x IN row.texts | 0], r.evidenceEnds = [x IN row.texts | size(x)]`,
    roles,
  );
  return { pools, relationships: links.length + reports.length + mentions.length + roles.length };
}
