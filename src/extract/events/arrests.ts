/**
 * Arrest frames (format 1.1): what happens to a person after a warrant.
 *  - AUTHORITY arrested|detained|released PERSON; "German authorities have arrested X"
 *  - PERSON [, apposition,] was|had been arrested|detained|transferred|extradited|released (by AUTHORITY)
 *  - AUTHORITY arrested the [former] … TITLE: the person named last before it
 *  - PERSON surrendered (to COURT); PERSON was handed over to COURT|STATE
 *  - … in|at PLACE; … on|under (an ICC) warrant, in response to a warrant issued by COURT
 * A modal, "to be" or a negation before the verb makes it no event ("could be arrested"), and
 * "arrest warrant" alone is a warrant, not an arrest. When the text ties the step to a warrant,
 * the draft records that sentence; the warrant itself is a Warrant draft of that sentence (the
 * warrant rule's, or one made here when the sentence names the issuing court).
 * The rule takes one sentence view and returns drafts.
 */

import { ARREST_PHRASES, ARREST_VERBS, AUTHORITY_NOUNS, HYPOTHETICAL_WORDS, WARRANT_TIES } from '../data/arrests.js';
import { WARRANT_NOUNS } from '../data/triggers.js';
import type { ArrestKind, EntityType } from '../../contracts/extraction-document.js';
import { type Article, type SentenceView, isClauseBreak, typeOf } from '../sentence-view.js';
import type { ArrestDraft, Mention, Token, WarrantDraft } from '../types.js';
import type { EventRule } from './rule.js';
import { chargesIn } from './warrants.js';
import { actorEndingAt, isAuxiliary, personForPronoun, subjectBefore } from './phrases.js';

const PERSON: ReadonlySet<EntityType> = new Set(['Person']);
const AUTHORITIES: ReadonlySet<EntityType> = new Set(['State', 'Organization', 'Court']);
const RECEIVERS: ReadonlySet<EntityType> = new Set(['Court', 'State']);
const PLACES: ReadonlySet<EntityType> = new Set(['Place', 'State']);
const PASSIVE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'got']);
const WARRANT_WORDS = new Set(WARRANT_NOUNS);
/** How far after the verb its arguments are looked for. */
const REACH = 14;

/** Arrests, with the warrants they execute where the sentence names the issuing court. */
export const arrestRule: EventRule<ArrestDraft | WarrantDraft> = {
  kind: 'Arrest',
  find: (article, v) => findArrests(article, v),
};

export function findArrests(article: Article, v: SentenceView): Array<ArrestDraft | WarrantDraft> {
  const found: Array<ArrestDraft | WarrantDraft> = [];
  const { tokens } = v;
  for (let i = 0; i < tokens.length; i++) {
    const step = stepAt(tokens, i);
    if (step === null || hypothetical(tokens, i)) continue;
    const { kind, end } = step;
    const passive = isPassive(tokens, i);
    let person: Mention | undefined;
    let authority: number | null = null;
    if (passive || kind === 'surrender' || (kind === 'transfer' && tokens[i]?.lower === 'handed')) {
      // "X had been detained", "X has been handed over": the subject is before every auxiliary.
      let verb = i;
      while (verb > 0 && (PASSIVE.has(tokens[verb - 1]?.lower ?? '') || isAuxiliary(tokens[verb - 1]))) verb--;
      person = subjectBefore(article, v, verb, PERSON) ?? subjectBefore(article, v, appositionStart(v, verb), PERSON);
      authority = byAuthority(article, v, end);
    } else {
      person = objectAfter(article, v, end);
      authority = authorityBefore(article, v, i);
    }
    if (person?.entity === undefined || typeOf(article, person) !== 'Person') continue;
    const after = argumentsAfter(article, v, end);
    const arrest: ArrestDraft = {
      type: 'Arrest',
      person: person.entity,
      authority,
      locations: after.places,
      handedTo: after.receiver,
      warrant: after.warrantAt === null ? null : v.sentence.index,
      kind: kind === 'arrest' && after.receiver !== null ? 'transfer' : kind,
      sentences: [v.sentence.index],
      triggerAt: (tokens[i] as Token).start,
    };
    found.push(arrest);
    // "on an ICC warrant": the warrant too, against this person, when the sentence names its court.
    if (after.warrantAt !== null && after.court !== null) {
      found.push({
        type: 'Warrant',
        issuer: after.court,
        subjects: [person.entity],
        status: 'issued',
        charges: chargesIn(tokens, 0),
        sentences: [v.sentence.index],
        triggerAt: (tokens[after.warrantAt] as Token).start,
      });
    }
  }
  return found;
}

