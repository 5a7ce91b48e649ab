import { setTimeout as sleep } from 'node:timers/promises';
import { describeError } from '../errors.js';
import type { GraphConnection } from '../graph/connection.js';
import {
  claimArticles,
  pendingWork,
  releaseClaims,
  renewClaims,
  type ClaimedArticle,
  type QueueScope,
} from '../queue/article-queue.js';
import {
  DEFAULT_MAX_ATTEMPTS,
  isRetriable,
  processClaimed,
  RETRY_BASE_DELAY_MS,
  RETRY_MAX_DELAY_MS,
  type ProcessResult,
} from '../queue/queue-processing.js';
import type { ArticleProcessor } from './process-article.js';
import { rehearseWriter } from './rehearse-writer.js';

export const DEFAULT_BATCH_SIZE = 20;
export const DEFAULT_CONCURRENCY = 4;
/**
 * A claim lasts this long unless renewed. The worker renews the claims of a batch it has not
 * started yet every third of it, and an article in progress needs no renewal: its transaction
 * times out at half the lease (transactionTimeoutMs). So the lease bounds how long a crashed
 * worker's claims wait, and half of it how long a stalled one holds the others back.
 */
export const DEFAULT_LEASE_MS = 30_000;
export const DEFAULT_POLL_INTERVAL_MS = 1_000;
/** Renew unstarted claims when this fraction of the lease has passed. */
const LEASE_RENEW_FRACTION = 1 / 3;
/** Shortest wait before claiming again when work is due but another worker just took it. */
const MIN_IDLE_WAIT_MS = 25;
/** Waits after the queue could not be reached (Neo4j down…): doubling from the first up to the cap. */
const ERROR_BASE_DELAY_MS = 500;
const ERROR_MAX_DELAY_MS = 30_000;

