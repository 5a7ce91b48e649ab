/** Actors: the five actor types, their relationship fields, look-ups by id and name, and search. */
import { eventKinds } from '../../events/index.js';
import { ENTITY_TYPES, type EntityType } from '../../contracts/extraction-document.js';
import { normalizeName } from '../../text/normalize-name.js';
import type { PersonResolvers, Resolvers } from '../__generated__/resolvers-types.js';
import type { ApiContext } from '../context.js';
import { badInput } from '../errors.js';
import { globalIdOf, parseIdOf } from '../global-id.js';
import type { NodeRef } from '../global-id.js';
import { actorRow, eventRow } from '../graph-rows.js';
import { carryReadAlong } from './events.js';
import { counterpartRows } from '../loaders/actor-counterparts.js';
import { roleRows } from '../loaders/actor-roles.js';
import { actorReadAlong } from '../read-along.js';
import { Selection } from '../selection.js';
import { nameCandidatesQuery, searchQuery } from '../lucene.js';
import { pageSize } from '../paging.js';
import { DEFAULT_LIST } from '../read-along.js';
import type { ActorRow } from '../rows.js';
import { loadNode } from './node.js';

/** Longest name or search text accepted; no actor name comes near it. */
const MAX_QUERY_LENGTH = 200;

/** The fields every actor type shares; the parent is an ActorRow whatever the type. */
/** An actor field that lists events of one relation (ACTOR_EVENT_RELATIONS). */
const eventList =
  (relation: string) =>
  (actor: ActorRow, { first }: { first?: number | null }, ctx: ApiContext) =>
    ctx.loaders.actorEvents({ relation, first: pageSize(first, DEFAULT_LIST) }).load(actor.key);

/** The fields every actor type shares; the parent is an ActorRow whatever the type. */
const actorFields: PersonResolvers = {
  id: (actor) => globalIdOf(actor),
  type: (actor) => actor.label,
  eventsAt: eventList('eventsAt'),
  counterparts: (actor, { first }, ctx) => ctx.loaders.counterparts(pageSize(first, DEFAULT_LIST)).load(actor.key),
  roles: (actor, { first, current }, ctx) =>
    ctx.loaders.roles({ side: 'held', first: pageSize(first, DEFAULT_LIST), current: current ?? null }).load(actor.key),
  members: (actor, { first, current }, ctx) =>
    ctx.loaders.roles({ side: 'in', first: pageSize(first, DEFAULT_LIST), current: current ?? null }).load(actor.key),
  mentionedIn: (actor, { first }, ctx) => ctx.loaders.mentionedIn(pageSize(first, DEFAULT_LIST)).load(actor.key),
};

function checkedText(text: string, argument: string): string {
  if (text.length > MAX_QUERY_LENGTH) {
    throw badInput(`${argument} is longer than ${MAX_QUERY_LENGTH} characters.`, { argument });
  }
  return text;
}

/** Of the actors that have the name (canonical or alias, normalised), the best: canonical, then most mentioned. */
export function bestNameMatch(name: string, candidates: Array<{ actor: ActorRow; mentions: number }>): ActorRow | null {
  const wanted = normalizeName(name);
  if (wanted === '') return null;
  const rank = (actor: ActorRow): number =>
    normalizeName(actor.name) === wanted ? 2 : actor.aliases.some((alias) => normalizeName(alias) === wanted) ? 1 : 0;
  const matches = candidates
    .map((candidate) => ({ ...candidate, rank: rank(candidate.actor) }))
    .filter((candidate) => candidate.rank > 0)
    .sort(
      (a, b) =>
        b.rank - a.rank ||
        b.mentions - a.mentions ||
        (a.actor.key < b.actor.key ? -1 : a.actor.key > b.actor.key ? 1 : 0),
    );
  return matches[0]?.actor ?? null;
}

