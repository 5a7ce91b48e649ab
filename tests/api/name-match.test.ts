import { describe, expect, it } from 'vitest';
import { bestNameMatch } from '../../src/api/resolvers/actors.js';
import type { ActorRow } from '../../src/api/rows.js';

const actor = (key: string, name: string, aliases: string[] = []): ActorRow => ({
  kind: 'actor',
  label: 'Person',
  key,
  name,
  aliases,
});

describe('bestNameMatch', () => {
  const karim = actor('person:karim-khan', 'Karim Khan', ['Karim A. A. Khan']);
  const imran = actor('person:imran-khan', 'Imran Khan', ['Khan']);
  const court = actor('court:icc', 'International Criminal Court', ['ICC']);

  it('compares names without regard to case, diacritics and punctuation', () => {
    expect(bestNameMatch('KARIM  KHAN', [{ actor: karim, mentions: 1 }])).toBe(karim);
    expect(bestNameMatch('Kárim Khan', [{ actor: karim, mentions: 1 }])).toBe(karim);
    expect(bestNameMatch('karim a a khan', [{ actor: karim, mentions: 1 }])).toBe(karim);
    // Full stops are deleted, as in the graph's keys: "I.C.C." is "ICC".
    expect(bestNameMatch('I.C.C.', [{ actor: court, mentions: 1 }])).toBe(court);
  });

  it('prefers a canonical name to an alias, then the most mentioned', () => {
    const khan = actor('person:khan', 'Khan');
    expect(
      bestNameMatch('Khan', [
        { actor: imran, mentions: 50 },
        { actor: khan, mentions: 1 },
      ]),
    ).toBe(khan);
    const other = actor('person:karim-khan-2', 'Karim Khan');
    expect(
      bestNameMatch('Karim Khan', [
        { actor: karim, mentions: 3 },
        { actor: other, mentions: 9 },
      ]),
    ).toBe(other);
  });

  it('finds nothing for a name no candidate has', () => {
    expect(bestNameMatch('Karim', [{ actor: karim, mentions: 1 }])).toBeNull();
    expect(bestNameMatch('', [{ actor: karim, mentions: 1 }])).toBeNull();
  });
});
