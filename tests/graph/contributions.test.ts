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
