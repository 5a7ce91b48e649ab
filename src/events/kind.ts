/**
 * What an event kind is, declared once: its roles and how they become graph relationships, its
 * attributes and how reports combine into the node's value, how it is keyed and recognised as
 * the same event within an article and across articles, how the scorer projects it to pairs, and
 * how the GraphQL API shows it. The extractor's document builder, the writer, key resolution, the
 * scorer, the API and the generated SDL read these descriptors (src/events/index.ts lists them).
 *
 * Pure data and small pure functions: importable from src/extract, src/graph, src/eval, src/api.
 */
import type { EntityType } from '../contracts/extraction-document.js';

/** Which way the relationship between the event and an actor points. */
export type Direction = 'actor-to-event' | 'event-to-actor';

export interface RoleDescriptor {
  /** Field of the document event, and of the extractor's draft, that holds the entity ids. */
  readonly field: string;
  /** A list of entity ids, or one id or null. */
  readonly many: boolean;
  /** Relationship type in the graph (`ISSUED`); upper case, from descriptors only. */
  readonly edge: string;
  readonly direction: Direction;
  /** Entity types the role admits; absent: any actor. */
  readonly actorTypes?: readonly EntityType[];
  /** Fewest members an extracted event needs in this role to be kept in the document. */
  readonly min?: number;
  /** Gold files may list judgement-call members of this role in this field (`optionalSubjects`). */
  readonly optionalField?: string;
  readonly graphql: {
    /** Value of the `EventRole` enum (`ISSUER`); one per edge type across all kinds. */
    readonly role: string;
    /** What the role value means, e.g. "Issued a warrant". */
    readonly roleDescription: string;
    /** Field of the event's GraphQL type (`issuer`, `subjects`). */
    readonly field: string;
    readonly description: string;
    /** A filter on the kind's connection (`where: { issuer: ID }`), if it has one. */
    readonly filter?: {
      readonly argument: string;
      readonly description: string;
      readonly list?: { readonly max: number };
    };
  };
}

/**
 * How the reports of several articles combine into the event node's value:
 * - `newest-known`: what the newest report that knows it says (the `unknown` value never overrides
 *   a known one); reports of the same day that disagree give the later of `stages`, if declared;
 * - `newest`: the newest report's non-null value;
 * - `union`: every report's values (list attributes), sorted.
 */
export type Combine = 'newest-known' | 'newest' | 'union';

export interface AttributeDescriptor {
  /** Field of the document event, of the draft, of REPORTS and of the event node. */
  readonly field: string;
  /** `enum`: one of `values`; `text`: free text or null; `list`: a list of free texts. */
  readonly type: 'enum' | 'text' | 'list';
  readonly values?: readonly string[];
  /** The enum value that says "not stated": the default, and never overrides a stated value. */
  readonly unknown?: string;
  /** Order of stages (earliest first), for `newest-known` ties and merging within one article. */
  readonly stages?: readonly string[];
  readonly combine: Combine;
  readonly graphql: {
    readonly field: string;
    readonly description: string;
    /** The enum of an `enum` attribute: its name and each graph value's GraphQL name and meaning. */
    readonly enum?: {
      readonly name: string;
      readonly description: string;
      readonly values: Readonly<Record<string, { readonly value: string; readonly description: string }>>;
    };
    /** A filter on the kind's connection: a list of enum values, or a text a list value contains. */
    readonly filter?: { readonly argument: string; readonly description: string };
  };
}

/** How the scorer turns an event into typed pairs of entities (docs/extraction-format.md). */
export type PairProjection =
  /** Every member of `from` × every member of `to`; a one-valued `from` that is null gives (null, to). */
  | { readonly type: string; readonly from: string; readonly to: string; readonly ordered: true }
  /** Every unordered pair of members of one role. */
  | { readonly type: string; readonly among: string; readonly ordered: false };

/** An event's actors by role field, as graph keys (sorted, distinct): what keys and matching read. */
export type KeyedRoles = Readonly<Record<string, readonly string[]>>;

/** An event's actors by role as graph keys, and its attributes: what matching across articles reads. */
export interface KeyedView {
  readonly roles: KeyedRoles;
  readonly attributes: Readonly<Record<string, unknown>>;
}

/** An extracted event's actors by role field, as entity indexes, with its attributes and date. */
export interface DraftView {
  readonly roles: Readonly<Record<string, readonly number[]>>;
  readonly attributes: Readonly<Record<string, unknown>>;
  readonly date: string | null;
}

