import { describe, expect, it } from 'vitest';
import { summarize } from './summarize.js';

type Row = [name: string, text: string, expected: string[]];

const only = (prefix: string) => (text: string) =>
  summarize(text)
    .events.filter((e) => e.startsWith(prefix))
    .sort();

describe('warrants', () => {
  const warrants = only('WARRANT');
  it.each<Row>([
    [
      'reads "X issued arrest warrants for A and B"',
      'The ICC issued arrest warrants for Prime Minister Aron Fekete and former defence minister Bela Szabo.',
      ['WARRANT International Criminal Court -> Aron Fekete + Bela Szabo [issued]'],
    ],
    [
      'reads a list after "against"',
      'The ICC had earlier issued arrest warrants against Lena Ross, Omar Haddad, and Hamas commander Sami Nour.',
      ['WARRANT International Criminal Court -> Lena Ross + Omar Haddad + Sami Nour [issued]'],
    ],
    [
      'reads "is considering" as considered',
      'The International Criminal Court is considering arrest warrants for Lena Ross.',
      ['WARRANT International Criminal Court -> Lena Ross [considered]'],
    ],
    [
      'reads "can issue" as considered',
      'Officials fear the ICC can issue arrest warrants against Lena Ross.',
      ['WARRANT International Criminal Court -> Lena Ross [considered]'],
    ],
    [
      'reads an application as requested',
      'ICC Prosecutor Omar Haddad applied for arrest warrants for Lena Ross.',
      ['WARRANT International Criminal Court -> Lena Ross [requested]'],
    ],
    [
      'reads "withdrew" as withdrawn',
      'The ICC withdrew the arrest warrant for Lena Ross.',
      ['WARRANT International Criminal Court -> Lena Ross [withdrawn]'],
    ],
    [
      'reads "could face charges by the court"',
      'Defense Minister Lena Ross and unnamed officers could also face charges by the ICC.',
      ['WARRANT International Criminal Court -> Lena Ross [considered]'],
    ],
    [
      'reads a reflexive subject',
      'Lena Ross urged allies to stop potential proceedings by the ICC against officials, including herself.',
      ['WARRANT International Criminal Court -> Lena Ross [considered]'],
    ],
    [
      'takes the issuer from the court named before',
      'The ICC met on Monday. Judges then issued a warrant for Lena Ross.',
      ['WARRANT International Criminal Court -> Lena Ross [issued]'],
    ],
    [
      'completes the warrant of the sentence before',
      'The ICC is considering arrest warrants against officials. Lena Ross could be among those targeted.',
      ['WARRANT International Criminal Court -> Lena Ross [considered]'],
    ],
    [
      'reads "warrants issued against A and his former minister, B"',
      'Judges refused to withdraw ICC warrants issued against President Lena Ross and her former defence minister, Omar Haddad.',
      ['WARRANT International Criminal Court -> Lena Ross + Omar Haddad [issued]'],
    ],
    [
      'makes no warrant without a named subject',
      'The ICC is considering arrest warrants against senior officials.',
      [],
    ],
    ['ignores "charges" without a court', 'Lena Ross faces charges of fraud in a local case.', []],
  ])('%s', (_name, text, expected) => {
    expect(warrants(text)).toEqual([...expected].sort());
  });

  it('reads the charges, also from the next sentence', () => {
    const { doc } = summarize(
      'The ICC issued arrest warrants for Lena Ross. The charges include war crimes and crimes against humanity.',
    );
    const w = doc.events.find((e) => e.type === 'Warrant');
    expect(w?.type === 'Warrant' ? w.charges : []).toEqual(['war crimes', 'crimes against humanity']);
    expect(w?.evidence).toHaveLength(2);
  });
});

