/**
 * Pass 3: find the mentions in each sentence: gazetteer phrases (states, demonyms, courts,
 * organisations, places, epithets, office titles, honorifics), composed names (ministries,
 * "Prime Minister's Office", acronyms defined in the text) and capitalised word sequences
 * that may be people or new organisations.
 *
 * Steps, in order, per sentence:
 *  1. longest gazetteer phrase at each token, "ex-" titles, names inside hyphenated words
 *  2. collisions: a place name inside a person's name ("Israel Katz") is released, and so is
 *     a one-word title that ends a name ("Dan Amir") or is the given name that starts one
 *     ("Amir Peretz")
 *  3. documents: a place inside a document name ("Rome Statute") is released
 *  4. "the Qatari capital" → the capital
 *  5. ministries and offices ("the Gaza health ministry", "the health ministry in Darfur",
 *     "Prime Minister's Office"); named facilities ("the Jenin checkpoint") are not their town
 *  6. capitalised sequences → people, new organisations, courts, places; lone acronyms
 *  7. acronyms defined in brackets: "Middle East Eye (MEE)"
 */

import { PERSON_PLACE_COLLISIONS } from './data/collisions.js';
import {
  COMMON_CAPITALISED_WORDS,
  COURT_HEADS,
  DOCUMENT_HEADS,
  FUNCTION_WORDS,
  INITIAL_SKIP,
  MINISTRY_DOMAINS,
  MONTH_NAMES,
  NAME_MODALS,
  NAME_PARTICLES,
  NAME_PREFIXES,
  ORG_CONNECTORS,
  ORGANIZATION_FOLLOWERS,
  OPERATION_WORDS,
  ORGANIZATION_HEADS,
  PLACE_FOLLOWERS,
  PLACE_HEADS,
  ROMAN_NUMERALS,
  WORD_PREFIXES,
} from './data/words.js';
import type { EntityType } from '../contracts/extraction-document.js';
import { CAPITAL_OF_STATE, ENTITY_INFO, STATE_OF_CAPITAL, lookup, lookupWord } from './gazetteer.js';
import { foldKey, hyphenParts } from './tokenize.js';
import { TITLES_ALSO_GIVEN_NAMES, type TitleEntry } from './data/titles.js';
import type { Mention, Sentence, Token } from './types.js';
import { PLACE_PREPOSITIONS } from './data/grammar.js';
import { CONTROL_PARTICIPLES, FACILITY_NOUNS, FORCE_HEADS, NEW_FACILITY_NOUNS } from './data/actor-nouns.js';

const FUNCTION = new Set(FUNCTION_WORDS);
const MONTHS = new Set(MONTH_NAMES);
const COMMON = new Set(COMMON_CAPITALISED_WORDS);
const COLLISIONS = new Set(PERSON_PLACE_COLLISIONS.map((w) => w.toLowerCase()));
const ORG_HEADS = new Set(ORGANIZATION_HEADS);
const COURT_HEAD = new Set(COURT_HEADS);
const PLACE_HEAD = new Set(PLACE_HEADS);
const DOC_HEADS = new Set(DOCUMENT_HEADS);
const HAS_DIGIT = /\p{N}/u;
const UPPER_AFTER_PREFIX = /^\p{Lu}/u;
const HYPHEN_LOWER = /-\p{Ll}/u;
const PLACE_FOLLOWER = new Set(PLACE_FOLLOWERS);
const ORG_FOLLOWER = new Set(ORGANIZATION_FOLLOWERS);

/** Marks a token that belongs to no mention but must not start a name either. */
type Claim = Mention | 'blocked' | null;

export function findMentions(sentences: readonly Sentence[]): Mention[] {
  const all: Mention[] = [];
  for (const s of sentences) all.push(...mentionsOfSentence(s));
  return all;
}

