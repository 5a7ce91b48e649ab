/**
 * Meeting frames:
 *  - A met (in PLACE) (on DAY) with B; A met B; A (reached out to|contacted|phoned) B;
 *    A spoke (by phone) with B; … to meet B
 *  - a (meeting|phone call|call|talks) between A and B; (his) meeting with B
 *  - A and B discussed … in a phone call; A asked B … in a conversation (the people named
 *    before the meeting noun, when there are exactly two)
 *  - C (also) attended the meeting: C joins the last in-person meeting reported
 * People are preferred as participants; states and organisations take part when no person
 * is named ("Egypt has met with the head of the UN agency").
 */

import {
  ATTEND_VERBS,
  CONVERSATION_NOUNS,
  COUNTERPART_NOUNS,
  HOLD_VERBS,
  MEETING_NOUNS,
  MEETING_NOUN_MARKERS,
  MEETING_PHRASES,
  MEETING_VERBS,
  NEEDS_WITH,
  NOT_A_CALL,
  PAIR_NOUNS,
  PARTNER_END,
} from '../data/triggers.js';
import type { EntityType, MeetingMode } from '../../contracts/extraction-document.js';
import { type Article, type SentenceView, isClauseBreak, typeOf } from '../sentence-view.js';
import type { MeetingDraft, Mention, Token } from '../types.js';
import {
  ACTOR_TYPES,
  entitiesOf,
  isAuxiliary,
  isLowerWord,
  listAfter,
  listBefore,
  nearestMention,
  personForPronoun,
  subjectBefore,
} from './phrases.js';
import type { EventRule } from './rule.js';
import { DETERMINERS, POSSESSIVE_DETERMINERS, TEMPORAL_OPENERS, TEMPORAL_WORDS } from '../data/grammar.js';

const ATTEND = new Set(ATTEND_VERBS);
const PHRASES = MEETING_PHRASES.map((p) => ({ words: p.words.split(' '), mode: p.mode }));
const PERSON: ReadonlySet<EntityType> = new Set(['Person']);
/** Every word that can start a meeting frame: other tokens are skipped at once. */
const FIRST_WORDS = new Set([
  ...Object.keys(MEETING_VERBS),
  ...Object.keys(MEETING_NOUNS).map((n) => n.split(' ')[0] ?? n),
  ...MEETING_PHRASES.map((p) => p.words.split(' ')[0] ?? p.words),
  ...ATTEND_VERBS,
]);

export const meetingRule: EventRule<MeetingDraft> = { kind: 'Meeting', find: findMeetings };

function findMeetings(article: Article, v: SentenceView, earlier: readonly MeetingDraft[]): MeetingDraft[] {
  const found: MeetingDraft[] = [];
  const { tokens } = v;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!FIRST_WORDS.has(t.lower)) continue;
    const phrase = PHRASES.find((p) => p.words.every((w, k) => tokens[i + k]?.lower === w));
    let draft: MeetingDraft | null = null;
    if (phrase !== undefined) {
      draft = verbFrame(article, v, i, i + phrase.words.length, phrase.mode, false);
      i += phrase.words.length - 1;
    } else if (MEETING_VERBS[t.lower] !== undefined && !t.cap && !isNounUse(tokens, i)) {
      draft = verbFrame(article, v, i, i + 1, MEETING_VERBS[t.lower] as MeetingMode, NEEDS_WITH.has(t.lower));
      // "had spoken with A and with B": two conversations, not one of three.
      const second = draft === null ? null : secondConversation(article, v, i + 1, draft);
      if (second !== null) found.push(second);
    } else {
      const noun = meetingNounAt(tokens, i);
      if (noun !== null) {
        draft = nounFrame(article, v, i, noun.length, noun.mode);
        i += noun.length - 1;
      } else if (ATTEND.has(t.lower)) {
        attend(article, v, i, earlier);
      }
    }
    if (draft !== null) found.push(draft);
  }
  return found;
}

/** "meeting" after a determiner is the noun, handled by the noun frame. */
function isNounUse(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]?.lower;
  if (w === 'meeting') {
    // "a meeting", "the bilateral meeting", "his main meeting" (not "were meeting", "after meeting")
    const prev = tokens[i - 1];
    return (
      MEETING_NOUN_MARKERS.has(prev?.lower ?? '') ||
      (isLowerWord(prev) && !HOLD_VERBS.has(prev?.lower ?? '') && !/(?:ed|ing)$/.test(prev?.lower ?? ''))
    );
  }
  if (w === 'called') return NOT_A_CALL.has(tokens[i + 1]?.lower ?? '');
  return false;
}

