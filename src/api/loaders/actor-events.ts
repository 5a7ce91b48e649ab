import DataLoader from 'dataloader';
import { eventKinds } from '../../events/index.js';
import type { ApiDb } from '../db.js';
import { eventRow } from '../graph-rows.js';
import type { EventLabel, EventRelationship, EventRow } from '../rows.js';
import { inKeyOrder } from './batch.js';

/**
 * The relationship fields of an actor that list events, and what each follows: the kinds'
 * actor fields (warrantsIssued, meetings…, from their descriptors), and events at a place.
 */
export const ACTOR_EVENT_RELATIONS: Readonly<
  Record<string, { types: readonly EventRelationship[]; label: EventLabel | null }>
> = {
  ...Object.fromEntries(
    eventKinds.list.flatMap((kind) =>
      kind.graphql.actorFields.map((field) => [
        field.name,
        { types: field.roles.map((r) => kind.roles.find((role) => role.field === r)!.edge), label: kind.type },
      ]),
    ),
  ),
  eventsAt: { types: locationEdges(), label: null },
};
export type ActorEventRelation = string;

/** The relationships of every kind's role that says where an event took place. */
function locationEdges(): string[] {
  return eventKinds.edges.filter(({ uses }) => uses[0]!.role.graphql.role === 'LOCATION').map(({ edge }) => edge);
}

/** Actor key → its `first` newest events of one relation (warrantsIssued, meetings…). */
export function actorEvents(
  db: ApiDb,
  options: { relation: ActorEventRelation; first: number },
): DataLoader<string, EventRow[]> {
  const relation = ACTOR_EVENT_RELATIONS[options.relation];
  if (relation === undefined) throw new Error(`no actor field ${options.relation}`);
  const { types, label } = relation;
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
