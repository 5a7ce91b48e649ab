import DataLoader from 'dataloader';
import type { ApiDb } from '../db.js';
import { eventRow } from '../graph-rows.js';
import type { EventRow } from '../rows.js';
import { inKeyOrder } from './batch.js';

/** Event key → event. */
export function eventsByKey(db: ApiDb): DataLoader<string, EventRow> {
  return new DataLoader(async (keys) => {
    const rows = await db.read('events-by-key', { keys });
    return inKeyOrder(keys, rows, 'key', (row) => eventRow(row.event as Record<string, unknown>), 'event');
  });
}
