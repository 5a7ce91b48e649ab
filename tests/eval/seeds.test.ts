/**
 * Scores the seed gold files (read from ../shared/eval/seeds, never copied into the project)
 * against themselves and against altered copies.
 */

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { eventKinds } from '../../src/events/index.js';
import type { ExtractionDocument } from '../../src/contracts/extraction-document.js';
import { readGoldFile } from '../../src/eval/evaluate-directories.js';
import { formatPair } from '../../src/eval/format-report.js';
import { scoreArticle, type ArticleScore } from '../../src/eval/score.js';
import { requires } from '../setup/needs.js';
import { sharedDir } from '../setup/shared-dir.js';

function expectPerfect(s: ArticleScore): void {
  expect(s.entities.all.f1).toBe(1);
  expect(s.facts.f1).toBe(1);
  expect([s.entities.all.fp, s.entities.all.fn, s.facts.fp, s.facts.fn]).toEqual([0, 0, 0, 0]);
  expect(s.missedEntities).toEqual([]);
  expect(s.falsePositiveEntities).toEqual([]);
  expect(s.missedPairs).toEqual([]);
  expect(s.falsePositivePairs).toEqual([]);
}

/** Every event's role fields rewritten by `f` (a list role member by member; a one-valued role may become null). */
function mapRoles(
  d: ExtractionDocument,
  f: (id: string) => string | null,
  extra: Record<string, unknown> = {},
): ExtractionDocument['events'] {
  return d.events.map((ev) => {
    const kind = eventKinds.get(ev.type);
    const fields = ev as unknown as Record<string, unknown>;
    const roles = kind.roles.map((role) => {
      const value = fields[role.field];
      const mapped = role.many
        ? (value as string[]).flatMap((id) => f(id) ?? [])
        : value === null
          ? null
          : f(value as string);
      return [role.field, mapped];
    });
    const optional = kind.roles.flatMap((role) => (role.optionalField ? [[role.optionalField, undefined]] : []));
    return {
      ...ev,
      ...Object.fromEntries(roles),
      ...(Object.keys(extra).length > 0 ? Object.fromEntries(optional) : {}),
      ...extra,
    } as ExtractionDocument['events'][number];
  });
}

/** The document with entity `id` gone from the entities, the events and the relations. */
function withoutEntity(d: ExtractionDocument, id: string): ExtractionDocument {
  return {
    ...d,
    entities: d.entities.filter((e) => e.id !== id),
    events: mapRoles(d, (x) => (x === id ? null : x)),
    relations: d.relations.filter((r) => r.from !== id && r.to !== id),
  };
}

/**
 * A copy an extractor could have produced: fresh ids, entities in reverse order, each named
 * by its last alias only, and no optional markings.
 */
function rewritten(d: ExtractionDocument): ExtractionDocument {
  const newId = new Map(d.entities.map((e, i) => [e.id, `x${d.entities.length - i}`]));
  const map = (id: string): string => newId.get(id) ?? id;
  return {
    ...d,
    entities: [...d.entities].reverse().map((e) => ({
      id: map(e.id),
      type: e.type,
      name: e.aliases.at(-1) ?? e.name,
      aliases: [],
    })),
    events: mapRoles(d, map, { optional: undefined }),
    relations: d.relations.map((r) => ({
      ...r,
      optional: undefined,
      from: map(r.from),
      to: map(r.to),
    })),
  };
}

requires('shared').describe('seed gold files', () => {
  const SEEDS_DIR = sharedDir('eval', 'seeds');
  const SEED_FILES = readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const loadSeed = (file: string): Promise<ExtractionDocument> => readGoldFile(join(SEEDS_DIR, file));

  it('are present', () => {
    expect(SEED_FILES.length).toBeGreaterThanOrEqual(5);
  });

  it.each(SEED_FILES)('%s scored against itself gives F1 1.0', async (file) => {
    const gold = await loadSeed(file);
    expectPerfect(scoreArticle(gold, structuredClone(gold)));
  });

  it.each(SEED_FILES)('%s matches a copy with fresh ids, one alias per entity and no optional marks', async (file) => {
    const gold = await loadSeed(file);
    expectPerfect(scoreArticle(gold, rewritten(gold)));
  });

  it.each([
    {
      file: '000_ab7a71a1e1051fa2.json',
      remove: 'e12',
      missedEntity: 'Person Benjamin Netanyahu',
      missedPairs: [
        'ROLE(Person "Benjamin Netanyahu", State "Israel")  [HOLDS_ROLE#2]',
        'WARRANT(Court "International Criminal Court", Person "Benjamin Netanyahu")  [w1]',
      ],
    },
    {
      // Hamas is in required and optional events: only its required pairs are missed, and a pair
      // that is required in s1 and optional in s3 is required.
      file: '001_2f81bab482dcc2b9.json',
      remove: 'e7',
      missedEntity: 'Organization Hamas',
      missedPairs: [
        'ROLE(Person "Khalil al-Hayya", Organization "Hamas")  [HOLDS_ROLE#3]',
        'ROLE(Person "Suhail al-Hindi", Organization "Hamas")  [HOLDS_ROLE#2]',
        'ROLE(Person "Zaher Jabarin", Organization "Hamas")  [HOLDS_ROLE#4]',
        'STRIKE_AT(Organization "Hamas", State "Israel")  [s2]',
        'STRIKE_BY(Organization "Hamas", State "Israel")  [s2]',
        'STRIKE_BY(State "Israel", Organization "Hamas")  [s1, s3]',
      ],
    },
  ])(
    '$file without $remove misses exactly that entity and the pairs that depend on it',
    async ({ file, remove, missedEntity, missedPairs }) => {
      const gold = await loadSeed(file);
      const s = scoreArticle(gold, withoutEntity(gold, remove));
      expect(s.missedEntities.map((e) => `${e.type} ${e.name}`)).toEqual([missedEntity]);
      expect(s.missedPairs.map(formatPair).sort()).toEqual(missedPairs.sort());
      expect(s.entities.all.fn).toBe(1);
      expect(s.entities.all.fp).toBe(0);
      expect(s.facts.fn).toBe(missedPairs.length);
      expect(s.facts.fp).toBe(0);
      expect(s.falsePositivePairs).toEqual([]);
      const self = scoreArticle(gold, gold);
      expect(s.entities.all.tp).toBe(self.entities.all.tp - 1);
      expect(s.facts.tp).toBe(self.facts.tp - missedPairs.length);
    },
  );
});
