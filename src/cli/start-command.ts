import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../config.js';
import type { ArticleInput } from '../contracts/article-input.js';
import { applySchema } from '../graph/apply-schema.js';
import { sharedGraph, type GraphConnection } from '../graph/connection.js';
import { createLog } from '../ingest/log.js';
import { defaultProcessor } from '../ingest/process-article.js';
import { readInputs } from '../ingest/read-inputs.js';
import { Worker, WORKER_DEFAULTS } from '../ingest/worker.js';
import { countWorkerResult } from '../metrics/registry.js';
import { startServer, stopServer } from '../neo4j-local/launcher.js';
import { projectRoot } from '../project-root.js';
import { enqueueArticles, queueCounts } from '../queue/article-queue.js';
import type { CliIO } from './io.js';
import { startApi, untilStopped } from './serve-command.js';
import { defaultWorkerId } from './worker-command.js';

/**
 * `newsgraph start` (what `npm start` runs), the embedded default: Neo4j (NEO4J_URI, else the
 * local server, started here and stopped on the way out), the graph schema, the sample articles
 * when the graph is empty, then the API and a worker in this one process until SIGTERM/SIGINT.
 */
export function startCommand(io: CliIO, deps: { signal?: AbortSignal } = {}): Command {
  return new Command('start')
    .description('run everything: Neo4j (local unless NEO4J_URI is set), the API with its IDE, and a worker')
    .action(async () => {
      const config = loadConfig(io.env);
      const say = (line: string): void => io.stdout(`${line}\n`);
      let startedLocal = false;
      if (config.usesLocalNeo4j) {
        const local = await startServer({ ...config.localNeo4j, env: io.env, log: (line) => io.stderr(`${line}\n`) });
        startedLocal = local.status === 'started';
        say(
          local.status === 'started'
            ? `Started Neo4j ${local.version} at ${local.uri} in ${(local.startupMs / 1000).toFixed(1)} s.`
            : `Using the local Neo4j ${local.version} already running at ${local.uri}.`,
        );
      }
      try {
        const graph = await sharedGraph(config.neo4j);
        await applySchema(graph);
        const samples = await queueSamplesIfEmpty(graph);
        if (samples > 0) {
          say(
            `The graph was empty: queued ${samples} sample articles from samples/. ` +
              'A worker ingests them in the background (usually within a minute).',
          );
        }

        const stopped = untilStopped(io, deps.signal);
        const stopWorker = new AbortController();
        const worker = new Worker(graph, {
          ...WORKER_DEFAULTS,
          workerId: defaultWorkerId('start'),
          processor: defaultProcessor,
          rehearse: true,
          signal: stopWorker.signal,
          log: createLog(config.logLevel, io.stderr),
          onResult: countWorkerResult,
        });
        const working = worker.run();
        const { server, url, exploreUrl } = await startApi(config, await sharedGraph(config.apiNeo4j), io);
        say(`newsgraph is ready: open ${url} in a browser (GraphQL IDE), or POST queries to it.`);
        say(`See the graph: ${exploreUrl}`);
        try {
          await stopped;
        } finally {
          stopWorker.abort();
          await Promise.all([working, server.close()]);
        }
      } finally {
        if (startedLocal) {
          await stopServer(config.localNeo4j);
          say('Stopped the local Neo4j.');
        }
      }
    });
}

/** Demo data for a first start: our own sample articles, only when no article exists yet. */
async function queueSamplesIfEmpty(graph: GraphConnection): Promise<number> {
  const counts = await queueCounts(graph);
  if (Object.values(counts).some((count) => count > 0)) return 0;
  const folder = join(projectRoot(), 'samples');
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => join(folder, name));
  const articles: ArticleInput[] = [];
  for await (const item of readInputs(files)) {
    if (item.kind === 'article') articles.push(item.input);
  }
  await enqueueArticles(graph, articles);
  return articles.length;
}
