/**
 * Warrant frames:
 *  - ISSUER … (issued|is considering|can issue) arrest warrants (for|against|targeting) LIST
 *  - ISSUER arrest warrants for LIST; warrants … by ISSUER; a warrant for X's arrest
 *  - LIST could face (charges|arrest warrants) (by ISSUER); X, who faces ICC charges
 *  - "charges", "proceedings", "indictment" count only with a court named in the sentence
 *  - "for him and X": the pronoun's person and the list after it
 *  - "X was arrested|detained on|under a warrant": the person held
 *  - follow-ups: "X could be among those targeted", "The charges include …", "The officials
 *    named in the applications are A, …; B, …; and C" and "The warrants also name A and B"
 *    complete the warrant of the sentence before
 * Status comes from the nearest status word before the warrant noun (see data/triggers.ts).
 */

import {
  CHARGES,
  DOCUMENT_NOUNS,
  FOLLOW_UP_VERBS,
  HELD_VERBS,
  JUDICIAL_NOUNS,
  NAMING_VERBS,
  SUBJECT_PREPOSITIONS,
  WARRANT_NOUNS,
  WARRANT_PREPOSITIONS,
  WARRANT_STATUS_WORDS,
  WEAK_WARRANT_NOUNS,
} from '../data/triggers.js';
import type { EntityType, WarrantStatus } from '../../contracts/extraction-document.js';
import { type Article, type SentenceView, isClauseBreak, typeOf } from '../sentence-view.js';
import type { Mention, Token, WarrantDraft } from '../types.js';
import {
  appositiveList,
  entitiesOf,
  isAuxiliary,
  isLowerWord,
  listAfter,
  personForPronoun,
  subjectBefore,
} from './phrases.js';
import { CLAUSE_ENDS, LIST_COPULAS, MODALS, OPENING_PREPOSITIONS, POSSESSIVE_DETERMINERS } from '../data/grammar.js';
import type { EventRule } from './rule.js';

const STRONG = new Set(WARRANT_NOUNS);
const WEAK = new Set(WEAK_WARRANT_NOUNS);
const PERSON: ReadonlySet<EntityType> = new Set(['Person']);
const ISSUERS: ReadonlySet<EntityType> = new Set(['Court', 'State', 'Organization']);
const CHARGE_PHRASES = CHARGES.map((c) => c.split(' '));

export const warrantRule: EventRule<WarrantDraft> = {
  kind: 'Warrant',
  find: (article, v, earlier) => findWarrants(article, v, earlier[earlier.length - 1]),
};

function findWarrants(article: Article, v: SentenceView, previous: WarrantDraft | undefined): WarrantDraft[] {
  const found: WarrantDraft[] = [];
  const { tokens } = v;
  for (let i = 0; i < tokens.length; i++) {
    const w = (tokens[i] as Token).lower;
    const strong = STRONG.has(w);
    if (!strong && !WEAK.has(w)) continue;
    const draft = warrantFrame(article, v, i, strong, previous ?? found[found.length - 1]);
    if (draft !== null) found.push(draft);
  }
  if (found.length === 0) {
    const wanted = wantedBy(article, v);
    if (wanted !== null) found.push(wanted);
  }
  // "The warrants also target A, B and C": a warrant noun without people of its own, in a
  // sentence that names more people for the warrant before, completes that warrant.
  if (previous !== undefined && found.every((d) => d.subjects.length === 0)) {
    if (followUp(article, v, previous)) return [];
  }
  return found;
}

/**
 * "X is wanted by the ICC", "X, who is wanted by the court": a warrant of that court (or
 * state) for X, issued.
 */
function wantedBy(article: Article, v: SentenceView): WarrantDraft | null {
  const { tokens } = v;
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i]?.lower !== 'wanted' || tokens[i + 1]?.lower !== 'by' || !isAuxiliary(tokens[i - 1])) continue;
    let k = i + 2;
    while (k < tokens.length && k < i + 6 && v.at[k] === undefined) k++;
    const by = v.at[k];
    if (by?.entity === undefined || (typeOf(article, by) !== 'Court' && typeOf(article, by) !== 'State')) continue;
    let aux = i - 1;
    while (aux > 0 && isAuxiliary(tokens[aux - 1])) aux--;
    // "X, who is wanted by …"
    const relative = tokens[aux - 1]?.lower === 'who' && tokens[aux - 2]?.text === ',';
    const m = relative ? v.at[aux - 3] : subjectBefore(article, v, aux, PERSON);
    if (m?.entity === undefined || typeOf(article, m) !== 'Person') continue;
    return {
      type: 'Warrant',
      issuer: by.entity,
      subjects: [m.entity],
      status: 'issued',
      charges: chargesIn(tokens, 0),
      sentences: [v.sentence.index],
      triggerAt: (tokens[i] as Token).start,
    };
  }
  return null;
}

