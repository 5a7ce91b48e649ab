import type { ExtractionDocument } from '../contracts/extraction-document.js';
import { extract, EXTRACTOR_VERSION, type ExtractMeta } from '../extract/index.js';
import { writeArticleContributions } from '../graph/write-article.js';
import { articleExtractSeconds, articleWriteSeconds } from '../metrics/registry.js';
import type { ClaimProcessor } from '../queue/queue-processing.js';

/**
 * The work done for one claimed article: extract it and write its contributions to the graph.
 *
 * Contract:
 * - Write ONLY through `tx`, the article's one write transaction. After this returns the queue
 *   checks the claim under the article's lock and marks the article done in the same
 *   transaction (unless the processor returns 'completed': it did both itself), so the
 *   article's contributions and its status commit together or not at all.
 * - Do not commit, roll back or close `tx`, and do not touch the queue fields of the Article
 *   (status, claimToken, claimedBy, leaseUntil, attempts, nextAttemptAt, lastError, failedAt).
 * - Be repeatable: the driver runs the transaction again after a transient error (a deadlock),
 *   so the same input must produce the same writes, and nothing may happen outside `tx`.
 * - When `article.ingestedTextHash` is set and differs from `article.textHash`, the text was
 *   revised: replace what this article contributed before.
 * - Throw to fail: a `NewsgraphError` with `retriable: true` (or a transient driver error) puts
 *   the article back on the queue with backoff; any other error ends it as failed with the
 *   error's message kept on the article, so make the message name the problem.
 */
export type ArticleProcessor = ClaimProcessor;

type Extract = (text: string, meta: ExtractMeta) => ExtractionDocument;

/**
 * Extraction, then the graph writer, in the article's transaction. Extraction is pure and
 * deterministic, so a transaction the driver retries writes exactly the same again. The writer
 * is given the claim, so its last statement also completes it.
 */
export function extractingProcessor(extractDocument: Extract = extract): ArticleProcessor {
  return async (tx, article) => {
    const { id, title, url, publishedAt, claimToken } = article;
    const started = performance.now();
    const document = extractDocument(article.text, { id, title, url, publishedAt });
    const extracted = performance.now();
    await writeArticleContributions(tx, { id, publishedAt }, document, {
      extractorVersion: EXTRACTOR_VERSION,
      claimToken,
    });
    // Observed once written: a claim lost meanwhile, or the worker's rolled-back rehearsal of the
    // writer (rehearse-writer.ts), is not an article processed.
    articleExtractSeconds.observe((extracted - started) / 1000);
    articleWriteSeconds.observe((performance.now() - extracted) / 1000);
    return 'completed';
  };
}

export const defaultProcessor: ArticleProcessor = extractingProcessor();