function meetingNounAt(tokens: readonly Token[], i: number): { length: number; mode: MeetingMode } | null {
  const two = `${tokens[i]?.lower ?? ''} ${tokens[i + 1]?.lower ?? ''}`;
  const modeTwo = MEETING_NOUNS[two];
  if (modeTwo !== undefined) return { length: 2, mode: modeTwo };
  const one = tokens[i]?.lower ?? '';
  const mode = MEETING_NOUNS[one];
  if (mode === undefined) return null;
  // A bare "call" or "talks" only with a partner ("a call with", "talks between") or its
  // holders ("A and B held talks").
  if (one === 'call' || one === 'talks' || one === 'visit' || one === 'summit') {
    const next = tokens[i + 1]?.lower;
    if (next !== 'with' && next !== 'between' && holdVerbBefore(tokens, i) < 0) return null;
  }
  return { length: 1, mode };
}

function verbFrame(
  article: Article,
  v: SentenceView,
  at: number,
  after: number,
  mode: MeetingMode,
  needsWith: boolean,
): MeetingDraft | null {
  const { tokens } = v;
  // "… to meet B": the subject is the person named last before.
  const before = tokens[at - 1]?.lower;
  const pronoun = before === 'he' || before === 'she' ? personForPronoun(article, article.views, v, at - 1) : undefined;
  const subject =
    before === 'to'
      ? (nearestMention(article, v, at - 1, PERSON) ?? nearestMention(article, v, at - 1))
      : (pronoun ?? subjectBefore(article, v, at) ?? undefined);
  if (subject?.entity === undefined) return null;
  const subjects = before === 'to' || pronoun !== undefined ? [subject] : listBefore(article, v, at, ACTOR_TYPES);
  const partner = partnerAfter(article, v, after, needsWith);
  if (partner.length === 0) return null;
  const participants = unique([...entitiesOf(subjects), ...partner]);
  if (participants.length < 2) return null;
  return draft(v, at, participants, placesAround(article, v, after), modeOf(tokens, mode), topicOf(tokens, at));
}

function nounFrame(
  article: Article,
  v: SentenceView,
  at: number,
  length: number,
  mode: MeetingMode,
): MeetingDraft | null {
  const { tokens } = v;
  // "will be with", "on Tuesday with": the partner may follow a time and a copula.
  const withAt = partnerPreposition(v, at + length);
  const next = withAt === at + length ? tokens[at + length]?.lower : 'with';
  // "A and B held talks", "A and B have begun a meeting": the subjects of the verb before.
  const hosts = holdersBefore(article, v, at);
  let participants: number[] = [];
  if (next === 'between') {
    participants = entitiesOf(
      preferPeople(article, listAfter(article, v, at + length + 1, ACTOR_TYPES, 4, true).mentions),
    );
  } else if (next === 'with') {
    const partner = partnerAfter(article, v, withAt, true);
    if (partner.length === 0) return null;
    if (hosts.length > 0 && hosts.every((h) => !partner.includes(h))) {
      participants = unique([...hosts, ...partner]);
    } else {
      // The other side: the possessor ("his meeting"), else the person named nearest outside.
      const before = nearestMention(article, v, at, PERSON) ?? nearestMention(article, v, at);
      let other = before?.entity;
      if (other === undefined || partner.includes(other)) {
        other = v.mentions.find(
          (m) => typeOf(article, m) === 'Person' && m.entity !== undefined && !partner.includes(m.entity),
        )?.entity;
      }
      if (other === undefined) return null;
      participants = unique([other, ...partner]);
    }
  } else if (hosts.length >= 2) {
    participants = hosts;
  } else if (mode !== 'in_person') {
    // "A and B discussed … in a phone call", "A asked B … in a conversation".
    let people = entitiesOf(v.mentions.filter((m) => m.tokEnd <= at && typeOf(article, m) === 'Person'));
    // "In a phone call on Monday, A told B …": a call that opens the sentence is between the
    // two people the sentence names.
    if (people.length === 0 && at <= 3 && (tokens[0]?.lower === 'in' || tokens[0]?.lower === 'during'))
      people = entitiesOf(v.mentions.filter((m) => typeOf(article, m) === 'Person'));
    if (people.length !== 2) return null;
    participants = people;
  }
  if (participants.length < 2) return null;
  return draft(v, at, participants, placesAround(article, v, at + length), modeOf(tokens, mode), topicOf(tokens, at));
}

