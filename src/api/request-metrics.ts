/**
 * What one GraphQL request is measured by: its Cypher round trips, the size of each DataLoader
 * batch, and (in the Apollo plugin) its latency and outcome by operation name.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphConnection } from '../graph/connection.js';
import { cypherRoundTrips, graphqlDuration, graphqlRequests, loaderBatchSize } from '../metrics/registry.js';
import { createApiDb, type ApiDb, type ApiDbOptions } from './db.js';
import { errorCode } from './errors.js';
import { createLoaders, type Loaders } from './loaders/index.js';

export interface RequestStats {
  cypherRoundTrips: number;
}

/** What a request reads the graph through. */
export interface RequestReads {
  db: ApiDb;
  loaders: Loaders;
  stats: RequestStats;
}

/** A request's reads: its db and DataLoaders, counting round trips into `stats`. */
export function requestReads(graph: GraphConnection, options: ApiDbOptions): RequestReads {
  const stats: RequestStats = { cypherRoundTrips: 0 };
  const inner = createApiDb(graph, options);
  const db: ApiDb = {
    read(name, params, slots) {
      stats.cypherRoundTrips += 1;
      return inner.read(name, params, slots);
    },
  };
  // Every read of a loader is one batch, of the keys (or article ids) it was given.
  const batches: ApiDb = {
    read(name, params, slots) {
      const keys = params.keys ?? params.ids;
      if (Array.isArray(keys)) loaderBatchSize.observe({ loader: name }, keys.length);
      return db.read(name, params, slots);
    },
  };
  return { db, loaders: createLoaders(batches), stats };
}

/** Operation names are the client's choice: past this many distinct ones, the rest count as `(other)`. */
const MAX_OPERATION_LABELS = 200;
const operationLabels = new Set<string>();

function operationLabel(name: string | null | undefined): string {
  if (!name) return '(anonymous)';
  if (operationLabels.has(name)) return name;
  if (operationLabels.size >= MAX_OPERATION_LABELS) return '(other)';
  operationLabels.add(name);
  return name;
}

/** Counts and times every GraphQL request, and records its Cypher round trips. */
export function metricsPlugin<C extends { stats: RequestStats }>(): ApolloServerPlugin<C> {
  return {
    // A request refused before it has a context (a missing or wrong API key).
    contextCreationDidFail({ error }) {
      graphqlRequests.inc({ operation: '(refused)', outcome: errorCode(error) });
      return Promise.resolve();
    },
    requestDidStart() {
      const endTimer = graphqlDuration.startTimer();
      let outcome = 'ok';
      return Promise.resolve({
        didEncounterErrors({ errors }) {
          if (outcome === 'ok' && errors[0] !== undefined) outcome = errorCode(errors[0]);
          return Promise.resolve();
        },
        willSendResponse({ operationName, request, contextValue }) {
          // Before the document parses, only the name the client sent is known.
          const operation = operationLabel(operationName ?? request.operationName);
          endTimer({ operation, outcome });
          graphqlRequests.inc({ operation, outcome });
          cypherRoundTrips.observe({ operation }, contextValue.stats.cypherRoundTrips);
          return Promise.resolve();
        },
      });
    },
  };
}
