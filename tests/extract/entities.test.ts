import { describe, expect, it } from 'vitest';
import { summarize } from './summarize.js';

// Each row: a short text written for the test, entities that must be found, and entities that
// must not be.
const CASES: Array<[name: string, text: string, present: string[], absent: string[]]> = [
  [
    'reads the person after "the Government of", without the connector',
    'In a statement, the Government of Lena Ross expressed regret.',
    ['Person:Lena Ross'],
    ['Person:of Lena Ross'],
  ],
  [
    'reads the name after ordinary capitalised words that end a title',
    'EU High Representative for Foreign Affairs Lena Ross wrote on Monday.',
    ['Person:Lena Ross'],
    ['Person:Foreign Affairs Lena Ross'],
  ],
  [
    'reads a capitalised function word right after a title as a given name',
    'The delegation included Vice Premier He Tao. He spoke first.',
    ['Person:He Tao'],
    [],
  ],
  [
    "reads a place under a state's control with its hyphenated modifier as a place of its own",
    'Shelling hit villages in Indian-administered Kashmir. Tourists like Kashmir.',
    ['Place:Indian-administered Kashmir', 'Place:Kashmir'],
    [],
  ],
  [
    'reads a city named before a new body or facility as part of its name',
    'Omar Saleh, head of the Kyiv City Administration, spoke. Drones hit Port Sudan International Airport. Tests were done at the Istanbul Institute of Forensic Medicine.',
    [
      'Organization:Kyiv City Administration',
      'Place:Port Sudan International Airport',
      'Organization:Istanbul Institute of Forensic Medicine',
    ],
    ['Organization:City Administration', 'Person:Forensic Medicine'],
  ],
  [
    'reads the name of an operation as no one',
    'The army said it had begun Operation Silver Tide overnight.',
    [],
    ['Person:Silver Tide'],
  ],
  [
    'reads a capitalised word with a word prefix as no name',
    'They served as Pre-Trial judges, and Non-Members objected.',
    [],
    ['Person:Pre-Trial', 'Person:Non-Members'],
  ],
  [
    'reads a name ending in a facility word as a place',
    'He ran Kavala Prison for years and later landed at Tornio Airport.',
    ['Place:Kavala Prison', 'Place:Tornio Airport'],
    ['Person:Kavala Prison', 'Person:Tornio Airport'],
  ],
  [
    'reads a body named with a connector inside its name',
    'Lena Ross, a lawyer for the International Federation for Human Rights, spoke.',
    ['Organization:International Federation for Human Rights'],
    ['Organization:International Federation'],
  ],
  [
    'reads a longer name that ends in a listed name as its own body',
    "Omar Haddad sits on Iran's Supreme National Security Council.",
    ['Organization:Supreme National Security Council'],
    ['Organization:UN Security Council'],
  ],
  [
    "reads a state's navy as a body and a name after an ordinary capitalised word as the name",
    'The Chief of the General Staff of the Peruvian Army Luis Vera and Peruvian Navy Commander Ana Rojas spoke.',
    ['Organization:Peruvian Navy', 'Person:Luis Vera', 'Person:Ana Rojas'],
    ['Person:Army Luis Vera'],
  ],
  [
    'reads two capitals after a title as the initials of a given name',
    'U.S. Vice President JD Vance said so.',
    ['Person:JD Vance'],
    [],
  ],
  [
    'reads a listed organisation name as a surname inside a full name',
    'Foreign minister Ana Kayikwamba Wagner signed.',
    ['Person:Ana Kayikwamba Wagner'],
    ['Organization:Wagner Group'],
  ],
  [
    'reads capitals coordinated with each other as their governments',
    'Tensions between Washington and Tehran sharpened on Monday.',
    ['State:United States', 'State:Iran'],
    ['Place:Washington', 'Place:Tehran'],
  ],
  [
    'reads a capital addressed by a verb as its government',
    'The envoy warned Tehran that it would face consequences.',
    ['State:Iran'],
    ['Place:Tehran'],
  ],
  [
    'keeps a capital struck or visited a place',
    'Drones struck Kyiv and Odesa overnight, and the minister flew to Kyiv.',
    ['Place:Kyiv'],
    ['State:Ukraine'],
  ],
  [
    'knows towns, bases and provinces of the conflicts, with their state',
    'Drones hit Murmansk and the Olenya base; shelling reached Nabatieh and Paktika.',
    ['Place:Murmansk', 'Place:Olenya', 'Place:Nabatieh', 'Place:Paktika'],
    ['Person:Murmansk', 'Person:Nabatieh'],
  ],
  [
    'joins a full name written with and without its particle',
    'Omar al-Rashid spoke on Monday. Later, Omar Rashid left.',
    ['Person:Omar al-Rashid'],
    ['Person:Omar Rashid'],
  ],
  [
    'joins a full name with a patronymic to the short full name',
    'Ivan Petrovich Sokolov arrived. Ivan Sokolov then left.',
    ['Person:Ivan Petrovich Sokolov'],
    ['Person:Ivan Sokolov'],
  ],
  [
    'reads news agencies and platforms as organisations',
    'The Korean Central News Agency said so, and the minister posted on Truth Social.',
    ['Organization:Korean Central News Agency', 'Organization:Truth Social'],
    ['Person:Truth Social'],
  ],
  [
    'reads a name with a possessive inside it from the gazetteer',
    "The Lord's Resistance Army (LRA) regrouped.",
    ["Organization:Lord's Resistance Army"],
    ['Organization:Resistance Army'],
  ],
  [
    'reads a name after "the town of" as a place',
    'Rockets hit the northern town of Kiryat Tal.',
    ['Place:Kiryat Tal'],
    ['Person:Kiryat Tal'],
  ],
  [
    "reads a state's possessive ministry as an organisation",
    "Lebanon's health ministry gave the toll.",
    ['Organization:Lebanon Ministry of Health'],
    [],
  ],
  [
    'reads a capital urged to act as its government',
    'The minister urged Paris to press for a truce.',
    ['State:France'],
    ['Place:Paris'],
  ],
  [
    'reads a capital that is ready to act as its government',
    'Officials said Kyiv was ready to talk.',
    ['State:Ukraine'],
    ['Place:Kyiv'],
  ],
  [
    'reads a domain secretary as a title',
    'Justice Secretary Ana Cruz spoke.',
    ['Person:Ana Cruz'],
    ['Person:Secretary Ana Cruz'],
  ],
  [
    'keeps Israel Katz apart from Israel',
    'Foreign Minister Israel Katz spoke in Tel Aviv.',
    ['Person:Israel Katz', 'Place:Tel Aviv'],
    ['State:Israel'],
  ],
  [
    'reads a state name before a surname as a given name',
    'Jordan Bardella campaigned in Paris.',
    ['Person:Jordan Bardella'],
    ['State:Jordan'],
  ],
  [
    'reads a sentence-initial given name before a state name',
    'Michael Jordan was there.',
    ['Person:Michael Jordan'],
    ['State:Jordan'],
  ],
  ['resolves a demonym to its state', 'An Iranian drone was shot down.', ['State:Iran'], []],
  [
    'does not take "Palestinian" alone for the state',
    'Palestinian officials said 20 Palestinians died.',
    [],
    ['State:Palestine'],
  ],
  [
    'takes "Palestinian" before an office title for the state',
    'Palestinian President Mara Haddad spoke.',
    ['State:Palestine', 'Person:Mara Haddad'],
    [],
  ],
  [
    'resolves the emirate when one emirate is named',
    'Qatar hosted the talks. The emirate said more would follow.',
    ['State:Qatar'],
    [],
  ],
  ['reads an official name as the state', 'Troops entered the State of Qatar.', ['State:Qatar'], []],
  ['reads the Qatari capital as Doha', 'A strike hit the Qatari capital on Tuesday.', ['Place:Doha'], []],
  [
    'reads a capital as a place',
    'The envoy arrived in Washington on Monday.',
    ['Place:Washington'],
    ['State:United States'],
  ],
  [
    'reads a capital as its government before a possessive of policy',
    "Allies resisted Washington's influence.",
    ['State:United States'],
    ['Place:Washington'],
  ],
  [
    'reads a capital as its government before a verb of stating',
    'Moscow said the talks had failed.',
    ['State:Russia'],
    [],
  ],
  [
    'finds courts by name and acronym',
    'The International Criminal Court (ICC) and the ICJ sit in The Hague.',
    ['Court:International Criminal Court', 'Court:International Court of Justice', 'Place:The Hague'],
    [],
  ],
  [
    'reads an acronym defined in brackets',
    'The Gulf Monitoring Network (GMN) published a report. GMN said it was accurate.',
    ['Organization:Gulf Monitoring Network'],
    [],
  ],
  [
    'tells the Gaza health ministry from Gaza',
    'The Hamas-run Gaza health ministry said people died in Gaza.',
    ['Organization:Gaza Ministry of Health', 'Place:Gaza Strip', 'Organization:Hamas'],
    [],
  ],
  [
    'reads a capitalised ministry as an organisation',
    'The Defense Ministry denied it.',
    ['Organization:Defense Ministry'],
    [],
  ],
  [
    'reads the office of a title as an organisation',
    "A statement by the Prime Minister's Office followed.",
    ["Organization:Prime Minister's Office"],
    [],
  ],
  ['keeps a title out of the name', 'Judge Ana Ruiz read the ruling.', ['Person:Ana Ruiz'], ['Person:Judge Ana Ruiz']],
  [
    'keeps an honorific out of the name',
    'Sheikh Nasser bin Ali al Hamad arrived.',
    ['Person:Nasser bin Ali al Hamad'],
    [],
  ],
  [
    'joins a surname to the full name used earlier',
    'Marta Kovacs resigned. Kovacs said she was tired.',
    ['Person:Marta Kovacs'],
    ['Person:Kovacs'],
  ],
  [
    'joins a prefixed surname to the full name',
    'Omar al-Rashidi spoke. Al-Rashidi later left.',
    ['Person:Omar al-Rashidi'],
    [],
  ],
  [
    'makes no person of a lone unknown word',
    'Speaking on Monday, Praising the deal, Officials left.',
    [],
    ['Person:Speaking', 'Person:Praising', 'Person:Officials'],
  ],
  [
    'makes no entity of unnamed groups',
    'Five members were killed and an official said Hamas leaders survived.',
    ['Organization:Hamas'],
    ['Person:Hamas'],
  ],
  [
    'makes no person of common capitalised words',
    'The Global South rejected the Western Alliance Plan.',
    [],
    ['Person:Global South'],
  ],
  ['makes no place of a city inside a document name', 'The Rome Statute founded the court.', [], ['Place:Rome']],
  [
    'reads the "the X neighborhood" name as a place',
    'Strikes hit the Tel Hawa neighborhood.',
    ['Place:Tel Hawa'],
    ['Person:Tel Hawa'],
  ],
  [
    'reads a news agency as an organisation',
    'An official told AFP and Reuters.',
    ['Organization:Agence France-Presse', 'Organization:Reuters'],
    [],
  ],
  [
    'reads a hyphenated demonym pair as two states',
    'A British-Israeli lawyer spoke.',
    ['State:United Kingdom', 'State:Israel'],
    [],
  ],
  [
    'drops a shortening shared by two named courts',
    'The International Court ruled. The ICC and the ICJ differ.',
    ['Court:International Criminal Court', 'Court:International Court of Justice'],
    ['Court:International Court'],
  ],
  ['reads all-capital datelines', 'DOHA — Talks resumed.', ['Place:Doha'], []],
  [
    'reads a name that ends inside a hyphenated word',
    'It tested United States-Israel ties and a South Africa-led bloc.',
    ['State:United States', 'State:Israel', 'State:South Africa'],
    ['Place:United'],
  ],
  [
    'reads an unknown name after "in" as a place',
    'Detainees were held in Sde Teiman.',
    ['Place:Sde Teiman'],
    ['Person:Sde Teiman'],
  ],
  [
    'keeps a surname that is also a title in the name',
    'Dan Amir met reporters. John Major said nothing.',
    ['Person:Dan Amir', 'Person:John Major'],
    [],
  ],
  [
    'reads a title spelling that is a given name as the name it starts',
    'Amir Peretz met Israel Katz. Later Amir Segal spoke by phone with Peretz.',
    ['Person:Amir Peretz', 'Person:Amir Segal'],
    ['Person:Peretz', 'Person:Segal'],
  ],
  ['keeps a month-like given name', 'Jan Nowak and Theresa May spoke.', ['Person:Jan Nowak', 'Person:Theresa May'], []],
  [
    'does not start a name with a month',
    'In November Ilan Ross resigned.',
    ['Person:Ilan Ross'],
    ['Person:November Ilan Ross'],
  ],
  [
    'reads a known town before "checkpoint" as the facility',
    'Trucks waited at the Jenin checkpoint for hours.',
    ['Place:Jenin checkpoint'],
    ['Place:Jenin'],
  ],
  [
    'reads a new name before "crossing" as the facility',
    'Aid stalled at the Tal Umar crossing on Monday.',
    ['Place:Tal Umar crossing'],
    ['Place:Tal Umar'],
  ],
  [
    'reads "the health ministry in PLACE"',
    'The toll rose to 40, according to the health ministry in Darfur.',
    ['Organization:Darfur Ministry of Health'],
    ['Place:Darfur'],
  ],
  [
    'keeps a sentence-initial given name shaped like an adverb before an apposition',
    "Beverly Okafor, the group's spokeswoman, said aid was blocked.",
    ['Person:Beverly Okafor'],
    [],
  ],
  [
    'reads a state name that opens the name of a new organisation',
    'The toll was 30, according to the Yemen Doctors Network.',
    ['Organization:Yemen Doctors Network'],
    ['State:Yemen', 'Organization:Doctors Network'],
  ],
  [
    'reads "Congolese" and "Congo" as the Democratic Republic of the Congo',
    'Congolese troops left the town, Congo said.',
    ['State:Democratic Republic of the Congo'],
    ['Place:Congo'],
  ],
  [
    'reads "southern STATE" as the state',
    'Jets struck southern Lebanon overnight.',
    ['State:Lebanon'],
    ['Place:southern Lebanon'],
  ],
  [
    'does not glue an adverb opener to a surname',
    'Initially Nour refused. Nour later agreed.',
    [],
    ['Person:Initially Nour'],
  ],
];

describe('entities', () => {
  it.each(CASES)('%s', (_name, text, present, absent) => {
    const { entities } = summarize(text);
    for (const e of present) expect(entities, `expected ${e} in ${entities.join(', ')}`).toContain(e);
    for (const e of absent) expect(entities, `did not expect ${e}`).not.toContain(e);
  });

  it('merges all names of one entity into its aliases', () => {
    const { doc } = summarize(
      'Israeli troops moved. Israel said so. The Israel Defense Forces (IDF) confirmed; the IDF added more.',
    );
    const israel = doc.entities.find((e) => e.name === 'Israel');
    const idf = doc.entities.find((e) => e.name === 'Israel Defense Forces');
    expect(israel?.aliases).toContain('Israeli');
    expect(idf?.aliases).toContain('IDF');
  });
});
