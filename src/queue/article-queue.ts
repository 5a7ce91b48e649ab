/**
 * The durable ingestion queue, kept in Neo4j on the Article nodes themselves. Transitions:
 *
 *   enqueue, new id                        (none)     → queued
 *   enqueue, changed text                  any        → queued      attempts reset
 *   enqueue, same text                     failed     → queued      attempts reset; otherwise unchanged
 *   claim, nextAttemptAt passed            queued     → processing  new claimToken, leaseUntil, attempts + 1
 *   claim, lease expired (worker died)     processing → processing  taken over with a new claimToken
 *   lease expired, attempts used up        processing → failed
 *   processed: the processor's writes and
 *     the status in ONE transaction        processing → done
 *   retriable error, attempts left         processing → queued      nextAttemptAt = now + backoff
 *   other error, or the last attempt       processing → failed      lastError kept
 *   release (a stopping worker)            processing → queued      attempts − 1
 *   rejected input (not an article)        (none)     → failed      rejected: true
 *
 * Every transition that depends on the current state takes the article's write lock first and
 * checks the state after it (see cypher/queue/claim-articles.cypher), and every transition of a
 * worker also checks its random claimToken, so a worker whose claim expired and was taken over can
 * no longer change the article. Every transaction of a worker has a timeout shorter than its
 * lease (transactionTimeoutMs), so a worker that stalls inside one cannot hold its locks, and
 * with them the other workers, for longer than that.
 */
import neo4j from 'neo4j-driver';
import type { ArticleInput } from '../contracts/article-input.js';
import { textHash } from '../contracts/article-id.js';
import type { GraphConnection } from '../graph/connection.js';
import { cypher } from '../graph/cypher-registry.js';

