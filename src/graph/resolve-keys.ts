/**
 * Cross-article identity: which existing node an incoming actor or event is. Pure functions
 * over what the graph returned; when in doubt they choose a new node, because a wrong merge
 * is worse than a missed one.
 */
import type { EventKind, KeyedRoles } from '../events/kind.js';
import type { ActorContribution } from './contributions.js';
import { actorKey, addDays, isShortPersonName, periodOf, surnameKey } from './keys.js';

export interface PersonCandidate {
  key: string;
  name: string;
  surnameKey: string;
}

export interface ActorResolution {
  key: string;
  /** An existing surname-only node to give this actor's full name and key. */
  rekeyFrom?: string;
}

/**
 * Keys for the actors of one article. People are the only ones resolved across articles by
 * name form: "Netanyahu" joins the one Benjamin Netanyahu the graph knows, and a node known
 * only as "Netanyahu" becomes "Benjamin Netanyahu" when a full name arrives. Two full names
 * sharing a surname are never merged, and a surname shared by several people stays apart.
 * Other types are canonicalised by the extractor's gazetteers, so their names are their keys.
 */
export function resolveActorKeys(
  actors: readonly ActorContribution[],
  people: readonly PersonCandidate[],
): Map<string, ActorResolution> {
  const resolved = new Map<string, ActorResolution>();
  const rekeyed = new Set<string>();
  for (const actor of actors) {
    const key = actorKey(actor.type, actor.name);
    if (actor.type !== 'Person') {
      resolved.set(actor.ref, { key });
      continue;
    }
    const surname = surnameKey(actor.name);
    const namesakes = people.filter((person) => person.surnameKey === surname && person.key !== key);
    const fullNamesakes = namesakes.filter((person) => !isShortPersonName(person.name));
    if (isShortPersonName(actor.name)) {
      const only = fullNamesakes.length === 1 ? fullNamesakes[0] : undefined;
      resolved.set(actor.ref, { key: only ? only.key : key });
      continue;
    }
    if (people.some((person) => person.key === key)) {
      resolved.set(actor.ref, { key });
      continue;
    }
    const shortNodes = namesakes.filter((person) => isShortPersonName(person.name));
    const upgrade = shortNodes.length === 1 && fullNamesakes.length === 0 ? shortNodes[0] : undefined;
    if (upgrade && !rekeyed.has(upgrade.key)) {
      rekeyed.add(upgrade.key);
      resolved.set(actor.ref, { key, rekeyFrom: upgrade.key });
    } else {
      resolved.set(actor.ref, { key });
    }
  }
  return resolved;
}

/** How far back an undated event may lie from the article that reports it. */
export const UNDATED_EVENT_WINDOW_DAYS = 30;

/**
 * The days an event may have happened on: the period of its date ("2025-09" → all of
 * September), or for an undated event the weeks before the article that reports it.
 */
export function eventPeriod(
  date: string | null,
  publishedAt: string | null,
): { from: string | null; to: string | null } {
  if (date !== null) {
    const period = periodOf(date);
    if (period) return period;
  }
  if (publishedAt === null) return { from: null, to: null };
  return { from: addDays(publishedAt, -UNDATED_EVENT_WINDOW_DAYS), to: publishedAt };
}

/** An incoming event with its actors' keys by role field. */
export interface KeyedEvent {
  kind: EventKind;
  date: string | null;
  from: string | null;
  to: string | null;
  roles: KeyedRoles;
  attributes: Readonly<Record<string, unknown>>;
}

/** An event of the graph that an incoming one may be another report of. */
export interface EventCandidate {
  key: string;
  dateFrom: string | null;
  dateTo: string | null;
  roles: KeyedRoles;
  /** The node's properties, the kind's attributes among them. */
  attributes: Readonly<Record<string, unknown>>;
}

/**
 * The deterministic key of an event, as its kind builds it. Undated events carry the month of
 * the report, so that unrelated undated reports years apart do not share a key.
 */
export function naturalEventKey(event: KeyedEvent, publishedAt: string | null): string {
  const when = event.date ?? (publishedAt ? `undated-${publishedAt.slice(0, 7)}` : 'undated');
  return event.kind.naturalKey(event, when);
}

/**
 * The existing event this one is another report of, if exactly one fits: its kind's "same
 * event" rule over the actors in each role, and overlapping periods. None or several:
 * undefined, and the event gets its natural key. Kinds without anchors have exact keys.
 */
export function chooseEventCandidate(event: KeyedEvent, candidates: readonly EventCandidate[]): string | undefined {
  if (event.kind.anchors.length === 0) return undefined;
  const fits = candidates.filter(
    (candidate) => periodsOverlap(event, candidate) && event.kind.sameAcrossArticles(event, candidate),
  );
  const keys = new Set(fits.map((candidate) => candidate.key));
  return keys.size === 1 ? [...keys][0] : undefined;
}

function periodsOverlap(event: KeyedEvent, candidate: EventCandidate): boolean {
  if (event.from === null || event.to === null || candidate.dateFrom === null || candidate.dateTo === null) return true;
  return event.from <= candidate.dateTo && candidate.dateFrom <= event.to;
}
