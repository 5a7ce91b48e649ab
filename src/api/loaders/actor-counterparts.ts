import DataLoader from 'dataloader';
import type { ApiDb } from '../db.js';
import { actorRow } from '../graph-rows.js';
import type { CounterpartRow } from '../rows.js';
import { inKeyOrder } from './batch.js';

/** An actor's `counterparts` as actor-counterparts (and actor-page's `counterparts` block) return them. */
export function counterpartRows(counterparts: unknown): CounterpartRow[] {
  return (counterparts as Array<Record<string, unknown>>).map((counterpart) => ({
    actor: actorRow(counterpart.actor as Record<string, unknown>),
    meetingCount: Number(counterpart.meetingCount),
  }));
}

/** Actor key → the actors it met, most shared meetings first, `first` per actor. */
export function actorCounterparts(db: ApiDb, first: number): DataLoader<string, CounterpartRow[]> {
  return new DataLoader(async (keys) => {
    const rows = await db.read('actor-counterparts', { keys, first });
    return inKeyOrder(keys, rows, 'key', (row) => counterpartRows(row.counterparts), 'actor');
  });
}
