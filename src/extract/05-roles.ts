/**
 * Pass 5: who holds which office (HOLDS_ROLE), read from titles next to names.
 *
 * Frames, with the body holding the office (ORG) named by a state, demonym, organisation or
 * court mention, a possessive ("the court's", "its") or "of ORG":
 *  A. ORG TITLE NAME            "French Foreign Minister Ana Roux",
 *                               "Hezbollah commanders Sami Nour and Rami Aziz"
 *  B. ORG's TITLE, NAME         "the tribunal's chief prosecutor, Lena Ross",
 *     TITLE of ORG, NAME        "the president of the ICJ, Judge Sara Ono"
 *  C. NAME, a ORG TITLE         "Ines Berg, the UN Special Rapporteur on torture",
 *     NAME, a TITLE of ORG's …  "X, a member of Fatah's central committee"
 * "former" before the title or the body makes the role "former …". When the text names no
 * body, a state office goes to the state the nearby sentences are about (the one the article
 * names most among the states of this and the previous sentence), a court office to the court
 * named last; other offices are left unlinked. A guessed body is used only for people with no
 * role read from the text.
 */

import { FUNCTION_WORDS } from './data/words.js';
import type { TitleEntry } from './data/titles.js';
import { type Article, type SentenceView, typeOf } from './sentence-view.js';
import type { Mention, RoleDraft, Token } from './types.js';

const FUNCTION = new Set(FUNCTION_WORDS);
const DETERMINERS = new Set(['a', 'an', 'the']);
const SUFFIX_TITLES = new Set(['Special Rapporteur', 'Special Envoy', 'High Commissioner']);
/** Heads of state and government. */
const LEADING = new Set(['led', 'headed', 'chaired', 'run']);
const HEAD_ROLES = new Set([
  'President',
  'Prime Minister',
  'Chancellor',
  'Emir',
  'King',
  'Queen',
  'Crown Prince',
  'Sultan',
  'Supreme Leader',
]);

interface RoleCandidate {
  person: number;
  org: number | null;
  /** "his former Defense Minister": the person whose body it is. */
  possessor: number | null;
  title: TitleEntry;
  role: string;
  sentence: number;
  /** Token of the title, for inference by proximity. */
  at: number;
}

export function findRoles(article: Article): RoleDraft[] {
  const candidates: RoleCandidate[] = [];
  for (const v of article.views) {
    for (const m of v.mentions) {
      if (m.kind === 'title') candidates.push(...titleFrames(article, v, m));
      else if (typeOf(article, m) === 'Person') {
        const c = appositionFrame(article, v, m);
        if (c !== null) candidates.push(c);
      }
    }
  }

  const roles = new Map<string, RoleDraft>();
  const add = (person: number, org: number, role: string, sentence: number): void => {
    const key = `${person}|${org}|${role}`;
    const r = roles.get(key);
    if (r === undefined) roles.set(key, { person, org, role, sentences: [sentence] });
    else if (!r.sentences.includes(sentence)) r.sentences.push(sentence);
  };
  const explicitOrgs = new Map<number, number[]>();
  for (const c of candidates) {
    if (c.org === null) continue;
    add(c.person, c.org, c.role, c.sentence);
    explicitOrgs.set(c.person, [...(explicitOrgs.get(c.person) ?? []), c.org]);
  }
  for (const c of candidates) {
    if (c.org !== null) continue;
    let org: number | null = null;
    if (c.possessor !== null)
      org =
        (explicitOrgs.get(c.possessor) ?? []).find(
          (o) => article.entities[o]?.type === 'State' || c.title.scope !== 'state',
        ) ?? null;
    if (org === null && !explicitOrgs.has(c.person))
      org = siblingState(article, candidates, c) ?? inferOrg(article, c, taken(candidates, c));
    if (org !== null) add(c.person, org, c.role, c.sentence);
  }
  return [...roles.values()];
}

