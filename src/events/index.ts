/**
 * The event kinds newsgraph knows, listed once. Everything kind-specific (the document builder,
 * the writer and its Cypher, key resolution, the scorer, the API and its generated SDL) reads them
 * from here; adding a kind is a descriptor module, an entry below, and the extractor's rule for it
 * (docs/graph-model.md, "Adding an event kind").
 */
import type { EntityType, EventType } from '../contracts/extraction-document.js';
import { arrest } from './arrest.js';
import type { AttributeDescriptor, Direction, EventKind, LinkDescriptor, RoleDescriptor } from './kind.js';
import { meeting } from './meeting.js';
import { strike } from './strike.js';
import { warrant } from './warrant.js';

export type { AttributeDescriptor, EventKind, LinkDescriptor, RoleDescriptor } from './kind.js';

/**
 * One descriptor per document event type, in document order: a type of the document without a
 * descriptor (or the reverse) does not compile.
 */
const BY_DOCUMENT_TYPE: { readonly [T in EventType]: EventKind & { type: T } } = {
  Warrant: warrant as EventKind & { type: 'Warrant' },
  Strike: strike as EventKind & { type: 'Strike' },
  Meeting: meeting as EventKind & { type: 'Meeting' },
  Arrest: arrest as EventKind & { type: 'Arrest' },
};

/** Relationship types between events and actors, as descriptors declare them. */
export interface EventEdge {
  edge: string;
  direction: Direction;
  /** Kinds that use it, with the role each gives it. */
  uses: Array<{ kind: EventKind; role: RoleDescriptor }>;
}

const TYPE_NAME = /^[A-Z][A-Za-z]*$/;
const EDGE_NAME = /^[A-Z][A-Z_]*$/;
const FIELD_NAME = /^[a-z][A-Za-z]*$/;
const VALUE = /^[a-z][a-z_]*$/;
/** Fields every document event has: no role or attribute may take them. */
const RESERVED_FIELDS = new Set(['id', 'type', 'key', 'date', 'evidence', 'optional', 'label']);

/**
 * A checked set of event kinds. Names that reach Cypher (labels, relationship types, property
 * names) are checked here against strict patterns, so statements built from them stay safe.
 */
export class EventKinds {
  readonly list: readonly EventKind[];
  readonly #byType: ReadonlyMap<string, EventKind>;
  /** Every event-actor relationship type, sorted. */
  readonly edges: readonly EventEdge[];

  constructor(kinds: readonly EventKind[]) {
    this.list = kinds;
    this.#byType = new Map(kinds.map((kind) => [kind.type, kind]));
    this.edges = collectEdges(kinds);
    validate(kinds, this.edges);
  }

  get labels(): string[] {
    return this.list.map((kind) => kind.type);
  }

  get edgeTypes(): string[] {
    return this.edges.map((edge) => edge.edge);
  }

  /** Relationships between events (an arrest EXECUTES a warrant), with the kind that declares each. */
  get links(): Array<{ kind: EventKind; link: LinkDescriptor }> {
    return this.list.flatMap((kind) => (kind.links ?? []).map((link) => ({ kind, link })));
  }

  get linkTypes(): string[] {
    return [...new Set(this.links.map(({ link }) => link.edge))].sort();
  }

  /** The kind of a document or graph type, or undefined. */
  find(type: string): EventKind | undefined {
    return this.#byType.get(type);
  }

  get(type: string): EventKind {
    const kind = this.#byType.get(type);
    if (kind === undefined) throw new Error(`no event kind ${JSON.stringify(type)}`);
    return kind;
  }

  /** Pair types of the scorer, in kind order. */
  get pairTypes(): string[] {
    return this.list.flatMap((kind) => kind.scoring.map((pair) => pair.type));
  }

  /** Distinct attributes across kinds (a field two kinds share is declared alike). */
  get attributes(): AttributeDescriptor[] {
    const seen = new Map<string, AttributeDescriptor>();
    for (const kind of this.list) for (const a of kind.attributes) if (!seen.has(a.field)) seen.set(a.field, a);
    return [...seen.values()];
  }
}

function collectEdges(kinds: readonly EventKind[]): EventEdge[] {
  const edges = new Map<string, EventEdge>();
  for (const kind of kinds) {
    for (const role of kind.roles) {
      const edge = edges.get(role.edge) ?? { edge: role.edge, direction: role.direction, uses: [] };
      edge.uses.push({ kind, role });
      edges.set(role.edge, edge);
    }
  }
  return [...edges.values()].sort((a, b) => (a.edge < b.edge ? -1 : 1));
}

