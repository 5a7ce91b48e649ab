import { describe, expect, it } from 'vitest';
import type { ExtractionDocument } from '../../src/contracts/extraction-document.js';
import { scoreArticle, scoreCorpus, toScore, type ArticleScore, type PairRef } from '../../src/eval/score.js';
import { doc, ent, meeting, role, strike, warrant } from './build-doc.js';

/** `TYPE(from,to)` with entity names, sorted: compact expectations for pair lists. */
function pairs(list: PairRef[]): string[] {
  return list.map((p) => `${p.type}(${p.from?.name ?? '-'},${p.to.name})`).sort();
}

function entityCounts(s: ArticleScore): [number, number, number] {
  return [s.entities.all.tp, s.entities.all.fp, s.entities.all.fn];
}

function factCounts(s: ArticleScore): [number, number, number] {
  return [s.facts.tp, s.facts.fp, s.facts.fn];
}

describe('scoreArticle: entities', () => {
  const gold = doc({
    entities: [
      ent('g1', 'Person', 'Orlan Vesk', ['Vesk', 'Envoy Orlan Vesk']),
      ent('g2', 'State', 'Maravia', ['Republic of Maravia', 'Maravian']),
      ent('g3', 'Court', 'Lumen Tribunal', ['LT']),
    ],
  });

  it.each<[string, ExtractionDocument['entities'], [number, number, number]]>([
    ['matches an entity by its normalised name', [ent('p1', 'Person', 'ORLAN  VESK')], [1, 0, 2]],
    [
      'matches an entity by name after removing "the" and diacritics',
      [ent('p1', 'Court', 'The Lúmen Tribunal')],
      [1, 0, 2],
    ],
    ['matches an entity through a gold alias', [ent('p1', 'State', 'Republic of Maravia')], [1, 0, 2]],
    ['matches an entity through a predicted alias', [ent('p1', 'Court', 'Tribunal', ['LT'])], [1, 0, 2]],
    ['matches an entity when only aliases agree', [ent('p1', 'Person', 'Mr Vesk', ['Envoy Orlan Vesk'])], [1, 0, 2]],
    ['does not match an entity of another type', [ent('p1', 'Organization', 'Maravia')], [0, 1, 3]],
    ['does not match on a partial name', [ent('p1', 'Person', 'Orlan')], [0, 1, 3]],
    [
      'one gold entity matches at most one prediction',
      [ent('p1', 'Person', 'Vesk'), ent('p2', 'Person', 'Orlan Vesk')],
      [1, 1, 2],
    ],
    ['scores an empty prediction as all misses', [], [0, 0, 3]],
  ])('%s', (_behaviour, predictedEntities, expected) => {
    expect(entityCounts(scoreArticle(gold, doc({ entities: predictedEntities })))).toEqual(expected);
  });

  it('finds the maximum matching where a greedy one would lose a match', () => {
    // p1 could be either gold entity; p2 only the first. Greedy p1→g1 leaves p2 unmatched.
    const g = doc({
      entities: [ent('g1', 'Person', 'Ada Kell', ['Kell']), ent('g2', 'Person', 'Bram Kell', ['Kell'])],
    });
    const p = doc({
      entities: [ent('p1', 'Person', 'Ada Kell', ['Kell', 'Bram Kell']), ent('p2', 'Person', 'Kell')],
    });
    const s = scoreArticle(g, p);
    expect(entityCounts(s)).toEqual([2, 0, 0]);
    expect(s.matches.map((m) => `${m.gold.id}=${m.predicted.id}`).sort()).toEqual(['g1=p2', 'g2=p1']);
  });

  it('lists missed and false-positive entities with type and name', () => {
    const s = scoreArticle(
      gold,
      doc({ entities: [ent('p1', 'Person', 'Orlan Vesk'), ent('p2', 'Place', 'Port Saline')] }),
    );
    expect(s.missedEntities.map((e) => `${e.type} ${e.name}`)).toEqual(['State Maravia', 'Court Lumen Tribunal']);
    expect(s.falsePositiveEntities).toEqual([{ id: 'p2', type: 'Place', name: 'Port Saline' }]);
  });

  it('counts per entity type', () => {
    const s = scoreArticle(gold, doc({ entities: [ent('p1', 'State', 'Maravia'), ent('p2', 'Place', 'Port Saline')] }));
    expect([s.entities.State.tp, s.entities.State.fp, s.entities.State.fn]).toEqual([1, 0, 0]);
    expect([s.entities.Place.tp, s.entities.Place.fp, s.entities.Place.fn]).toEqual([0, 1, 0]);
    expect([s.entities.Person.tp, s.entities.Person.fp, s.entities.Person.fn]).toEqual([0, 0, 1]);
  });
});

