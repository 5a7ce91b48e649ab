/**
 * What the text says about the time of an office (src/extract/role-dates.ts), on sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { HoldsRoleRelation } from '../../src/contracts/extraction-document.js';
import { extractDocument } from '../../src/extract/index.js';

interface Seen {
  role: string;
  current?: boolean;
  since?: string;
  until?: string;
}

/** The offices of `person` in the document of `text`, published on `publishedAt`. */
function officesOf(text: string, person: string, publishedAt = '2025-06-10'): Seen[] {
  const doc = extractDocument(text, { publishedAt });
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  return doc.relations
    .filter((r): r is HoldsRoleRelation => r.type === 'HOLDS_ROLE' && names.get(r.from) === person)
    .map((r) => {
      const seen: Seen = { role: r.role };
      if (r.current !== undefined) seen.current = r.current;
      if (r.since !== undefined) seen.since = r.since;
      if (r.until !== undefined) seen.until = r.until;
      return seen;
    });
}

describe('dated offices', () => {
  it('reads "since YEAR" after the title set off after the holder', () => {
    expect(officesOf('Lena Varga, Hungary’s foreign minister since 2019, met the envoy.', 'Lena Varga')).toEqual([
      { role: 'Foreign Minister', since: '2019' },
    ]);
  });

  it('reads "since MONTH" in a relative clause after the holder, against the publication date', () => {
    expect(
      officesOf(
        'Estonian Defence Minister Tomas Rell, who has been in office since March, visited the base.',
        'Tomas Rell',
      ),
    ).toEqual([{ role: 'Defense Minister', since: '2025-03' }]);
    expect(
      officesOf(
        'Estonian Defence Minister Tomas Rell, who has been in office since March, visited the base.',
        'Tomas Rell',
        '2025-02-01',
      ),
    ).toEqual([{ role: 'Defense Minister', since: '2024-03' }]);
  });

  it('reads a period "from … to …" and "between … and …"', () => {
    expect(
      officesOf('Former Kenyan President Paul Otieno, who served from 2013 to 2022, testified.', 'Paul Otieno'),
    ).toEqual([{ role: 'former President', since: '2013', until: '2022' }]);
    expect(officesOf('Paul Otieno, Kenya’s president between 2013 and 2022, testified.', 'Paul Otieno')).toEqual([
      { role: 'President', current: false, since: '2013', until: '2022' },
    ]);
  });

  it('reads "until MONTH YEAR" and "until his dismissal in MONTH YEAR": ended, so not held now', () => {
    expect(officesOf('Uri Tal, Israel’s defence minister until March 2024, spoke.', 'Uri Tal')).toEqual([
      { role: 'Defense Minister', current: false, until: '2024-03' },
    ]);
    expect(
      officesOf('Uri Tal, Israel’s defence minister until his dismissal in November 2024, spoke.', 'Uri Tal'),
    ).toEqual([{ role: 'Defense Minister', current: false, until: '2024-11' }]);
  });

  it('keeps an office held now when its end is still to come', () => {
    expect(
      officesOf('Ana Roux, Chad’s prime minister until 2027 under the accord, spoke.', 'Ana Roux', '2025-06-10'),
    ).toEqual([{ role: 'Prime Minister', until: '2027' }]);
  });

  it('keeps "former" and "ex-" in the role, without dates', () => {
    expect(officesOf('Former Kenyan President Paul Otieno testified.', 'Paul Otieno')).toEqual([
      { role: 'former President' },
    ]);
    expect(officesOf('Kenyan ex-President Paul Otieno testified.', 'Paul Otieno')).toEqual([
      { role: 'former President' },
    ]);
  });

  it('reads "then-" before a title as the office as it was then, not held now', () => {
    expect(officesOf('The order was signed by then-Kenyan President Paul Otieno in 2015.', 'Paul Otieno')).toEqual([
      { role: 'President', current: false },
    ]);
    expect(officesOf('The raid was ordered by Kenyan then–army Chief of Staff Paul Otieno.', 'Paul Otieno')).toEqual([
      { role: 'Chief of Staff', current: false },
    ]);
    expect(officesOf('Since then, Kenyan President Paul Otieno has stayed.', 'Paul Otieno')).toEqual([
      { role: 'President' },
    ]);
  });

  it('says nothing of time for a current office', () => {
    expect(officesOf('Estonian Prime Minister Liis Tamm arrived on Monday.', 'Liis Tamm')).toEqual([
      { role: 'Prime Minister' },
    ]);
  });

  it('does not date the office with a date of another clause', () => {
    expect(
      officesOf('Israeli Defence Minister Uri Tal has been under an arrest warrant since November 2024.', 'Uri Tal'),
    ).toEqual([{ role: 'Defense Minister' }]);
    expect(
      officesOf('Uri Tal, Israel’s defence minister, has been sought by the court since 2024.', 'Uri Tal'),
    ).toEqual([{ role: 'Defense Minister' }]);
  });
});
