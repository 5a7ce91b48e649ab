/**
 * The change feed behind subscriptions: while anyone in this API process subscribes, one read
 * of the graph per interval (src/graph/change-feed.ts) finds the reports and article ingests
 * written since the last read, whichever process or machine wrote them, and hands each new one
 * to the subscribers whose filter takes it. Neo4j Community has no change data capture, so the
 * graph's own timestamps and indexes are the log; ./feed-window.ts keeps the cursor.
 *
 * Expected delay from a writer's commit to a subscriber: up to one interval, plus the read and
 * the subscriber's own query (FEED_POLL_INTERVAL_MS, 500 ms by default: under a second).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import { describeError } from '../../errors.js';
import type { ArticleChange, GraphChanges, ReportChange } from '../../graph/change-feed.js';
import {
  feedDelaySeconds,
  feedPolls,
  feedPollSeconds,
  subscriptionDeliveries,
  subscriptionsActive,
} from '../../metrics/registry.js';
import { apiError } from '../errors.js';
import { FeedWindow } from './feed-window.js';
import { PushIterator } from './push-iterator.js';

/** A change as a subscriber receives it, with what its resolvers read through. */
export interface FeedItem<C, R> {
  change: C;
  /** Reads shared by every subscriber of one poll's changes, so N subscribers cost one batch. */
  reads: () => R;
}

export interface ChangeFeedOptions<R> {
  pollIntervalMs: number;
  /** How far back each read reaches before the last one (see FeedWindow). */
  overlapMs: number;
  read: (sinceMs: number | null) => Promise<GraphChanges>;
  /** A fresh set of reads (db and DataLoaders) for the changes of one poll. */
  newReads: () => R;
  /** Changes a subscriber may leave unread before it is ended as too slow. */
  maxBuffered?: number;
  log?: Pick<Logger, 'warn'>;
}

const DEFAULT_MAX_BUFFERED = 10_000;
/** After a failed read, the next waits this long at most. */
const MAX_ERROR_DELAY_MS = 10_000;

type Field = 'eventAdded' | 'articleIngested';
interface Listener<R> {
  field: Field;
  takes: (change: ReportChange | ArticleChange) => boolean;
  iterator: PushIterator<FeedItem<never, R>>;
}

export class ChangeFeed<R> {
  readonly #options: ChangeFeedOptions<R>;
  readonly #window: FeedWindow;
  readonly #listeners = new Set<Listener<R>>();
  /** The running poll loop, and the first read of it: subscribers wait for it. */
  #loop: { stop: AbortController; primed: Promise<void> } | undefined;
  #closed = false;

  constructor(options: ChangeFeedOptions<R>) {
    this.#options = options;
    this.#window = new FeedWindow(options.overlapMs);
  }

  /** Reports written from now on that `takes` accepts; resolves once the feed reads. */
  reports(takes: (report: ReportChange) => boolean): Promise<AsyncIterableIterator<FeedItem<ReportChange, R>>> {
    return this.#subscribe('eventAdded', takes as Listener<R>['takes']);
  }

  /** Articles whose facts are written from now on. */
  articles(): Promise<AsyncIterableIterator<FeedItem<ArticleChange, R>>> {
    return this.#subscribe('articleIngested', () => true);
  }

  get subscriberCount(): number {
    return this.#listeners.size;
  }

  /** Ends every subscription and stops reading. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const listener of [...this.#listeners]) await listener.iterator.return();
    this.#loop?.stop.abort();
  }

  async #subscribe<C>(field: Field, takes: Listener<R>['takes']): Promise<AsyncIterableIterator<FeedItem<C, R>>> {
    if (this.#closed) throw apiError('SERVICE_UNAVAILABLE', 'The server is shutting down.');
    let counted = false;
    const listener: Listener<R> = {
      field,
      takes,
      iterator: new PushIterator(
        () => {
          this.#listeners.delete(listener);
          if (counted) subscriptionsActive.dec({ field });
        },
        this.#options.maxBuffered ?? DEFAULT_MAX_BUFFERED,
        () =>
          apiError(
            'SUBSCRIBER_TOO_SLOW',
            `More than ${this.#options.maxBuffered ?? DEFAULT_MAX_BUFFERED} changes waited for this subscriber; subscribe again.`,
          ),
      ),
    };
    this.#listeners.add(listener);
    this.#loop ??= this.#start();
    try {
      await this.#loop.primed;
    } catch (error) {
      await listener.iterator.return();
      throw error;
    }
    // Counted once the feed has read: a change committed from here on reaches this subscriber,
    // while one committed before the first read is taken as already there (a client that waits
    // for this gauge before writing cannot lose its write to that first read).
    if (this.#listeners.has(listener)) {
      counted = true;
      subscriptionsActive.inc({ field });
    }
    return listener.iterator;
  }

  /** Polls while anyone listens; the first read (which only primes the window) settles `primed`. */
  #start(): { stop: AbortController; primed: Promise<void> } {
    const stop = new AbortController();
    let primedOk!: () => void;
    let primedFailed!: (error: unknown) => void;
    const primed = new Promise<void>((resolve, reject) => {
      primedOk = resolve;
      primedFailed = reject;
    });
    const loop = async (): Promise<void> => {
      let failures = 0;
      let priming = true;
      while (this.#listeners.size > 0 && !stop.signal.aborted) {
        try {
          this.#deliver(await this.#poll());
          failures = 0;
          if (priming) primedOk();
          priming = false;
        } catch (error) {
          failures++;
          this.#options.log?.warn({ err: describeError(error), failures }, 'change feed: read failed; retrying');
          if (priming) {
            primedFailed(error);
            break;
          }
        }
        const delayMs = Math.min(MAX_ERROR_DELAY_MS, this.#options.pollIntervalMs * 2 ** failures);
        await sleep(delayMs, undefined, { signal: stop.signal }).catch(() => undefined);
      }
      // Nobody listens (or the first read failed): the next subscriber starts afresh.
      this.#window.reset();
      this.#loop = undefined;
    };
    void loop();
    return { stop, primed };
  }

  async #poll(): Promise<Array<ReportChange | ArticleChange>> {
    const timer = feedPollSeconds.startTimer();
    try {
      const changes = await this.#options.read(this.#window.sinceMs());
      feedPolls.inc({ outcome: 'ok' });
      // A report is identified by its article, event and stamp: a revised article's new report is new.
      const stamped = [
        ...changes.reports.map((change) => ({
          id: `report\n${change.articleId}\n${change.eventKey}\n${change.atMs}`,
          atMs: change.atMs,
          change,
        })),
        ...changes.articles.map((change) => ({
          id: `article\n${change.id}\n${change.atMs}`,
          atMs: change.atMs,
          change,
        })),
      ];
      const fresh = this.#window.accept(changes.nowMs, stamped);
      for (const { atMs } of fresh) feedDelaySeconds.observe(Math.max(0, changes.nowMs - atMs) / 1000);
      return fresh.map(({ change }) => change);
    } catch (error) {
      feedPolls.inc({ outcome: 'error' });
      throw error;
    } finally {
      timer();
    }
  }

  #deliver(changes: Array<ReportChange | ArticleChange>): void {
    if (changes.length === 0) return;
    let shared: R | undefined;
    const reads = (): R => (shared ??= this.#options.newReads());
    for (const change of changes) {
      const field: Field = 'eventKey' in change ? 'eventAdded' : 'articleIngested';
      for (const listener of this.#listeners) {
        if (listener.field !== field || !listener.takes(change)) continue;
        listener.iterator.push({ change, reads } as FeedItem<never, R>);
        subscriptionDeliveries.inc({ field });
      }
    }
  }
}