/** The subset of a pino logger the worker uses. */
export interface WorkerLog {
  debug(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface WorkerOptions {
  workerId: string;
  /** Articles claimed at once. */
  batchSize: number;
  leaseMs: number;
  /** Articles of a batch processed at the same time, each in its own transaction. */
  concurrency: number;
  /** Wait between claims while the queue is empty. */
  pollIntervalMs: number;
  maxAttempts: number;
  processor: ArticleProcessor;
  /** Aborting stops the worker: it finishes the articles in progress and releases the rest. */
  signal?: AbortSignal;
  log: WorkerLog;
  /** Backoff of retriable failures; defaults to RETRY_BASE_DELAY_MS and RETRY_MAX_DELAY_MS. */
  retryBaseDelayMs?: number;
  retryMaxDelayMs?: number;
  /** Only claim ids with this prefix (tests, partitioned runs). */
  scope?: QueueScope;
  /** Called after each article, e.g. for a progress bar. */
  onResult?: (result: ProcessResult) => void;
  /**
   * Rehearse the processor on an article of our own before the first claim, rolled back, so that
   * a fresh Neo4j has planned the writer's statements before a user's article arrives.
   */
  rehearse?: boolean;
}

export interface WorkerStats {
  claimed: number;
  done: number;
  retried: number;
  failed: number;
  lost: number;
  released: number;
}

/** The defaults of every option but the processor, the log and the worker id. */
export const WORKER_DEFAULTS = {
  batchSize: DEFAULT_BATCH_SIZE,
  concurrency: DEFAULT_CONCURRENCY,
  leaseMs: DEFAULT_LEASE_MS,
  pollIntervalMs: DEFAULT_POLL_INTERVAL_MS,
  maxAttempts: DEFAULT_MAX_ATTEMPTS,
} as const;

/**
 * Claims batches from the queue and processes them, each article in its own transaction, up to
 * `concurrency` at a time. `run()` goes on until the signal aborts (the `worker` command);
 * `runUntilIdle()` stops once no article is queued or processing (the in-process `ingest`).
 */
export class Worker {
  readonly #graph: GraphConnection;
  readonly #options: WorkerOptions;
  readonly #stats: WorkerStats = { claimed: 0, done: 0, retried: 0, failed: 0, lost: 0, released: 0 };
  #running = false;

  constructor(graph: GraphConnection, options: WorkerOptions) {
    for (const name of ['batchSize', 'concurrency', 'leaseMs', 'pollIntervalMs', 'maxAttempts'] as const) {
      if (!Number.isInteger(options[name]) || options[name] < 1) {
        throw new RangeError(`Worker option ${name} must be a positive whole number, got ${options[name]}`);
      }
    }
    this.#graph = graph;
    this.#options = options;
  }

  get stats(): Readonly<WorkerStats> {
    return { ...this.#stats };
  }

  run(): Promise<WorkerStats> {
    return this.#loop(false);
  }

  runUntilIdle(): Promise<WorkerStats> {
    return this.#loop(true);
  }

  #stopping(): boolean {
    return this.#options.signal?.aborted ?? false;
  }

  async #loop(untilIdle: boolean): Promise<WorkerStats> {
    if (this.#running) throw new Error(`worker ${this.#options.workerId} is already running`);
    this.#running = true;
    const { workerId, log } = this.#options;
    log.info({ workerId }, 'worker started');
    if (this.#options.rehearse) await this.#rehearse();
    let failuresInARow = 0;
    try {
      while (!this.#stopping()) {
        try {
          if (await this.#step(untilIdle)) break;
          failuresInARow = 0;
        } catch (error) {
          // Neo4j unreachable or a transient error: wait and go on; anything else is a bug to surface.
          if (!isRetriable(error)) throw error;
          failuresInARow++;
          const delayMs = Math.min(ERROR_MAX_DELAY_MS, ERROR_BASE_DELAY_MS * 2 ** (failuresInARow - 1));
          log.warn({ workerId, err: describeError(error), delayMs }, 'queue unavailable; trying again');
          await this.#wait(delayMs);
        }
      }
    } finally {
      this.#running = false;
    }
    log.info({ workerId, ...this.#stats, stopped: this.#stopping() }, 'worker finished');
    return this.stats;
  }

  /** A failed rehearsal costs only the warm plans: the worker goes on. */
  async #rehearse(): Promise<void> {
    const { workerId, log, processor } = this.#options;
    try {
      const ms = await rehearseWriter(this.#graph, processor);
      log.info({ workerId, ms: Math.round(ms) }, 'rehearsed the writer (rolled back)');
    } catch (error) {
      log.warn({ workerId, err: describeError(error) }, 'rehearsal of the writer failed; going on');
    }
  }

  /** One claim and its batch, or one idle wait; true when running until idle and nothing is left. */
  async #step(untilIdle: boolean): Promise<boolean> {
    const claims = await this.#claim();
    if (claims.length > 0) {
      await this.#processClaims(claims);
      return false;
    }
    const { pending, dueInMs } = await pendingWork(this.#graph, this.#options.scope);
    if (untilIdle && pending === 0) return true;
    const waitMs = dueInMs === null ? this.#options.pollIntervalMs : Math.max(MIN_IDLE_WAIT_MS, dueInMs);
    await this.#wait(Math.min(this.#options.pollIntervalMs, waitMs));
    return false;
  }

  async #claim(): Promise<ClaimedArticle[]> {
    const { workerId, batchSize, leaseMs, maxAttempts, scope } = this.#options;
    const claims = await claimArticles(this.#graph, {
      workerId,
      limit: batchSize,
      leaseMs,
      maxAttempts,
      ...scope,
    });
    this.#stats.claimed += claims.length;
    if (claims.length > 0) this.#options.log.debug({ workerId, count: claims.length }, 'claimed articles');
    return claims;
  }

  /** Sleeps, waking early when the worker is told to stop. */
  async #wait(ms: number): Promise<void> {
    try {
      await sleep(ms, undefined, { signal: this.#options.signal });
    } catch {
      // aborted: the loop sees it and stops
    }
  }

  /**
   * Processes `claims`, `concurrency` at a time, and claims the next batch while the last
   * articles of this one are still in progress, so that no runner waits for the slowest article
   * of a batch. Returns once a claim comes back empty (or fails) and every runner is done.
   */
  async #processClaims(claims: ClaimedArticle[]): Promise<void> {
    const { leaseMs, concurrency } = this.#options;
    const unstarted = [...claims];
    let claiming: Promise<void> | undefined;
    let exhausted = false;
    let claimError: Error | undefined;
    const refill = (): Promise<void> => {
      claiming ??= this.#claim()
        .then((more) => {
          unstarted.push(...more);
          if (more.length === 0) exhausted = true;
        })
        .catch((error: unknown) => {
          claimError = error instanceof Error ? error : new Error(String(error));
          exhausted = true;
        })
        .finally(() => (claiming = undefined));
      return claiming;
    };
    let renewing = false; // a slow renewal is not stacked with the next one
    const renewal = setInterval(
      () => {
        if (renewing || unstarted.length === 0) return;
        renewing = true;
        void this.#renew(unstarted).finally(() => (renewing = false));
      },
      Math.max(1, leaseMs * LEASE_RENEW_FRACTION),
    );
    const runner = async (): Promise<void> => {
      while (!this.#stopping()) {
        if (unstarted.length < concurrency && !exhausted) void refill();
        const next = unstarted.shift();
        if (next) {
          await this.#processOne(next);
        } else if (claiming) {
          await claiming;
        } else {
          return;
        }
      }
    };
    try {
      if (!this.#stopping()) await Promise.all(Array.from({ length: concurrency }, runner));
    } finally {
      clearInterval(renewal);
      await claiming; // claims still arriving are released with the rest
      if (unstarted.length > 0) await this.#release(unstarted.splice(0));
    }
    if (claimError !== undefined) throw claimError;
  }

  async #processOne(claimed: ClaimedArticle): Promise<void> {
    const { workerId, log, processor, maxAttempts, onResult } = this.#options;
    const policy = {
      maxAttempts,
      baseDelayMs: this.#options.retryBaseDelayMs ?? RETRY_BASE_DELAY_MS,
      maxDelayMs: this.#options.retryMaxDelayMs ?? RETRY_MAX_DELAY_MS,
    };
    let result: ProcessResult;
    try {
      result = await processClaimed(this.#graph, claimed, processor, policy);
    } catch (error) {
      // Recording the outcome failed (Neo4j went away): the claim stays and expires, and the
      // article is retried by whichever worker claims it then.
      log.error({ workerId, articleId: claimed.id, err: describeError(error) }, 'could not record the outcome');
      return;
    }
    const fields = { workerId, articleId: claimed.id, attempts: result.attempts };
    switch (result.outcome) {
      case 'done':
        this.#stats.done++;
        log.info(fields, 'article done');
        break;
      case 'retry':
        this.#stats.retried++;
        log.warn({ ...fields, err: result.error, retryInMs: result.retryInMs }, 'article failed; will retry');
        break;
      case 'failed':
        this.#stats.failed++;
        log.warn({ ...fields, err: result.error }, 'article failed');
        break;
      case 'lost':
        this.#stats.lost++;
        log.warn(fields, 'claim lost to another worker or a re-submission; nothing written');
        break;
    }
    onResult?.(result);
  }

  async #renew(unstarted: readonly ClaimedArticle[]): Promise<void> {
    const { workerId, leaseMs, log } = this.#options;
    try {
      await renewClaims(this.#graph, [...unstarted], leaseMs);
    } catch (error) {
      log.warn({ workerId, err: describeError(error) }, 'could not renew claims');
    }
  }

  async #release(claims: ClaimedArticle[]): Promise<void> {
    const { workerId, log } = this.#options;
    try {
      const released = await releaseClaims(this.#graph, claims);
      this.#stats.released += released.length;
      log.info({ workerId, count: released.length }, 'released unstarted claims');
    } catch (error) {
      log.warn({ workerId, err: describeError(error) }, 'could not release claims; they expire with their lease');
    }
  }
}