/**
 * A relationship from an event to another event of the same document (an arrest to the warrant
 * it executes). The document holds the other event's id; the extractor's draft holds the
 * sentence that ties them, and the document builder finds the event of that sentence.
 */
export interface LinkDescriptor {
  /** Field of the document event (an event id or null) and of the draft (a sentence index or null). */
  readonly field: string;
  /** The linked event's kind. */
  readonly to: string;
  /** Relationship type, from this event to the linked one. */
  readonly edge: string;
  /**
   * Which node of the linked event: the one whose `targetRole` holds this event's `role` member
   * (a warrant is split per subject: the arrest executes the one against the person arrested).
   */
  readonly match: { readonly role: string; readonly targetRole: string };
  readonly graphql: {
    readonly field: string;
    readonly description: string;
    /** The field on the linked kind listing the events that link to it (`Warrant.arrests`). */
    readonly inverse: { readonly field: string; readonly description: string };
    /** A Boolean on the linked kind: whether any event links to it, with its filter (`executed`). */
    readonly flag: { readonly field: string; readonly description: string; readonly filterDescription: string };
  };
}

/** Which actors of an actor's relationships list events of this kind (`warrantsIssued`). */
export interface ActorFieldDescriptor {
  readonly name: string;
  readonly description: string;
  /** Role fields that link the actor to the event. */
  readonly roles: readonly string[];
  /** Actor types that have the field; absent: every actor (the `Actor` interface). */
  readonly on?: readonly EntityType[];
}

export interface EventKind {
  /** Document `type`, graph label and GraphQL type name (`Warrant`). */
  readonly type: string;
  /** Document id prefix: `w` → w1, w2… */
  readonly idPrefix: string;
  readonly roles: readonly RoleDescriptor[];
  readonly attributes: readonly AttributeDescriptor[];
  /** Relationships to other events of the document. */
  readonly links?: readonly LinkDescriptor[];
  /**
   * The minor version of `kg-extraction/1` that introduced the kind (absent: 1.0). The scorer
   * scores its pairs only against gold files that declare that version or a later one.
   */
  readonly since?: number;
  /**
   * The event is written to the graph only when one of these roles has a member: without them
   * there is nothing to identify it by.
   */
  readonly identifiedBy: readonly string[];
  /** One graph node per member of this role (a warrant per subject); absent: one node. */
  readonly splitBy?: string;
  /**
   * Roles whose actors find other articles' reports of the same event (the first role with
   * members). Empty: the natural key is exact and no search is needed.
   */
  readonly anchors: readonly string[];
  /** The deterministic key; `when` is the date, or `undated-YYYY-MM` of the report. */
  readonly naturalKey: (event: KeyedView, when: string) => string;
  /** Whether another article's event (already in the graph) is this one; periods overlap already. */
  readonly sameAcrossArticles: (event: KeyedView, candidate: KeyedView) => boolean;
  /** Whether two extracted events of one article are one event, to be merged. */
  readonly sameInArticle: (a: DraftView, b: DraftView) => boolean;
  /**
   * Whether an extracted event without members in `identifiedBy` ("the ICC is considering
   * warrants") belongs to `event`: it then adds its evidence and list attributes to the nearest
   * such event before it (else the first after it). Absent: such events are dropped.
   */
  readonly joinIncomplete?: (incomplete: DraftView, event: DraftView) => boolean;
  readonly scoring: readonly PairProjection[];
  readonly graphql: {
    readonly description: string;
    /** Value of the `EventType` enum (`WARRANT`) and what it means. */
    readonly typeValue: string;
    readonly typeDescription: string;
    /** The connection's query field (`warrants`) and its description. */
    readonly connection: string;
    readonly connectionDescription: string;
    /** Plural noun for generated descriptions ("warrants"). */
    readonly plural: string;
    readonly actorFields: readonly ActorFieldDescriptor[];
  };
}

/** Members of a role as a list, whether the role holds one id or many. */
export function membersOf<T>(value: T | readonly T[] | null | undefined): T[] {
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? [...(value as readonly T[])] : [value as T];
}

export function sameSet<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

export function intersects<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.some((x) => b.includes(x));
}

/** `a+b` of sorted keys, `-` for none: the parts of natural keys. */
export function keyList(keys: readonly string[] | undefined): string {
  return keys && keys.length > 0 ? [...keys].sort().join('+') : '-';
}

/** Two partial dates that may mean the same day: one is a prefix of the other, or one is absent. */
export function datesCompatible(a: string | null, b: string | null): boolean {
  return a === null || b === null || a.startsWith(b) || b.startsWith(a);
}
