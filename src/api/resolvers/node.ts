/** Global object identification: node(id:), nodes(ids:) and the type of any row. */
import { GraphQLError } from '../graphql.js';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import type { ApiContext } from '../context.js';
import { badInput } from '../errors.js';
import { parseId, type NodeRef } from '../global-id.js';
import { MAX_PAGE_SIZE } from '../paging.js';
import type { NodeRow } from '../rows.js';

export function isNotFound(error: unknown): boolean {
  return error instanceof GraphQLError && error.extensions.code === 'NOT_FOUND';
}

/** The row a reference names, or null when nothing has it (or its type is not the id's). */
export async function loadNode(ctx: ApiContext, ref: NodeRef): Promise<NodeRow | null> {
  try {
    switch (ref.kind) {
      case 'actor': {
        const row = await ctx.loaders.actor.load(ref.key);
        return row.label === ref.type ? row : null;
      }
      case 'event': {
        const row = await ctx.loaders.event.load(ref.key);
        return row.label === ref.type ? row : null;
      }
      case 'article':
        return await ctx.loaders.article.load(ref.key);
    }
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

export function typeNameOf(row: NodeRow): NodeRef['type'] {
  return row.kind === 'article' ? 'Article' : row.label;
}

export const nodeResolvers: Resolvers = {
  // Event type names come from the kinds' descriptors, which the generated SDL declares.
  Node: { __resolveType: (row) => typeNameOf(row) as never },
  Query: {
    node: (_root, { id }, ctx) => loadNode(ctx, parseId(id)),
    nodes: (_root, { ids }, ctx) => {
      if (ids.length > MAX_PAGE_SIZE) throw badInput(`ids takes at most ${MAX_PAGE_SIZE} ids.`, { argument: 'ids' });
      const refs = ids.map(parseId); // every id is checked before anything is read
      return Promise.all(refs.map((ref) => loadNode(ctx, ref)));
    },
  },
};