export function mentionsOfSentence(sentence: Sentence): Mention[] {
  const s = scratchFor(sentence);
  readGazetteer(s); // 1
  releaseEmbeddedNames(s); // 1
  releaseCollisions(s); // 2
  releaseTitlesEndingNames(s); // 2
  releaseTitlesStartingNames(s); // 2
  releaseDocumentNames(s); // 3
  readDemonymCapitals(s); // 4
  readMinistriesAndOffices(s); // 5
  readFacilities(s); // 5
  readCapitalisedRuns(s); // 6
  readLoneAcronyms(s); // 6
  readDefinedAcronyms(s); // 7
  return [...s.mentions, ...s.parts].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** One sentence's mentions under construction, and which mention claims each token. */
interface Scratch {
  sentence: Sentence;
  tokens: readonly Token[];
  claims: Claim[];
  mentions: Mention[];
  /** Mentions inside hyphenated words: they claim no token. */
  parts: Mention[];
}

function scratchFor(sentence: Sentence): Scratch {
  const claims = new Array<Claim>(sentence.tokens.length).fill(null);
  return { sentence, tokens: sentence.tokens, claims, mentions: [], parts: [] };
}

function make(s: Scratch, tok: number, tokEnd: number, fields: Partial<Mention> & Pick<Mention, 'kind'>): Mention {
  const first = s.tokens[tok] as Token;
  const last = s.tokens[tokEnd - 1] as Token;
  return {
    sentence: s.sentence.index,
    tok,
    tokEnd,
    start: first.start,
    end: last.end,
    text: surface(s, tok, tokEnd),
    ...fields,
  };
}

function claim(s: Scratch, m: Mention): void {
  for (let i = m.tok; i < m.tokEnd; i++) s.claims[i] = m;
  s.mentions.push(m);
}

function release(s: Scratch, m: Mention): void {
  for (let i = m.tok; i < m.tokEnd; i++) if (s.claims[i] === m) s.claims[i] = null;
  const at = s.mentions.indexOf(m);
  if (at >= 0) s.mentions.splice(at, 1);
}

/** Releases every mention over tokens [tok, tokEnd). */
function releaseSpan(s: Scratch, tok: number, tokEnd: number): void {
  for (let k = tok; k < tokEnd; k++) {
    const c = s.claims[k];
    if (c !== null && c !== 'blocked' && c !== undefined) release(s, c);
  }
}

/** The text of tokens [tok, tokEnd), with single spaces where the text has space. */
function surface(s: Scratch, tok: number, tokEnd: number): string {
  let out = '';
  for (let i = tok; i < tokEnd; i++) {
    const t = s.tokens[i] as Token;
    const prev = s.tokens[i - 1];
    out += (i > tok && prev !== undefined && prev.end < t.start ? ' ' : '') + t.text;
  }
  return out;
}

/** 1. The longest gazetteer phrase at each token; "ex-" titles; parts of hyphenated words. */
function readGazetteer(s: Scratch): void {
  const { tokens, claims } = s;
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i] as Token;
    const ex = exTitle(tokens, i);
    if (ex !== null) {
      claim(s, make(s, i, i + ex.length, { kind: 'title', title: ex.title, plural: ex.plural, former: true }));
      i += ex.length;
      continue;
    }
    const match = lookup(tokens, i);
    if (match !== null) {
      const e = match.entry;
      if (e.kind === 'block') {
        for (let k = i; k < i + match.length; k++) claims[k] = 'blocked';
      } else {
        const m = make(s, i, i + match.length, { kind: e.kind });
        if (e.via !== undefined) m.via = e.via;
        if (e.type !== undefined) m.type = e.type;
        if (e.key !== undefined) m.key = e.key;
        if (e.candidates !== undefined) m.candidates = e.candidates;
        if (e.title !== undefined) m.title = e.title;
        if (e.plural !== undefined) m.plural = e.plural;
        claim(s, m);
        if (e.type === 'Place') administeredPlace(s, m);
      }
      i += match.length;
      continue;
    }
    if (t.kind === 'word' && t.text.includes('-')) readHyphenParts(s, i);
    i++;
  }
}

/**
 * "Pakistan-administered Kashmir", "Russian-occupied Crimea": a place under a state's control
 * is a place of its own, named with the hyphenated word before it.
 */
function administeredPlace(s: Scratch, m: Mention): void {
  const at = m.tok - 1;
  const t = s.tokens[at];
  if (t === undefined || t.kind !== 'word' || !t.cap) return;
  const dash = t.lower.lastIndexOf('-');
  if (dash <= 0 || !CONTROL_PARTICIPLES.has(t.lower.slice(dash + 1))) return;
  release(s, m);
  s.claims[at] = null;
  s.parts = s.parts.filter((p) => p.tok !== at);
  const name = surface(s, at, m.tokEnd);
  claim(s, make(s, at, m.tokEnd, { kind: 'entity', via: 'pattern', type: 'Place', key: newKey('Place', name), name }));
}

/** "Qatar-based", "British-Israeli", "United States-Israel": names inside a hyphenated word. */
function readHyphenParts(s: Scratch, i: number): void {
  const t = s.tokens[i] as Token;
  const parts = hyphenParts(t);
  // A name that ends inside the word: "United States-Israel", "South Africa-led".
  const first = parts[0];
  const joined =
    first !== undefined &&
    spanIntoHyphen(s.tokens, s.claims, i, first, (m) => claim(s, { ...m, sentence: s.sentence.index }));
  let found = false;
  for (const p of joined ? parts.slice(1) : parts) {
    const entry = lookupWord({
      ...t,
      text: p.text,
      key: p.key,
      lower: p.text.toLowerCase(),
      cap: p.cap,
      upper: p.upper,
    });
    if (entry === null || entry.kind !== 'entity' || entry.key === undefined) continue;
    if (entry.via !== 'name' && entry.via !== 'demonym' && entry.via !== 'capital') continue;
    const m: Mention = {
      sentence: s.sentence.index,
      tok: i,
      tokEnd: i + 1,
      start: p.start,
      end: p.end,
      text: p.text,
      kind: 'entity',
      via: entry.via,
      key: entry.key,
      compound: parts.filter((q) => q !== p).map((q) => q.key),
    };
    if (entry.type !== undefined) m.type = entry.type;
    s.parts.push(m);
    found = true;
  }
  // The word is then no name of its own ("Qatar-based" is not a person).
  if (!joined && found) s.claims[i] = 'blocked';
}

/**
 * 1. A listed name of a body that ends a longer capitalised name is part of that name:
 * "Supreme National Security Council" is not the UN "Security Council".
 */