/**
 * The token after the "with" that introduces a meeting's partner: right after the noun, or
 * after a time and a copula ("the meeting on Tuesday will be with B"); the noun's end when
 * there is none.
 */
function partnerPreposition(v: SentenceView, from: number): number {
  for (let k = from; k < v.tokens.length && k < from + 7; k++) {
    const t = v.tokens[k] as Token;
    if (t.lower === 'with') return k === from ? from : k;
    // "meetings in Muscat with B": over the place of the meeting.
    const place = v.at[k + 1];
    if (
      (t.lower === 'in' || t.lower === 'at') &&
      place !== undefined &&
      place.tok === k + 1 &&
      place.kind === 'entity'
    ) {
      k = place.tokEnd - 1;
      continue;
    }
    if (!(TEMPORAL_WORDS.has(t.lower) || TEMPORAL_OPENERS.has(t.lower) || isAuxiliary(t) || t.lower === 'be'))
      return from;
  }
  return from;
}

/** The token of the verb that holds the meeting noun at `at` ("held talks", "began a meeting"), or -1. */
function holdVerbBefore(tokens: readonly Token[], at: number): number {
  let k = at - 1;
  for (let n = 0; n < 3 && k >= 0 && !HOLD_VERBS.has(tokens[k]?.lower ?? ''); n++) {
    const t = tokens[k] as Token;
    if (!(isLowerWord(t) || DETERMINERS.has(t.lower))) return -1;
    k--;
  }
  return HOLD_VERBS.has(tokens[k]?.lower ?? '') ? k : -1;
}

/**
 * The people who hold the meeting named by the noun at `at`: "A and B held talks", "A and B
 * have begun a bilateral meeting". The verb stands up to three words before the noun.
 */
function holdersBefore(article: Article, v: SentenceView, at: number): number[] {
  const k = holdVerbBefore(v.tokens, at);
  if (k < 0) return [];
  const listed = entitiesOf(listBefore(article, v, k, PERSON));
  return listed.length > 0 ? listed : pairBefore(article, v, k);
}

/**
 * "the two leaders held talks": the (up to) two people named last before the phrase (in this
 * sentence or the ones before), when a pair noun ends just before the verb `at`.
 */
function pairBefore(article: Article, v: SentenceView, at: number): number[] {
  let k = at - 1;
  while (k >= 0 && (isAuxiliary(v.tokens[k]) || v.tokens[k]?.lower === 'also')) k--;
  if (!PAIR_NOUNS.has(v.tokens[k]?.lower ?? '') || v.tokens[k - 1]?.lower !== 'two' || v.tokens[k - 2]?.lower !== 'the')
    return [];
  const found: number[] = [];
  for (let s = v.sentence.index; s >= 0 && s >= v.sentence.index - 3 && found.length < 2; s--) {
    const view = article.views[s];
    if (view === undefined) continue;
    for (let i = view.mentions.length - 1; i >= 0 && found.length < 2; i--) {
      const m = view.mentions[i] as Mention;
      if (s === v.sentence.index && m.tok >= k) continue;
      if (m.entity !== undefined && typeOf(article, m) === 'Person' && !found.includes(m.entity))
        found.unshift(m.entity);
    }
  }
  // One named (the other only by a state, "Britain said"): the one named.
  return found;
}

/**
 * "spoke with A and with B": a second conversation of the same subjects with B, when the
 * preposition is repeated (a single "with A and B" is one meeting of all of them).
 */
