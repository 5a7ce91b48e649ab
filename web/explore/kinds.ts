/**
 * How the explorer shows each kind of node and relationship, declared once: the graph's styles,
 * the legend and the details panel all read these tables. Nodes are keyed by their GraphQL
 * `__typename`, so a new kind of actor or event needs only an entry here, and one the table does
 * not know yet still shows, with the default of its family. Plain data (no DOM) so the tests can
 * check it against the schema.
 */

export type NodeFamily = 'actor' | 'event';

export type NodeShape = 'ellipse' | 'round-rectangle' | 'round-hexagon' | 'round-diamond' | 'round-triangle' | 'star';

export interface NodeKind {
  /** What the legend and the details panel call it. */
  label: string;
  family: NodeFamily;
  /** Fill colour; text on it is white. */
  color: string;
  shape: NodeShape;
}

export const NODE_KINDS: Readonly<Record<string, NodeKind>> = {
  Person: { label: 'Person', family: 'actor', color: '#2f6fde', shape: 'ellipse' },
  State: { label: 'State', family: 'actor', color: '#13896f', shape: 'round-hexagon' },
  Court: { label: 'Court', family: 'actor', color: '#7a4cc2', shape: 'round-rectangle' },
  Organization: { label: 'Organisation', family: 'actor', color: '#c77c11', shape: 'round-rectangle' },
  Place: { label: 'Place', family: 'actor', color: '#3f8fa8', shape: 'round-triangle' },
  Warrant: { label: 'Arrest warrant', family: 'event', color: '#c8323c', shape: 'round-diamond' },
  Arrest: { label: 'Arrest', family: 'event', color: '#8c1d40', shape: 'round-diamond' },
  Strike: { label: 'Strike', family: 'event', color: '#e0561f', shape: 'star' },
  Meeting: { label: 'Meeting or call', family: 'event', color: '#5c6b7a', shape: 'round-diamond' },
};

/** For a __typename the table does not know yet. */
export const DEFAULT_KINDS: Readonly<Record<NodeFamily, NodeKind>> = {
  actor: { label: 'Actor', family: 'actor', color: '#7d8590', shape: 'ellipse' },
  event: { label: 'Event', family: 'event', color: '#7d8590', shape: 'round-diamond' },
};

export function nodeKind(typename: string, family: NodeFamily): NodeKind {
  const known = NODE_KINDS[typename];
  if (known) return known;
  // "ArmsEmbargo" → "Arms embargo"
  const words = typename.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return { ...DEFAULT_KINDS[family], label: words.charAt(0).toUpperCase() + words.slice(1) };
}

/** How an edge reads, from its start to its end: "ICC issued warrant", "warrant against Netanyahu". */
export const RELATIONSHIP_LABELS: Readonly<Record<string, string>> = {
  ISSUED: 'issued',
  AGAINST: 'against',
  CARRIED_OUT: 'carried out',
  TARGETED: 'targeted',
  AT: 'at',
  KILLED: 'killed',
  ATTENDED: 'attended',
  OF: 'of',
  BY: 'by',
  HANDED_TO: 'handed to',
  EXECUTES: 'executes',
  HOLDS_ROLE: 'holds role',
};

/** The edge's label; a role (HOLDS_ROLE's "prime minister") says more than the type. */
export function relationshipLabel(type: string, role?: string | null): string {
  if (role) return role;
  return RELATIONSHIP_LABELS[type] ?? type.toLowerCase().replace(/_/g, ' ');
}

/** Field names of the details panel, for the fields an event kind has beyond the shared ones. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  status: 'Status',
  charges: 'Charges',
  mode: 'How',
  topic: 'About',
};

/** What a status reads as on the graph, after the kind: "Arrest warrant (requested)"; none for ISSUED. */
export const STATUS_ON_GRAPH: Readonly<Record<string, string | null>> = {
  ISSUED: null,
  UNKNOWN: 'status unclear',
};

export function statusOnGraph(status: string): string | null {
  return status in STATUS_ON_GRAPH ? (STATUS_ON_GRAPH[status] ?? null) : status.toLowerCase().replace(/_/g, ' ');
}
