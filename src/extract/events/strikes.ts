/**
 * Strike frames:
 *  - PERP's|DEMONYM [adj] STRIKE-NOUN (against|on|targeting) TARGET (in|into) PLACE
 *    "Russia's attack on Kyiv", "Monday's deadly Russian strike targeted …"
 *  - STRIKE-NOUN by PERP on TARGET: "a cross-border raid by Hezbollah on Israel"
 *  - PERP (launched|conducted|…) a STRIKE-NOUN: "Israel launched an offensive in Gaza",
 *    "The Russian army said it carried out a strike"
 *  - PERP STRIKE-VERB TARGET: "Hamas attacked Israel"
 *  - TARGET survived the STRIKE-NOUN; NAME(S) were killed in the STRIKE-NOUN
 *  - "the strike" with no actor of its own refers back to the last strike reported
 * A state target is also a location; a place with a known state puts the strike in that state
 * too. `inferTargets` completes strikes whose target the text leaves out (see there).
 */

import {
  AGENTIVE_VERBS,
  WEAPON_NOUNS,
  STRIKE_NOUNS,
  STRIKE_NOUNS_NEEDING_MILITARY,
  STRIKE_VERBS,
  SURVIVE_VERBS,
} from '../data/triggers.js';
import { MONTHS_AND_ORDINALS } from '../data/words.js';
import type { EntityType } from '../document.js';
import { type Article, type SentenceView, isClauseBreak, typeOf } from '../sentence-view.js';
import type { Mention, StrikeDraft, Token } from '../types.js';
import {
  DETERMINERS,
  actorEndingAt,
  entitiesOf,
  isLowerWord,
  listAfter,
  listBefore,
  nearestMention,
} from './phrases.js';

const NOUNS = new Set(STRIKE_NOUNS);
const WEAPONS = new Set(WEAPON_NOUNS);
const QUANTITIES = new Set([
  'hundreds',
  'thousands',
  'dozens',
  'scores',
  'more',
  'least',
  'at',
  'about',
  'some',
  'several',
  'many',
]);
const NEEDS_MILITARY = new Set(STRIKE_NOUNS_NEEDING_MILITARY);
const MILITARY_ADJECTIVES = new Set(['military', 'ground', 'air', 'aerial', 'bombing', 'naval', 'army']);
const VERBS = new Set(STRIKE_VERBS);
const AGENTIVE = new Set(AGENTIVE_VERBS);
const SURVIVE = new Set(SURVIVE_VERBS);
const DATE_WORDS = new Set(MONTHS_AND_ORDINALS);
const PERPETRATORS: ReadonlySet<EntityType> = new Set(['State', 'Organization']);
const TARGETS: ReadonlySet<EntityType> = new Set(['State', 'Organization', 'Person', 'Place']);
const PLACES: ReadonlySet<EntityType> = new Set(['Place', 'State']);
// "The strike hit Doha": a strike verb after the strike noun introduces its target too.
const TARGET_WORDS = new Set(['against', 'on', 'targeting', 'targeted', 'targets', 'at', 'hit', 'struck', 'pounded']);
const LOCATION_WORDS = new Set(['in', 'into', 'inside', 'across', 'near']);
/** Words that end the phrase of a strike: after them a new clause begins. */
const PHRASE_END = new Set([
  'which',
  'who',
  'that',
  'while',
  'but',
  'as',
  'because',
  'after',
  'before',
  'following',
  'during',
  'and',
  'said',
  'says',
  'killing',
  'leading',
  'saying',
  'until',
  'unless',
  'if',
  'since',
  'when',
  'where',
  'despite',
  'amid',
]);
/** "the southern Gaza city of Rafah": the place after "city of" is the one meant. */
const PLACE_NOUNS = new Set([
  'city',
  'town',
  'village',
  'region',
  'province',
  'governorate',
  'district',
  'area',
  'port',
  'capital',
]);
const DEFINITE = new Set(['the', 'this', 'that', 'its', 'their']);
const PASSIVE = new Set(['was', 'were', 'been', 'being', 'is', 'are']);

interface Frame {
  perpetrators: number[];
  targets: number[];
  locations: number[];
  definite: boolean;
}

