/**
 * Relay global ids: base64 of `Type:key` (`Person:person:benjamin-netanyahu`). The type makes
 * ids unique across the API and tells `node(id:)` where to look without asking the database.
 * ID arguments also take a graph key as it is (`court:international-criminal-court`): keys
 * carry their type, and contain a colon, which base64 never does, so the two never collide.
 */
import { badInput } from './errors.js';
import { ACTOR_LABELS, EVENT_LABELS, type ActorLabel, type EventLabel, type NodeRow } from './rows.js';

export const NODE_TYPES = [...ACTOR_LABELS, ...EVENT_LABELS, 'Article'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export type NodeRef =
  | { kind: 'actor'; type: ActorLabel; key: string }
  | { kind: 'event'; type: EventLabel; key: string }
  | { kind: 'article'; type: 'Article'; key: string };

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
/** Longest id accepted: keys are short, but event keys list their actors. */
const MAX_ID_LENGTH = 2000;

export function toGlobalId(type: NodeType, key: string): string {
  return Buffer.from(`${type}:${key}`, 'utf8').toString('base64');
}

export function globalIdOf(row: NodeRow): string {
  return toGlobalId(row.kind === 'article' ? 'Article' : row.label, row.kind === 'article' ? row.id : row.key);
}

/** Decodes a global id or a typed graph key; a malformed one is BAD_USER_INPUT. */
export function parseId(id: string): NodeRef {
  if (id.length === 0 || id.length > MAX_ID_LENGTH) throw badInput(`Malformed id ${preview(id)}.`);
  if (id.includes(':')) return refOfKey(id) ?? malformed(id);
  if (!BASE64.test(id)) malformed(id);
  const decoded = Buffer.from(id, 'base64').toString('utf8');
  // Only the canonical encoding is an id; this rejects strings that merely decode to something.
  if (Buffer.from(decoded, 'utf8').toString('base64') !== id) malformed(id);
  const colon = decoded.indexOf(':');
  const type = decoded.slice(0, colon);
  const key = decoded.slice(colon + 1);
  if (colon <= 0 || key === '' || !(NODE_TYPES as readonly string[]).includes(type)) malformed(id);
  return refOf(type, key);
}

/** Decodes an id that must name one kind of node; another kind is BAD_USER_INPUT. */
export function parseIdOf<K extends NodeRef['kind']>(
  id: string,
  kind: K,
  argument: string,
): Extract<NodeRef, { kind: K }> {
  const ref = parseId(id);
  if (ref.kind !== kind) {
    throw badInput(`${argument} must be the id of ${article(kind)}, got the id of a ${ref.type}.`, { argument });
  }
  return ref as Extract<NodeRef, { kind: K }>;
}

/** `person:…` → Person; keys of articles are not typed, so articles need a global id. */
function refOfKey(key: string): NodeRef | undefined {
  const prefix = key.slice(0, key.indexOf(':'));
  const type = [...ACTOR_LABELS, ...EVENT_LABELS].find((label) => label.toLowerCase() === prefix);
  if (type === undefined || key.length === prefix.length + 1) return undefined;
  return refOf(type, key);
}

function refOf(type: NodeType, key: string): NodeRef {
  if (type === 'Article') return { kind: 'article', type, key };
  if ((ACTOR_LABELS as readonly string[]).includes(type)) return { kind: 'actor', type: type as ActorLabel, key };
  return { kind: 'event', type: type, key };
}

function malformed(id: string): never {
  throw badInput(
    `Malformed id ${preview(id)}: expected a global id (base64 of "Type:key") or a key such as "person:…".`,
  );
}

function preview(id: string): string {
  return JSON.stringify(id.length > 60 ? `${id.slice(0, 60)}…` : id);
}

function article(kind: NodeRef['kind']): string {
  return kind === 'actor' ? 'an actor' : kind === 'event' ? 'an event' : 'an article';
}
