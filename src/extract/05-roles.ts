/**
 * Pass 5: who holds which office (HOLDS_ROLE), read from titles next to names.
 *
 * Frames, with the body holding the office (ORG) named by a state, demonym, organisation or
 * court mention, a possessive ("the court's", "its", "the group's") or "of ORG":
 *  A. ORG TITLE NAME            "French Foreign Minister Ana Roux",
 *                               "Hezbollah commanders Sami Nour and Rami Aziz",
 *                               "its Darfur commander X" (a place between body and title qualifies it)
 *  B. ORG's TITLE, NAME         "the tribunal's chief prosecutor, Lena Ross",
 *     TITLE of ORG, NAME        "the president of the ICJ (ICJ), Judge Sara Ono"
 *  C. NAME, a ORG TITLE         "Ines Berg, the UN Special Rapporteur on torture",
 *     NAME, ORG's TITLE         "Ana Roux, Chad's children's rights commissioner",
 *     NAME, ORG's T1 and T2     "X, Oman's prime minister and foreign minister" (two roles)
 *     NAME, a TITLE of|for ORG  "X, a member of Fatah's central committee",
 *                               "X, the head of the youth wing of Fatah",
 *                               "X, the chief of its military wing, the Tiger Brigade" (the
 *                               named unit is the body), "X, a spokeswoman for the interior ministry"
 *     NAME, the TITLE           "X, the tribunal's registrar", "X, the presiding judge" (inferred)
 *     NAME, who chairs ORG      "X, who chairs the African Union" (also "heads", "leads")
 *  D. his DEMONYM counterpart, NAME: NAME holds the office of "his" person in that state
 * "former" before the title or the body makes the role "former …". A lower-case state body
 * ("a member of the national cabinet", "government spokesman X") makes the office a state office.
 * When the text names no body, a state office goes to the state the nearby sentences are about
 * (the one state named near the title in its sentence, or whose organ the sentence names
 * ("a Pentagon statement said"), else the one the article names most
 * among the states of this and the previous sentence), else to the state of the dateline
 * ("NAIROBI — President X"), else to the state whose office of the same name the article gives
 * to a former holder; a state whose same head office is held by someone else in
 * the article is never guessed. A court office goes to the court named last; other offices are
 * left unlinked. A guessed body is used only for people with no role read from the text.
 */

import { FUNCTION_WORDS } from './data/words.js';
import {
  FOR_ROLES,
  HEAD_ROLES,
  LEADING,
  LEADING_VERB_ROLES,
  SUFFIX_TITLES,
  TITLES,
  type TitleEntry,
  type TitleScope,
} from './data/titles.js';
import { groupAnaphor } from './events/phrases.js';
import { GOVERNMENT_SEATS } from './gazetteer.js';
import { bodiesOfHolder } from './office-holders.js';
import { type Article, type SentenceView, typeOf } from './sentence-view.js';
import type { Mention, RoleDraft, Token } from './types.js';
import { ARTICLES, CLAUSE_ENDS, LOCATIVES, ORDINALS } from './data/grammar.js';
import { GROUP_NOUNS, MILITARY_NOUNS, STATE_BODY_WORDS } from './data/actor-nouns.js';

const FUNCTION = new Set(FUNCTION_WORDS);

/** "X, who chairs|heads|leads ORG": the office the verb gives. */
const LEADING_VERBS = new Map<string, TitleEntry>();
for (const [verb, role] of Object.entries(LEADING_VERB_ROLES)) {
  const title = TITLES.find((t) => t.role === role);
  if (title !== undefined) LEADING_VERBS.set(verb, title);
}
/** A state named this many tokens or more from the title, in the same sentence, says nothing about it. */
const SAME_SENTENCE_REACH = 16;

interface RoleCandidate {
  person: number;
  org: number | null;
  /** Which kind of body the office belongs to when the text names none. */
  scope: TitleScope;
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
      else if (typeOf(article, m) === 'Person') candidates.push(...appositionFrame(article, v, m));
    }
  }
  for (const v of article.views) candidates.push(...counterparts(article, v, candidates));

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
          (o) => article.entities[o]?.type === 'State' || c.scope !== 'state',
        ) ?? null;
    if (org === null && !explicitOrgs.has(c.person)) org = bodyOf(article, candidates, c);
    if (org !== null) {
      add(c.person, org, c.role, c.sentence);
      c.org = org;
    }
  }
  return [...roles.values()];
}