function releaseEmbeddedNames(s: Scratch): void {
  const { tokens, claims } = s;
  for (const m of [...s.mentions]) {
    if (m.kind !== 'entity' || m.tokEnd - m.tok < 2 || (m.type !== 'Organization' && m.type !== 'Court')) continue;
    const prev = tokens[m.tok - 1];
    if (prev === undefined || claims[m.tok - 1] !== null || !isNameWord(prev) || !(tokens[m.tok] as Token).cap)
      continue;
    if (m.tok - 1 === 0 && isOrdinaryOpener(prev)) continue;
    release(s, m);
  }
}

/** 2. Collisions: "Israel Katz", "Foreign Minister Israel Katz", "George Washington". */
function releaseCollisions(s: Scratch): void {
  const { tokens, claims } = s;
  for (const m of [...s.mentions]) {
    if (m.kind !== 'entity' || m.tokEnd - m.tok !== 1 || m.via === 'demonym') continue;
    if (!COLLISIONS.has((tokens[m.tok] as Token).lower)) continue;
    const next = tokens[m.tokEnd];
    const prev = tokens[m.tok - 1];
    const nameAfter = next !== undefined && claims[m.tokEnd] === null && isNameWord(next) && !COMMON.has(next.key);
    const nameBefore =
      prev !== undefined &&
      claims[m.tok - 1] === null &&
      isNameWord(prev) &&
      !COMMON.has(prev.key) &&
      !(m.tok - 1 === 0 && isOrdinaryOpener(prev));
    if (nameAfter || nameBefore) release(s, m);
  }
}

/**
 * A one-word title after a name word and before no capitalised word ends the name:
 * "Dan Amir met", "John Major said" (but "Prime Minister Dan Amir" keeps its title).
 */
function releaseTitlesEndingNames(s: Scratch): void {
  const { tokens, claims } = s;
  for (const m of [...s.mentions]) {
    if ((m.kind !== 'title' && m.kind !== 'honorific') || m.tokEnd - m.tok !== 1) continue;
    const t = tokens[m.tok] as Token;
    const prev = tokens[m.tok - 1];
    const next = tokens[m.tokEnd];
    if (!t.cap || prev === undefined || claims[m.tok - 1] !== null || !isNameWord(prev) || COMMON.has(prev.key))
      continue;
    if (m.tok - 1 === 0 && isOrdinaryOpener(prev)) continue;
    if (next !== undefined && next.cap) continue;
    release(s, m);
  }
}

/**
 * A title that is also a given name, capitalised and followed directly by a name word, starts
 * that name: "Amir Peretz met" (but "the Amir of Kuwait", "Amir Sheikh Mishal" keep the title).
 */
function releaseTitlesStartingNames(s: Scratch): void {
  const { tokens, claims } = s;
  for (const m of [...s.mentions]) {
    if (m.kind !== 'title' || m.tokEnd - m.tok !== 1) continue;
    const t = tokens[m.tok] as Token;
    const next = tokens[m.tokEnd];
    if (!t.cap || !TITLES_ALSO_GIVEN_NAMES.has(t.key) || next === undefined) continue;
    if (claims[m.tokEnd] !== null || !next.cap || !isNameWord(next) || COMMON.has(next.key)) continue;
    release(s, m);
  }
}

/** 3. Documents: "Rome Statute", "Geneva Conventions", "Oslo Accords" name no place. */
function releaseDocumentNames(s: Scratch): void {
  const { tokens, claims } = s;
  for (const m of [...s.mentions]) {
    if (m.kind !== 'entity') continue;
    const next = tokens[m.tokEnd];
    if (next !== undefined && next.cap && DOC_HEADS.has(next.key) && claims[m.tokEnd] === null) {
      release(s, m);
      for (let k = m.tok; k <= m.tokEnd; k++) claims[k] = 'blocked';
    }
  }
}

/** 4. "the Qatari capital" → Doha. */
function readDemonymCapitals(s: Scratch): void {
  const { tokens } = s;
  for (const m of [...s.mentions]) {
    if (m.via !== 'demonym' || m.key === undefined) continue;
    const capital = CAPITAL_OF_STATE.get(m.key);
    if (capital === undefined || tokens[m.tokEnd]?.key !== 'capital' || tokens[m.tok - 1]?.key !== 'the') continue;
    release(s, m);
    claim(s, make(s, m.tok - 1, m.tokEnd + 1, { kind: 'entity', via: 'capital', type: 'Place', key: capital }));
  }
}

/** 5. Ministries ("the Gaza health ministry", "Ministry of Foreign Affairs") and offices. */
function readMinistriesAndOffices(s: Scratch): void {
  const { tokens, claims } = s;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    let found: { tok: number; tokEnd: number; name: string | null } | null = null;
    if (t.key === 'ministry') found = ministrySpan(tokens, claims, i);
    else if (t.key === 'office' && t.cap) {
      const span = officeSpan(tokens, claims, i);
      found = span === null ? null : { ...span, name: null };
    }
    if (found === null) continue;
    releaseSpan(s, found.tok, found.tokEnd);
    const name = found.name ?? surface(s, found.tok, found.tokEnd);
    claim(
      s,
      make(s, found.tok, found.tokEnd, {
        kind: 'entity',
        via: 'pattern',
        type: 'Organization',
        key: newKey('Organization', name),
        name,
      }),
    );
    i = found.tokEnd - 1;
  }
}

