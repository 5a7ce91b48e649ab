/** Events: warrants, strikes and meetings, their actors by role, their dates and sources. */
import type { MeetingMode, Resolvers, WarrantResolvers, WarrantStatus } from '../__generated__/resolvers-types.js';
import type { ApiContext } from '../context.js';
import { globalIdOf, parseIdOf } from '../global-id.js';
import { pageSize } from '../paging.js';
import type { ActorRow, ArticleRow, EventRelationship, EventRow } from '../rows.js';
import { graphValues } from './enums.js';
import { loadNode } from './node.js';

const DEFAULT_LIST = 20;
const WARRANT_STATUSES = graphValues('WarrantStatus');
const MEETING_MODES = graphValues('MeetingMode');
const isWarrantStatus = (value: string | null): value is WarrantStatus => value !== null && WARRANT_STATUSES.has(value);
const isMeetingMode = (value: string | null): value is MeetingMode => value !== null && MEETING_MODES.has(value);
const PRECISION_BY_LENGTH = { 4: 'year', 7: 'month', 10: 'day' } as const;

/** The event's actors in one role (all roles come in one batched query, whichever field asks). */
async function actorsIn(ctx: ApiContext, event: EventRow, role: EventRelationship): Promise<ActorRow[]> {
  const links = await ctx.loaders.eventActors.load(event.key);
  return links.filter((link) => link.role === role).map((link) => link.actor);
}

async function peopleIn(ctx: ApiContext, event: EventRow, role: EventRelationship): Promise<ActorRow[]> {
  return (await actorsIn(ctx, event, role)).filter((actor) => actor.label === 'Person');
}

/** The fields every event type shares; the parent is an EventRow whatever the type. */
const eventFields: WarrantResolvers = {
  id: (event) => globalIdOf(event),
  type: (event) => event.label,
  // EventDate's resolvers read the same row; an event without a date has no EventDate.
  date: (event) => (event.date !== null && event.dateFrom !== null && event.dateTo !== null ? event : null),
  actors: async (event, { role }, ctx) => {
    const links = await ctx.loaders.eventActors.load(event.key);
    return role ? links.filter((link) => link.role === role) : links;
  },
  sources: (event, { first }, ctx) => ctx.loaders.eventSources(pageSize(first, DEFAULT_LIST)).load(event.key),
};

export const eventResolvers: Resolvers = {
  Event: { __resolveType: (event) => event.label },
  Warrant: {
    ...eventFields,
    // A value the API does not know (a newer writer's) reads as unknown rather than failing the query.
    status: (event) => (isWarrantStatus(event.status) ? event.status : 'unknown'),
    issuer: async (event, _args, ctx) => (await actorsIn(ctx, event, 'ISSUED'))[0] ?? null,
    subjects: (event, _args, ctx) => peopleIn(ctx, event, 'AGAINST'),
  },
  Strike: {
    ...(eventFields as Resolvers['Strike']),
    perpetrators: (event, _args, ctx) => actorsIn(ctx, event, 'CARRIED_OUT'),
    targets: (event, _args, ctx) => actorsIn(ctx, event, 'TARGETED'),
    locations: (event, _args, ctx) => actorsIn(ctx, event, 'AT'),
    killed: (event, _args, ctx) => peopleIn(ctx, event, 'KILLED'),
  },
  Meeting: {
    ...(eventFields as Resolvers['Meeting']),
    participants: (event, _args, ctx) => actorsIn(ctx, event, 'ATTENDED'),
    locations: (event, _args, ctx) => actorsIn(ctx, event, 'AT'),
    mode: (event) => (isMeetingMode(event.mode) ? event.mode : 'unknown'),
  },
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
