/**
 * Writes one article's extracted document into the graph, inside the caller's transaction:
 * first whatever the article contributed before is withdrawn (so a revised text replaces it,
 * and the same text written again ends where it started), then its actors, events, edges and
 * roles are merged onto the nodes other articles already built.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Evidence, ExtractionDocument, WarrantStatus } from '../extract/document.js';
import { ACTOR_TO_EVENT, planContributions, type EventContribution, type EventEdgeType } from './contributions.js';
import { cypher, type CypherRegistry } from './cypher-registry.js';
import { morePrecise, surnameKey } from './keys.js';
import {
  chooseEventCandidate,
  eventPeriod,
  UNDATED_EVENT_WINDOW_DAYS,
  naturalEventKey,
  resolveActorKeys,
  type EventCandidate,
  type KeyedEvent,
  type PersonCandidate,
} from './resolve-keys.js';

export interface ArticleRef {
  id: string;
  /** `YYYY-MM-DD` or null. */
  publishedAt: string | null;
}

export interface WriteOptions {
  /** Recorded on the article, so articles written by an older extractor can be found. */
  extractorVersion: string;
}

export interface WriteSummary {
  actors: number;
  events: number;
  roles: number;
}

export async function writeArticleContributions(
  tx: ManagedTransaction,
  article: ArticleRef,
  document: ExtractionDocument,
  options: WriteOptions,
  registry: CypherRegistry = cypher(),
): Promise<WriteSummary> {
  const plan = planContributions(document);
  const run = async <T = Record<string, unknown>>(name: string, params: Record<string, unknown>): Promise<T[]> => {
    const result = await tx.run(registry.get(name), params);
    return result.records.map((record) => record.toObject() as T);
  };
  const articleId = article.id;

  // 1. Withdraw what the article contributed before; learn who shares its people's surnames.
  const surnameKeys = [
    ...new Set(plan.actors.filter((a) => a.type === 'Person').map((a) => surnameKey(a.name))),
  ].sort();
  const [previous] = await run<{ eventKeys: string[]; actorKeys: string[]; people: PersonCandidate[] }>(
    'ingest/withdraw-article',
    { articleId, surnameKeys },
  );
  const resolutions = resolveActorKeys(plan.actors, previous?.people ?? []);
  const keyOf = (ref: string): string => {
    const resolution = resolutions.get(ref);
    if (!resolution) throw new Error(`no key resolved for entity ${ref}`);
    return resolution.key;
  };
  const rekeys = plan.actors.flatMap((actor) => {
    const resolution = resolutions.get(actor.ref);
    return resolution?.rekeyFrom ? [{ fromKey: resolution.rekeyFrom, toKey: resolution.key, name: actor.name }] : [];
  });
  const actorRows = mergeByKey(
    plan.actors.map((actor) => ({
      key: keyOf(actor.ref),
      type: actor.type,
      name: actor.name,
      aliases: actor.aliases,
      surnameKey: actor.type === 'Person' ? surnameKey(actor.name) : null,
    })),
    (a, b) => ({
      ...a,
      // A full name beats a surname-only form as the name a new node is created with.
      name: b.name.length > a.name.length ? b.name : a.name,
      surnameKey: a.surnameKey ?? b.surnameKey,
      aliases: [...new Set([...a.aliases, ...b.aliases])],
    }),
  );

  // 2. Events: find the node each one is another report of, else give it its natural key.
  const keyed = plan.events.map((event) => keyEvent(event, keyOf, article.publishedAt));
  const probes = keyed.flatMap((event, probe) => {
    const anchor = anchorOf(event);
    return anchor ? [{ probe, type: event.type, anchorKey: anchor, from: event.from, to: event.to }] : [];
  });
  const candidates =
    probes.length > 0 ? await run<EventCandidate & { probe: number }>('ingest/find-event-candidates', { probes }) : [];
  const eventRows = mergeByKey(
    plan.events.map((event, index) => {
      const keyedEvent = keyed[index] as KeyedEvent;
      const own = candidates.filter((candidate) => candidate.probe === index);
      return {
        key: chooseEventCandidate(keyedEvent, own) ?? naturalEventKey(keyedEvent, article.publishedAt),
        type: event.type,
        date: event.date,
        status: event.status,
        charges: event.charges,
        mode: event.mode,
        topic: event.topic,
        evidence: event.evidence,
        links: event.edges.map((edge) => ({ type: edge.type, actorKey: keyOf(edge.ref) })),
      };
    }),
    (a, b) => ({
      ...a,
      date: morePrecise(a.date, b.date),
      status: strongerWarrantStatus(a.status, b.status),
      charges: [...new Set([...a.charges, ...b.charges])],
      mode: a.mode === null || a.mode === 'unknown' ? b.mode : a.mode,
      topic: a.topic ?? b.topic,
      evidence: [...a.evidence, ...b.evidence],
      links: [...a.links, ...b.links],
    }),
  );
  const links = distinctLinks(
    eventRows.flatMap((event) => event.links.map((link) => ({ ...link, eventKey: event.key }))),
  );
  const roleRows = mergeByKey(
    plan.roles.map((role) => ({
      key: `${keyOf(role.personRef)}|${keyOf(role.holderRef)}|${role.role}`,
      personKey: keyOf(role.personRef),
      holderKey: keyOf(role.holderRef),
      role: role.role,
      evidenceText: role.evidence?.text ?? null,
      evidenceStart: role.evidence?.start ?? null,
      evidenceEnd: role.evidence?.end ?? null,
    })),
    (a) => a,
  ).filter((role) => role.personKey !== role.holderKey);

  // 3. Everything the article contributes, in one statement.
  const [written] = await run<{ written: number }>('ingest/write-contributions', {
    articleId,
    extractorVersion: options.extractorVersion,
    rekeys,
    actors: actorRows,
    events: eventRows.map((event) => {
      const evidence = distinctEvidence(event.evidence);
      return {
        key: event.key,
        type: event.type,
        date: event.date,
        status: event.status,
        charges: [...event.charges].sort(),
        mode: event.mode,
        topic: event.topic,
        evidenceTexts: evidence.map((e) => e.text),
        evidenceStarts: evidence.map((e) => e.start),
        evidenceEnds: evidence.map((e) => e.end),
      };
    }),
    outgoing: links.filter((link) => isActorToEvent(link.type)),
    incoming: links.filter((link) => !isActorToEvent(link.type)),
    roles: roleRows,
  });
  if (written?.written !== 1) throw new Error(`article ${articleId} is not in the graph: nothing was written`);

  // 4. Derived properties of every event the article touches, now or before.
  const eventKeys = [...new Set([...(previous?.eventKeys ?? []), ...eventRows.map((event) => event.key)])];
  if (eventKeys.length > 0) {
    await run('ingest/refresh-event-properties', { eventKeys, undatedWindowDays: UNDATED_EVENT_WINDOW_DAYS });
  }
  const formerActors = previous?.actorKeys ?? [];
  if (formerActors.length > 0) await run('ingest/refresh-actor-aliases', { actorKeys: formerActors });

  return { actors: actorRows.length, events: eventRows.length, roles: roleRows.length };
}