/** 5. "the Jenin checkpoint": a known place before a facility noun names the facility. */
function readFacilities(s: Scratch): void {
  const { tokens } = s;
  for (const m of [...s.mentions]) {
    if (m.kind !== 'entity' || m.type !== 'Place' || m.compound !== undefined) continue;
    const next = tokens[m.tokEnd];
    if (next === undefined || !FACILITY_NOUNS.has(next.key) || s.claims[m.tokEnd] !== null) continue;
    release(s, m);
    const name = surface(s, m.tok, m.tokEnd + 1);
    claim(
      s,
      make(s, m.tok, m.tokEnd + 1, { kind: 'entity', via: 'pattern', type: 'Place', key: newKey('Place', name), name }),
    );
  }
}

/** The length of a facility noun at token k ("crossing", "air base"), or 0. */
function facilityLength(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (t === undefined || t.kind !== 'word') return 0;
  if (NEW_FACILITY_NOUNS.has(t.key)) return 1;
  return t.key === 'air' && tokens[k + 1]?.key === 'base' ? 2 : 0;
}

/** 6. Capitalised sequences: people, new organisations, courts and places. */
function readCapitalisedRuns(s: Scratch): void {
  const { tokens, claims } = s;
  const headline = isHeadline(tokens);
  for (let i = 0; i < tokens.length;) {
    if (
      claims[i] !== null ||
      !(isNameWord(tokens[i] as Token) || isInitialsName(s, i) || isGivenNameAfterTitle(s, i))
    ) {
      i++;
      continue;
    }
    let end = i + 1;
    let connected = false;
    for (;;) {
      const next = tokens[end];
      if (next === undefined || claims[end] !== null) break;
      // "International Federation for Human Rights", "Center for Media and Freedom of
      // Expression": a lower-case connector inside the name of a body.
      const joined = tokens[end + 1];
      if (
        (ORG_CONNECTORS.has(next.text) || (connected && next.text === 'and')) &&
        joined !== undefined &&
        claims[end + 1] === null &&
        isNameWord(joined) &&
        tokens.slice(i, end).some((w) => ORG_HEADS.has(w.key) || COURT_HEAD.has(w.key))
      ) {
        connected = true;
        end += 2;
        continue;
      }
      // Also "Abdullah II" and "Theresa May": a capitalised modal after a name is a surname.
      if (
        isNameWord(next) ||
        (ROMAN_NUMERALS.has(next.text) && tokens[end - 1]?.end !== next.start) ||
        (next.cap && !next.upper && NAME_MODALS.has(next.key))
      ) {
        end++;
        continue;
      }
      const after = tokens[end + 1];
      if (
        NAME_PARTICLES.has(next.text) &&
        after !== undefined &&
        claims[end + 1] === null &&
        isNameWord(after) &&
        tokens[end - 1]?.end !== next.start
      ) {
        end += 2;
        continue;
      }
      break;
    }
    let start = i;
    // "Israeli Navy Commander X", "the Israeli Army Eyal Zamir": a state's force named by its
    // demonym and one head word is a body of its own.
    const force = forceBefore(s, start);
    if (force !== null) {
      release(s, force);
      const name = surface(s, force.tok, start + 1);
      claim(
        s,
        make(s, force.tok, start + 1, {
          kind: 'entity',
          via: 'pattern',
          type: 'Organization',
          key: newKey('Organization', name),
          name,
        }),
      );
      i = start + 1;
      continue;
    }
    // "Operation Rising Lion": the name of an operation names no one.
    if (OPERATION_WORDS.has((tokens[start] as Token).key) && end - start > 1) {
      i = end;
      continue;
    }
    // "Staff Ali Ayoub" after "Chief of", "Foreign Affairs Josep Borrell" after "High
    // Representative for": ordinary capitalised words before a name are not part of it.
    let lastCommon = -1;
    for (let k = start; k < end; k++) if (COMMON.has((tokens[k] as Token).key)) lastCommon = k;
    const before = claims[start - 1];
    const placed =
      before !== null &&
      before !== undefined &&
      before !== 'blocked' &&
      before.kind === 'entity' &&
      (before.type === 'Place' || before.type === 'State');
    // "the Government of X" names X, but "the Istanbul Institute of Forensic Medicine" is a body.
    if (connected && !placed) {
      while (
        end - start > 2 &&
        COMMON.has((tokens[start] as Token).key) &&
        !tokens.slice(start + 1, end).some((w) => COMMON.has(w.key))
      )
        start++;
    } else if (
      !connected &&
      lastCommon >= start &&
      end - (lastCommon + 1) >= 2 &&
      tokens.slice(start, lastCommon + 1).every((w) => COMMON.has(w.key))
    )
      start = lastCommon + 1;
    // "the Government of Alberto Fernández": nor is the connector after such a word.
    if (start > i && !(tokens[start] as Token).cap) {
      start++;
      connected = false;
    }
    // A sentence opener that is an ordinary word, or a month, is not part of the name. An
    // opener that is only shaped like an adverb ("Beverly", "Kimberly") may be a given name:
    // 04-entities.ts puts it back when the rest names no one known.
    let opener = false;
    if ((start === 0 && isOrdinaryOpener(tokens[start] as Token)) || MONTHS.has((tokens[start] as Token).key)) {
      opener = start === 0 && !COMMON.has((tokens[start] as Token).key) && !MONTHS.has((tokens[start] as Token).key);
      start++;
    }
    // "the Tal Umar crossing", "the Kessel air base": a named facility.
    const facility = start < end && !headline ? facilityLength(tokens, end) : 0;
    if (facility > 0 && claims[end] === null && (facility === 1 || claims[end + 1] === null)) {
      const name = surface(s, start, end + facility);
      claim(
        s,
        make(s, start, end + facility, {
          kind: 'entity',
          via: 'pattern',
          type: 'Place',
          key: newKey('Place', name),
          name,
        }),
      );
      i = end + facility;
      continue;
    }
    // A name joined by a connector is the body its head word before the connector names.
    const connectedHead = connected && !headline ? headBeforeConnector(tokens, start, end) : null;
    const connectedName = surface(s, start, end);
    const m =
      connectedHead !== null
        ? {
            kind: 'entity' as const,
            via: 'pattern' as const,
            type: connectedHead,
            key: newKey(connectedHead, connectedName),
            name: connectedName,
          }
        : classifyRun(tokens, claims, start, end, headline);
    // "Sudan Doctors Network", "Israeli Medical Association": a state named just before a new
    // organisation or court opens its name.
    const prefix = claims[start - 1];
    if (
      m !== null &&
      m.via === 'pattern' &&
      prefix !== null &&
      prefix !== undefined &&
      prefix !== 'blocked' &&
      prefix.kind === 'entity' &&
      prefix.compound === undefined &&
      // "Sudan Doctors Network"; "Kyiv City Administration", "Port Sudan International Airport":
      // a city named before a new body or facility opens its name too.
      ((prefix.type === 'State' &&
        (m.type === 'Organization' || m.type === 'Court') &&
        (prefix.via === 'name' || prefix.via === 'demonym')) ||
        (prefix.type === 'Place' &&
          (prefix.via === 'name' || prefix.via === 'capital') &&
          (m.type === 'Organization' || m.type === 'Place'))) &&
      prefix.tokEnd === start &&
      tokens[start - 1]?.kind === 'word'
    ) {
      // "the Sudan" is a name of the state; the article is not part of the new name.
      const from = tokens[prefix.tok]?.key === 'the' ? prefix.tok + 1 : prefix.tok;
      release(s, prefix);
      const name = surface(s, from, end);
      claim(s, make(s, from, end, { kind: 'entity', via: 'pattern', type: m.type, key: newKey(m.type, name), name }));
      i = end;
      continue;
    }
    if (m !== null) {
      const made = make(s, start, end, m);
      if (opener && end - start === 1 && m.via === 'surname') made.opener = true;
      claim(s, made);
    }
    i = end;
  }
}

