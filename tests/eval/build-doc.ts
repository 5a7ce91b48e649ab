/**
 * Small builders for hand-made `kg-extraction/1` documents in the eval tests. All names used
 * with them are invented.
 */

import type {
  Entity,
  EntityType,
  ExtractionDocument,
  HoldsRoleRelation,
  MeetingEvent,
  StrikeEvent,
  WarrantEvent,
} from '../../src/contracts/extraction-document.js';

export function doc(
  parts: {
    id?: string;
    entities?: Entity[];
    events?: ExtractionDocument['events'];
    relations?: HoldsRoleRelation[];
  } = {},
): ExtractionDocument {
  return {
    format: 'kg-extraction/1',
    article: {
      id: parts.id ?? 'article-1',
      title: null,
      url: null,
      publishedAt: null,
      language: 'en',
    },
    entities: parts.entities ?? [],
    events: parts.events ?? [],
    relations: parts.relations ?? [],
  };
}

export function ent(
  id: string,
  type: EntityType,
  name: string,
  aliases: string[] = [],
  extra: Partial<Entity> = {},
): Entity {
  return { id, type, name, aliases, ...extra };
}

export function warrant(
  id: string,
  issuer: string | null,
  subjects: string[],
  extra: Partial<WarrantEvent> = {},
): WarrantEvent {
  return {
    id,
    type: 'Warrant',
    issuer,
    subjects,
    status: 'issued',
    date: null,
    charges: [],
    evidence: [],
    ...extra,
  };
}

export function strike(
  id: string,
  members: { perpetrators: string[]; targets?: string[]; locations?: string[] },
  extra: Partial<StrikeEvent> = {},
): StrikeEvent {
  return {
    id,
    type: 'Strike',
    perpetrators: members.perpetrators,
    targets: members.targets ?? [],
    locations: members.locations ?? [],
    killed: [],
    date: null,
    evidence: [],
    ...extra,
  };
}

export function meeting(id: string, participants: string[], extra: Partial<MeetingEvent> = {}): MeetingEvent {
  return {
    id,
    type: 'Meeting',
    participants,
    locations: [],
    mode: 'unknown',
    topic: null,
    date: null,
    evidence: [],
    ...extra,
  };
}

export function role(from: string, to: string, extra: Partial<HoldsRoleRelation> = {}): HoldsRoleRelation {
  return { type: 'HOLDS_ROLE', from, to, role: 'envoy', evidence: [], ...extra };
}