function secondConversation(
  article: Article,
  v: SentenceView,
  after: number,
  first: MeetingDraft,
): MeetingDraft | null {
  let last = -1;
  for (const m of v.mentions)
    if (m.tok >= after && m.entity !== undefined && first.participants.includes(m.entity))
      last = Math.max(last, m.tokEnd);
  if (last < 0 || v.tokens[last]?.lower !== 'and' || v.tokens[last + 1]?.lower !== 'with') return null;
  const partner = partnerAfter(article, v, last + 1, true);
  if (partner.length === 0 || partner.some((p) => first.participants.includes(p))) return null;
  const subjects = first.participants.filter((p) => {
    const m = v.mentions.find((x) => x.entity === p);
    return m !== undefined && m.tok < after;
  });
  if (subjects.length === 0) return null;
  return { ...first, participants: unique([...subjects, ...partner]), sentences: [...first.sentences] };
}

/**
 * The partner after a meeting verb: the first person (else actor) of the phrase after it, or
 * after "with"/"to" further on ("met in Geneva on Monday with the president of the court,
 * Judge Sara Ono").
 */
function partnerAfter(article: Article, v: SentenceView, from: number, needsWith: boolean): number[] {
  const { tokens } = v;
  let start = from;
  if (!needsWith) {
    // A direct object: "met Israeli Prime Minister X", "received the Iranian foreign minister, X".
    const direct = objectAt(article, v, from);
    if (direct.length > 0) return direct;
    // "welcomed Serbia's cooperation with the court": the object is a thing of an actor's, and
    // the "with" after it belongs to that thing, not to the verb.
    if (possessiveObjectAt(v, from)) return [];
  }
  {
    start = -1;
    for (let k = from; k < tokens.length && k < from + 12; k++) {
      const w = tokens[k] as Token;
      if (isClauseBreak(w) || (PARTNER_END.has(w.lower) && w.lower !== 'to')) break;
      if (w.lower === 'with' || (w.lower === 'to' && k === from)) {
        start = k + 1;
        break;
      }
    }
    if (start < 0) return [];
  }
  const end = Math.min(tokens.length, start + 12);
  let actor: number | undefined;
  for (let k = start; k < end; k++) {
    const w = tokens[k] as Token;
    if (isClauseBreak(w) || (PARTNER_END.has(w.lower) && k > start)) break;
    const m = v.at[k];
    if (m === undefined || m.kind !== 'entity' || m.tok !== k || m.entity === undefined) continue;
    const type = typeOf(article, m);
    if (type === 'Person') {
      // Coordinated partners: "with A and B".
      const list = listAfter(article, v, k, PERSON, 0);
      return entitiesOf(list.mentions);
    }
    if (actor === undefined && type !== null && type !== 'Place' && tokens[m.tokEnd]?.kind !== 'poss') actor = m.entity;
  }
  return actor === undefined ? [] : [actor];
}

/** True when the object at `from` opens with an actor's possessive ("Serbia's", "the court's"). */
function possessiveObjectAt(v: SentenceView, from: number): boolean {
  let k = from;
  while (DETERMINERS.has(v.tokens[k]?.lower ?? '')) k++;
  const m = v.at[k];
  return m !== undefined && m.tok === k && m.kind === 'entity' && v.tokens[m.tokEnd]?.kind === 'poss';
}

/** The people (else the one actor) of a noun phrase object starting at token `from`. */
function objectAt(article: Article, v: SentenceView, from: number): number[] {
  let k = from;
  let actor: number | undefined;
  for (let steps = 0; k < v.tokens.length && steps < 8; steps++) {
    const t = v.tokens[k] as Token;
    const m = v.at[k];
    if (m !== undefined && m.tok === k && m.kind === 'entity' && m.entity !== undefined) {
      const type = typeOf(article, m);
      if (type === 'Person') return entitiesOf(listAfter(article, v, k, PERSON, 0).mentions);
      if (type === 'Place' || v.tokens[m.tokEnd]?.kind === 'poss') return [];
      // A state or body before a title is a modifier: "Israeli Prime Minister X", "Syrian
      // transitional leader X".
      let after = m.tokEnd;
      while (after < m.tokEnd + 2 && isLowerWord(v.tokens[after]) && v.at[after] === undefined) after++;
      if (v.at[after]?.kind === 'title') {
        k = after;
        continue;
      }
      if (v.at[m.tokEnd]?.kind !== 'title' && !/^\p{Ll}/u.test(v.tokens[m.tokEnd]?.text ?? '')) actor ??= m.entity;
      k = m.tokEnd;
      continue;
    }
    if (m !== undefined && m.kind !== 'entity') {
      k = m.tokEnd;
      continue;
    }
    if (
      t.lower === 'the' ||
      t.lower === 'a' ||
      t.lower === 'his' ||
      t.lower === 'her' ||
      t.lower === 'their' ||
      (t.text === ',' && actor === undefined)
    ) {
      k++;
      continue;
    }
    // "received her counterpart X", "hosted his visiting counterpart, X": a person noun after
    // a possessive before the name.
    if (COUNTERPART_NOUNS.has(t.lower) && POSSESSIVE_DETERMINERS.has(v.tokens[k - 1]?.lower ?? '')) {
      k++;
      continue;
    }
    break;
  }
  return actor === undefined ? [] : [actor];
}

