/**
 * Synthetic news articles for benchmarks: deterministic for a seed, written from our own
 * templates, with actors drawn from pools large enough that the graph grows like a real
 * one (a few hot actors such as states and courts, a long tail of people and places).
 */
import type { ArticleInput } from '../src/contracts/article-input.js';

const STATES = [
  'Israel',
  'Qatar',
  'Egypt',
  'Iran',
  'Ukraine',
  'Russia',
  'France',
  'Germany',
  'Turkey',
  'Jordan',
  'Lebanon',
  'Syria',
  'Sudan',
  'Yemen',
  'Libya',
  'Mali',
  'Chad',
  'Kenya',
  'Brazil',
  'Mexico',
  'India',
  'Pakistan',
  'Japan',
  'Canada',
];
const DEMONYMS: Record<string, string> = {
  Israel: 'Israeli',
  Qatar: 'Qatari',
  Egypt: 'Egyptian',
  Iran: 'Iranian',
  Ukraine: 'Ukrainian',
  Russia: 'Russian',
  France: 'French',
  Germany: 'German',
  Turkey: 'Turkish',
  Jordan: 'Jordanian',
  Lebanon: 'Lebanese',
  Syria: 'Syrian',
  Sudan: 'Sudanese',
  Yemen: 'Yemeni',
  Libya: 'Libyan',
  Mali: 'Malian',
  Chad: 'Chadian',
  Kenya: 'Kenyan',
  Brazil: 'Brazilian',
  Mexico: 'Mexican',
  India: 'Indian',
  Pakistan: 'Pakistani',
  Japan: 'Japanese',
  Canada: 'Canadian',
};
const GROUPS = ['Hamas', 'Hezbollah', 'the Houthis', 'Islamic Jihad', 'the Wagner Group', 'al-Shabaab'];
const PLACES = [
  'Gaza',
  'Rafah',
  'Khan Younis',
  'Beirut',
  'Damascus',
  'Aleppo',
  'Kharkiv',
  'Odesa',
  'Khartoum',
  'El Fasher',
  'Sanaa',
  'Hodeidah',
  'Tripoli',
  'Benghazi',
  'Mosul',
  'Idlib',
];
const GIVEN = [
  'Amir',
  'Lena',
  'Yusuf',
  'Maria',
  'Karim',
  'Sofia',
  'Omar',
  'Elena',
  'Tariq',
  'Hana',
  'Viktor',
  'Nadia',
  'Samir',
  'Irena',
  'Jonas',
  'Leila',
  'Pavel',
  'Rania',
  'Dmitri',
  'Aisha',
];
const FAMILY = [
  'Haddad',
  'Kovacs',
  'Nasser',
  'Petrov',
  'Mansour',
  'Novak',
  'Rahimi',
  'Bauer',
  'Saleh',
  'Ivanova',
  'Khalil',
  'Moreau',
  'Aziz',
  'Lindqvist',
  'Darwish',
  'Horvat',
  'Qasim',
  'Weber',
  'Farouk',
  'Sokolova',
];
const OFFICES = ['Foreign Minister', 'Defence Minister', 'Prime Minister', 'President', 'Interior Minister'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** mulberry32: small, fast, good enough for test data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateArticles(count: number, seed = 42): ArticleInput[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const person = (): string => `${pick(GIVEN)} ${pick(FAMILY)}`;
  const articles: ArticleInput[] = [];
  for (let i = 0; i < count; i++) {
    const year = 2020 + Math.floor(next() * 6);
    const month = Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const publishedAt = `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const stateA = pick(STATES);
    const stateB = pick(STATES.filter((s) => s !== stateA));
    const minister = person();
    const office = pick(OFFICES);
    const counterpart = person();
    const accused = person();
    const group = pick(GROUPS);
    const place = pick(PLACES);
    const eventDay = Math.max(1, day - 1 - Math.floor(next() * 3));
    const when = `${MONTHS[month]} ${eventDay}, ${year}`;
    const paragraphs = [
      `${place.toUpperCase()} — ${DEMONYMS[stateA]} forces carried out a strike on ${group} positions in ${place} on ${when}, officials said, in an escalation that drew criticism from ${stateB}.`,
      `${stateA}'s ${office.toLowerCase()}, ${minister}, said the operation targeted commanders of ${group} and would continue until its aims were met. ${minister.split(' ')[1]} spoke to reporters after a cabinet meeting.`,
      `In The Hague, the International Criminal Court issued an arrest warrant for ${accused}, accusing ${accused.split(' ')[1]} of war crimes and crimes against humanity. The court said its judges had found reasonable grounds to believe the suspect bore responsibility.`,
      `${minister} met ${stateB}'s foreign minister, ${counterpart}, in ${pick(['Doha', 'Cairo', 'Geneva', 'Vienna', 'Istanbul'])} on ${when} to discuss a ceasefire. ${counterpart.split(' ')[1]} later spoke by phone with the United Nations Secretary-General about humanitarian access.`,
      `The United Nations said aid deliveries to ${place} had fallen sharply in recent weeks, and several humanitarian organisations warned that the situation was deteriorating. ${stateB} called for an independent investigation and urged all sides to respect international humanitarian law.`,
      `Analysts said the developments reflected a widening rift between the two governments, which have clashed repeatedly over the conflict. Officials in ${stateA} rejected the criticism and said the strike complied with the law of armed conflict.`,
    ];
    const text = paragraphs.join('\n\n');
    articles.push({
      id: `bench-${seed}-${i}`,
      title: `${DEMONYMS[stateA]} strike in ${place}; court issues warrant for ${accused}`,
      url: `https://example.org/newsgraph-bench/${seed}/${i}`,
      publishedAt,
      text,
    });
  }
  return articles;
}
