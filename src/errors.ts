/**
 * Every error newsgraph raises on purpose is a NewsgraphError with a code from one union,
 * so the CLI, the worker and the API can decide what to print, retry or send to clients
 * without parsing messages.
 */

export type ErrorCode =
  | 'CONFIG_INVALID'
  | 'JAVA_MISSING'
  | 'MAVEN_MISSING'
  | 'NEO4J_FETCH_FAILED'
  | 'NEO4J_PORT_IN_USE'
  | 'NEO4J_EXITED'
  | 'NEO4J_START_TIMEOUT'
  | 'NEO4J_STOP_FAILED'
  | 'NEO4J_UNAVAILABLE'
  | 'CYPHER_UNKNOWN'
  | 'INVALID_DOCUMENT'
  | 'INPUT_INVALID'
  | 'QUEUE_CLAIM_LOST'
  | 'USAGE';

export class NewsgraphError extends Error {
  override readonly name = 'NewsgraphError';
  readonly code: ErrorCode;
  /** True when the same operation may succeed if tried again unchanged. */
  readonly retriable: boolean;

  constructor(code: ErrorCode, message: string, options: { retriable?: boolean; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.retriable = options.retriable ?? false;
  }
}

export function isNewsgraphError(value: unknown, code?: ErrorCode): value is NewsgraphError {
  return value instanceof NewsgraphError && (code === undefined || value.code === code);
}

/** A readable one-line description of any thrown value, for logs and CLI output. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
