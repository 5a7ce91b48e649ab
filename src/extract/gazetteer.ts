/**
 * Compiles the word lists under data/ into one token trie, built once when the module loads.
 * A lookup walks the sentence tokens from a position and returns the longest phrase whose
 * capitalisation fits (see `caseFits`).
 */

import type { EntityType } from '../contracts/extraction-document.js';
import { COURTS, COURT_EPITHETS, COURT_ORGANS } from './data/courts.js';
import { STATE_EPITHETS } from './data/epithets.js';
import { MEDIA } from './data/media.js';
import { ORGANIZATIONS } from './data/organizations.js';
import { PLACES } from './data/places.js';
import { STATES } from './data/states.js';
import { HONORIFICS, TITLES, type TitleEntry } from './data/titles.js';
import { BLOCKED_PHRASES } from './data/words.js';
import { tokenize } from './tokenize.js';
import type { MentionKind, MentionVia, Token } from './types.js';

export interface GazetteerEntry {
  kind: MentionKind | 'block';
  via?: MentionVia;
  type?: EntityType;
  key?: string;
  candidates?: readonly string[] | null;
  title?: TitleEntry;
  plural?: boolean;
  /** The phrase's own tokens, for the capitalisation check. */
  form: readonly Token[];
  /** Lower wins when two entries share a phrase. */
  priority: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entries: GazetteerEntry[];
}

export interface EntityInfo {
  type: EntityType;
  name: string;
  country: string | null;
}

const root: TrieNode = { next: new Map(), entries: [] };
/** Canonical name, type and state of every gazetteer key. */
export const ENTITY_INFO = new Map<string, EntityInfo>();
/** Key of the capital (Place) of each state, and back. */
export const CAPITAL_OF_STATE = new Map<string, string>();
export const STATE_OF_CAPITAL = new Map<string, string>();
/** The key of the larger place (not a state) each place lies in: "place:jenin" → "place:westbank". */
export const PLACE_WITHIN = new Map<string, string>();
/** Keys of the armed groups (not state forces): what "the rebels", "the militants" can stand for. */
export const ARMED_GROUPS = new Set<string>();
/** Keys of the seats of governments: "the Kremlin's adviser" holds an office of Russia. */
export const GOVERNMENT_SEATS = new Set<string>();
/** Place keys by epithet phrase (lower case). */
export const PLACE_EPITHETS = new Map<string, string[]>();

function add(phrase: string, entry: Omit<GazetteerEntry, 'form'>): void {
  const form = tokenize(phrase);
  if (form.length === 0) return;
  let node = root;
  for (const t of form) {
    let child = node.next.get(t.key);
    if (child === undefined) {
      child = { next: new Map(), entries: [] };
      node.next.set(t.key, child);
    }
    node = child;
  }
  node.entries.push({ ...entry, form });
  node.entries.sort((a, b) => a.priority - b.priority);
}

function addEntity(key: string, info: EntityInfo, phrases: readonly string[], via: MentionVia = 'name'): void {
  ENTITY_INFO.set(key, info);
  for (const p of new Set(phrases)) add(p, { kind: 'entity', via, type: info.type, key, priority: 1 });
}

for (const s of STATES) {
  const key = `state:${s.code}`;
  addEntity(key, { type: 'State', name: s.name, country: s.code }, [s.name, ...s.aliases]);
  for (const d of s.demonyms) add(d, { kind: 'entity', via: 'demonym', type: 'State', key, priority: 2 });
  for (const d of s.weakDemonyms ?? [])
    add(d, { kind: 'entity', via: 'weak-demonym', type: 'State', key, priority: 2 });
  if (s.capital !== null) {
    const capKey = `cap:${s.code}`;
    addEntity(
      capKey,
      { type: 'Place', name: s.capital, country: s.code },
      [s.capital, ...(s.capitalAliases ?? [])],
      'capital',
    );
    CAPITAL_OF_STATE.set(key, capKey);
    STATE_OF_CAPITAL.set(capKey, key);
  }
}
for (const c of COURTS)
  addEntity(`court:${c.key}`, { type: 'Court', name: c.name, country: null }, [c.name, ...c.aliases]);
