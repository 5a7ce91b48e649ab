/**
 * API answers (nodes and relationships) → the graph's elements, with what their styles need in
 * their data: kind, colour, shape, label. Pure, so tests run it without a browser.
 */
import type { ApiGraph, ApiNode, ApiRelationship } from './api.js';
import { nodeKind, relationshipLabel, statusOnGraph, type NodeFamily, type NodeShape } from './kinds.js';

export interface NodeData {
  id: string;
  key: string;
  typename: string;
  family: NodeFamily;
  /** The kind in words ("Arrest warrant"). */
  kindLabel: string;
  /** What the graph writes on the node. */
  label: string;
  color: string;
  shape: NodeShape;
  /** A warrant's status, when the kind has one; the styles mark what is not (yet) issued. */
  status?: string;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  role: string | null;
  label: string;
}

export interface GraphElements {
  nodes: Array<{ data: NodeData }>;
  edges: Array<{ data: EdgeData }>;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2024-11-21` → `21 Nov 2024`, `2024-11` → `Nov 2024`, `2024` stays; anything else as it is. */
export function formatDate(value: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year ?? value;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

export function familyOf(node: ApiNode): NodeFamily {
  return typeof node.name === 'string' ? 'actor' : 'event';
}

export function nodeData(node: ApiNode): NodeData {
  const family = familyOf(node);
  const kind = nodeKind(node.__typename, family);
  // A warrant only requested, or of unclear status, says so on the graph, not only in its details.
  const qualifier = typeof node.status === 'string' ? statusOnGraph(node.status) : null;
  const status = qualifier ? ` (${qualifier})` : '';
  const label =
    family === 'actor'
      ? (node.name ?? node.key)
      : `${kind.label}${status}\n${node.date ? formatDate(node.date.value) : 'undated'}`;
  return {
    id: node.id,
    key: node.key,
    typename: node.__typename,
    family,
    kindLabel: kind.label,
    label,
    color: kind.color,
    shape: kind.shape,
    ...(typeof node.status === 'string' ? { status: node.status } : {}),
  };
}

export function edgeId(relationship: ApiRelationship): string {
  const { from, type, to, role } = relationship;
  return `${from.id}>${type}${role ? `:${role}` : ''}>${to.id}`;
}

export function edgeData(relationship: ApiRelationship): EdgeData {
  return {
    id: edgeId(relationship),
    source: relationship.from.id,
    target: relationship.to.id,
    type: relationship.type,
    role: relationship.role,
    label: relationshipLabel(relationship.type, relationship.role),
  };
}

/** The elements of an answer, each node and edge once, edges only between nodes it has. */
export function toElements(graph: ApiGraph): GraphElements {
  const nodes = new Map<string, { data: NodeData }>();
  for (const node of graph.nodes) if (!nodes.has(node.id)) nodes.set(node.id, { data: nodeData(node) });
  const edges = new Map<string, { data: EdgeData }>();
  for (const relationship of graph.relationships) {
    if (!nodes.has(relationship.from.id) || !nodes.has(relationship.to.id)) continue;
    const data = edgeData(relationship);
    if (!edges.has(data.id)) edges.set(data.id, { data });
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
