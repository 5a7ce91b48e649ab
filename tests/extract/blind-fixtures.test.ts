/**
 * The blind check articles (tests/extract/fixtures/blind, see its README) stay usable: every
 * text has a valid gold file whose evidence slices out of the article body. No score floor is
 * set on them on purpose: they estimate generalisation and must not become a tuning target.
 */

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGoldFile } from '../../src/eval/evaluate-directories.js';
import { extract } from '../../src/extract/index.js';
import { projectRoot } from '../../src/project-root.js';

const DIR = join(projectRoot(), 'tests', 'extract', 'fixtures', 'blind');
const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -'.txt'.length))
  .sort();

function bodyOf(text: string): string {
  const end = text.indexOf('\n---\n', 3);
  return text.startsWith('---\n') && end >= 0 ? text.slice(end + '\n---\n'.length) : text;
}

describe('blind check articles', () => {
  it('has articles', () => {
    expect(names.length).toBeGreaterThan(0);
  });

  it.each(names)('%s has a valid gold file whose evidence slices out of the body', async (name) => {
    const gold = await readGoldFile(join(DIR, 'gold', `${name}.json`));
    const body = bodyOf(readFileSync(join(DIR, `${name}.txt`), 'utf8'));
    expect(gold.article.id).toBe(name);
    for (const item of [...gold.events, ...gold.relations])
      for (const e of item.evidence) expect(body.slice(e.start, e.end)).toBe(e.text);
    // The extractor reads every one of them without failing.
    expect(extract(body, { publishedAt: gold.article.publishedAt }).entities.length).toBeGreaterThan(0);
  });
});
