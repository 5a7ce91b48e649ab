/**
 * Words that signal events, and the words around them that set their attributes.
 *
 * Source: general knowledge of English news usage about courts, military action and
 * diplomacy; charges follow the crimes of the Rome Statute, art. 5–8 bis
 * (https://www.icc-cpi.int/sites/default/files/RS-Eng.pdf). All matching is on lower-cased
 * words.
 */

import type { MeetingMode, WarrantStatus } from '../../contracts/extraction-document.js';

// Warrants ----------------------------------------------------------------------------------

/** Nouns that name a warrant on their own ("arrest warrants", "the warrant"). */
export const WARRANT_NOUNS: readonly string[] = ['warrant', 'warrants'];

/** Nouns that name a warrant-like step only when a court is the actor ("ICC charges"). */
export const WEAK_WARRANT_NOUNS: readonly string[] = [
  'charges',
  'charge',
  'proceedings',
  'prosecution',
  'indictment',
  'indictments',
];

/** Words before a warrant noun that set its status; the nearest one wins. */
export const WARRANT_STATUS_WORDS: Readonly<Record<string, WarrantStatus>> = {
  issued: 'issued',
  issues: 'issued',
  issuing: 'considered',
  issue: 'considered',
  wanted: 'issued',
  executed: 'issued',
  enforce: 'issued',
  enforced: 'issued',
  retract: 'issued',
  existing: 'issued',
  outstanding: 'issued',
  requested: 'requested',
  request: 'requested',
  requests: 'requested',
  requesting: 'requested',
  sought: 'requested',
  seek: 'requested',
  seeks: 'requested',
  seeking: 'requested',
  applied: 'requested',
  application: 'requested',
  applications: 'requested',
  pursued: 'requested',
  pursue: 'requested',
  pursuing: 'requested',
  filed: 'requested',
  considering: 'considered',
  consider: 'considered',
  considered: 'considered',
  weighing: 'considered',
  possible: 'considered',
  potential: 'considered',
  prepare: 'considered',
  preparing: 'considered',
  prospect: 'considered',
  could: 'considered',
  may: 'considered',
  might: 'considered',
  can: 'considered',
  speculation: 'considered',
  face: 'considered',
  threatened: 'threatened',
  threatens: 'threatened',
  threatening: 'threatened',
  threat: 'threatened',
  withdrew: 'withdrawn',
  withdrawn: 'withdrawn',
  withdraw: 'withdrawn',
  revoked: 'withdrawn',
  rescinded: 'withdrawn',
  cancelled: 'withdrawn',
  canceled: 'withdrawn',
  quashed: 'withdrawn',
  dropped: 'withdrawn',
  lifted: 'withdrawn',
};

/** Crimes named as charges, longest first. */
export const CHARGES: readonly string[] = [
  'crimes against humanity',
  'crime against humanity',
  'war crimes',
  'war crime',
  'genocide',
  'crime of aggression',
  'torture',
  'persecution',
  'extermination',
  'deportation',
  'starvation as a method of warfare',
];

// Strikes -----------------------------------------------------------------------------------

/** Nouns that name a military strike ("air strike", "drone strike" end in one of them). */
export const STRIKE_NOUNS: readonly string[] = [
  'strike',
  'strikes',
  'airstrike',
  'airstrikes',
  'attack',
  'attacks',
  'assault',
  'offensive',
  'incursion',
  'bombing',
  'bombings',
  'bombardment',
  'raid',
  'raids',
  'shelling',
  'onslaught',
  'invasion',
  'operation',
  'operations',
  'campaign',
];

/** Strike nouns whose "of" names the target: "its bombardment of Lebanon", "the invasion of Ukraine". */
export const STRIKE_NOUNS_WITH_OF_TARGET: readonly string[] = [
  'bombing',
  'bombings',
  'bombardment',
  'shelling',
  'invasion',
  'onslaught',
];

/**
 * Nouns of a killing that count as a strike only with a named actor and victim: "the 2020 US
 * killing of General X", "Israel's assassination of X". The victim is the target.
 */
export const KILLING_NOUNS: readonly string[] = ['killing', 'assassination'];

/** Participles of a passive killing whose subject a strike killed: "X was assassinated in a strike". */
export const KILLED_PARTICIPLES: ReadonlySet<string> = new Set(['killed', 'assassinated']);

/** Weapons: a strike only when someone is said to fire them ("Hezbollah fired rockets at …"). */
export const WEAPON_NOUNS: readonly string[] = [
  'rockets',
  'rocket',
  'missiles',
  'missile',
  'drones',
  'drone',
  'shells',
  'shell',
  'bomb',
  'mortars',
  'mortar',
  'bombs',
  'projectiles',
  'barrage',
  'salvo',
];

/** Strike nouns that need a military word before them ("military operations"). */
export const STRIKE_NOUNS_NEEDING_MILITARY: readonly string[] = ['operation', 'operations', 'campaign'];

