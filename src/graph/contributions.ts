/**
 * What one extracted document contributes to the graph, in graph terms: actors, events split
 * the way their kind keys them (a warrant per issuer and subject), the edges between them, and
 * offices held. Pure: keys are resolved afterwards against what the graph already holds.
 */
import { eventKinds, type EventKinds } from '../events/index.js';
import { membersOf, type EventKind } from '../events/kind.js';
import {
  ENTITY_TYPES,
  type Entity,
  type EntityType,
  type Evidence,
  type ExtractionDocument,
} from '../contracts/extraction-document.js';
import { NewsgraphError } from '../errors.js';
import { isPartialDate } from './keys.js';

export interface ActorContribution {
  /** The entity id inside the document (e1, e2…). */
  ref: string;
  type: EntityType;
  name: string;
  /** Every name the article used for it, the canonical one included. */
  aliases: string[];
}

export interface EventContribution {
  kind: EventKind;
  /** The event's id in the document. */
  id: string;
  /** Actors by relationship type, as document entity refs. */
  edges: Array<{ type: string; ref: string }>;
  date: string | null;
  /** The kind's attributes as the article states them (null or [] where it does not). */
  attributes: Record<string, unknown>;
  evidence: Evidence[];
  /** Relationships to other events of the document, by their index in `events`. */
  links: Array<{ type: string; target: number }>;
}

export interface RoleContribution {
  personRef: string;
  holderRef: string;
  /** The office without "former"/"ex-": one relationship per office, whatever the time. */
  role: string;
  /** What this article says: held now (true) or before (false, "former defence minister"). */
  current: boolean;
  /** The dates this article gives for the office (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), or null. */
  since: string | null;
  until: string | null;
  evidence: Evidence | null;
}

export interface Contributions {
  actors: ActorContribution[];
  events: EventContribution[];
  roles: RoleContribution[];
}

/**
 * Splits a document into contributions, checking that it is internally consistent: every
 * reference names an entity of a type the role admits, types and dates are valid. A broken
 * document is refused whole (INVALID_DOCUMENT), before anything is written.
 */
export function planContributions(document: ExtractionDocument, kinds: EventKinds = eventKinds): Contributions {
  const entities = new Map<string, Entity>();
  for (const entity of document.entities) {
    if (!(ENTITY_TYPES as readonly string[]).includes(entity.type)) {
      invalid(`entity ${entity.id} has unknown type ${JSON.stringify(entity.type)}`);
    }
    if (entity.name.trim() === '') invalid(`entity ${entity.id} has an empty name`);
    if (entities.has(entity.id)) invalid(`entity id ${entity.id} is used twice`);
    entities.set(entity.id, entity);
  }
  const ref = (id: unknown, where: string, types?: readonly EntityType[]): string => {
    const entity = typeof id === 'string' ? entities.get(id) : undefined;
    if (!entity) invalid(`${where} refers to unknown entity ${JSON.stringify(id)}`);
    if (types && !types.includes(entity.type))
      invalid(`${where} refers to ${entity.type} ${entity.id}, expected ${types.join(' or ')}`);
    return entity.id;
  };

  const actors = document.entities.map((entity) => ({
    ref: entity.id,
    type: entity.type,
    name: entity.name.trim(),
    // Descriptions ("the court", "the Gulf state") help the scorer match, but are no names to search by.
    aliases: distinct(
      [entity.name.trim(), ...entity.aliases.map((alias) => alias.trim()).filter(isName)].filter(Boolean),
    ),
  }));

  const events: EventContribution[] = [];
  for (const event of document.events) {
    const where = `event ${event.id}`;
    const kind = kinds.find(event.type);
    if (kind === undefined) invalid(`${where} has unknown type ${JSON.stringify(event.type)}`);
    if (event.date !== null && !isPartialDate(event.date))
      invalid(`${where} has an invalid date ${JSON.stringify(event.date)}`);
    const fields = event as unknown as Record<string, unknown>;
    const members = Object.fromEntries(
      kind.roles.map((role) => {
        const value = fields[role.field] ?? (role.many ? [] : null);
        if (role.many ? !Array.isArray(value) : value !== null && typeof value !== 'string')
          invalid(`${where}.${role.field} must be ${role.many ? 'a list of entity ids' : 'an entity id or null'}`);
        const ids = distinct(membersOf(value as string | string[] | null));
        return [role.field, ids.map((id) => ref(id, `${where}.${role.field}`, role.actorTypes))];
      }),
    );
    if (!kind.identifiedBy.some((field) => (members[field]?.length ?? 0) > 0)) continue;
    const attributes = Object.fromEntries(
      kind.attributes.map((a) => [a.field, attributeValue(a, fields[a.field], where)]),
    );
    const base = { kind, id: event.id, date: event.date, evidence: event.evidence, attributes };
    const edgesOf = (field: string, ids: readonly string[]) => {
      const role = kind.roles.find((r) => r.field === field)!;
      return ids.map((id) => ({ type: role.edge, ref: id }));
    };
    const shared = Object.entries(members).filter(([field]) => field !== kind.splitBy);
    const sharedEdges = shared.flatMap(([field, ids]) => edgesOf(field, ids));
    // One node per member of the split role (a warrant per subject): what other articles report too.
    const splits = kind.splitBy === undefined ? [[]] : (members[kind.splitBy] ?? []).map((id) => [id]);
    for (const split of splits) {
      const own = kind.splitBy === undefined ? [] : edgesOf(kind.splitBy, split);
      events.push({ ...base, links: [], edges: [...sharedEdges, ...own] });
    }
  }

  linkEvents(document, events);

  const roles = document.relations.map((relation, index) => {
    const where = `relation ${index + 1} (${relation.type})`;
    if (relation.role.trim() === '') invalid(`${where} has an empty role`);
    const { office, former } = officeOf(relation.role.trim());
    const dateOf = (field: 'since' | 'until'): string | null => {
      const value: unknown = relation[field];
      if (value === undefined || value === null) return null;
      if (typeof value !== 'string' || !isPartialDate(value)) {
        invalid(`${where} has ${field} ${JSON.stringify(value)}, expected YYYY, YYYY-MM or YYYY-MM-DD`);
      }
      return value;
    };
    return {
      personRef: ref(relation.from, where, ['Person']),
      holderRef: ref(relation.to, where, ['State', 'Court', 'Organization']),
      role: office,
      current: relation.current !== false && !former,
      since: dateOf('since'),
      until: dateOf('until'),
      evidence: relation.evidence[0] ?? null,
    };
  });

  return { actors, events, roles };
}

