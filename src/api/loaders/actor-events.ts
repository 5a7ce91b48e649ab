import DataLoader from 'dataloader';
import type { ApiDb } from '../db.js';
import { eventRow } from '../graph-rows.js';
import type { EventLabel, EventRelationship, EventRow } from '../rows.js';
import { inKeyOrder } from './batch.js';

/** The relationship fields of an actor that list events, and what each follows. */
export const ACTOR_EVENT_RELATIONS = {
  warrantsIssued: { types: ['ISSUED'], label: 'Warrant' },
  warrantsAgainst: { types: ['AGAINST'], label: 'Warrant' },
  strikesCarriedOut: { types: ['CARRIED_OUT'], label: 'Strike' },
  strikesSuffered: { types: ['TARGETED', 'KILLED'], label: 'Strike' },
  meetings: { types: ['ATTENDED'], label: 'Meeting' },
  eventsAt: { types: ['AT'], label: null },
} as const satisfies Record<string, { types: readonly EventRelationship[]; label: EventLabel | null }>;
export type ActorEventRelation = keyof typeof ACTOR_EVENT_RELATIONS;

/** Actor key → its `first` newest events of one relation (warrantsIssued, meetings…). */
export function actorEvents(
  db: ApiDb,
  options: { relation: ActorEventRelation; first: number },
): DataLoader<string, EventRow[]> {
  const { types, label } = ACTOR_EVENT_RELATIONS[options.relation];
  return new DataLoader(async (keys) => {
    const rows = await db.read('actor-events', { keys, types, label, first: options.first });
    return inKeyOrder(
      keys,
      rows,
      'key',
      (row) => (row.events as Array<Record<string, unknown>>).map(eventRow),
      'actor',
    );
  });
}
