/**
 * Strike frames:
 *  - PERP's|DEMONYM|PERP-led [adj] STRIKE-NOUN (against|on|targeting|at) TARGET (in|into) PLACE
 *    "Russia's attack on Kyiv", "Monday's deadly Russian strike targeted …", "the RSF-led assault"
 *  - STRIKE-NOUN by PERP on TARGET: "a cross-border raid by Hezbollah on Israel"
 *  - PERP [time] (launched|conducted|carried out|fired …) a STRIKE-NOUN|WEAPONS: "Israel launched
 *    an offensive in Gaza", "Russia on Friday carried out a missile strike", "the Houthis fired
 *    rockets and drones at Israel"
 *  - PERP STRIKE-VERB TARGET: "Hamas attacked Israel", "RSF-led fighters attacked El Fasher"
 *  - the target named in the phrase's tail: "… in Beirut where Hezbollah commanders were meeting",
 *    "a strike killed four volunteers of the aid group X" (the victims' organisation)
 *  - the perpetrator named by attribution: "a strike …, which Baghdad blamed on X", "widely
 *    attributed to X", "Kyiv blamed Moscow for the attack", "the group claimed responsibility
 *    for the attack", "those … responsible for the attack" (unnamed: nothing)
 *  - TARGET survived the STRIKE-NOUN; NAME(S) were killed in the STRIKE-NOUN
 *  - "the strike" with no actor of its own refers back to the strike reported last with the
 *    same word, else the one reported most; so do agentless passives that say where ("the
 *    depot was hit in Kherson") and weapons without an actor ("two rockets struck Ukraine"),
 *    whose sentence may add the places, inside the struck state, where they hit
 * A state target is also a location, unless the text places the strike in another state; a
 * place with a known state puts the strike in that state too, and a town in a larger place
 * (data/places.ts `within`) in that place when the article names it. `inferTargets` completes
 * strikes whose target the text leaves out (see there).
 */

import {
  AGENTIVE_VERBS,
  ATTRIBUTION,
  BLAME_VERBS,
  FIRED,
  FIRING_VERBS,
  HARM_VERBS,
  KILLED_PARTICIPLES,
  KILLING_NOUNS,
  MILITARY_ADJECTIVES,
  NOT_RESPONSIBLE,
  STRIKE_NOUNS,
  STRIKE_NOUNS_NEEDING_MILITARY,
  STRIKE_NOUNS_WITH_OF_TARGET,
  STRIKE_PARTICIPLES,
  STRIKE_PHRASE_END,
  STRIKE_VERBS,
  STRIKE_WORD_BASE,
  SURVIVE_VERBS,
  TARGET_WORDS,
  WEAPON_NOUNS,
} from '../data/triggers.js';
import { MONTHS_AND_ORDINALS } from '../data/words.js';
import type { EntityType } from '../../contracts/extraction-document.js';
import { type Article, type SentenceView, isClauseBreak, typeOf } from '../sentence-view.js';
import type { Mention, StrikeDraft, Token } from '../types.js';
import { PLACE_WITHIN } from '../gazetteer.js';
import {
  actorEndingAt,
  armedAnaphor,
  entitiesOf,
  isLowerWord,
  ledBy,
  listAfter,
  listBefore,
  nearestMention,
  personForPronoun,
  subjectBefore,
} from './phrases.js';
import {
  COUNT_WORDS,
  DEFINITE,
  DETERMINERS,
  DIRECTION_WORDS,
  LIST_COPULAS,
  LOCATION_WORDS,
  PASSIVE,
  QUANTITIES,
  SUBORDINATORS,
  TEMPORAL_WORDS,
} from '../data/grammar.js';
import { ARMED_NOUNS, MEMBER_NOUNS, PLACE_NOUNS } from '../data/actor-nouns.js';
import type { EventRule } from './rule.js';

const NOUNS = new Set(STRIKE_NOUNS);
const WEAPONS = new Set(WEAPON_NOUNS);
const NEEDS_MILITARY = new Set(STRIKE_NOUNS_NEEDING_MILITARY);
const OF_TARGET = new Set([...STRIKE_NOUNS_WITH_OF_TARGET, ...KILLING_NOUNS]);
const KILLINGS = new Set(KILLING_NOUNS);
const PERSON: ReadonlySet<EntityType> = new Set(['Person']);
const VERBS = new Set(STRIKE_VERBS);
const AGENTIVE = new Set(AGENTIVE_VERBS);
const SURVIVE = new Set(SURVIVE_VERBS);
const DATE_WORDS = new Set(MONTHS_AND_ORDINALS);
const PERPETRATORS: ReadonlySet<EntityType> = new Set(['State', 'Organization']);
const TARGETS: ReadonlySet<EntityType> = new Set(['State', 'Organization', 'Person', 'Place']);
const PLACES: ReadonlySet<EntityType> = new Set(['Place', 'State']);

interface Frame {
  perpetrators: number[];
  targets: number[];
  locations: number[];
  definite: boolean;
  /** Only places, listed for a strike reported before ("the bases hit were A, B and C"). */
  listed?: boolean;
}

export const strikeRule: EventRule<StrikeDraft> = {
  kind: 'Strike',
  find: findStrikes,
  complete: inferTargets,
};

