/**
 * The Relay connection of every type: persons … places, warrants, strikes, meetings, events and
 * articles, with their filters turned into the parameters of cypher/api/*-page and *-count.
 */
import type { DateRange, QueryPersonsArgs, QueryWarrantsArgs, Resolvers } from '../__generated__/resolvers-types.js';
import type { ApiContext } from '../context.js';
import { badInput } from '../errors.js';
import { parseIdOf } from '../global-id.js';
import { actorRow, articleRow, eventRow } from '../graph-rows.js';
import { connection, pageSize } from '../paging.js';
import {
  EVENT_RELATIONSHIPS,
  type ActorLabel,
  type EventLabel,
  type EventRelationship,
  type PageRow,
} from '../rows.js';

const DEFAULT_PAGE = 20;
const MAX_FILTER_TEXT = 200;
const MAX_PARTICIPANTS = 5;

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
  statuses?: string[] | null;
  modes?: string[] | null;
  chargeContains?: string | null;
  date?: DateRange | null;
  actors: ActorFilter[];
}

function eventPage(
  ctx: ApiContext,
  label: EventLabel | 'Event',
  args: Pick<QueryWarrantsArgs, 'first' | 'after' | 'orderBy'>,
  filters: EventFilters,
): Promise<PageRow<ReturnType<typeof eventRow>>> {
  // The first actor filter is where the query starts: a walk from one actor beats a label scan.
  const [anchor = null, ...actorFilters] = filters.actors;
  const { from, to } = dateRange(filters.date, 'where.date');
  return connection({
    db: ctx.db,
    page: 'events-page',
    count: 'events-count',
    slots: { label },
    params: {
      anchor,
      actorFilters,
      labels: filters.labels ?? null,
      statuses: filters.statuses ?? null,
      modes: filters.modes ?? null,
      chargeContains: filters.chargeContains ?? null,
      from,
      to,
    },
    order: args.orderBy ?? 'DATE_DESC',
    first: pageSize(args.first, DEFAULT_PAGE),
    after: args.after,
    item: (row) => {
      const node = eventRow(row.event as Record<string, unknown>);
      return { node, key: node.key };
    },
  });
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
  WarrantConnection: connectionFields,
  StrikeConnection: connectionFields,
  MeetingConnection: connectionFields,
  EventConnection: connectionFields,
  ArticleConnection: connectionFields,
  Query: {
    persons: actorPage('Person'),
    states: actorPage('State'),
    courts: actorPage('Court'),
    organizations: actorPage('Organization'),
    places: actorPage('Place'),
    warrants: (_root, args, ctx) =>
      eventPage(ctx, 'Warrant', args, {
        statuses: list(args.where?.status),
        chargeContains: text(args.where?.chargeContains, 'where.chargeContains'),
        date: args.where?.date,
        actors: [
          ...actorFilter(args.where?.issuer, 'where.issuer', ['ISSUED']),
          ...actorFilter(args.where?.subject, 'where.subject', ['AGAINST']),
        ],
      }),
    strikes: (_root, args, ctx) =>
      eventPage(ctx, 'Strike', args, {
        date: args.where?.date,
        actors: [
          ...actorFilter(args.where?.perpetrator, 'where.perpetrator', ['CARRIED_OUT']),
          ...actorFilter(args.where?.target, 'where.target', ['TARGETED']),
          ...actorFilter(args.where?.killed, 'where.killed', ['KILLED']),
          ...actorFilter(args.where?.location, 'where.location', ['AT']),
        ],
      }),
    meetings: (_root, args, ctx) => {
      const participants = args.where?.participants ?? [];
      if (participants.length > MAX_PARTICIPANTS) {
        throw badInput(`where.participants takes at most ${MAX_PARTICIPANTS} ids.`);
      }
      return eventPage(ctx, 'Meeting', args, {
        modes: list(args.where?.mode),
        date: args.where?.date,
        actors: [
          ...participants.flatMap((id) => actorFilter(id, 'where.participants', ['ATTENDED'])),
          ...actorFilter(args.where?.location, 'where.location', ['AT']),
        ],
      });
    },
    events: (_root, args, ctx) =>
      eventPage(ctx, 'Event', args, {
        labels: list(args.where?.types),
        date: args.where?.date,
        actors: actorFilter(args.where?.involving, 'where.involving', EVENT_RELATIONSHIPS),
      }),
    articles: (_root, args, ctx) => {
      const { from, to } = dateRange(args.where?.published, 'where.published');
      const mentions = args.where?.mentions;
      return connection({
        db: ctx.db,
        page: 'articles-page',
        count: 'articles-count',
        slots: {},
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