/** Frames A and B around a title mention. */
function titleFrames(article: Article, v: SentenceView, t: Mention): RoleCandidate[] {
  const { tokens } = v;
  const left = bodyBefore(article, v, t.tok);
  let org = left.org;
  let j = t.tokEnd;
  let suffix = '';
  // B: "TITLE of ORG, NAME"
  if (org === null && tokens[j]?.lower === 'of') {
    let k = j + 1;
    if (tokens[k]?.lower === 'the') k++;
    const body = v.at[k];
    if (body !== undefined && isBody(article, body) && body.tok === k) {
      org = body.entity ?? null;
      j = body.tokEnd;
    }
  }
  suffix = roleSuffix(v, t, j);
  if (suffix !== '') j = skipSuffix(v, j);
  const comma = tokens[j]?.text === ',';
  if (comma) j++;
  const people = namesAfter(article, v, j, t.plural === true && !comma);
  if (people.length === 0) return [];
  // "TITLE, NAME" is an apposition only when the name is set off ("…, Lena Ross, said");
  // in "after talks with the court's president, Mansour said" the comma ends a phrase.
  if (comma && !setOff(v, j)) return [];
  const role = `${left.former ? 'former ' : ''}${t.title?.role ?? ''}${suffix}`;
  return people.map((person) => ({
    person,
    org,
    possessor: left.possessor,
    title: t.title as TitleEntry,
    role,
    sentence: v.sentence.index,
    at: t.tok,
  }));
}

/** Frame C: "NAME, a/the [ORG['s]] TITLE [of ORG['s] …]". */
function appositionFrame(article: Article, v: SentenceView, p: Mention): RoleCandidate | null {
  const { tokens } = v;
  let j = p.tokEnd;
  if (tokens[j]?.text !== ',') return null;
  j++;
  if (!DETERMINERS.has(tokens[j]?.lower ?? '')) return null;
  j++;
  let former = false;
  let org: number | null = null;
  if (tokens[j]?.lower === 'former') {
    former = true;
    j++;
  }
  const body = v.at[j];
  if (body !== undefined && body.tok === j && isBody(article, body)) {
    org = body.entity ?? null;
    j = body.tokEnd;
    if (tokens[j]?.kind === 'poss') j++;
  }
  for (let skipped = 0; skipped < 2 && isModifier(tokens[j]) && v.at[j] === undefined; skipped++) j++;
  const t = v.at[j];
  if (t === undefined || t.kind !== 'title' || t.tok !== j || t.title === undefined) return null;
  j = t.tokEnd;
  let suffix = '';
  if (org === null && tokens[j]?.lower === 'of') {
    let k = j + 1;
    if (tokens[k]?.lower === 'the') k++;
    const of = v.at[k];
    if (of !== undefined && of.tok === k && isBody(article, of)) {
      org = of.entity ?? null;
      k = of.tokEnd;
      if (tokens[k]?.kind === 'poss') {
        const words: string[] = [];
        for (k++; words.length < 3 && isModifier(tokens[k]) && v.at[k] === undefined; k++)
          words.push((tokens[k] as Token).lower);
        if (words.length > 0) suffix = ` of the ${words.join(' ')}`;
      }
    }
  } else {
    suffix = roleSuffix(v, t, j);
  }
  if (org === null) return null;
  return {
    person: p.entity as number,
    org,
    possessor: null,
    title: t.title,
    role: `${former ? 'former ' : ''}${t.title.role}${suffix}`,
    sentence: v.sentence.index,
    at: t.tok,
  };
}