describe('scoreArticle: optional entities', () => {
  const gold = doc({
    entities: [
      ent('g1', 'Organization', 'Brightwater Collective', ['Brightwater'], { optional: true }),
      ent('g2', 'Organization', 'Brightwater Gazette', ['Brightwater']),
    ],
  });

  it('an optional gold entity is neither TP nor FN when missed', () => {
    const s = scoreArticle(gold, doc({ entities: [ent('p1', 'Organization', 'Brightwater Gazette')] }));
    expect(entityCounts(s)).toEqual([1, 0, 0]);
    expect(s.missedEntities).toEqual([]);
  });

  it('predicting an optional gold entity is neither TP nor FP', () => {
    const s = scoreArticle(
      gold,
      doc({
        entities: [
          ent('p1', 'Organization', 'Brightwater Collective'),
          ent('p2', 'Organization', 'Brightwater Gazette'),
        ],
      }),
    );
    expect(entityCounts(s)).toEqual([1, 0, 0]);
    expect(s.matches.find((m) => m.predicted.id === 'p1')?.goldOptional).toBe(true);
  });

  it('a required gold entity gets a prediction that could match an optional one too', () => {
    const s = scoreArticle(gold, doc({ entities: [ent('p1', 'Organization', 'Brightwater')] }));
    expect(entityCounts(s)).toEqual([1, 0, 0]);
    expect(s.matches).toEqual([
      expect.objectContaining({ gold: expect.objectContaining({ id: 'g2' }), goldOptional: false }),
    ]);
  });

  it('a prediction left over after the required entities still absorbs an optional one', () => {
    const s = scoreArticle(
      gold,
      doc({
        entities: [ent('p1', 'Organization', 'Brightwater'), ent('p2', 'Organization', 'Brightwater')],
      }),
    );
    expect(entityCounts(s)).toEqual([1, 0, 0]);
  });
});

