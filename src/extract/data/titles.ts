/**
 * Office titles with their canonical role names, and honorifics.
 *
 * Sources: general knowledge of English news usage, checked against the AP Stylebook entries
 * "titles" and "foreign governmental bodies" and the UN Protocol and Liaison Service's list of
 * Heads of State, Heads of Government and Ministers for Foreign Affairs
 * (https://www.un.org/dgacm/en/content/protocol/hshgnfa).
 *
 * `scope` says which kind of body the office belongs to when the text does not say:
 * 'state' offices are inferred from the states named nearby ("President Joe Biden" in an
 * article about Washington), 'court' offices from the court named nearby, 'org' offices are
 * only linked to a body the text names ("Hamas leader X").
 * Phrases are matched case-insensitively; both spellings of defence/defense are listed.
 */

export type TitleScope = 'state' | 'court' | 'org';

export interface TitleEntry {
  readonly role: string;
  readonly scope: TitleScope;
  readonly phrases: readonly string[];
  /** Plural phrases: "Hamas leaders X and Y" gives each the role. */
  readonly plurals?: readonly string[];
}

/**
 * Title spellings that are also common given names. English news spells the title "Emir";
 * "Amir" before a name is nearly always the name itself ("Amir Peretz", "Amir Ohana"). Such a
 * word stays a title when no name follows it directly ("the Amir of Kuwait", "Amir Sheikh …").
 */
export const TITLES_ALSO_GIVEN_NAMES: ReadonlySet<string> = new Set(['amir']);

/** Ministries named before "minister" or after "minister of": "Commerce Minister X". */
const MINISTRY_DOMAINS_OF_TITLES: readonly string[] = [
  'Commerce',
  'Trade',
  'Economy',
  'Energy',
  'Information',
  'Culture',
  'Education',
  'Agriculture',
  'Transport',
  'Tourism',
  'Communications',
  'Labour',
  'Labor',
  'Water',
  'Oil',
  'Industry',
  'Planning',
  'Heritage',
  'Diaspora',
  'Intelligence',
  'Security',
  'Environment',
  'Immigration',
  'Housing',
  'Welfare',
  'Science',
];

/** Departments named before "secretary": "Commerce Secretary X" (United States, United Kingdom). */
const SECRETARY_DOMAINS: readonly string[] = [
  'Commerce',
  'Energy',
  'Homeland Security',
  'Interior',
  'Health',
  'Education',
  'Labor',
  'Transportation',
  'Agriculture',
  'Business',
  'Culture',
];

