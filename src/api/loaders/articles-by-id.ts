import DataLoader from 'dataloader';
import type { ApiDb } from '../db.js';
import { articleRow } from '../graph-rows.js';
import type { ArticleRow } from '../rows.js';
import { inKeyOrder } from './batch.js';

/** Article id → article (without its text). Other loaders prime it with the articles they read. */
export function articlesById(db: ApiDb): DataLoader<string, ArticleRow> {
  return new DataLoader(async (ids) => {
    const rows = await db.read('articles-by-id', { ids });
    return inKeyOrder(ids, rows, 'id', (row) => articleRow(row.article as Record<string, unknown>), 'article');
  });
}
