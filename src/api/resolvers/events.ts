/**
 * Events: one GraphQL type per event kind, its actors by role, attributes, dates and sources,
 * all read from the kinds' descriptors (src/events/): a kind's resolvers are built here, as its
 * SDL is generated, so adding a kind adds no resolver code.
 */
import { eventKinds, type EventKinds } from '../../events/index.js';
import type { AttributeDescriptor, EventKind, RoleDescriptor } from '../../events/kind.js';
import type { EventType, Resolvers, WarrantResolvers } from '../__generated__/resolvers-types.js';
import type { ApiContext } from '../context.js';
import { globalIdOf, parseIdOf } from '../global-id.js';
import { pageSize } from '../paging.js';
import { DEFAULT_LIST } from '../read-along.js';
import { eventActorRows } from '../loaders/event-actors.js';
import { sourceRows } from '../loaders/event-sources.js';
import type { ActorRow, ArticleRow, EventActorRow, EventReadAlongRows, EventRelationship, EventRow } from '../rows.js';
import { loadNode } from './node.js';

const PRECISION_BY_LENGTH = { 4: 'year', 7: 'month', 10: 'day' } as const;

/**
 * The event's links to its actors: those read along with the event when there are, at once;
 * else from the loader (all roles come in one batched query, whichever field asks).
 */
function actorLinks<T>(ctx: ApiContext, event: EventRow, pick: (links: EventActorRow[]) => T): T | Promise<T> {
  const read = event.readAlong?.actors;
  return read ? pick(read) : ctx.loaders.eventActors.load(event.key).then(pick);
}

/** The event's actors in one role. */
function actorsIn(ctx: ApiContext, event: EventRow, role: RoleDescriptor): ActorRow[] | Promise<ActorRow[]> {
  return actorLinks(ctx, event, (links) =>
    links
      .filter((link) => link.role === role.edge && (role.actorTypes?.includes(link.actor.label) ?? true))
      .map((link) => link.actor),
  );
}

/** What a statement read along with an event, as its rows hold it (event-actors', event-sources' shapes). */
export interface ReadAlongRead {
  actors?: unknown;
  sources?: { first: number; rows: unknown } | undefined;
}

/**
 * Hands an event what its statement read along: its fields answer from it at once, and the
 * loaders get it too, for the same event met elsewhere in the query. Neither sends a statement.
 */
export function carryReadAlong(ctx: ApiContext, event: EventRow, read: ReadAlongRead): void {
  const readAlong: EventReadAlongRows = {};
  if (read.actors !== undefined) {
    readAlong.actors = eventActorRows(read.actors);
    ctx.loaders.eventActors.prime(event.key, readAlong.actors);
  }
  if (read.sources !== undefined) {
    const { first } = read.sources;
    const rows = sourceRows(read.sources.rows, (article) => ctx.loaders.article.prime(article.id, article));
    readAlong.sources = { first, rows };
    ctx.loaders.eventSources(first).prime(event.key, rows);
  }
  event.readAlong = readAlong;
}

/** The fields every event type shares; the parent is an EventRow whatever the type. */
const eventFields: WarrantResolvers = {
  id: (event) => globalIdOf(event),
  type: (event) => event.label as EventType,
  // EventDate's resolvers read the same row; an event without a date has no EventDate.
  date: (event) => (event.date !== null && event.dateFrom !== null && event.dateTo !== null ? event : null),
  actors: (event, { role }, ctx) =>
    actorLinks(ctx, event, (links) =>
      role ? links.filter((link) => link.role === (role as EventRelationship)) : links,
    ),
  sources: (event, { first }, ctx) => {
    const size = pageSize(first, DEFAULT_LIST);
    const read = event.readAlong?.sources;
    return read?.first === size ? read.rows : ctx.loaders.eventSources(size).load(event.key);
  },
};

type FieldResolver = (event: EventRow, args: unknown, ctx: ApiContext) => unknown;

