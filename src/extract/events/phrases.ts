/**
 * Phrase walking shared by the event frames: who is named just before or after a word, lists
 * joined by commas and "and", pronouns resolved to the nearest fitting mention.
 */

import { FUNCTION_WORDS } from '../data/words.js';
import type { EntityType } from '../../contracts/extraction-document.js';
import { ARMED_GROUPS } from '../gazetteer.js';
import { type Article, type SentenceView, isClauseBreak, typeOf } from '../sentence-view.js';
import type { Mention, Token } from '../types.js';
import {
  AUXILIARIES,
  DETERMINERS,
  LIST_BREAKING_PREPOSITIONS,
  QUANTIFIERS,
  TEMPORAL_OPENERS,
  TEMPORAL_WORDS,
} from '../data/grammar.js';
import { ARMED_NOUNS, GROUP_NOUNS, MILITARY_NOUNS, PLACE_NOUNS } from '../data/actor-nouns.js';

const FUNCTION = new Set(FUNCTION_WORDS);

export const ACTOR_TYPES: ReadonlySet<EntityType> = new Set(['State', 'Organization', 'Court', 'Person']);

/**
 * The token before a time adverbial that ends just before token `at` ("on Tuesday", "late on
 * Saturday", "on 7 March", "last week"), or `at` when there is none. Only adverbials that
 * start with an opener and hold a time word are skipped, at most six tokens.
 */
export function beforeTemporal(v: SentenceView, at: number): number {
  let k = at;
  let time = false;
  while (k > 0 && at - k < 6) {
    const t = v.tokens[k - 1] as Token;
    if (TEMPORAL_WORDS.has(t.lower) || t.kind === 'num') {
      time = true;
      k--;
      continue;
    }
    if (TEMPORAL_OPENERS.has(t.lower) || (t.text === ',' && v.tokens[k - 2]?.kind === 'num')) {
      k--;
      continue;
    }
    break;
  }
  // The adverbial must start with an opener ("on Tuesday"), not be a bare number or name.
  while (k < at && !TEMPORAL_OPENERS.has(v.tokens[k]?.lower ?? '')) k++;
  return time && k < at && v.at[k] === undefined ? k : at;
}

/**
 * "Hezbollah-led": an actor named inside a hyphenated word ending in "-led", which stands for the
 * actor when it modifies a strike or a group ("the Hezbollah-led assault", "RSF-led fighters").
 */
export function ledBy(
  article: Article,
  v: SentenceView,
  tok: number,
  types: ReadonlySet<EntityType>,
): Mention | undefined {
  const t = v.tokens[tok];
  if (t === undefined || !t.lower.endsWith('-led')) return undefined;
  return v.parts.find(
    (p) => p.tok === tok && p.compound?.length === 1 && p.compound[0] === 'led' && isActor(article, p, types),
  );
}

export function isActor(
  article: Article,
  m: Mention | undefined,
  types: ReadonlySet<EntityType> = ACTOR_TYPES,
): boolean {
  const t = typeOf(article, m);
  return t !== null && types.has(t);
}

export function isLowerWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && !t.cap && !FUNCTION.has(t.lower);
}

export function isAuxiliary(t: Token | undefined): boolean {
  return t !== undefined && AUXILIARIES.has(t.lower);
}

/** The entity of a mention whose last token is i, if it is of the wanted types. */
export function actorEndingAt(
  article: Article,
  v: SentenceView,
  i: number,
  types: ReadonlySet<EntityType> = ACTOR_TYPES,
): Mention | undefined {
  const m = v.at[i];
  return m !== undefined && m.kind === 'entity' && m.tokEnd === i + 1 && isActor(article, m, types) ? m : undefined;
}

/**
 * The actor that is the subject of the word at `verb`: the mention found walking left over
 * auxiliaries, adverbs and one comma (an apposition: "Mohammed al-Khulaifi, met").
 * "it"/"they" resolve to the nearest actor earlier in the sentence.
 */