/** Frames A and B around a title mention. */
function titleFrames(article: Article, v: SentenceView, t: Mention): RoleCandidate[] {
  const { tokens } = v;
  const left = bodyBefore(article, v, t.tok);
  let org = left.org;
  // "French Judge X": a state before a court office is the judge's nationality, not the body.
  if (org !== null && t.title?.scope === 'court' && article.entities[org]?.type === 'State') org = null;
  org = seatState(article, org, t.title);
  let j = t.tokEnd;
  let suffix = '';
  let stateScope = left.stateScope;
  // "Iran's ambassador to the UN X", "the US representative at the UN, X": the body the
  // office is sent to comes between the title and the name.
  if (org !== null && (tokens[j]?.lower === 'to' || tokens[j]?.lower === 'at')) {
    let k = j + 1;
    if (bodyAt(article, v, k) === undefined && tokens[k]?.lower === 'the') k++;
    const to = bodyAt(article, v, k);
    if (to !== undefined) j = skipAcronym(v, to.tokEnd);
  }
  // B: "TITLE of ORG, NAME", "TITLE of ORG's youth wing, NAME", "a spokesperson for ORG, NAME"
  const of = tokens[j]?.lower;
  if (org === null && (of === 'of' || (of === 'for' && FOR_ROLES.has(t.title?.role ?? '')))) {
    const of = ofPhrase(article, v, j + 1);
    if (of !== null) {
      org = of.org;
      suffix = of.suffix;
      stateScope ||= of.stateScope;
      j = of.end;
    }
  }
  if (suffix === '') suffix = roleSuffix(v, t, j);
  if (suffix !== '' && tokens[j]?.lower !== ',') j = skipSuffix(v, j);
  const comma = tokens[j]?.text === ',';
  if (comma) j++;
  const { people, end } = namesAfter(article, v, j, t.plural === true);
  if (people.length === 0) return [];
  // "TITLE, NAME" is an apposition only when the name (or the list after a plural title:
  // "two Russian commanders, A and B") is set off ("…, Lena Ross, said"); in "after talks with
  // the court's president, Mansour said" the comma ends a phrase.
  if (comma && !setOffAt(v, end)) return [];
  const role = `${left.former ? 'former ' : ''}${t.title?.role ?? ''}${suffix}`;
  const title = t.title as TitleEntry;
  return people.map((person) => ({
    person,
    org,
    scope: stateScope ? 'state' : title.scope,
    possessor: left.possessor,
    title,
    role,
    sentence: v.sentence.index,
    at: t.tok,
  }));
}

/**
 * Frame C, an apposition after the name:
 *   "NAME, a/the [former] [ORG['s]] [modifiers] TITLE [and TITLE] [of|for ORG …]"
 *   "NAME, ORG's TITLE", "NAME, its Darfur commander", "NAME, the group's leader"
 * With no body named, a state or court office is inferred like a title before a name.
 */