/**
 * A state's force named by its demonym and one head word ("Israeli Navy", "Sudanese Army"):
 * the demonym mention just before token `at`, when tokens[at] is such a head and no name
 * follows it as part of the same run.
 */
function forceBefore(s: Scratch, at: number): Mention | null {
  const prev = s.claims[at - 1];
  const head = s.tokens[at];
  if (prev === null || prev === undefined || prev === 'blocked' || head === undefined) return null;
  if (prev.kind !== 'entity' || prev.type !== 'State' || prev.via !== 'demonym' || prev.tokEnd !== at) return null;
  return FORCE_HEADS.has(head.key) ? prev : null;
}

/** The type named by the head word before the first connector of a run ("Federation" for …). */
function headBeforeConnector(tokens: readonly Token[], start: number, end: number): EntityType | null {
  for (let k = start + 1; k < end; k++)
    if (ORG_CONNECTORS.has((tokens[k] as Token).text)) return headType((tokens[k - 1] as Token).key);
  return null;
}

/** "JD Vance" after a title: two capitals as the initials of a given name. */
function isInitialsName(s: Scratch, i: number): boolean {
  const t = s.tokens[i] as Token;
  const next = s.tokens[i + 1];
  const before = s.claims[i - 1];
  return (
    t.upper &&
    t.text.length === 2 &&
    /^\p{Lu}{2}$/u.test(t.text) &&
    next !== undefined &&
    s.claims[i + 1] === null &&
    isNameWord(next) &&
    before !== null &&
    before !== undefined &&
    before !== 'blocked' &&
    (before.kind === 'title' || before.kind === 'honorific') &&
    before.tokEnd === i
  );
}

/**
 * "Vice Premier He Lifeng": a capitalised function word inside a sentence, right after a
 * title and before another name word, is a given name.
 */
