/**
 * Gauges read from the graph when Prometheus scrapes: the queue by status and whether Neo4j
 * answers. A scrape costs three small queries; a database that is down reads as
 * newsgraph_neo4j_up 0 rather than a failed scrape.
 */
import { Gauge, Registry } from 'prom-client';
import { queueCounts } from '../queue/article-queue.js';
import type { GraphConnection } from '../graph/connection.js';
import { checkGraphHealth } from '../graph/health.js';

export function graphGauges(graph: GraphConnection): Registry {
  const registry = new Registry();
  const registers = [registry];
  new Gauge({
    name: 'newsgraph_queue_articles',
    help: 'Articles in the ingestion queue by status (queued, processing, done, failed)',
    labelNames: ['status'] as const,
    registers,
    async collect() {
      this.reset();
      const counts = await queueCounts(graph).catch(() => undefined);
      for (const [status, count] of Object.entries(counts ?? {})) this.set({ status }, count);
    },
  });
  const latency = new Gauge({
    name: 'newsgraph_neo4j_latency_seconds',
    help: 'Round trip of a trivial query to Neo4j, measured at scrape time (absent while it is down)',
    registers,
  });
  new Gauge({
    name: 'newsgraph_neo4j_up',
    help: 'Whether Neo4j answered a query at scrape time (1) or not (0)',
    registers,
    async collect() {
      const health = await checkGraphHealth(graph);
      this.set(health.status === 'ok' ? 1 : 0);
      latency.reset();
      if (health.status === 'ok') latency.set(health.latencyMs / 1000);
    },
  });
  return registry;
}
