/**
 * What the API's mutations need from ingestion, injected into the context so the API does not
 * depend on the queue or the extractor. src/ingest/queue-ingest-service.ts implements it; tests
 * may give a small one.
 */
import type { ExtractionDocument } from './extraction-document.js';
import type { ArticleInput } from './article-input.js';

export interface IngestService {
  /** Queues the article for a worker. */
  submit(input: ArticleInput): Promise<{ id: string; outcome: 'queued' | 'unchanged' | 'requeued' }>;
  /** Extracts and writes the article now; `document` is what the extractor found. */
  ingestNow(
    input: ArticleInput,
  ): Promise<{ articleId: string; outcome: 'ingested' | 'unchanged'; document: ExtractionDocument }>;
}

/** Stands in where no ingestion is wired: every write says so instead of failing obscurely. */
export const UNWIRED_INGEST: IngestService = {
  submit: () => Promise.reject(new Error('article submission is not wired into this server')),
  ingestNow: () => Promise.reject(new Error('article ingestion is not wired into this server')),
};
