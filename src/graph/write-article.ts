/**
 * Writes one article's extracted document into the graph, inside the caller's transaction:
 * first whatever the article contributed before is withdrawn (so a revised text replaces it,
 * and the same text written again ends where it started), then its actors, events, edges and
 * roles are merged onto the nodes other articles already built.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { AttributeDescriptor, EventKind } from '../events/kind.js';
import { EXTRACTION_FORMAT, type Evidence, type ExtractionDocument } from '../contracts/extraction-document.js';
import { NewsgraphError } from '../errors.js';
import { planContributions, type ActorContribution, type EventContribution } from './contributions.js';
import { cypher, type CypherRegistry } from './cypher-registry.js';
import { actorKey, morePrecise, surnameKey } from './keys.js';
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
  /**
   * The queue claim the article is written under: the last statement then proves the claim still
   * holds (else it writes nothing and QUEUE_CLAIM_LOST is thrown) and marks the article done, so
   * the queue needs no statements of its own in the transaction.
   */
  claimToken?: string | null;
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
  const plan = planContributions(document, registry.kinds);
  const run = async <T = Record<string, unknown>>(name: string, params: Record<string, unknown>): Promise<T[]> => {
    const result = await tx.run(registry.get(name), params);
    return result.records.map((record) => record.toObject() as T);
  };
  const articleId = article.id;

  // 1. One statement: take the resolution locks, withdraw what the article contributed before,
  //    and read the people and events the document's actors and events may already be.
  const probes = plan.events.flatMap((event, probe) => {
    const anchor = anchorOf(event, plan.actors);
    if (!anchor) return [];
    const period = eventPeriod(event.date, article.publishedAt);
    return [{ probe, type: event.kind.type, ...anchor, from: period.from, to: period.to }];
  });
  const surnameKeys = [
    ...new Set(plan.actors.filter((a) => a.type === 'Person').map((a) => surnameKey(a.name))),
  ].sort();
  const lockKeys = [
    ...new Set([
      ...surnameKeys.map((surname) => `surname:${surname}`),
      ...probes.map((probe) => `${probe.type}:${anchorLabel(probe)}`),
    ]),
  ].sort();
  const [prepared] = await run<{
    eventKeys: string[];
    actorKeys: string[];
    people: PersonCandidate[];
    candidates: Array<{
      probe: number;
      key: string;
      dateFrom: string | null;
      dateTo: string | null;
      attributes: Record<string, unknown>;
      links: Array<{ edge: string; key: string }>;
    }>;
  }>('ingest/prepare-article', { articleId, lockKeys, surnameKeys, probes });
  const resolutions = resolveActorKeys(plan.actors, prepared?.people ?? []);
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

  // 2. Events: the node each one is another report of, else its natural key.
  const keyed = plan.events.map((event) => keyEvent(event, keyOf, article.publishedAt));
  const candidates = prepared?.candidates ?? [];
  const eventKeys = plan.events.map((event, index) => {
    const keyedEvent = keyed[index] as KeyedEvent;
    const own = candidates
      .filter((candidate) => candidate.probe === index)
      .map((candidate): EventCandidate => ({ ...candidate, roles: rolesOf(event.kind, candidate.links) }));
    return chooseEventCandidate(keyedEvent, own) ?? naturalEventKey(keyedEvent, article.publishedAt);
  });
  const eventRows = mergeByKey(
    plan.events.map((event, index) => {
      return {
        key: eventKeys[index] as string,
        kind: event.kind,
        date: event.date,
        attributes: event.attributes,
        evidence: event.evidence,
        links: event.edges.map((edge) => ({ type: edge.type, actorKey: keyOf(edge.ref) })),
      };
    }),
    (a, b) => ({
      ...a,
      date: morePrecise(a.date, b.date),
      attributes: Object.fromEntries(
        a.kind.attributes.map((attribute) => [
          attribute.field,
          combineInArticle(attribute, a.attributes[attribute.field], b.attributes[attribute.field]),
        ]),
      ),
      evidence: [...a.evidence, ...b.evidence],
      links: [...a.links, ...b.links],
    }),
  );
  const links = distinctLinks(
    eventRows.flatMap((event) => event.links.map((link) => ({ ...link, eventKey: event.key }))),
  );
  // Relationships between events (an arrest EXECUTES a warrant), by the keys both ends now have.
  const eventLinks = [
    ...new Map(
      plan.events.flatMap((event, index) =>
        event.links.map((link) => {
          const row = { type: link.type, fromKey: eventKeys[index] as string, toKey: eventKeys[link.target] as string };
          return [`${row.type}|${row.fromKey}|${row.toKey}`, row] as const;
        }),
      ),
    ).values(),
  ].sort((a, b) => (a.fromKey < b.fromKey ? -1 : a.fromKey > b.fromKey ? 1 : 0));
  const roleRows = mergeByKey(
    plan.roles.map((role) => ({
      key: `${keyOf(role.personRef)}|${keyOf(role.holderRef)}|${role.role}`,
      personKey: keyOf(role.personRef),
      holderKey: keyOf(role.holderRef),
      role: role.role,
      current: role.current,
      // Lists on the relationship cannot hold null: '' is "no date given".
      since: role.since ?? '',
      until: role.until ?? '',
      evidenceText: role.evidence?.text ?? null,
      evidenceStart: role.evidence?.start ?? null,
      evidenceEnd: role.evidence?.end ?? null,
    })),
    // One article saying both "defence minister" and "former defence minister": held now.
    (a, b) => ({ ...a, current: a.current || b.current, since: a.since || b.since, until: a.until || b.until }),
  ).filter((role) => role.personKey !== role.holderKey);

  // 3. Everything the article contributes, and the event properties derived from all reports,
  //    in one statement.
  const [written] = await run<{ written: number }>('ingest/write-contributions', {
    articleId,
    extractorVersion: options.extractorVersion,
    rekeys,
    actors: actorRows,
    events: eventRows.map((event) => {
      const evidence = distinctEvidence(event.evidence);
      return {
        key: event.key,
        type: event.kind.type,
        date: event.date,
        attributes: Object.fromEntries(
          Object.entries(event.attributes).map(([field, value]) => [
            field,
            Array.isArray(value) ? [...(value as string[])].sort() : value,
          ]),
        ),
        evidenceTexts: evidence.map((e) => e.text),
        evidenceStarts: evidence.map((e) => e.start),
        evidenceEnds: evidence.map((e) => e.end),
      };
    }),
    links,
    eventLinks,
    roles: roleRows,
    refreshKeys: [...new Set([...(prepared?.eventKeys ?? []), ...eventRows.map((event) => event.key)])],
    undatedWindowDays: UNDATED_EVENT_WINDOW_DAYS,
    aliasRefreshKeys: prepared?.actorKeys ?? [],
    claimToken: options.claimToken ?? null,
  });
  if (written?.written !== 1) {
    if (options.claimToken) {
      throw new NewsgraphError(
        'QUEUE_CLAIM_LOST',
        `article ${articleId} is no longer claimed by this worker (its claim expired or it was re-submitted)`,
      );
    }
    throw new Error(`article ${articleId} is not in the graph: nothing was written`);
  }

  return { actors: actorRows.length, events: eventRows.length, roles: roleRows.length };
}