/**
 * Verbs whose subject carried out a strike and whose object was its target. Present-tense
 * forms that are also plural nouns ("strikes", "attacks", "targets") are left out: read as
 * verbs they turn "Houthi targets in Yemen" into an attack by the Houthis.
 */
export const STRIKE_VERBS: readonly string[] = [
  'struck',
  'attacked',
  'bombed',
  'shelled',
  'invaded',
  'invades',
  'raided',
  'hit',
  'targeted',
  'pounded',
  'stormed',
];

/** Verbs whose subject is the perpetrator of the strike noun they govern ("Israel launched an offensive"). */
export const AGENTIVE_VERBS: readonly string[] = [
  'launched',
  'launches',
  'launch',
  'conducted',
  'conducts',
  'carried',
  'carries',
  'staged',
  'mounted',
  'began',
  'begun',
  'started',
  'continued',
  'expanded',
  'intensified',
  'killed',
  'kills',
  'waged',
  'wages',
  'unleashed',
  'executed',
  'ordered',
  'fired',
  'fires',
  'firing',
  'responded',
  'retaliated',
  'resumed',
  'renewed',
];

/** Verbs whose subject survived the strike and was therefore its target. */
export const SURVIVE_VERBS: readonly string[] = ['survived', 'survives', 'escaped', 'escapes', 'evaded'];

// Meetings ----------------------------------------------------------------------------------

/** Verbs of meeting or speaking whose subject and object are participants. */
export const MEETING_VERBS: Readonly<Record<string, MeetingMode>> = {
  met: 'in_person',
  meet: 'in_person',
  meets: 'in_person',
  meeting: 'in_person',
  hosted: 'in_person',
  hosts: 'in_person',
  visited: 'in_person',
  received: 'in_person',
  welcomed: 'in_person',
  phoned: 'phone_call',
  called: 'phone_call',
  telephoned: 'phone_call',
  rang: 'phone_call',
  spoke: 'unknown',
  speaks: 'unknown',
  spoken: 'unknown',
  talked: 'unknown',
  contacted: 'unknown',
};

/** Person nouns between a possessive and a meeting's partner: "received her counterpart X". */
export const COUNTERPART_NOUNS: ReadonlySet<string> = new Set(['counterpart', 'guest', 'host', 'visitor']);

/** Nouns of "the two leaders held talks": the pair named last before. */
export const PAIR_NOUNS: ReadonlySet<string> = new Set(['leaders', 'men', 'ministers', 'presidents', 'officials']);

/** Phrasal meeting verbs: "reached out to", "held talks with". */
export const MEETING_PHRASES: readonly { readonly words: string; readonly mode: MeetingMode }[] = [
  { words: 'reached out to', mode: 'unknown' },
  { words: 'held talks with', mode: 'in_person' },
  { words: 'holds talks with', mode: 'in_person' },
  { words: 'spoke by phone with', mode: 'phone_call' },
  { words: 'spoke by phone to', mode: 'phone_call' },
  { words: 'spoke on the phone with', mode: 'phone_call' },
  { words: 'spoke by telephone with', mode: 'phone_call' },
  { words: 'held a phone call with', mode: 'phone_call' },
  { words: 'held a call with', mode: 'phone_call' },
  { words: 'held a video call with', mode: 'virtual' },
];

/** Nouns for meetings and calls: "a phone call between A and B", "in a conversation". */
export const MEETING_NOUNS: Readonly<Record<string, MeetingMode>> = {
  meeting: 'in_person',
  meetings: 'in_person',
  talks: 'in_person',
  summit: 'in_person',
  visit: 'in_person',
  'phone call': 'phone_call',
  'telephone call': 'phone_call',
  'phone conversation': 'phone_call',
  'telephone conversation': 'phone_call',
  call: 'phone_call',
  'video call': 'virtual',
  videoconference: 'virtual',
  'video conference': 'virtual',
  'virtual meeting': 'virtual',
  conversation: 'unknown',
  // "A and B discussed the war by phone"
  'by phone': 'phone_call',
  'by telephone': 'phone_call',
};

/** Verbs that add their subject to a meeting already reported ("who also attended the meeting"). */
export const ATTEND_VERBS: readonly string[] = ['attended', 'joined', 'attends', 'joins'];

export const MILITARY_ADJECTIVES: ReadonlySet<string> = new Set([
  'military',
  'ground',
  'air',
  'aerial',
  'bombing',
  'naval',
  'army',
]);

// "The strike hit Doha": a strike verb after the strike noun introduces its target too.
export const TARGET_WORDS: ReadonlySet<string> = new Set([
  'against',
  'on',
  'targeting',
  'targeted',
  'targets',
  'at',
  'hit',
  'struck',
  'pounded',
  'striking',
  'hitting',
  'pounding',
]);

/** ", striking energy sites in Lviv": a participle after a comma goes on with the strike's phrase. */
export const STRIKE_PARTICIPLES: ReadonlySet<string> = new Set([
  'striking',
  'hitting',
  'targeting',
  'pounding',
  'shelling',
  'bombing',
]);

