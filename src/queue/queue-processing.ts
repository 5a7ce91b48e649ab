/**
 * Processing one claimed article: everything it changes in the graph happens in ONE write
 * transaction (the injected processor's writes, then the claim check and status done), so a
 * crash or an error at any point leaves nothing half-written; failures are then recorded in a
 * second, small transaction that either schedules a retry with backoff or ends the article as
 * failed.
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { describeError, isNewsgraphError, NewsgraphError } from '../errors.js';
import type { GraphConnection } from '../graph/connection.js';
import { cypher } from '../graph/cypher-registry.js';
import { isTransactionTimeout } from '../graph/neo4j-errors.js';
import { transactionTimeoutMs, withinLease, type ClaimedArticle } from './article-queue.js';

/** Delay before the first retry; each further retry doubles it… */
export const RETRY_BASE_DELAY_MS = 2_000;
/** …up to this cap. */
export const RETRY_MAX_DELAY_MS = 5 * 60_000;
/** Claims an article may use before a retriable error ends it as failed. */
export const DEFAULT_MAX_ATTEMPTS = 5;
/** Longest error message kept on an article. */
const MAX_ERROR_CHARS = 2_000;

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: DEFAULT_MAX_ATTEMPTS,
  baseDelayMs: RETRY_BASE_DELAY_MS,
  maxDelayMs: RETRY_MAX_DELAY_MS,
};

/**
 * A processor returns 'completed' when its own last statement already proved the claim and
 * marked the article done (writeArticleContributions with `claimToken` does), which saves the
 * transaction a statement; otherwise processClaimed does both after it.
 */
export type ProcessorOutcome = 'completed' | undefined;

/** The work done for one article inside its transaction (see src/ingest/process-article.ts). */
export type ClaimProcessor = (tx: ManagedTransaction, article: ClaimedArticle) => Promise<ProcessorOutcome | void>;

export type ProcessResult =
  | { id: string; outcome: 'done'; attempts: number }
  | { id: string; outcome: 'retry'; attempts: number; error: string; retryInMs: number }
  | { id: string; outcome: 'failed'; attempts: number; error: string }
  /** The claim expired and another worker took the article over (or it was re-submitted): nothing written. */
  | { id: string; outcome: 'lost'; attempts: number };

/** Exponential backoff after the n-th failed attempt (n ≥ 1), capped. */
export function retryDelayMs(attempts: number, policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>): number {
  const exponent = Math.max(0, attempts - 1);
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** exponent);
}

/**
 * Worth trying again unchanged: our own retriable errors, the driver's transient ones, and a
 * transaction that ran out of time (most often because another one held its locks).
 * (isRetryableError, not its deprecated twin isRetriableError, which throws in driver 6: unbound `this`.)
 */
export function isRetriable(error: unknown): boolean {
  if (isNewsgraphError(error)) return error.retriable;
  return error instanceof Error && (neo4j.isRetryableError(error) || isTransactionTimeout(error));
}

/**
 * Runs `processor` for a claimed article in one write transaction that ends by proving, under
 * the article's write lock, that the claim is still ours and marking the article done; a claim
 * lost meanwhile (expired and taken over, or the article re-submitted) rolls everything back.
 * The driver may run the transaction function again on transient errors (deadlocks), so the
 * processor must only write through `tx`.
 */
export async function processClaimed(
  graph: GraphConnection,
  claimed: ClaimedArticle,
  processor: ClaimProcessor,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): Promise<ProcessResult> {
  const { id, claimToken, attempts } = claimed;
  const session = graph.driver.session({ database: graph.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.executeWrite(
      async (tx) => {
        if ((await processor(tx, claimed)) !== 'completed') await completeClaim(tx);
      },
      { timeout: transactionTimeoutMs(claimed.leaseMs) },
    );
    return { id, outcome: 'done', attempts };
  } catch (error) {
    if (isNewsgraphError(error, 'QUEUE_CLAIM_LOST')) return { id, outcome: 'lost', attempts };
    return await recordFailure(graph, claimed, error, policy);
  } finally {
    await session.close();
  }

  async function completeClaim(tx: ManagedTransaction): Promise<void> {
    const { records } = await tx.run(cypher().get('queue/complete-article'), { id, claimToken });
    if (records.length === 0) {
      throw new NewsgraphError(
        'QUEUE_CLAIM_LOST',
        `article ${id} is no longer claimed by ${claimed.claimedBy} (its claim expired or it was re-submitted)`,
      );
    }
  }
}

async function recordFailure(
  graph: GraphConnection,
  claimed: ClaimedArticle,
  error: unknown,
  policy: RetryPolicy,
): Promise<ProcessResult> {
  const { id, attempts } = claimed;
  const message = describeError(error).slice(0, MAX_ERROR_CHARS);
  const retry = isRetriable(error) && attempts < policy.maxAttempts;
  const delayMs = retry ? retryDelayMs(attempts, policy) : 0;
  const kept = retry ? message : finalMessage(message, attempts, isRetriable(error));
  const { records } = await graph.driver.executeQuery(
    cypher().get('queue/record-failure'),
    { id, claimToken: claimed.claimToken, error: kept, retry, delayMs: neo4j.int(delayMs) },
    withinLease(graph, claimed.leaseMs),
  );
  if (records.length === 0) return { id, outcome: 'lost', attempts };
  return retry
    ? { id, outcome: 'retry', attempts, error: message, retryInMs: delayMs }
    : { id, outcome: 'failed', attempts, error: kept };
}

function finalMessage(message: string, attempts: number, retriable: boolean): string {
  return retriable ? `${message} (gave up after ${attempts} attempts)` : message;
}
