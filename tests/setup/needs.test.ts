import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/project-root.js';
import { findChromium } from './chromium.js';
import { missingNeeds, requireAll } from './needs.js';

const scratch = mkdtempSync(join(tmpdir(), 'newsgraph-needs-'));
const nowhere = join(scratch, 'no-such-folder');

describe('missingNeeds', () => {
  it('names a shared folder that is not there, and nothing when it is', () => {
    expect(missingNeeds(['shared'], { NEWSGRAPH_SHARED_DIR: nowhere })).toEqual([
      `../shared (the team's seed articles and gold annotations): ${nowhere} not found (NEWSGRAPH_SHARED_DIR names another folder)`,
    ]);
    expect(missingNeeds(['shared'], { NEWSGRAPH_SHARED_DIR: scratch })).toEqual([]);
  });

  it('finds Chromium on PATH only, or where NEWSGRAPH_CHROMIUM says, and only an executable one', () => {
    const bin = join(scratch, 'bin');
    mkdirSync(bin, { recursive: true });
    const empty = join(scratch, 'empty');
    mkdirSync(empty, { recursive: true });
    const browser = join(bin, 'chromium');
    writeFileSync(browser, '#!/bin/sh\n');
    chmodSync(browser, 0o644);
    expect(findChromium({ PATH: `${empty}:${bin}` })).toBeUndefined();
    chmodSync(browser, 0o755);
    expect(findChromium({ PATH: `${empty}:${bin}` })).toBe(browser);
    expect(findChromium({ PATH: empty })).toBeUndefined();
    expect(findChromium({ PATH: empty, NEWSGRAPH_CHROMIUM: browser })).toBe(browser);
    expect(findChromium({ PATH: bin, NEWSGRAPH_CHROMIUM: nowhere })).toBeUndefined();
    expect(missingNeeds(['chromium'], { PATH: bin, NEWSGRAPH_CHROMIUM: nowhere })).toEqual([
      `a Chromium browser: NEWSGRAPH_CHROMIUM=${nowhere} is not an executable`,
    ]);
    expect(missingNeeds(['chromium', 'shared'], { PATH: empty, NEWSGRAPH_SHARED_DIR: scratch })).toEqual([
      expect.stringMatching(/^a Chromium browser: no chromium or chromium-browser on PATH/),
    ]);
  });

  it('reads NEWSGRAPH_REQUIRE_ALL as a switch', () => {
    expect(requireAll({})).toBe(false);
    expect(requireAll({ NEWSGRAPH_REQUIRE_ALL: '0' })).toBe(false);
    expect(requireAll({ NEWSGRAPH_REQUIRE_ALL: '1' })).toBe(true);
    expect(requireAll({ NEWSGRAPH_REQUIRE_ALL: 'true' })).toBe(true);
  });
});

/** Runs the gated fixture file in a vitest of its own and returns what it printed. */
function runFixture(env: NodeJS.ProcessEnv): { status: number | null; output: string } {
  const result = spawnSync(
    process.execPath,
    [
      join(projectRoot(), 'node_modules', 'vitest', 'vitest.mjs'),
      'run',
      '--root',
      projectRoot(),
      '--config',
      'tests/setup/fixtures/vitest.fixture.config.ts',
      '--reporter',
      'default',
    ],
    { cwd: projectRoot(), env: { ...process.env, NO_COLOR: '1', ...env }, encoding: 'utf8', timeout: 60_000 },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('a test file gated with requires()', () => {
  it('skips the gated suite without running it, with one line that says what and why, and passes', () => {
    const { status, output } = runFixture({ NEWSGRAPH_SHARED_DIR: nowhere, NEWSGRAPH_REQUIRE_ALL: '' });
    expect(status, output).toBe(0);
    const lines = output.split('\n').filter((line) => line.includes('skipped "'));
    expect(lines).toEqual([
      `↓ skipped "reads the seeds" (tests/setup/fixtures/needs-shared.fixture.ts): needs ../shared (the team's seed articles and gold annotations): ${nowhere} not found (NEWSGRAPH_SHARED_DIR names another folder)`,
    ]);
    expect(output).toMatch(/Tests\s+1 passed \| 1 skipped/);
  }, 60_000);

  it('fails instead, naming what is missing, when NEWSGRAPH_REQUIRE_ALL=1', () => {
    const { status, output } = runFixture({ NEWSGRAPH_SHARED_DIR: nowhere, NEWSGRAPH_REQUIRE_ALL: '1' });
    expect(status, output).not.toBe(0);
    expect(output).toContain(
      `NEWSGRAPH_REQUIRE_ALL is set and tests/setup/fixtures/needs-shared.fixture.ts needs ../shared (the team's seed articles and gold annotations): ${nowhere} not found`,
    );
  }, 60_000);

  it('runs the gated suite when the folder is there', () => {
    mkdirSync(join(scratch, 'eval', 'seeds'), { recursive: true });
    const { status, output } = runFixture({ NEWSGRAPH_SHARED_DIR: scratch, NEWSGRAPH_REQUIRE_ALL: '1' });
    expect(status, output).toBe(0);
    expect(output).not.toContain('skipped "');
    expect(output).toMatch(/Tests\s+2 passed/);
  }, 60_000);
});
