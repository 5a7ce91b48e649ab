import DataLoader from 'dataloader';
import type { ApiDb } from '../db.js';
import { inKeyOrder } from './batch.js';

/** Article id → its full text (read only for Article.text: texts are the bulk of the graph). */
export function articleTexts(db: ApiDb): DataLoader<string, string | null> {
  return new DataLoader(async (ids) => {
    const rows = await db.read('article-texts', { ids });
    return inKeyOrder(ids, rows, 'id', (row) => (typeof row.text === 'string' ? row.text : null), 'article');
  });
}
