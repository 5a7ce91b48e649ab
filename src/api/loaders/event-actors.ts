import DataLoader from 'dataloader';
import type { ApiDb } from '../db.js';
import { actorRow } from '../graph-rows.js';
import type { EventActorRow, EventRelationship } from '../rows.js';
import { inKeyOrder } from './batch.js';

/** An event's `actors` as event-actors (and events-page's `actors` block) return them. */
export function eventActorRows(actors: unknown): EventActorRow[] {
  return (actors as Array<Record<string, unknown>>).map((link) => ({
    role: link.role as EventRelationship,
    actor: actorRow(link.actor as Record<string, unknown>),
    sources: (link.sources as string[]) ?? [],
  }));
}

/** Event key → every actor of the event with its role; the typed fields (issuer, targets…) filter it. */
export function eventActors(db: ApiDb): DataLoader<string, EventActorRow[]> {
  return new DataLoader(async (keys) => {
    const rows = await db.read('event-actors', { keys });
    return inKeyOrder(keys, rows, 'key', (row) => eventActorRows(row.actors), 'event');
  });
}