export const TITLES: readonly TitleEntry[] = [
  // Heads of state and government
  { role: 'President', scope: 'state', phrases: ['president'], plurals: ['presidents'] },
  { role: 'Vice President', scope: 'state', phrases: ['vice president', 'vice-president'] },
  {
    role: 'Prime Minister',
    scope: 'state',
    phrases: ['prime minister', 'premier', 'PM'],
    plurals: ['prime ministers'],
  },
  {
    role: 'Deputy Prime Minister',
    scope: 'state',
    phrases: ['deputy prime minister', 'first deputy prime minister', 'deputy premier'],
  },
  { role: 'Vice Premier', scope: 'state', phrases: ['vice premier', 'vice-premier'] },
  // A national office: "Ukrainian Prosecutor General X", "the Attorney General".
  {
    role: 'Prosecutor General',
    scope: 'state',
    phrases: ['prosecutor general', 'prosecutor-general', 'attorney general', 'attorney-general'],
  },
  { role: 'State Counsellor', scope: 'state', phrases: ['state counsellor', 'state counselor'] },
  { role: 'Chancellor', scope: 'state', phrases: ['chancellor'] },
  { role: 'Emir', scope: 'state', phrases: ['emir', 'amir'] },
  { role: 'King', scope: 'state', phrases: ['king'] },
  { role: 'Queen', scope: 'state', phrases: ['queen'] },
  { role: 'Crown Prince', scope: 'state', phrases: ['crown prince'] },
  { role: 'Sultan', scope: 'state', phrases: ['sultan'] },
  { role: 'Supreme Leader', scope: 'state', phrases: ['supreme leader'] },

  // Ministers and secretaries
  {
    role: 'Foreign Minister',
    scope: 'state',
    phrases: ['foreign minister', 'minister of foreign affairs', 'foreign affairs minister'],
    plurals: ['foreign ministers'],
  },
  {
    role: 'Defense Minister',
    scope: 'state',
    phrases: ['defense minister', 'defence minister', 'minister of defense', 'minister of defence'],
    plurals: ['defense ministers', 'defence ministers'],
  },
  {
    role: 'Interior Minister',
    scope: 'state',
    phrases: ['interior minister', 'minister of interior', 'minister of the interior'],
  },
  { role: 'Finance Minister', scope: 'state', phrases: ['finance minister', 'minister of finance'] },
  { role: 'Justice Minister', scope: 'state', phrases: ['justice minister', 'minister of justice'] },
  {
    role: 'National Security Minister',
    scope: 'state',
    phrases: ['national security minister', 'minister of national security'],
  },
  { role: 'Strategic Affairs Minister', scope: 'state', phrases: ['strategic affairs minister'] },
  { role: 'Health Minister', scope: 'state', phrases: ['health minister', 'minister of health'] },
  { role: 'Deputy Foreign Minister', scope: 'state', phrases: ['deputy foreign minister'] },
  { role: 'Deputy Defense Minister', scope: 'state', phrases: ['deputy defense minister', 'deputy defence minister'] },
  ...MINISTRY_DOMAINS_OF_TITLES.map((domain): TitleEntry => ({
    role: `${domain} Minister`,
    scope: 'state',
    phrases: [`${domain.toLowerCase()} minister`, `minister of ${domain.toLowerCase()}`],
  })),
  ...SECRETARY_DOMAINS.map((domain): TitleEntry => ({
    role: `${domain} Secretary`,
    scope: 'state',
    phrases: [`${domain.toLowerCase()} secretary`, `secretary of ${domain.toLowerCase()}`],
  })),
  { role: 'Under Secretary', scope: 'state', phrases: ['under secretary', 'undersecretary', 'under-secretary'] },
  {
    role: 'Communications Director',
    scope: 'state',
    phrases: ['communications director', 'director of communications'],
  },
  {
    role: 'adviser',
    scope: 'state',
    phrases: [
      'adviser',
      'advisor',
      'aide',
      'presidential aide',
      'presidential adviser',
      'presidential advisor',
      'senior adviser',
      'senior advisor',
      'chief presidential adviser',
      'chief presidential advisor',
      'foreign affairs adviser',
      'foreign affairs advisor',
      'foreign policy adviser',
      'foreign policy advisor',
    ],
  },
  {
    role: 'intelligence chief',
    scope: 'state',
    phrases: ['intelligence chief', 'spy chief', 'spymaster', 'security chief', 'intelligence head'],
  },
  {
    role: 'Minister',
    scope: 'state',
    phrases: ['minister', 'cabinet minister'],
    plurals: ['ministers', 'cabinet ministers'],
  },
  { role: 'Minister of State', scope: 'state', phrases: ['minister of state'] },
  { role: 'Secretary of State', scope: 'state', phrases: ['secretary of state'] },
  {
    role: 'Secretary of Defense',
    scope: 'state',
    phrases: ['secretary of defense', 'defense secretary', 'defence secretary', 'secretary of war', 'war secretary'],
  },
  { role: 'Foreign Secretary', scope: 'state', phrases: ['foreign secretary'] },
  { role: 'Home Secretary', scope: 'state', phrases: ['home secretary'] },
  { role: 'Justice Secretary', scope: 'state', phrases: ['justice secretary'] },
  {
    role: 'Treasury Secretary',
    scope: 'state',
    phrases: ['treasury secretary', 'secretary of the treasury', 'treasury chief'],
  },
  { role: 'Secretary', scope: 'state', phrases: ['secretary', 'cabinet secretary'] },
  {
    role: 'National Security Adviser',
    scope: 'state',
    phrases: ['national security adviser', 'national security advisor'],
  },
  { role: 'Attorney General', scope: 'state', phrases: ['attorney general', 'attorney-general'] },
  {
    role: 'Ambassador',
    scope: 'state',
    phrases: [
      'ambassador',
      'UN ambassador',
      'U.N. ambassador',
      'ambassador to the UN',
      'ambassador to the U.N.',
      'ambassador to the United Nations',
      'UN envoy',
    ],
  },
  { role: 'Representative', scope: 'state', phrases: ['representative', 'permanent representative'] },
  {
    role: 'Special Envoy',
    scope: 'state',
    phrases: ['special envoy', 'envoy', 'peace envoy', 'presidential envoy', 'special presidential envoy'],
  },
  {
    role: 'Chief of Staff',
    scope: 'state',
    phrases: [
      'chief of staff',
      'army chief',
      'army chief of staff',
      'military chief of staff',
      'chief of the general staff',
      'chief of general staff',
    ],
  },
  { role: 'Speaker', scope: 'state', phrases: ['speaker'] },

  // Courts
  { role: 'Chief Prosecutor', scope: 'court', phrases: ['chief prosecutor'] },
  { role: 'Prosecutor', scope: 'court', phrases: ['prosecutor'], plurals: ['prosecutors'] },
  { role: 'Deputy Prosecutor', scope: 'court', phrases: ['deputy prosecutor'], plurals: ['deputy prosecutors'] },
  { role: 'Judge', scope: 'court', phrases: ['judge', 'presiding judge'], plurals: ['judges'] },
  { role: 'Registrar', scope: 'court', phrases: ['registrar'] },

  // Organisations
  { role: 'Secretary-General', scope: 'org', phrases: ['secretary-general', 'secretary general'] },
  { role: 'High Commissioner', scope: 'org', phrases: ['high commissioner'] },
  { role: 'High Representative', scope: 'org', phrases: ['high representative'] },
  { role: 'founder', scope: 'org', phrases: ['founder', 'co-founder'] },
  { role: 'commander-in-chief', scope: 'org', phrases: ['commander-in-chief', 'commander in chief'] },
  { role: 'lawyer', scope: 'org', phrases: ['lawyer', 'attorney'] },
  { role: 'correspondent', scope: 'org', phrases: ['correspondent', 'reporter'] },
  { role: 'Special Rapporteur', scope: 'org', phrases: ['special rapporteur'] },
  { role: 'Commissioner', scope: 'org', phrases: ['commissioner'], plurals: ['commissioners'] },
  { role: 'Ombudsman', scope: 'org', phrases: ['ombudsman', 'ombudsperson'] },
  { role: 'spokesperson', scope: 'org', phrases: ['spokesperson'] },
  { role: 'spokesman', scope: 'org', phrases: ['spokesman', 'chief spokesman'] },
  { role: 'spokeswoman', scope: 'org', phrases: ['spokeswoman'] },
  { role: 'press secretary', scope: 'org', phrases: ['press secretary'] },
  { role: 'top diplomat', scope: 'org', phrases: ['top diplomat', 'chief diplomat', 'foreign policy chief'] },
  { role: 'chief negotiator', scope: 'org', phrases: ['chief negotiator', 'lead negotiator', 'top negotiator'] },
  { role: 'leader', scope: 'org', phrases: ['leader', 'chief', 'head'], plurals: ['leaders'] },
  {
    role: 'political bureau chief',
    scope: 'org',
    phrases: [
      'political bureau chief',
      'politburo chief',
      'political bureau head',
      'political chief',
      'political leader',
    ],
  },
  { role: 'military commander', scope: 'org', phrases: ['military commander', 'military chief', 'military leader'] },
  {
    role: 'commander',
    scope: 'org',
    phrases: ['commander', 'top commander', 'senior commander'],
    plurals: ['commanders'],
  },
  { role: 'Director', scope: 'org', phrases: ['director', 'director-general', 'director general'] },
  { role: 'Chairman', scope: 'org', phrases: ['chairman', 'chairwoman', 'chair', 'chairperson'] },
  { role: 'official', scope: 'org', phrases: ['official', 'senior official', 'top official'], plurals: ['officials'] },
  { role: 'member', scope: 'org', phrases: ['member', 'senior member'], plurals: ['members'] },
  {
    role: 'member of the political bureau',
    scope: 'org',
    phrases: ['member of the political bureau', 'politburo member', 'political bureau member'],
  },
];