function warrantFrame(
  article: Article,
  v: SentenceView,
  i: number,
  strong: boolean,
  context: WarrantDraft | undefined,
): WarrantDraft | null {
  const { tokens } = v;
  let issuer = issuerOf(article, v, i, strong) ?? (strong ? nationalIssuer(article, v, i) : null);
  if (issuer === null && !strong) return null;
  if (issuer === null) issuer = context?.issuer ?? lastCourt(article, v.sentence.index, i);

  const subjects: number[] = [];
  // "for|against|targeting LIST", "for the arrest of LIST", also past "by the ICC (ICC)".
  for (let k = i + 1; k < Math.min(tokens.length, i + 12); k++) {
    const t = tokens[k] as Token;
    if (isClauseBreak(t) && t.text !== '(' && t.text !== ')') break;
    if (!SUBJECT_PREPOSITIONS.has(t.lower)) continue;
    let from = k + 1;
    if (tokens[from]?.lower === 'the' && tokens[from + 1]?.lower === 'arrest' && tokens[from + 2]?.lower === 'of')
      from += 3;
    const list = listAfter(article, v, from, PERSON, 6);
    subjects.push(...entitiesOf(list.mentions));
    subjects.push(...reflexives(article, v, from, list.end));
    // "a warrant accusing him of …": the person the sentence is about.
    const pronoun = tokens[from]?.lower;
    if (subjects.length === 0 && (pronoun === 'him' || pronoun === 'her')) {
      const m = personForPronoun(article, article.views, v, from);
      if (m?.entity !== undefined) subjects.push(m.entity);
      // "for him and his former defence minister X"
      if (tokens[from + 1]?.lower === 'and')
        subjects.push(...entitiesOf(listAfter(article, v, from + 2, PERSON, 6).mentions));
    }
    if (subjects.length > 0) break;
  }
  // "a warrant for Putin's arrest"
  if (tokens[i + 1]?.lower === 'for') {
    const m = v.at[i + 2];
    if (
      m !== undefined &&
      typeOf(article, m) === 'Person' &&
      tokens[m.tokEnd]?.kind === 'poss' &&
      tokens[m.tokEnd + 1]?.lower === 'arrest' &&
      m.entity !== undefined
    )
      subjects.push(m.entity);
  }
  // "X was arrested on an ICC warrant", "The suspect, X, was detained under a warrant"
  if (subjects.length === 0) subjects.push(...heldUnder(article, v, i));
  if (subjects.length === 0) subjects.push(...subjectAfterOpening(article, v, i));
  // "LIST could (also) face (potential) charges", "X, who faces ICC charges"
  const face = faceBefore(tokens, i);
  if (face !== null) {
    if (tokens[face - 1]?.lower === 'who' && tokens[face - 2]?.text === ',') {
      const m = v.at[face - 3];
      if (m !== undefined && typeOf(article, m) === 'Person' && m.entity !== undefined) subjects.push(m.entity);
    } else {
      subjects.push(...peopleBefore(article, v, face));
    }
  }
  return {
    type: 'Warrant',
    issuer,
    subjects: [...new Set(subjects)],
    status: statusOf(tokens, i),
    charges: chargesIn(tokens, 0),
    sentences: [v.sentence.index],
    triggerAt: (tokens[i] as Token).start,
  };
}

