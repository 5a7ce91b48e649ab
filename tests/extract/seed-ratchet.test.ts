/**
 * Ratchet: the extractor over the five seed articles (read from ../shared, never copied),
 * scored with the project's scorer, must not fall below the level reached. Raise the floors
 * when the extractor improves; never lower them to make a change pass.
 */

import { expect, it } from 'vitest';
import { evaluateDirectories } from '../../src/eval/evaluate-directories.js';
import { formatReport } from '../../src/eval/format-report.js';
import { extract } from '../../src/extract/index.js';
import { requires } from '../setup/needs.js';
import { sharedDir } from '../setup/shared-dir.js';

/** Reached on the seeds, rounded down to two decimals. */
const ENTITY_F1_FLOOR = 1.0;
const FACT_F1_FLOOR = 1.0;

requires('shared').describe('seed ratchet', () => {
  it('keeps entity F1 and fact F1 on the seeds at or above the level reached', async () => {
    const report = await evaluateDirectories({
      goldDir: sharedDir('eval', 'seeds'),
      textsDir: sharedDir('corpus', 'seeds'),
      extract: (text, meta) => extract(text, meta),
    });
    const detail = formatReport(report, { detail: true });
    expect(report.entities.all.f1, detail).toBeGreaterThanOrEqual(ENTITY_F1_FLOOR);
    expect(report.facts.f1, detail).toBeGreaterThanOrEqual(FACT_F1_FLOOR);
  });
});
