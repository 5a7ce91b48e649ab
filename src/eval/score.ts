/**
 * The extractor's scorer, as the "Scoring" section of the `kg-extraction/1` spec defines it:
 * one-to-one entity matching on normalised names, then typed entity pairs compared through
 * that matching. Pure functions, no I/O.
 *
 * Decisions where the spec is silent (each is repeated where it is implemented):
 * - P = TP/(TP+FP), R = TP/(TP+FN), F1 = 2PR/(P+R); any 0/0 is 0. The counts are always
 *   reported, so "nothing to find and nothing predicted" can be told apart from "all wrong".
 * - Optional gold entities take part in the matching, but a required gold entity is matched
 *   first: the matching maximises the required matches, then the optional ones.
 * - A gold pair is optional when its event or relation is optional, when a member comes from
 *   `optionalSubjects` / `optionalTargets` / `optionalParticipants` (for MET: either member), or
 *   when either member is an optional gold entity. The same pair arising required anywhere is
 *   required.
 * - A predicted pair is TP when it maps onto a required gold pair, ignored (neither TP nor FP)
 *   when it maps onto an optional gold pair, and FP otherwise. A member that matched no gold
 *   entity never equals a gold pair, so its pairs are FP. A member matched to an optional gold
 *   entity counts like any other match: its pair scores only if the gold has that pair.
 * - The prediction side ignores `optional*` fields: only gold files carry judgement calls.
 * - Events of a kind newer than the gold's `formatVersion` (Arrest, since 1.1) are not scored on
 *   either side: a 1.0 gold file could not state them, so predicting them is no false positive.
 */

import { eventKinds } from '../events/index.js';
import { membersOf } from '../events/kind.js';
import {
  ENTITY_TYPES,
  type Entity,
  type EntityType,
  type ExtractionDocument,
} from '../contracts/extraction-document.js';
import { normalizeName } from '../text/normalize-name.js';

/** The event kinds' pair types (their descriptors' `scoring`), then ROLE for HOLDS_ROLE relations. */
export const PAIR_TYPES: readonly string[] = [...eventKinds.pairTypes, 'ROLE'];
export type PairType = string;

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface ScoreTable {
  entities: Record<EntityType, Score> & { all: Score };
  pairs: Record<PairType, Score>;
  /** Micro-average over all pair types: the "fact F1". */
  facts: Score;
}

/** An entity as a developer reads it in a report. */
export interface EntityRef {
  id: string;
  /** `Unknown` for an event member whose id names no entity of its document. */
  type: EntityType | 'Unknown';
  name: string;
}

export interface PairRef {
  type: PairType;
  /** Null only for a WARRANT without issuer. */
  from: EntityRef | null;
  to: EntityRef;
  /** Ids of the events (or `HOLDS_ROLE#<index>` relations) the pair came from. */
  sources: string[];
}

export interface EntityMatch {
  gold: EntityRef;
  predicted: EntityRef;
  goldOptional: boolean;
}

export interface ArticleScore extends ScoreTable {
  articleId: string;
  title: string | null;
  matches: EntityMatch[];
  /** Required gold entities that no prediction matched. */
  missedEntities: EntityRef[];
  /** Predicted entities that matched no gold entity. */
  falsePositiveEntities: EntityRef[];
  /** Required gold pairs not predicted (gold names). */
  missedPairs: PairRef[];
  /** Predicted pairs equal to no gold pair (predicted names). */
  falsePositivePairs: PairRef[];
}

export interface EvalReport extends ScoreTable {
  articles: ArticleScore[];
}

export function scoreArticle(gold: ExtractionDocument, predicted: ExtractionDocument): ArticleScore {
  const matching = matchEntities(gold.entities, predicted.entities);
  const entityCounts = emptyEntityCounts();
  const missedEntities: EntityRef[] = [];
  const falsePositiveEntities: EntityRef[] = [];

  for (const g of gold.entities) {
    if (matching.goldToPredicted.has(g.id)) {
      if (!g.optional) entityCounts[g.type].tp += 1;
    } else if (!g.optional) {
      entityCounts[g.type].fn += 1;
      missedEntities.push(entityRef(g));
    }
  }
  for (const p of predicted.entities) {
    if (!matching.predictedToGold.has(p.id)) {
      entityCounts[p.type].fp += 1;
      falsePositiveEntities.push(entityRef(p));
    }
  }

  const pairs = scorePairs(gold, predicted, matching.predictedToGold);
  return {
    articleId: gold.article.id,
    title: gold.article.title,
    ...toScoreTable(entityCounts, pairs.counts),
    matches: matching.matches,
    missedEntities,
    falsePositiveEntities,
    missedPairs: pairs.missed,
    falsePositivePairs: pairs.falsePositives,
  };
}

