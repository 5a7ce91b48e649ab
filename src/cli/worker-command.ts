import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../config.js';
import { applySchema } from '../graph/apply-schema.js';
import { sharedGraph } from '../graph/connection.js';
import { createLog } from '../ingest/log.js';
import { defaultProcessor, type ArticleProcessor } from '../ingest/process-article.js';
import { abortOnStopSignals } from '../ingest/stop-signals.js';
import { Worker, WORKER_DEFAULTS } from '../ingest/worker.js';
import { startMetricsServer } from '../metrics/metrics-endpoint.js';
import { countWorkerResult } from '../metrics/registry.js';
import type { CliIO } from './io.js';

export interface WorkerCommandDeps {
  /** The work done per article; the extraction + graph writer unless a test gives another. */
  processor?: ArticleProcessor;
}

/** Commander argument parser for counts and durations. */
export function positiveInt(value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(number) || number < 1) {
    throw new InvalidArgumentError(`must be a positive whole number, got "${value}"`);
  }
  return number;
}

/** A worker id that tells machines, processes and restarts apart in claims and logs. */
export function defaultWorkerId(role = 'worker'): string {
  return `${role}@${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}

interface WorkerCommandOptions {
  concurrency: number;
  batchSize: number;
  leaseMs: number;
  pollIntervalMs: number;
  maxAttempts: number;
  workerId?: string;
  idPrefix?: string;
  metricsPort?: number;
  metricsHost?: string;
}

/** Commander argument parser for a TCP port. */
export function portNumber(value: string): number {
  const port = positiveInt(value);
  if (port > 65535) throw new InvalidArgumentError(`must be a port number (1 to 65535), got "${value}"`);
  return port;
}

/**
 * `newsgraph worker`: processes the Neo4j queue until SIGTERM or SIGINT, then finishes the
 * articles in progress, gives its unstarted claims back and exits with status 0.
 */
export function workerCommand(io: CliIO, deps: WorkerCommandDeps = {}): Command {
  return new Command('worker')
    .description('process the ingestion queue until SIGTERM/SIGINT (finishes the current article, then exits)')
    .option('--concurrency <n>', 'articles processed at the same time', positiveInt, WORKER_DEFAULTS.concurrency)
    .option('--batch-size <n>', 'articles claimed at once', positiveInt, WORKER_DEFAULTS.batchSize)
    .option(
      '--lease-ms <ms>',
      "how long a claim holds before another worker may take over; the worker's transactions time out at half of it",
      positiveInt,
      WORKER_DEFAULTS.leaseMs,
    )
    .option(
      '--poll-interval-ms <ms>',
      'wait between claims while the queue is empty',
      positiveInt,
      WORKER_DEFAULTS.pollIntervalMs,
    )
    .option('--max-attempts <n>', 'attempts before an article ends as failed', positiveInt, WORKER_DEFAULTS.maxAttempts)
    .option('--worker-id <id>', 'name of this worker in claims and logs (default: host, pid and a random tag)')
    .option('--id-prefix <prefix>', 'only process articles whose id starts with this prefix')
    .option('--metrics-port <port>', 'serve Prometheus metrics at http://HOST:<port>/metrics', portNumber)
    .option('--metrics-host <host>', 'interface of the metrics server (default: HOST)')
    .action(async (options: WorkerCommandOptions) => {
      const config = loadConfig(io.env);
      const log = createLog(config.logLevel, io.stderr);
      const graph = await sharedGraph(config.neo4j);
      await applySchema(graph);
      const workerId = options.workerId ?? defaultWorkerId();
      const metrics =
        options.metricsPort === undefined
          ? undefined
          : await startMetricsServer(graph, options.metricsPort, options.metricsHost ?? config.api.host);
      if (metrics) io.stdout(`Worker ${workerId}: metrics at ${metrics.url}\n`);
      const controller = new AbortController();
      const removeHandlers = abortOnStopSignals(controller, (signal) =>
        log.info({ workerId, signal }, 'stopping: finishing the articles in progress'),
      );
      try {
        const stats = await new Worker(graph, {
          workerId,
          batchSize: options.batchSize,
          concurrency: options.concurrency,
          leaseMs: options.leaseMs,
          pollIntervalMs: options.pollIntervalMs,
          maxAttempts: options.maxAttempts,
          processor: deps.processor ?? defaultProcessor,
          // The rehearsal is of the writer: a processor given instead (tests) is not rehearsed.
          rehearse: deps.processor === undefined,
          signal: controller.signal,
          log,
          onResult: countWorkerResult,
          ...(options.idPrefix === undefined ? {} : { scope: { idPrefix: options.idPrefix } }),
        }).run();
        io.stdout(
          `Worker ${workerId} stopped: ${stats.done} done, ${stats.failed} failed, ${stats.retried} to retry, ` +
            `${stats.lost} lost to other workers, ${stats.released} released.\n`,
        );
      } finally {
        removeHandlers();
        await metrics?.close();
      }
    });
}