for (const o of ORGANIZATIONS) {
  addEntity(`org:${o.key}`, { type: 'Organization', name: o.name, country: o.state ?? null }, [o.name, ...o.aliases]);
  if (o.kind === 'armed') ARMED_GROUPS.add(`org:${o.key}`);
  if (o.kind === 'seat') GOVERNMENT_SEATS.add(`org:${o.key}`);
}
for (const m of MEDIA)
  addEntity(`media:${m.key}`, { type: 'Organization', name: m.name, country: null }, [m.name, ...m.aliases]);
for (const p of PLACES) {
  const key = `place:${p.key}`;
  addEntity(key, { type: 'Place', name: p.name, country: p.country }, [p.name, ...p.aliases]);
  if (p.within !== undefined) PLACE_WITHIN.set(key, `place:${p.within}`);
  for (const e of p.epithets ?? []) {
    const lower = e.toLowerCase();
    PLACE_EPITHETS.set(lower, [...(PLACE_EPITHETS.get(lower) ?? []), key]);
    add(e, {
      kind: 'entity',
      via: 'place-epithet',
      type: 'Place',
      candidates: PLACE_EPITHETS.get(lower) ?? [],
      priority: 3,
    });
  }
}
for (const o of COURT_ORGANS) {
  add(o.phrase, {
    kind: 'entity',
    via: 'court-organ',
    type: 'Court',
    candidates: o.court === null ? null : [`court:${o.court}`],
    priority: 1,
  });
}
for (const e of COURT_EPITHETS) {
  add(e.phrase, {
    kind: 'entity',
    via: 'court-epithet',
    type: 'Court',
    candidates: e.courts === null ? null : e.courts.map((c) => `court:${c}`),
    priority: 3,
  });
}
for (const e of STATE_EPITHETS) {
  add(e.phrase, {
    kind: 'entity',
    via: 'state-epithet',
    type: 'State',
    candidates: e.states.map((c) => `state:${c}`),
    priority: 3,
  });
}
for (const t of TITLES) {
  for (const p of t.phrases) add(p, { kind: 'title', title: t, plural: false, priority: 4 });
  for (const p of t.plurals ?? []) add(p, { kind: 'title', title: t, plural: true, priority: 4 });
}
for (const h of HONORIFICS) {
  add(h, { kind: 'honorific', priority: 5 });
  if (!h.includes(' ') && !h.endsWith("'")) add(`${h}.`, { kind: 'honorific', priority: 5 });
}
for (const b of BLOCKED_PHRASES) add(b, { kind: 'block', priority: 0 });

/**
 * Capitalisation must fit the listed phrase: an all-capitals word ("US", "ICC") must appear
 * exactly so, a capitalised word capitalised (or in all capitals, as in datelines), and a
 * lower-case word in any case ("The emirate", "Prime Minister").
 */
function caseFits(form: readonly Token[], tokens: readonly Token[], at: number): boolean {
  for (let i = 0; i < form.length; i++) {
    const f = form[i];
    const t = tokens[at + i];
    if (f === undefined || t === undefined) return false;
    if (f.upper && f.text.length <= 5) {
      if (t.text !== f.text) return false;
    } else if (f.cap) {
      if (!t.cap) return false;
    }
  }
  return true;
}

export interface GazetteerMatch {
  length: number;
  entry: GazetteerEntry;
}

/** The longest phrase starting at tokens[at]; null when none fits. */
export function lookup(tokens: readonly Token[], at: number): GazetteerMatch | null {
  let node: TrieNode | undefined = root;
  let best: GazetteerMatch | null = null;
  for (let i = at; i < tokens.length && node !== undefined; i++) {
    const t = tokens[i];
    if (t === undefined) break;
    node = node.next.get(t.key);
    if (node === undefined) break;
    for (const entry of node.entries) {
      if (caseFits(entry.form, tokens, at)) {
        best = { length: i - at + 1, entry };
        break;
      }
    }
  }
  return best;
}

/** Lookup of a single word (a part of a hyphenated word). */
export function lookupWord(word: Token): GazetteerEntry | null {
  const node = root.next.get(word.key);
  if (node === undefined) return null;
  return node.entries.find((e) => e.form.length === 1 && caseFits(e.form, [word], 0)) ?? null;
}