/** The issuer: "ICC arrest warrants", "warrants … by the ICC", "the ICC issued … warrants". */
function issuerOf(article: Article, v: SentenceView, i: number, strong: boolean): number | null {
  const { tokens } = v;
  // Just before, over "arrest", "possible", possessives: "ICC arrest warrants", "the court's warrants".
  let k = i - 1;
  while (k >= 0 && (isLowerWord(tokens[k]) || tokens[k]?.kind === 'poss') && k >= i - 3) k--;
  const before = v.at[k];
  if (
    before !== undefined &&
    before.tokEnd === k + 1 &&
    typeOf(article, before) === 'Court' &&
    before.entity !== undefined
  )
    return before.entity;
  // "by the ICC" within a few words after ("issued 20 years ago by the ICC").
  for (let j = i + 1; j < Math.min(tokens.length, i + 9); j++) {
    if (CLAUSE_ENDS.has(tokens[j]?.text ?? '')) break;
    if (tokens[j]?.lower !== 'by') continue;
    let m = v.at[j + 1];
    if (tokens[j + 1]?.lower === 'the') m = v.at[j + 2];
    if (m !== undefined && typeOf(article, m) === 'Court' && m.entity !== undefined) return m.entity;
  }
  // The subject of the clause: the nearest court before, within the clause.
  for (let j = i - 1; j >= 0 && j >= i - 16; j--) {
    if (isClauseBreak(tokens[j]) && tokens[j]?.text !== '(' && tokens[j]?.text !== ')') break;
    const m = v.at[j];
    if (m === undefined || m.kind !== 'entity') continue;
    const type = typeOf(article, m);
    if (type === 'Court' && m.entity !== undefined) return m.entity;
    // A state issues warrants only as the subject of "issue": "Russia issued a warrant".
    if (
      strong &&
      type !== null &&
      ISSUERS.has(type) &&
      type !== 'Court' &&
      m.tokEnd < i &&
      /^issu/.test(tokens[m.tokEnd]?.lower ?? '') &&
      m.entity !== undefined
    )
      return m.entity;
  }
  return null;
}

/**
 * A national judiciary the text does not name stands for its state: "French judicial
 * authorities issued warrants", "a warrant issued by a South Korean court", "the magistrate
 * in Istanbul issued warrants" (a place stands for its state). Read in the clause before the
 * warrant noun and in its "by" phrase; only when they name one state.
 */
function nationalIssuer(article: Article, v: SentenceView, i: number): number | null {
  const { tokens } = v;
  const spans: Array<[number, number]> = [];
  let start = i;
  while (start > 0 && i - start < 20 && !CLAUSE_ENDS.has(tokens[start - 1]?.text ?? '')) start--;
  spans.push([start, i]);
  for (let j = i + 1; j < Math.min(tokens.length, i + 5); j++) {
    if (tokens[j]?.lower !== 'by') continue;
    let end = j + 1;
    while (end < tokens.length && end < j + 9 && !CLAUSE_ENDS.has(tokens[end]?.text ?? '')) end++;
    spans.push([j + 1, end]);
    break;
  }
  if (!spans.some(([a, b]) => tokens.slice(a, b).some((t) => JUDICIAL_NOUNS.has(t.lower)))) return null;
  const states = new Set<number>();
  for (const m of [...v.mentions, ...v.parts]) {
    if (m.entity === undefined || !spans.some(([a, b]) => m.tok >= a && m.tok < b)) continue;
    const e = article.entities[m.entity];
    if (e?.type === 'State') states.add(e.index);
    else if (e?.type === 'Place' && e.country !== null) {
      const state = article.entities.find((x) => x.key === `state:${e.country}` && x.mentionCount > 0);
      if (state !== undefined) states.add(state.index);
    }
  }
  return states.size === 1 ? ([...states][0] ?? null) : null;
}

function lastCourt(article: Article, sentence: number, tok: number): number | null {
  for (let s = sentence; s >= 0; s--) {
    const v = article.views[s];
    if (v === undefined) continue;
    for (let k = v.mentions.length - 1; k >= 0; k--) {
      const m = v.mentions[k] as Mention;
      if ((s < sentence || m.tok < tok) && typeOf(article, m) === 'Court' && m.entity !== undefined) return m.entity;
    }
  }
  return null;
}

function statusOf(tokens: readonly Token[], i: number): WarrantStatus {
  // A participle right after the noun says most: "warrants issued against …".
  const after = WARRANT_STATUS_WORDS[tokens[i + 1]?.lower ?? ''];
  if (after !== undefined && /(?:ed|en)$/.test(tokens[i + 1]?.lower ?? '')) return after;
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const t = tokens[k] as Token;
    if (t.text === ',' || t.text === ';') break;
    const s = WARRANT_STATUS_WORDS[t.lower];
    if (s !== undefined) {
      // "can issue", "could issue": a modal makes an issue a possibility.
      if (s === 'issued' && t.lower.startsWith('issue') && MODALS.has(tokens[k - 1]?.lower ?? '')) return 'considered';
      return s;
    }
  }
  const next = `${tokens[i + 1]?.lower ?? ''} ${tokens[i + 2]?.lower ?? ''}`;
  if (/^(?:were|was|had been|have been) issued/.test(next)) return 'issued';
  return 'unknown';
}

