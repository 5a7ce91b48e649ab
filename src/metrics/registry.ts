/**
 * Every Prometheus metric newsgraph records, declared once (README, Metrics, lists them). The
 * API, the worker and the feed record into these; `/metrics` serves them with the graph's own
 * gauges (./graph-gauges.ts). Process metrics (CPU, memory, event-loop lag) are collected only
 * once a process serves metrics, so the CLI's one-shot commands pay nothing for them.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

const registry = new Registry();
const registers = [registry];

/** Latencies from a few milliseconds (a cached read) to the 10 s query timeout. */
const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const graphqlRequests = new Counter({
  name: 'newsgraph_graphql_requests_total',
  help: 'GraphQL operations by operation name and outcome (ok, or the first error code)',
  labelNames: ['operation', 'outcome'] as const,
  registers,
});

export const graphqlDuration = new Histogram({
  name: 'newsgraph_graphql_request_duration_seconds',
  help: 'Time from the start of a GraphQL request to its response, by operation name and outcome',
  labelNames: ['operation', 'outcome'] as const,
  buckets: SECONDS,
  registers,
});

export const cypherRoundTrips = new Histogram({
  name: 'newsgraph_graphql_cypher_round_trips',
  help: 'Cypher round trips to Neo4j per GraphQL request, by operation name',
  labelNames: ['operation'] as const,
  buckets: [0, 1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 64],
  registers,
});

export const loaderBatchSize = new Histogram({
  name: 'newsgraph_dataloader_batch_size',
  help: 'Keys per DataLoader batch (one Cypher round trip each), by statement',
  labelNames: ['loader'] as const,
  buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500],
  registers,
});

export const workerArticles = new Counter({
  name: 'newsgraph_worker_articles_total',
  help: "Articles this process's worker finished, by outcome: done, retry, failed, lost",
  labelNames: ['outcome'] as const,
  registers,
});

export const articleExtractSeconds = new Histogram({
  name: 'newsgraph_article_extract_seconds',
  help: 'Extraction time per article',
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
  registers,
});

export const articleWriteSeconds = new Histogram({
  name: 'newsgraph_article_write_seconds',
  help: "Time of an article's graph write statements, inside its transaction",
  buckets: SECONDS,
  registers,
});

export const wsConnections = new Gauge({
  name: 'newsgraph_ws_connections',
  help: 'Open GraphQL WebSocket connections',
  registers,
});

export const subscriptionsActive = new Gauge({
  name: 'newsgraph_subscriptions_active',
  help: 'Active subscriptions, by field (eventAdded, articleIngested)',
  labelNames: ['field'] as const,
  registers,
});

export const subscriptionDeliveries = new Counter({
  name: 'newsgraph_subscription_deliveries_total',
  help: 'Changes handed to subscribers, by field',
  labelNames: ['field'] as const,
  registers,
});

export const feedPolls = new Counter({
  name: 'newsgraph_feed_polls_total',
  help: 'Reads of the change feed, by outcome (ok, error); one per interval while anyone subscribes',
  labelNames: ['outcome'] as const,
  registers,
});

export const feedPollSeconds = new Histogram({
  name: 'newsgraph_feed_poll_seconds',
  help: 'Time of one read of the change feed',
  buckets: SECONDS,
  registers,
});

export const feedDelaySeconds = new Histogram({
  name: 'newsgraph_feed_delay_seconds',
  help: 'From the stamp a writer put on a change (server clock) to the feed read that first saw it',
  buckets: [0.05, 0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 3, 5, 10, 30],
  registers,
});

let processMetrics = false;

/** The metrics of this process, with process metrics from the first call on. */
export function appMetrics(): Registry {
  if (!processMetrics) {
    collectDefaultMetrics({ register: registry });
    processMetrics = true;
  }
  return registry;
}

/** A worker's `onResult`: counts each article by its outcome. */
export function countWorkerResult(result: { outcome: string }): void {
  workerArticles.inc({ outcome: result.outcome });
}