export function subjectBefore(
  article: Article,
  v: SentenceView,
  verb: number,
  types: ReadonlySet<EntityType> = ACTOR_TYPES,
): Mention | undefined {
  let i = verb - 1;
  let commas = 0;
  let temporal = false;
  while (i >= 0) {
    const t = v.tokens[i] as Token;
    if (isAuxiliary(t) || (t.kind === 'word' && t.lower.endsWith('ly') && !t.cap)) {
      i--;
      continue;
    }
    // "Russia on Friday launched", "Ukraine late on Sunday fired"
    const before = temporal ? i + 1 : beforeTemporal(v, i + 1);
    if (before <= i) {
      temporal = true;
      i = before - 1;
      continue;
    }
    if (t.text === ',' && commas === 0) {
      commas++;
      i--;
      continue;
    }
    // "Omar Saleh, 54, was detained": an age set off by commas.
    if (t.kind === 'num' && commas === 1 && v.tokens[i + 1]?.text === ',' && v.tokens[i - 1]?.text === ',') {
      i -= 2;
      continue;
    }
    break;
  }
  const t = v.tokens[i];
  if (t === undefined) return undefined;
  if (t.lower === 'it' || t.lower === 'they') return nearestMention(article, v, i, types);
  if (GROUP_NOUNS.has(t.lower) && types.has('Organization')) {
    const group = groupAnaphor(article, v, i);
    if (group !== undefined) return group;
  }
  if ((t.lower === 'he' || t.lower === 'she') && types.has('Person'))
    return personForPronoun(article, article.views, v, i);
  // "the rebels", "the militants": the armed group named last.
  if (ARMED_NOUNS.has(t.lower) && v.tokens[i - 1]?.lower === 'the' && types.has('Organization')) {
    const group = armedAnaphor(article, v, i - 1);
    if (group !== undefined) return group;
  }
  // "The Rapid Support Forces (RSF) attacked": the name before the bracketed acronym.
  if (t.text === ')' && v.tokens[i - 2]?.text === '(') return actorEndingAt(article, v, i - 1, types);
  // "The Israeli military said it …", "Hamas militants attacked": a group noun after its name.
  if (MILITARY_NOUNS.has(t.lower) || t.lower === 'leaders' || t.lower === 'officials') {
    // "Israeli forces", "Ukraine's drones", "RSF-led fighters"
    const owner = v.tokens[i - 1]?.kind === 'poss' ? i - 2 : i - 1;
    const m = actorEndingAt(article, v, owner, types) ?? ledBy(article, v, owner, types);
    if (m !== undefined) return m;
    // "The army said its jets struck …": the actor named before "its".
    const w = v.tokens[i - 1]?.lower;
    if (w === 'its' || w === 'their') return nearestMention(article, v, i - 1, types);
  }
  return actorEndingAt(article, v, i, types);
}

/** The nearest mention of the wanted types that ends before token i. */
export function nearestMention(
  article: Article,
  v: SentenceView,
  i: number,
  types: ReadonlySet<EntityType> = ACTOR_TYPES,
): Mention | undefined {
  for (let k = v.mentions.length - 1; k >= 0; k--) {
    const m = v.mentions[k] as Mention;
    if (m.tokEnd <= i && m.kind === 'entity' && isActor(article, m, types)) return m;
  }
  return undefined;
}

export interface ListResult {
  mentions: Mention[];
  /** Token after the list. */
  end: number;
}

/**
 * The mentions of a noun phrase list starting near token `from`: up to `maxSkip` filler words
 * (determiners, lower-case modifiers, titles, quotes, "of", possessives) before each member,
 * members joined by ",", "and", "or", "including". Stops at anything else.
 */
