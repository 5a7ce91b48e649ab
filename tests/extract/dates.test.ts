import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extract/07-dates.js';
import { summarize } from './summarize.js';

const read = (text: string, publishedAt: string | null): string[] =>
  findDates(text, 0, text.length, publishedAt).map((d) => d.value);

describe('07-dates', () => {
  // 2025-09-18 is a Thursday.
  it.each([
    ['keeps day precision of a full date', 'It began on October 7, 2023.', ['2023-10-07']],
    ['reads an abbreviated month', 'It began on Oct. 7, 2023.', ['2023-10-07']],
    ['reads a day-month-year date', 'It began on 7 October 2023.', ['2023-10-07']],
    ['keeps month precision of a month and year', 'They met in May 2024.', ['2024-05']],
    ['keeps year precision of a year', 'The court began its work in 2002.', ['2002']],
    ['reads a year-less day in the past', 'Since October 7, the toll rose.', ['2024-10-07']],
    [
      'reads "last November" as the last November before publication',
      'Last November, warrants were issued.',
      ['2024-11'],
    ],
    ['reads "in January" as the last January up to publication', 'The court ruled in January.', ['2025-01']],
    ['reads "last year" with year precision', 'Last year, the court acted.', ['2024']],
    ['reads "last week" with month precision', 'The strike last week drew criticism.', ['2025-09']],
    ['reads "on Wednesday" as the last Wednesday', 'They met on Wednesday.', ['2025-09-17']],
    ['reads the weekday of publication as that day', 'An official said on Thursday.', ['2025-09-18']],
    ['reads "last Tuesday" against publishedAt', 'The strike came last Tuesday.', ['2025-09-16']],
    ['reads "yesterday"', 'Officials spoke yesterday.', ['2025-09-17']],
  ])('%s', (_name, text, expected) => {
    expect(read(text, '2025-09-18')).toEqual(expected);
  });

  it('reads only dates with a year when there is no publication date', () => {
    expect(read('On Tuesday and in May 2024 and on October 7.', null)).toEqual(['2024-05']);
  });

  it('dates an event from its own sentence, not from the report of it', () => {
    const { doc } = summarize('Qatar said on Thursday that Tom Hale met Lucia Bruni on Wednesday.', {
      publishedAt: '2025-09-18',
    });
    expect(doc.events[0]?.date).toBe('2025-09-17');
  });
});
