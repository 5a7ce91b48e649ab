/**
 * Pass 4: turn mentions into the article's entities.
 *
 * Steps, in order:
 *  1. gazetteer names, demonyms ("Israeli" → Israel) and names composed in the text; a weak
 *     demonym ("Palestinian") counts only before an office title; a capital stands for its
 *     state only in a government context ("Washington's influence")
 *  2. a new court or organisation whose words are a shortening of one already named
 *     ("International Court") joins it when that is unambiguous, else it is dropped
 *  3. epithets and organs: "the emirate", "the enclave", "the Hague-based court"
 *  4. people: full names, then single words (surnames, "Sheikh Tamim") joined to the full name;
 *     a surname known nowhere else takes back a sentence opener set aside as an adverb when an
 *     apposition follows ("Beverly Okafor, the group's spokeswoman, said")
 *  5. lone acronyms: defined in the text or the initials of an entity already named
 * Mentions that resolve to nothing are dropped.
 */

import {
  INITIAL_SKIP,
  METONYMY_ADDRESSED,
  METONYMY_AUXILIARIES,
  METONYMY_NOUNS,
  METONYMY_PERSUADE,
  METONYMY_READY,
  METONYMY_VERBS,
  NAME_PARTICLES,
  NAME_PREFIXES,
} from './data/words.js';
import type { EntityType } from '../contracts/extraction-document.js';
import { ENTITY_INFO, STATE_OF_CAPITAL } from './gazetteer.js';
import { foldKey, tokenize } from './tokenize.js';
import type { EntityDraft, Mention, Sentence, Token } from './types.js';
import { APPOSITION_OPENERS } from './data/grammar.js';

const METONYMY_NOUN = new Set(METONYMY_NOUNS);
const METONYMY_VERB = new Set(METONYMY_VERBS);
const ADVERB_ENDINGS = /(?:ally|ately|ently|antly|ously|ively|edly|fully|ingly|ularly|arily)$/;

export interface ResolvedEntities {
  entities: EntityDraft[];
  /** Every mention that resolved, with `entity` set, plus the title and honorific mentions. */
  mentions: Mention[];
}

