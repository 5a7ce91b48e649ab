import { Command } from 'commander';
import { createApiServer, type ApiServer, type IdeHandler } from '../api/server.js';
import type { Config } from '../config.js';
import { loadConfig } from '../config.js';
import type { IngestService } from '../contracts/ingest-service.js';
import { applySchema } from '../graph/apply-schema.js';
import { sharedGraph, type GraphConnection } from '../graph/connection.js';
import { createExploreHandler, defaultExploreAssetsDir, EXPLORE_PATH } from '../explore/index.js';
import { createIdeHandler, defaultIdeAssetsDir } from '../ide/index.js';
import { createLog } from '../ingest/log.js';
import { createQueueIngestService } from '../ingest/queue-ingest-service.js';
import { abortOnStopSignals } from '../ingest/stop-signals.js';
import type { CliIO } from './io.js';

export interface ServeCommandDeps {
  /** Ingestion behind the API's mutations; the queue, extractor and writer unless a test gives another. */
  ingest?: IngestService;
  /** The in-browser IDE served at GET /graphql; the bundled GraphiQL unless a test gives another. */
  ide?: IdeHandler;
  /** The graph explorer served at GET /explore; the bundled one unless a test gives another. */
  explore?: IdeHandler;
  /** Stops the server instead of SIGTERM/SIGINT (tests). */
  signal?: AbortSignal;
}

/** The API server with the real ingestion and IDE behind it, listening on HOST:PORT. */
export async function startApi(
  config: Config,
  graph: GraphConnection,
  io: CliIO,
  deps: Pick<ServeCommandDeps, 'ingest' | 'ide' | 'explore'> = {},
): Promise<{ server: ApiServer; url: string; exploreUrl: string }> {
  const server = await createApiServer({
    config,
    graph,
    log: createLog(config.logLevel, io.stderr),
    ingest: deps.ingest ?? createQueueIngestService(graph),
    ide: deps.ide ?? createIdeHandler({ assetsDir: defaultIdeAssetsDir() }),
    explore: deps.explore ?? createExploreHandler({ assetsDir: defaultExploreAssetsDir() }),
  });
  const url = await server.listen(config.api.port, config.api.host);
  return { server, url, exploreUrl: new URL(EXPLORE_PATH, url).href };
}

/** Resolves on SIGTERM/SIGINT or when `signal` aborts. */
export function untilStopped(io: CliIO, signal?: AbortSignal): Promise<void> {
  const controller = new AbortController();
  const removeHandlers = abortOnStopSignals(controller, (name) => io.stderr(`${name}: stopping…\n`));
  signal?.addEventListener('abort', () => controller.abort(), { once: true });
  return new Promise<void>((resolve) => {
    const done = (): void => {
      removeHandlers();
      resolve();
    };
    if (controller.signal.aborted || signal?.aborted) done();
    else controller.signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * `newsgraph serve`: the GraphQL API on HOST:PORT until SIGTERM or SIGINT, then a graceful stop:
 * no new connections, requests in flight finish, and run() closes the driver on the way out.
 */
export function serveCommand(io: CliIO, deps: ServeCommandDeps = {}): Command {
  return new Command('serve')
    .description('serve the GraphQL API (and the IDE for browsers) at http://HOST:PORT/graphql until SIGTERM/SIGINT')
    .action(async () => {
      const config = loadConfig(io.env);
      const graph = await sharedGraph(config.apiNeo4j);
      await applySchema(graph);
      const stopped = untilStopped(io, deps.signal);
      const { server, url, exploreUrl } = await startApi(config, graph, io, deps);
      io.stdout(
        `GraphQL API at ${url} (Neo4j ${graph.uri}, database ${graph.database}); graph explorer at ${exploreUrl}.\n`,
      );
      try {
        await stopped;
      } finally {
        await server.close();
      }
      io.stdout('GraphQL API stopped.\n');
    });
}
