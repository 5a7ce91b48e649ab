/**
 * Cypher fragments built from the event kinds' descriptors, for the `{{slots}}` of cypher/*.cypher
 * that name labels, relationship types and event properties. Cypher cannot take those as
 * parameters without losing its indexes (or, for relationship types in MERGE, without planning a
 * scan of all relationships), so they are written into the statements once, when the registry
 * loads. Every name comes from a descriptor that src/events/index.ts checked against a strict
 * pattern; nothing here comes from input.
 */
import type { EventKinds } from '../events/index.js';
import type { AttributeDescriptor } from '../events/kind.js';

/** Relationships that are not event roles but that traversals follow. */
export const OFFICE_RELATIONSHIP = 'HOLDS_ROLE';

export function eventSlots(kinds: EventKinds): Record<string, string> {
  const edges = kinds.edgeTypes;
  const anchorEdges = [
    ...new Set(
      kinds.list.flatMap((kind) => kind.anchors.map((field) => kind.roles.find((role) => role.field === field)!.edge)),
    ),
  ].sort();
  return {
    eventEdges: edges.join('|'),
    // A relationship pattern needs at least one type: a kind-less graph anchors on nothing.
    anchorEdges: anchorEdges.length > 0 ? anchorEdges.join('|') : edges.join('|'),
    traversedEdges: [...edges, ...kinds.linkTypes, OFFICE_RELATIONSHIP].join('|'),
    // A type no relationship has keeps the pattern valid for kinds without links.
    eventLinks: kinds.linkTypes.length > 0 ? kinds.linkTypes.join('|') : 'NO_EVENT_LINK',
    writeEventLinks: writeEventLinks(kinds.linkTypes),
    withdrawEventLinks:
      kinds.linkTypes.length === 0
        ? ''
        : `CALL (a) {
  MATCH (a)-[:REPORTS]->(:Event)-[r:${kinds.linkTypes.join('|')}]-(:Event)
  WHERE $articleId IN r.sources
  WITH DISTINCT r
  SET r.sources = [s IN r.sources WHERE s <> $articleId]
  WITH r
  WHERE size(r.sources) = 0
  DELETE r
}`,
    eventLabels: `[${kinds.labels.map(quote).join(', ')}]`,
    mergeEventEdges: kinds.edges
      .map(({ edge, direction }) => {
        const pattern = direction === 'actor-to-event' ? `(n)-[r:${edge}]->(e)` : `(e)-[r:${edge}]->(n)`;
        return `WITH n, e, link WHERE link.type = ${quote(edge)} MERGE ${pattern} RETURN r`;
      })
      .join('\n    UNION ALL\n    '),
    deriveAttributes:
      kinds.attributes.length === 0
        ? ''
        : `SET\n    ${kinds.attributes.map((a) => `e.${a.field} = ${derived(a)}`).join(',\n    ')}`,
  };
}

/** One MERGE per event-to-event relationship type, with the article added to its sources. */
function writeEventLinks(types: readonly string[]): string {
  if (types.length === 0) return '';
  const merges = types
    .map((type) => `WITH x, y, link WHERE link.type = ${quote(type)} MERGE (x)-[r:${type}]->(y) RETURN r`)
    .join('\n    UNION ALL\n    ');
  return `CALL () {
  UNWIND $eventLinks AS link
  MATCH (x:Event {key: link.fromKey})
  MATCH (y:Event {key: link.toKey})
  CALL (x, y, link) {
    ${merges}
  }
  SET r.sources = COLLECT {
    UNWIND coalesce(r.sources, []) + $articleId AS source
    WITH DISTINCT source
    RETURN source
    ORDER BY source
  }
}`;
}

/**
 * The node's value of an attribute from `reports` (the event's REPORTS relationships as `x.r`,
 * newest article first, with its publication `day`), as the attribute's `combine` says.
 */
function derived(a: AttributeDescriptor): string {
  const value = `x.r.${a.field}`;
  const stated = `[x IN reports WHERE ${value} IS NOT NULL | ${value}]`;
  switch (a.combine) {
    case 'union':
      return `COLLECT { UNWIND reports AS x UNWIND coalesce(${value}, []) AS v WITH DISTINCT v RETURN v ORDER BY v }`;
    case 'newest':
      return `head(${stated})`;
    case 'newest-known': {
      const known = `[x IN reports WHERE ${value} IS NOT NULL${a.unknown === undefined ? '' : ` AND ${value} <> ${quote(a.unknown)}`}]`;
      if (a.stages === undefined) return `head([x IN ${known} | ${value}] + ${stated})`;
      // Reports of the newest day that knows it may disagree: the later stage wins.
      const stages = `[${a.stages.map(quote).join(', ')}]`;
      const stage = (of: string): string => `[i IN range(0, ${a.stages!.length - 1}) WHERE ${stages}[i] = ${of}][0]`;
      return `CASE WHEN size(${known}) = 0 THEN head(${stated}) ELSE reduce(best = null, x IN [k IN ${known} WHERE k.day = head(${known}).day] | CASE WHEN best IS NULL OR ${stage(value)} > ${stage('best')} THEN ${value} ELSE best END) END`;
    }
    default:
      return unreachable(a.combine);
  }
}

function quote(name: string): string {
  if (!/^[A-Za-z_]+$/.test(name)) throw new Error(`not a name for Cypher: ${JSON.stringify(name)}`);
  return `'${name}'`;
}

function unreachable(value: never): never {
  throw new Error(`unhandled ${String(value)}`);
}