function isGivenNameAfterTitle(s: Scratch, i: number): boolean {
  const t = s.tokens[i];
  const prev = s.claims[i - 1];
  const next = s.tokens[i + 1];
  return (
    i > 0 &&
    t !== undefined &&
    t.kind === 'word' &&
    t.cap &&
    !t.upper &&
    FUNCTION.has(t.key) &&
    prev !== null &&
    prev !== undefined &&
    prev !== 'blocked' &&
    prev.kind === 'title' &&
    prev.tokEnd === i &&
    next !== undefined &&
    s.claims[i + 1] === null &&
    isNameWord(next) &&
    !FUNCTION.has(next.key)
  );
}

/** Lone all-capital words: resolved against acronyms and initials in 04-entities.ts. */
function readLoneAcronyms(s: Scratch): void {
  const { tokens, claims } = s;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (
      claims[i] !== null ||
      t.kind !== 'word' ||
      !t.upper ||
      HAS_DIGIT.test(t.text) ||
      FUNCTION.has(t.key) ||
      t.text.includes('-')
    )
      continue;
    claim(s, make(s, i, i + 1, { kind: 'entity', via: 'acronym' }));
  }
}

/** 7. Acronyms defined in brackets after a name: "Middle East Eye (MEE)". */
function readDefinedAcronyms(s: Scratch): void {
  const { tokens, claims } = s;
  for (let i = 2; i + 1 < tokens.length; i++) {
    const open = tokens[i - 1] as Token;
    const acr = tokens[i] as Token;
    const close = tokens[i + 1] as Token;
    if (open.text !== '(' || close.text !== ')' || !acr.upper || acr.text.length < 2) continue;
    const c = claims[i] ?? null;
    if (c !== null && (c === 'blocked' || c.via !== 'acronym')) continue;
    const defined = definedSpan(tokens, i - 1, acr.text);
    if (defined === null) continue;
    const inside = s.mentions.filter((m) => m.kind === 'entity' && m.tok >= defined && m.tokEnd <= i - 1);
    const whole = inside.find((m) => m.tok === defined && m.tokEnd === i - 1);
    if (c !== null) release(s, c);
    if (whole !== undefined && whole.type !== undefined && whole.type !== 'Person') {
      const alias = make(s, i, i + 1, { kind: 'entity', via: 'acronym', type: whole.type });
      if (whole.key !== undefined) alias.key = whole.key;
      if (whole.name !== undefined) alias.name = whole.name;
      claim(s, alias);
      continue;
    }
    for (const m of inside) release(s, m);
    const name = surface(s, defined, i - 1);
    const type = headType((tokens[i - 2] as Token).key) ?? 'Organization';
    const key = newKey(type, name);
    claim(s, make(s, defined, i - 1, { kind: 'entity', via: 'pattern', type, key, name }));
    claim(s, make(s, i, i + 1, { kind: 'entity', via: 'acronym', type, key, name }));
  }
}

/** "ex-Prime Minister": a title behind "ex-", read as a former office. */
function exTitle(tokens: readonly Token[], at: number): { length: number; title: TitleEntry; plural: boolean } | null {
  const t = tokens[at] as Token;
  if (!t.lower.startsWith('ex-') || t.text.length <= 3) return null;
  const rest = t.text.slice(3);
  const shadow: Token = {
    ...t,
    text: rest,
    lower: rest.toLowerCase(),
    key: foldKey(rest),
    start: t.start + 3,
    cap: /^\p{Lu}/u.test(rest),
  };
  const match = lookup([shadow, ...tokens.slice(at + 1, at + 6)], 0);
  if (match === null || match.entry.kind !== 'title' || match.entry.title === undefined) return null;
  return { length: match.length, title: match.entry.title, plural: match.entry.plural === true };
}

/**
 * Claims "United States" in "United States-Israel": the one or two words before a hyphenated
 * word plus its first part, when together they are a gazetteer name. The rest of the word is
 * read as parts as usual.
 */
function spanIntoHyphen(
  tokens: readonly Token[],
  claims: readonly Claim[],
  at: number,
  first: { text: string; key: string; end: number; cap: boolean; upper: boolean },
  claimIt: (m: Mention) => void,
): boolean {
  const word = tokens[at] as Token;
  const part: Token = {
    ...word,
    text: first.text,
    key: first.key,
    lower: first.text.toLowerCase(),
    end: first.end,
    cap: first.cap,
    upper: first.upper,
  };
  for (const back of [2, 1]) {
    const from = at - back;
    if (from < 0 || claims.slice(from, at).some((c) => c !== null)) continue;
    const view = [...tokens.slice(from, at), part];
    const match = lookup(view, 0);
    const e = match?.entry;
    if (match === null || match.length !== view.length || e === undefined || e.kind !== 'entity' || e.key === undefined)
      continue;
    const startTok = tokens[from] as Token;
    const m: Mention = {
      sentence: -1,
      tok: from,
      tokEnd: at + 1,
      start: startTok.start,
      end: first.end,
      text: view.map((t) => t.text).join(' '),
      kind: 'entity',
      key: e.key,
    };
    if (e.via !== undefined) m.via = e.via;
    if (e.type !== undefined) m.type = e.type;
    claimIt(m);
    return true;
  }
  return false;
}

export function newKey(type: EntityType, name: string): string {
  return `new:${type}:${foldKey(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()}`;
}