/**
 * Withdraws everything an article contributed (a revision to nothing): what other articles also
 * support stays, with its derived properties refreshed. The Article node stays; an unknown id is
 * nothing to withdraw.
 */
export async function withdrawArticleContributions(
  tx: ManagedTransaction,
  articleId: string,
  registry: CypherRegistry = cypher(),
): Promise<WriteSummary> {
  const found = await tx.run(registry.get('ingest/find-article'), { articleId });
  if (found.records.length === 0) return { actors: 0, events: 0, roles: 0 };
  const nothing: ExtractionDocument = {
    format: EXTRACTION_FORMAT,
    article: { id: articleId, title: null, url: null, publishedAt: null, language: 'en' },
    entities: [],
    events: [],
    relations: [],
  };
  return writeArticleContributions(
    tx,
    { id: articleId, publishedAt: null },
    nothing,
    { extractorVersion: 'none' },
    registry,
  );
}

/**
 * What an event is looked up by before identities are resolved: the actors of the first of its
 * kind's anchor roles that has any (who struck, else who was struck; who met), by key, or for a
 * person by surname, since "Netanyahu" and "Benjamin Netanyahu" may turn out to be one node.
 * Kinds without anchors have exact keys and are not looked up.
 */
function anchorOf(
  event: EventContribution,
  actors: readonly ActorContribution[],
): { anchorKey: string | null; anchorSurname: string | null } | undefined {
  const refsOf = (field: string): string[] => {
    const edge = event.kind.roles.find((role) => role.field === field)?.edge;
    return event.edges.filter((e) => e.type === edge).map((e) => e.ref);
  };
  const refs = event.kind.anchors.map(refsOf).find((found) => found.length > 0) ?? [];
  const anchors = refs
    .map((ref) => actors.find((actor) => actor.ref === ref))
    .filter((actor): actor is ActorContribution => actor !== undefined)
    .map((actor) =>
      actor.type === 'Person'
        ? { anchorKey: null, anchorSurname: surnameKey(actor.name) }
        : { anchorKey: actorKey(actor.type, actor.name), anchorSurname: null },
    );
  // The first in a fixed order, so that every report of one event picks the same anchor.
  return anchors.sort((a, b) => (anchorLabel(a) < anchorLabel(b) ? -1 : 1))[0];
}