/** Counts are summed over the articles, then P/R/F1 computed from the sums (micro-average). */
export function scoreCorpus(items: Array<{ gold: ExtractionDocument; predicted: ExtractionDocument }>): EvalReport {
  const articles = items.map(({ gold, predicted }) => scoreArticle(gold, predicted));
  const entityCounts = emptyEntityCounts();
  const pairCounts = emptyPairCounts();
  for (const a of articles) {
    for (const t of ENTITY_TYPES) addInto(entityCounts[t], a.entities[t]);
    for (const t of PAIR_TYPES) addInto((pairCounts[t] ??= zeroCounts()), a.pairs[t] ?? zeroCounts());
  }
  return { ...toScoreTable(entityCounts, pairCounts), articles };
}

/** 0/0 is 0 for P, R and F1 alike; the counts tell the cases apart. */
export function toScore(c: Counts): Score {
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  const f1 = ratio(2 * precision * recall, precision + recall);
  return { tp: c.tp, fp: c.fp, fn: c.fn, precision, recall, f1 };
}

// ---------------------------------------------------------------------------------------------
// Entity matching

interface Matching {
  goldToPredicted: Map<string, string>;
  predictedToGold: Map<string, string>;
  matches: EntityMatch[];
}

/**
 * Maximum bipartite matching by augmenting paths (Kuhn), run from the gold side with required
 * gold entities first. An augmenting path never unmatches a gold entity already matched, so
 * the required entities get the largest matching they can have, and the optional ones then
 * take what is left: this minimises FP + FN. Candidates are tried strongest first (name = name,
 * then name = alias, then alias = alias, then document order) so ties between equally good
 * matchings resolve sensibly, e.g. a document compared with itself pairs entities with their copies.
 */
function matchEntities(gold: Entity[], predicted: Entity[]): Matching {
  const predictedByKey = new Map<string, number[]>();
  const predictedKeys = predicted.map((p) => entityKeys(p));
  predictedKeys.forEach((keys, i) => {
    const type = predicted[i]?.type;
    for (const key of keys.all) pushTo(predictedByKey, `${type}\u0000${key}`, i);
  });

  const candidates: number[][] = gold.map((g) => {
    const goldKeys = entityKeys(g);
    const found = new Set<number>();
    for (const key of goldKeys.all) {
      for (const i of predictedByKey.get(`${g.type}\u0000${key}`) ?? []) found.add(i);
    }
    const strength = (i: number): number => {
      const pk = predictedKeys[i];
      if (pk === undefined) return 0;
      if (pk.name !== '' && pk.name === goldKeys.name) return 3;
      if (goldKeys.all.has(pk.name) || pk.all.has(goldKeys.name)) return 2;
      return 1;
    };
    return [...found].sort((a, b) => strength(b) - strength(a) || a - b);
  });

  const predictedMatch = Array.from<number | undefined>({ length: predicted.length });
  const goldMatch = Array.from<number | undefined>({ length: gold.length });

  const augment = (g: number, visited: Set<number>): boolean => {
    for (const p of candidates[g] ?? []) {
      if (visited.has(p)) continue;
      visited.add(p);
      const holder = predictedMatch[p];
      if (holder === undefined || augment(holder, visited)) {
        predictedMatch[p] = g;
        goldMatch[g] = p;
        return true;
      }
    }
    return false;
  };

  const order = gold.map((_, i) => i);
  order.sort((a, b) => Number(gold[a]?.optional === true) - Number(gold[b]?.optional === true) || a - b);
  for (const g of order) augment(g, new Set());

  const goldToPredicted = new Map<string, string>();
  const predictedToGold = new Map<string, string>();
  const matches: EntityMatch[] = [];
  gold.forEach((g, gi) => {
    const pi = goldMatch[gi];
    const p = pi === undefined ? undefined : predicted[pi];
    if (p === undefined) return;
    goldToPredicted.set(g.id, p.id);
    predictedToGold.set(p.id, g.id);
    matches.push({
      gold: entityRef(g),
      predicted: entityRef(p),
      goldOptional: g.optional === true,
    });
  });
  return { goldToPredicted, predictedToGold, matches };
}

/** Normalised name and aliases; empty strings (a name of only punctuation) match nothing. */
function entityKeys(e: Entity): { name: string; all: Set<string> } {
  const name = normalizeName(e.name);
  const all = new Set<string>();
  for (const s of [e.name, ...e.aliases]) {
    const key = normalizeName(s);
    if (key !== '') all.add(key);
  }
  return { name, all };
}