/**
 * Resolves each event's links (an arrest's `warrant: "w1"`) to the contribution they name: the
 * linked event's node whose role holds this event's member (the warrant against the person held).
 */
function linkEvents(document: ExtractionDocument, events: EventContribution[]): void {
  const byId = new Map(document.events.map((event) => [event.id, event as unknown as Record<string, unknown>]));
  for (const event of events) {
    const fields = byId.get(event.id)!;
    for (const link of event.kind.links ?? []) {
      const target = fields[link.field];
      const where = `event ${event.id}.${link.field}`;
      if (target === null || target === undefined) continue;
      const linked = typeof target === 'string' ? byId.get(target) : undefined;
      if (linked === undefined || linked.type !== link.to)
        invalid(`${where} refers to ${JSON.stringify(target)}, which is not a ${link.to} event of the document`);
      const edgeOf = (kind: EventKind, field: string): string | undefined =>
        kind.roles.find((r) => r.field === field)?.edge;
      const members = event.edges.filter((e) => e.type === edgeOf(event.kind, link.match.role)).map((e) => e.ref);
      const index = events.findIndex(
        (other) =>
          other.id === target &&
          other.edges.some((e) => e.type === edgeOf(other.kind, link.match.targetRole) && members.includes(e.ref)),
      );
      if (index < 0)
        invalid(
          `${where}: ${JSON.stringify(target)} has no ${link.match.targetRole} in common with its ${link.match.role}`,
        );
      event.links.push({ type: link.edge, target: index });
    }
  }
}

/** An attribute as the document states it, checked: an enum value, a text or null, a list of texts. */
function attributeValue(a: EventKind['attributes'][number], value: unknown, where: string): unknown {
  const path = `${where}.${a.field}`;
  switch (a.type) {
    case 'enum':
      if (value === undefined || value === null) return a.unknown ?? null;
      if (typeof value !== 'string' || !a.values?.includes(value))
        invalid(`${path} must be one of ${a.values?.join(', ')}, got ${JSON.stringify(value)}`);
      return value;
    case 'text':
      if (value === undefined || value === null) return null;
      if (typeof value !== 'string') invalid(`${path} must be a text or null`);
      return value;
    case 'list':
      if (value === undefined || value === null) return [];
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) invalid(`${path} must be a list of texts`);
      return distinct(value as string[]);
    default:
      return unreachable(a.type);
  }
}

function unreachable(value: never): never {
  throw new Error(`unhandled ${String(value)}`);
}

/** "former Defence Minister", "ex-President" → the office, and that the text calls it a former one. */
export function officeOf(role: string): { office: string; former: boolean } {
  const match = /^(?:former\s+|ex-)(.+)$/i.exec(role);
  return match?.[1] ? { office: match[1], former: true } : { office: role, former: false };
}

/**
 * Whether an alias is a name rather than a description: its head (last) word, or the last part
 * of a hyphenated head ("al-Hayya"), starts with a capital or a digit. "The court", "the emirate"
 * and "the Gulf state" are descriptions; "ICC", "Pre-Trial Chamber I" and "Israeli" are names.
 */
export function isName(alias: string): boolean {
  const head = alias.trim().split(/\s+/).at(-1)?.split(/[-‐]/).at(-1) ?? '';
  return /^[\p{Lu}\p{Lt}\p{N}]/u.test(head);
}

function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function invalid(message: string): never {
  throw new NewsgraphError('INVALID_DOCUMENT', `Invalid extraction document: ${message}`);
}