describe('scoreArticle: pairs', () => {
  const people = [
    ent('a', 'Person', 'Ada Kell'),
    ent('b', 'Person', 'Bram Oyelaran'),
    ent('c', 'Person', 'Cleo Marsh'),
  ];
  const court = ent('court', 'Court', 'Lumen Tribunal', ['LT']);
  const maravia = ent('mar', 'State', 'Maravia');
  const vell = ent('vell', 'State', 'Vell');
  const brightwater = ent('bw', 'Organization', 'Brightwater Collective');
  const saline = ent('ps', 'Place', 'Port Saline');
  const all = [...people, court, maravia, vell, brightwater, saline];

  it.each<{
    behaviour: string;
    gold: Partial<ExtractionDocument>;
    predicted: Partial<ExtractionDocument>;
    tpFpFn: [number, number, number];
    missed?: string[];
    falsePositives?: string[];
  }>([
    {
      behaviour: 'WARRANT yields one pair per subject',
      gold: { events: [warrant('w1', 'court', ['a', 'b'])] },
      predicted: { events: [warrant('x', 'court', ['a'])] },
      tpFpFn: [1, 0, 1],
      missed: ['WARRANT(Lumen Tribunal,Bram Oyelaran)'],
    },
    {
      behaviour: 'WARRANT with no issuer matches only a gold warrant with no issuer',
      gold: { events: [warrant('w1', null, ['a']), warrant('w2', 'court', ['b'])] },
      predicted: { events: [warrant('x', null, ['a', 'b'])] },
      tpFpFn: [1, 1, 1],
      missed: ['WARRANT(Lumen Tribunal,Bram Oyelaran)'],
      falsePositives: ['WARRANT(-,Bram Oyelaran)'],
    },
    {
      behaviour: 'STRIKE_BY is every perpetrator × target',
      gold: { events: [strike('s1', { perpetrators: ['mar', 'bw'], targets: ['vell', 'ps'] })] },
      predicted: { events: [strike('x', { perpetrators: ['mar', 'bw'], targets: ['vell'] })] },
      tpFpFn: [2, 0, 2],
      missed: ['STRIKE_BY(Brightwater Collective,Port Saline)', 'STRIKE_BY(Maravia,Port Saline)'],
    },
    {
      behaviour: 'STRIKE_AT is every perpetrator × location',
      gold: { events: [strike('s1', { perpetrators: ['mar'], locations: ['ps', 'vell'] })] },
      predicted: { events: [strike('x', { perpetrators: ['mar'], locations: ['ps'] })] },
      tpFpFn: [1, 0, 1],
      missed: ['STRIKE_AT(Maravia,Vell)'],
    },
    {
      behaviour: 'STRIKE_BY is directed',
      gold: { events: [strike('s1', { perpetrators: ['mar'], targets: ['vell'] })] },
      predicted: { events: [strike('x', { perpetrators: ['vell'], targets: ['mar'] })] },
      tpFpFn: [0, 1, 1],
    },
    {
      behaviour: 'MET pairs are unordered and deduplicated',
      gold: { events: [meeting('m1', ['a', 'b', 'c'])] },
      predicted: { events: [meeting('x', ['b', 'a']), meeting('y', ['c', 'a', 'b', 'a'])] },
      tpFpFn: [3, 0, 0],
    },
    {
      behaviour: 'a MET of an entity with itself is no pair',
      gold: { events: [meeting('m1', ['a', 'b'])] },
      predicted: { events: [meeting('x', ['a', 'a'])] },
      tpFpFn: [0, 0, 1],
    },
    {
      behaviour: 'ROLE is directed from person to organisation',
      gold: { relations: [role('a', 'court')] },
      predicted: { relations: [role('court', 'a')] },
      tpFpFn: [0, 1, 1],
      falsePositives: ['ROLE(Lumen Tribunal,Ada Kell)'],
    },
    {
      behaviour: 'pairs are deduplicated per article across events and relations',
      gold: {
        events: [warrant('w1', 'court', ['a']), warrant('w2', 'court', ['a'])],
        relations: [role('a', 'mar', { role: 'envoy' }), role('a', 'mar', { role: 'minister' })],
      },
      predicted: {
        events: [warrant('x', 'court', ['a']), warrant('y', 'court', ['a'])],
        relations: [role('a', 'mar'), role('a', 'mar')],
      },
      tpFpFn: [2, 0, 0],
    },
    {
      behaviour: 'an optional gold event yields optional pairs: neither TP, FP nor FN',
      gold: {
        events: [
          strike('s1', { perpetrators: ['mar'], targets: ['vell'] }, { optional: true }),
          meeting('m1', ['a', 'b'], { optional: true }),
        ],
      },
      predicted: { events: [strike('x', { perpetrators: ['mar'], targets: ['vell'] })] },
      tpFpFn: [0, 0, 0],
    },
    {
      behaviour: 'an optional relation yields an optional pair',
      gold: {
        relations: [role('a', 'mar', { optional: true }), role('b', 'mar', { optional: true })],
      },
      predicted: { relations: [role('a', 'mar')] },
      tpFpFn: [0, 0, 0],
    },
    {
      behaviour: 'optionalSubjects yield optional WARRANT pairs',
      gold: { events: [warrant('w1', 'court', ['a'], { optionalSubjects: ['b', 'c'] })] },
      predicted: { events: [warrant('x', 'court', ['a', 'b'])] },
      tpFpFn: [1, 0, 0],
    },
    {
      behaviour: 'optionalTargets yield optional STRIKE_BY pairs, not optional STRIKE_AT pairs',
      gold: {
        events: [
          strike('s1', { perpetrators: ['mar'], targets: ['bw'], locations: ['ps'] }, { optionalTargets: ['vell'] }),
        ],
      },
      predicted: { events: [strike('x', { perpetrators: ['mar'], targets: ['vell'] })] },
      tpFpFn: [0, 0, 2],
      missed: ['STRIKE_AT(Maravia,Port Saline)', 'STRIKE_BY(Maravia,Brightwater Collective)'],
    },
    {
      behaviour: 'a MET pair is optional when either member is an optional participant',
      gold: { events: [meeting('m1', ['a', 'b'], { optionalParticipants: ['c', 'mar'] })] },
      predicted: { events: [meeting('x', ['a', 'b', 'c', 'mar'])] },
      tpFpFn: [1, 0, 0],
    },
    {
      behaviour: 'a pair required in one event and optional in another is required',
      gold: {
        events: [
          meeting('m1', ['a', 'b'], { optional: true }),
          meeting('m2', ['a'], { optionalParticipants: ['b'] }),
          meeting('m3', ['b', 'a']),
        ],
      },
      predicted: {},
      tpFpFn: [0, 0, 1],
      missed: ['MET(Ada Kell,Bram Oyelaran)'],
    },
    {
      behaviour: 'a predicted pair that equals no gold pair is a FP, even between matched entities',
      gold: { events: [meeting('m1', ['a', 'b'])] },
      predicted: { events: [meeting('x', ['a', 'b', 'c'])] },
      tpFpFn: [1, 2, 0],
      falsePositives: ['MET(Ada Kell,Cleo Marsh)', 'MET(Bram Oyelaran,Cleo Marsh)'],
    },
  ])('$behaviour', ({ gold, predicted, tpFpFn, missed, falsePositives }) => {
    const s = scoreArticle(doc({ entities: all, ...gold }), doc({ entities: all, ...predicted }));
    expect(factCounts(s)).toEqual(tpFpFn);
    if (missed !== undefined) expect(pairs(s.missedPairs)).toEqual(missed.sort());
    if (falsePositives !== undefined) {
      expect(pairs(s.falsePositivePairs)).toEqual(falsePositives.sort());
    }
  });

  it('maps predicted pairs through the entity matching, not through ids', () => {
    const gold = doc({ entities: [court, people[0]!], events: [warrant('w1', 'court', ['a'])] });
    const predicted = doc({
      entities: [ent('e7', 'Person', 'Kell', []), ent('e9', 'Court', 'LT')],
      events: [warrant('q', 'e9', ['e7'])],
    });
    // "Kell" matches no gold name or alias: the Person is unmatched, so its pair is a FP.
    expect(factCounts(scoreArticle(gold, predicted))).toEqual([0, 1, 1]);
    predicted.entities[0]!.aliases = ['Ada Kell'];
    expect(factCounts(scoreArticle(gold, predicted))).toEqual([1, 0, 0]);
  });

  it('counts per pair type and micro-averages them into the fact score', () => {
    const s = scoreArticle(
      doc({
        entities: all,
        events: [warrant('w1', 'court', ['a']), meeting('m1', ['a', 'b'])],
        relations: [role('a', 'mar')],
      }),
      doc({
        entities: all,
        events: [warrant('x', 'court', ['a', 'c']), meeting('y', ['a', 'b'])],
      }),
    );
    expect([s.pairs.WARRANT!.tp, s.pairs.WARRANT!.fp, s.pairs.WARRANT!.fn]).toEqual([1, 1, 0]);
    expect([s.pairs.MET!.tp, s.pairs.MET!.fp, s.pairs.MET!.fn]).toEqual([1, 0, 0]);
    expect([s.pairs.ROLE!.tp, s.pairs.ROLE!.fp, s.pairs.ROLE!.fn]).toEqual([0, 0, 1]);
    expect(s.facts).toEqual(toScore({ tp: 2, fp: 1, fn: 1 }));
  });

  it('reports the gold events a missed pair came from', () => {
    const s = scoreArticle(
      doc({
        entities: all,
        events: [meeting('m1', ['a', 'b']), meeting('m2', ['b', 'a'])],
        relations: [role('a', 'mar')],
      }),
      doc({ entities: all }),
    );
    expect(s.missedPairs.map((p) => p.sources)).toEqual([['m1', 'm2'], ['HOLDS_ROLE#0']]);
  });
});