/** The body named just before a title, over up to two modifiers ("Israeli far-right ministers"). */
function bodyBefore(
  article: Article,
  v: SentenceView,
  titleTok: number,
): { org: number | null; possessor: number | null; former: boolean } {
  const { tokens } = v;
  let i = titleTok - 1;
  let former = v.at[titleTok]?.former === true;
  for (let skipped = 0; skipped < 2 && i >= 0; skipped++) {
    const t = tokens[i];
    if (t?.lower === 'former') {
      former = true;
      i--;
      continue;
    }
    if (isModifier(t) && v.at[i] === undefined) i--;
    else break;
  }
  if (tokens[i]?.lower === 'former') {
    former = true;
    i--;
  }
  let possessive = false;
  if (tokens[i]?.kind === 'poss') {
    possessive = true;
    i--;
  }
  const m = v.at[i];
  let org: number | null = null;
  let possessor: number | null = null;
  // "The Palestinian Authority, led by President X": the body is the one being led.
  if (tokens[i]?.lower === 'by' && LEADING.has(tokens[i - 1]?.lower ?? '') && tokens[i - 2]?.text === ',') {
    org = nearestBefore(article, v, i - 2, (x) => isBody(article, x));
    return { org, possessor, former };
  }
  if (m !== undefined && m.tokEnd === i + 1 && isBody(article, m)) {
    org = m.entity ?? null;
    if (tokens[m.tok - 1]?.lower === 'former') former = true;
  } else if (!possessive) {
    const w = tokens[i]?.lower;
    if (w === 'his' || w === 'her')
      possessor = nearestBefore(article, v, titleTok, (x) => typeOf(article, x) === 'Person');
    else if (w === 'its' || w === 'their') {
      org = nearestBefore(article, v, titleTok, (x) => isBody(article, x));
    }
    if (tokens[i - 1]?.lower === 'former') former = true;
  }
  return { org, possessor, former };
}

/** People named from token j on: one, or a list joined by commas and "and" after a plural title. */
function namesAfter(article: Article, v: SentenceView, j: number, list: boolean): number[] {
  const people: number[] = [];
  let k = j;
  for (;;) {
    while (v.at[k] !== undefined && (v.at[k] as Mention).kind !== 'entity') k = (v.at[k] as Mention).tokEnd;
    const m = v.at[k];
    if (m === undefined || m.tok !== k || typeOf(article, m) !== 'Person' || m.entity === undefined) break;
    people.push(m.entity);
    if (!list) break;
    k = m.tokEnd;
    if (v.tokens[k]?.text === ',') k++;
    if (v.tokens[k]?.lower === 'and') k++;
    if (k === m.tokEnd) break;
  }
  return people;
}

/** "Special Rapporteur on human rights in …": the words after some titles, up to a comma. */
function roleSuffix(v: SentenceView, t: Mention, j: number): string {
  if (t.title === undefined || !SUFFIX_TITLES.has(t.title.role)) return '';
  const w = v.tokens[j]?.lower;
  if (w !== 'on' && w !== 'for') return '';
  const end = skipSuffix(v, j);
  const first = v.tokens[j];
  const last = v.tokens[end - 1];
  if (first === undefined || last === undefined || end - j < 2) return '';
  const words: string[] = [];
  for (let k = j; k < end; k++) words.push((v.tokens[k] as Token).text);
  return ` ${words.join(' ')}`;
}

function skipSuffix(v: SentenceView, j: number): number {
  let k = j;
  while (k < v.tokens.length && k < j + 12 && v.tokens[k]?.text !== ',' && v.tokens[k]?.kind !== 'punct') k++;
  return k;
}

function isModifier(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && !t.cap && !FUNCTION.has(t.lower);
}

function isBody(article: Article, m: Mention): boolean {
  const type = typeOf(article, m);
  return type === 'State' || type === 'Organization' || type === 'Court';
}

function nearestBefore(article: Article, v: SentenceView, tok: number, want: (m: Mention) => boolean): number | null {
  for (let i = v.mentions.length - 1; i >= 0; i--) {
    const m = v.mentions[i] as Mention;
    if (m.tokEnd <= tok && m.kind === 'entity' && want(m) && m.entity !== undefined) return m.entity;
  }
  return null;
}

/**
 * "Israeli Prime Minister X and former Defense Minister Y": an office without a body shares
 * the state of the office named before it in the sentence, unless both are heads of state or
 * government (two heads lead two states).
 */
function siblingState(article: Article, candidates: readonly RoleCandidate[], c: RoleCandidate): number | null {
  if (c.title.scope !== 'state') return null;
  let best: RoleCandidate | null = null;
  for (const o of candidates) {
    if (o === c || o.sentence !== c.sentence || o.org === null || o.at >= c.at || o.person === c.person) continue;
    if (article.entities[o.org]?.type !== 'State') continue;
    if (HEAD_ROLES.has(o.title.role) && HEAD_ROLES.has(c.title.role)) continue;
    if (best === null || o.at > best.at) best = o;
  }
  return best?.org ?? null;
}

