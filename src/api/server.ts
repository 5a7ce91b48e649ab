/**
 * The API's HTTP server: POST/GET /graphql through Apollo Server, subscriptions over WebSocket
 * on the same path, GET /health, GET /metrics (Prometheus), and a slot for the in-browser IDE
 * (GET /graphql from a browser). Plain node:http, so the same server runs
 * under `newsgraph serve`, `newsgraph start` and the tests.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { Logger } from 'pino';
import { defaultSubscriptionConfig, type Config } from '../config.js';
import { UNWIRED_INGEST, type IngestService } from '../contracts/ingest-service.js';
import { NewsgraphError } from '../errors.js';
import { readChanges } from '../graph/change-feed.js';
import type { GraphConnection } from '../graph/connection.js';
import { checkGraphHealth } from '../graph/health.js';
import { METRICS_PATH, metricsFor, sendMetrics } from '../metrics/metrics-endpoint.js';
import { assertMayRead, credentialOf, type Credential } from './auth.js';
import type { ApiContext } from './context.js';
import { createFormatError, errorCode } from './errors.js';
import {
  declaresTooLargeBody,
  HttpProblem,
  refuseBody,
  sendJson,
  sendProblem,
  toGraphQLRequest,
  writeGraphQLResponse,
} from './http-bridge.js';
import { limitsPlugin } from './limits.js';
import { metricsPlugin, requestReads, type RequestReads } from './request-metrics.js';
import { buildApiSchema } from './schema-loader.js';
import { ChangeFeed } from './subscriptions/change-feed.js';
import { attachSubscriptions, subscriptionsOverHttpRefused } from './subscriptions/ws-server.js';

export const GRAPHQL_PATH = '/graphql';
export const HEALTH_PATH = '/health';
/** Longest GraphQL document accepted, in tokens: a long real query has a few hundred. */
const MAX_QUERY_TOKENS = 10_000;
/** How long shutdown waits for requests in flight before closing their connections. */
const DRAIN_GRACE_MS = 10_000;

/** Serves the in-browser IDE; returns false, without I/O, to leave the request to the API. */
export type IdeHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

export interface ApiServerOptions {
  config: Pick<Config, 'env' | 'apiPolicy'> & Partial<Pick<Config, 'subscriptions'>>;
  graph: GraphConnection;
  /** Ingestion behind the mutations; without it, mutations answer that ingestion is not wired. */
  ingest?: IngestService;
  /**
   * The in-browser IDE (src/ide): asked first for every request; it answers browsers' GET /graphql
   * and its own files, and returns false for everything else.
   */
  ide?: IdeHandler;
  /** The graph explorer (src/explore): answers GET /explore and its files, and returns false for everything else. */
  explore?: IdeHandler;
  log?: Logger;
}

export interface ApiServer {
  http: Server;
  /** Starts listening; resolves to the GraphQL endpoint's URL. */
  listen(port: number, host: string): Promise<string>;
  /** Stops accepting, finishes requests in flight (up to a grace period), then closes. Idempotent. */
  close(): Promise<void>;
}