// ---------------------------------------------------------------------------------------------
// Pairs

/** One side of a pair, before mapping: an entity id, or null for a warrant without issuer. */
interface RawPair {
  type: PairType;
  from: string | null;
  to: string;
  optional: boolean;
  source: string;
}

interface KeyedPair {
  type: PairType;
  from: string | null;
  to: string;
  optional: boolean;
  sources: string[];
}

/**
 * Every typed pair of a document. Members of the `optional*` lists are included (marked
 * optional) whether or not they also appear in the main list, and a gold event's optional flag
 * makes all its pairs optional. `withOptional` is false for predictions.
 */
function projectPairs(doc: ExtractionDocument, withOptional: boolean, minor: number): RawPair[] {
  const out: RawPair[] = [];
  const opt = (flag: boolean | undefined): boolean => withOptional && flag === true;
  const optionalIn = (list: string[] | undefined): Set<string> => new Set(withOptional ? (list ?? []) : []);
  const withOptionalMembers = (main: string[], optional: Set<string>): string[] => unique([...main, ...optional]);

  for (const ev of doc.events) {
    const kind = eventKinds.find(ev.type);
    // A kind newer than the gold's format version is not scored: that gold could not state it.
    if (kind === undefined || (kind.since ?? 0) > minor) continue;
    const eventOptional = opt(ev.optional);
    const fields = ev as unknown as Record<string, unknown>;
    /** A role's members (gold: with its judgement-call members) and which of them are optional. */
    const role = (field: string): { members: Array<string | null>; optional: Set<string> } => {
      const descriptor = kind.roles.find((r) => r.field === field)!;
      const optional = optionalIn(
        descriptor.optionalField === undefined ? undefined : (fields[descriptor.optionalField] as string[] | undefined),
      );
      const members = withOptionalMembers(membersOf(fields[field] as string | string[] | null), optional);
      // A one-valued role without a member is a pair with an unknown side (a warrant without issuer).
      return { members: !descriptor.many && members.length === 0 ? [null] : members, optional };
    };
    for (const pair of kind.scoring) {
      if (pair.ordered) {
        const from = role(pair.from);
        const to = role(pair.to);
        for (const f of from.members) {
          for (const t of to.members) {
            if (t === null) continue;
            const optional = eventOptional || (f !== null && from.optional.has(f)) || to.optional.has(t);
            out.push({ type: pair.type, from: f, to: t, optional, source: ev.id });
          }
        }
      } else {
        const { members, optional } = role(pair.among);
        const all = members.filter((m): m is string => m !== null);
        for (let i = 0; i < all.length; i++) {
          for (let j = i + 1; j < all.length; j++) {
            const a = all[i] as string;
            const b = all[j] as string;
            out.push({
              type: pair.type,
              from: a,
              to: b,
              optional: eventOptional || optional.has(a) || optional.has(b),
              source: ev.id,
            });
          }
        }
      }
    }
  }
  doc.relations.forEach((r, i) => {
    out.push({
      type: 'ROLE',
      from: r.from,
      to: r.to,
      optional: opt(r.optional),
      source: `HOLDS_ROLE#${i}`,
    });
  });
  return out;
}

/** Pair types whose members have no order (MET). */
const unorderedPairs = new Set(
  eventKinds.list.flatMap((kind) => kind.scoring.filter((p) => !p.ordered).map((p) => p.type)),
);

/**
 * Deduplicates pairs under `memberKey`. MET is unordered, so its members are sorted; a MET of
 * an entity with itself is dropped. A pair that is required anywhere is required.
 */
function keyPairs(raw: RawPair[], memberKey: (id: string | null) => string): Map<string, KeyedPair> {
  const out = new Map<string, KeyedPair>();
  for (const r of raw) {
    let a = memberKey(r.from);
    let b = memberKey(r.to);
    let from = r.from;
    let to = r.to;
    if (unorderedPairs.has(r.type) && from !== null) {
      if (a === b) continue;
      if (a > b) {
        [a, b, from, to] = [b, a, to, from];
      }
    }
    const key = `${r.type}\u0000${a}\u0000${b}`;
    const seen = out.get(key);
    if (seen === undefined) {
      out.set(key, {
        type: r.type,
        from,
        to,
        optional: r.optional,
        sources: [r.source],
      });
    } else {
      seen.optional &&= r.optional;
      if (!seen.sources.includes(r.source)) seen.sources.push(r.source);
    }
  }
  return out;
}

