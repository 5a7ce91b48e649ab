/**
 * Ratchet on the sample set: the extractor over the sample articles (samples/*.txt, our
 * own texts) scored with the project's scorer against samples/gold, annotated independently of
 * the extractor. They were held out until one round of general rules used their misses; they
 * now guard against regressions. Never tune the extractor to them sentence by sentence, never copy their sentences into the project, and
 * never edit the gold to make a change pass. Fix a miss only with a general rule that would
 * also fire correctly on articles nobody here has seen; raise the floors when the extractor
 * improves, never lower them to let a change through.
 */

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGoldFile } from '../../src/eval/evaluate-directories.js';
import { formatReport } from '../../src/eval/format-report.js';
import { scoreCorpus } from '../../src/eval/score.js';
import type { ExtractionDocument } from '../../src/contracts/extraction-document.js';
import { extract } from '../../src/extract/index.js';
import { projectRoot } from '../../src/project-root.js';

/**
 * Floors per set of samples, rounded down to two decimals. The first ten served a round of
 * general rules; the arrest samples (11, 12: an arrest on a tribunal's warrant and a transfer,
 * a surrender and a transfer; 13: a release) were added with their gold and scored at first contact (entity F1
 * 0.958, fact F1 0.737); general arrest rules (a pluperfect passive, "arrested the former …
 * commander", a subject set off by an apposition) then raised their fact F1 to 0.909. The release
 * sample (13) came after those rules (first contact: entity F1 0.857, fact F1 0.800); the three
 * score entity F1 0.935, fact F1 0.889.
 */
const SETS: ReadonlyArray<{ name: string; files: RegExp; entityF1: number; factF1: number }> = [
  { name: 'the first ten samples', files: /^(0\d|10)-/, entityF1: 1.0, factF1: 0.99 },
  { name: 'the arrest samples', files: /^1[1-3]-/, entityF1: 0.93, factF1: 0.88 },
];

const SAMPLES = join(projectRoot(), 'samples');
const GOLD = join(SAMPLES, 'gold');

/**
 * The article body: the text after the front matter (samples/gold/README.md). Gold offsets
 * index the body, so nothing is trimmed.
 */
function bodyOf(text: string): string {
  if (!text.startsWith('---\n')) return text;
  const end = text.indexOf('\n---\n', 3);
  return end < 0 ? text : text.slice(end + '\n---\n'.length);
}

const names = readdirSync(GOLD)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length))
  .sort();

describe('samples ratchet', () => {
  it('puts every sample in exactly one set', () => {
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(SETS.filter((set) => set.files.test(name)).length, name).toBe(1);
  });

  it.each(SETS)('keeps entity F1 and fact F1 on $name at or above the level reached', async (set) => {
    const items: Array<{ gold: ExtractionDocument; predicted: ExtractionDocument }> = [];
    for (const name of names.filter((n) => set.files.test(n))) {
      const gold = await readGoldFile(join(GOLD, `${name}.json`));
      const body = bodyOf(readFileSync(join(SAMPLES, `${name}.txt`), 'utf8'));
      const { id, title, url, publishedAt } = gold.article;
      items.push({ gold, predicted: extract(body, { id, title, url, publishedAt }) });
    }
    const report = scoreCorpus(items);
    const detail = formatReport(report, { detail: true });
    expect(items.length).toBeGreaterThan(0);
    expect(report.entities.all.f1, detail).toBeGreaterThanOrEqual(set.entityF1);
    expect(report.facts.f1, detail).toBeGreaterThanOrEqual(set.factF1);
  });
});
