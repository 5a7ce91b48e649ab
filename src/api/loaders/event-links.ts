import DataLoader from 'dataloader';
import type { ApiDb } from '../db.js';
import { eventRow } from '../graph-rows.js';
import type { EventLinkRow } from '../rows.js';
import { inKeyOrder } from './batch.js';

/** Event key → the events it links to and that link to it (an arrest's warrants, a warrant's arrests). */
export function eventLinks(db: ApiDb): DataLoader<string, EventLinkRow[]> {
  return new DataLoader(async (keys) => {
    const rows = await db.read('event-links', { keys });
    return inKeyOrder(
      keys,
      rows,
      'key',
      (row) =>
        (row.links as Array<Record<string, unknown>>).map((link) => ({
          type: String(link.type),
          outgoing: link.outgoing === true,
          sources: (link.sources as string[]) ?? [],
          event: eventRow(link.event as Record<string, unknown>),
        })),
      'event',
    );
  });
}
