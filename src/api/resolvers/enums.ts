/**
 * The graph's own value behind each GraphQL enum value (`ISSUED` → `issued`), so resolvers and
 * Cypher parameters use what the graph stores. codegen.yml `enumValues` holds the same mapping
 * for the generated types, and the type annotations below make the two agree.
 */
import type { Resolvers } from '../__generated__/resolvers-types.js';

export const enumResolvers = {
  ActorType: { PERSON: 'Person', STATE: 'State', COURT: 'Court', ORGANIZATION: 'Organization', PLACE: 'Place' },
  EventType: { WARRANT: 'Warrant', STRIKE: 'Strike', MEETING: 'Meeting' },
  WarrantStatus: {
    ISSUED: 'issued',
    REQUESTED: 'requested',
    CONSIDERED: 'considered',
    THREATENED: 'threatened',
    WITHDRAWN: 'withdrawn',
    UNKNOWN: 'unknown',
  },
  MeetingMode: { IN_PERSON: 'in_person', PHONE_CALL: 'phone_call', VIRTUAL: 'virtual', UNKNOWN: 'unknown' },
  DatePrecision: { YEAR: 'year', MONTH: 'month', DAY: 'day' },
  EventRole: {
    ISSUER: 'ISSUED',
    SUBJECT: 'AGAINST',
    PERPETRATOR: 'CARRIED_OUT',
    TARGET: 'TARGETED',
    LOCATION: 'AT',
    KILLED: 'KILLED',
    PARTICIPANT: 'ATTENDED',
  },
  ArticleStatus: { QUEUED: 'queued', PROCESSING: 'processing', DONE: 'done', FAILED: 'failed' },
  SubmitOutcome: { QUEUED: 'queued', UNCHANGED: 'unchanged', REQUEUED: 'requeued' },
  IngestOutcome: { INGESTED: 'ingested', UNCHANGED: 'unchanged' },
} satisfies Resolvers;

/** The graph values of an enum, to check what the database holds before sending it. */
export function graphValues<E extends keyof typeof enumResolvers>(name: E): ReadonlySet<string> {
  return new Set(Object.values(enumResolvers[name]));
}
