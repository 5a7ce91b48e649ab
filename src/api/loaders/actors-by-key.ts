import DataLoader from 'dataloader';
import type { ApiDb } from '../db.js';
import { actorRow } from '../graph-rows.js';
import type { ActorRow } from '../rows.js';
import { inKeyOrder } from './batch.js';

/** Actor key → actor. */
export function actorsByKey(db: ApiDb): DataLoader<string, ActorRow> {
  return new DataLoader(async (keys) => {
    const rows = await db.read('actors-by-key', { keys });
    return inKeyOrder(keys, rows, 'key', (row) => actorRow(row.actor as Record<string, unknown>), 'actor');
  });
}
