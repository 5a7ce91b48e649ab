/**
 * Cross-article identity: which existing node an incoming actor or event is. Pure functions
 * over what the graph returned; when in doubt they choose a new node, because a wrong merge
 * is worse than a missed one.
 */
import type { ActorContribution, EventContribution } from './contributions.js';
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

/** An incoming event with its actors' keys. */
export interface KeyedEvent {
  type: EventContribution['type'];
  date: string | null;
  from: string | null;
  to: string | null;
  perpetrators: string[];
  targets: string[];
  locations: string[];
  participants: string[];
  issuers: string[];
  subjects: string[];
}

export interface EventCandidate {
  key: string;
  dateFrom: string | null;
  dateTo: string | null;
  perpetrators: string[];
  targets: string[];
  locations: string[];
  participants: string[];
}

/**
 * The deterministic key of an event: a warrant per issuer and subject; a strike by its
 * perpetrators (or targets), place and time; a meeting by its participants and time.
 * Undated events carry the month of the report, so that unrelated undated reports years
 * apart do not share a key.
 */
export function naturalEventKey(event: KeyedEvent, publishedAt: string | null): string {
  const when = event.date ?? (publishedAt ? `undated-${publishedAt.slice(0, 7)}` : 'undated');
  const list = (keys: string[]): string => (keys.length > 0 ? [...keys].sort().join('+') : '-');
  switch (event.type) {
    case 'Warrant':
      return `warrant:${list(event.issuers)}:against:${list(event.subjects)}`;
    case 'Strike':
      return `strike:${list(event.perpetrators)}:on:${list(event.targets)}:at:${list(event.locations)}:${when}`;
    case 'Meeting':
      return `meeting:${list(event.participants)}:${when}`;
  }
}

/**
 * The existing event this one is another report of, if exactly one fits: same actors in
 * the roles that identify it, overlapping places and overlapping periods. None or several:
 * undefined, and the event gets its natural key.
 */
export function chooseEventCandidate(event: KeyedEvent, candidates: readonly EventCandidate[]): string | undefined {
  if (event.type === 'Warrant') return undefined; // warrant keys are exact already
  const fits = candidates.filter((candidate) => periodsOverlap(event, candidate) && sameEvent(event, candidate));
  const keys = new Set(fits.map((candidate) => candidate.key));
  return keys.size === 1 ? [...keys][0] : undefined;
}

function sameEvent(event: KeyedEvent, candidate: EventCandidate): boolean {
  if (event.type === 'Strike') {
    const byWhom =
      event.perpetrators.length > 0 || candidate.perpetrators.length > 0
        ? sameSet(event.perpetrators, candidate.perpetrators)
        : intersects(event.targets, candidate.targets);
    const where =
      event.locations.length === 0 ||
      candidate.locations.length === 0 ||
      intersects(event.locations, candidate.locations);
    const onWhom =
      event.targets.length === 0 || candidate.targets.length === 0 || intersects(event.targets, candidate.targets);
    return byWhom && where && onWhom;
  }
  // Meetings: the same people, or one report naming a subset of at least two of them.
  const shared = event.participants.filter((key) => candidate.participants.includes(key)).length;
  const smaller = Math.min(event.participants.length, candidate.participants.length);
  return (
    shared === smaller && shared >= Math.min(2, Math.max(event.participants.length, candidate.participants.length))
  );
}

function periodsOverlap(event: KeyedEvent, candidate: EventCandidate): boolean {
  if (event.from === null || event.to === null || candidate.dateFrom === null || candidate.dateTo === null) return true;
  return event.from <= candidate.dateTo && candidate.dateFrom <= event.to;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((key) => b.includes(key));
}

function intersects(a: readonly string[], b: readonly string[]): boolean {
  return a.some((key) => b.includes(key));
}
