import { describe, expect, it } from 'vitest';
import {
  actorKey,
  isPartialDate,
  isShortPersonName,
  morePrecise,
  periodOf,
  slug,
  surnameKey,
} from '../../src/graph/keys.js';

describe('actor keys', () => {
  it.each([
    ['Person', 'Benjamin Netanyahu', 'person:benjamin-netanyahu'],
    ['Person', 'Israel Katz', 'person:israel-katz'],
    ['State', 'Israel', 'state:israel'],
    ['Court', 'The International Criminal Court', 'court:international-criminal-court'],
    ['Person', 'Mohammed al-Khulaifi', 'person:mohammed-al-khulaifi'],
    ['State', 'Côte d’Ivoire', 'state:cote-divoire'],
  ] as const)('keys %s %j as %j', (type, name, key) => {
    expect(actorKey(type, name)).toBe(key);
  });

  it('spells hyphenated and spaced forms alike', () => {
    expect(slug('Ben-Gvir')).toBe(slug('Ben Gvir'));
  });
});

describe('surnames', () => {
  it.each([
    ['Benjamin Netanyahu', 'netanyahu', false],
    ['Netanyahu', 'netanyahu', true],
    ['Khalil al-Hayya', 'hayya', false],
    ['al-Hayya', 'hayya', true],
    ['Tamim bin Hamad Al Thani', 'thani', false],
  ])('%j has surname %j (surname only: %s)', (name, surname, short) => {
    expect(surnameKey(name)).toBe(surname);
    expect(isShortPersonName(name)).toBe(short);
  });
});

describe('partial dates', () => {
  it.each([
    ['2025', { from: '2025-01-01', to: '2025-12-31' }],
    ['2024-02', { from: '2024-02-01', to: '2024-02-29' }],
    ['2025-09-09', { from: '2025-09-09', to: '2025-09-09' }],
    ['2025-13', undefined],
    ['2025-02-30', undefined],
    ['last week', undefined],
  ])('reads %j as the period %j', (date, period) => {
    expect(periodOf(date)).toEqual(period);
    expect(isPartialDate(date)).toBe(period !== undefined);
  });

  it('keeps the more precise of two dates', () => {
    expect(morePrecise('2025-09', '2025-09-09')).toBe('2025-09-09');
    expect(morePrecise('2025-09-09', '2025')).toBe('2025-09-09');
    expect(morePrecise(null, '2025')).toBe('2025');
  });
});
