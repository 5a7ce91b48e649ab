/**
 * The Relay connection of every type: persons … places, one per event kind (warrants, strikes…,
 * with the filters its descriptor declares), events and articles, with their filters turned into
 * the parameters of cypher/api/*-page and *-count.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { eventKinds } from '../../events/index.js';
import type { EventKind } from '../../events/kind.js';
import type { DateRange, QueryPersonsArgs, QueryWarrantsArgs, Resolvers } from '../__generated__/resolvers-types.js';
import type { ApiContext } from '../context.js';
import { badInput } from '../errors.js';
import { parseIdOf } from '../global-id.js';
import { actorRow, articleRow, eventRow } from '../graph-rows.js';
import { carryReadAlong } from './events.js';
import { connection, pageSize } from '../paging.js';
import { eventReadAlong } from '../read-along.js';
import { Selection } from '../selection.js';
import {
  EVENT_RELATIONSHIPS,
  type ActorLabel,
  type EventLabel,
  type EventRelationship,
  type PageRow,
} from '../rows.js';

const DEFAULT_PAGE = 20;
const MAX_FILTER_TEXT = 200;

interface ActorFilter {
  key: string;
  types: readonly EventRelationship[];
}

/** Lower-cased filter text, or null when not given. */
function text(value: string | null | undefined, argument: string): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  if (value.length > MAX_FILTER_TEXT) throw badInput(`${argument} is longer than ${MAX_FILTER_TEXT} characters.`);
  return value.trim().toLowerCase();
}

function dateRange(range: DateRange | null | undefined, argument: string): { from: string | null; to: string | null } {
  const from = range?.from ?? null;
  const to = range?.to ?? null;
  if (from !== null && to !== null && from > to) throw badInput(`${argument}.from is after ${argument}.to.`);
  return { from, to };
}

function list<T>(values: readonly T[] | null | undefined): T[] | null {
  return values && values.length > 0 ? [...values] : null;
}

function actorFilter(
  id: string | null | undefined,
  argument: string,
  types: readonly EventRelationship[],
): ActorFilter[] {
  return id === null || id === undefined ? [] : [{ key: parseIdOf(id, 'actor', argument).key, types }];
}

/** The resolver of one actor type's connection; all five take the same arguments. */
function actorPage(label: ActorLabel) {
  return (_root: unknown, args: QueryPersonsArgs, ctx: ApiContext) =>
    connection({
      db: ctx.db,
      page: 'actors-page',
      count: 'actors-count',
      slots: { label },
      params: { nameContains: text(args.where?.nameContains, 'where.nameContains') },
      order: args.orderBy ?? 'NAME_ASC',
      first: pageSize(args.first, DEFAULT_PAGE),
      after: args.after,
      item: (row) => {
        const node = actorRow(row.actor as Record<string, unknown>);
        return { node, key: node.key };
      },
    });
}

interface EventFilters {
  labels?: EventLabel[] | null;
  /** Enum attributes that must take one of the values. */
  attributeIn?: Array<{ field: string; values: string[] }>;
  /** List attributes with a value that contains the (lower-case) text. */
  attributeContains?: Array<{ field: string; text: string }>;
  /** Whether some event links to it by the relationship type (an arrest EXECUTES a warrant). */
  linkedBy?: Array<{ type: string; exists: boolean }>;
  date?: DateRange | null;
  actors: ActorFilter[];
}

function eventPage(
  ctx: ApiContext,
  /** An event kind's label, or `Event` for every kind. */
  label: EventLabel,
  args: Pick<QueryWarrantsArgs, 'first' | 'after' | 'orderBy'>,
  filters: EventFilters,
  info: GraphQLResolveInfo,
): Promise<PageRow<ReturnType<typeof eventRow>>> {
  // The first actor filter is where the query starts: a walk from one actor beats a label scan.
  const [anchor = null, ...actorFilters] = filters.actors;
  const { from, to } = dateRange(filters.date, 'where.date');
  const selection = Selection.of(info);
  const { blocks, sourcesFirst } = eventReadAlong(selection);
  return connection({
    db: ctx.db,
    page: 'events-page',
    count: 'events-count',
    slots: { label, blocks, walkEdges: anchor?.types ?? EVENT_RELATIONSHIPS },
    countInPage: selection.field('totalCount') !== undefined,
    pageParams: sourcesFirst === null ? {} : { sourcesFirst },
    params: {
      anchor,
      actorFilters,
      labels: filters.labels ?? null,
      attributeIn: filters.attributeIn ?? [],
      attributeContains: filters.attributeContains ?? [],
      linkedBy: filters.linkedBy ?? [],
      from,
      to,
    },
    order: args.orderBy ?? 'DATE_DESC',
    first: pageSize(args.first, DEFAULT_PAGE),
    after: args.after,
    item: (row) => {
      const node = eventRow(row.event as Record<string, unknown>);
      carryReadAlong(ctx, node, {
        actors: row.actors,
        sources:
          row.sources !== undefined && sourcesFirst !== null ? { first: sourcesFirst, rows: row.sources } : undefined,
      });
      return { node, key: node.key };
    },
  });
}