/** The actor an event is looked up by: who struck (or, failing that, who was struck), or who met. */
function anchorOf(event: KeyedEvent): string | undefined {
  if (event.type === 'Warrant') return undefined; // warrant keys are exact
  const actors =
    event.type === 'Strike' ? (event.perpetrators.length > 0 ? event.perpetrators : event.targets) : event.participants;
  return [...actors].sort()[0];
}

function isActorToEvent(type: string): boolean {
  return (ACTOR_TO_EVENT as readonly string[]).includes(type);
}

function keyEvent(event: EventContribution, keyOf: (ref: string) => string, publishedAt: string | null): KeyedEvent {
  const keys = (type: EventEdgeType): string[] => [
    ...new Set(event.edges.filter((edge) => edge.type === type).map((edge) => keyOf(edge.ref))),
  ];
  const period = eventPeriod(event.date, publishedAt);
  return {
    type: event.type,
    date: event.date,
    from: period.from,
    to: period.to,
    perpetrators: keys('CARRIED_OUT'),
    targets: keys('TARGETED'),
    locations: keys('AT'),
    participants: keys('ATTENDED'),
    issuers: keys('ISSUED'),
    subjects: keys('AGAINST'),
  };
}

/** Rows sharing a key become one, combined by `combine`; output sorted by key (a stable lock order). */
function mergeByKey<T extends { key: string }>(rows: T[], combine: (a: T, b: T) => T): T[] {
  const byKey = new Map<string, T>();
  for (const row of rows) {
    const existing = byKey.get(row.key);
    byKey.set(row.key, existing ? combine(existing, row) : row);
  }
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Within one article, two mentions of one warrant keep its later stage. */
const WARRANT_STAGES: ReadonlyArray<WarrantStatus | null> = [
  null,
  'unknown',
  'threatened',
  'considered',
  'requested',
  'issued',
  'withdrawn',
];

function strongerWarrantStatus(a: WarrantStatus | null, b: WarrantStatus | null): WarrantStatus | null {
  return WARRANT_STAGES.indexOf(b) > WARRANT_STAGES.indexOf(a) ? b : a;
}

function distinctEvidence(evidence: Evidence[]): Evidence[] {
  const byStart = new Map(evidence.map((e) => [`${e.start}:${e.end}`, e]));
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}

function distinctLinks<T extends { type: string; actorKey: string; eventKey: string }>(links: T[]): T[] {
  const unique = new Map(links.map((link) => [`${link.type}|${link.actorKey}|${link.eventKey}`, link]));
  return [...unique.values()].sort((a, b) => (a.actorKey < b.actorKey ? -1 : a.actorKey > b.actorKey ? 1 : 0));
}