/** Index of "face" in "could (also) face (potential) charges" before token i, or null. */
function faceBefore(tokens: readonly Token[], i: number): number | null {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const w = tokens[k]?.lower;
    if (w === 'face' || w === 'faces' || w === 'faced' || w === 'facing') return k;
    if (!isLowerWord(tokens[k]) && tokens[k]?.kind !== 'word') return null;
  }
  return null;
}

/** "including himself": the reflexive stands for the first person of the sentence. */
function reflexives(article: Article, v: SentenceView, from: number, to: number): number[] {
  for (let k = from; k < Math.min(v.tokens.length, to + 3); k++) {
    const w = v.tokens[k]?.lower;
    if (w !== 'himself' && w !== 'herself') continue;
    const first = v.mentions.find((m) => typeOf(article, m) === 'Person' && m.tok < k);
    return first?.entity === undefined ? [] : [first.entity];
  }
  return [];
}

export function chargesIn(tokens: readonly Token[], from: number): string[] {
  const found: string[] = [];
  for (let k = from; k < tokens.length; k++) {
    for (const phrase of CHARGE_PHRASES) {
      if (phrase.every((w, j) => tokens[k + j]?.lower === w)) {
        const c = phrase.join(' ');
        const canonical =
          c === 'war crime' ? 'war crimes' : c === 'crime against humanity' ? 'crimes against humanity' : c;
        if (!found.includes(canonical)) found.push(canonical);
        k += phrase.length - 1;
        break;
      }
    }
  }
  return found;
}

/**
 * "X could be among those targeted"; "The charges include war crimes …"; "The officials named
 * in the applications are A, …; B, …; and C"; "The requests also name A and B".
 */
function followUp(article: Article, v: SentenceView, previous: WarrantDraft): boolean {
  const { tokens } = v;
  const last = previous.sentences[previous.sentences.length - 1] ?? -10;
  const named = namedIn(tokens);
  // "The warrants also target …" refers back further than other follow-ups.
  if (v.sentence.index - last > (named !== null ? 5 : 2)) return false;
  if (named !== null) {
    const ids = entitiesOf(appositiveList(article, v, named, PERSON));
    if (ids.length > 0) {
      for (const id of ids) if (!previous.subjects.includes(id)) previous.subjects.push(id);
      if (!previous.sentences.includes(v.sentence.index)) previous.sentences.push(v.sentence.index);
      return true;
    }
  }
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (
      tokens[k]?.lower === 'among' &&
      tokens[k + 1]?.lower === 'those' &&
      FOLLOW_UP_VERBS.has(tokens[k + 2]?.lower ?? '')
    ) {
      const people = v.mentions.filter((m) => m.tok < k && typeOf(article, m) === 'Person');
      const ids = entitiesOf(people);
      if (ids.length === 0) continue;
      for (const id of ids) if (!previous.subjects.includes(id)) previous.subjects.push(id);
      if (!previous.sentences.includes(v.sentence.index)) previous.sentences.push(v.sentence.index);
      return true;
    }
  }
  if (tokens[1]?.lower === 'charges' || tokens[0]?.lower === 'charges') {
    const charges = chargesIn(tokens, 0);
    if (charges.length === 0) return false;
    for (const c of charges) if (!previous.charges.includes(c)) previous.charges.push(c);
    if (!previous.sentences.includes(v.sentence.index)) previous.sentences.push(v.sentence.index);
    return true;
  }
  return false;
}

/**
 * "X was arrested on an ICC warrant", "X, 54, was detained under a warrant issued …": the
 * person held under the warrant, the subject of the verb before "under|on (a) … warrant".
 */
