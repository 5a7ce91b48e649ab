/**
 * The `kg-extraction/1` document: what the extractor produces, what ingestion writes into
 * Neo4j and what the gold annotations are written in. Kept in step with
 * ../shared/spec/extraction-format.md (see docs/extraction-format.md).
 */

export const EXTRACTION_FORMAT = 'kg-extraction/1' as const;

/**
 * The minor version of `kg-extraction/1` this project writes: 1.1 added Arrest events and
 * `current` on HOLDS_ROLE, 1.2 `since`/`until` on HOLDS_ROLE. A document without
 * `formatVersion` is 1.0 (docs/extraction-format.md).
 */
export const FORMAT_MINOR = 2;
export const FORMAT_VERSION = `1.${FORMAT_MINOR}`;

export const ENTITY_TYPES = ['Person', 'State', 'Court', 'Organization', 'Place'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const WARRANT_STATUSES = ['issued', 'requested', 'considered', 'threatened', 'withdrawn', 'unknown'] as const;
export type WarrantStatus = (typeof WARRANT_STATUSES)[number];

export const MEETING_MODES = ['in_person', 'phone_call', 'virtual', 'unknown'] as const;
export type MeetingMode = (typeof MEETING_MODES)[number];

/** The steps after a warrant that an Arrest event records (format 1.1). */
export const ARREST_KINDS = ['arrest', 'surrender', 'transfer', 'release'] as const;
export type ArrestKind = (typeof ARREST_KINDS)[number];

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the precision the text gives is kept. */
export type PartialDate = string;

export interface ArticleMeta {
  /** Given by the caller, else sha256 of the normalised text. */
  id: string;
  title: string | null;
  url: string | null;
  /** `YYYY-MM-DD`; anchors relative dates such as "last week". */
  publishedAt: string | null;
  language: string;
}

export interface Entity {
  /** Unique inside this document only (e1, e2, …). */
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  optional?: boolean;
}

/** A span of the article text: `text === articleText.slice(start, end)` (UTF-16 offsets). */
export interface Evidence {
  text: string;
  start: number;
  end: number;
}

interface EventBase {
  id: string;
  date: PartialDate | null;
  evidence: Evidence[];
  optional?: boolean;
}

export interface WarrantEvent extends EventBase {
  type: 'Warrant';
  issuer: string | null;
  subjects: string[];
  status: WarrantStatus;
  charges: string[];
  optionalSubjects?: string[];
}

export interface StrikeEvent extends EventBase {
  type: 'Strike';
  perpetrators: string[];
  targets: string[];
  locations: string[];
  killed: string[];
  optionalTargets?: string[];
}

export interface MeetingEvent extends EventBase {
  type: 'Meeting';
  participants: string[];
  locations: string[];
  mode: MeetingMode;
  topic: string | null;
  optionalParticipants?: string[];
}

/** Since format 1.1: an arrest, surrender, transfer or release of one person. */
export interface ArrestEvent extends EventBase {
  type: 'Arrest';
  /** Person entity id. */
  person: string;
  /** The arresting (transferring, releasing) state or body, or null. */
  authority: string | null;
  locations: string[];
  /** The court or state the person was handed over or surrendered to, or null. */
  handedTo: string | null;
  /** Id of the Warrant event of this document that the arrest executes, or null. */
  warrant: string | null;
  kind: ArrestKind;
}

export type ExtractedEvent = WarrantEvent | StrikeEvent | MeetingEvent | ArrestEvent;
export type EventType = ExtractedEvent['type'];

export interface HoldsRoleRelation {
  type: 'HOLDS_ROLE';
  /** Person entity id. */
  from: string;
  /** State, Court or Organization entity id. */
  to: string;
  role: string;
  /**
   * Since 1.1: false when the text says the office is a former one ("former defence minister",
   * "ex-president"); absent or true otherwise. A role written "former X" reads the same.
   */
  current?: boolean;
  /**
   * Since 1.2: the date from which the text says the office was held ("defence minister since
   * 2019"), `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; absent when it says none.
   */
  since?: PartialDate;
  /** Since 1.2: the date the text says the office ended ("president from 2016 to 2022"). */
  until?: PartialDate;
  evidence: Evidence[];
  optional?: boolean;
}

export type Relation = HoldsRoleRelation;

export interface ExtractionDocument {
  format: typeof EXTRACTION_FORMAT;
  /** `1.1` when the document may hold Arrest events; absent: 1.0. */
  formatVersion?: string;
  article: ArticleMeta;
  entities: Entity[];
  events: ExtractedEvent[];
  relations: Relation[];
}