/** A word that can be part of a name: capitalised, not a function word, no digits. */
function isNameWord(t: Token): boolean {
  if (t.kind !== 'word' || HAS_DIGIT.test(t.text)) return false;
  // "Western-backed", "Hamas-run": a hyphenated adjective, not a name ("Ben-Gvir" is).
  if (t.cap && HYPHEN_LOWER.test(t.text)) return false;
  // "Pre-Trial", "Non-Arabs": a word prefix before the hyphen.
  const dash = t.text.indexOf('-');
  if (t.cap && dash > 0 && WORD_PREFIXES.has(t.lower.slice(0, dash))) return false;
  if (t.cap) return !t.upper && !FUNCTION.has(t.key);
  // "al-Hindi", "el-Sisi", "bin-Salman"
  if (!t.text.includes('-')) return false;
  for (const p of NAME_PREFIXES) {
    if (t.lower.startsWith(p) && t.text.length > p.length && UPPER_AFTER_PREFIX.test(t.text.slice(p.length)))
      return true;
  }
  return false;
}

function isOrdinaryOpener(t: Token): boolean {
  return COMMON.has(t.key) || t.lower.endsWith('ing') || t.lower.endsWith('ly');
}

/**
 * Headlines capitalise every word: no new names are read from them. A headline has no
 * sentence-final punctuation; a name-dense body sentence does.
 */
function isHeadline(tokens: readonly Token[]): boolean {
  const last = tokens[tokens.length - 1];
  if (last === undefined || last.text === '.' || last.text === '!' || last.text === '?' || last.text === '"')
    return false;
  let long = 0;
  let capped = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || t.text.length < 4) continue;
    long++;
    if (t.cap) capped++;
  }
  return long >= 4 && capped / long >= 0.7;
}

function headType(key: string): EntityType | null {
  if (COURT_HEAD.has(key)) return 'Court';
  if (PLACE_HEAD.has(key)) return 'Place';
  if (ORG_HEADS.has(key)) return 'Organization';
  return null;
}

function classifyRun(
  tokens: readonly Token[],
  claims: readonly Claim[],
  start: number,
  end: number,
  headline: boolean,
): (Partial<Mention> & Pick<Mention, 'kind'>) | null {
  if (start >= end) return null;
  const words = tokens.slice(start, end).filter((t) => !NAME_PARTICLES.has(t.text));
  const last = tokens[end - 1] as Token;
  const prevClaim = claims[start - 1];
  const afterTitle =
    prevClaim !== null &&
    prevClaim !== undefined &&
    prevClaim !== 'blocked' &&
    (prevClaim.kind === 'title' || prevClaim.kind === 'honorific') &&
    prevClaim.tokEnd === start;
  if (DOC_HEADS.has(last.key)) return null;
  // "the Tel al-Sultan neighborhood", "the Maritime Trade Operations agency": a lower-case
  // noun after the name says what it names.
  const follower = tokens[end];
  if (follower !== undefined && !follower.cap && follower.kind === 'word') {
    const type = PLACE_FOLLOWER.has(follower.key) ? 'Place' : ORG_FOLLOWER.has(follower.key) ? 'Organization' : null;
    if (type !== null && !afterTitle) {
      const name = words.map((t) => t.text).join(' ');
      return { kind: 'entity', via: 'pattern', type, key: newKey(type, name), name };
    }
  }
  // "the northern town of Kiryat Shmona": a name after "<place noun> of" is that place.
  if (tokens[start - 1]?.key === 'of' && PLACE_FOLLOWER.has(tokens[start - 2]?.key ?? '') && !afterTitle) {
    const name = words.map((t) => t.text).join(' ');
    return { kind: 'entity', via: 'pattern', type: 'Place', key: newKey('Place', name), name };
  }
  // "in Sde Teiman", "near Beit Lahiya": after a place preposition a new name is a place.
  const uncommon = words.filter((t) => !COMMON.has(t.key)).length;
  if (
    PLACE_PREPOSITIONS.has(tokens[start - 1]?.key ?? '') &&
    !afterTitle &&
    tokens[end]?.kind !== 'poss' &&
    uncommon > 0
  ) {
    const name = words.map((t) => t.text).join(' ');
    return { kind: 'entity', via: 'pattern', type: 'Place', key: newKey('Place', name), name };
  }
  // A person is not "the X": "the Biden administration" names no one new.
  if (tokens[start - 1]?.key === 'the' && !afterTitle && tokens[end]?.kind !== 'poss') {
    return words.length === 1 ? { kind: 'entity', via: 'surname', type: 'Person' } : null;
  }
  const head = words.length >= 2 ? headType(last.key) : null;
  if (head !== null && !afterTitle) {
    const name = words.map((t) => t.text).join(' ');
    return { kind: 'entity', via: 'pattern', type: head, key: newKey(head, name), name };
  }
  const common = words.filter((t) => COMMON.has(t.key)).length;
  if (words.length >= 2) {
    if (afterTitle ? common < words.length : common === 0 && !headline) {
      return { kind: 'entity', via: 'person', type: 'Person' };
    }
    return null;
  }
  if (common > 0 || FUNCTION.has(last.key)) return null;
  return { kind: 'entity', via: afterTitle ? 'person' : 'surname', type: 'Person' };
}