function appositionFrame(article: Article, v: SentenceView, p: Mention): RoleCandidate[] {
  const { tokens } = v;
  let j = p.tokEnd;
  if (tokens[j]?.text !== ',') return [];
  j++;
  // "X, who chairs the East African Community": an office given by its verb.
  const byVerb = LEADING_VERBS.get(tokens[j + 1]?.lower ?? '');
  if (tokens[j]?.lower === 'who' && byVerb !== undefined) {
    let k = j + 2;
    if (bodyAt(article, v, k) === undefined && tokens[k]?.lower === 'the') k++;
    const body = bodyAt(article, v, k);
    const close = body === undefined ? undefined : tokens[skipAcronym(v, body.tokEnd)];
    if (body?.entity === undefined || (close !== undefined && ![',', '.', ';', ')'].includes(close.text))) return [];
    return [
      {
        person: p.entity as number,
        org: body.entity,
        scope: byVerb.scope,
        possessor: null,
        title: byVerb,
        role: byVerb.role,
        sentence: v.sentence.index,
        at: j + 1,
      },
    ];
  }
  let determiner = false;
  if (ARTICLES.has(tokens[j]?.lower ?? '') && bodyAt(article, v, j) === undefined) {
    determiner = true;
    j++;
  }
  let former = false;
  if (tokens[j]?.lower === 'former') {
    former = true;
    j++;
  }
  let org: number | null = null;
  const body = bodyAt(article, v, j);
  const w = tokens[j]?.lower ?? '';
  if (body !== undefined) {
    org = body.entity ?? null;
    j = body.tokEnd;
    if (tokens[j]?.kind === 'poss') j++;
  } else if (!determiner && (w === 'its' || w === 'their')) {
    org = ownerOf(article, v, j);
    if (org === null) return [];
    j++;
  } else if (determiner && tokens[j - 1]?.lower === 'the' && GROUP_NOUNS.has(w) && tokens[j + 1]?.kind === 'poss') {
    // "X, the group's leader": the organisation named last.
    org = groupAnaphor(article, v, j)?.entity ?? null;
    if (org === null) return [];
    j += 2;
  } else if (!determiner && v.at[j]?.kind !== 'title') {
    // "X, head of the Y", "X, lawyer for the Y": a bare title opens the apposition too.
    return [];
  }
  const mods = skipModifiers(article, v, j);
  j = mods.end;
  let stateScope = mods.stateScope;
  // "X, a senior Houthi media official", "X, the Iranian foreign minister": the body among
  // the modifiers.
  const middle = org === null && j > p.tokEnd + 1 ? bodyAt(article, v, j) : undefined;
  if (middle?.entity !== undefined) {
    org = middle.entity;
    j = middle.tokEnd;
    if (tokens[j]?.kind === 'poss') j++;
    const more = skipModifiers(article, v, j);
    j = more.end;
    stateScope ||= more.stateScope;
  }
  const first = v.at[j];
  if (first === undefined || first.kind !== 'title' || first.tok !== j || first.title === undefined) return [];
  if (first.plural === true) return [];
  // "X, the president's son": the office of someone else.
  if (tokens[first.tokEnd]?.kind === 'poss') return [];
  const titles: TitleEntry[] = [first.title];
  j = first.tokEnd;
  // "Oman's prime minister and foreign minister": two offices of one body.
  if (tokens[j]?.lower === 'and') {
    const second = v.at[j + 1];
    if (second?.kind === 'title' && second.tok === j + 1 && second.title !== undefined && second.plural !== true) {
      titles.push(second.title);
      j = second.tokEnd;
    }
  }
  let suffix = '';
  const w2 = tokens[j]?.lower;
  if (org === null && (w2 === 'of' || (w2 === 'for' && titles.every((t) => FOR_ROLES.has(t.role))))) {
    const of = ofPhrase(article, v, j + 1);
    // An "of" phrase that names no body ("the president of the group") leaves the office open.
    if (of === null) return [];
    org = of.org;
    suffix = of.suffix;
    stateScope ||= of.stateScope;
    j = of.end;
  } else if (titles.length === 1) {
    suffix = roleSuffix(v, first, j);
  }
  // "X, Hezbollah commander Y": the title belongs to the name after it.
  const next = v.at[j];
  if (next !== undefined && next.tok === j && typeOf(article, next) === 'Person') return [];
  return titles
    .map((title) => {
      const scope: TitleScope = stateScope ? 'state' : title.scope;
      return {
        person: p.entity as number,
        org,
        scope,
        possessor: null,
        title,
        role: `${former ? 'former ' : ''}${title.role}${titles.length === 1 ? suffix : ''}`,
        sentence: v.sentence.index,
        at: first.tok,
      };
    })
    .filter((c) => c.org !== null || c.scope !== 'org');
}

/**
 * "X spoke with his British counterpart, Y": Y holds X's office (as read elsewhere in the
 * article) in the state named before "counterpart".
 */
