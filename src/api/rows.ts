/**
 * The rows resolvers receive as parents (codegen.ts `mappers`): plain objects as the Cypher
 * queries of cypher/api/ return them, never GraphQL objects. Field resolvers derive the
 * GraphQL shape from them, so one row serves every field that needs it.
 */
import { eventKinds } from '../events/index.js';
import {
  ENTITY_TYPES,
  type Entity,
  type ExtractedEvent,
  type ExtractionDocument,
} from '../contracts/extraction-document.js';
import type { ReportChange } from '../graph/change-feed.js';

export const ACTOR_LABELS = ENTITY_TYPES;
export type ActorLabel = (typeof ACTOR_LABELS)[number];

/** The event kinds' labels (src/events/). */
export const EVENT_LABELS: readonly string[] = eventKinds.labels;
export type EventLabel = string;

/** Relationships from an event's actors to the event or back: the event roles. */
export const EVENT_RELATIONSHIPS: readonly string[] = eventKinds.edgeTypes;
export type EventRelationship = string;

/** What traversals follow: event roles and offices, never mere co-mentions. */
export type TraversedRelationship = string;

export interface ActorRow {
  kind: 'actor';
  label: ActorLabel;
  key: string;
  name: string;
  aliases: string[];
}

/**
 * A date at the precision the articles give (EventDate): an event's, or the start or end of an
 * office. An EventRow is one.
 */
export interface DateRow {
  /** `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or null. */
  date: string | null;
  datePrecision: 'year' | 'month' | 'day' | null;
  /** `YYYY-MM-DD` or null: the first and last day the date may mean. */
  dateFrom: string | null;
  dateTo: string | null;
}

export interface EventRow extends DateRow {
  kind: 'event';
  label: EventLabel;
  key: string;
  reportCount: number;
  /** The kind's attributes (status, charges, mode…) as the node holds them. */
  attributes: Readonly<Record<string, unknown>>;
  /**
   * What the statement that read this event read along with it (./read-along.ts): its fields
   * answer from here at once, where a DataLoader would cost a promise per field and event.
   */
  readAlong?: EventReadAlongRows;
}

export interface EventReadAlongRows {
  /** Every actor of the event, in every role. */
  actors?: EventActorRow[];
  /** Its first `first` sources. */
  sources?: { first: number; rows: SourceRow[] };
}

export interface ArticleRow {
  kind: 'article';
  id: string;
  title: string | null;
  url: string | null;
  /** `YYYY-MM-DD` or null. */
  publishedAt: string | null;
  status: string | null;
  /** ISO 8601 or null. */
  ingestedAt: string | null;
  extractorVersion: string | null;
  lastError: string | null;
}

export type NodeRow = ActorRow | EventRow | ArticleRow;

export interface EvidenceRow {
  text: string;
  start: number;
  end: number;
}

export interface SourceRow {
  articleId: string;
  /** The article, when it was read with the source. */
  article?: ArticleRow;
  evidence: EvidenceRow[];
}

export interface RoleRow {
  role: string;
  /** Held now, as the newest supporting article says. */
  current: boolean;
  /** Held since, until: as the newest supporting article that gives the date says; or null. */
  since: DateRow | null;
  until: DateRow | null;
  person: ActorRow;
  holder: ActorRow;
  sources: SourceRow[];
}

export interface EventActorRow {
  role: EventRelationship;
  actor: ActorRow;
  /** Ids of the articles that support the link. */
  sources: string[];
}

/** A relationship between two events, seen from one of them. */
export interface EventLinkRow {
  type: string;
  /** True when it starts at the event asked about (an arrest → the warrant it executes). */
  outgoing: boolean;
  sources: string[];
  event: EventRow;
}

export interface CounterpartRow {
  actor: ActorRow;
  meetingCount: number;
}

export interface SearchHitRow {
  actor: ActorRow;
  score: number;
}

export interface ArticleReportRow {
  event: EventRow;
  evidence: EvidenceRow[];
}

/** A report the change feed read (Subscription.eventAdded). */
export type EventAddedRow = ReportChange;

export interface RelationshipRow {
  from: NodeRow;
  type: TraversedRelationship;
  to: NodeRow;
  role: string | null;
  sources: string[];
}

export interface PathRow {
  nodes: NodeRow[];
  steps: RelationshipRow[];
}

export interface NeighbourhoodRow {
  center: NodeRow;
  nodes: NodeRow[];
  relationships: RelationshipRow[];
  truncated: boolean;
}

export interface HealthRow {
  status: 'ok' | 'unavailable';
  neo4jVersion: string | null;
  neo4jEdition: string | null;
  database: string;
}

export interface EdgeRow<T> {
  cursor: string;
  node: T;
}

export interface PageInfoRow {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** A page of a connection; `totalCount` runs its count-only query only when a client asks for it. */
export interface PageRow<T> {
  edges: Array<EdgeRow<T>>;
  pageInfo: PageInfoRow;
  totalCount: () => Promise<number>;
}

export type ActorEdge = EdgeRow<ActorRow>;
export type EventEdge = EdgeRow<EventRow>;
export type ArticleEdge = EdgeRow<ArticleRow>;
export type ActorPage = PageRow<ActorRow>;
export type EventPage = PageRow<EventRow>;
export type ArticlePage = PageRow<ArticleRow>;

export interface SubmitPayloadRow {
  articleId: string;
  outcome: 'queued' | 'unchanged' | 'requeued';
}

export interface IngestPayloadRow {
  articleId: string;
  outcome: 'ingested' | 'unchanged';
  document: ExtractionDocument;
}

export type ExtractedEntityRow = Entity;

export interface ExtractedEventRow {
  event: ExtractedEvent;
  /** The document's entities by id, to name the event's actors. */
  entities: ReadonlyMap<string, Entity>;
}

export interface ExtractedEventActorRow {
  role: EventRelationship;
  entity: Entity;
}
