/** Traversals: the shortest path between two actors, and the neighbourhood of a node. */
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { badInput, notFound } from '../errors.js';
import { parseId, parseIdOf } from '../global-id.js';
import { actorRow, anyNodeRow } from '../graph-rows.js';
import { pageSize } from '../paging.js';
import type { ArticleRow, NodeRow, RelationshipRow, TraversedRelationship } from '../rows.js';
import { loadNode } from './node.js';

export const MAX_PATH_HOPS = 6;
export const MAX_NEIGHBOURHOOD_HOPS = 2;
export const MAX_NEIGHBOURHOOD_NODES = 200;

function intIn(value: number, min: number, max: number, argument: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(`${argument} must be between ${min} and ${max}, got ${value}.`, { argument });
  }
  return value;
}

/** Relationships as the statements return them (node keys at both ends) joined to the node rows. */
function relationships(nodes: NodeRow[], raw: unknown): RelationshipRow[] {
  const byKey = new Map(nodes.map((node) => [node.kind === 'article' ? node.id : node.key, node]));
  return (raw as Array<Record<string, unknown>>).flatMap((rel) => {
    const from = byKey.get(String(rel.from));
    const to = byKey.get(String(rel.to));
    if (!from || !to) return [];
    return [
      {
        from,
        to,
        type: rel.type as TraversedRelationship,
        role: typeof rel.role === 'string' ? rel.role : null,
        sources: Array.isArray(rel.sources) ? (rel.sources as string[]) : [],
      },
    ];
  });
}

export const traversalResolvers: Resolvers = {
  Path: {
    length: (path) => path.steps.length,
    events: (path) => path.nodes.filter((node) => node.kind === 'event'),
  },
  GraphRelationship: {
    sources: async (rel, { first }, ctx) => {
      const articles = await ctx.loaders.article.loadMany(rel.sources.slice(0, pageSize(first, 20)));
      return articles.filter((article): article is ArticleRow => !(article instanceof Error));
    },
  },
  Query: {
    path: async (_root, { from, to, maxHops }, ctx) => {
      const hops = intIn(maxHops ?? 4, 1, MAX_PATH_HOPS, 'maxHops');
      const start = parseIdOf(from, 'actor', 'from');
      const end = parseIdOf(to, 'actor', 'to');
      if (start.key === end.key) {
        const row = await loadNode(ctx, start);
        if (!row) throw notFound(`No actor has the id given as from.`);
        return { nodes: [row], steps: [] };
      }
      // One round trip: the two actors (each of the id's type) and the path between them.
      const [row] = await ctx.db.read('path', { from: start.key, to: end.key }, { maxHops: hops });
      const actorOf = (map: unknown, ref: typeof start) =>
        map !== null && map !== undefined && actorRow(map as Record<string, unknown>).label === ref.type;
      if (!actorOf(row?.from, start)) throw notFound(`No actor has the id given as from.`);
      if (!actorOf(row?.to, end)) throw notFound(`No actor has the id given as to.`);
      if (row?.nodes === null || row?.nodes === undefined) return null;
      const nodes = (row.nodes as Array<Record<string, unknown>>).map(anyNodeRow);
      return { nodes, steps: relationships(nodes, row.steps) };
    },
    neighbourhood: async (_root, { id, hops, limit }, ctx) => {
      const depth = intIn(hops ?? 1, 1, MAX_NEIGHBOURHOOD_HOPS, 'hops');
      const size = intIn(limit ?? 50, 1, MAX_NEIGHBOURHOOD_NODES, 'limit');
      const ref = parseId(id);
      if (ref.kind === 'article') throw badInput('neighbourhood starts at an actor or an event, not an article.');
      const [row] = await ctx.db.read('neighbourhood', { key: ref.key, hops: depth, limit: size - 1 });
      const nodes = row ? (row.nodes as Array<Record<string, unknown>>).map(anyNodeRow) : [];
      const center = nodes[0];
      if (!center || center.kind === 'article' || center.label !== ref.type) {
        throw notFound(`No ${ref.type.toLowerCase()} has the id given.`);
      }
      return {
        center,
        nodes,
        relationships: relationships(nodes, row?.relationships),
        truncated: Boolean(row?.truncated),
      };
    },
  },
};