export function resolveEntities(mentions: readonly Mention[], sentences: readonly Sentence[]): ResolvedEntities {
  const byKey = new Map<string, EntityDraft>();
  const entities: EntityDraft[] = [];
  const resolved: Mention[] = [];
  const tokensOf = (m: Mention): readonly Token[] => sentences[m.sentence]?.tokens ?? [];
  // Title and honorific mentions by the token they end before: "Judge" + "Tomoko Akane".
  const titleBefore = new Map<string, Mention>();
  for (const m of mentions) if (m.kind !== 'entity') titleBefore.set(`${m.sentence}:${m.tokEnd}`, m);
  // Titles followed by a name: "Palestinian President Mahmoud Abbas" (not "Palestinian officials").
  const titleAt = new Set<string>();
  const startsAt = new Map<string, Mention>();
  const endsAt = new Map<string, Mention>();
  for (const m of mentions) {
    startsAt.set(`${m.sentence}:${m.tok}`, m);
    endsAt.set(`${m.sentence}:${m.tokEnd}`, m);
  }
  for (const m of mentions) {
    if (m.kind !== 'title') continue;
    let next = startsAt.get(`${m.sentence}:${m.tokEnd}`);
    while (next !== undefined && next.kind === 'honorific') next = startsAt.get(`${m.sentence}:${next.tokEnd}`);
    if (next?.type === 'Person') titleAt.add(`${m.sentence}:${m.tok}`);
  }

  const entityFor = (key: string, type: EntityType, name: string, country: string | null, at: number): EntityDraft => {
    let e = byKey.get(key);
    if (e === undefined) {
      e = { index: entities.length, type, key, name, aliases: new Set(), firstStart: at, mentionCount: 0, country };
      byKey.set(key, e);
      entities.push(e);
    }
    return e;
  };
  const attach = (m: Mention, e: EntityDraft): void => {
    m.entity = e.index;
    e.mentionCount++;
    e.firstStart = Math.min(e.firstStart, m.start);
    if (m.text !== e.name) e.aliases.add(m.text);
    resolved.push(m);
  };

  // 1. Names, demonyms, capitals, composed names.
  const pending: Mention[] = [];
  for (const m of mentions) {
    if (m.kind !== 'entity') {
      resolved.push(m);
      continue;
    }
    if (m.via === 'weak-demonym') {
      if (!titleAt.has(`${m.sentence}:${m.tokEnd}`)) continue;
    }
    let key = m.key;
    if (
      m.via === 'capital' &&
      key !== undefined &&
      (actsAsGovernment(tokensOf(m), m) || pairedWithState(tokensOf(m), m, startsAt, endsAt))
    ) {
      key = STATE_OF_CAPITAL.get(key) ?? key;
    }
    if (
      key !== undefined &&
      (m.via === 'name' ||
        m.via === 'demonym' ||
        m.via === 'weak-demonym' ||
        m.via === 'capital' ||
        m.via === 'pattern' ||
        (m.via === 'acronym' && m.type !== undefined))
    ) {
      const info = ENTITY_INFO.get(key);
      const type = info?.type ?? m.type;
      const name = info?.name ?? m.name ?? m.text;
      if (type === undefined) continue;
      attach(m, entityFor(key, type, name, info?.country ?? null, m.start));
      continue;
    }
    pending.push(m);
  }

  // 2. Shortened names of courts and organisations already named.
  for (const e of [...entities]) {
    if (!e.key.startsWith('new:') || (e.type !== 'Court' && e.type !== 'Organization')) continue;
    const words = nameWords(e.name);
    const longer = entities.filter(
      (o) => o !== e && o.type === e.type && !o.key.startsWith('new:') && isSubsequence(words, nameWords(o.name)),
    );
    if (longer.length === 0) continue;
    const target = longer.length === 1 ? longer[0] : undefined;
    for (const m of resolved) {
      if (m.entity !== e.index) continue;
      if (target === undefined) {
        m.entity = -1;
      } else {
        m.entity = target.index;
        target.mentionCount++;
        target.aliases.add(m.text);
        target.firstStart = Math.min(target.firstStart, m.start);
      }
    }
    e.mentionCount = 0;
  }

  // 3. Epithets and organs.
  const present = (type: EntityType): EntityDraft[] => entities.filter((e) => e.type === type && e.mentionCount > 0);
  const people: Mention[] = [];
  const acronyms: Mention[] = [];
  for (const m of pending) {
    if (m.via === 'state-epithet' || m.via === 'place-epithet') {
      const type: EntityType = m.via === 'state-epithet' ? 'State' : 'Place';
      const fits = present(type).filter((e) => m.candidates?.includes(e.key) ?? false);
      if (fits.length === 1 && fits[0] !== undefined) attach(m, fits[0]);
    } else if (m.via === 'court-epithet' || m.via === 'court-organ') {
      const court = courtFor(m, resolved, present('Court'));
      if (court !== null) attach(m, court);
      else if (m.via === 'court-organ' && m.candidates?.length === 1 && m.candidates[0] !== undefined) {
        const key = m.candidates[0];
        const info = ENTITY_INFO.get(key);
        if (info !== undefined) attach(m, entityFor(key, info.type, info.name, info.country, m.start));
      }
    } else if (m.via === 'person' || m.via === 'surname') {
      people.push(m);
    } else if (m.via === 'acronym') {
      acronyms.push(m);
    }
  }

  // 4. People.
  resolvePeople(
    people,
    titleBefore,
    (m, key, name) => attach(m, entityFor(key, 'Person', name, null, m.start)),
    (m) => withOpener(m, tokensOf(m)),
  );
  for (const e of entities) {
    if (e.type !== 'Person') continue;
    // The canonical name is the fullest form used.
    let best = e.name;
    for (const a of e.aliases) if (a.split(' ').length > best.split(' ').length) best = a;
    if (best !== e.name) {
      e.aliases.add(e.name);
      e.aliases.delete(best);
      e.name = best;
    }
  }

  // 5. Lone acronyms.
  for (const m of acronyms) {
    const defined = resolved.find(
      (x) => x.via === 'acronym' && x.text === m.text && x.entity !== undefined && x.entity >= 0,
    );
    const target =
      defined?.entity !== undefined
        ? entities[defined.entity]
        : entities.find(
            (e) => e.type !== 'Person' && e.mentionCount > 0 && initialsOf(e.name) === m.text.toLowerCase(),
          );
    if (target !== undefined) attach(m, target);
  }

  addTitledAliases(resolved, titleBefore, entities, sentences);
  const kept = resolved.filter((m) => m.kind !== 'entity' || (m.entity !== undefined && m.entity >= 0));
  kept.sort((a, b) => a.start - b.start || b.end - a.end);
  return { entities, mentions: kept };
}

/**
 * "Washington's influence", "Moscow said", "Beijing has warned", "urged Paris to press …",
 * "Kyiv was ready to …".
 */