/** Verbs of firing at a target without a weapon noun: "troops fired on the base", "opened fire at". */
export const FIRING_VERBS: ReadonlySet<string> = new Set(['fired', 'opened']);

/** "a shell fired by the rebels": participles between a weapon and its "by". */
export const FIRED: ReadonlySet<string> = new Set(['fired', 'launched', 'dropped', 'carried']);

/** Words that end the phrase of a strike: after them a new clause begins. */
export const STRIKE_PHRASE_END: ReadonlySet<string> = new Set([
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

/** "a strike killed seven staff of X": the verb after a strike noun that names its victims. */
export const HARM_VERBS: ReadonlySet<string> = new Set(['killed', 'wounded', 'injured', 'kills', 'wounds', 'injures']);

/** "which Baghdad blamed on X", "widely attributed to X". */
export const ATTRIBUTION: ReadonlySet<string> = new Set([
  'blamed on',
  'blames on',
  'pinned on',
  'attributed to',
  'attributes to',
]);

/** "Kyiv blamed Moscow for the strike", "accused the RSF of the attack". */
export const BLAME_VERBS: ReadonlySet<string> = new Set([
  'blamed',
  'blames',
  'blaming',
  'accused',
  'accuses',
  'accusing',
]);

/** Words after which a responsibility is not claimed: "denied responsibility", "who was responsible". */
export const NOT_RESPONSIBLE: ReadonlySet<string> = new Set([
  'denied',
  'denies',
  'denying',
  'not',
  'no',
  'who',
  'whether',
  'unclear',
  'rejected',
  'those',
  'whoever',
  'anyone',
  'perpetrators',
]);

export const STRIKE_WORD_BASE: Readonly<Record<string, string>> = {
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

export const SUBJECT_PREPOSITIONS: ReadonlySet<string> = new Set([
  'for',
  'against',
  'targeting',
  'on',
  'accusing',
  'charging',
  'naming',
  'including',
]);

export const FOLLOW_UP_VERBS: ReadonlySet<string> = new Set([
  'targeted',
  'named',
  'charged',
  'sought',
  'wanted',
  'indicted',
]);

/** What a warrant is written in or asked for by: "the officials named in the requests". */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'warrant',
  'warrants',
  'request',
  'requests',
  'application',
  'applications',
  'indictment',
  'indictments',
]);

/** "X was arrested on a warrant": verbs of holding someone under a warrant. */
export const HELD_VERBS: ReadonlySet<string> = new Set([
  'arrested',
  'detained',
  'held',
  'apprehended',
  'extradited',
  'surrendered',
  'transferred',
]);

export const NAMING_VERBS: ReadonlySet<string> = new Set([
  'name',
  'names',
  'named',
  'target',
  'targets',
  'targeted',
  'cover',
  'covers',
  'covered',
]);

/** Verbs that need "with"/"to" before their partner. */
export const NEEDS_WITH: ReadonlySet<string> = new Set(['spoke', 'speaks', 'spoken', 'talked']);

/** Words after which the partner search stops. */
export const PARTNER_END: ReadonlySet<string> = new Set([
  'as',
  'to',
  'who',
  'which',
  'that',
  'after',
  'before',
  'because',
  'while',
  'but',
  'said',
  'says',
  'told',
  'over',
  'about',
  'amid',
  'and',
  'by',
  'for',
]);

export const NOT_A_CALL: ReadonlySet<string> = new Set(['on', 'for', 'it', 'off', 'up', 'out']);

/** Words before "meeting" that make it the noun, not the verb: "a meeting", "an emergency meeting". */
export const MEETING_NOUN_MARKERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'his',
  'her',
  'their',
  'its',
  'private',
  'emergency',
]);

/** Nouns that end a topic: "discussed X in a phone call". */
export const CONVERSATION_NOUNS: ReadonlySet<string> = new Set(['call', 'phone', 'meeting', 'conversation']);

/** Verbs whose subjects hold the meeting their object names: "A and B held talks". */
export const HOLD_VERBS: ReadonlySet<string> = new Set([
  'held',
  'hold',
  'holds',
  'holding',
  'began',
  'begun',
  'opened',
  'concluded',
  'wrapped',
  'had',
]);

/** Nouns of a national judiciary: "French judicial authorities", "a South Korean court". */
export const JUDICIAL_NOUNS: ReadonlySet<string> = new Set([
  'judicial',
  'judiciary',
  'justice',
  'court',
  'courts',
  'judge',
  'judges',
  'magistrate',
  'magistrates',
  'prosecutor',
  'prosecutors',
  'prosecution',
  'tribunal',
  'authorities',
  'police',
]);

/** Words before "a warrant" that tie an arrest to it: "on", "under", "in response to", "pursuant to". */
export const WARRANT_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'under', 'to', 'of', 'following']);
