import DataLoader from 'dataloader';
import type { ApiDb } from '../db.js';
import { actorRow } from '../graph-rows.js';
import type { ActorRow } from '../rows.js';
import { inKeyOrder } from './batch.js';

/** Article id → the actors it mentions, by name, `first` per article. */
export function articleMentions(db: ApiDb, first: number): DataLoader<string, ActorRow[]> {
  return new DataLoader(async (ids) => {
    const rows = await db.read('article-mentions', { ids, first });
    return inKeyOrder(
      ids,
      rows,
      'id',
      (row) => (row.actors as Array<Record<string, unknown>>).map(actorRow),
      'article',
    );
  });
}
