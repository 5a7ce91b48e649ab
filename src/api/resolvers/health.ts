/** Query.health: the same check as GET /health. */
import type { GraphHealth } from '../../graph/health.js';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import type { ApiContext } from '../context.js';

/** One check per request, however many times a query asks (aliases). */
const checks = new WeakMap<ApiContext, Promise<GraphHealth>>();

export const healthResolvers: Resolvers = {
  Query: {
    health: async (_root, _args, ctx) => {
      let check = checks.get(ctx);
      if (!check) {
        check = ctx.checkHealth();
        checks.set(ctx, check);
      }
      const health = await check;
      return health.status === 'ok'
        ? { status: 'ok', neo4jVersion: health.version, neo4jEdition: health.edition, database: health.database }
        : { status: 'unavailable', neo4jVersion: null, neo4jEdition: null, database: health.database };
    },
  },
};
