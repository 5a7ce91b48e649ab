/** Arrests, surrenders, transfers and releases (format 1.1), from sentences we wrote. */
import { describe, expect, it } from 'vitest';
import { summarize } from './summarize.js';

const events = (text: string): string[] => summarize(text, { publishedAt: '2025-03-14' }).events.sort();

describe('arrests', () => {
  it.each([
    [
      'an arrest on a court warrant, with the warrant it executes',
      'Police arrested Omar Haddad in Berlin on an ICC warrant on Friday.',
      ['ARREST Omar Haddad by ? @ Berlin on w1', 'WARRANT International Criminal Court -> Omar Haddad [issued]'],
    ],
    [
      'an arrest without a warrant, by the state whose authorities made it',
      'German police arrested Omar Haddad in Berlin on Friday.',
      ['ARREST Omar Haddad by Germany @ Berlin'],
    ],
    [
      'a surrender to the court',
      'Bosco Ntaganda surrendered to the International Criminal Court on Monday.',
      ['SURRENDER Bosco Ntaganda by ? to International Criminal Court'],
    ],
    [
      'a transfer to the court in The Hague',
      'Laurent Gbagbo was transferred to the International Criminal Court in The Hague on Wednesday.',
      ['TRANSFER Laurent Gbagbo by ? to International Criminal Court @ The Hague'],
    ],
    [
      'a person handed over by a state',
      'Ali Kushayb was handed over to the International Criminal Court by the Central African Republic.',
      ['TRANSFER Ali Kushayb by Central African Republic to International Criminal Court'],
    ],
    [
      'a release',
      'Jean-Pierre Bemba was released by the International Criminal Court on Tuesday.',
      ['RELEASE Jean-Pierre Bemba by International Criminal Court'],
    ],
    [
      'an arrest warrant alone, which is no arrest',
      'The International Criminal Court issued an arrest warrant for Vladimir Putin on Friday.',
      ['WARRANT International Criminal Court -> Vladimir Putin [issued]'],
    ],
    [
      'an arrest that could happen, which is no event',
      'Vladimir Putin could be arrested if he travelled to Mongolia.',
      [],
    ],
    ['a call for an arrest, which is no event', 'Activists called for Vladimir Putin to be detained.', []],
    [
      'an arrest in the pluperfect passive, after a reporting verb',
      'The minister said on Friday that Omar Haddad had been detained in Berlin.',
      ['ARREST Omar Haddad by ? @ Berlin'],
    ],
    [
      'an arrest of "the former … commander": the person named before it',
      'Omar Haddad hid for a decade until German police arrested the former Syrian army commander in Berlin.',
      ['ARREST Omar Haddad by Germany @ Berlin'],
    ],
    [
      'a transfer whose subject an apposition sets off from the verb',
      'Omar Haddad, a militia leader wanted by the International Criminal Court, was handed over to the court on Friday.',
      ['TRANSFER Omar Haddad by ? to International Criminal Court'],
    ],
    [
      'an arrest of people the text does not name, which is no event',
      'Omar Haddad said that German police arrested the suspects in Berlin.',
      [],
    ],
  ])('%s', (_name, text, expected) => {
    expect(events(text)).toEqual([...expected].sort());
  });

  it('is one arrest when two sentences report it, linked to the warrant the first names', () => {
    const { doc } = summarize(
      'On Friday, police arrested Omar Haddad in Berlin on an ICC warrant. Haddad was detained at a railway station, officials said.',
      { publishedAt: '2025-03-14' },
    );
    const arrests = doc.events.filter((e) => e.type === 'Arrest');
    expect(arrests).toHaveLength(1);
    expect(arrests[0]).toMatchObject({ id: 'a1', kind: 'arrest', warrant: 'w1', date: '2025-03-14' });
    expect(arrests[0]?.evidence).toHaveLength(2);
    expect(doc.formatVersion).toBe('1.2');
  });
});
