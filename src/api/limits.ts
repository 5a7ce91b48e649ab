/**
 * The limits every operation must pass before it runs: nesting depth (./query-depth.ts) and
 * estimated cost (./query-cost.ts). They run once the operation is resolved, with its variables
 * known, so `first: $n` is costed by its value, and refuse with HTTP 400 before any Cypher runs.
 * Subscriptions over WebSocket pass the same check (./subscriptions/ws-server.ts).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { apiError } from './errors.js';
import type { DocumentNode, GraphQLSchema } from './graphql.js';
import { operationCost } from './query-cost.js';
import { operationDepth } from './query-depth.js';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
}

/** Throws QUERY_TOO_DEEP or QUERY_TOO_COSTLY when the operation exceeds the limits. */
export function assertWithinLimits(
  limits: QueryLimits,
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string | null,
): void {
  const depth = operationDepth(document, operationName);
  if (depth > limits.maxDepth) {
    throw apiError(
      'QUERY_TOO_DEEP',
      `The query nests ${depth} levels deep; the limit is ${limits.maxDepth}. Ask in several queries.`,
      { depth, maxDepth: limits.maxDepth },
      400,
    );
  }
  const cost = operationCost(schema, document, variables, operationName);
  if (cost > limits.maxCost) {
    throw apiError(
      'QUERY_TOO_COSTLY',
      `The query's estimated cost is ${cost}; the limit is ${limits.maxCost}. ` +
        'Ask for fewer items (smaller first) or fewer nested lists.',
      { cost, maxCost: limits.maxCost },
      400,
    );
  }
}

export function limitsPlugin<C extends object>(limits: QueryLimits): ApolloServerPlugin<C> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ request, document, operationName, schema }) {
          assertWithinLimits(limits, schema, document, request.variables ?? {}, operationName);
          return Promise.resolve();
        },
      });
    },
  };
}