export function listAfter(
  article: Article,
  v: SentenceView,
  from: number,
  types: ReadonlySet<EntityType>,
  maxSkip = 4,
  /** Read a body before a titled person as the person's modifier: "US President X". */
  peopleFirst = false,
): ListResult {
  const found: Mention[] = [];
  let i = from;
  for (;;) {
    let skipped = 0;
    let m: Mention | undefined;
    while (i < v.tokens.length && skipped <= maxSkip) {
      const here = v.at[i];
      if (here !== undefined && here.tok === i && here.kind === 'entity') {
        // "US President X", "China's X": a body that modifies the person after it.
        if (peopleFirst && typeOf(article, here) !== 'Person' && personFollows(article, v, here.tokEnd)) {
          i = here.tokEnd;
          skipped++;
          continue;
        }
        // "X's brother Y", "the army's chief of staff Y": a possessor before a person named
        // by a relation or a title is that person's modifier, not a member of the list.
        if (types.has('Person') && possessorOfPerson(article, v, here.tokEnd)) {
          i = here.tokEnd + 1;
          skipped++;
          continue;
        }
        if (isActor(article, here, types)) {
          m = here;
          break;
        }
        // "Chief of the General Staff of the Israeli Army Y": a body that ends a title before
        // the person named by it.
        let end = here.tokEnd;
        for (let n = 0; n < 2 && v.tokens[end]?.cap === true && v.at[end] === undefined; n++) end++;
        if (types.has('Person') && !types.has(typeOf(article, here) ?? 'Person') && personAt(article, v, end)) {
          i = end;
          skipped++;
          continue;
        }
        // A body before a title or member noun is a modifier: "Hamas military commander X".
        const next = v.at[here.tokEnd];
        if (next?.kind === 'title' || isLowerWord(v.tokens[here.tokEnd]) || v.tokens[here.tokEnd]?.kind === 'poss') {
          i = here.tokEnd;
          skipped++;
          continue;
        }
        break;
      }
      // A title or honorific before a name is part of naming the person: it costs no skip.
      if (here !== undefined && here.kind !== 'entity') {
        i = here.tokEnd;
        continue;
      }
      const t = v.tokens[i] as Token;
      if (
        DETERMINERS.has(t.lower) ||
        QUANTIFIERS.has(t.lower) ||
        t.kind === 'num' ||
        t.lower === 'of' ||
        t.lower === 'his' ||
        t.lower === 'her' ||
        t.lower === 'their' ||
        t.lower === 'its' ||
        t.lower === 'former' ||
        t.lower === 'including' ||
        t.text === '"' ||
        t.kind === 'poss' ||
        isLowerWord(t)
      ) {
        i++;
        skipped++;
        continue;
      }
      // "three Hamas leaders, including X": the list goes on after an unnamed member;
      // "his former defence minister, Yoav Gallant": and after a title set off by a comma.
      if (
        t.text === ',' &&
        (v.tokens[i + 1]?.lower === 'including' || v.tokens[i + 1]?.lower === 'namely' || v.at[i - 1]?.kind === 'title')
      ) {
        i += v.at[i - 1]?.kind === 'title' ? 1 : 2;
        skipped++;
        continue;
      }
      break;
    }
    if (m === undefined) break;
    found.push(m);
    i = m.tokEnd;
    // "Hamas militants", "Hamas leaders": the group noun belongs to the member.
    while (
      isLowerWord(v.tokens[i]) &&
      ((v.tokens[i]?.lower.endsWith('s') ?? false) || PLACE_NOUNS.has(v.tokens[i]?.lower ?? '')) &&
      v.at[i] === undefined
    )
      i++;
    const sep = v.tokens[i]?.lower;
    if (sep === ',' || sep === 'and' || sep === 'or' || sep === 'including') {
      let j = i + 1;
      if (v.tokens[j]?.lower === 'and' || v.tokens[j]?.lower === 'including') j++;
      if (isClauseBreak(v.tokens[j])) break;
      i = j;
      maxSkip = Math.min(maxSkip, 4);
      continue;
    }
    break;
  }
  return { mentions: found, end: i };
}

/**
 * A list whose members carry appositions, set apart by semicolons ("A, the militia's founder;
 * B, the head of its youth wing; and C") or by ", and" ("A, its founder, and B"). Plain lists
 * ("A, B and C") are read as by listAfter; after a member with an apposition the list goes on
 * only after a semicolon or ", and".
 */
export function appositiveList(
  article: Article,
  v: SentenceView,
  from: number,
  types: ReadonlySet<EntityType>,
): Mention[] {
  const found: Mention[] = [];
  let i = from;
  for (let items = 0; items < 12 && i < v.tokens.length; items++) {
    const list = listAfter(article, v, i, types, 4);
    if (list.mentions.length === 0) break;
    for (const m of list.mentions) if (!found.includes(m)) found.push(m);
    let k = Math.max(list.end, i + 1);
    while (k < v.tokens.length && v.tokens[k]?.text !== ';') k++;
    if (k < v.tokens.length) {
      i = k + 1;
      if (v.tokens[i]?.lower === 'and') i++;
      continue;
    }
    // "A, the group's commander in the north, and B": after a comma apposition, ", and".
    k = Math.max(list.end, i + 1);
    while (k + 1 < v.tokens.length && !(v.tokens[k]?.text === ',' && v.tokens[k + 1]?.lower === 'and')) {
      if (isClauseBreak(v.tokens[k])) return found;
      k++;
    }
    if (k + 1 >= v.tokens.length) break;
    i = k + 2;
  }
  return found;
}

