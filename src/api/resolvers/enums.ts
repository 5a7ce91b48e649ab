/**
 * The graph's own value behind each GraphQL enum value (`ISSUED` → `issued`), so resolvers and
 * Cypher parameters use what the graph stores. The event enums (EventType, EventRole and the
 * kinds' attribute enums) come from the event kinds' descriptors, as codegen.ts's do.
 */
import { eventKinds } from '../../events/index.js';
import type { Resolvers } from '../__generated__/resolvers-types.js';

const eventEnums: Record<string, Record<string, string>> = {
  EventType: Object.fromEntries(eventKinds.list.map((kind) => [kind.graphql.typeValue, kind.type])),
  EventRole: Object.fromEntries(eventKinds.edges.map(({ edge, uses }) => [uses[0]!.role.graphql.role, edge])),
  ...Object.fromEntries(
    eventKinds.attributes.flatMap((a) =>
      a.graphql.enum
        ? [
            [
              a.graphql.enum.name,
              Object.fromEntries(Object.entries(a.graphql.enum.values).map(([n, v]) => [n, v.value])),
            ],
          ]
        : [],
    ),
  ),
};

export const enumResolvers = {
  ActorType: { PERSON: 'Person', STATE: 'State', COURT: 'Court', ORGANIZATION: 'Organization', PLACE: 'Place' },
  DatePrecision: { YEAR: 'year', MONTH: 'month', DAY: 'day' },
  ArticleStatus: { QUEUED: 'queued', PROCESSING: 'processing', DONE: 'done', FAILED: 'failed' },
  SubmitOutcome: { QUEUED: 'queued', UNCHANGED: 'unchanged', REQUEUED: 'requeued' },
  IngestOutcome: { INGESTED: 'ingested', UNCHANGED: 'unchanged' },
} satisfies Resolvers;

/** Every enum with graph values, the event kinds' included. */
export const allEnumResolvers: Record<string, Record<string, string>> = { ...enumResolvers, ...eventEnums };

/** The graph values of an enum, to check what the database holds before sending it. */
export function graphValues(name: string): ReadonlySet<string> {
  const values = allEnumResolvers[name];
  if (values === undefined) throw new Error(`no enum ${name}`);
  return new Set(Object.values(values));
}
