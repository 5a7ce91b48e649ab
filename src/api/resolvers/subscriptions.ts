/**
 * Subscriptions: each subscribes to the process's change feed with its filter. A delivered
 * change is resolved with reads shared by every subscriber of the same poll (see
 * ../subscriptions/execute.ts), so the fields below cost one batch per poll, not per subscriber.
 */
import type { Resolvers } from '../__generated__/resolvers-types.js';
import type { ApiContext } from '../context.js';
import { parseIdOf } from '../global-id.js';
import { MAX_PAGE_SIZE } from '../paging.js';
import type { ArticleRow, EventAddedRow } from '../rows.js';
import type { FeedItem } from '../subscriptions/change-feed.js';

export const subscriptionResolvers: Resolvers = {
  Subscription: {
    eventAdded: {
      subscribe: (_root, { types, actor }, ctx) => {
        const kinds = types && types.length > 0 ? new Set<string>(types) : undefined;
        const actorKey = actor === null || actor === undefined ? undefined : parseIdOf(actor, 'actor', 'actor').key;
        // Kinds are compared by label, so a new kind of event needs nothing here.
        return ctx.feed.reports(
          (report) =>
            (kinds === undefined || report.labels.some((label) => kinds.has(label))) &&
            (actorKey === undefined || report.actorKeys.includes(actorKey)),
        );
      },
      resolve: (item: FeedItem<EventAddedRow, unknown>) => item.change,
    },
    articleIngested: {
      subscribe: (_root, _args, ctx) => ctx.feed.articles(),
      resolve: (item: FeedItem<{ id: string }, unknown>, _args: unknown, ctx: ApiContext): Promise<ArticleRow> =>
        ctx.loaders.article.load(item.change.id),
    },
  },
  EventAdded: {
    event: (report, _args, ctx) => ctx.loaders.event.load(report.eventKey),
    article: (report, _args, ctx) => ctx.loaders.article.load(report.articleId),
    evidence: async (report, _args, ctx) => {
      const reports = await ctx.loaders.articleReports(MAX_PAGE_SIZE).load(report.articleId);
      return reports.find((reported) => reported.event.key === report.eventKey)?.evidence ?? [];
    },
    reportedAt: (report) => new Date(report.atMs).toISOString(),
  },
};
