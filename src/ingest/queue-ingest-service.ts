/**
 * The API's writes, through the same queue the workers use: `submit` queues an article,
 * `ingestNow` queues it under a run of its own and processes exactly that article at once,
 * so an article is never written by two paths and a failure is recorded like any other.
 */
import { randomUUID } from 'node:crypto';
import type { ArticleInput } from '../contracts/article-input.js';
import type { IngestService } from '../contracts/ingest-service.js';
import { NewsgraphError } from '../errors.js';
import type { ExtractionDocument } from '../contracts/extraction-document.js';
import { extract } from '../extract/index.js';
import type { GraphConnection } from '../graph/connection.js';
import { awaitSearchIndex } from '../graph/search-index.js';
import { claimArticles, enqueueArticles } from '../queue/article-queue.js';
import { processClaimed } from '../queue/queue-processing.js';
import { extractingProcessor } from './process-article.js';
import { DEFAULT_LEASE_MS } from './worker.js';

/** An API call waits for its own article only; the queue's retries are for the workers. */
const INGEST_NOW_ATTEMPTS = 1;

export function createQueueIngestService(graph: GraphConnection): IngestService {
  return {
    async submit(input: ArticleInput) {
      const [result] = await enqueueArticles(graph, [input]);
      if (!result) throw new Error(`article ${input.id} was not queued`);
      return { id: result.id, outcome: result.outcome };
    },

    async ingestNow(input: ArticleInput) {
      const run = `api-${randomUUID()}`;
      const [queued] = await enqueueArticles(graph, [input], { ingestRun: run });
      // Unchanged means written only once it is done: the same text still queued is written now.
      if (queued?.outcome === 'unchanged' && queued.status === 'done') {
        return { articleId: input.id, outcome: 'unchanged', document: extractArticle(input) };
      }
      const [claim] = await claimArticles(graph, {
        workerId: run,
        ingestRun: run,
        limit: 1,
        leaseMs: DEFAULT_LEASE_MS,
        maxAttempts: INGEST_NOW_ATTEMPTS,
      });
      if (!claim) {
        const why = queued?.status === 'processing' ? 'is being processed by a worker' : 'waits for a retry';
        throw new NewsgraphError('QUEUE_CLAIM_LOST', `article ${input.id} ${why}; ask again shortly`, {
          retriable: true,
        });
      }
      let document: ExtractionDocument | undefined;
      const processor = extractingProcessor((text, meta) => (document = extract(text, meta)));
      const result = await processClaimed(graph, claim, processor, {
        maxAttempts: INGEST_NOW_ATTEMPTS,
        baseDelayMs: 0,
        maxDelayMs: 0,
      });
      if (result.outcome !== 'done' || !document) {
        throw new Error(
          `article ${input.id} could not be ingested: ${'error' in result ? result.error : result.outcome}`,
        );
      }
      await awaitSearchIndex(graph); // the caller may search for what it just ingested
      return { articleId: input.id, outcome: 'ingested', document };
    },
  };
}

function extractArticle(input: ArticleInput): ExtractionDocument {
  const { id, title, url, publishedAt } = input;
  return extract(input.text, { id, title, url, publishedAt });
}