function anchorLabel(anchor: { anchorKey: string | null; anchorSurname: string | null }): string {
  return anchor.anchorKey ?? `surname:${anchor.anchorSurname}`;
}

/** Actors' keys by role field, from relationships given by type. */
function rolesOf(kind: EventKind, links: ReadonlyArray<{ edge: string; key: string }>): Record<string, string[]> {
  return Object.fromEntries(
    kind.roles.map((role) => [
      role.field,
      [...new Set(links.filter((link) => link.edge === role.edge).map((link) => link.key))],
    ]),
  );
}

function keyEvent(event: EventContribution, keyOf: (ref: string) => string, publishedAt: string | null): KeyedEvent {
  const period = eventPeriod(event.date, publishedAt);
  return {
    kind: event.kind,
    date: event.date,
    from: period.from,
    to: period.to,
    attributes: event.attributes,
    roles: rolesOf(
      event.kind,
      event.edges.map((edge) => ({ edge: edge.type, key: keyOf(edge.ref) })),
    ),
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

/**
 * Two events of one article that are one node: lists join; a staged value keeps its later stage
 * (a warrant both requested and issued is issued); otherwise the first stated value stands.
 */
function combineInArticle(attribute: AttributeDescriptor, a: unknown, b: unknown): unknown {
  if (attribute.type === 'list') return [...new Set([...((a as string[]) ?? []), ...((b as string[]) ?? [])])];
  const stated = (value: unknown): boolean => value !== null && value !== undefined && value !== attribute.unknown;
  if (attribute.stages !== undefined && stated(a) && stated(b))
    return attribute.stages.indexOf(b as string) > attribute.stages.indexOf(a as string) ? b : a;
  return stated(a) || !stated(b) ? (a ?? b) : b;
}

function distinctEvidence(evidence: Evidence[]): Evidence[] {
  const byStart = new Map(evidence.map((e) => [`${e.start}:${e.end}`, e]));
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}

function distinctLinks<T extends { type: string; actorKey: string; eventKey: string }>(links: T[]): T[] {
  const unique = new Map(links.map((link) => [`${link.type}|${link.actorKey}|${link.eventKey}`, link]));
  return [...unique.values()].sort((a, b) => (a.actorKey < b.actorKey ? -1 : a.actorKey > b.actorKey ? 1 : 0));
}