export async function createApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const { config, graph, log } = options;
  const policy = config.apiPolicy;
  if (policy.readsNeedKey && policy.apiKey === undefined) {
    throw new NewsgraphError('CONFIG_INVALID', 'API_READS=key needs API_KEY: without it nobody could query the API.');
  }
  const ingest = options.ingest ?? UNWIRED_INGEST;
  const production = config.env === 'production';
  const http = createServer();
  const schema = buildApiSchema();
  const formatError = createFormatError({ production });
  const live = config.subscriptions ?? defaultSubscriptionConfig();
  const reads = (): RequestReads =>
    requestReads(graph, { timeoutMs: policy.queryTimeoutMs, maxStatements: policy.maxStatements });
  const feed = new ChangeFeed<RequestReads>({
    pollIntervalMs: live.pollIntervalMs,
    overlapMs: live.overlapMs,
    read: (sinceMs) => readChanges(graph, sinceMs, live.overlapMs, policy.queryTimeoutMs),
    newReads: reads,
    ...(log ? { log } : {}),
  });
  // A probe answers within the API's wait for Neo4j, even while the database is stopping.
  const checkHealth = () => checkGraphHealth(graph, { deadlineMs: policy.neo4jTimeoutMs });
  // What a request (or one subscription) reads through, whichever transport brought it.
  const contextWith = (credential: Credential): ApiContext => ({
    graph,
    ...reads(),
    ingest,
    auth: { ...policy, credential },
    feed,
    checkHealth,
  });
  const subscriptions = attachSubscriptions({
    http,
    path: GRAPHQL_PATH,
    schema,
    auth: policy,
    limits: { ...policy, ...live, maxQueryTokens: MAX_QUERY_TOKENS },
    context: contextWith,
    formatError,
    ...(log ? { log } : {}),
  });
  const apollo = new ApolloServer<ApiContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: !production,
    // The schema is public documentation, and the IDE needs it, in production too.
    introspection: true,
    // Refuses documents too long to be a real query before anything else looks at them.
    parseOptions: { maxTokens: MAX_QUERY_TOKENS },
    stopOnTerminationSignals: false,
    ...(log ? { logger: log } : {}),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: http, stopGracePeriodMillis: DRAIN_GRACE_MS }),
      ApolloServerPluginLandingPageDisabled(),
      // Apollo's default cache-control plugin runs a hook for every resolved field to compute a
      // policy the schema never sets (no @cacheControl): answers are never cacheable, which the
      // header below says without the per-field cost.
      ApolloServerPluginCacheControlDisabled(),
      {
        requestDidStart: () =>
          Promise.resolve({
            willSendResponse: ({ response }) => {
              response.http.headers.set('cache-control', 'no-store');
              return Promise.resolve();
            },
          }),
      },
      limitsPlugin<ApiContext>({ maxDepth: policy.maxDepth, maxCost: policy.maxCost }),
      metricsPlugin<ApiContext>(),
      subscriptionsOverHttpRefused<ApiContext>(),
      // Sockets are closed first: open WebSockets would hold the HTTP server's close.
      {
        serverWillStart: () =>
          Promise.resolve({
            drainServer: async () => {
              await feed.close();
              await subscriptions.close();
            },
          }),
      },
      ...(log ? [errorLogPlugin(log)] : []),
    ],
  });
  await apollo.start();

  const contextFor = (req: IncomingMessage) => (): Promise<ApiContext> => {
    const credential = credentialOf(req.headers, policy.apiKey);
    assertMayRead(policy, credential);
    return Promise.resolve(contextWith(credential));
  };
  const metrics = metricsFor(graph);

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    // The IDE sees every request first: it answers its page and its /ide/ files, and passes on the rest at once.
    if (options.ide?.(req, res)) return;
    if (options.explore?.(req, res)) return;
    const url = new URL(req.url ?? '/', 'http://localhost');
    allowCrossOrigin(res);
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
      return;
    }
    if (url.pathname === HEALTH_PATH && (req.method === 'GET' || req.method === 'HEAD')) {
      const health = await checkHealth();
      sendJson(res, health.status === 'ok' ? 200 : 503, {
        status: health.status,
        neo4jVersion: health.status === 'ok' ? health.version : null,
        neo4jEdition: health.status === 'ok' ? health.edition : null,
        database: health.database,
      });
      return;
    }
    if (url.pathname === METRICS_PATH && req.method === 'GET') {
      // Metrics name operations and volumes: as private as the data when reads need the key.
      if (policy.readsNeedKey && credentialOf(req.headers, policy.apiKey) !== 'valid') {
        sendProblem(
          res,
          new HttpProblem(401, 'Metrics need the API key: `Authorization: Bearer <API_KEY>`.', 'UNAUTHENTICATED'),
        );
        return;
      }
      await sendMetrics(res, metrics);
      return;
    }
    if (url.pathname !== GRAPHQL_PATH) {
      sendProblem(res, new HttpProblem(404, `Nothing at ${url.pathname}: the API is at ${GRAPHQL_PATH}.`, 'NOT_FOUND'));
      return;
    }
    if (req.method === 'GET' && wantsHtml(req) && !url.searchParams.has('query')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(NO_IDE_PAGE);
      return;
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: await toGraphQLRequest(req, url),
      context: contextFor(req),
    });
    await writeGraphQLResponse(res, response);
  };

  http.on('request', (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error: unknown) => {
      if (clientGone(req, res)) {
        // Not the server's failure: the client closed the connection before it had its answer.
        log?.debug({ err: error, url: req.url }, 'client disconnected before the answer');
        return;
      }
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof HttpProblem) {
        if (error.status === 413) refuseBody(req, res, error);
        else sendProblem(res, error);
        return;
      }
      log?.error({ err: error }, 'request failed outside GraphQL execution');
      sendProblem(res, new HttpProblem(500, 'Internal server error.', 'INTERNAL_SERVER_ERROR'));
    });
  });
  // With this listener Node no longer sends 100 Continue by itself: a body declared over the
  // limit is refused before the client sends it.
  http.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
    if (!declaresTooLargeBody(req)) res.writeContinue();
    http.emit('request', req, res);
  });

  let closing: Promise<void> | undefined;
  return {
    http,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        http.once('error', reject);
        http.listen(port, host, () => {
          http.off('error', reject);
          const address = http.address() as AddressInfo;
          const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          resolve(`http://${shownHost}:${address.port}${GRAPHQL_PATH}`);
        });
      }),
    // apollo.stop() runs the drain plugin: the server stops accepting, waits for requests in
    // flight, then closes idle keep-alive connections.
    close: () => (closing ??= apollo.stop()),
  };
}

/** The client closed its connection before the request was read or answered. */
function clientGone(req: IncomingMessage, res: ServerResponse): boolean {
  return res.destroyed || (req.destroyed && !req.complete);
}

function wantsHtml(req: IncomingMessage): boolean {
  return (req.headers.accept ?? '').includes('text/html');
}

/** Any web page may call the API: credentials are bearer keys, never cookies, so CSRF gains nothing. */
function allowCrossOrigin(res: ServerResponse): void {
  res.setHeader('access-control-allow-origin', '*');
  res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
  res.setHeader('access-control-allow-headers', 'content-type, authorization, apollo-require-preflight');
  res.setHeader('access-control-max-age', '600');
}

/** Logs what clients only see as a code: failures of the server itself, with their internals. */
function errorLogPlugin(log: Logger): ApolloServerPlugin<ApiContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didEncounterErrors: ({ errors, operationName }) => {
          for (const error of errors) {
            const code = errorCode(error);
            if (code === 'INTERNAL_SERVER_ERROR') {
              log.error(
                { err: error.originalError ?? error, operationName, path: error.path },
                'GraphQL request failed',
              );
            } else if (code === 'TIMEOUT' || code === 'SERVICE_UNAVAILABLE') {
              log.warn({ err: error.originalError ?? error, operationName }, 'GraphQL request failed');
            }
          }
          return Promise.resolve();
        },
      }),
  };
}

const NO_IDE_PAGE = `<!doctype html>
<meta charset="utf-8"><title>newsgraph GraphQL API</title>
<h1>newsgraph GraphQL API</h1>
<p>This endpoint answers GraphQL over HTTP: <code>POST /graphql</code> with a JSON body
<code>{"query": "…"}</code>. The in-browser IDE is not installed in this server.</p>
`;
