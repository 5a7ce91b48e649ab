import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { NewsgraphError } from '../../src/errors.js';
import {
  isRetriable,
  RETRY_BASE_DELAY_MS,
  RETRY_MAX_DELAY_MS,
  retryDelayMs,
} from '../../src/queue/queue-processing.js';

describe('retry backoff', () => {
  it('doubles from the base delay after each attempt, up to the cap', () => {
    const policy = { baseDelayMs: RETRY_BASE_DELAY_MS, maxDelayMs: RETRY_MAX_DELAY_MS };
    expect([1, 2, 3, 4, 5].map((attempt) => retryDelayMs(attempt, policy))).toEqual([
      2_000, 4_000, 8_000, 16_000, 32_000,
    ]);
    expect(retryDelayMs(20, policy)).toBe(RETRY_MAX_DELAY_MS);
  });

  it('retries our retriable errors and the driver’s transient ones, nothing else', () => {
    expect(isRetriable(new NewsgraphError('NEO4J_UNAVAILABLE', 'down', { retriable: true }))).toBe(true);
    expect(isRetriable(new NewsgraphError('INPUT_INVALID', 'bad'))).toBe(false);
    expect(
      isRetriable(new Neo4jError('deadlock', 'Neo.TransientError.Transaction.DeadlockDetected', '50N42', 'x')),
    ).toBe(true);
    expect(isRetriable(new Neo4jError('bad', 'Neo.ClientError.Statement.SyntaxError', '42001', 'x'))).toBe(false);
    expect(isRetriable(new Error('plain'))).toBe(false);
    expect(isRetriable('a string')).toBe(false);
  });
});