function scorePairs(
  gold: ExtractionDocument,
  predicted: ExtractionDocument,
  predictedToGold: Map<string, string>,
): {
  counts: Record<PairType, Counts>;
  missed: PairRef[];
  falsePositives: PairRef[];
} {
  const goldEntities = new Map(gold.entities.map((e) => [e.id, e]));
  const predictedEntities = new Map(predicted.entities.map((e) => [e.id, e]));

  // Pairs whose member is an optional gold entity are optional: missing the entity is no FN,
  // so missing what depends on it must not be one either.
  const minor = formatMinor(gold);
  const goldRaw = projectPairs(gold, true, minor).map((r) => ({
    ...r,
    optional:
      r.optional ||
      (r.from !== null && goldEntities.get(r.from)?.optional === true) ||
      goldEntities.get(r.to)?.optional === true,
  }));
  const goldPairs = keyPairs(goldRaw, (id) => (id === null ? '-' : `g:${id}`));
  // A predicted member maps to its matched gold id; an unmatched one keeps its own id under a
  // different prefix, so it can never equal a gold pair.
  const predictedPairs = keyPairs(projectPairs(predicted, false, minor), (id) => {
    if (id === null) return '-';
    const g = predictedToGold.get(id);
    return g === undefined ? `p:${id}` : `g:${g}`;
  });

  const counts = emptyPairCounts();
  const missed: PairRef[] = [];
  const falsePositives: PairRef[] = [];
  for (const [key, p] of predictedPairs) {
    const g = goldPairs.get(key);
    if (g === undefined) {
      (counts[p.type] ??= zeroCounts()).fp += 1;
      falsePositives.push(pairRef(p, predictedEntities));
    } else if (!g.optional) {
      (counts[p.type] ??= zeroCounts()).tp += 1;
    }
  }
  for (const [key, g] of goldPairs) {
    if (!g.optional && !predictedPairs.has(key)) {
      (counts[g.type] ??= zeroCounts()).fn += 1;
      missed.push(pairRef(g, goldEntities));
    }
  }
  return { counts, missed, falsePositives };
}

function pairRef(p: KeyedPair, entities: Map<string, Entity>): PairRef {
  const ref = (id: string): EntityRef => {
    const e = entities.get(id);
    // A dangling reference is still reported, so the developer sees it.
    return e === undefined ? { id, type: 'Unknown', name: `(no entity ${id})` } : entityRef(e);
  };
  return {
    type: p.type,
    from: p.from === null ? null : ref(p.from),
    to: ref(p.to),
    sources: p.sources,
  };
}

// ---------------------------------------------------------------------------------------------
// Small helpers

/** The minor version of `kg-extraction/1` a document declares: `formatVersion` 1.1 → 1; none → 0. */
export function formatMinor(doc: Pick<ExtractionDocument, 'formatVersion'>): number {
  const match = /^1\.(\d+)$/.exec(doc.formatVersion ?? '1.0');
  return match ? Number(match[1]) : 0;
}

function toScoreTable(entityCounts: Record<EntityType, Counts>, pairCounts: Record<PairType, Counts>): ScoreTable {
  const allEntities = zeroCounts();
  for (const t of ENTITY_TYPES) addInto(allEntities, entityCounts[t]);
  const allPairs = zeroCounts();
  for (const t of PAIR_TYPES) addInto(allPairs, pairCounts[t] ?? zeroCounts());
  return {
    entities: {
      ...mapRecord(ENTITY_TYPES, (t) => toScore(entityCounts[t])),
      all: toScore(allEntities),
    },
    pairs: mapRecord(PAIR_TYPES, (t) => toScore(pairCounts[t] ?? zeroCounts())),
    facts: toScore(allPairs),
  };
}

function ratio(num: number, den: number): number {
  return den === 0 ? 0 : num / den;
}

function zeroCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

function addInto(into: Counts, c: Counts): void {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
}

function emptyEntityCounts(): Record<EntityType, Counts> {
  return mapRecord(ENTITY_TYPES, zeroCounts);
}

function emptyPairCounts(): Record<PairType, Counts> {
  return mapRecord(PAIR_TYPES, zeroCounts);
}

function mapRecord<K extends string, V>(keys: readonly K[], f: (k: K) => V): Record<K, V> {
  return Object.fromEntries(keys.map((k) => [k, f(k)])) as Record<K, V>;
}

function entityRef(e: Entity): EntityRef {
  return { id: e.id, type: e.type, name: e.name };
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
