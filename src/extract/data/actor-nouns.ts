/**
 * Common nouns that stand for actors or places, or say what kind of name comes with them:
 * "the militants" (an armed group), "Hezbollah commanders" (its members), "the city of",
 * "the Jenin checkpoint", "a member of the cabinet".
 *
 * Source: general knowledge of English news usage. All lower case.
 */

export const MILITARY_NOUNS: ReadonlySet<string> = new Set([
  'military',
  'army',
  'forces',
  'troops',
  'air',
  'navy',
  'soldiers',
  'jets',
  'warplanes',
  'aircraft',
  'drones',
  'missiles',
  'rockets',
  'artillery',
  'tanks',
  'government',
  'authorities',
  'militants',
  'fighters',
  'rebels',
  'militia',
  'militias',
  'insurgents',
  'gunmen',
  'police',
]);

/** "the group", "the militant group": the organisation named last. */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'group',
  'movement',
  'militia',
  'organisation',
  'organization',
]);

/**
 * "He"/"She" opening a clause: the person the previous sentence is about (its first person),
 * or within a sentence the nearest person before.
 */
/** Plural nouns for the fighters of an armed group: "the rebels" stands for the group named last. */
export const ARMED_NOUNS: ReadonlySet<string> = new Set([
  'rebels',
  'militants',
  'insurgents',
  'jihadists',
  'paramilitaries',
]);

/** "the southern Gaza city of Rafah": the place after "city of" is the one meant. */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
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

/** People of a group: "where Hezbollah commanders were meeting", "four volunteers of the aid group". */
export const MEMBER_NOUNS: ReadonlySet<string> = new Set([
  'leaders',
  'leader',
  'leadership',
  'officials',
  'members',
  'commanders',
  'fighters',
  'militants',
  'operatives',
  'negotiators',
  'delegation',
  'team',
  'staff',
  'workers',
  'employees',
  'volunteers',
  'personnel',
  'soldiers',
  'officers',
  'guards',
]);

/**
 * Lower-case bodies of a state: "a member of the national cabinet", "government spokesman X". An
 * office held in one is a state office even when its title is not ("member", "spokesman").
 */
export const STATE_BODY_WORDS: ReadonlySet<string> = new Set([
  'cabinet',
  'government',
  'parliament',
  'administration',
  'presidency',
]);

/**
 * Nouns after a name that make it a named facility, a place of its own: "the Tal Umar crossing",
 * "the Kessel air base". A town named in a facility ("the Jenin checkpoint") is not mentioned
 * as the town. Airports and bases only after new names: "Goma airport" still names Goma.
 */
export const FACILITY_NOUNS: ReadonlySet<string> = new Set(['crossing', 'checkpoint']);

export const NEW_FACILITY_NOUNS: ReadonlySet<string> = new Set(['crossing', 'checkpoint', 'airport', 'airbase']);

/**
 * Head words of a named service of a state's forces: "Israeli Navy", "Russian Navy". ("The
 * Israeli Army" and "the Russian military" describe a state's forces and name no body.)
 */
export const FORCE_HEADS: ReadonlySet<string> = new Set(['navy']);

/** The second half of "Pakistan-administered Kashmir", "Russian-occupied Crimea": a place under a state's control. */
export const CONTROL_PARTICIPLES: ReadonlySet<string> = new Set([
  'administered',
  'controlled',
  'occupied',
  'held',
  'annexed',
]);