/** Mentions of a list that ends just before token `to`, read leftwards ("A and B discussed"). */
export function listBefore(article: Article, v: SentenceView, to: number, types: ReadonlySet<EntityType>): Mention[] {
  const first = subjectBefore(article, v, to, types);
  if (first === undefined) return [];
  const found = [first];
  let i = first.tok - 1;
  for (;;) {
    // Skip titles and honorifics before a name: "British Prime Minister Keir Starmer".
    while (i >= 0 && v.at[i] !== undefined && (v.at[i] as Mention).kind !== 'entity') i = (v.at[i] as Mention).tok - 1;
    while (
      i >= 0 &&
      actorEndingAt(article, v, i, new Set<EntityType>(['State', 'Organization', 'Court'])) !== undefined &&
      v.at[i + 1]?.kind === 'title'
    )
      i = (v.at[i] as Mention).tok - 1;
    const sep = v.tokens[i]?.lower;
    if (sep !== 'and' && sep !== ',') break;
    const m = actorEndingAt(article, v, i - 1, types);
    if (m === undefined) break;
    // "According to the UN, Israeli troops fired": the object of an opening phrase is no
    // member of the subject list.
    const lead = v.tokens[m.tok - 1]?.lower === 'the' ? m.tok - 2 : m.tok - 1;
    if (sep === ',' && LIST_BREAKING_PREPOSITIONS.has(v.tokens[lead]?.lower ?? '')) break;
    found.unshift(m);
    i = m.tok - 1;
  }
  return found;
}

/** Whether token k starts the mention of a person. */
function personAt(article: Article, v: SentenceView, k: number): boolean {
  const m = v.at[k];
  return m !== undefined && m.tok === k && m.kind === 'entity' && typeOf(article, m) === 'Person';
}

/** "'s nephew Y", "'s son and heir Y": a possessive at k, up to three lower words, then a person. */
function possessorOfPerson(article: Article, v: SentenceView, k: number): boolean {
  if (v.tokens[k]?.kind !== 'poss') return false;
  let i = k + 1;
  for (let n = 0; n < 3 && isLowerWord(v.tokens[i]) && v.at[i] === undefined; n++) i++;
  while (v.at[i] !== undefined && (v.at[i] as Mention).kind !== 'entity') i = (v.at[i] as Mention).tokEnd;
  return i > k + 1 && personAt(article, v, i);
}

/** Whether a person is named from token k on, over a possessive, titles and honorifics. */
function personFollows(article: Article, v: SentenceView, k: number): boolean {
  let i = k;
  if (v.tokens[i]?.kind === 'poss') i++;
  let titled = i > k;
  while (v.at[i] !== undefined && (v.at[i] as Mention).kind !== 'entity') {
    i = (v.at[i] as Mention).tokEnd;
    titled = true;
  }
  const m = v.at[i];
  return titled && m !== undefined && m.tok === i && typeOf(article, m) === 'Person';
}

export function entitiesOf(ms: readonly Mention[]): number[] {
  const out: number[] = [];
  for (const m of ms) if (m.entity !== undefined && !out.includes(m.entity)) out.push(m.entity);
  return out;
}

/**
 * The armed group (data/organizations.ts, kind "armed") named last before token `before`, in
 * this sentence or the three before it: what "the rebels" stands for.
 */
export function armedAnaphor(article: Article, v: SentenceView, before: number): Mention | undefined {
  for (let s = v.sentence.index; s >= 0 && s >= v.sentence.index - 3; s--) {
    const view = article.views[s];
    if (view === undefined) continue;
    for (let k = view.mentions.length - 1; k >= 0; k--) {
      const m = view.mentions[k] as Mention;
      if (s === v.sentence.index && m.tokEnd > before) continue;
      if (m.kind !== 'entity' || m.entity === undefined) continue;
      const key = article.entities[m.entity]?.key;
      if (key !== undefined && ARMED_GROUPS.has(key)) return m;
    }
  }
  return undefined;
}

/** "the (militant) group" ending at token i: the organisation named last before it. */
export function groupAnaphor(article: Article, v: SentenceView, i: number): Mention | undefined {
  let k = i - 1;
  while (k >= 0 && isLowerWord(v.tokens[k]) && v.at[k] === undefined) k--;
  if (v.tokens[k]?.lower !== 'the') return undefined;
  const org = new Set<EntityType>(['Organization']);
  for (let s = v.sentence.index; s >= 0 && s >= v.sentence.index - 3; s--) {
    const view = article.views[s];
    if (view === undefined) continue;
    const m = nearestMention(article, view, s === v.sentence.index ? k : view.tokens.length, org);
    if (m !== undefined) return m;
  }
  return undefined;
}

export function personForPronoun(
  article: Article,
  views: readonly SentenceView[],
  v: SentenceView,
  at: number,
): Mention | undefined {
  const inSentence = nearestMention(article, v, at, new Set<EntityType>(['Person']));
  if (inSentence !== undefined) return inSentence;
  const prev = views[v.sentence.index - 1];
  return prev?.mentions.find((m) => typeOf(article, m) === 'Person');
}