/** "in The Hague" right after the verb or noun. */
function placesAround(article: Article, v: SentenceView, from: number): number[] {
  const out: number[] = [];
  for (let k = from; k < v.tokens.length && k < from + 8; k++) {
    const w = v.tokens[k] as Token;
    if (isClauseBreak(w) || w.text === ',') break;
    if (w.lower !== 'in' && w.lower !== 'at') continue;
    // "in The Hague" (the article is part of the name) or "in the Qatari capital".
    let m = v.at[k + 1];
    if (m === undefined && v.tokens[k + 1]?.lower === 'the') m = v.at[k + 2];
    if (m !== undefined && typeOf(article, m) === 'Place' && m.entity !== undefined && !out.includes(m.entity))
      out.push(m.entity);
  }
  return out;
}

/** "Khan and his wife, X, who also attended the meeting": they join the last in-person meeting. */
function attend(article: Article, v: SentenceView, at: number, earlier: readonly MeetingDraft[]): void {
  const noun = meetingNounAt(v.tokens, at + 2) ?? meetingNounAt(v.tokens, at + 1);
  if (noun === null) return;
  const meeting = [...earlier].reverse().find((m) => m.mode === 'in_person');
  if (meeting === undefined) return;
  const people = entitiesOf(v.mentions.filter((m) => m.tokEnd <= at && typeOf(article, m) === 'Person'));
  if (people.length === 0) return;
  for (const p of people) if (!meeting.participants.includes(p)) meeting.participants.push(p);
  if (!meeting.sentences.includes(v.sentence.index)) meeting.sentences.push(v.sentence.index);
}

function modeOf(tokens: readonly Token[], mode: MeetingMode): MeetingMode {
  for (const t of tokens) {
    if (t.lower === 'phone' || t.lower === 'telephone' || t.lower === 'phoned') return 'phone_call';
    if (t.lower === 'video' || t.lower === 'videoconference' || t.lower === 'virtual' || t.lower === 'virtually')
      return 'virtual';
  }
  return mode;
}

/** "to discuss X", "discussed X": the words up to the end of the clause. */
function topicOf(tokens: readonly Token[], from: number): string | null {
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k]?.lower;
    if (w !== 'discuss' && w !== 'discussed' && w !== 'discussing') continue;
    if (Math.abs(k - from) > 20) continue;
    const words: string[] = [];
    for (let j = k + 1; j < tokens.length && words.length < 14; j++) {
      const t = tokens[j] as Token;
      if (t.kind === 'punct' && t.text !== '-') break;
      if (t.lower === 'in' && tokens[j + 2] !== undefined && CONVERSATION_NOUNS.has(tokens[j + 2]?.lower ?? '')) break;
      if (t.lower === 'by' && MEETING_NOUNS[`by ${tokens[j + 1]?.lower ?? ''}`] !== undefined) break;
      words.push(t.kind === 'poss' ? `${words.pop() ?? ''}${t.text}` : t.text);
    }
    return words.length > 0 ? words.join(' ') : null;
  }
  return null;
}

function draft(
  v: SentenceView,
  at: number,
  participants: number[],
  locations: number[],
  mode: MeetingMode,
  topic: string | null,
): MeetingDraft {
  return {
    type: 'Meeting',
    participants,
    locations,
    mode,
    topic,
    sentences: [v.sentence.index],
    triggerAt: (v.tokens[at] as Token).start,
  };
}

function preferPeople(article: Article, ms: readonly Mention[]): Mention[] {
  const people = ms.filter((m) => typeOf(article, m) === 'Person');
  return people.length >= 2 ? people : [...ms];
}

function unique(xs: readonly number[]): number[] {
  return [...new Set(xs)];
}