function counterparts(article: Article, v: SentenceView, candidates: readonly RoleCandidate[]): RoleCandidate[] {
  const out: RoleCandidate[] = [];
  const { tokens } = v;
  for (let k = 2; k < tokens.length; k++) {
    if (tokens[k]?.lower !== 'counterpart') continue;
    const state = v.at[k - 1];
    const owner = tokens[state === undefined ? k - 1 : state.tok - 1]?.lower;
    if (state === undefined || state.tokEnd !== k || typeOf(article, state) !== 'State' || state.entity === undefined)
      continue;
    if (owner !== 'his' && owner !== 'her') continue;
    const possessor = nearestBefore(article, v, state.tok - 1, (x) => typeOf(article, x) === 'Person');
    const office = candidates.find((c) => c.person === possessor && c.sentence === v.sentence.index);
    let j = k + 1;
    if (tokens[j]?.text === ',') j++;
    const name = v.at[j];
    if (office === undefined || name?.tok !== j || typeOf(article, name) !== 'Person' || name.entity === undefined)
      continue;
    out.push({
      person: name.entity,
      org: state.entity,
      scope: 'state',
      possessor: null,
      title: office.title,
      role: office.title.role,
      sentence: v.sentence.index,
      at: k,
    });
  }
  return out;
}

/**
 * The seat of a government ("the Kremlin", "the White House") stands for its state when it
 * holds a state office ("the Kremlin's foreign affairs adviser"), if the article names the state.
 */
function seatState(article: Article, org: number | null, title: TitleEntry | undefined): number | null {
  if (org === null || title?.scope !== 'state') return org;
  const e = article.entities[org];
  if (e === undefined || !GOVERNMENT_SEATS.has(e.key) || e.country === null) return org;
  const state = article.entities.find((x) => x.key === `state:${e.country}` && x.mentionCount > 0);
  return state?.index ?? org;
}

/** A state, organisation or court mention that starts at token j ("the court" starts at "the"). */
function bodyAt(article: Article, v: SentenceView, j: number): Mention | undefined {
  const m = v.at[j];
  return m !== undefined && m.tok === j && m.kind === 'entity' && isBody(article, m) ? m : undefined;
}

/** "its", "their": the body named last before token j, else the organisation named last in the sentence before. */
function ownerOf(article: Article, v: SentenceView, j: number): number | null {
  // A unit named in apposition to another body ("its military wing, the Tiger Brigade") is not
  // what a later "its" stands for.
  const here = nearestBefore(article, v, j, (x) => isBody(article, x) && !isNamedUnit(v, x));
  if (here !== null) return here;
  const prev = article.views[v.sentence.index - 1];
  if (prev === undefined) return null;
  return nearestBefore(article, prev, prev.tokens.length, (x) => typeOf(article, x) === 'Organization');
}

/** "…, the Tiger Brigade" after a lower-case unit word ("its military wing, the Tiger Brigade"). */
function isNamedUnit(v: SentenceView, m: Mention): boolean {
  let k = m.tok - 1;
  if (v.tokens[k]?.lower === 'the') k--;
  const open = v.tokens[k]?.text;
  return (open === ',' || open === '(') && isModifier(v.tokens[k - 1]);
}

/**
 * Modifiers between a body and its title: lower-case words ("presidential", "ad hoc"), a
 * possessive inside them ("children's rights") and a place ("its Darfur commander").
 */
function skipModifiers(article: Article, v: SentenceView, from: number): { end: number; stateScope: boolean } {
  const { tokens } = v;
  let j = from;
  let stateScope = false;
  for (let n = 0; n < 4; n++) {
    const t = tokens[j];
    if (isModifier(t) && v.at[j] === undefined) {
      if (STATE_BODY_WORDS.has((t as Token).lower)) stateScope = true;
      j++;
      continue;
    }
    if (t?.kind === 'poss' && j > from && isModifier(tokens[j - 1]) && isModifier(tokens[j + 1])) {
      j++;
      continue;
    }
    const m = v.at[j];
    if (m !== undefined && m.tok === j && typeOf(article, m) === 'Place' && v.at[m.tokEnd]?.kind === 'title') {
      j = m.tokEnd;
      continue;
    }
    break;
  }
  return { end: j, stateScope };
}

interface OfPhrase {
  org: number | null;
  end: number;
  suffix: string;
  stateScope: boolean;
}

/**
 * The body after "TITLE of|for": "the ICC (ICC)", "Fatah's central committee", "its military
 * wing, the Tiger Brigade", "the youth wing of Fatah", "the national cabinet" (a state body). Null when
 * the phrase names no body.
 */