/** The connection of one event kind, with the filters its descriptor declares. */
function kindPage(kind: EventKind) {
  return (
    _root: unknown,
    args: Pick<QueryWarrantsArgs, 'first' | 'after' | 'orderBy'> & { where?: unknown },
    ctx: ApiContext,
    info: GraphQLResolveInfo,
  ) => {
    const where = (args.where ?? {}) as Record<string, unknown>;
    const actors: ActorFilter[] = [];
    for (const role of kind.roles) {
      const filter = role.graphql.filter;
      if (filter === undefined) continue;
      const argument = `where.${filter.argument}`;
      const value = where[filter.argument] as string | string[] | null | undefined;
      if (filter.list === undefined) {
        actors.push(...actorFilter(value as string | null | undefined, argument, [role.edge]));
        continue;
      }
      const ids = (value as string[] | null | undefined) ?? [];
      if (ids.length > filter.list.max) throw badInput(`${argument} takes at most ${filter.list.max} ids.`);
      actors.push(...ids.flatMap((id) => actorFilter(id, argument, [role.edge])));
    }
    const attributeIn: NonNullable<EventFilters['attributeIn']> = [];
    const attributeContains: NonNullable<EventFilters['attributeContains']> = [];
    for (const a of kind.attributes) {
      const filter = a.graphql.filter;
      if (filter === undefined) continue;
      const value = where[filter.argument];
      if (a.type === 'enum') {
        const values = list(value as string[] | null | undefined);
        if (values !== null) attributeIn.push({ field: a.field, values });
      } else {
        const contained = text(value as string | null | undefined, `where.${filter.argument}`);
        if (contained !== null) attributeContains.push({ field: a.field, text: contained });
      }
    }
    const linkedBy = eventKinds.links
      .filter(({ link }) => link.to === kind.type && typeof where[link.graphql.flag.field] === 'boolean')
      .map(({ link }) => ({ type: link.edge, exists: where[link.graphql.flag.field] as boolean }));
    return eventPage(
      ctx,
      kind.type,
      args,
      { attributeIn, attributeContains, linkedBy, date: where.date as DateRange, actors },
      info,
    );
  };
}

const nodesOf = <T>(page: PageRow<T>): T[] => page.edges.map((edge) => edge.node);
const countOf = <T>(page: PageRow<T>): Promise<number> => page.totalCount();
const connectionFields = { nodes: nodesOf, totalCount: countOf };

export const connectionResolvers: Resolvers = {
  PersonConnection: connectionFields,
  StateConnection: connectionFields,
  CourtConnection: connectionFields,
  OrganizationConnection: connectionFields,
  PlaceConnection: connectionFields,
  ...Object.fromEntries(eventKinds.list.map((kind) => [`${kind.type}Connection`, connectionFields])),
  EventConnection: connectionFields,
  ArticleConnection: connectionFields,
  Query: {
    persons: actorPage('Person'),
    states: actorPage('State'),
    courts: actorPage('Court'),
    organizations: actorPage('Organization'),
    places: actorPage('Place'),
    ...Object.fromEntries(eventKinds.list.map((kind) => [kind.graphql.connection, kindPage(kind)])),
    events: (_root, args, ctx, info) =>
      eventPage(
        ctx,
        'Event',
        args,
        {
          labels: list(args.where?.types),
          date: args.where?.date,
          actors: actorFilter(args.where?.involving, 'where.involving', EVENT_RELATIONSHIPS),
        },
        info,
      ),
    articles: (_root, args, ctx, info) => {
      const { from, to } = dateRange(args.where?.published, 'where.published');
      const mentions = args.where?.mentions;
      return connection({
        db: ctx.db,
        page: 'articles-page',
        count: 'articles-count',
        slots: {},
        countInPage: Selection.of(info).field('totalCount') !== undefined,
        params: {
          mentions: mentions ? parseIdOf(mentions, 'actor', 'where.mentions').key : null,
          statuses: list(args.where?.status),
          from,
          to,
          titleContains: text(args.where?.titleContains, 'where.titleContains'),
        },
        order: args.orderBy ?? 'PUBLISHED_DESC',
        first: pageSize(args.first, DEFAULT_PAGE),
        after: args.after,
        item: (row) => {
          const node = articleRow(row.article as Record<string, unknown>);
          return { node, key: node.id };
        },
      });
    },
  },
};
