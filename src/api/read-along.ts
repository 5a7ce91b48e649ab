/**
 * What a root resolver reads along with its rows, planned from the query's selection set
 * (./selection.ts): the statement blocks to keep and their parameters. Only the first level
 * below the root is planned (an event's actors and sources; an actor's event lists with their
 * events' actors, its counterparts); deeper levels, and anything not planned, go to the
 * DataLoaders, which batch them across parents. Pure: the plan is built from names in code.
 */
import { eventKinds } from '../events/index.js';
import type { StatementBlock } from './db.js';
import { ACTOR_EVENT_RELATIONS } from './loaders/actor-events.js';
import { MAX_PAGE_SIZE } from './paging.js';
import { connectionNodes, type Selection } from './selection.js';

/** Page size of the lists below an event or an actor (sources, warrantsIssued…) when not given. */
export const DEFAULT_LIST = 20;

/** Every field of an event that reads its actors (the kinds' role fields and `actors`). */
export const EVENT_ACTOR_FIELDS: ReadonlySet<string> = new Set([
  'actors',
  ...eventKinds.list.flatMap((kind) => kind.roles.map((role) => role.graphql.field)),
]);

/** A list's page size as its resolver will read it, or undefined when it cannot be read ahead (differs between aliases, out of range). */
function listSize(selection: Selection): number | undefined {
  const first = selection.argument('first');
  if (!('value' in first)) return undefined;
  const size = first.value ?? DEFAULT_LIST;
  return Number.isInteger(size) && (size as number) >= 0 && (size as number) <= MAX_PAGE_SIZE
    ? (size as number)
    : undefined;
}

export interface EventReadAlong {
  blocks: StatementBlock[];
  /** The sources of each event to read, when the `sources` block is kept. */
  sourcesFirst: number | null;
}

/**
 * For a page of events: their actors when a role field (issuer, subjects…) or `actors` is
 * asked, their sources when `sources` is asked (with one page size).
 */
export function eventReadAlong(connection: Selection): EventReadAlong {
  const nodes = connectionNodes(connection);
  const plan: EventReadAlong = { blocks: [], sourcesFirst: null };
  if (nodes === undefined) return plan;
  if (nodes.hasAny(EVENT_ACTOR_FIELDS)) plan.blocks.push('actors');
  const sources = nodes.field('sources');
  const size = sources === undefined ? undefined : listSize(sources);
  if (size !== undefined) {
    plan.blocks.push('sources');
    plan.sourcesFirst = size;
  }
  return plan;
}

export interface ActorList {
  /** The actor field (ACTOR_EVENT_RELATIONS): warrantsAgainst, meetings, eventsAt… */
  relation: string;
  types: readonly string[];
  label: string | null;
  first: number;
  /** Whether the events' actors are asked (issuer, participants…). */
  actors: boolean;
}

export interface ActorReadAlong {
  blocks: StatementBlock[];
  lists: ActorList[];
  counterpartsFirst: number | null;
  /** The offices the actor holds, when the `roles` block is kept: its page size and `current` filter. */
  roles: { first: number; current: boolean | null } | null;
}

/** For one actor: its event lists (with their events' actors when asked), its counterparts and its roles. */
export function actorReadAlong(actor: Selection): ActorReadAlong {
  const plan: ActorReadAlong = { blocks: [], lists: [], counterpartsFirst: null, roles: null };
  for (const [relation, { types, label }] of Object.entries(ACTOR_EVENT_RELATIONS)) {
    const list = actor.field(relation);
    const first = list === undefined ? undefined : listSize(list);
    if (list === undefined || first === undefined) continue;
    plan.lists.push({ relation, types, label, first, actors: list.hasAny(EVENT_ACTOR_FIELDS) });
  }
  if (plan.lists.length > 0) plan.blocks.push('lists');
  const counterparts = actor.field('counterparts');
  const size = counterparts === undefined ? undefined : listSize(counterparts);
  if (size !== undefined) {
    plan.blocks.push('counterparts');
    plan.counterpartsFirst = size;
  }
  const roles = actor.field('roles');
  const rolesFirst = roles === undefined ? undefined : listSize(roles);
  const current = roles?.argument('current');
  if (rolesFirst !== undefined && current !== undefined && 'value' in current) {
    plan.blocks.push('roles');
    plan.roles = { first: rolesFirst, current: (current.value as boolean | null | undefined) ?? null };
  }
  return plan;
}
