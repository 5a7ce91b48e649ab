/**
 * What one extracted document contributes to the graph, in graph terms: actors, events split
 * the way the graph keys them (a warrant per issuer and subject), the edges between them, and
 * offices held. Pure: keys are resolved afterwards against what the graph already holds.
 */
import {
  ENTITY_TYPES,
  type Entity,
  type EntityType,
  type Evidence,
  type ExtractionDocument,
  type MeetingMode,
  type WarrantStatus,
} from '../extract/document.js';
import { NewsgraphError } from '../errors.js';
import { isPartialDate } from './keys.js';

/** Edges drawn from an actor to an event. */
export const ACTOR_TO_EVENT = ['ISSUED', 'CARRIED_OUT', 'ATTENDED'] as const;
/** Edges drawn from an event to an actor. */
export const EVENT_TO_ACTOR = ['AGAINST', 'TARGETED', 'AT', 'KILLED'] as const;
export type EventEdgeType = (typeof ACTOR_TO_EVENT)[number] | (typeof EVENT_TO_ACTOR)[number];

export interface ActorContribution {
  /** The entity id inside the document (e1, e2…). */
  ref: string;
  type: EntityType;
  name: string;
  /** Every name the article used for it, the canonical one included. */
  aliases: string[];
}

export interface EventContribution {
  type: 'Warrant' | 'Strike' | 'Meeting';
  /** Actors by edge type, as document entity refs. */
  edges: Array<{ type: EventEdgeType; ref: string }>;
  date: string | null;
  status: WarrantStatus | null;
  charges: string[];
  mode: MeetingMode | null;
  topic: string | null;
  evidence: Evidence[];
}

export interface RoleContribution {
  personRef: string;
  holderRef: string;
  role: string;
  evidence: Evidence | null;
}

export interface Contributions {
  actors: ActorContribution[];
  events: EventContribution[];
  roles: RoleContribution[];
}

/**
 * Splits a document into contributions, checking that it is internally consistent: every
 * reference names an entity, types and dates are valid. A broken document is refused whole
 * (INVALID_DOCUMENT), before anything is written.
 */
export function planContributions(document: ExtractionDocument): Contributions {
  const entities = new Map<string, Entity>();
  for (const entity of document.entities) {
    if (!(ENTITY_TYPES as readonly string[]).includes(entity.type)) {
      invalid(`entity ${entity.id} has unknown type ${JSON.stringify(entity.type)}`);
    }
    if (entity.name.trim() === '') invalid(`entity ${entity.id} has an empty name`);
    if (entities.has(entity.id)) invalid(`entity id ${entity.id} is used twice`);
    entities.set(entity.id, entity);
  }
  const ref = (id: string, where: string, types?: readonly EntityType[]): string => {
    const entity = entities.get(id);
    if (!entity) invalid(`${where} refers to unknown entity ${JSON.stringify(id)}`);
    if (types && !types.includes(entity.type))
      invalid(`${where} refers to ${entity.type} ${id}, expected ${types.join(' or ')}`);
    return id;
  };

  const actors = document.entities.map((entity) => ({
    ref: entity.id,
    type: entity.type,
    name: entity.name.trim(),
    aliases: distinct([entity.name.trim(), ...entity.aliases.map((alias) => alias.trim())].filter(Boolean)),
  }));

  const events: EventContribution[] = [];
  for (const event of document.events) {
    const where = `event ${event.id}`;
    if (event.date !== null && !isPartialDate(event.date))
      invalid(`${where} has an invalid date ${JSON.stringify(event.date)}`);
    const base = { date: event.date, evidence: event.evidence, charges: [], status: null, mode: null, topic: null };
    switch (event.type) {
      case 'Warrant': {
        // One warrant node per issuer and subject: that is what other articles report too.
        const issuer = event.issuer === null ? [] : [{ type: 'ISSUED' as const, ref: ref(event.issuer, where) }];
        for (const subject of distinct(event.subjects)) {
          events.push({
            ...base,
            type: 'Warrant',
            edges: [...issuer, { type: 'AGAINST', ref: ref(subject, where, ['Person']) }],
            status: event.status,
            charges: distinct(event.charges),
          });
        }
        break;
      }
      case 'Strike': {
        const edges = [
          ...distinct(event.perpetrators).map((id) => ({ type: 'CARRIED_OUT' as const, ref: ref(id, where) })),
          ...distinct(event.targets).map((id) => ({ type: 'TARGETED' as const, ref: ref(id, where) })),
          ...distinct(event.locations).map((id) => ({ type: 'AT' as const, ref: ref(id, where, ['Place', 'State']) })),
          ...distinct(event.killed).map((id) => ({ type: 'KILLED' as const, ref: ref(id, where, ['Person']) })),
        ];
        // Without who struck or who was struck there is nothing to identify the strike by.
        if (event.perpetrators.length > 0 || event.targets.length > 0) events.push({ ...base, type: 'Strike', edges });
        break;
      }
      case 'Meeting': {
        const edges = [
          ...distinct(event.participants).map((id) => ({ type: 'ATTENDED' as const, ref: ref(id, where) })),
          ...distinct(event.locations).map((id) => ({ type: 'AT' as const, ref: ref(id, where, ['Place', 'State']) })),
        ];
        if (event.participants.length > 0) {
          events.push({ ...base, type: 'Meeting', edges, mode: event.mode, topic: event.topic });
        }
        break;
      }
      default:
        invalid(`${where} has unknown type ${JSON.stringify((event as { type: unknown }).type)}`);
    }
  }

  const roles = document.relations.map((relation, index) => {
    const where = `relation ${index + 1} (${relation.type})`;
    if (relation.role.trim() === '') invalid(`${where} has an empty role`);
    return {
      personRef: ref(relation.from, where, ['Person']),
      holderRef: ref(relation.to, where, ['State', 'Court', 'Organization']),
      role: relation.role.trim(),
      evidence: relation.evidence[0] ?? null,
    };
  });

  return { actors, events, roles };
}

function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function invalid(message: string): never {
  throw new NewsgraphError('INVALID_DOCUMENT', `Invalid extraction document: ${message}`);
}
