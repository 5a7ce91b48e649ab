/** Every resolver of the schema, merged into the one map makeExecutableSchema takes. */
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { actorResolvers } from './actors.js';
import { articleResolvers } from './articles.js';
import { connectionResolvers } from './connections.js';
import { allEnumResolvers } from './enums.js';
import { eventResolvers } from './events.js';
import { healthResolvers } from './health.js';
import { mutationResolvers } from './mutations.js';
import { nodeResolvers } from './node.js';
import { DateScalar, DateTimeScalar } from './scalars.js';
import { subscriptionResolvers } from './subscriptions.js';
import { traversalResolvers } from './traversal.js';

const parts: Resolvers[] = [
  nodeResolvers,
  actorResolvers,
  eventResolvers(),
  articleResolvers,
  connectionResolvers,
  traversalResolvers,
  mutationResolvers,
  healthResolvers,
  subscriptionResolvers,
];

/** The parts merged type by type: several parts add fields to Query. */
export function buildResolvers(): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const part of parts) {
    for (const [type, fields] of Object.entries(part)) {
      merged[type] = { ...merged[type], ...(fields as Record<string, unknown>) };
    }
  }
  return { ...(merged as Resolvers), ...(allEnumResolvers as Resolvers), Date: DateScalar, DateTime: DateTimeScalar };
}