/** The step a word (or two) at `i` reports, and the token after it. */
function stepAt(tokens: readonly Token[], i: number): { kind: ArrestKind; end: number } | null {
  const w = tokens[i]?.lower ?? '';
  for (const phrase of ARREST_PHRASES) {
    if (phrase.words.every((word, j) => tokens[i + j]?.lower === word))
      return { kind: phrase.kind, end: i + phrase.words.length };
  }
  // "turned himself in"
  if (w === 'turned' && /^(?:himself|herself)$/.test(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'in')
    return { kind: 'surrender', end: i + 3 };
  const kind = ARREST_VERBS[w];
  // "the arrest warrant", "arrested warrant" never; a verb right before a warrant noun is an adjective.
  if (kind === undefined || WARRANT_WORDS.has(tokens[i + 1]?.lower ?? '')) return null;
  return { kind, end: i + 1 };
}

/** "could be arrested", "called for him to be detained", "was not released". */
function hypothetical(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const w = tokens[k]?.lower ?? '';
    if (HYPOTHETICAL_WORDS.has(w)) return true;
    if (!(isAuxiliary(tokens[k]) || PASSIVE.has(w) || /ly$/.test(w))) return false;
  }
  return false;
}

function isPassive(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const w = tokens[k]?.lower ?? '';
    if (PASSIVE.has(w)) return true;
    if (!/ly$/.test(w) && !isAuxiliary(tokens[k])) return false;
  }
  return false;
}

/** "arrested X", "arrested him", "detained former Philippine president X": over titles and their states. */
function objectAfter(article: Article, v: SentenceView, from: number): Mention | undefined {
  for (let k = from; k < Math.min(v.tokens.length, from + 8); k++) {
    const t = v.tokens[k] as Token;
    const m = v.at[k];
    if (m !== undefined && m.kind === 'entity') {
      if (typeOf(article, m) === 'Person') return m;
      // "Philippine president X": a state that a title follows belongs to the title.
      if (v.at[m.tokEnd]?.kind !== 'title') return undefined;
      k = m.tokEnd - 1;
      continue;
    }
    if (m !== undefined) {
      k = m.tokEnd - 1;
      continue;
    }
    if (t.lower === 'him' || t.lower === 'her') return personForPronoun(article, article.views, v, k);
    // "arrested the former army commander": a definite description of a title, no name after
    // it, is the person named last before it.
    if (m === undefined && t.lower === 'the' && describedTitleAfter(v, k) !== undefined)
      return personForPronoun(article, article.views, v, k);
    if (isClauseBreak(t) || t.text === ',' || !(t.lower === 'the' || t.lower === 'former' || !t.cap)) return undefined;
  }
  return undefined;
}

/** "German authorities arrested", "Germany's police detained", "The ICC released". */
function authorityBefore(article: Article, v: SentenceView, verb: number): number | null {
  let k = verb - 1;
  while (k >= 0 && (isAuxiliary(v.tokens[k]) || /ly$/.test(v.tokens[k]?.lower ?? ''))) k--;
  if (AUTHORITY_NOUNS.has(v.tokens[k]?.lower ?? '')) {
    k--;
    if (v.tokens[k]?.kind === 'poss') k--;
    return actorEndingAt(article, v, k, AUTHORITIES)?.entity ?? null;
  }
  return subjectBefore(article, v, verb, AUTHORITIES)?.entity ?? null;
}

/** "arrested by German police", "detained by the RSF". */
function byAuthority(article: Article, v: SentenceView, from: number): number | null {
  for (let k = from; k < Math.min(v.tokens.length, from + REACH); k++) {
    if (isClauseBreak(v.tokens[k])) break;
    if (v.tokens[k]?.lower !== 'by') continue;
    for (let j = k + 1; j < Math.min(v.tokens.length, k + 4); j++) {
      const m = v.at[j];
      if (m !== undefined && m.kind === 'entity') {
        const type = typeOf(article, m);
        return type !== null && AUTHORITIES.has(type) ? (m.entity ?? null) : null;
      }
    }
  }
  return null;
}

