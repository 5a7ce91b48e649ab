/**
 * Named organisations other than courts and news media: intergovernmental bodies and blocs,
 * armed groups, militaries and security services, government bodies, parties and
 * humanitarian/rights NGOs.
 *
 * Sources: UN System Chart, https://www.un.org/en/about-us/un-system; the bodies' own sites
 * (https://www.nato.int, https://european-union.europa.eu, https://au.int, https://asean.org,
 * https://www.oic-oci.org, http://www.lasportal.org, https://www.interpol.int,
 * https://www.weforum.org); armed groups: the UN Security Council Consolidated List and the US
 * State Department list of Foreign Terrorist Organizations
 * (https://www.state.gov/foreign-terrorist-organizations/), named here as news agencies name
 * them; parties and government bodies: general knowledge.
 *
 * `state` is the ISO code of the state an organ belongs to: the IDF acts for Israel.
 */

/** 'seat': the seat of a government, which news writes for the government itself ("the Kremlin said"). */
export type OrganizationKind = 'igo' | 'armed' | 'military' | 'government' | 'seat' | 'party' | 'ngo' | 'forum';

export interface OrganizationEntry {
  readonly key: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly kind: OrganizationKind;
  readonly state?: string;
}

export const ORGANIZATIONS: readonly OrganizationEntry[] = [
  // United Nations system
  { key: 'un', name: 'United Nations', aliases: ['UN', 'U.N.'], kind: 'igo' },
  {
    key: 'unsc',
    name: 'UN Security Council',
    aliases: ['United Nations Security Council', 'U.N. Security Council', 'Security Council', 'UNSC'],
    kind: 'igo',
  },
  {
    key: 'unga',
    name: 'UN General Assembly',
    aliases: ['United Nations General Assembly', 'U.N. General Assembly', 'General Assembly', 'UNGA'],
    kind: 'igo',
  },
  {
    key: 'unhrc',
    name: 'UN Human Rights Council',
    aliases: ['United Nations Human Rights Council', 'Human Rights Council', 'UNHRC'],
    kind: 'igo',
  },
  {
    key: 'ohchr',
    name: 'UN Human Rights Office',
    aliases: ['Office of the UN High Commissioner for Human Rights', 'OHCHR', 'UN human rights office'],
    kind: 'igo',
  },
  {
    key: 'unrwa',
    name: 'UNRWA',
    aliases: [
      'United Nations Relief and Works Agency',
      'UN Relief and Works Agency for Palestine Refugees',
      'UN agency for Palestinian refugees',
    ],
    kind: 'igo',
  },
  { key: 'unicef', name: 'UNICEF', aliases: ["United Nations Children's Fund", "UN Children's Fund"], kind: 'igo' },
  {
    key: 'unhcr',
    name: 'UNHCR',
    aliases: ['UN refugee agency', 'United Nations High Commissioner for Refugees'],
    kind: 'igo',
  },
  { key: 'wfp', name: 'World Food Programme', aliases: ['WFP', 'World Food Program'], kind: 'igo' },
  { key: 'who', name: 'World Health Organization', aliases: ['WHO'], kind: 'igo' },
  {
    key: 'ocha',
    name: 'OCHA',
    aliases: [
      'UN Office for the Coordination of Humanitarian Affairs',
      'Office for the Coordination of Humanitarian Affairs',
    ],
    kind: 'igo',
  },
  { key: 'unifil', name: 'UNIFIL', aliases: ['United Nations Interim Force in Lebanon'], kind: 'igo' },
  { key: 'iaea', name: 'International Atomic Energy Agency', aliases: ['IAEA'], kind: 'igo' },
  { key: 'imf', name: 'International Monetary Fund', aliases: ['IMF'], kind: 'igo' },
  { key: 'worldbank', name: 'World Bank', aliases: [], kind: 'igo' },
  { key: 'wto', name: 'World Trade Organization', aliases: ['WTO'], kind: 'igo' },
  { key: 'opcw', name: 'Organisation for the Prohibition of Chemical Weapons', aliases: ['OPCW'], kind: 'igo' },
  {
    key: 'interpol',
    name: 'Interpol',
    aliases: ['INTERPOL', 'International Criminal Police Organization'],
    kind: 'igo',
  },

  // Regional organisations and blocs
  { key: 'eu', name: 'European Union', aliases: ['EU', 'E.U.'], kind: 'igo' },
  { key: 'ec', name: 'European Commission', aliases: [], kind: 'igo' },
  { key: 'ep', name: 'European Parliament', aliases: [], kind: 'igo' },
  { key: 'euco', name: 'European Council', aliases: [], kind: 'igo' },
  { key: 'coe', name: 'Council of Europe', aliases: [], kind: 'igo' },
  { key: 'osce', name: 'OSCE', aliases: ['Organization for Security and Co-operation in Europe'], kind: 'igo' },
  { key: 'nato', name: 'NATO', aliases: ['North Atlantic Treaty Organization', 'Nato'], kind: 'igo' },
  { key: 'g7', name: 'Group of Seven', aliases: ['G7', 'G-7', 'Group of 7'], kind: 'igo' },
  { key: 'g20', name: 'Group of 20', aliases: ['G20', 'G-20', 'Group of Twenty'], kind: 'igo' },
  { key: 'brics', name: 'BRICS', aliases: [], kind: 'igo' },
  { key: 'arableague', name: 'Arab League', aliases: ['League of Arab States'], kind: 'igo' },
  {
    key: 'oic',
    name: 'Organisation of Islamic Cooperation',
    aliases: ['OIC', 'Organization of Islamic Cooperation'],
    kind: 'igo',
  },
  {
    key: 'gcc',
    name: 'Gulf Cooperation Council',
    aliases: ['GCC', 'Cooperation Council for the Arab States of the Gulf'],
    kind: 'igo',
  },
  { key: 'au', name: 'African Union', aliases: ['AU'], kind: 'igo' },
  { key: 'ecowas', name: 'ECOWAS', aliases: ['Economic Community of West African States'], kind: 'igo' },
  { key: 'sadc', name: 'Southern African Development Community', aliases: ['SADC'], kind: 'igo' },
  { key: 'eac', name: 'East African Community', aliases: ['EAC'], kind: 'igo' },
  { key: 'igad', name: 'Intergovernmental Authority on Development', aliases: ['IGAD'], kind: 'igo' },
  { key: 'asean', name: 'ASEAN', aliases: ['Association of Southeast Asian Nations'], kind: 'igo' },
  { key: 'oas', name: 'Organization of American States', aliases: ['OAS'], kind: 'igo' },
  {
    key: 'sco',
    name: 'Shanghai Cooperation Organisation',
    aliases: ['SCO', 'Shanghai Cooperation Organization'],
    kind: 'igo',
  },
  { key: 'opec', name: 'OPEC', aliases: ['Organization of the Petroleum Exporting Countries'], kind: 'igo' },
  { key: 'commonwealth', name: 'Commonwealth of Nations', aliases: [], kind: 'igo' },
  { key: 'wef', name: 'World Economic Forum', aliases: ['WEF'], kind: 'forum' },

  // Palestinian bodies and armed groups of the region
  { key: 'hamas', name: 'Hamas', aliases: ['HAMAS', 'Islamic Resistance Movement'], kind: 'armed' },
  {
    key: 'qassam',
    name: 'Qassam Brigades',
    aliases: [
      'al-Qassam Brigades',
      'Ezzedine al-Qassam Brigades',
      'Izz ad-Din al-Qassam Brigades',
      'Al-Qassam Brigades',
    ],
    kind: 'armed',
  },
  { key: 'pij', name: 'Palestinian Islamic Jihad', aliases: ['Islamic Jihad', 'PIJ'], kind: 'armed' },
  { key: 'fatah', name: 'Fatah', aliases: [], kind: 'party' },
  { key: 'plo', name: 'Palestine Liberation Organization', aliases: ['PLO'], kind: 'igo' },
  { key: 'pa', name: 'Palestinian Authority', aliases: ['Palestinian National Authority'], kind: 'government' },
  {
    key: 'hezbollah',
    name: 'Hezbollah',
    aliases: ['Hizbollah', 'Hizballah', 'Hizbullah', 'Hezbollah movement'],
    kind: 'armed',
  },
  {
    key: 'houthis',
    name: 'Houthis',
    aliases: ['Houthi', 'Houthi movement', 'Ansar Allah', 'Ansarallah'],
    kind: 'armed',
  },
  { key: 'isis', name: 'Islamic State', aliases: ['ISIS', 'ISIL', 'Daesh', 'Islamic State group'], kind: 'armed' },
  {
    key: 'alqaeda',
    name: 'al-Qaeda',
    aliases: ['Al-Qaeda', 'al Qaeda', 'Al Qaeda', 'al-Qaida', 'Al-Qaida'],
    kind: 'armed',
  },
  { key: 'hts', name: 'Hayat Tahrir al-Sham', aliases: ['HTS', 'Hayat Tahrir al-Sham (HTS)'], kind: 'armed' },
  { key: 'sdf', name: 'Syrian Democratic Forces', aliases: ['SDF'], kind: 'armed' },
  { key: 'pkk', name: 'Kurdistan Workers’ Party', aliases: ['PKK', "Kurdistan Workers' Party"], kind: 'armed' },
  { key: 'ypg', name: 'YPG', aliases: ["People's Protection Units"], kind: 'armed' },
  {
    key: 'pmf',
    name: 'Popular Mobilization Forces',
    aliases: ['PMF', 'Hashd al-Shaabi', 'Popular Mobilisation Forces'],
    kind: 'armed',
  },
  { key: 'kataibhezbollah', name: 'Kataib Hezbollah', aliases: ["Kata'ib Hezbollah"], kind: 'armed' },
  { key: 'taliban', name: 'Taliban', aliases: [], kind: 'armed' },
  { key: 'shabab', name: 'al-Shabab', aliases: ['Al-Shabab', 'al-Shabaab', 'Al-Shabaab', 'al Shabab'], kind: 'armed' },
  { key: 'bokoharam', name: 'Boko Haram', aliases: [], kind: 'armed' },
  { key: 'rsf', name: 'Rapid Support Forces', aliases: ['RSF'], kind: 'armed' },
  { key: 'saf', name: 'Sudanese Armed Forces', aliases: ['SAF'], kind: 'military', state: 'SD' },
  { key: 'm23', name: 'M23', aliases: ['March 23 Movement'], kind: 'armed' },
  {
    key: 'fdlr',
    name: 'Democratic Forces for the Liberation of Rwanda',
    aliases: ['FDLR'],
    kind: 'armed',
  },
  { key: 'adf', name: 'Allied Democratic Forces', aliases: ['ADF'], kind: 'armed' },
  { key: 'arakanarmy', name: 'Arakan Army', aliases: [], kind: 'armed' },
  { key: 'arsa', name: 'Arakan Rohingya Salvation Army', aliases: ['ARSA'], kind: 'armed' },
  { key: 'lra', name: "Lord's Resistance Army", aliases: ['LRA'], kind: 'armed' },
  {
    key: 'ttp',
    name: 'Tehreek-i-Taliban Pakistan',
    aliases: [
      'Tehrik-i-Taliban Pakistan',
      'Tehreek-e-Taliban Pakistan',
      'Tehrik-e-Taliban Pakistan',
      'Pakistani Taliban',
      'TTP',
    ],
    kind: 'armed',
  },
  { key: 'jnim', name: "Jama'at Nasr al-Islam wal Muslimin", aliases: ['JNIM'], kind: 'armed' },
  { key: 'iswap', name: 'Islamic State West Africa Province', aliases: ['ISWAP'], kind: 'armed' },
  { key: 'tren-de-aragua', name: 'Tren de Aragua', aliases: [], kind: 'armed' },
  { key: 'sinaloa', name: 'Sinaloa Cartel', aliases: ['Sinaloa cartel'], kind: 'armed' },
  {
    key: 'pdf-mm',
    name: "People's Defence Force",
    aliases: ["People's Defense Force", 'PDF'],
    kind: 'armed',
  },
  { key: 'wagner', name: 'Wagner Group', aliases: ['Wagner', 'Wagner mercenary group', 'Africa Corps'], kind: 'armed' },
  { key: 'tplf', name: "Tigray People's Liberation Front", aliases: ['TPLF'], kind: 'armed' },

  // Militaries and security services
  {
    key: 'idf',
    name: 'Israel Defense Forces',
    aliases: ['IDF', 'Israeli Defense Forces', 'Israel Defence Forces', 'Israeli Defence Forces'],
    kind: 'military',
    state: 'IL',
  },
  { key: 'shinbet', name: 'Shin Bet', aliases: ['Shabak', 'Israel Security Agency'], kind: 'military', state: 'IL' },
  { key: 'mossad', name: 'Mossad', aliases: [], kind: 'military', state: 'IL' },
  {
    key: 'irgc',
    name: 'Islamic Revolutionary Guard Corps',
    aliases: ['IRGC', 'Revolutionary Guards', 'Revolutionary Guard', "Iran's Revolutionary Guards"],
    kind: 'military',
    state: 'IR',
  },
  { key: 'quds', name: 'Quds Force', aliases: [], kind: 'military', state: 'IR' },
  {
    key: 'centcom',
    name: 'US Central Command',
    aliases: ['CENTCOM', 'U.S. Central Command', 'Central Command'],
    kind: 'military',
    state: 'US',
  },
  {
    key: 'pentagon',
    name: 'Pentagon',
    aliases: ['US Department of Defense', 'Department of Defense', 'Department of War'],
    kind: 'military',
    state: 'US',
  },
  { key: 'cia', name: 'CIA', aliases: ['Central Intelligence Agency'], kind: 'government', state: 'US' },
  { key: 'fbi', name: 'FBI', aliases: ['Federal Bureau of Investigation'], kind: 'government', state: 'US' },

  // Government bodies that act in their own name
  {
    key: 'gnu-ly',
    name: 'Government of National Unity',
    aliases: ['GNU'],
    kind: 'government',
    state: 'LY',
  },
  { key: 'whitehouse', name: 'White House', aliases: [], kind: 'seat', state: 'US' },
  {
    key: 'statedept',
    name: 'State Department',
    aliases: ['US State Department', 'U.S. State Department', 'Department of State'],
    kind: 'government',
    state: 'US',
  },
  { key: 'congress', name: 'US Congress', aliases: ['Congress', 'U.S. Congress'], kind: 'government', state: 'US' },
  { key: 'kremlin', name: 'Kremlin', aliases: [], kind: 'seat', state: 'RU' },
  { key: 'downingstreet', name: 'Downing Street', aliases: ['No 10', 'Number 10'], kind: 'seat', state: 'GB' },
  {
    key: 'foreignoffice',
    name: 'Foreign Office',
    aliases: ['Foreign, Commonwealth and Development Office', 'FCDO'],
    kind: 'government',
    state: 'GB',
  },
  {
    key: 'elysee',
    name: 'Élysée Palace',
    aliases: ['Elysee', 'Élysée', 'Elysee Palace'],
    kind: 'seat',
    state: 'FR',
  },
  { key: 'knesset', name: 'Knesset', aliases: [], kind: 'government', state: 'IL' },

  // Parties
  { key: 'likud', name: 'Likud', aliases: [], kind: 'party', state: 'IL' },
  { key: 'otzma', name: 'Otzma Yehudit', aliases: ['Jewish Power'], kind: 'party', state: 'IL' },
  {
    key: 'religiouszionism',
    name: 'Religious Zionism',
    aliases: ['Religious Zionist Party'],
    kind: 'party',
    state: 'IL',
  },
  { key: 'shas', name: 'Shas', aliases: [], kind: 'party', state: 'IL' },
  { key: 'anc', name: 'African National Congress', aliases: ['ANC'], kind: 'party', state: 'ZA' },
  { key: 'bjp', name: 'Bharatiya Janata Party', aliases: ['BJP'], kind: 'party', state: 'IN' },
  { key: 'afd', name: 'Alternative for Germany', aliases: ['AfD'], kind: 'party', state: 'DE' },
  {
    key: 'ukconservatives',
    name: 'Conservative Party',
    aliases: ['Conservatives', 'Tories'],
    kind: 'party',
    state: 'GB',
  },
  { key: 'uklabour', name: 'Labour Party', aliases: ['Labour'], kind: 'party', state: 'GB' },
  { key: 'usdemocrats', name: 'Democratic Party', aliases: ['Democrats'], kind: 'party', state: 'US' },
  { key: 'usrepublicans', name: 'Republican Party', aliases: ['Republicans', 'GOP'], kind: 'party', state: 'US' },

  // Humanitarian and rights organisations
  { key: 'icrc', name: 'International Committee of the Red Cross', aliases: ['ICRC', 'Red Cross'], kind: 'ngo' },
  {
    key: 'redcrescent',
    name: 'Palestine Red Crescent Society',
    aliases: ['Palestinian Red Crescent', 'PRCS'],
    kind: 'ngo',
  },
  {
    key: 'msf',
    name: 'Doctors Without Borders',
    aliases: ['MSF', 'Médecins Sans Frontières', 'Medecins Sans Frontieres'],
    kind: 'ngo',
  },
  { key: 'amnesty', name: 'Amnesty International', aliases: ['Amnesty'], kind: 'ngo' },
  { key: 'hrw', name: 'Human Rights Watch', aliases: ['HRW'], kind: 'ngo' },
  { key: 'btselem', name: "B'Tselem", aliases: ['B’Tselem'], kind: 'ngo' },
  { key: 'oxfam', name: 'Oxfam', aliases: [], kind: 'ngo' },
  { key: 'sovcomm', name: 'Save the Children', aliases: [], kind: 'ngo' },
];
