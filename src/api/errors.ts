/**
 * The API's error codes (`extensions.code`), the one way resolvers raise them, and the one
 * formatError that every error passes through on its way to a client.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import { isNewsgraphError, type ErrorCode } from '../errors.js';
import { isTransactionTimeout, neo4jErrorCode } from '../graph/neo4j-errors.js';
import { GraphQLError, type GraphQLFormattedError } from './graphql.js';

/** Every `extensions.code` the API sends; Apollo's request-level codes pass through as they are. */
export const API_ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COSTLY',
  'TIMEOUT',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
  // Subscriptions (WebSocket) only:
  'TOO_MANY_SUBSCRIPTIONS',
  'SUBSCRIBER_TOO_SLOW',
  // Raised by Apollo Server itself before execution:
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/**
 * An error meant for the client: its message and code are shown as they are, in production too.
 * `httpStatus` only for errors raised before execution (auth, limits); during execution the
 * response stays 200 with the error beside whatever data resolved, as GraphQL over HTTP wants.
 */
export function apiError(
  code: ApiErrorCode,
  message: string,
  extra: Record<string, unknown> = {},
  httpStatus?: number,
): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code, ...extra, ...(httpStatus === undefined ? {} : { http: { status: httpStatus } }) },
  });
}

export const badInput = (message: string, extra?: Record<string, unknown>): GraphQLError =>
  apiError('BAD_USER_INPUT', message, extra);

export const notFound = (message: string): GraphQLError => apiError('NOT_FOUND', message);

/** Codes of NewsgraphErrors (raised by the graph and ingestion layers) as API codes. */
const NEWSGRAPH_CODES: Partial<Record<ErrorCode, ApiErrorCode>> = {
  INPUT_INVALID: 'BAD_USER_INPUT',
  INVALID_DOCUMENT: 'BAD_USER_INPUT',
  NEO4J_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
};

const NEO4J_UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);
/** The pool gives up waiting for a connection (API_NEO4J_TIMEOUT_MS) with an error that has no code. */
const ACQUISITION_TIMED_OUT = /^Connection acquisition timed out/;

const API_CODES = new Set<string>(API_ERROR_CODES);

/** Messages clients see in production for errors whose own message may reveal internals. */
const PUBLIC_MESSAGES: Partial<Record<ApiErrorCode, string>> = {
  TIMEOUT: 'The query took too long and was stopped. Ask for less (smaller `first`, fewer nested lists).',
  SERVICE_UNAVAILABLE: 'The graph database is unavailable. Try again later.',
  INTERNAL_SERVER_ERROR: 'Internal server error.',
};

export interface FormatOptions {
  /** Production hides internals: stack traces, database messages, unexpected errors' messages. */
  production: boolean;
}

/**
 * Apollo's formatError: gives every error one of API_ERROR_CODES and, in production, a message
 * that reveals nothing of the server (no stack, no Cypher, no Neo4j message). Never throws.
 */
export function createFormatError(
  options: FormatOptions,
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    try {
      return formatOne(formatted, error, options);
    } catch {
      return { message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
  };
}

function formatOne(formatted: GraphQLFormattedError, error: unknown, options: FormatOptions): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const given = formatted.extensions?.code;
  const code = classify(original, typeof given === 'string' ? given : undefined);
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  const hide = options.production || code === 'TIMEOUT' || code === 'SERVICE_UNAVAILABLE';
  const publicMessage = PUBLIC_MESSAGES[code];
  const message = hide && publicMessage !== undefined ? publicMessage : formatted.message;
  const result: GraphQLFormattedError = {
    message,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: {
      ...(options.production ? publicExtensions(extensions) : extensions),
      code,
      // Development keeps the stack for whoever debugs the server.
      ...(!options.production && _stacktrace !== undefined ? { stacktrace: _stacktrace } : {}),
    },
  };
  return result;
}

/** The code an error gets (the one formatError sends), from the error as resolvers or Apollo raised it. */
export function errorCode(error: unknown): ApiErrorCode {
  const original = unwrapResolverError(error);
  const given = original instanceof GraphQLError ? original.extensions.code : undefined;
  return classify(original, typeof given === 'string' ? given : undefined);
}

/** The code an error gets: ours when it has one, else what its cause says it is. */
function classify(original: unknown, given: string | undefined): ApiErrorCode {
  if (original instanceof GraphQLError) {
    const own = original.extensions.code;
    if (typeof own === 'string' && API_CODES.has(own)) return own as ApiErrorCode;
  }
  if (isNewsgraphError(original)) return NEWSGRAPH_CODES[original.code] ?? 'INTERNAL_SERVER_ERROR';
  const neo4jCode = neo4jErrorCode(original);
  if (neo4jCode !== undefined) {
    // A read's transaction timeout is API_QUERY_TIMEOUT_MS.
    if (isTransactionTimeout(original)) return 'TIMEOUT';
    if (NEO4J_UNAVAILABLE_CODES.has(neo4jCode) || ACQUISITION_TIMED_OUT.test((original as Error).message)) {
      return 'SERVICE_UNAVAILABLE';
    }
    return 'INTERNAL_SERVER_ERROR';
  }
  if (given !== undefined && API_CODES.has(given)) return given as ApiErrorCode;
  return 'INTERNAL_SERVER_ERROR';
}

/** Extensions a production client may see: none that could carry internals. */
function publicExtensions(extensions: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const name of ['maxDepth', 'depth', 'maxCost', 'cost', 'maxStatements', 'maxPageSize', 'argument']) {
    if (name in extensions) kept[name] = extensions[name];
  }
  return kept;
}