function actsAsGovernment(tokens: readonly Token[], m: Mention): boolean {
  let k = m.tokEnd;
  const next = tokens[k];
  if (next?.key === 'to' && METONYMY_PERSUADE.has(tokens[m.tok - 1]?.key ?? '')) return true;
  // "warned Tehran", "told Washington that …", "represented Washington at the talks"
  if (METONYMY_ADDRESSED.has(tokens[m.tok - 1]?.key ?? '')) return true;
  if (
    (next?.key === 'was' || next?.key === 'is' || next?.key === 'would') &&
    METONYMY_READY.has(tokens[k + 1]?.key ?? '')
  )
    return true;
  if (next?.kind === 'poss') {
    const noun = tokens[k + 1];
    return noun !== undefined && METONYMY_NOUN.has(noun.key);
  }
  while (tokens[k] !== undefined && METONYMY_AUXILIARIES.has((tokens[k] as Token).key)) k++;
  const verb = tokens[k];
  return verb !== undefined && METONYMY_VERB.has(verb.key);
}

/**
 * "tensions between Washington and Tehran", "Moscow and Kyiv agreed": a capital coordinated
 * with a state, or with another capital, stands for its government.
 */
function pairedWithState(
  tokens: readonly Token[],
  m: Mention,
  startsAt: ReadonlyMap<string, Mention>,
  endsAt: ReadonlyMap<string, Mention>,
): boolean {
  const partner = (x: Mention | undefined): boolean =>
    x !== undefined && x.kind === 'entity' && (x.via === 'capital' || (x.type === 'State' && x.via === 'name'));
  if (tokens[m.tokEnd]?.key === 'and' && partner(startsAt.get(`${m.sentence}:${m.tokEnd + 1}`))) return true;
  return tokens[m.tok - 1]?.key === 'and' && partner(endsAt.get(`${m.sentence}:${m.tok - 1}`));
}

/** The court an epithet or organ stands for: the one named last before it, else the only one. */
function courtFor(m: Mention, resolved: readonly Mention[], courts: readonly EntityDraft[]): EntityDraft | null {
  const allowed = (e: EntityDraft): boolean =>
    m.candidates === null || m.candidates === undefined || m.candidates.includes(e.key);
  let best: Mention | null = null;
  for (const x of resolved) {
    if (x.kind !== 'entity' || x.type !== 'Court' || x.start >= m.start || x.entity === undefined || x.entity < 0)
      continue;
    const e = courts.find((c) => c.index === x.entity);
    if (e !== undefined && allowed(e) && (best === null || x.start > best.start)) best = x;
  }
  if (best !== null) return courts.find((c) => c.index === best.entity) ?? null;
  const fits = courts.filter(allowed);
  return fits.length === 1 ? (fits[0] ?? null) : null;
}

function nameWords(name: string): string[] {
  return tokenize(name)
    .filter((t) => t.kind === 'word')
    .map((t) => t.key);
}

function isSubsequence(short: readonly string[], long: readonly string[]): boolean {
  if (short.length === 0 || short.length >= long.length) return false;
  let j = 0;
  for (const w of long) if (w === short[j]) j++;
  return j === short.length;
}

function initialsOf(name: string): string {
  const words = tokenize(name).filter((t) => t.kind === 'word' && !INITIAL_SKIP.has(t.key));
  return words.length >= 2 ? words.map((t) => t.key.charAt(0)).join('') : '';
}

/** Name words folded for comparison, with "al-" style prefixes as a second form. */
function nameForms(word: string): string[] {
  const k = foldKey(word);
  for (const p of NAME_PREFIXES) if (k.startsWith(p) && k.length > p.length) return [k, k.slice(p.length)];
  return [k];
}

function personWords(text: string): string[] {
  return text
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((w) => foldKey(w).replace(/-/g, ' '))
    .join(' ')
    .split(' ');
}

interface Cluster {
  key: string;
  name: string;
  words: string[];
  lastForms: string[];
  first: string;
  /** Offsets of the cluster's full-name mentions. */
  at: number[];
}

/**
 * "Beverly Okafor, …": a surname known nowhere else, after a sentence opener that was set
 * aside as an adverb, takes the opener back as its given name.
 */
function withOpener(m: Mention, tokens: readonly Token[]): boolean {
  const opener = tokens[m.tok - 1];
  if (m.opener !== true || m.tok !== 1 || opener === undefined || opener.end + 1 !== m.start) return false;
  // Adverbs made from adjectives ("Initially", "Reportedly") are never given names.
  if (ADVERB_ENDINGS.test(opener.lower)) return false;
  // Only a name set off by an apposition or an age: "Beverly Okafor, the group's spokeswoman,".
  const next = tokens[m.tokEnd + 1];
  if (tokens[m.tokEnd]?.text !== ',' || next === undefined) return false;
  const setOff =
    APPOSITION_OPENERS.has(next.lower) || next.kind === 'num' || (next.cap && tokens[m.tokEnd + 2]?.kind === 'poss');
  if (!setOff) return false;
  m.tok = 0;
  m.start = opener.start;
  m.text = `${opener.text} ${m.text}`;
  m.via = 'person';
  return true;
}

