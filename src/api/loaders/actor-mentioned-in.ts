import DataLoader from 'dataloader';
import type { ApiDb } from '../db.js';
import { articleRow } from '../graph-rows.js';
import type { ArticleRow } from '../rows.js';
import { inKeyOrder } from './batch.js';

/** Actor key → the `first` newest articles that mention it. */
export function actorMentionedIn(
  db: ApiDb,
  first: number,
  primeArticle: (article: ArticleRow) => void,
): DataLoader<string, ArticleRow[]> {
  return new DataLoader(async (keys) => {
    const rows = await db.read('actor-mentioned-in', { keys, first });
    return inKeyOrder(
      keys,
      rows,
      'key',
      (row) =>
        (row.articles as Array<Record<string, unknown>>).map((map) => {
          const article = articleRow(map);
          primeArticle(article);
          return article;
        }),
      'actor',
    );
  });
}
