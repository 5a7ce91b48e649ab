import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, type ExtractionDocument } from '../../src/contracts/extraction-document.js';
import { extract, extractDocument } from '../../src/extract/index.js';

/** Words that exercise the rules: names, titles, triggers, punctuation, markup. */
const VOCABULARY = [
  'Israel',
  'Israeli',
  'Katz',
  'Qatar',
  'the emirate',
  'ICC',
  'International Criminal Court',
  '(ICC)',
  'Hamas',
  'Prime Minister',
  'former',
  'defence minister',
  'Judge',
  'Sheikh',
  'al-Hindi',
  'bin',
  'Al',
  'Thani',
  'Mohammed',
  'Washington',
  "'s",
  ',',
  '.',
  ' and ',
  ' the ',
  'arrest warrants',
  'issued',
  'for',
  'against',
  'strike',
  'attacked',
  'in',
  'Doha',
  'met',
  'with',
  'phone call',
  'between',
  'last week',
  'on Tuesday',
  'October 7, 2023',
  '\n',
  '\n\n',
  '"',
  '—',
  '<p>',
  '&amp;',
  'U.S.',
  'himself',
  'who',
  'also attended the meeting',
  'killed',
  'were',
  'Gaza',
];

const wordSalad = fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 80 }).map((ws) => ws.join(' '));
const anyText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  wordSalad,
);

function checkDocument(text: string, doc: ExtractionDocument): void {
  const ids = doc.entities.map((e) => e.id);
  expect(new Set(ids).size).toBe(ids.length);
  const known = new Set(ids);
  const refs: string[] = [];
  for (const e of doc.entities) {
    expect(ENTITY_TYPES).toContain(e.type);
    expect(e.name.length).toBeGreaterThan(0);
  }
  for (const ev of doc.events) {
    if (ev.type === 'Warrant') refs.push(...(ev.issuer === null ? [] : [ev.issuer]), ...ev.subjects);
    if (ev.type === 'Strike') refs.push(...ev.perpetrators, ...ev.targets, ...ev.locations, ...ev.killed);
    if (ev.type === 'Meeting') refs.push(...ev.participants, ...ev.locations);
    expect(ev.evidence.length).toBeGreaterThan(0);
    for (const e of ev.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    if (ev.date !== null) expect(ev.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
  }
  for (const r of doc.relations) {
    refs.push(r.from, r.to);
    for (const e of r.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  }
  for (const ref of refs) expect(known.has(ref), `unknown entity id ${ref}`).toBe(true);
  const eventIds = doc.events.map((e) => e.id);
  expect(new Set(eventIds).size).toBe(eventIds.length);
}

describe('extraction properties', () => {
  it('never throws, and every id, reference and evidence offset is consistent', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkDocument(text, extractDocument(text, { publishedAt: '2024-05-20' }));
      }),
      { numRuns: Number(process.env.EXTRACT_PROPERTY_RUNS ?? 400) },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(wordSalad, (text) => {
        expect(extractDocument(text)).toEqual(extractDocument(text));
      }),
      { numRuns: 100 },
    );
  });

  it('keeps evidence offsets exact through curly quotes, markup and odd spaces', () => {
    const text =
      '<p>“Israeli Prime Minister Dan Amir met Qatari Emir Sheikh Nasser al Thani in Doha,” the\u00a0official said.</p>';
    const doc = extractDocument(text);
    checkDocument(text, doc);
    expect(doc.events.some((e) => e.type === 'Meeting')).toBe(true);
  });

  it('returns an empty document rather than throwing for input that is not a string', () => {
    const doc = extract(undefined as unknown as string, { id: 'x' });
    expect(doc.entities).toEqual([]);
    expect(doc.article.id).toBe('x');
  });
});