export function findStrikes(article: Article, v: SentenceView, earlier: readonly StrikeDraft[]): StrikeDraft[] {
  const found: StrikeDraft[] = [];
  const { tokens } = v;
  // "the strikes": the last strike reported with the same word, else the last one.
  const priorFor = (word: string): StrikeDraft | undefined => {
    const all = [...earlier, ...found];
    for (let k = all.length - 1; k >= 0; k--) if (all[k]?.word === word) return all[k];
    return all[all.length - 1];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    let frame: Frame | null = null;
    const weapon = WEAPONS.has(t.lower);
    if (
      weapon ||
      (NOUNS.has(t.lower) && !(NEEDS_MILITARY.has(t.lower) && !MILITARY_ADJECTIVES.has(tokens[i - 1]?.lower ?? '')))
    ) {
      frame = nounFrame(article, v, i);
      // Weapons are only a strike when someone fires them; they never refer back.
      if (weapon && frame !== null && frame.perpetrators.length === 0) frame = null;
    } else if (VERBS.has(t.lower) && !t.cap) {
      frame = verbFrame(article, v, i);
    }
    if (frame === null) continue;
    const killed = killedIn(article, v);
    if (frame.perpetrators.length === 0) {
      // "the strike": the strike reported last, when what this phrase adds fits it.
      const prior = priorFor(baseWord(t.lower));
      if (prior === undefined || !frame.definite || !fits(article, frame, prior)) continue;
      if (!prior.sentences.includes(v.sentence.index)) prior.sentences.push(v.sentence.index);
      for (const l of frame.locations) if (!prior.locations.includes(l)) prior.locations.push(l);
      for (const k of killed) if (!prior.killed.includes(k)) prior.killed.push(k);
      if (prior.targets.length === 0 && frame.targets.length > 0) {
        prior.targets.push(...frame.targets);
        prior.explicitTargets = true;
      }
      continue;
    }
    found.push({
      type: 'Strike',
      perpetrators: frame.perpetrators,
      targets: frame.targets,
      locations: frame.locations,
      killed,
      explicitTargets: frame.targets.length > 0,
      word: baseWord(t.lower),
      sentences: [v.sentence.index],
      triggerAt: t.start,
    });
  }
  return found;
}

function fits(article: Article, frame: Frame, prior: StrikeDraft): boolean {
  if (frame.targets.some((x) => prior.perpetrators.includes(x))) return false;
  if (prior.targets.length > 0 && frame.targets.some((x) => !prior.targets.includes(x))) return false;
  return prior.locations.length === 0 || frame.locations.every((l) => placeFits(article, l, prior.locations));
}

/**
 * Whether a place can be part of a strike already located at `places`: the same place, a
 * place in one of its states ("strikes in Yemen" … "near Hodeidah"), or a place the
 * gazetteer does not know ("near the town of Nabatieh"). A known place elsewhere does not fit.
 */
function placeFits(article: Article, place: number, places: readonly number[]): boolean {
  if (places.includes(place)) return true;
  const e = article.entities[place];
  if (e === undefined) return false;
  const state = e.type === 'State' ? e.key : e.country === null ? null : `state:${e.country}`;
  if (state === null) return e.key.startsWith('new:');
  return places.some((p) => {
    const other = article.entities[p];
    return (
      other !== undefined && (other.key === state || (other.country !== null && `state:${other.country}` === state))
    );
  });
}