/**
 * States whose head is named in the same sentence as another head: "Jordan's King Abdullah
 * spoke with President Joe Biden" — two heads of state in one sentence lead different states.
 */
function taken(candidates: readonly RoleCandidate[], c: RoleCandidate): Set<number> {
  const out = new Set<number>();
  const head = HEAD_ROLES.has(c.title.role);
  for (const o of candidates) {
    if (o === c || o.org === null || o.person === c.person) continue;
    // Two heads in one sentence lead different states.
    if (head && o.sentence === c.sentence && HEAD_ROLES.has(o.title.role)) out.add(o.org);
  }
  return out;
}

/** The body of an office the text does not name (see the module comment). */
function inferOrg(article: Article, c: RoleCandidate, excluded: ReadonlySet<number>): number | null {
  if (c.title.scope === 'state') {
    const near = new Map<number, number>();
    const sameSentence = new Set<number>();
    for (const s of [c.sentence, c.sentence - 1]) {
      const v = article.views[s];
      if (v === undefined) continue;
      for (const m of v.mentions) {
        if (typeOf(article, m) !== 'State' || m.entity === undefined || excluded.has(m.entity)) continue;
        // In the sentence before, a state named only as someone's office ("U.S. President X")
        // says nothing about this person.
        if (s !== c.sentence && namesOffice(article, v, m)) continue;
        if (s === c.sentence) sameSentence.add(m.entity);
        const distance = s === c.sentence ? Math.abs(m.tok - c.at) : 1000 + (v.tokens.length - m.tok);
        near.set(m.entity, Math.min(near.get(m.entity) ?? Infinity, distance));
      }
    }
    // The one state of the sentence itself; else the one the article names most nearby; else
    // the only state the article names at all.
    if (sameSentence.size === 1) return [...sameSentence][0] ?? null;
    if (near.size === 0) {
      const states = article.entities.filter((e) => e.type === 'State' && e.mentionCount > 0);
      const only = states.length === 1 ? states[0] : undefined;
      return only === undefined || excluded.has(only.index) ? null : only.index;
    }
    let best: number | null = null;
    for (const [e, d] of near) {
      if (best === null) {
        best = e;
        continue;
      }
      const byCount = article.count(e) - article.count(best);
      if (byCount > 0 || (byCount === 0 && d < (near.get(best) ?? Infinity))) best = e;
    }
    return best;
  }
  if (c.title.scope === 'court') {
    for (let s = c.sentence; s >= 0; s--) {
      const v = article.views[s];
      if (v === undefined) continue;
      for (let i = v.mentions.length - 1; i >= 0; i--) {
        const m = v.mentions[i] as Mention;
        if ((s < c.sentence || m.tok < c.at) && typeOf(article, m) === 'Court' && m.entity !== undefined)
          return m.entity;
      }
    }
    const courts = article.entities.filter((e) => e.type === 'Court' && e.mentionCount > 0);
    return courts.length === 1 ? (courts[0]?.index ?? null) : null;
  }
  return null;
}

/** Whether a body mention is followed by an office title and a name: "U.S. President X". */
function namesOffice(article: Article, v: SentenceView, m: Mention): boolean {
  let k = m.tokEnd;
  if (v.at[k]?.kind !== 'title') return false;
  while (v.at[k] !== undefined && (v.at[k] as Mention).kind !== 'entity') k = (v.at[k] as Mention).tokEnd;
  return typeOf(article, v.at[k]) === 'Person';
}

/** Whether the name starting at token j is followed by a comma, a bracket or the sentence end. */
function setOff(v: SentenceView, j: number): boolean {
  let k = j;
  while (v.at[k] !== undefined) k = (v.at[k] as Mention).tokEnd;
  const next = v.tokens[k];
  return next === undefined || next.text === ',' || next.text === ')' || next.text === '.' || next.text === ';';
}