function ofPhrase(article: Article, v: SentenceView, from: number): OfPhrase | null {
  const { tokens } = v;
  let k = from;
  if (bodyAt(article, v, k) === undefined && tokens[k]?.lower === 'the') k++;
  // "the Paris-based International Federation …"
  if (bodyAt(article, v, k) === undefined && (tokens[k]?.lower.endsWith('-based') ?? false)) k++;
  const m = bodyAt(article, v, k);
  if (m !== undefined) {
    const end = skipAcronym(v, m.tokEnd);
    if (tokens[end]?.kind === 'poss') {
      // "secretary of Iran's Supreme National Security Council": the body of the state.
      const inner = bodyAt(article, v, end + 1);
      if (inner?.entity !== undefined && typeOf(article, inner) !== 'State')
        return { org: inner.entity, end: skipAcronym(v, inner.tokEnd), suffix: '', stateScope: false };
      const unit = subUnit(article, v, end + 1);
      return { org: unit.named ?? m.entity ?? null, end: unit.end, suffix: unit.suffix, stateScope: false };
    }
    // "of the Israeli Army": a state's forces described by its demonym are the state's.
    const forces = typeOf(article, m) === 'State' && MILITARY_NOUNS.has(tokens[end]?.lower ?? '') ? 1 : 0;
    return { org: m.entity ?? null, end: end + forces, suffix: '', stateScope: false };
  }
  const w = tokens[k]?.lower ?? '';
  let owner: number | null = null;
  let after = -1;
  if (k === from && (w === 'its' || w === 'their')) {
    owner = ownerOf(article, v, k);
    after = k + 1;
  } else if (k > from && GROUP_NOUNS.has(w) && tokens[k + 1]?.kind === 'poss') {
    owner = groupAnaphor(article, v, k)?.entity ?? null;
    after = k + 2;
  }
  if (after >= 0) {
    if (owner === null) return null;
    const unit = subUnit(article, v, after);
    return { org: unit.named ?? owner, end: unit.end, suffix: unit.suffix, stateScope: false };
  }
  // "the youth wing of Fatah": a unit of the body named after "of".
  const words: string[] = [];
  let q = k;
  while (words.length < 3 && isModifier(tokens[q]) && v.at[q] === undefined) words.push((tokens[q++] as Token).lower);
  if (words.length === 0) return null;
  if (tokens[q]?.lower === 'of') {
    let r = q + 1;
    if (bodyAt(article, v, r) === undefined && tokens[r]?.lower === 'the') r++;
    const b = bodyAt(article, v, r);
    if (b !== undefined)
      return {
        org: b.entity ?? null,
        end: skipAcronym(v, b.tokEnd),
        suffix: ` of the ${words.join(' ')}`,
        stateScope: false,
      };
    return null;
  }
  if (STATE_BODY_WORDS.has(words[words.length - 1] ?? ''))
    return { org: null, end: q, suffix: ` of ${k > from ? 'the ' : ''}${words.join(' ')}`, stateScope: true };
  return null;
}

/**
 * The unit after a possessive body ("Fatah's central committee", "its military wing"), and
 * the unit's own name when the text gives it next: "its military wing, the Tiger Brigade",
 * "its youth wing (the Tiger Brigade)".
 */
function subUnit(
  article: Article,
  v: SentenceView,
  from: number,
): { suffix: string; end: number; named: number | null } {
  const { tokens } = v;
  const words: string[] = [];
  let k = from;
  while (words.length < 3 && isModifier(tokens[k]) && v.at[k] === undefined) words.push((tokens[k++] as Token).lower);
  let named: number | null = null;
  const open = tokens[k]?.text;
  if (words.length > 0 && (open === ',' || open === '(')) {
    let q = k + 1;
    if (v.at[q]?.tok !== q && tokens[q]?.lower === 'the') q++;
    const m = v.at[q];
    const close = m === undefined ? undefined : tokens[m.tokEnd];
    if (
      m !== undefined &&
      m.tok === q &&
      typeOf(article, m) === 'Organization' &&
      m.entity !== undefined &&
      (open === '(' ? close?.text === ')' : close === undefined || [',', ';', '.', ')'].includes(close.text))
    ) {
      named = m.entity;
      k = open === '(' ? m.tokEnd + 1 : m.tokEnd;
    }
  }
  return { suffix: words.length > 0 ? ` of the ${words.join(' ')}` : '', end: k, named };
}