/** The event lists of one actor type: the kinds' actor fields that type has (src/events/). */
function kindFields(type: EntityType): Record<string, unknown> {
  return Object.fromEntries(
    eventKinds.list.flatMap((kind) =>
      kind.graphql.actorFields
        .filter((field) => field.on === undefined || field.on.includes(type))
        .map((field) => [field.name, eventList(field.name)]),
    ),
  );
}

/**
 * actor(id:): when the query asks for the actor's event lists, counterparts or roles, one statement
 * (actor-page) reads the actor with them, and with the actors of those events when asked; what
 * it read fills the loaders the nested fields use. Otherwise the actor loader alone.
 */
async function actorPage(ctx: ApiContext, ref: NodeRef, selection: Selection): Promise<ActorRow | null> {
  const plan = actorReadAlong(selection);
  if (plan.blocks.length === 0 || ref.kind !== 'actor') return loadNode(ctx, ref) as Promise<ActorRow | null>;
  const [row] = await ctx.db.read(
    'actor-page',
    {
      key: ref.key,
      lists: plan.lists,
      counterpartsFirst: plan.counterpartsFirst ?? 0,
      rolesFirst: plan.roles?.first ?? 0,
      rolesCurrent: plan.roles?.current ?? null,
    },
    { blocks: plan.blocks, walkEdges: plan.lists.length > 0 ? plan.lists.flatMap((list) => list.types) : undefined },
  );
  if (row === undefined) return null;
  const actor = actorRow(row.actor as Record<string, unknown>);
  if (actor.label !== ref.type) return null;
  ctx.loaders.actor.prime(actor.key, actor);
  const lists = (row.lists ?? []) as Array<{ relation: string; events: Array<Record<string, unknown>> }>;
  for (const list of plan.lists) {
    const events = lists.find((read) => read.relation === list.relation)?.events ?? [];
    const rows = events.map((event) => {
      const parsed = eventRow(event);
      if (list.actors) carryReadAlong(ctx, parsed, { actors: event.actors });
      return parsed;
    });
    ctx.loaders.actorEvents({ relation: list.relation, first: list.first }).prime(actor.key, rows);
  }
  if (plan.counterpartsFirst !== null) {
    ctx.loaders.counterparts(plan.counterpartsFirst).prime(actor.key, counterpartRows(row.counterparts));
  }
  if (plan.roles !== null) {
    const { first, current } = plan.roles;
    ctx.loaders.roles({ side: 'held', first, current }).prime(actor.key, roleRows(row.roles));
  }
  return actor;
}

export const actorResolvers: Resolvers = {
  Actor: { __resolveType: (actor) => actor.label },
  ...(Object.fromEntries(ENTITY_TYPES.map((type) => [type, { ...actorFields, ...kindFields(type) }])) as Resolvers),
  Counterpart: {},
  Role: {
    sources: (role, { first }) => role.sources.slice(0, pageSize(first, DEFAULT_LIST)),
  },
  Query: {
    actor: (_root, { id }, ctx, info) => actorPage(ctx, parseIdOf(id, 'actor', 'id'), Selection.of(info)),
    actorByName: async (_root, { name, type }, ctx) => {
      const query = nameCandidatesQuery(checkedText(name, 'name'));
      if (query === undefined) return null;
      const rows = await ctx.db.read('actor-name-candidates', { query, label: type ?? null });
      return bestNameMatch(
        name,
        rows.map((row) => ({ actor: actorRow(row.actor as Record<string, unknown>), mentions: Number(row.mentions) })),
      );
    },
    search: async (_root, { query, types, first }, ctx) => {
      const size = pageSize(first, 10);
      const lucene = searchQuery(checkedText(query, 'query'));
      if (lucene === undefined || size === 0) return [];
      const rows = await ctx.db.read('search-actors', {
        query: lucene,
        labels: types && types.length > 0 ? types : null,
        // Hits of other types are dropped after the index answers, so read more of them.
        candidates: types && types.length > 0 ? 500 : Math.max(50, size * 2),
        first: size,
      });
      return rows.map((row) => ({ actor: actorRow(row.actor as Record<string, unknown>), score: Number(row.score) }));
    },
  },
};
