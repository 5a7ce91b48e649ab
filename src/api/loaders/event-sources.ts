import DataLoader from 'dataloader';
import type { ApiDb } from '../db.js';
import { articleRow, evidenceRows } from '../graph-rows.js';
import type { ArticleRow, SourceRow } from '../rows.js';
import { inKeyOrder } from './batch.js';

/** An event's `sources` as event-sources (and events-page's `sources` block) return them. */
export function sourceRows(sources: unknown, primeArticle: (article: ArticleRow) => void): SourceRow[] {
  return (sources as Array<Record<string, unknown>>).map((source) => {
    const article = articleRow(source.article as Record<string, unknown>);
    primeArticle(article);
    return { articleId: article.id, article, evidence: evidenceRows(source.texts, source.starts, source.ends) };
  });
}

/**
 * Event key → the articles reporting it with their evidence, `first` per event. The articles
 * come with the sources and are handed to `primeArticle`, so Source.article costs no query.
 */
export function eventSources(
  db: ApiDb,
  first: number,
  primeArticle: (article: ArticleRow) => void,
): DataLoader<string, SourceRow[]> {
  return new DataLoader(async (keys) => {
    const rows = await db.read('event-sources', { keys, first });
    return inKeyOrder(keys, rows, 'key', (row) => sourceRows(row.sources, primeArticle), 'event');
  });
}