export const ARTICLE_STATUSES = ['queued', 'processing', 'done', 'failed'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

/** At most this many articles per enqueue statement… */
export const ENQUEUE_BATCH_MAX_ARTICLES = 500;
/** …and at most this much text, so a batch of long articles stays a modest transaction. */
export const ENQUEUE_BATCH_MAX_TEXT_BYTES = 8 * 1024 * 1024;
/** A claim reads this many candidates per article it wants, so that concurrent workers spread out. */
export const CLAIM_CANDIDATES_PER_ARTICLE = 3;
/** Ids per statement when reading the states of many articles. */
const STATE_LOOKUP_BATCH_IDS = 1000;
/** The least time a worker's transaction is given, however short its lease (tests use tiny ones). */
export const MIN_TRANSACTION_TIMEOUT_MS = 5_000;

/**
 * The timeout of a worker's transactions: half its lease. Neo4j ends a transaction whose worker
 * stalled (SIGSTOP, a long pause, a frozen VM) by then and frees the locks it held, and an
 * article's transaction ends before its claim's lease does: unstarted claims are renewed every
 * third of the lease, so an article starts with two thirds of it left.
 */
export function transactionTimeoutMs(leaseMs: number): number {
  return Math.max(MIN_TRANSACTION_TIMEOUT_MS, Math.floor(leaseMs / 2));
}

/** An article to enqueue; `source` says where it came from (`file.jsonl:17`), for error reports. */
export type EnqueueInput = ArticleInput & { source?: string | null };

export type EnqueueOutcome = 'queued' | 'unchanged' | 'requeued';

export interface EnqueueResult {
  id: string;
  outcome: EnqueueOutcome;
  /** The status after enqueueing: queued, or for an unchanged article done, queued or processing. */
  status: ArticleStatus;
}

export interface RejectedInput {
  id: string;
  /** Where the input came from, e.g. `news.jsonl:17` or `photo.jpg`. */
  source: string;
  error: string;
  /** The start of the rejected input, when it is text, to help find it. */
  excerpt?: string | null;
}

/** What a worker holds after claiming an article; the processor receives it. */
export interface ClaimedArticle extends ArticleInput {
  textHash: string;
  /** textHash of the text last ingested successfully; null if never: differs from textHash on a revision. */
  ingestedTextHash: string | null;
  /** How many times the article has been claimed, this claim included. */
  attempts: number;
  /** Random per claim: proves at commit time that the claim was not taken over meanwhile. */
  claimToken: string;
  claimedBy: string;
  /** The lease it was claimed with, which bounds its transactions (transactionTimeoutMs). */
  leaseMs: number;
}

/** Restricts what a worker claims and waits for; omit for the whole queue. */
export interface QueueScope {
  /** Only ids starting with this prefix (tests, partitioned runs). */
  idPrefix?: string;
  /** Only articles queued by this ingest run (see enqueueArticles), so `ingest` processes its own. */
  ingestRun?: string;
}

function scopeParams(scope: QueueScope): { idPrefix: string | null; ingestRun: string | null } {
  return { idPrefix: scope.idPrefix ?? null, ingestRun: scope.ingestRun ?? null };
}

export interface ClaimOptions extends QueueScope {
  workerId: string;
  limit: number;
  /** How long the claim holds before another worker may take the article over. */
  leaseMs: number;
  /** Expired claims of articles claimed this often are failed instead of claimed again. */
  maxAttempts: number;
}

export interface FailedArticle {
  id: string;
  title: string | null;
  source: string | null;
  error: string | null;
  attempts: number;
  /** True for inputs that were not articles at all (bad JSON line, binary file). */
  rejected: boolean;
  failedAt: string | null;
}

export interface ArticleState {
  id: string;
  status: ArticleStatus | null;
  error: string | null;
  source: string | null;
  attempts: number;
}

type ClaimRef = Pick<ClaimedArticle, 'id' | 'claimToken' | 'leaseMs'>;

/** Options of a worker's statement: its transaction times out within the lease. */
export function withinLease(graph: GraphConnection, leaseMs: number) {
  return { database: graph.database, transactionConfig: { timeout: transactionTimeoutMs(leaseMs) } };
}

/**
 * Puts articles on the queue, one UNWIND statement (and transaction) per batch, and says per
 * input whether it was queued, requeued (changed text, or failed before) or unchanged.
 * `ingestRun` tags the articles it (re)queues, for a worker scoped to that run.
 */
export async function enqueueArticles(
  graph: GraphConnection,
  inputs: readonly EnqueueInput[],
  options: { ingestRun?: string } = {},
): Promise<EnqueueResult[]> {
  const byId = new Map<string, EnqueueResult>();
  for (const batch of enqueueBatches(inputs)) {
    const { records } = await graph.driver.executeQuery(
      cypher().get('queue/enqueue-articles'),
      { articles: batch, ingestRun: options.ingestRun ?? null },
      { database: graph.database },
    );
    for (const record of records) {
      const id = record.get('id') as string;
      byId.set(id, {
        id,
        outcome: record.get('outcome') as EnqueueOutcome,
        status: record.get('status') as ArticleStatus,
      });
    }
  }
  return inputs.map((input) => byId.get(input.id) ?? failMissing(input.id));
}

function failMissing(id: string): never {
  throw new Error(`enqueue returned no row for article ${id}`);
}

interface EnqueueRow extends ArticleInput {
  textHash: string;
  source: string | null;
}

/** Splits inputs into batches by count and text size; an id repeated inside a batch keeps its last text. */
function* enqueueBatches(inputs: readonly EnqueueInput[]): Generator<EnqueueRow[]> {
  let batch = new Map<string, EnqueueRow>();
  let bytes = 0;
  for (const input of inputs) {
    const size = Buffer.byteLength(input.text, 'utf8');
    if (batch.size > 0 && (batch.size >= ENQUEUE_BATCH_MAX_ARTICLES || bytes + size > ENQUEUE_BATCH_MAX_TEXT_BYTES)) {
      yield [...batch.values()];
      batch = new Map();
      bytes = 0;
    }
    batch.delete(input.id);
    batch.set(input.id, {
      id: input.id,
      title: input.title,
      url: input.url,
      publishedAt: input.publishedAt,
      text: input.text,
      textHash: textHash(input.text),
      source: input.source ?? null,
    });
    bytes += size;
  }
  if (batch.size > 0) yield [...batch.values()];
}

/** Records inputs that are not articles as failed Articles, with their source and reason. */
export async function recordRejectedInputs(graph: GraphConnection, rejects: readonly RejectedInput[]): Promise<void> {
  if (rejects.length === 0) return;
  await graph.driver.executeQuery(
    cypher().get('queue/record-rejected-inputs'),
    { rejects: rejects.map((r) => ({ id: r.id, source: r.source, error: r.error, excerpt: r.excerpt ?? null })) },
    { database: graph.database },
  );
}

export function recordRejectedInput(graph: GraphConnection, reject: RejectedInput): Promise<void> {
  return recordRejectedInputs(graph, [reject]);
}

/**
 * Claims up to `limit` claimable articles for one worker (see cypher/queue/claim-articles.cypher);
 * expired claims that used up their attempts are failed first. Safe under any number of workers.
 */
export async function claimArticles(graph: GraphConnection, options: ClaimOptions): Promise<ClaimedArticle[]> {
  const scope = scopeParams(options);
  const config = withinLease(graph, options.leaseMs);
  await graph.driver.executeQuery(
    cypher().get('queue/fail-exhausted-claims'),
    { maxAttempts: neo4j.int(options.maxAttempts), ...scope },
    config,
  );
  const { records } = await graph.driver.executeQuery(
    cypher().get('queue/claim-articles'),
    {
      workerId: options.workerId,
      limit: neo4j.int(options.limit),
      candidates: neo4j.int(options.limit * CLAIM_CANDIDATES_PER_ARTICLE),
      leaseMs: neo4j.int(options.leaseMs),
      maxAttempts: neo4j.int(options.maxAttempts),
      ...scope,
    },
    config,
  );
  return records.map((r) => ({
    id: r.get('id') as string,
    title: r.get('title') as string | null,
    url: r.get('url') as string | null,
    publishedAt: r.get('publishedAt') as string | null,
    text: r.get('text') as string,
    textHash: r.get('textHash') as string,
    ingestedTextHash: r.get('ingestedTextHash') as string | null,
    attempts: r.get('attempts') as number,
    claimToken: r.get('claimToken') as string,
    claimedBy: options.workerId,
    leaseMs: options.leaseMs,
  }));
}

/** Gives unstarted claims back to the queue (a stopping worker); returns the ids released. */
export async function releaseClaims(graph: GraphConnection, claims: readonly ClaimRef[]): Promise<string[]> {
  if (claims.length === 0) return [];
  const { records } = await graph.driver.executeQuery(
    cypher().get('queue/release-claims'),
    { claims: claims.map(({ id, claimToken }) => ({ id, claimToken })) },
    withinLease(graph, Math.min(...claims.map((claim) => claim.leaseMs))),
  );
  return records.map((r) => r.get('id') as string);
}

/** Extends the lease of claims still held; returns the ids that are still ours. */
export async function renewClaims(
  graph: GraphConnection,
  claims: readonly ClaimRef[],
  leaseMs: number,
): Promise<string[]> {
  if (claims.length === 0) return [];
  const { records } = await graph.driver.executeQuery(
    cypher().get('queue/renew-claims'),
    { claims: claims.map(({ id, claimToken }) => ({ id, claimToken })), leaseMs: neo4j.int(leaseMs) },
    withinLease(graph, leaseMs),
  );
  return records.map((r) => r.get('id') as string);
}

/** Queued plus processing articles, and ms until the next becomes claimable (≤ 0: now; null: none). */
export async function pendingWork(
  graph: GraphConnection,
  scope: QueueScope = {},
): Promise<{ pending: number; dueInMs: number | null }> {
  const { records } = await graph.driver.executeQuery(cypher().get('queue/pending-work'), scopeParams(scope), {
    database: graph.database,
  });
  const record = records[0];
  return {
    pending: (record?.get('pending') as number | undefined) ?? 0,
    dueInMs: (record?.get('dueInMs') as number | null | undefined) ?? null,
  };
}

/** Number of articles per queue status. */
export async function queueCounts(
  graph: GraphConnection,
  scope: QueueScope = {},
): Promise<Record<ArticleStatus, number>> {
  const { records } = await graph.driver.executeQuery(
    cypher().get('queue/count-by-status'),
    { idPrefix: scope.idPrefix ?? null },
    { database: graph.database },
  );
  const counts: Record<ArticleStatus, number> = { queued: 0, processing: 0, done: 0, failed: 0 };
  for (const r of records) counts[r.get('status') as ArticleStatus] = r.get('count') as number;
  return counts;
}

/** Failed articles with their errors, most recent first. */
export async function listFailed(
  graph: GraphConnection,
  limit: number,
  scope: QueueScope = {},
): Promise<FailedArticle[]> {
  const { records } = await graph.driver.executeQuery(
    cypher().get('queue/list-failed'),
    { limit: neo4j.int(limit), idPrefix: scope.idPrefix ?? null },
    { database: graph.database },
  );
  return records.map((r) => ({
    id: r.get('id') as string,
    title: r.get('title') as string | null,
    source: r.get('source') as string | null,
    error: r.get('error') as string | null,
    attempts: (r.get('attempts') as number | null) ?? 0,
    rejected: r.get('rejected') as boolean,
    failedAt: r.get('failedAt') as string | null,
  }));
}

/** The queue state of the given articles, by id (ids without an Article are absent). */
export async function articleStates(
  graph: GraphConnection,
  ids: readonly string[],
): Promise<Map<string, ArticleState>> {
  const states = new Map<string, ArticleState>();
  const unique = [...new Set(ids)];
  for (let start = 0; start < unique.length; start += STATE_LOOKUP_BATCH_IDS) {
    const { records } = await graph.driver.executeQuery(
      cypher().get('queue/article-states'),
      { ids: unique.slice(start, start + STATE_LOOKUP_BATCH_IDS) },
      { database: graph.database, routing: neo4j.routing.READ },
    );
    for (const r of records) {
      const id = r.get('id') as string;
      states.set(id, {
        id,
        status: r.get('status') as ArticleStatus | null,
        error: r.get('error') as string | null,
        source: r.get('source') as string | null,
        attempts: (r.get('attempts') as number | null) ?? 0,
      });
    }
  }
  return states;
}
