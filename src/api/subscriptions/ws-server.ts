/**
 * GraphQL subscriptions over WebSocket (graphql-ws, the `graphql-transport-ws` protocol) on the
 * API's own port and path. Each subscription passes what a query passes over HTTP: the API key
 * when reads need it (connection_init payload `{authorization: "Bearer …"}`, or the upgrade
 * request's header), parsing with a token limit, validation, and the depth and cost limits; on
 * top, at most `maxConnections` sockets and `maxPerConnection` subscriptions on each.
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ApolloServerPlugin } from '@apollo/server';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer, type WebSocket } from 'ws';
import { wsConnections } from '../../metrics/registry.js';
import { credentialOf, type AuthPolicy, type Credential } from '../auth.js';
import type { ApiContext } from '../context.js';
import { apiError, type ApiErrorCode } from '../errors.js';
import {
  getOperationAST,
  GraphQLError,
  OperationTypeNode,
  parse,
  validate,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from '../graphql.js';
import { assertWithinLimits, type QueryLimits } from '../limits.js';
import { subscribeWithPollReads } from './execute.js';

/** Largest message a client may send: a subscription document, not an article. */
const MAX_MESSAGE_BYTES = 64 * 1024;
/** Sockets that have not answered a ping by the next one are closed (clients that vanished). */
const HEARTBEAT_MS = 30_000;

export interface SubscriptionLimits extends QueryLimits {
  maxConnections: number;
  maxPerConnection: number;
  maxQueryTokens: number;
}

export interface SubscriptionServerOptions {
  http: Server;
  path: string;
  schema: GraphQLSchema;
  auth: AuthPolicy;
  limits: SubscriptionLimits;
  /** The context of one subscription, for a connection with this credential. */
  context: (credential: Credential) => ApiContext;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  log?: Pick<Logger, 'warn'>;
}

export interface SubscriptionServer {
  /** Closes every socket (1001 Going Away) and stops accepting. */
  close(): Promise<void>;
}

export function attachSubscriptions(options: SubscriptionServerOptions): SubscriptionServer {
  const { http, path, schema, auth, limits } = options;
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  const credentials = new WeakMap<object, Credential>();
  const alive = new WeakSet<WebSocket>();

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== path) return refuse(socket, 404, 'Not Found');
    if (wss.clients.size >= limits.maxConnections) return refuse(socket, 503, 'Service Unavailable');
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  };
  http.on('upgrade', onUpgrade);
  wss.on('connection', (ws) => {
    wsConnections.inc();
    alive.add(ws);
    ws.on('pong', () => alive.add(ws));
    ws.once('close', () => wsConnections.dec());
  });
  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.delete(ws)) ws.terminate();
      else ws.ping();
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();

  const format = (error: GraphQLError): GraphQLFormattedError => {
    // graphql-ws wraps an error thrown by the event stream; its cause carries the code.
    const cause = error.extensions.code === undefined ? (error.originalError ?? error) : error;
    return options.formatError(error.toJSON(), cause);
  };

  const server = useServer(
    {
      schema,
      onConnect: (ctx) => {
        const params = ctx.connectionParams ?? {};
        const given = params.authorization ?? params.Authorization ?? ctx.extra.request.headers.authorization;
        const credential = credentialOf(
          new Map([['authorization', typeof given === 'string' ? given : '']]),
          auth.apiKey,
        );
        // false closes the socket with 4403 Forbidden, as graphql-ws clients expect.
        if (auth.readsNeedKey && credential !== 'valid') return false;
        credentials.set(ctx.extra, credential);
        return true;
      },
      onSubscribe: (ctx, _id, payload) => {
        // graphql-ws has already entered this subscription in ctx.subscriptions.
        if (Object.keys(ctx.subscriptions).length > limits.maxPerConnection) {
          return [
            apiError(
              'TOO_MANY_SUBSCRIPTIONS',
              `At most ${limits.maxPerConnection} subscriptions per connection; complete one first.`,
            ),
          ];
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: limits.maxQueryTokens });
        } catch (error) {
          return [withCode(error as GraphQLError, 'GRAPHQL_PARSE_FAILED')];
        }
        const invalid = validate(schema, document);
        if (invalid.length > 0) return invalid.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED'));
        if (getOperationAST(document, payload.operationName)?.operation !== OperationTypeNode.SUBSCRIPTION) {
          return [
            apiError(
              'BAD_REQUEST',
              'Over WebSocket this API takes subscriptions only; send queries and mutations over HTTP.',
            ),
          ];
        }
        const variables = payload.variables ?? {};
        try {
          assertWithinLimits(limits, schema, document, variables, payload.operationName);
        } catch (error) {
          return [error as GraphQLError];
        }
        return {
          schema,
          document,
          variableValues: variables,
          operationName: payload.operationName ?? null,
          contextValue: options.context(credentials.get(ctx.extra) ?? 'none'),
        };
      },
      subscribe: subscribeWithPollReads,
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map(format) } : undefined,
      onError: (_ctx, _id, _payload, errors) => errors.map(format),
    },
    wss,
  );

  return {
    async close() {
      clearInterval(heartbeat);
      http.off('upgrade', onUpgrade);
      await server.dispose();
    },
  };
}

/** Apollo plugin: a subscription sent over HTTP is refused with a pointer to the WebSocket. */
export function subscriptionsOverHttpRefused<C extends object>(): ApolloServerPlugin<C> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation({ operation }) {
          if (operation?.operation === OperationTypeNode.SUBSCRIPTION) {
            throw apiError(
              'BAD_REQUEST',
              'Subscriptions need a WebSocket: connect to this URL with ws:// (graphql-transport-ws).',
              {},
              400,
            );
          }
          return Promise.resolve();
        },
      }),
  };
}

function refuse(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
}

function withCode(error: GraphQLError, code: ApiErrorCode): GraphQLError {
  return new GraphQLError(error.message, {
    ...(error.nodes ? { nodes: error.nodes } : {}),
    ...(error.source ? { source: error.source } : {}),
    ...(error.positions ? { positions: error.positions } : {}),
    extensions: { code },
  });
}
