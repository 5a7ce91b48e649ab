/** What Neo4j's errors mean, for the API (TIMEOUT) and the queue (worth another attempt). */

/**
 * Status codes of a transaction that ran out of its timeout, or was stopped for it while waiting
 * for a lock. Neo4j 5.26 reports the lock wait as a ClientError (not the TransientError older
 * servers sent), so the driver does not retry it by itself: the queue must know it.
 */
const TRANSACTION_TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.LockClientStopped',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

/** The status code of a driver error (`Neo.ClientError…`, `ServiceUnavailable`), else undefined. */
export function neo4jErrorCode(error: unknown): string | undefined {
  if (error instanceof Error && error.name === 'Neo4jError') {
    const code = (error as Error & { code?: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

export function isTransactionTimeout(error: unknown): boolean {
  const code = neo4jErrorCode(error);
  return code !== undefined && TRANSACTION_TIMEOUT_CODES.has(code);
}