function findStrikes(article: Article, v: SentenceView, earlier: readonly StrikeDraft[]): StrikeDraft[] {
  const found: StrikeDraft[] = [];
  const { tokens } = v;
  // "the strikes": the last strike reported with the same word, else the one the article
  // reports most (the latest of those): a background reference to an older attack
  // is not what a later "the strike" means.
  const priorFor = (word: string): StrikeDraft | undefined => {
    const all = [...earlier, ...found];
    for (let k = all.length - 1; k >= 0; k--) if (all[k]?.word === word) return all[k];
    let best: StrikeDraft | undefined;
    for (const x of all) if (best === undefined || x.sentences.length >= best.sentences.length) best = x;
    return best;
  };
  // "The bases hit were A, B and C": the latest strike in whose state(s) the places lie.
  const priorHolding = (places: readonly number[]): StrikeDraft | undefined => {
    const all = [...earlier, ...found];
    const known = places.filter((l) => (article.entities[l]?.country ?? null) !== null);
    if (known.length === 0) return undefined;
    for (let k = all.length - 1; k >= 0; k--) {
      const x = all[k] as StrikeDraft;
      if (known.every((l) => within(article, l, [...x.locations, ...x.targets]))) return x;
    }
    // Else the latest strike not yet placed, by someone other than the places' state.
    const states = new Set(known.map((l) => `state:${article.entities[l]?.country ?? ''}`));
    for (let k = all.length - 1; k >= 0; k--) {
      const x = all[k] as StrikeDraft;
      if (x.locations.length > 0 || x.targets.length > 0) continue;
      if (x.perpetrators.some((p) => states.has(article.entities[p]?.key ?? ''))) continue;
      return x;
    }
    return undefined;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    let frame: Frame | null = null;
    const weapon = WEAPONS.has(t.lower);
    const killing = KILLINGS.has(t.lower) && tokens[i + 1]?.lower === 'of';
    if (
      weapon ||
      killing ||
      (NOUNS.has(t.lower) && !(NEEDS_MILITARY.has(t.lower) && !MILITARY_ADJECTIVES.has(tokens[i - 1]?.lower ?? '')))
    ) {
      frame = nounFrame(article, v, i);
      // Weapons are only a strike when someone fires them; they never refer back. A killing
      // is one only with its actor and a named victim.
      if (weapon && frame !== null && frame.perpetrators.length === 0) frame = null;
      if (killing && frame !== null && (frame.perpetrators.length === 0 || !hasPerson(article, frame.targets)))
        frame = null;
    } else if (VERBS.has(t.lower) && !t.cap) {
      frame = verbFrame(article, v, i);
    } else if (FIRING_VERBS.has(t.lower) && !t.cap) {
      // "Israeli troops fired on the UN headquarters in Naqoura", "opened fire at X"
      const at = tokens[i + 1]?.lower === 'fire' ? i + 2 : i + 1;
      const on = tokens[at]?.lower ?? '';
      if ((on === 'on' || on === 'at' || on === 'upon') && !WEAPONS.has(tokens[at + 1]?.lower ?? ''))
        frame = verbFrame(article, v, i, at + 1);
    } else if (t.lower === 'among' && PASSIVE.has(tokens[i - 1]?.lower ?? '')) {
      frame = amongTargets(article, v, i);
    }
    if (frame === null) continue;
    const killed = killedIn(article, v);
    // "X was assassinated in a suspected Israeli strike": the named dead the strike was aimed at.
    const victims = killedSubjects(article, v);
    for (const x of victims) if (!killed.includes(x)) killed.push(x);
    if (frame.perpetrators.length === 0) {
      // "the strike": the strike reported last, when what this phrase adds fits it.
      const prior = frame.listed === true ? priorHolding(frame.locations) : priorFor(baseWord(t.lower));
      // An indefinite report ("strikes across Sumy and Odesa") continues it only when every
      // place it names lies where the strike reported last did.
      const continues =
        frame.definite ||
        (frame.locations.length > 0 &&
          prior !== undefined &&
          frame.locations.every((l) => within(article, l, [...prior.locations, ...prior.targets])));
      if (prior === undefined || !continues || !fits(article, frame, prior)) continue;
      if (!prior.sentences.includes(v.sentence.index)) prior.sentences.push(v.sentence.index);
      for (const l of frame.locations) if (!prior.locations.includes(l)) prior.locations.push(l);
      // "Two rockets struck Ukraine, … hurt in Kharkiv": the rest of a sentence that reports
      // the strike again names where it hit, when the places lie where the strike did.
      if (frame.targets.length > 0 && frame.targets.every((x) => prior.targets.includes(x)))
        for (const l of placesAfter(article, v, i + 1))
          if (!prior.locations.includes(l) && within(article, l, prior.locations)) prior.locations.push(l);
      for (const k of killed) if (!prior.killed.includes(k)) prior.killed.push(k);
      if (prior.targets.length === 0 && frame.targets.length > 0) {
        prior.targets.push(...frame.targets);
        prior.explicitTargets = true;
      }
      continue;
    }
    const targets = hasPerson(article, frame.targets) ? frame.targets : unique([...frame.targets, ...victims]);
    found.push({
      type: 'Strike',
      perpetrators: frame.perpetrators,
      targets,
      locations: frame.locations,
      killed,
      explicitTargets: targets.length > 0,
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
  // "Jabalia" in a strike "in Gaza", and the other way round.
  if (
    places.some(
      (p) =>
        article.entities[p]?.key === PLACE_WITHIN.get(e.key) ||
        PLACE_WITHIN.get(article.entities[p]?.key ?? '') === e.key,
    )
  )
    return true;
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
    const m = actorEndingAt(article, v, k, PERPETRATORS) ?? ledBy(article, v, k, PERPETRATORS);
    if (m?.entity !== undefined && (m.compound === undefined || tokens[k]?.lower.endsWith('-led') === true)) {
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
  else if (FIRED.has(tokens[j]?.lower ?? '') && tokens[j + 1]?.lower === 'by') j++;
  if (tokens[j]?.lower === 'by') {
    const list = listAfter(article, v, j + 1, PERPETRATORS, 2);
    perpetrators.push(...entitiesOf(list.mentions));
    j = list.end;
    // "by the rebels": the armed group named last.
    if (list.mentions.length === 0 && tokens[j + 1]?.lower === 'the' && ARMED_NOUNS.has(tokens[j + 2]?.lower ?? '')) {
      const group = armedAnaphor(article, v, j + 1);
      if (group?.entity !== undefined) {
        perpetrators.push(group.entity);
        j += 3;
      }
    }
  }
  const right = argumentsAfter(article, v, j, OF_TARGET.has(tokens[i]?.lower ?? '') && j === i + 1);
  targets.push(...right.targets);
  if (perpetrators.length === 0) perpetrators.push(...blamedBefore(article, v, k));
  if (perpetrators.length === 0) perpetrators.push(...attributedAfter(article, v, i));
  if (perpetrators.length === 0) perpetrators.push(...responsibleBefore(article, v, k, targets, definite));
  return finish(article, {
    perpetrators: unique(perpetrators),
    targets: unique(targets),
    locations: right.locations,
    definite,
  });
}

function verbFrame(article: Article, v: SentenceView, i: number, objectFrom = i + 1): Frame | null {
  const { tokens } = v;
  // "The strike targeted …" belongs to the strike noun's frame.
  if (NOUNS.has(tokens[i - 1]?.lower ?? '')) return null;
  const passive = PASSIVE.has(tokens[i - 1]?.lower ?? '');
  if (passive) {
    // "The X depot was hit on Monday in Kherson": no agent, so the strike reported
    // before, when the clause says where it hit ("Qatar was hit hard by the news" does not).
    if (tokens[i + 1]?.lower !== 'by') {
      for (let k = i + 2; k < Math.min(tokens.length, i + 5); k++) if (tokens[k]?.lower === 'by') return null;
      const subject = targetBefore(article, v, i - 1);
      if (subject === undefined) return null;
      const rest = argumentsAfter(article, v, i + 1);
      if (rest.locations.length === 0) return null;
      return { perpetrators: [], targets: [subject], locations: rest.locations, definite: true };
    }
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
  // "The four airbases hit were A (B), C and D": the places of the strike reported before.
  if (subjects.length === 0 && isLowerWord(tokens[i - 1]) && LIST_COPULAS.has(tokens[i + 1]?.lower ?? '')) {
    const places = placesListed(article, v, i + 2);
    return places.length === 0
      ? null
      : { perpetrators: [], targets: [], locations: places, definite: true, listed: true };
  }
  if (subjects.length === 0) {
    // "Two rockets struck Ukraine": weapons without a named actor report the strike before.
    if (!WEAPONS.has(tokens[i - 1]?.lower ?? '')) return null;
    const object = listAfter(article, v, i + 1, TARGETS, 3);
    const named = entitiesOf(object.mentions).filter((e) => article.entities[e]?.type !== 'Place');
    if (named.length === 0) return null;
    return { perpetrators: [], targets: named, locations: [], definite: true };
  }
  const object = listAfter(article, v, objectFrom, TARGETS, 3);
  const targets: number[] = [];
  const locations: number[] = [];
  for (const m of object.mentions) {
    if (m.entity === undefined) continue;
    if (typeOf(article, m) === 'Place') locations.push(m.entity);
    else targets.push(m.entity);
  }
  const rest = argumentsAfter(article, v, object.mentions.length > 0 ? object.end : objectFrom);
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
function argumentsAfter(
  article: Article,
  v: SentenceView,
  from: number,
  /** "bombardment of Lebanon": an "of" right at `from` names the target. */
  ofTarget = false,
): { targets: number[]; locations: number[] } {
  const { tokens } = v;
  const targets: number[] = [];
  const locations: number[] = [];
  let limit = from + 16;
  for (let j = from; j < tokens.length && j < limit; j++) {
    const t = tokens[j] as Token;
    // "Doctors Without Borders (MSF) in Kharkiv": a bracketed acronym does not end the phrase.
    if (t.text === '(' && tokens[j + 1]?.upper === true && tokens[j + 2]?.text === ')') {
      j += 2;
      continue;
    }
    // ", striking energy sites in Lviv and in Kharkiv": the phrase goes on.
    if (t.text === ',' && STRIKE_PARTICIPLES.has(tokens[j + 1]?.lower ?? '')) {
      limit = j + 16;
      continue;
    }
    // "in El Fasher, the capital of North Darfur", "in Jabalia, in northern Gaza": a place
    // just read, set off by its own apposition.
    const prev = v.at[j - 1];
    if (t.text === ',' && prev !== undefined && prev.entity !== undefined && locations.includes(prev.entity)) {
      const inner = placeApposition(article, v, j + 1);
      if (inner !== null) {
        if (inner.place !== undefined && !locations.includes(inner.place)) locations.push(inner.place);
        j = inner.end - 1;
        continue;
      }
    }
    if ((isClauseBreak(t) && t.text !== '"') || t.text === ',') break;
    // "… a response to a Ukrainian drone attack on …": another strike, with an actor of its own.
    if (j > from && NOUNS.has(t.lower) && ownActor(article, v, j, from)) break;
    // "a strike (on X) killed four volunteers of the aid group Y": the victims' organisation.
    if (HARM_VERBS.has(t.lower) && targets.every((x) => article.entities[x]?.type === 'State')) {
      const victims = victimsOf(article, v, j + 1);
      if (victims !== null) {
        targets.push(victims.org);
        j = victims.end - 1;
        continue;
      }
    }
    // "on a house in Beirut where Hezbollah commanders were meeting"
    if (t.lower === 'where' && targets.length === 0) {
      const group = membersIn(article, v, j + 1);
      if (group !== null) targets.push(group);
      break;
    }
    // "drones and missiles at Israel": a second weapon or strike noun continues the phrase.
    const next = tokens[j + 1]?.lower ?? '';
    if ((t.lower === 'and' || t.lower === 'or') && (WEAPONS.has(next) || NOUNS.has(next))) {
      j++;
      continue;
    }
    // "400 drones and 18 cruise missiles at Kyiv": over a count and adjectives to the weapon.
    if (t.lower === 'and') {
      let w = j + 1;
      while (w < j + 5 && (tokens[w]?.kind === 'num' || QUANTITIES.has(tokens[w]?.lower ?? '')) && w < j + 3) w++;
      while (w < j + 5 && isLowerWord(tokens[w]) && !WEAPONS.has(tokens[w]?.lower ?? '')) w++;
      if (w > j + 1 && WEAPONS.has(tokens[w]?.lower ?? '')) {
        j = w;
        continue;
      }
    }
    // "in Lviv and in Kharkiv": a second place; "radar sites and weapons depots near X",
    // "struck X and killed five people in Y": the phrase goes on (not "and the army said").
    if (t.lower === 'and' && (LOCATION_WORDS.has(next) || isLowerWord(tokens[j + 1]))) continue;
    if (STRIKE_PHRASE_END.has(t.lower)) break;
    if (TARGET_WORDS.has(t.lower) || (ofTarget && j === from && t.lower === 'of')) {
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
        // "at the U.S. Al-Udeid Air Base", "hit Yemen's rebel-held capital Sanaa": the place
        // a state's name or demonym modifies.
        if (type === 'State') {
          const owned = placeOfState(article, v, m.tokEnd);
          if (owned !== undefined) locations.push(owned.place);
        }
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
      if (m === undefined && tokens[j + 1]?.lower === 'the') m = placeAfterArticle(v, j + 2);
      // "in central Beirut"
      if (m === undefined && DIRECTION_WORDS.has(tokens[j + 1]?.lower ?? '')) m = v.at[j + 2];
      if (m !== undefined && m.kind === 'entity' && m.entity !== undefined) {
        const type = typeOf(article, m);
        if (type !== null && PLACES.has(type)) locations.push(m.entity);
        // "in Afghanistan's eastern Paktika province": the place inside the state.
        if (type === 'State') {
          const inner = placeOfState(article, v, m.tokEnd);
          if (inner !== undefined) {
            locations.push(inner.place);
            j = inner.end - 1;
            continue;
          }
        }
        const inner = placeNamedAfter(article, v, m);
        if (inner !== undefined) locations.push(inner);
        // "in Sumy, Poltava and Odesa": the places listed after the first.
        const more =
          type === 'Place' ? placeList(article, v, placeNounAfter(v, m.tokEnd)) : { places: [], end: m.tokEnd };
        locations.push(...more.places);
        j = more.end - 1;
      }
    }
  }
  return { targets: unique(targets), locations: unique(locations) };
}

/** "'s (eastern) Paktika (province)" after a state: the place named and the token after it. */
function placeOfState(article: Article, v: SentenceView, at: number): { place: number; end: number } | undefined {
  let k = at;
  if (v.tokens[k]?.kind === 'poss') {
    k++;
    // "Yemen's rebel-held capital Sanaa", "Afghanistan's eastern Paktika province"
    for (let n = 0; n < 3 && isLowerWord(v.tokens[k]) && v.at[k] === undefined; n++) {
      const w = v.tokens[k]?.lower ?? '';
      if (!DIRECTION_WORDS.has(w) && !PLACE_NOUNS.has(w) && !w.includes('-')) return undefined;
      k++;
    }
  }
  const m = v.at[k];
  if (m === undefined || m.tok !== k || m.entity === undefined || typeOf(article, m) !== 'Place') return undefined;
  return { place: m.entity, end: placeNounAfter(v, m.tokEnd) };
}

/**
 * "The X air base in the Y desert was among the main targets": the places of the subject,
 * for the strike reported before.
 */
function amongTargets(article: Article, v: SentenceView, at: number): Frame | null {
  const { tokens } = v;
  let k = at + 1;
  if (tokens[k]?.lower === 'the') k++;
  for (let n = 0; n < 2 && isLowerWord(tokens[k]) && tokens[k]?.lower !== 'targets'; n++) k++;
  if (tokens[k]?.lower !== 'targets' && tokens[k]?.lower !== 'sites') return null;
  const places: number[] = [];
  for (let b = at - 2; b >= 0 && !isClauseBreak(tokens[b]) && tokens[b]?.text !== ','; b--) {
    const m = v.at[b];
    if (m === undefined) {
      const w = tokens[b]?.lower ?? '';
      if (!(isLowerWord(tokens[b]) || DETERMINERS.has(w) || LOCATION_WORDS.has(w) || w === 'at' || w === 'of')) break;
      continue;
    }
    if (m.entity !== undefined && typeOf(article, m) === 'Place' && !places.includes(m.entity))
      places.unshift(m.entity);
    b = m.tok;
  }
  return places.length === 0
    ? null
    : { perpetrators: [], targets: [], locations: places, definite: true, listed: true };
}

/**
 * The places of a list to the end of its clause, with those in brackets after a member:
 * "A (B, C), D (E) and F".
 */
function placesListed(article: Article, v: SentenceView, from: number): number[] {
  const out: number[] = [];
  let depth = 0;
  for (let k = from; k < v.tokens.length; k++) {
    const t = v.tokens[k] as Token;
    if (t.text === '(') depth++;
    else if (t.text === ')') depth--;
    else if (depth === 0 && (t.text === ';' || t.text === ':' || (isLowerWord(t) && t.lower !== 'and'))) break;
    const m = v.at[k];
    if (m === undefined || m.tok !== k) continue;
    if (m.entity !== undefined && typeOf(article, m) === 'Place' && !out.includes(m.entity)) out.push(m.entity);
    k = m.tokEnd - 1;
  }
  return out;
}

function singular(w: string): string {
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

/** Past a place noun after a place name ("Sweida city", "Paktika province"). */
function placeNounAfter(v: SentenceView, at: number): number {
  return PLACE_NOUNS.has(v.tokens[at]?.lower ?? '') ? at + 1 : at;
}

/** Places joined to the one ending before token `from` by commas and "and": the list and its end. */
function placeList(article: Article, v: SentenceView, from: number): { places: number[]; end: number } {
  const places: number[] = [];
  let end = from;
  for (;;) {
    let k = end;
    if (v.tokens[k]?.text === ',') k++;
    if (v.tokens[k]?.lower === 'and' || v.tokens[k]?.lower === 'or') k++;
    const m = v.at[k];
    if (k === end || m === undefined || m.tok !== k || m.entity === undefined || typeOf(article, m) !== 'Place') break;
    places.push(m.entity);
    end = m.tokEnd;
    // "Sweida city and Daraa", "Sumy and Odesa regions"
    if (PLACE_NOUNS.has(v.tokens[end]?.lower ?? '') || PLACE_NOUNS.has(singular(v.tokens[end]?.lower ?? ''))) end++;
  }
  return { places, end };
}

/**
 * The place named after "in the": "the central Sagaing region" (adjectives, then the name),
 * "the (western) (port) city of Lviv", "the capital, Sanaa".
 */
function placeAfterArticle(v: SentenceView, from: number): Mention | undefined {
  const { tokens } = v;
  let q = from;
  for (let a = 0; a < 3 && q < tokens.length; a++) {
    const here = v.at[q];
    if (here !== undefined) return here.tok === q && here.kind === 'entity' ? here : undefined;
    const w = tokens[q]?.lower ?? '';
    if (PLACE_NOUNS.has(w)) {
      const next = tokens[q + 1]?.lower;
      if (next === 'of') return v.at[q + 2];
      // "the capital, Sanaa," (set off), not "the capital, Israel said".
      const named = v.at[q + 2];
      const after = named === undefined ? undefined : tokens[named.tokEnd];
      if (next === ',' && named?.tok === q + 2 && (after === undefined || [',', '.', ';'].includes(after.text)))
        return named;
    }
    if (!isLowerWord(tokens[q])) return undefined;
    q++;
  }
  return undefined;
}

/**
 * After "PLACE,": "the capital of Y", "a town in Y", "the largest city in Y" (the place Y and
 * the token after it), or "in (central) Y" (no place yet: the scan reads it), else null.
 */
function placeApposition(article: Article, v: SentenceView, from: number): { place?: number; end: number } | null {
  const { tokens } = v;
  if (tokens[from]?.lower === 'in') return { end: from };
  if (tokens[from]?.lower !== 'the' && tokens[from]?.lower !== 'a') return null;
  let k = from + 1;
  for (let n = 0; n < 2 && isLowerWord(tokens[k]) && !PLACE_NOUNS.has(tokens[k]?.lower ?? ''); n++) k++;
  if (!PLACE_NOUNS.has(tokens[k]?.lower ?? '') || !['of', 'in'].includes(tokens[k + 1]?.lower ?? '')) return null;
  const m = v.at[k + 2];
  if (m === undefined || m.tok !== k + 2 || m.entity === undefined || !PLACES.has(typeOf(article, m) ?? 'Person'))
    return null;
  return { place: m.entity, end: m.tokEnd };
}

/** Whether a strike noun at j names its own actor in the words before it (not before `from`). */
function ownActor(article: Article, v: SentenceView, j: number, from: number): boolean {
  for (let k = j - 1; k >= from && k >= j - 3; k--) {
    if (v.tokens[k]?.kind === 'poss' || (v.at[k] !== undefined && v.at[k]?.kind === 'entity')) return true;
    if (
      !isLowerWord(v.tokens[k]) &&
      !WEAPONS.has(v.tokens[k]?.lower ?? '') &&
      !DETERMINERS.has(v.tokens[k]?.lower ?? '')
    )
      return false;
  }
  return false;
}

/**
 * "… killed four volunteers of the aid group X (X)", "killed two members of the RSF": the
 * organisation whose people a strike killed or wounded, and the token after it.
 */
function victimsOf(article: Article, v: SentenceView, from: number): { org: number; end: number } | null {
  const { tokens } = v;
  let k = from;
  const counting = (t: Token | undefined): boolean =>
    t !== undefined &&
    (t.kind === 'num' ||
      isLowerWord(t) ||
      DETERMINERS.has(t.lower) ||
      QUANTITIES.has(t.lower) ||
      COUNT_WORDS.has(t.lower));
  for (let n = 0; n < 6 && counting(tokens[k]); n++) k++;
  if (!MEMBER_NOUNS.has(tokens[k - 1]?.lower ?? '')) return null;
  const of = tokens[k]?.lower;
  if (of !== 'of' && of !== 'from') return null;
  k++;
  // "of the aid group X": the article and a common noun before the name.
  for (
    let n = 0;
    n < 2 && v.at[k] === undefined && (DETERMINERS.has(tokens[k]?.lower ?? '') || isLowerWord(tokens[k]));
    n++
  )
    k++;
  const m = v.at[k];
  if (m === undefined || m.tok !== k || m.entity === undefined || typeOf(article, m) !== 'Organization') return null;
  return { org: m.entity, end: m.tokEnd };
}

/**
 * "where senior members of the RSF's command were staying", "where Hezbollah
 * commanders were meeting": the organisation whose people the clause places there.
 */
function membersIn(article: Article, v: SentenceView, from: number): number | null {
  const { tokens } = v;
  for (let k = from; k < tokens.length && k < from + 12; k++) {
    const t = tokens[k] as Token;
    if (t.text === ',' || isClauseBreak(t)) break;
    const m = v.at[k];
    if (m === undefined || m.tok !== k || m.entity === undefined || typeOf(article, m) !== 'Organization') continue;
    let b = k - 1;
    if (tokens[b]?.lower === 'the') b--;
    const memberBefore = tokens[b]?.lower === 'of' && MEMBER_NOUNS.has(tokens[b - 1]?.lower ?? '');
    let a = m.tokEnd;
    if (tokens[a]?.kind === 'poss') a++;
    for (let n = 0; n < 2 && isLowerWord(tokens[a]) && !MEMBER_NOUNS.has(tokens[a]?.lower ?? ''); n++) a++;
    const memberAfter = MEMBER_NOUNS.has(tokens[a]?.lower ?? '');
    if (memberBefore || memberAfter) return m.entity;
    k = m.tokEnd - 1;
  }
  return null;
}

/** "The MSF depot was hit", "the RSF was struck": the actor before a passive strike verb. */
function targetBefore(article: Article, v: SentenceView, aux: number): number | undefined {
  let k = aux - 1;
  // Over the head noun of an asset: "the MSF depot", "the Hezbollah compound".
  for (let n = 0; n < 2 && isLowerWord(v.tokens[k]) && v.at[k] === undefined; n++) k--;
  const m = actorEndingAt(article, v, k, TARGETS);
  if (m === undefined || typeOf(article, m) === 'Place') return undefined;
  return m.entity;
}

/** Places named after "in", "at", "near" from token `from` to the end of the sentence. */
function placesAfter(article: Article, v: SentenceView, from: number): number[] {
  const out: number[] = [];
  for (let k = from; k < v.tokens.length; k++) {
    const w = v.tokens[k]?.lower ?? '';
    if (!LOCATION_WORDS.has(w) && w !== 'at') continue;
    let n = k + 1;
    for (
      let skip = 0;
      skip < 4 && v.at[n] === undefined && (DETERMINERS.has(v.tokens[n]?.lower ?? '') || isLowerWord(v.tokens[n]));
      skip++
    )
      n++;
    const m = v.at[n];
    if (
      m !== undefined &&
      m.tok === n &&
      m.entity !== undefined &&
      typeOf(article, m) === 'Place' &&
      !out.includes(m.entity)
    )
      out.push(m.entity);
  }
  return out;
}

/** Whether a place lies in one of `places` (a state or a larger place), by the gazetteer. */
function within(article: Article, place: number, places: readonly number[]): boolean {
  const e = article.entities[place];
  if (e === undefined || e.key.startsWith('new:')) return false;
  return places.some((p) => {
    const o = article.entities[p];
    return o !== undefined && (o.key === `state:${e.country ?? ''}` || o.key === PLACE_WITHIN.get(e.key));
  });
}

/** "Kyiv blamed Moscow for the strike", "accused the RSF of the attack": the one blamed. */
function blamedBefore(article: Article, v: SentenceView, phraseStart: number): number[] {
  const { tokens } = v;
  let k = phraseStart;
  if (DETERMINERS.has(tokens[k]?.lower ?? '') || tokens[k]?.lower === 'its' || tokens[k]?.lower === 'their') k--;
  // "of carrying out the attack"
  if (tokens[k]?.lower === 'out' && tokens[k - 1]?.lower === 'carrying') k -= 2;
  const prep = tokens[k]?.lower;
  if (prep !== 'for' && prep !== 'of') return [];
  const m = actorEndingAt(article, v, k - 1, PERPETRATORS);
  if (m?.entity === undefined) return [];
  const verb = tokens[m.tok - 1]?.lower === 'the' ? m.tok - 2 : m.tok - 1;
  return BLAME_VERBS.has(tokens[verb]?.lower ?? '') ? [m.entity] : [];
}

/**
 * "a drone strike …, which Baghdad blamed on X", "the bombing, widely attributed to X":
 * the party the strike is attributed to, in a clause that follows the strike noun.
 */
function attributedAfter(article: Article, v: SentenceView, i: number): number[] {
  const { tokens } = v;
  let relative = false;
  for (let k = i + 1; k + 1 < tokens.length && k < i + 30; k++) {
    const t = tokens[k] as Token;
    if (t.text === ';' || t.text === ':' || (k > i + 1 && (NOUNS.has(t.lower) || WEAPONS.has(t.lower)))) break;
    if (t.lower === 'which' || t.lower === 'that') relative = true;
    if (!ATTRIBUTION.has(`${t.lower} ${tokens[k + 1]?.lower ?? ''}`)) continue;
    // The attribution must be about the strike: in a relative clause or a passive after it.
    const passive = PASSIVE.has(tokens[k - 1]?.lower ?? '') || tokens[k - 1]?.lower === 'widely';
    if (!relative && !passive) return [];
    return entitiesOf(listAfter(article, v, k + 2, PERPETRATORS, 2).mentions);
  }
  return [];
}

/**
 * "the group claimed responsibility for a rocket attack", "RSF commanders responsible for the
 * assault": the actor named just before "responsible"/"responsibility". With no actor named in
 * the sentence, a definite strike ("the pair bear responsibility for killings during the raid
 * on the town") takes the organisation the sentence before names (the one the article names
 * most). Not after a denial, a question or unnamed people ("those responsible").
 */
function responsibleBefore(
  article: Article,
  v: SentenceView,
  phraseStart: number,
  targets: readonly number[],
  definite: boolean,
): number[] {
  const { tokens } = v;
  let at = -1;
  for (let k = phraseStart; k >= 0 && k >= phraseStart - 25; k--) {
    const t = tokens[k] as Token;
    if (t.text === ';' || t.text === ':' || (k < phraseStart && (NOUNS.has(t.lower) || WEAPONS.has(t.lower))))
      return [];
    if (t.lower === 'responsible' || t.lower === 'responsibility') {
      at = k;
      break;
    }
  }
  if (at < 0) return [];
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) if (NOT_RESPONSIBLE.has(tokens[k]?.lower ?? '')) return [];
  const fits = (m: Mention | undefined): m is Mention => m?.entity !== undefined && !targets.includes(m.entity);
  const here = nearestMention(article, v, at, PERPETRATORS);
  if (here !== undefined) return fits(here) && at - here.tokEnd <= 6 ? [here.entity as number] : [];
  if (!definite) return [];
  const prev = article.views[v.sentence.index - 1];
  if (prev === undefined) return [];
  let best: Mention | undefined;
  for (const m of prev.mentions) {
    if (typeOf(article, m) !== 'Organization' || !fits(m)) continue;
    if (best === undefined || article.count(m.entity as number) > article.count(best.entity as number)) best = m;
  }
  return best === undefined ? [] : [best.entity as number];
}

/** Adds the state of each located place, drops self-targeting, resolves state forces. */
function finish(article: Article, f: Frame): Frame {
  // A state attacked is also where the strike happened, unless the text places the strike in
  // another state ("Kenya's embassy in Khartoum").
  const locations = [...f.locations];
  const elsewhere = (state: number): boolean =>
    f.locations.some((l) => {
      const country = article.entities[l]?.country;
      return country !== null && country !== undefined && `state:${country}` !== article.entities[state]?.key;
    });
  for (const t of f.targets)
    if (article.entities[t]?.type === 'State' && !locations.includes(t) && !elsewhere(t)) locations.push(t);
  for (const l of [...locations]) {
    const e = article.entities[l];
    if (e === undefined || e.type !== 'Place') continue;
    // "Jabalia" in an article that names Gaza: the strike was in the Gaza Strip too.
    const parentKey = PLACE_WITHIN.get(e.key);
    const parent =
      parentKey === undefined ? undefined : article.entities.find((x) => x.key === parentKey && x.mentionCount > 0);
    if (parent !== undefined && !locations.includes(parent.index)) locations.push(parent.index);
    const country = e.country;
    if (country === null) continue;
    const state = article.entities.find((x) => x.key === `state:${country}` && x.mentionCount > 0);
    if (state !== undefined && !locations.includes(state.index)) locations.push(state.index);
  }
  return {
    perpetrators: f.perpetrators,
    targets: f.targets.filter((t) => !f.perpetrators.includes(t)),
    locations: locations.filter((l) => !f.perpetrators.includes(l)),
    definite: f.definite,
  };
}

function hasPerson(article: Article, ids: readonly number[]): boolean {
  return ids.some((x) => article.entities[x]?.type === 'Person');
}

/**
 * The subject of a passive killing in a sentence that reports a strike: "X, the group's
 * leader, was killed in a bombing", "before he was ruthlessly assassinated in a strike" (a
 * pronoun stands for the person it refers to).
 */
function killedSubjects(article: Article, v: SentenceView): number[] {
  const { tokens } = v;
  for (let k = 1; k < tokens.length; k++) {
    if (!KILLED_PARTICIPLES.has(tokens[k]?.lower ?? '')) continue;
    let aux = k - 1;
    if (tokens[aux]?.kind === 'word' && tokens[aux]?.lower.endsWith('ly') === true) aux--;
    if (!PASSIVE.has(tokens[aux]?.lower ?? '') || tokens[aux]?.lower === 'were') continue;
    // "was killed in a (July) bombing": the strike itself did the killing ("killed when
    // forces shelled the town" names victims, not a target).
    if (tokens[k]?.lower === 'killed' && !strikeNounAfter(tokens, k + 1)) continue;
    const before = tokens[aux - 1]?.lower;
    const m =
      before === 'he' || before === 'she'
        ? (mainSubject(article, v, aux - 1) ?? personForPronoun(article, article.views, v, aux - 1))
        : subjectBefore(article, v, aux, PERSON);
    if (m?.entity === undefined || typeOf(article, m) !== 'Person') continue;
    // "X, the son of Y, was killed": Y is named to describe X.
    let b = m.tok - 1;
    while (b >= 0 && b >= m.tok - 6 && tokens[b]?.text !== ',' && tokens[b]?.lower !== 'of') b--;
    if (tokens[b]?.lower !== 'of') return [m.entity];
    while (b >= 0 && tokens[b]?.text !== ',') b--;
    const head = actorEndingAt(article, v, b - 1, PERSON);
    return head?.entity === undefined ? [] : [head.entity];
  }
  return [];
}

/** "in a (suspected) July bombing", "by an Israeli strike": a strike noun right after a participle. */
function strikeNounAfter(tokens: readonly Token[], from: number): boolean {
  const prep = tokens[from]?.lower;
  if (prep !== 'in' && prep !== 'by') return false;
  for (let k = from + 1; k < from + 6 && k < tokens.length; k++) {
    const w = tokens[k] as Token;
    if (NOUNS.has(w.lower) || WEAPONS.has(w.lower)) return true;
    if (w.kind === 'punct') return false;
  }
  return false;
}

/**
 * "X spent his last hours at the ceremony of Y before he was killed": a pronoun after a
 * subordinator stands for the person who is the subject of the main clause (the first person
 * the sentence names, before any verb), not for the person named last.
 */
function mainSubject(article: Article, v: SentenceView, pronoun: number): Mention | undefined {
  if (!SUBORDINATORS.has(v.tokens[pronoun - 1]?.lower ?? '')) return undefined;
  for (let k = 0; k < pronoun; k++) {
    const m = v.at[k];
    if (m === undefined) {
      if (v.tokens[k]?.kind === 'word' && !v.tokens[k]?.cap) return undefined;
      continue;
    }
    if (m.kind === 'entity' && typeOf(article, m) === 'Person') return m;
    k = m.tokEnd - 1;
  }
  return undefined;
}

/** Named people "… were killed" in a sentence that reports a strike. */
function killedIn(article: Article, v: SentenceView): number[] {
  const { tokens } = v;
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k]?.lower !== 'killed' || !PASSIVE.has(tokens[k - 1]?.lower ?? '')) continue;
    const out: number[] = [];
    // Only the clause of "were killed": not the people of a main clause before "after …".
    let opener = -1;
    for (let b = 0; b < k; b++) if (SUBORDINATORS.has(tokens[b]?.lower ?? '')) opener = b;
    for (const m of v.mentions) {
      if (m.tok >= k || m.tok < opener || typeOf(article, m) !== 'Person' || m.entity === undefined) continue;
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
  // "launched on Thursday around 400 drones"
  if (TEMPORAL_WORDS.has(t.lower) || (t.lower === 'on' && TEMPORAL_WORDS.has(v.tokens[at + 1]?.lower ?? '')))
    return true;
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

function baseWord(word: string): string {
  const singular = word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
  return STRIKE_WORD_BASE[singular] ?? STRIKE_WORD_BASE[word] ?? singular;
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
function inferTargets(strikes: readonly StrikeDraft[], article: Article): void {
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