function heldUnder(article: Article, v: SentenceView, i: number): number[] {
  const { tokens } = v;
  let k = i - 1;
  for (let n = 0; n < 4 && k >= 0 && !WARRANT_PREPOSITIONS.has(tokens[k]?.lower ?? ''); n++) {
    const t = tokens[k] as Token;
    if (!(isLowerWord(t) || t.upper || t.lower === 'a' || t.lower === 'an' || t.lower === 'the' || t.kind === 'poss'))
      return [];
    k--;
  }
  if (!WARRANT_PREPOSITIONS.has(tokens[k]?.lower ?? '')) return [];
  // "in response to", "pursuant to", "in execution of"
  if (tokens[k]?.lower === 'to' || tokens[k]?.lower === 'of') k -= tokens[k - 2]?.lower === 'in' ? 2 : 1;
  // Over a place between the verb and the warrant ("detained at Berlin's airport under a
  // warrant"), and over the apposition of an active verb's object ("arrested X, a Libyan
  // national, on a warrant").
  let verb = k - 1;
  for (let n = 0; n < 24 && verb > 0 && !HELD_VERBS.has(tokens[verb]?.lower ?? ''); n++) {
    if (isClauseBreak(tokens[verb])) return [];
    verb--;
  }
  if (!HELD_VERBS.has(tokens[verb]?.lower ?? '')) return [];
  if (isAuxiliary(tokens[verb - 1]) || verb - 1 < 0 || k - verb <= 8) {
    const m = subjectBefore(article, v, verb, PERSON);
    if (m?.entity !== undefined) return [m.entity];
  }
  // "German authorities arrested X … in response to a warrant": the object.
  const object = v.at[verb + 1];
  return object?.entity !== undefined && object.tok === verb + 1 && typeOf(article, object) === 'Person'
    ? [object.entity]
    : [];
}

/**
 * "Despite an arrest warrant issued in 2005, X has evaded arrest": a warrant in the phrase
 * that opens the sentence is for the subject named right after that phrase.
 */
function subjectAfterOpening(article: Article, v: SentenceView, i: number): number[] {
  const { tokens } = v;
  if (!OPENING_PREPOSITIONS.has(tokens[0]?.lower ?? '')) return [];
  for (let k = 1; k < i; k++) if (CLAUSE_ENDS.has(tokens[k]?.text ?? '')) return [];
  let comma = i + 1;
  while (comma < tokens.length && comma < i + 15 && !CLAUSE_ENDS.has(tokens[comma]?.text ?? '')) comma++;
  if (tokens[comma]?.text !== ',') return [];
  const m = v.at[comma + 1];
  return m?.entity !== undefined && m.tok === comma + 1 && typeOf(article, m) === 'Person' ? [m.entity] : [];
}

/**
 * Where the list of people starts in "… named in the requests are LIST", "The warrants (also)
 * name LIST" and "she said the applications named LIST", or null.
 */
function namedIn(tokens: readonly Token[]): number | null {
  for (let k = 0; k + 3 < tokens.length && k < 20; k++) {
    const w = tokens[k]?.lower ?? '';
    // "named in the requests are", "listed in the applications were"
    if ((w === 'named' || w === 'listed') && tokens[k + 1]?.lower === 'in') {
      let j = k + 2;
      if (tokens[j]?.lower === 'the') j++;
      if (!DOCUMENT_NOUNS.has(tokens[j]?.lower ?? '')) continue;
      j++;
      if (LIST_COPULAS.has(tokens[j]?.lower ?? '')) return j + 1;
    }
    // "The warrants also name", "(she said) the applications named"
    if (DOCUMENT_NOUNS.has(w) && POSSESSIVE_DETERMINERS.has(tokens[k - 1]?.lower ?? '')) {
      let j = k + 1;
      if (tokens[j]?.lower === 'also') j++;
      if (NAMING_VERBS.has(tokens[j]?.lower ?? '')) return j + 1;
    }
  }
  return null;
}

/**
 * The people of the subject before token `at`, over unnamed members and titles:
 * "Defense Minister X and unnamed senior officers could also face".
 */
function peopleBefore(article: Article, v: SentenceView, at: number): number[] {
  const found: number[] = [];
  let k = at - 1;
  for (let steps = 0; k >= 0 && steps < 24; steps++) {
    const t = v.tokens[k] as Token;
    const m = v.at[k];
    if (m !== undefined && m.kind === 'entity' && typeOf(article, m) === 'Person' && m.entity !== undefined) {
      if (!found.includes(m.entity)) found.unshift(m.entity);
      k = m.tok - 1;
      continue;
    }
    if (m !== undefined && (m.kind !== 'entity' || v.at[m.tokEnd]?.kind === 'title')) {
      k = m.tok - 1;
      continue;
    }
    if (isAuxiliary(t) || isLowerWord(t) || t.lower === 'and' || t.text === ',') {
      k--;
      continue;
    }
    break;
  }
  return found;
}