describe('scoreArticle: pairs and optional or unmatched entities', () => {
  const gold = doc({
    entities: [
      ent('a', 'Person', 'Ada Kell'),
      ent('q', 'Person', 'Quill Varrin', [], { optional: true }),
      ent('mar', 'State', 'Maravia'),
    ],
    events: [meeting('m1', ['a', 'q'])],
    relations: [role('a', 'mar')],
  });

  it.each<[string, ExtractionDocument, [number, number, number], string[]]>([
    [
      'a pair on a predicted entity that matched nothing is a FP',
      doc({
        entities: [ent('p1', 'Person', 'Ada Kell'), ent('p2', 'Person', 'Nobody Known')],
        events: [meeting('x', ['p1', 'p2'])],
        relations: [role('p2', 'p1')],
      }),
      [0, 2, 1],
      ['MET(Ada Kell,Nobody Known)', 'ROLE(Nobody Known,Ada Kell)'],
    ],
    [
      'a pair involving an optional gold entity is optional in the gold',
      doc({ entities: [ent('p1', 'Person', 'Ada Kell'), ent('p3', 'State', 'Maravia')] }),
      [0, 0, 1],
      [],
    ],
    [
      'a pair mapped onto an optional gold entity that equals a gold pair is ignored',
      doc({
        entities: [ent('p1', 'Person', 'Ada Kell'), ent('p2', 'Person', 'Quill Varrin')],
        events: [meeting('x', ['p2', 'p1'])],
      }),
      [0, 0, 1],
      [],
    ],
    [
      'a pair mapped onto an optional gold entity without a gold pair is a FP',
      doc({
        entities: [ent('p2', 'Person', 'Quill Varrin'), ent('p3', 'State', 'Maravia')],
        relations: [role('p2', 'p3')],
      }),
      [0, 1, 1],
      ['ROLE(Quill Varrin,Maravia)'],
    ],
    [
      'a pair of a duplicate prediction left unmatched is a FP',
      doc({
        entities: [
          ent('p1', 'Person', 'Ada Kell'),
          ent('p1b', 'Person', 'Kell', ['Ada Kell']),
          ent('p3', 'State', 'Maravia'),
        ],
        relations: [role('p1', 'p3'), role('p1b', 'p3')],
      }),
      [1, 1, 0],
      ['ROLE(Kell,Maravia)'],
    ],
    [
      'a pair on an id that names no predicted entity is a FP',
      doc({ entities: [ent('p3', 'State', 'Maravia')], relations: [role('ghost', 'p3')] }),
      [0, 1, 1],
      ['ROLE((no entity ghost),Maravia)'],
    ],
  ])('%s', (_behaviour, predicted, tpFpFn, falsePositives) => {
    const s = scoreArticle(gold, predicted);
    expect(factCounts(s)).toEqual(tpFpFn);
    expect(pairs(s.falsePositivePairs)).toEqual(falsePositives.sort());
  });
});