/** The span of a ministry around tokens[at] ("ministry"), with its canonical name. */
function ministrySpan(
  tokens: readonly Token[],
  claims: readonly Claim[],
  at: number,
): { tok: number; tokEnd: number; name: string } | null {
  const ministry = tokens[at] as Token;
  let tok = at;
  let tokEnd = at + 1;
  let domain: string | null = null;
  if (tokens[at + 1]?.key === 'of') {
    let k = at + 2;
    if (tokens[k]?.key === 'the') k++;
    const d = domainAt(tokens, k);
    if (d !== null) {
      domain = d.canonical;
      tokEnd = k + d.length;
    }
  }
  if (domain === null) {
    for (const len of [2, 1]) {
      const words = tokens.slice(at - len, at);
      if (words.length !== len) continue;
      const d = MINISTRY_DOMAINS.find((x) => x.words === words.map((w) => w.key).join(' '));
      if (d !== undefined) {
        domain = d.canonical;
        tok = at - len;
        break;
      }
    }
  }
  if (domain === null) return null;
  let prefix: string | null = null;
  // "Gaza health ministry", "Lebanon's health ministry"
  const possessive = tokens[tok - 1]?.kind === 'poss';
  const before = claims[possessive ? tok - 2 : tok - 1];
  if (
    before !== null &&
    before !== undefined &&
    before !== 'blocked' &&
    before.kind === 'entity' &&
    before.compound === undefined &&
    (before.type === 'Place' || before.type === 'State') &&
    before.tokEnd === (possessive ? tok - 1 : tok)
  ) {
    prefix = tokens
      .slice(before.tok, before.tokEnd)
      .map((t) => t.text)
      .join(' ');
    tok = before.tok;
  }
  // "the health ministry in Darfur"
  const inPlace = claims[tokEnd + 1];
  if (
    prefix === null &&
    !ministry.cap &&
    tokEnd === at + 1 &&
    tokens[tokEnd]?.key === 'in' &&
    inPlace !== null &&
    inPlace !== undefined &&
    inPlace !== 'blocked' &&
    inPlace.kind === 'entity' &&
    inPlace.compound === undefined &&
    (inPlace.type === 'Place' || inPlace.type === 'State') &&
    inPlace.tok === tokEnd + 1
  ) {
    // A capital stands for its state: "the foreign ministry in Moscow".
    const state = inPlace.key === undefined ? undefined : STATE_OF_CAPITAL.get(inPlace.key);
    prefix =
      (state === undefined ? undefined : ENTITY_INFO.get(state)?.name) ??
      tokens
        .slice(inPlace.tok, inPlace.tokEnd)
        .map((t) => t.text)
        .join(' ');
    tokEnd = inPlace.tokEnd;
  }
  if (prefix === null && !ministry.cap) return null;
  const canonical = `Ministry of ${domain}`;
  return {
    tok,
    tokEnd,
    name:
      prefix === null
        ? ministry.cap && tok < at
          ? tokens
              .slice(tok, tokEnd)
              .map((t) => t.text)
              .join(' ')
          : canonical
        : `${prefix} ${canonical}`,
  };
}

function domainAt(tokens: readonly Token[], at: number): { canonical: string; length: number } | null {
  for (const len of [2, 1]) {
    const words = tokens.slice(at, at + len);
    if (words.length !== len) continue;
    const d = MINISTRY_DOMAINS.find((x) => x.words === words.map((w) => w.key).join(' '));
    if (d !== undefined) return { canonical: d.canonical, length: len };
  }
  return null;
}

/** "Prime Minister's Office", "Office of the President". */
function officeSpan(
  tokens: readonly Token[],
  claims: readonly Claim[],
  at: number,
): { tok: number; tokEnd: number } | null {
  const poss = tokens[at - 1];
  const title = claims[at - 2];
  if (
    poss?.kind === 'poss' &&
    title !== null &&
    title !== undefined &&
    title !== 'blocked' &&
    title.kind === 'title' &&
    (tokens[title.tok] as Token).cap
  ) {
    return { tok: title.tok, tokEnd: at + 1 };
  }
  if (tokens[at + 1]?.key === 'of' && tokens[at + 2]?.key === 'the') {
    const after = claims[at + 3];
    if (
      after !== null &&
      after !== undefined &&
      after !== 'blocked' &&
      after.kind === 'title' &&
      (tokens[at + 3] as Token).cap
    ) {
      return { tok: at, tokEnd: after.tokEnd };
    }
  }
  return null;
}

/**
 * Where the name defined by "(ACR)" starts: the span ending before the bracket whose capitalised
 * words' initials spell the acronym ("Middle East Eye (MEE)"). Null when none does.
 */
function definedSpan(tokens: readonly Token[], bracket: number, acronym: string): number | null {
  const want = acronym.toLowerCase();
  let initials = '';
  for (let k = bracket - 1; k >= 0 && k >= bracket - 10; k--) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word') return null;
    if (INITIAL_SKIP.has(t.key) && !t.cap) continue;
    if (!t.cap) return null;
    initials = t.key.charAt(0) + initials;
    if (initials === want) return k;
    if (!want.endsWith(initials)) return null;
  }
  return null;
}