describe('strikes', () => {
  const strikes = only('STRIKE');
  it.each<Row>([
    [
      'reads a demonym strike and its target',
      'An Israeli strike targeted Hezbollah commanders.',
      ['STRIKE Israel -> Hezbollah @ -'],
    ],
    [
      'reads a possessive strike on a state as target and place',
      "Russia's attack on Ukraine drew condemnation.",
      ['STRIKE Russia -> Ukraine @ Ukraine'],
    ],
    ['reads "X attacked Y"', 'Hamas attacked Israel on Saturday.', ['STRIKE Hamas -> Israel @ Israel']],
    ['reads "attack by X on Y"', 'The war followed an attack by Hamas on Israel.', ['STRIKE Hamas -> Israel @ Israel']],
    [
      'reads a place and its state',
      'The Israeli strike in Doha targeting Hamas was condemned by Qatar.',
      ['STRIKE Israel -> Hamas @ Doha + Qatar'],
    ],
    ['reads "X launched an offensive in P"', 'Israel launched an offensive in Rafah.', ['STRIKE Israel -> - @ Rafah']],
    [
      'reads a coordinated perpetrator',
      'The United States and Britain carried out strikes against Houthi targets in Yemen.',
      ['STRIKE United States + United Kingdom -> Houthis @ Yemen'],
    ],
    [
      'reads weapons fired at a state',
      'Hezbollah fired dozens of rockets at northern Israel.',
      ['STRIKE Hezbollah -> Israel @ Israel'],
    ],
    [
      'reads "the X city of Y"',
      'Israeli airstrikes on the southern Gaza city of Rafah killed 20 people.',
      ['STRIKE Israel -> - @ Gaza Strip + Rafah'],
    ],
    [
      'reads "it" as the subject named before',
      'The Israeli military said it conducted a strike on Hamas.',
      ['STRIKE Israel -> Hamas @ -'],
    ],
    [
      'merges a later "the strike" into the strike reported',
      'An Israeli strike hit Doha. Qatar condemned the strike.',
      ['STRIKE Israel -> - @ Doha + Qatar'],
    ],
    [
      'infers the target from the other side of the conflict',
      "An Israeli strike targeted Hamas. The war began with Hamas's October 7 attack.",
      ['STRIKE Hamas -> Israel @ Israel', 'STRIKE Israel -> Hamas @ -'],
    ],
    [
      'reads a place after "on" as where, not whom',
      'The Israeli strike on Doha targeted Hamas.',
      ['STRIKE Israel -> Hamas @ Doha'],
    ],
    [
      'reads "the group" as the organisation named last',
      'Israeli jets struck Hezbollah sites after the group launched rockets at the town of Kiryat Tal.',
      ['STRIKE Hezbollah -> Israel @ Kiryat Tal', 'STRIKE Israel -> Hezbollah @ -'],
    ],
    [
      'refers "the strikes" back to the strike reported with the same word',
      'Israeli jets struck Hezbollah sites in Lebanon after Hezbollah fired rockets. Four died in the strikes near the town of Nabra.',
      ['STRIKE Hezbollah -> Israel @ Israel', 'STRIKE Israel -> Hezbollah @ Lebanon + Nabra'],
    ],
    [
      'leaves the target open in a war on two fronts',
      'Hezbollah fired rockets at Israel. The Israeli military said it struck Hamas. Israeli jets also hit Rafah.',
      ['STRIKE Hezbollah -> Israel @ Israel', 'STRIKE Israel -> - @ Rafah', 'STRIKE Israel -> Hamas @ -'],
    ],
    ['does not make a strike of a condemnation', 'Qatar condemned the attack.', []],
    ['does not read "targets" as a verb', 'Jets hit Houthi targets in Yemen.', []],
  ])('%s', (_name, text, expected) => {
    expect(strikes(text)).toEqual([...expected].sort());
  });

  it('reads the named dead, not the people named to describe them', () => {
    const { doc } = summarize(
      'An Israeli strike hit Doha. Sami Nour, the son of Hamas leader Omar Saleh, was killed in the attack.',
    );
    const s = doc.events.find((e) => e.type === 'Strike');
    const killed = s?.type === 'Strike' ? s.killed.map((id) => doc.entities.find((e) => e.id === id)?.name) : [];
    expect(killed).toEqual(['Sami Nour']);
  });
});

describe('meetings', () => {
  const meetings = only('MEETING');
  it.each<Row>([
    [
      'reads "A met with B" over a place and a day',
      'Foreign Minister Ali Mansour met in Geneva on Monday with the president of the ICC, Judge Sara Ono.',
      ['MEETING Ali Mansour + Sara Ono (in_person)'],
    ],
    [
      'reads "A met B"',
      'Egyptian President Omar Fathy met Italian Prime Minister Lucia Bruni in Cairo.',
      ['MEETING Omar Fathy + Lucia Bruni (in_person)'],
    ],
    [
      'reads a phone call of two people named before it',
      'British Prime Minister Tom Hale and Emir Sheikh Nasser al Thani discussed the attack in a phone call.',
      ['MEETING Tom Hale + Nasser al Thani (phone_call)'],
    ],
    [
      'reads "spoke by phone with"',
      'Tom Hale spoke by phone with Lucia Bruni.',
      ['MEETING Tom Hale + Lucia Bruni (phone_call)'],
    ],
    [
      'reads "reached out to"',
      'Tom Hale reportedly reached out to President Lucia Bruni.',
      ['MEETING Tom Hale + Lucia Bruni (unknown)'],
    ],
    [
      'reads "a meeting between A and B"',
      'The warning came during a private meeting between Tom Hale and Lucia Bruni.',
      ['MEETING Tom Hale + Lucia Bruni (in_person)'],
    ],
    [
      'reads "to meet B" with the subject named before',
      'Allies let Tom Hale fly through their airspace to meet President Lucia Bruni.',
      ['MEETING Tom Hale + Lucia Bruni (in_person)'],
    ],
    [
      'reads a pronoun subject from the sentence before',
      'Tom Hale praised the plan. He spoke by phone with Lucia Bruni on Saturday.',
      ['MEETING Tom Hale + Lucia Bruni (phone_call)'],
    ],
    [
      'reads "he had spoken with" after a named subject',
      'Tom Hale said he had spoken with President Lucia Bruni.',
      ['MEETING Tom Hale + Lucia Bruni (unknown)'],
    ],
    [
      'adds those who attended the meeting',
      'Tom Hale met Lucia Bruni in Rome. Hale and his aide, Rui Costa, who also attended the meeting, left.',
      ['MEETING Tom Hale + Lucia Bruni + Rui Costa (in_person)'],
    ],
    ['does not read "called on" as a call', 'Tom Hale called on Lucia Bruni to resign.', []],
    ['does not read mediation as a meeting', 'Talks brokered by Qatar and Egypt continued.', []],
  ])('%s', (_name, text, expected) => {
    expect(meetings(text)).toEqual([...expected].sort());
  });
});