function resolvePeople(
  people: readonly Mention[],
  titleBefore: ReadonlyMap<string, Mention>,
  attachTo: (m: Mention, key: string, name: string) => void,
  extend: (m: Mention) => boolean,
): void {
  const clusters: Cluster[] = [];
  const singles: Mention[] = [];
  for (const m of people) {
    const words = personWords(m.text);
    if (words.length < 2) {
      singles.push(m);
      continue;
    }
    const joined = words.join(' ');
    let c = clusters.find((x) => x.words.join(' ') === joined || sameFullName(x.words, words));
    if (c === undefined) {
      const raw = m.text.split(/\s+/);
      c = {
        key: `person:${joined}`,
        name: m.text,
        words,
        lastForms: nameForms(raw[raw.length - 1] ?? ''),
        first: words[0] ?? '',
        at: [],
      };
      clusters.push(c);
    }
    c.at.push(m.start);
    attachTo(m, c.key, c.name);
  }
  for (const m of singles) {
    const forms = nameForms(m.text);
    const afterHonorific = titleBefore.has(`${m.sentence}:${m.tok}`);
    const fits = clusters.filter(
      (c) => c.lastForms.some((f) => forms.includes(f)) || (afterHonorific && forms.includes(c.first)),
    );
    let pick: Cluster | undefined;
    if (fits.length === 1) pick = fits[0];
    else if (fits.length > 1) {
      // Nearest full name before the word, else the nearest after it.
      let bestDistance = Infinity;
      for (const c of fits) {
        for (const at of c.at) {
          const d = at <= m.start ? m.start - at : 1e9 + at - m.start;
          if (d < bestDistance) {
            bestDistance = d;
            pick = c;
          }
        }
      }
    }
    if (pick === undefined && extend(m)) {
      const words = personWords(m.text);
      const raw = m.text.split(/\s+/);
      const c: Cluster = {
        key: `person:${words.join(' ')}`,
        name: m.text,
        words,
        lastForms: nameForms(raw[raw.length - 1] ?? ''),
        first: words[0] ?? '',
        at: [m.start],
      };
      clusters.push(c);
      attachTo(m, c.key, c.name);
    } else if (pick !== undefined) attachTo(m, pick.key, pick.name);
    else if (m.via === 'person') {
      const c: Cluster = {
        key: `person:${forms[0] ?? m.text}`,
        name: m.text,
        words: [forms[0] ?? ''],
        lastForms: forms,
        first: forms[0] ?? '',
        at: [m.start],
      };
      clusters.push(c);
      attachTo(m, c.key, c.name);
    }
  }
}

/**
 * Two full names of one person: one ends the other ("Sheikh Tamim bin Hamad Al Thani",
 * "Tamim bin Hamad Al Thani"), or they agree once particles are set aside ("Bashar
 * al-Assad", "Bashar Assad"), or they share the given name and the surname around middle
 * names or a patronymic ("Vladimir Vladimirovich Putin", "Vladimir Putin").
 */
function sameFullName(a: readonly string[], b: readonly string[]): boolean {
  if (endsWith(a, b) || endsWith(b, a)) return true;
  const ca = a.filter((w) => !NAME_PARTICLES.has(w));
  const cb = b.filter((w) => !NAME_PARTICLES.has(w));
  if (ca.length < 2 || cb.length < 2) return false;
  if (ca.join(' ') === cb.join(' ')) return true;
  return ca[0] === cb[0] && ca[ca.length - 1] === cb[cb.length - 1];
}

function endsWith(long: readonly string[], short: readonly string[]): boolean {
  if (short.length < 2 || short.length >= long.length) return false;
  for (let i = 1; i <= short.length; i++) if (long[long.length - i] !== short[short.length - i]) return false;
  return true;
}

/** "Judge Sara Ono", "Sheikh Hamad bin Khalifa al Thani": capitalised titles before a name. */
function addTitledAliases(
  resolved: readonly Mention[],
  titleBefore: ReadonlyMap<string, Mention>,
  entities: readonly EntityDraft[],
  sentences: readonly Sentence[],
): void {
  for (const m of resolved) {
    if (m.type !== 'Person' || m.entity === undefined || m.entity < 0) continue;
    const tokens = sentences[m.sentence]?.tokens ?? [];
    let start = m.tok;
    for (
      let prev = titleBefore.get(`${m.sentence}:${start}`);
      prev !== undefined;
      prev = titleBefore.get(`${m.sentence}:${start}`)
    ) {
      if (!(tokens[prev.tok]?.cap ?? false)) break;
      start = prev.tok;
    }
    if (start === m.tok) continue;
    entities[m.entity]?.aliases.add(
      `${tokens
        .slice(start, m.tok)
        .map((t) => t.text)
        .join(' ')} ${m.text}`,
    );
  }
}