/**
 * After the verb, within its clause: where (in|at PLACE), to whom (to COURT|STATE; a place after
 * "to" is where), and the warrant it executes ("on an ICC warrant", "in response to a warrant
 * issued by the ICC") with the court that issued it.
 */
function argumentsAfter(
  article: Article,
  v: SentenceView,
  from: number,
): { places: number[]; receiver: number | null; warrantAt: number | null; court: number | null } {
  const places: number[] = [];
  let receiver: number | null = null;
  let warrantAt: number | null = null;
  let court: number | null = null;
  let tie = false;
  for (let k = from; k < Math.min(v.tokens.length, from + REACH); k++) {
    const t = v.tokens[k] as Token;
    if (isClauseBreak(t) && t.text !== '(' && t.text !== ')') break;
    if (WARRANT_TIES.has(t.lower)) tie = true;
    if (tie && WARRANT_WORDS.has(t.lower)) {
      warrantAt = k;
      court = courtAround(article, v, k);
      break;
    }
    const m = v.at[k];
    if (m === undefined || m.kind !== 'entity' || m.tok !== k || m.entity === undefined) continue;
    const type = typeOf(article, m);
    const prep = prepositionBefore(v.tokens, k);
    if (prep === 'to' && type !== null && RECEIVERS.has(type) && receiver === null) receiver = m.entity;
    else if ((prep === 'in' || prep === 'at' || prep === 'to') && type !== null && PLACES.has(type))
      places.push(m.entity);
    k = m.tokEnd - 1;
  }
  return { places: [...new Set(places)], receiver, warrantAt, court };
}

/** The preposition before a mention, over "the" and a possessive ("to the court's"). */
function prepositionBefore(tokens: readonly Token[], k: number): string | undefined {
  let j = k - 1;
  if (tokens[j]?.lower === 'the') j--;
  return tokens[j]?.lower;
}

/** The court of "an ICC warrant", "the court's warrant" or "a warrant issued by the ICC". */
function courtAround(article: Article, v: SentenceView, at: number): number | null {
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) {
    const m = v.at[k];
    if (m !== undefined && m.kind === 'entity' && typeOf(article, m) === 'Court') return m.entity ?? null;
  }
  for (let k = at + 1; k < Math.min(v.tokens.length, at + 6); k++) {
    if (v.tokens[k]?.lower !== 'by') continue;
    const m = v.at[k + 1] ?? v.at[k + 2];
    if (m !== undefined && m.kind === 'entity' && typeOf(article, m) === 'Court') return m.entity ?? null;
  }
  return null;
}

/**
 * Where "the [former] … TITLE" that names no one ends: a title mention within a few words after
 * "the", over words and demonyms ("the former Bosnian Serb army commander"), with no name right
 * after it. Undefined otherwise.
 */
function describedTitleAfter(v: SentenceView, the: number): number | undefined {
  for (let k = the + 1; k < Math.min(v.tokens.length, the + 6); k++) {
    const m = v.at[k];
    if (m?.kind === 'title') {
      const next = v.at[m.tokEnd];
      return next !== undefined && next.kind === 'entity' ? undefined : m.tokEnd;
    }
    if (m !== undefined) {
      k = m.tokEnd - 1;
      continue;
    }
    const t = v.tokens[k] as Token;
    if (isClauseBreak(t) || t.text === ',' || t.kind !== 'word') return undefined;
  }
  return undefined;
}

/**
 * "X, a rebel commander wanted by the ICC, was handed over": where the apposition that ends right
 * before the verb at `verb` begins (its opening comma), so that the subject before it is read; the
 * verb itself when there is none.
 */
function appositionStart(v: SentenceView, verb: number): number {
  if (v.tokens[verb - 1]?.text !== ',') return verb;
  for (let k = verb - 2; k > 0 && k >= verb - 16; k--) {
    const t = v.tokens[k] as Token;
    if (isClauseBreak(t)) return verb;
    if (t.text === ',') return k;
  }
  return verb;
}
