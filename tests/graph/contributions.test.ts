/** What a document contributes to the graph: names, not descriptions, as an actor's aliases. */
import { describe, expect, it } from 'vitest';
import { isName, planContributions } from '../../src/graph/contributions.js';

describe('aliases stored in the graph', () => {
  it.each([
    ['ICC', true],
    ['Pre-Trial Chamber I', true],
    ['Israeli', true],
    ['Khalil al-Hayya', true],
    ['the Kremlin', true],
    ['2nd Brigade', true],
    ['The court', false],
    ['the court', false],
    ['the emirate', false],
    ['the Gulf state', false],
    ['the Hague-based court', false],
  ])('%s is a name: %s', (alias, expected) => {
    expect(isName(alias)).toBe(expected);
  });

  it("keeps an entity's descriptions out of its aliases, and its names in", () => {
    const plan = planContributions({
      format: 'kg-extraction/1',
      article: { id: 'a', title: null, url: null, publishedAt: null, language: 'en' },
      entities: [
        { id: 'e1', type: 'Court', name: 'International Criminal Court', aliases: ['ICC', 'The court', 'the court'] },
      ],
      events: [],
      relations: [],
    });
    expect(plan.actors[0]?.aliases).toEqual(['International Criminal Court', 'ICC']);
  });
});

describe('offices in the graph', () => {
  const document = (relation: Record<string, unknown>) => ({
    format: 'kg-extraction/1' as const,
    formatVersion: '1.2',
    article: { id: 'a', title: null, url: null, publishedAt: '2025-01-10', language: 'en' as const },
    entities: [
      { id: 'e1', type: 'Person' as const, name: 'Yara Tell', aliases: [] },
      { id: 'e2', type: 'State' as const, name: 'Norland', aliases: [] },
    ],
    events: [],
    relations: [
      { type: 'HOLDS_ROLE' as const, from: 'e1', to: 'e2', role: 'Defence Minister', evidence: [], ...relation },
    ],
  });

  it('keeps the office without "former", with what the article says of its time', () => {
    expect(planContributions(document({ role: 'former Defence Minister', until: '2024-11' })).roles).toEqual([
      {
        personRef: 'e1',
        holderRef: 'e2',
        role: 'Defence Minister',
        current: false,
        since: null,
        until: '2024-11',
        evidence: null,
      },
    ]);
    expect(planContributions(document({ since: '2019' })).roles[0]).toMatchObject({
      current: true,
      since: '2019',
      until: null,
    });
  });

  it('refuses a date that is not YYYY, YYYY-MM or YYYY-MM-DD', () => {
    expect(() => planContributions(document({ since: 'March 2019' }))).toThrow(/since "March 2019"/);
    expect(() => planContributions(document({ until: '2024-02-30' }))).toThrow(/until "2024-02-30"/);
  });
});
