/**
 * What `newsgraph ingest` does, without the CLI: read the inputs, queue the articles in batches
 * while reading (so big files never sit in memory whole), record the rejects, then, unless only
 * queueing, process the queue in process until it is idle, and sum up what became of each input.
 */
import type { GraphConnection } from '../graph/connection.js';
import { awaitSearchIndex } from '../graph/search-index.js';
import {
  articleStates,
  ENQUEUE_BATCH_MAX_ARTICLES,
  ENQUEUE_BATCH_MAX_TEXT_BYTES,
  enqueueArticles,
  recordRejectedInputs,
  type ArticleStatus,
  type EnqueueInput,
  type EnqueueOutcome,
  type RejectedInput,
} from '../queue/article-queue.js';
import type { Progress } from './progress.js';
import { readInputs, type ReadInputsOptions } from './read-inputs.js';
import { Worker, type WorkerOptions } from './worker.js';

/** Rejects recorded per statement. */
const REJECT_BATCH_SIZE = 500;

export interface IngestOptions extends ReadInputsOptions {
  paths: readonly string[];
  /** Only queue the articles, for running workers to process. */
  enqueueOnly: boolean;
  /** The in-process worker; its id also tags the articles this run queues. Its onResult is used for progress. */
  worker: Omit<WorkerOptions, 'onResult'>;
  progress?: Progress;
  /** Called once everything is queued, before processing starts. */
  onEnqueued?: (counts: { queued: number; requeued: number; unchanged: number; rejected: number }) => void;
}

export interface IngestFailure {
  id: string;
  source: string | null;
  error: string;
}

export interface IngestSummary {
  /** Articles read (rejects and skipped files not included). */
  read: number;
  /** New ids and re-queued articles (changed text, or failed before). */
  queued: number;
  requeued: number;
  /** Already done with the same text: left as they were. */
  unchanged: number;
  /** Articles of this run that are done now. */
  ingested: number;
  failed: IngestFailure[];
  /** Articles of this run still queued or processing (with enqueueOnly, all that were queued). */
  pending: Array<{ id: string; status: ArticleStatus }>;
  skipped: Array<{ path: string; reason: string }>;
  /** Ids given twice in this run: the later input replaced the earlier one. */
  duplicates: Array<{ id: string; earlier: string; later: string }>;
}

interface Submitted {
  outcome: EnqueueOutcome;
  status: ArticleStatus;
  source: string;
}

export async function ingest(graph: GraphConnection, options: IngestOptions): Promise<IngestSummary> {
  const submitted = new Map<string, Submitted>();
  const rejects: RejectedInput[] = [];
  const skipped: IngestSummary['skipped'] = [];
  const duplicates: IngestSummary['duplicates'] = [];
  const sourceOf = new Map<string, string>();
  let read = 0;

  let batch: Array<EnqueueInput & { source: string }> = [];
  let batchBytes = 0;
  let rejectBatch: RejectedInput[] = [];
  const flushArticles = async (): Promise<void> => {
    if (batch.length === 0) return;
    const results = await enqueueArticles(graph, batch, { ingestRun: options.worker.workerId });
    results.forEach((result, index) => {
      const source = batch[index]?.source ?? '';
      submitted.set(result.id, { outcome: result.outcome, status: result.status, source });
    });
    batch = [];
    batchBytes = 0;
  };
  const flushRejects = async (): Promise<void> => {
    await recordRejectedInputs(graph, rejectBatch);
    rejectBatch = [];
  };

  for await (const item of readInputs(options.paths, options)) {
    if (item.kind === 'skipped') {
      skipped.push({ path: item.path, reason: item.reason });
    } else if (item.kind === 'rejected') {
      rejects.push(item.reject);
      rejectBatch.push(item.reject);
      if (rejectBatch.length >= REJECT_BATCH_SIZE) await flushRejects();
    } else {
      read++;
      const { id, source } = item.input;
      const earlier = sourceOf.get(id);
      if (earlier !== undefined) duplicates.push({ id, earlier, later: source });
      sourceOf.set(id, source);
      batch.push(item.input);
      batchBytes += Buffer.byteLength(item.input.text, 'utf8');
      if (batch.length >= ENQUEUE_BATCH_MAX_ARTICLES || batchBytes >= ENQUEUE_BATCH_MAX_TEXT_BYTES) {
        await flushArticles();
      }
    }
  }
  await flushArticles();
  await flushRejects();
  options.onEnqueued?.(countOutcomes(submitted, rejects.length));

  if (!options.enqueueOnly) await processQueue(graph, options, submitted);

  const states = options.enqueueOnly ? undefined : await articleStates(graph, [...submitted.keys()]);
  return { ...summarise(submitted, states, rejects, skipped, read), duplicates };
}

function countOutcomes(submitted: ReadonlyMap<string, Submitted>, rejected: number) {
  const counts = { queued: 0, requeued: 0, unchanged: 0, rejected };
  for (const { outcome } of submitted.values()) counts[outcome]++;
  return counts;
}

async function processQueue(
  graph: GraphConnection,
  options: IngestOptions,
  submitted: ReadonlyMap<string, Submitted>,
): Promise<void> {
  const ours = new Set([...submitted].filter(([, s]) => s.status !== 'done').map(([id]) => id));
  const progress = options.progress;
  progress?.start(ours.size);
  // Only this run's articles: a backlog queued for the workers is theirs to process.
  const worker = new Worker(graph, {
    ...options.worker,
    scope: { ...options.worker.scope, ingestRun: options.worker.workerId },
    onResult: (result) => {
      if (!ours.has(result.id) || (result.outcome !== 'done' && result.outcome !== 'failed')) return;
      progress?.tick(result.outcome === 'failed');
    },
  });
  try {
    await worker.runUntilIdle();
    await awaitSearchIndex(graph); // what the command ingested is searchable when it returns
  } finally {
    progress?.stop();
  }
}

function summarise(
  submitted: ReadonlyMap<string, Submitted>,
  states: ReadonlyMap<string, { status: ArticleStatus | null; error: string | null }> | undefined,
  rejects: readonly RejectedInput[],
  skipped: IngestSummary['skipped'],
  read: number,
): Omit<IngestSummary, 'duplicates'> {
  const summary: Omit<IngestSummary, 'duplicates'> = {
    read,
    queued: 0,
    requeued: 0,
    unchanged: 0,
    ingested: 0,
    failed: rejects.map((r) => ({ id: r.id, source: r.source, error: r.error })),
    pending: [],
    skipped,
  };
  for (const [id, { outcome, status: enqueuedStatus, source }] of submitted) {
    if (outcome === 'queued') summary.queued++;
    if (outcome === 'requeued') summary.requeued++;
    if (outcome === 'unchanged' && enqueuedStatus === 'done') {
      summary.unchanged++;
      continue;
    }
    const state = states?.get(id);
    const status = state?.status ?? enqueuedStatus;
    if (status === 'done') summary.ingested++;
    else if (status === 'failed') summary.failed.push({ id, source, error: state?.error ?? 'failed' });
    else summary.pending.push({ id, status });
  }
  return summary;
}