function nounFrame(article: Article, v: SentenceView, i: number): Frame | null {
  const { tokens } = v;
  const perpetrators: number[] = [];
  const targets: number[] = [];
  // Left: over adjectives and dates to a perpetrator ("Israeli", "Israel's", "its").
  let k = i - 1;
  while (
    k >= 0 &&
    k >= i - 8 &&
    (isLowerWord(tokens[k]) || isDateWord(tokens[k]) || (tokens[k]?.text === ',' && isDateWord(tokens[k - 1])))
  ) {
    // Stop at a mention, and at the verb that governs the phrase ("the group launched rockets").
    if (v.at[k] !== undefined || AGENTIVE.has(tokens[k]?.lower ?? '') || SURVIVE.has(tokens[k]?.lower ?? '')) break;
    k--;
  }
  const left = tokens[k];
  let definite = left !== undefined && DEFINITE.has(left.lower);
  if (left?.kind === 'poss') {
    const m = actorEndingAt(article, v, k - 1, PERPETRATORS);
    if (m?.entity !== undefined) perpetrators.push(m.entity);
    definite = true;
  } else if (left?.lower === 'its' || left?.lower === 'their') {
    const m = nearestMention(article, v, k, PERPETRATORS);
    if (m?.entity !== undefined) perpetrators.push(m.entity);
  } else {
    const m = actorEndingAt(article, v, k, PERPETRATORS);
    if (m?.entity !== undefined && m.compound === undefined) {
      perpetrators.push(m.entity);
      definite = DEFINITE.has(tokens[m.tok - 1]?.lower ?? '');
    }
  }
  // The verb before the phrase, over its object: "X launched an offensive", "Y survived the
  // strike", "X has killed more than 1,000 people in an offensive".
  let verbAt = k;
  while (verbAt >= 0 && verbAt >= i - 12 && skippableBeforeStrike(v, verbAt, k)) {
    const w = tokens[verbAt]?.lower ?? '';
    if (AGENTIVE.has(w) || SURVIVE.has(w) || w === 'out') break;
    verbAt--;
  }
  const verb = tokens[verbAt]?.lower ?? '';
  if (perpetrators.length === 0 && (AGENTIVE.has(verb) || verb === 'out')) {
    const at = verb === 'out' && tokens[verbAt - 1]?.lower === 'carried' ? verbAt - 1 : verbAt;
    // "The United States and Britain carried out strikes".
    perpetrators.push(...entitiesOf(listBefore(article, v, at, PERPETRATORS)));
  }
  if (SURVIVE.has(verb)) {
    targets.push(...entitiesOf(listBefore(article, v, verbAt, TARGETS)));
    definite = true;
  }
  // Right: "by PERP", then target and location phrases, up to the end of the phrase.
  let j = i + 1;
  if (tokens[j]?.lower === 'carried' && tokens[j + 1]?.lower === 'out') j += 2;
  if (tokens[j]?.lower === 'by') {
    const list = listAfter(article, v, j + 1, PERPETRATORS, 2);
    perpetrators.push(...entitiesOf(list.mentions));
    j = list.end;
  }
  const right = argumentsAfter(article, v, j);
  targets.push(...right.targets);
  return finish(article, {
    perpetrators: unique(perpetrators),
    targets: unique(targets),
    locations: right.locations,
    definite,
  });
}

function verbFrame(article: Article, v: SentenceView, i: number): Frame | null {
  const { tokens } = v;
  // "The strike targeted …" belongs to the strike noun's frame.
  if (NOUNS.has(tokens[i - 1]?.lower ?? '')) return null;
  const passive = PASSIVE.has(tokens[i - 1]?.lower ?? '');
  if (passive) {
    if (tokens[i + 1]?.lower !== 'by') return null;
    const by = listAfter(article, v, i + 2, PERPETRATORS, 2);
    const subject = listBefore(article, v, i - 1, TARGETS);
    return finish(article, {
      perpetrators: entitiesOf(by.mentions),
      targets: entitiesOf(subject),
      locations: [],
      definite: false,
    });
  }
  const subjects = entitiesOf(listBefore(article, v, i, PERPETRATORS));
  if (subjects.length === 0) return null;
  const object = listAfter(article, v, i + 1, TARGETS, 3);
  const targets: number[] = [];
  const locations: number[] = [];
  for (const m of object.mentions) {
    if (m.entity === undefined) continue;
    if (typeOf(article, m) === 'Place') locations.push(m.entity);
    else targets.push(m.entity);
  }
  const rest = argumentsAfter(article, v, object.mentions.length > 0 ? object.end : i + 1);
  // "attacked a commercial vessel in the Red Sea": no named target, but a place.
  if (targets.length === 0 && locations.length === 0 && rest.targets.length === 0 && rest.locations.length === 0)
    return null;
  return finish(article, {
    perpetrators: subjects,
    targets: unique([...targets, ...rest.targets]),
    locations: unique([...locations, ...rest.locations]),
    definite: false,
  });
}

