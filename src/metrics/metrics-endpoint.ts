/** Serving metrics in Prometheus's text format: the API's GET /metrics and the worker's own port. */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Registry } from 'prom-client';
import type { GraphConnection } from '../graph/connection.js';
import { graphGauges } from './graph-gauges.js';
import { appMetrics } from './registry.js';

export const METRICS_PATH = '/metrics';

/** The process's metrics and the gauges of `graph`, as one registry. */
export function metricsFor(graph: GraphConnection): Registry {
  return Registry.merge([appMetrics(), graphGauges(graph)]);
}

export async function sendMetrics(res: ServerResponse, registry: Registry): Promise<void> {
  const body = await registry.metrics();
  res.writeHead(200, { 'content-type': registry.contentType, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

export interface MetricsServer {
  url: string;
  close(): Promise<void>;
}

/** A server with GET /metrics only, for processes without the API (`newsgraph worker --metrics-port`). */
export async function startMetricsServer(graph: GraphConnection, port: number, host: string): Promise<MetricsServer> {
  const registry = metricsFor(graph);
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path !== METRICS_PATH || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Metrics are at ${METRICS_PATH}.\n`);
      return;
    }
    sendMetrics(res, registry).catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}${METRICS_PATH}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