/**
 * Honorifics and ranks: kept in the alias ("Sheikh Hamad bin Khalifa al Thani") but not in the
 * canonical name, and not roles. Matched with or without a trailing full stop.
 */
export const HONORIFICS: readonly string[] = [
  'Mr',
  'Mrs',
  'Ms',
  'Miss',
  'Dr',
  'Prof',
  'Professor',
  'Sir',
  'Dame',
  'Lord',
  'Lady',
  'Sheikh',
  'Sheikha',
  'Shaikh',
  'Dato',
  "Dato'",
  'Datuk',
  'Datin',
  'Tan Sri',
  'Tun',
  'Rabbi',
  'Imam',
  'Ayatollah',
  'Grand Ayatollah',
  'Cardinal',
  'Pope',
  'Rev',
  'Reverend',
  'Gen',
  'General',
  'Lt',
  'Lieutenant',
  'Col',
  'Colonel',
  'Maj',
  'Major',
  'Capt',
  'Captain',
  'Adm',
  'Admiral',
  'Brig',
  'Brigadier',
  'Sgt',
  'Sergeant',
  'Field Marshal',
  'Senior General',
  'Lt Gen',
  'Maj Gen',
  'Brig Gen',
  'Lt Col',
  'Prince',
  'Princess',
  'Justice',
  'Senator',
  'Sen',
  'Rep',
  'Gov',
  'Governor',
  'Mayor',
];

export const SUFFIX_TITLES: ReadonlySet<string> = new Set([
  'Special Rapporteur',
  'Special Envoy',
  'High Commissioner',
  'High Representative',
  'Under Secretary',
]);

/** "The Palestinian Authority, led by President X": participles that make the body before them the one led. */
export const LEADING: ReadonlySet<string> = new Set(['led', 'headed', 'chaired', 'run']);

/** Heads of state and government. */
export const HEAD_ROLES: ReadonlySet<string> = new Set([
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

/** Titles whose body may follow "for": "a spokeswoman for the interior ministry". */
export const FOR_ROLES: ReadonlySet<string> = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'press secretary',
  'chief negotiator',
  'lawyer',
  'correspondent',
]);

/** "X, who chairs|heads|leads ORG": the role (of TITLES) each verb gives. */
export const LEADING_VERB_ROLES: Readonly<Record<string, string>> = {
  chairs: 'Chairman',
  heads: 'leader',
  leads: 'leader',
};