/** Targets and locations in the phrases after a strike word, up to the end of its phrase. */
function argumentsAfter(article: Article, v: SentenceView, from: number): { targets: number[]; locations: number[] } {
  const { tokens } = v;
  const targets: number[] = [];
  const locations: number[] = [];
  for (let j = from; j < tokens.length && j < from + 16; j++) {
    const t = tokens[j] as Token;
    if ((isClauseBreak(t) && t.text !== '"') || t.text === ',') break;
    // "drones and missiles at Israel": a second weapon or strike noun continues the phrase.
    const next = tokens[j + 1]?.lower ?? '';
    if ((t.lower === 'and' || t.lower === 'or') && (WEAPONS.has(next) || NOUNS.has(next))) {
      j++;
      continue;
    }
    if (PHRASE_END.has(t.lower)) break;
    if (TARGET_WORDS.has(t.lower)) {
      const list = listAfter(article, v, j + 1, TARGETS, 6);
      for (const m of list.mentions) {
        if (m.entity === undefined) continue;
        const type = typeOf(article, m);
        const inner = placeNamedAfter(article, v, m);
        if (inner !== undefined) {
          locations.push(m.entity, inner);
          continue;
        }
        // A place is where the strike hit, not whom it was aimed at ("strike on Doha").
        if (type === 'Place') locations.push(m.entity);
        else targets.push(m.entity);
      }
      for (const p of v.parts) {
        if (p.tok > j && p.tok < Math.max(list.end, j + 3) && p.compound?.includes('based') && p.entity !== undefined)
          locations.push(p.entity);
      }
      if (list.end > j) j = list.end - 1;
    } else if (LOCATION_WORDS.has(t.lower)) {
      // "in The Hague" (the article is part of the name), "in the Qatari capital",
      // "near the town of Nabatieh".
      let m = v.at[j + 1];
      if (m === undefined && tokens[j + 1]?.lower === 'the') m = v.at[j + 2];
      if (
        m === undefined &&
        tokens[j + 1]?.lower === 'the' &&
        tokens[j + 3]?.lower === 'of' &&
        PLACE_NOUNS.has(tokens[j + 2]?.lower ?? '')
      )
        m = v.at[j + 4];
      if (m !== undefined && m.kind === 'entity' && m.entity !== undefined) {
        const type = typeOf(article, m);
        if (type !== null && PLACES.has(type)) locations.push(m.entity);
        const inner = placeNamedAfter(article, v, m);
        if (inner !== undefined) locations.push(inner);
        j = m.tokEnd - 1;
      }
    }
  }
  return { targets: unique(targets), locations: unique(locations) };
}

/** Adds the state of each located place, drops self-targeting, resolves state forces. */
function finish(article: Article, f: Frame): Frame {
  // A state attacked is also where the strike happened.
  const locations = [...f.locations];
  for (const t of f.targets) if (article.entities[t]?.type === 'State' && !locations.includes(t)) locations.push(t);
  for (const l of [...locations]) {
    const country = article.entities[l]?.country;
    if (country === null || country === undefined || article.entities[l]?.type !== 'Place') continue;
    const state = article.entities.find((e) => e.key === `state:${country}` && e.mentionCount > 0);
    if (state !== undefined && !locations.includes(state.index)) locations.push(state.index);
  }
  return {
    perpetrators: f.perpetrators,
    targets: f.targets.filter((t) => !f.perpetrators.includes(t)),
    locations: locations.filter((l) => !f.perpetrators.includes(l)),
    definite: f.definite,
  };
}

/** Named people "… were killed" in a sentence that reports a strike. */
function killedIn(article: Article, v: SentenceView): number[] {
  const { tokens } = v;
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k]?.lower !== 'killed' || !PASSIVE.has(tokens[k - 1]?.lower ?? '')) continue;
    const out: number[] = [];
    for (const m of v.mentions) {
      if (m.tok >= k || typeOf(article, m) !== 'Person' || m.entity === undefined) continue;
      // "the son of Hamas leader X": X is named to describe someone else.
      let described = false;
      for (let b = m.tok - 1; b >= 0 && b >= m.tok - 5; b--) {
        const w = tokens[b] as Token;
        if (w.text === ',') break;
        if (w.lower === 'of') described = true;
      }
      if (!described && !out.includes(m.entity)) out.push(m.entity);
    }
    return out;
  }
  return [];
}