function roleResolver(role: RoleDescriptor): FieldResolver {
  if (role.many) return (event, _args, ctx) => actorsIn(ctx, event, role);
  const first = (actors: ActorRow[]): ActorRow | null => actors[0] ?? null;
  return (event, _args, ctx) => {
    const actors = actorsIn(ctx, event, role);
    return Array.isArray(actors) ? first(actors) : actors.then(first);
  };
}

function attributeResolver(attribute: AttributeDescriptor): FieldResolver {
  const { field } = attribute;
  switch (attribute.type) {
    case 'enum': {
      // A value the API does not know (a newer writer's) reads as unknown rather than failing the query.
      const values = new Set(attribute.values);
      return (event) => {
        const value = event.attributes[field];
        return typeof value === 'string' && values.has(value) ? value : (attribute.unknown ?? null);
      };
    }
    case 'list':
      return (event) => event.attributes[field] ?? [];
    case 'text':
      return (event) => event.attributes[field] ?? null;
    default:
      return unreachable(attribute.type);
  }
}

/** The events linked to this one by `type`, from it (outgoing) or to it. */
async function linked(ctx: ApiContext, event: EventRow, type: string, outgoing: boolean): Promise<EventRow[]> {
  const links = await ctx.loaders.eventLinks.load(event.key);
  return links.filter((link) => link.type === type && link.outgoing === outgoing).map((link) => link.event);
}

/**
 * The resolvers of one kind's GraphQL type: shared fields, roles, attributes, its links to other
 * events, and on a kind others link to, the inverse list and its flag (`Warrant.arrests`, `executed`).
 */
export function kindResolvers(kind: EventKind, kinds: EventKinds = eventKinds): Record<string, unknown> {
  const inbound = kinds.links.filter(({ link }) => link.to === kind.type);
  return {
    ...eventFields,
    ...Object.fromEntries(kind.roles.map((role) => [role.graphql.field, roleResolver(role)])),
    ...Object.fromEntries(kind.attributes.map((a) => [a.graphql.field, attributeResolver(a)])),
    ...Object.fromEntries(
      (kind.links ?? []).map((link): [string, FieldResolver] => [
        link.graphql.field,
        (event, _args, ctx) => linked(ctx, event, link.edge, true),
      ]),
    ),
    ...Object.fromEntries(
      inbound.flatMap(({ link }): Array<[string, FieldResolver]> => [
        [link.graphql.inverse.field, (event, _args, ctx) => linked(ctx, event, link.edge, false)],
        [link.graphql.flag.field, async (event, _args, ctx) => (await linked(ctx, event, link.edge, false)).length > 0],
      ]),
    ),
  };
}

export function eventResolvers(kinds: EventKinds = eventKinds): Resolvers {
  return {
    ...(Object.fromEntries(kinds.list.map((kind) => [kind.type, kindResolvers(kind, kinds)])) as Resolvers),
    Event: { __resolveType: (event) => event.label as EventType },
    EventDate: {
      value: (event) => event.date ?? '',
      precision: (event) =>
        event.datePrecision ??
        PRECISION_BY_LENGTH[(event.date?.length ?? 10) as keyof typeof PRECISION_BY_LENGTH] ??
        'day',
      from: (event) => event.dateFrom ?? '',
      to: (event) => event.dateTo ?? '',
    },
    EventActor: {
      sources: async (link, { first }, ctx) => {
        const ids = link.sources.slice(0, pageSize(first, DEFAULT_LIST));
        const articles = await ctx.loaders.article.loadMany(ids);
        // An article deleted since the edge was read simply drops out.
        return articles.filter((article): article is ArticleRow => !(article instanceof Error));
      },
    },
    Query: {
      event: (_root, { id }, ctx) => loadNode(ctx, parseIdOf(id, 'event', 'id')) as Promise<EventRow | null>,
    },
  };
}

function unreachable(value: never): never {
  throw new Error(`unhandled ${String(value)}`);
}
