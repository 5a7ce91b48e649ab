import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExtractionDocument } from '../../src/contracts/extraction-document.js';
import { evaluateDirectories, parseGoldDocument, type ExtractMeta } from '../../src/eval/evaluate-directories.js';
import { doc, ent, meeting, role } from './build-doc.js';

const GOLD = doc({
  id: 'story-1',
  entities: [ent('a', 'Person', 'Ada Kell'), ent('mar', 'State', 'Maravia')],
  events: [meeting('m1', ['a', 'mar'])],
  relations: [role('a', 'mar')],
});
GOLD.article.title = 'Envoy visits';
GOLD.article.url = 'https://example.org/envoy';
GOLD.article.publishedAt = '2031-02-03';
const TEXT = 'Ada Kell, envoy of Maravia, met Maravian officials.\n';

let root: string;
let goldDir: string;
let textsDir: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'newsgraph-eval-'));
  goldDir = join(root, 'gold');
  textsDir = join(root, 'texts');
  await mkdir(goldDir);
  await mkdir(textsDir);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('evaluateDirectories', () => {
  it('runs the extractor on each text with the gold metadata and scores it', async () => {
    await writeFile(
      join(goldDir, 'b-story.json'),
      JSON.stringify({ ...GOLD, article: { ...GOLD.article, id: 'story-2' } }),
    );
    await writeFile(join(goldDir, 'a-story.json'), JSON.stringify(GOLD));
    await writeFile(join(goldDir, 'README.md'), 'not a gold file');
    await writeFile(join(textsDir, 'a-story.txt'), TEXT);
    await writeFile(join(textsDir, 'b-story.txt'), 'Nothing here.');
    const calls: Array<[string, ExtractMeta]> = [];
    const report = await evaluateDirectories({
      goldDir,
      textsDir,
      extract: (text, meta) => {
        calls.push([text, meta]);
        return text === TEXT ? structuredClone(GOLD) : doc();
      },
    });
    expect(calls).toEqual([
      [
        TEXT,
        {
          id: 'story-1',
          title: 'Envoy visits',
          url: 'https://example.org/envoy',
          publishedAt: '2031-02-03',
        },
      ],
      [
        'Nothing here.',
        {
          id: 'story-2',
          title: 'Envoy visits',
          url: 'https://example.org/envoy',
          publishedAt: '2031-02-03',
        },
      ],
    ]);
    expect(report.articles.map((a) => a.articleId)).toEqual(['story-1', 'story-2']);
    expect([report.entities.all.tp, report.entities.all.fn]).toEqual([2, 2]);
    expect([report.facts.tp, report.facts.fn]).toEqual([2, 2]);
  });

  it('accepts an asynchronous extractor', async () => {
    await writeFile(join(goldDir, 'a.json'), JSON.stringify(GOLD));
    await writeFile(join(textsDir, 'a.txt'), TEXT);
    const report = await evaluateDirectories({
      goldDir,
      textsDir,
      extract: async () => structuredClone(GOLD),
    });
    expect(report.facts.f1).toBe(1);
  });

  it('names the missing text file', async () => {
    await writeFile(join(goldDir, 'lonely.json'), JSON.stringify(GOLD));
    await expect(evaluateDirectories({ goldDir, textsDir, extract: () => doc() })).rejects.toThrow(
      `article text ${join(textsDir, 'lonely.txt')} for gold file ${join(goldDir, 'lonely.json')} does not exist`,
    );
  });

  it('names a gold file that is not JSON', async () => {
    await writeFile(join(goldDir, 'broken.json'), '{ "format": ');
    await expect(evaluateDirectories({ goldDir, textsDir, extract: () => doc() })).rejects.toThrow(
      `gold file ${join(goldDir, 'broken.json')} is not valid JSON`,
    );
  });

  it('names a gold file that is not a kg-extraction/1 document', async () => {
    await writeFile(join(goldDir, 'old.json'), JSON.stringify({ ...GOLD, format: 'kg-extraction/0' }));
    await writeFile(join(textsDir, 'old.txt'), TEXT);
    await expect(evaluateDirectories({ goldDir, textsDir, extract: () => doc() })).rejects.toThrow(
      `invalid gold file ${join(goldDir, 'old.json')}: $.format: expected "kg-extraction/1", got "kg-extraction/0"`,
    );
  });

  it('names the text file when the extractor throws', async () => {
    await writeFile(join(goldDir, 'a.json'), JSON.stringify(GOLD));
    await writeFile(join(textsDir, 'a.txt'), TEXT);
    const extract = (): ExtractionDocument => {
      throw new Error('parser exploded');
    };
    await expect(evaluateDirectories({ goldDir, textsDir, extract })).rejects.toThrow(
      `extractor failed on ${join(textsDir, 'a.txt')}: parser exploded`,
    );
  });

  it('refuses a gold directory without gold files', async () => {
    await expect(evaluateDirectories({ goldDir, textsDir, extract: () => doc() })).rejects.toThrow(
      'holds no .json gold files',
    );
  });

  it('names a gold directory that does not exist', async () => {
    const missing = join(root, 'nope');
    await expect(evaluateDirectories({ goldDir: missing, textsDir, extract: () => doc() })).rejects.toThrow(
      `cannot read gold directory ${missing}`,
    );
  });
});