describe('toScore', () => {
  it.each([
    ['computes P, R and F1', { tp: 3, fp: 1, fn: 2 }, [0.75, 0.6, 2 / 3]],
    ['is perfect with no errors', { tp: 4, fp: 0, fn: 0 }, [1, 1, 1]],
    ['gives 0 for 0/0 when nothing is gold or predicted', { tp: 0, fp: 0, fn: 0 }, [0, 0, 0]],
    ['gives precision 0 when nothing is predicted', { tp: 0, fp: 0, fn: 2 }, [0, 0, 0]],
    ['gives recall 0 when there is no gold', { tp: 0, fp: 2, fn: 0 }, [0, 0, 0]],
  ])('%s', (_behaviour, counts, [p, r, f1]) => {
    const s = toScore(counts);
    expect(s).toMatchObject(counts);
    expect(s.precision).toBeCloseTo(p!, 12);
    expect(s.recall).toBeCloseTo(r!, 12);
    expect(s.f1).toBeCloseTo(f1!, 12);
  });
});

describe('scoreCorpus', () => {
  it('sums counts over articles and micro-averages them', () => {
    const one = doc({ id: 'one', entities: [ent('a', 'Person', 'Ada Kell')] });
    const two = doc({
      id: 'two',
      entities: [ent('b', 'Person', 'Bram Oyelaran'), ent('c', 'Person', 'Cleo Marsh')],
      events: [meeting('m1', ['b', 'c'])],
    });
    const report = scoreCorpus([
      { gold: one, predicted: one },
      { gold: two, predicted: doc({ entities: [ent('x', 'Place', 'Port Saline')] }) },
    ]);
    expect(report.articles.map((a) => a.articleId)).toEqual(['one', 'two']);
    expect(report.entities.all).toEqual(toScore({ tp: 1, fp: 1, fn: 2 }));
    expect(report.entities.Person).toEqual(toScore({ tp: 1, fp: 0, fn: 2 }));
    expect(report.entities.Place).toEqual(toScore({ tp: 0, fp: 1, fn: 0 }));
    expect(report.facts).toEqual(toScore({ tp: 0, fp: 0, fn: 1 }));
    expect(report.pairs.MET).toEqual(toScore({ tp: 0, fp: 0, fn: 1 }));
  });

  it('scores an empty corpus as all zero', () => {
    const report = scoreCorpus([]);
    expect(report.facts).toEqual(toScore({ tp: 0, fp: 0, fn: 0 }));
    expect(report.articles).toEqual([]);
  });
});