/** Words between a strike noun and the verb that governs it. */
function skippableBeforeStrike(v: SentenceView, at: number, phraseStart: number): boolean {
  const t = v.tokens[at];
  if (t === undefined) return false;
  if (
    DETERMINERS.has(t.lower) ||
    QUANTITIES.has(t.lower) ||
    t.lower === 'in' ||
    t.lower === 'than' ||
    t.kind === 'num' ||
    isLowerWord(t)
  )
    return true;
  if (t.text === ',' && v.tokens[at - 1]?.kind === 'num') return true;
  // "fired dozens of rockets", "responded with strikes"
  if (t.lower === 'of' || t.lower === 'with') return true;
  const m = v.at[at];
  if (m !== undefined) return m.kind === 'entity' && at >= phraseStart - 1;
  // A plural name of people as object: "killed 300 Palestinians in a strike".
  return t.cap && t.lower.endsWith('s') && at !== 0;
}

/** "Gaza city of Rafah", "the Yemeni port of Hodeidah": the place named after "… of". */
function placeNamedAfter(article: Article, v: SentenceView, m: Mention): number | undefined {
  let k = m.tokEnd;
  if (!PLACE_NOUNS.has(v.tokens[k]?.lower ?? '')) return undefined;
  k++;
  if (v.tokens[k]?.lower !== 'of') return undefined;
  const inner = v.at[k + 1];
  return inner !== undefined && typeOf(article, inner) === 'Place' ? inner.entity : undefined;
}

const VERB_BASE: Readonly<Record<string, string>> = {
  struck: 'strike',
  hit: 'strike',
  targeted: 'strike',
  pounded: 'strike',
  airstrike: 'strike',
  attacked: 'attack',
  bombed: 'bombing',
  shelled: 'shelling',
  raided: 'raid',
  invaded: 'invasion',
  invades: 'invasion',
  stormed: 'raid',
};

function baseWord(word: string): string {
  const singular = word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
  return VERB_BASE[singular] ?? VERB_BASE[word] ?? singular;
}

function isDateWord(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === 'num' || DATE_WORDS.has(t.lower));
}

function unique(xs: readonly number[]): number[] {
  return [...new Set(xs)];
}

/**
 * Strikes whose target the text leaves out ("Hamas's October 7 attack") take as target the one
 * other party the article reports striking them ("Israeli strike targeted Hamas"), or else the
 * one other party reported striking in the same sentence ("Following an incursion by Hamas,
 * Israel launched an offensive"). A state so inferred is also the location.
 */
export function inferTargets(strikes: readonly StrikeDraft[], article: Article): void {
  for (const s of strikes) {
    if (s.targets.length > 0) continue;
    // The other side: whoever the text says struck the perpetrator, or was struck by it.
    // Two or more such parties (a war on several fronts) leave the target open.
    let parties = new Set<number>();
    for (const o of strikes) {
      if (o === s || !o.explicitTargets) continue;
      if (o.targets.some((t) => s.perpetrators.includes(t))) {
        for (const p of o.perpetrators) if (!s.perpetrators.includes(p)) parties.add(p);
      }
      if (o.perpetrators.some((p) => s.perpetrators.includes(p))) {
        for (const t of o.targets) {
          const type = article.entities[t]?.type;
          if (!s.perpetrators.includes(t) && (type === 'State' || type === 'Organization')) parties.add(t);
        }
      }
    }
    if (parties.size === 0) {
      parties = new Set<number>();
      for (const o of strikes) {
        if (o === s || !o.sentences.some((x) => s.sentences.includes(x))) continue;
        for (const p of o.perpetrators) if (!s.perpetrators.includes(p)) parties.add(p);
      }
    }
    if (parties.size !== 1) continue;
    const [target] = [...parties];
    if (target === undefined) continue;
    s.targets.push(target);
    if (s.locations.length === 0 && article.entities[target]?.type === 'State') s.locations.push(target);
  }
}
