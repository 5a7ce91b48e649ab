/**
 * Types the extraction passes hand to each other. The public document types are in
 * document.ts; these are the partial results before 08-document.ts assembles them.
 */

import type { ArrestKind, EntityType, MeetingMode, WarrantStatus } from '../contracts/extraction-document.js';
import type { TitleEntry } from './data/titles.js';

export interface Span {
  start: number;
  end: number;
}

export type TokenKind = 'word' | 'num' | 'punct' | 'poss';

export interface Token extends Span {
  text: string;
  /** Lower case. */
  lower: string;
  /** Lower case without diacritics: the gazetteer key. */
  key: string;
  kind: TokenKind;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, none lower case ("ICC", "DOHA"). */
  upper: boolean;
}

export interface Sentence extends Span {
  index: number;
  tokens: Token[];
}

export type MentionKind = 'entity' | 'title' | 'honorific';

/** How an entity mention names its entity; decides how 04-entities.ts resolves it. */
export type MentionVia =
  | 'name'
  | 'demonym'
  | 'weak-demonym'
  | 'capital'
  | 'state-epithet'
  | 'place-epithet'
  | 'court-epithet'
  | 'court-organ'
  | 'pattern'
  | 'person'
  | 'surname'
  | 'acronym';

export interface Mention extends Span {
  sentence: number;
  /** Token range [tok, tokEnd) in the sentence. A part of a hyphenated word has tokEnd = tok + 1. */
  tok: number;
  tokEnd: number;
  text: string;
  kind: MentionKind;
  via?: MentionVia;
  type?: EntityType;
  /** Gazetteer key ("state:QA", "court:icc", "org:hamas") or, for new names, "new:<type>:<name>". */
  key?: string;
  /** Canonical name of a name composed in the text ("Gaza Ministry of Health"). */
  name?: string;
  /** Candidate keys of an epithet or organ; null means "any of this type". */
  candidates?: readonly string[] | null;
  /** For part of a hyphenated word ("Qatar" in "Qatar-based"): the other parts, lower case. */
  compound?: readonly string[];
  title?: TitleEntry;
  plural?: boolean;
  /** A lone surname after a sentence opener shaped like an adverb, which may be its given name. */
  opener?: boolean;
  /** A title written "ex-President": the office is a former one. */
  former?: boolean;
  /** Index into the entity list, set by 04-entities.ts. */
  entity?: number;
}

export interface EntityDraft {
  index: number;
  type: EntityType;
  key: string;
  name: string;
  aliases: Set<string>;
  /** Offset of the first mention: entities are numbered in reading order. */
  firstStart: number;
  mentionCount: number;
  /** For places and state organs: the ISO code of their state. */
  country: string | null;
}

export interface RoleDraft {
  person: number;
  org: number;
  role: string;
  sentences: number[];
  /** When the text gives it (role-dates.ts): the office held since, or until, this date. */
  since?: string;
  until?: string;
  /** false when the text says the office ended (role-dates.ts); absent otherwise. */
  current?: boolean;
}

interface EventDraftBase {
  sentences: number[];
  /** Offset of the word that triggered the event; anchors the date. */
  triggerAt: number;
}

export interface WarrantDraft extends EventDraftBase {
  type: 'Warrant';
  issuer: number | null;
  subjects: number[];
  status: WarrantStatus;
  charges: string[];
}

export interface StrikeDraft extends EventDraftBase {
  type: 'Strike';
  perpetrators: number[];
  targets: number[];
  locations: number[];
  killed: number[];
  /** Whether the targets were read from the text rather than inferred. */
  explicitTargets: boolean;
  /** The word that reported it, reduced to a base form ("strikes" → "strike"). */
  word: string;
}

export interface MeetingDraft extends EventDraftBase {
  type: 'Meeting';
  participants: number[];
  locations: number[];
  mode: MeetingMode;
  topic: string | null;
}

export interface ArrestDraft extends EventDraftBase {
  type: 'Arrest';
  person: number;
  authority: number | null;
  locations: number[];
  handedTo: number | null;
  /** The sentence that ties the arrest to a warrant ("on an ICC warrant"), or null. */
  warrant: number | null;
  kind: ArrestKind;
}

export type EventDraft = WarrantDraft | StrikeDraft | MeetingDraft | ArrestDraft;

/** A date the text gives, with the precision it gives. */
export interface DatedSpan extends Span {
  value: string;
}