/** Past a bracketed acronym: "the International Criminal Court (ICC)". */
function skipAcronym(v: SentenceView, j: number): number {
  const t = v.tokens[j + 1];
  return v.tokens[j]?.text === '(' && t !== undefined && t.upper && v.tokens[j + 2]?.text === ')' ? j + 3 : j;
}

/** The body named just before a title, over up to two modifiers ("Israeli far-right ministers"). */
function bodyBefore(
  article: Article,
  v: SentenceView,
  titleTok: number,
): { org: number | null; possessor: number | null; former: boolean; stateScope: boolean } {
  const { tokens } = v;
  let i = titleTok - 1;
  let former = v.at[titleTok]?.former === true;
  let stateScope = false;
  for (let skipped = 0; skipped < 2 && i >= 0; skipped++) {
    const t = tokens[i];
    if (t?.lower === 'former') {
      former = true;
      i--;
      continue;
    }
    // "Government spokesman X" opening a sentence is capitalised; so is "ICC Second Vice-President".
    const bodyWord = STATE_BODY_WORDS.has(t?.lower ?? '') && (!(t?.cap ?? false) || i === 0);
    if ((isModifier(t) || bodyWord || ORDINALS.has(t?.lower ?? '')) && v.at[i] === undefined) {
      if (bodyWord) stateScope = true;
      i--;
      continue;
    }
    // "its Darfur commander X", "Hezbollah's Bekaa commander X": a place qualifies the office.
    const place = v.at[i];
    if (
      place !== undefined &&
      place.tokEnd === i + 1 &&
      place.compound === undefined &&
      typeOf(article, place) === 'Place' &&
      (tokens[place.tok - 1]?.kind === 'poss' || ['its', 'their'].includes(tokens[place.tok - 1]?.lower ?? ''))
    ) {
      i = place.tok - 1;
      continue;
    }
    break;
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
    return { org, possessor, former, stateScope };
  }
  if (m !== undefined && m.tokEnd === i + 1 && isBody(article, m)) {
    org = m.entity ?? null;
    if (tokens[m.tok - 1]?.lower === 'former') former = true;
  } else if (!possessive) {
    const w = tokens[i]?.lower;
    if (w === 'his' || w === 'her')
      possessor = nearestBefore(article, v, titleTok, (x) => typeOf(article, x) === 'Person');
    else if (w === 'its' || w === 'their') {
      // "Its spokesman, X, said": the body may be named in the sentence before.
      org = ownerOf(article, v, i);
    }
    if (tokens[i - 1]?.lower === 'former') former = true;
  } else if (GROUP_NOUNS.has(tokens[i]?.lower ?? '')) {
    // "the group's leader, X"
    org = groupAnaphor(article, v, i)?.entity ?? null;
  }
  return { org, possessor, former, stateScope };
}

/**
 * People named from token j on: one, or a list joined by commas and "and" after a plural
 * title; and the token after the last of them.
 */
