import { describe, expect, it } from 'vitest';
import { formatReport, reportToJson } from '../../src/eval/format-report.js';
import { PAIR_TYPES, scoreCorpus } from '../../src/eval/score.js';
import { doc, ent, meeting, role, warrant } from './build-doc.js';

const gold = doc({
  id: 'story-7',
  entities: [
    ent('a', 'Person', 'Ada Kell'),
    ent('b', 'Person', 'Bram Oyelaran'),
    ent('mar', 'State', 'Maravia'),
    ent('lt', 'Court', 'Lumen Tribunal'),
  ],
  events: [meeting('m1', ['a', 'b']), warrant('w1', 'lt', ['b'])],
  relations: [role('a', 'mar')],
});
const predicted = doc({
  entities: [
    ent('p1', 'Person', 'Ada Kell'),
    ent('p2', 'Person', 'Bram Oyelaran'),
    ent('p3', 'Place', 'Port Saline'),
    ent('p4', 'Court', 'Lumen Tribunal'),
  ],
  events: [meeting('x', ['p1', 'p2']), warrant('y', null, ['p2'])],
  relations: [role('p1', 'p3')],
});
const report = scoreCorpus([{ gold, predicted }]);

describe('formatReport', () => {
  const text = formatReport(report, { detail: false });
  const lines = text.split('\n');

  it.each([
    ['Person', '2 0 0 1.000 1.000 1.000'],
    ['State', '0 0 1 - 0.000 0.000'],
    ['Court', '1 0 0 1.000 1.000 1.000'],
    ['Organization', '0 0 0 - - -'],
    ['Place', '0 1 0 0.000 - 0.000'],
    ['ALL ENTITIES', '3 1 1 0.750 0.750 0.750'],
    ['WARRANT', '0 1 1 0.000 0.000 0.000'],
    ['STRIKE_BY', '0 0 0 - - -'],
    ['MET', '1 0 0 1.000 1.000 1.000'],
    ['ROLE', '0 1 1 0.000 0.000 0.000'],
    ['FACTS (micro)', '1 2 2 0.333 0.333 0.333'],
  ])('has a row %s with TP FP FN P R F1 = %s', (label, values) => {
    const row = lines.find((l) => l.startsWith(label + ' '));
    expect(row?.slice(label.length).trim().split(/ +/).join(' ')).toBe(values);
  });

  it('aligns every table row to the same width', () => {
    const first = lines.findIndex((l) => l.trimEnd().endsWith('F1'));
    const last = lines.findIndex((l) => l.startsWith('FACTS (micro)'));
    const rows = lines.slice(first, last + 1);
    // Header, two rules, five entity types and their total, every pair type and the micro total.
    expect(rows).toHaveLength(3 + 6 + PAIR_TYPES.length + 1);
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
  });

  it('leaves out the per-article detail unless asked', () => {
    expect(text).not.toContain('story-7');
  });

  it('lists each article’s misses and false positives with type and name when asked', () => {
    const detail = formatReport(report, { detail: true });
    expect(detail).toContain('== story-7');
    expect(detail).toContain('missed entities:\n     - State "Maravia"');
    expect(detail).toContain('false-positive entities:\n     - Place "Port Saline"');
    expect(detail).toContain('- WARRANT(Court "Lumen Tribunal", Person "Bram Oyelaran")  [w1]');
    expect(detail).toContain('- ROLE(Person "Ada Kell", State "Maravia")  [HOLDS_ROLE#0]');
    expect(detail).toContain('false-positive pairs:');
    expect(detail).toContain('- WARRANT(no issuer, Person "Bram Oyelaran")  [y]');
    expect(detail).toContain('- ROLE(Person "Ada Kell", Place "Port Saline")  [HOLDS_ROLE#0]');
  });
});

describe('reportToJson', () => {
  it('round-trips the report', () => {
    expect(JSON.parse(reportToJson(report))).toEqual(report);
  });
});