describe('parseGoldDocument', () => {
  // Deliberately malformed JSON is easiest to build from an untyped copy.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type Loose = any;
  const mutate = (f: (d: Loose) => void): unknown => {
    const d: Loose = structuredClone(GOLD);
    f(d);
    return d;
  };

  it('accepts a well-formed document', () => {
    expect(parseGoldDocument(structuredClone(GOLD), 'g.json')).toEqual(GOLD);
  });

  it.each<[string, unknown, string]>([
    ['a non-object', [], '$: expected an object, got []'],
    [
      'a missing article id',
      mutate((d) => delete d.article.id),
      '$.article.id: expected a non-empty string, got nothing',
    ],
    [
      'a bad entity type',
      mutate((d) => (d.entities[0].type = 'Persn')),
      '$.entities[0].type: expected one of Person, State, Court, Organization, Place, got "Persn"',
    ],
    ['a duplicate entity id', mutate((d) => (d.entities[1].id = 'a')), '$.entities[1].id: duplicate entity id "a"'],
    [
      'aliases that are not strings',
      mutate((d) => (d.entities[0].aliases = [3])),
      '$.entities[0].aliases[0]: expected a non-empty string, got 3',
    ],
    [
      'an optional flag that is not boolean',
      mutate((d) => (d.entities[0].optional = 'yes')),
      '$.entities[0].optional: expected a boolean, got "yes"',
    ],
    [
      'an event naming an unknown entity',
      mutate((d) => d.events[0].participants.push('zz')),
      '$.events[0].participants[2]: no entity has id "zz"',
    ],
    [
      'optional members naming an unknown entity',
      mutate((d) => (d.events[0].optionalParticipants = ['zz'])),
      '$.events[0].optionalParticipants[0]: no entity has id "zz"',
    ],
    [
      'an unknown event type',
      mutate((d) => (d.events[0].type = 'Protest')),
      '$.events[0].type: expected one of Warrant, Strike, Meeting, Arrest, got "Protest"',
    ],
    [
      'a bad meeting mode',
      mutate((d) => (d.events[0].mode = 'telepathy')),
      '$.events[0].mode: expected one of in_person, phone_call, virtual, unknown, got "telepathy"',
    ],
    [
      'a relation to an unknown entity',
      mutate((d) => (d.relations[0].to = 'zz')),
      '$.relations[0].to: no entity has id "zz"',
    ],
    ['a missing relations list', mutate((d) => delete d.relations), '$.relations: expected an array, got nothing'],
  ])('rejects %s, naming the file and the problem', (_case, value, problem) => {
    expect(() => parseGoldDocument(value, 'gold/x.json')).toThrow(`invalid gold file gold/x.json: ${problem}`);
  });
});