function namesAfter(article: Article, v: SentenceView, j: number, list: boolean): { people: number[]; end: number } {
  const people: number[] = [];
  let k = j;
  let end = j;
  for (;;) {
    while (v.at[k] !== undefined && (v.at[k] as Mention).kind !== 'entity') k = (v.at[k] as Mention).tokEnd;
    const m = v.at[k];
    if (m === undefined || m.tok !== k || typeOf(article, m) !== 'Person' || m.entity === undefined) break;
    people.push(m.entity);
    end = m.tokEnd;
    if (!list) break;
    k = m.tokEnd;
    if (v.tokens[k]?.text === ',') k++;
    if (v.tokens[k]?.lower === 'and') k++;
    if (k === m.tokEnd) break;
  }
  return { people, end };
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
  if (c.scope !== 'state') return null;
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
 * States that cannot be the body of a head's office: "Jordan's King Abdullah spoke with
 * President Joe Biden" (two heads in one sentence lead different states), and a state whose
 * office the article gives to someone else ("Egyptian President X … President Y": a state has
 * one president).
 */
function taken(candidates: readonly RoleCandidate[], c: RoleCandidate): Set<number> {
  const out = new Set<number>();
  const head = HEAD_ROLES.has(c.title.role);
  if (!head) return out;
  for (const o of candidates) {
    if (o === c || o.org === null || o.person === c.person || !HEAD_ROLES.has(o.title.role)) continue;
    if (o.sentence === c.sentence) out.add(o.org);
    else if (o.role === c.role && !c.role.startsWith('former ')) out.add(o.org);
  }
  return out;
}

/** The body of an office the text does not name (see the module comment). */
function inferOrg(
  article: Article,
  c: RoleCandidate,
  candidates: readonly RoleCandidate[],
  excluded: ReadonlySet<number>,
): number | null {
  if (c.scope === 'state') {
    const near = new Map<number, number>();
    const sameSentence = new Set<number>();
    for (const s of [c.sentence, c.sentence - 1]) {
      const v = article.views[s];
      if (v === undefined) continue;
      for (const mention of v.mentions) {
        // "a Pentagon statement said": an organ of a state named in the article stands for it,
        // wherever it is in the sentence.
        const organ = organState(article, mention);
        const m = organ === null ? mention : { ...mention, entity: organ };
        if (organ !== null && !excluded.has(organ) && s === c.sentence) {
          sameSentence.add(organ);
          near.set(organ, Math.min(near.get(organ) ?? Infinity, Math.abs(m.tok - c.at)));
          continue;
        }
        if (typeOf(article, m) !== 'State' || m.entity === undefined || excluded.has(m.entity)) continue;
        // A state named as someone else's office ("U.S. President X") says nothing about this
        // person; in the sentence itself, neither does a state named far from the title.
        // Where an official goes or is ("landing in Germany", "send X to Israel") says nothing
        // about whose official they are; where someone goes to see them may ("flew to Israel
        // for talks with Prime Minister X").
        if (namesOffice(article, v, m) || (namesPlace(v, m) && (s !== c.sentence || m.tok > c.at))) continue;
        if (s === c.sentence && Math.abs(m.tok - c.at) >= SAME_SENTENCE_REACH) continue;
        if (s === c.sentence) sameSentence.add(m.entity);
        const distance = s === c.sentence ? Math.abs(m.tok - c.at) : 1000 + (v.tokens.length - m.tok);
        near.set(m.entity, Math.min(near.get(m.entity) ?? Infinity, distance));
      }
    }
    // The one state of the sentence itself; else the one the article names most nearby; else
    // the state of the dateline ("WASHINGTON — President X"); else the state of another holder
    // of the same office ("former President X" … "President Y"); else the only state the
    // article names at all.
    if (sameSentence.size === 1) return [...sameSentence][0] ?? null;
    if (near.size === 0) {
      const dateline = datelineState(article);
      if (dateline !== null && !excluded.has(dateline)) return dateline;
      const same = sameOfficeState(article, c, candidates, excluded);
      if (same !== null) return same;
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
  if (c.scope === 'court') {
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

/**
 * The body of an office the text does not name: the one a listed holder holds, else the one
 * state of the title's own clause ("Foreign minister A signed for the DRC, and foreign
 * minister B for Rwanda"), else the state of the office named before it, else by inference.
 */
function bodyOf(article: Article, candidates: readonly RoleCandidate[], c: RoleCandidate): number | null {
  const excluded = taken(candidates, c);
  const known = knownBody(article, c);
  if (known !== null && !excluded.has(known)) return known;
  const clause = c.scope === 'state' ? clauseState(article, c, excluded) : null;
  return clause ?? siblingState(article, candidates, c) ?? inferOrg(article, c, candidates, excluded);
}

/** The one state named in the clause of the title, other than as a place or another office. */
function clauseState(article: Article, c: RoleCandidate, excluded: ReadonlySet<number>): number | null {
  const v = article.views[c.sentence];
  if (v === undefined) return null;
  const clause = clauseAround(v, c.at);
  const states = new Set<number>();
  for (const m of v.mentions) {
    if (m.tok < clause.start || m.tok >= clause.end || m.entity === undefined) continue;
    if (typeOf(article, m) !== 'State' || excluded.has(m.entity)) continue;
    if (namesOffice(article, v, m) || (namesPlace(v, m) && m.tok > c.at)) continue;
    states.add(m.entity);
  }
  return states.size === 1 ? ([...states][0] ?? null) : null;
}

/**
 * The body a listed office holder (data/office-holders.ts) holds an office of, of the kind the
 * title needs, when the article names that body.
 */
function knownBody(article: Article, c: RoleCandidate): number | null {
  const person = article.entities[c.person];
  if (person === undefined) return null;
  const want = c.scope === 'state' ? 'State' : c.scope === 'court' ? 'Court' : null;
  for (const key of bodiesOfHolder([person.name, ...person.aliases])) {
    const body = article.entities.find((e) => e.key === key && e.mentionCount > 0);
    if (body !== undefined && (want === null ? body.type !== 'State' : body.type === want)) return body.index;
  }
  return null;
}

/** The state a government or military body belongs to (the Pentagon: the United States), if named. */
function organState(article: Article, m: Mention): number | null {
  if (m.entity === undefined || typeOf(article, m) !== 'Organization') return null;
  const country = article.entities[m.entity]?.country;
  if (country === null || country === undefined) return null;
  const state = article.entities.find((e) => e.key === `state:${country}` && e.mentionCount > 0);
  return state?.index ?? null;
}

/** The state of a dateline city or state written in capitals before a dash: "NAIROBI — …". */
function datelineState(article: Article): number | null {
  const v = article.views[0];
  if (v === undefined) return null;
  const m = v.at[0];
  if (m === undefined || m.kind !== 'entity' || m.entity === undefined || !(v.tokens[0]?.upper ?? false)) return null;
  const dash = v.tokens[m.tokEnd]?.text;
  if (dash !== '—' && dash !== '–' && dash !== '-' && dash !== ',') return null;
  const e = article.entities[m.entity];
  if (e === undefined) return null;
  if (e.type === 'State') return e.index;
  if (e.type !== 'Place' || e.country === null) return null;
  const state = article.entities.find((x) => x.key === `state:${e.country}` && x.mentionCount > 0);
  return state?.index ?? null;
}

/**
 * "Former Kenyan president X … President Y": the one state whose office of the same name
 * the article gives to someone else as a former one.
 */
function sameOfficeState(
  article: Article,
  c: RoleCandidate,
  candidates: readonly RoleCandidate[],
  excluded: ReadonlySet<number>,
): number | null {
  if (c.role.startsWith('former ')) return null;
  const states = new Set<number>();
  for (const o of candidates) {
    if (o === c || o.org === null || o.person === c.person || o.title.role !== c.title.role) continue;
    if (!o.role.startsWith('former ') || article.entities[o.org]?.type !== 'State') continue;
    if (!excluded.has(o.org)) states.add(o.org);
  }
  return states.size === 1 ? ([...states][0] ?? null) : null;
}

/**
 * Whether a body mention names another office: "U.S. President X", "the Israeli ambassador"
 * (a singular title after it), "his British counterpart".
 */
function namesOffice(article: Article, v: SentenceView, m: Mention): boolean {
  let k = m.tokEnd;
  if (v.tokens[k]?.lower === 'counterpart') return true;
  const title = v.at[k];
  if (title?.kind !== 'title') return false;
  if (title.plural !== true) return true;
  while (v.at[k] !== undefined && (v.at[k] as Mention).kind !== 'entity') k = (v.at[k] as Mention).tokEnd;
  return typeOf(article, v.at[k]) === 'Person';
}

/** Whether a state is named as a place: "in Germany", "to Israel". */
function namesPlace(v: SentenceView, m: Mention): boolean {
  let k = m.tok - 1;
  if (v.tokens[k]?.lower === 'the') k--;
  return LOCATIVES.has(v.tokens[k]?.lower ?? '');
}

/** The clause around token `at`: up to the nearest comma, semicolon, dash or bracket. */
function clauseAround(v: SentenceView | undefined, at: number): { start: number; end: number } {
  if (v === undefined) return { start: at, end: at };
  let start = at;
  while (start > 0 && !CLAUSE_ENDS.has(v.tokens[start - 1]?.text ?? '')) start--;
  let end = at;
  while (end < v.tokens.length && !CLAUSE_ENDS.has(v.tokens[end]?.text ?? '')) end++;
  return { start, end };
}

/** Whether token k, after a name, is a comma, a bracket or the sentence end. */
function setOffAt(v: SentenceView, k: number): boolean {
  const next = v.tokens[k];
  return next === undefined || next.text === ',' || next.text === ')' || next.text === '.' || next.text === ';';
}