function validate(kinds: readonly EventKind[], edges: readonly EventEdge[]): void {
  const fail = (message: string): never => {
    throw new Error(`event kinds: ${message}`);
  };
  const unique = (values: string[], what: string): void => {
    const dup = values.find((v, i) => values.indexOf(v) !== i);
    if (dup !== undefined) fail(`${what} ${JSON.stringify(dup)} is declared twice`);
  };
  unique(
    kinds.map((k) => k.type),
    'type',
  );
  unique(
    kinds.map((k) => k.idPrefix),
    'id prefix',
  );
  unique(
    kinds.flatMap((k) => k.scoring.map((p) => p.type)),
    'pair type',
  );
  unique(
    kinds.map((k) => k.graphql.typeValue),
    'EventType value',
  );
  for (const kind of kinds) {
    const where = kind.type;
    if (!TYPE_NAME.test(kind.type)) fail(`type ${JSON.stringify(kind.type)} is not a label name`);
    if (!/^[a-z]+$/.test(kind.idPrefix)) fail(`${where}: id prefix ${JSON.stringify(kind.idPrefix)}`);
    const fields = [
      ...kind.roles.map((r) => r.field),
      ...kind.attributes.map((a) => a.field),
      ...(kind.links ?? []).map((l) => l.field),
    ];
    unique(fields, `${where} field`);
    unique(
      kind.roles.map((r) => r.edge),
      `${where} relationship`,
    );
    for (const field of fields) {
      if (!FIELD_NAME.test(field) || RESERVED_FIELDS.has(field)) fail(`${where}: field ${JSON.stringify(field)}`);
    }
    const roleFields = new Set(kind.roles.map((r) => r.field));
    const needRole = (field: string | undefined, what: string): void => {
      if (field !== undefined && !roleFields.has(field)) fail(`${where}: ${what} names no role: ${field}`);
    };
    for (const role of kind.roles) {
      if (!EDGE_NAME.test(role.edge)) fail(`${where}.${role.field}: relationship ${JSON.stringify(role.edge)}`);
      if (
        role.optionalField !== undefined &&
        (!FIELD_NAME.test(role.optionalField) || fields.includes(role.optionalField))
      )
        fail(`${where}.${role.field}: optional field ${JSON.stringify(role.optionalField)}`);
    }
    for (const link of kind.links ?? []) {
      const target = kinds.find((k) => k.type === link.to);
      if (target === undefined) fail(`${where}.${link.field}: links to no kind ${link.to}`);
      if (!EDGE_NAME.test(link.edge) || edges.some((e) => e.edge === link.edge))
        fail(`${where}.${link.field}: relationship ${JSON.stringify(link.edge)}`);
      needRole(link.match.role, `link ${link.field}`);
      if (!target!.roles.some((r) => r.field === link.match.targetRole))
        fail(`${where}.${link.field}: ${link.to} has no role ${link.match.targetRole}`);
    }
    kind.identifiedBy.forEach((f) => needRole(f, 'identifiedBy'));
    kind.anchors.forEach((f) => needRole(f, 'anchors'));
    needRole(kind.splitBy, 'splitBy');
    for (const pair of kind.scoring) {
      if (pair.ordered) {
        needRole(pair.from, `pair ${pair.type}`);
        needRole(pair.to, `pair ${pair.type}`);
      } else needRole(pair.among, `pair ${pair.type}`);
    }
    kind.graphql.actorFields.forEach((f) => f.roles.forEach((r) => needRole(r, `actor field ${f.name}`)));
    for (const a of kind.attributes) {
      if (a.type === 'enum') {
        const values = a.values ?? fail(`${where}.${a.field}: an enum needs values`);
        for (const v of [...values, ...(a.stages ?? [])])
          if (!VALUE.test(v) || !values.includes(v)) fail(`${where}.${a.field}: value ${v}`);
        if (a.unknown !== undefined && !values.includes(a.unknown)) fail(`${where}.${a.field}: unknown value`);
        const gql = a.graphql.enum ?? fail(`${where}.${a.field}: an enum needs its GraphQL enum`);
        const mapped = Object.values(gql.values).map((v) => v.value);
        if (!sameMembers(mapped, values))
          fail(`${where}.${a.field}: GraphQL enum ${gql.name} does not map every value`);
      }
    }
  }
  for (const edge of edges) {
    const directions = new Set(edge.uses.map((u) => u.role.direction));
    const roles = new Set(edge.uses.map((u) => u.role.graphql.role));
    if (directions.size > 1) fail(`relationship ${edge.edge} is declared in both directions`);
    if (roles.size > 1) fail(`relationship ${edge.edge} has several EventRole values: ${[...roles].join(', ')}`);
  }
  unique(
    edges.map((e) => e.uses[0]!.role.graphql.role),
    'EventRole value',
  );
  const attributes = new Map<string, AttributeDescriptor>();
  for (const a of kinds.flatMap((k) => k.attributes)) {
    const other = attributes.get(a.field);
    if (
      other &&
      (other.type !== a.type || other.combine !== a.combine || other.graphql.enum?.name !== a.graphql.enum?.name)
    )
      fail(`attribute ${a.field} is declared differently by two kinds`);
    attributes.set(a.field, a);
  }
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** The kinds in document order. */
export const EVENT_KINDS: readonly EventKind[] = Object.values(BY_DOCUMENT_TYPE);

/** The project's event kinds, checked at load. */
export const eventKinds = new EventKinds(EVENT_KINDS);

/** The descriptor of a document event type (typed). */
export function kindOf<T extends EventType>(type: T): EventKind & { type: T } {
  return BY_DOCUMENT_TYPE[type];
}

/** Entity types a role admits, or every type. */
export function admits(role: RoleDescriptor, type: EntityType): boolean {
  return role.actorTypes === undefined || role.actorTypes.includes(type);
}
