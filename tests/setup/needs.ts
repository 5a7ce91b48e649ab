/**
 * Tests that need something a fresh clone may not have beside it: the team's ../shared folder, or
 * a Chromium to drive. One call at the top of such a test file,
 *
 *   const shared = requires('shared');
 *   shared.describe('seed gold files', () => { … });   // or shared.it(…)
 *
 * runs those tests when everything is there. When something is missing, each gated describe or it
 * prints ONE line that names it, its file, what it lacks and why, and is registered as one skipped
 * test whose body never runs (so it may read ../shared at collection time). CI sets
 * NEWSGRAPH_REQUIRE_ALL=1, which turns that skip into a failure: nothing is skipped there silently.
 */
import { relative } from 'node:path';
import { describe as vitestDescribe, expect, it as vitestIt, type TestFunction } from 'vitest';
import { projectRoot } from '../../src/project-root.js';
import { findChromium } from './chromium.js';
import { sharedDirProblem } from './shared-dir.js';

export const REQUIRE_ALL_VARIABLE = 'NEWSGRAPH_REQUIRE_ALL';

/** What a test may need, what it is in words, and why it is missing (undefined when it is there). */
const NEEDS = {
  shared: {
    what: "../shared (the team's seed articles and gold annotations)",
    problem: (env: NodeJS.ProcessEnv) => sharedDirProblem(env),
  },
  chromium: {
    what: 'a Chromium browser',
    problem: (env: NodeJS.ProcessEnv) => {
      if (findChromium(env) !== undefined) return undefined;
      return env.NEWSGRAPH_CHROMIUM
        ? `NEWSGRAPH_CHROMIUM=${env.NEWSGRAPH_CHROMIUM} is not an executable`
        : 'no chromium or chromium-browser on PATH, and NEWSGRAPH_CHROMIUM is not set (Debian: apt-get install chromium)';
    },
  },
} satisfies Record<string, { what: string; problem: (env: NodeJS.ProcessEnv) => string | undefined }>;

export type Need = keyof typeof NEEDS;

/** What is missing of `needs`, in words: one entry per missing need. */
export function missingNeeds(needs: readonly Need[], env: NodeJS.ProcessEnv = process.env): string[] {
  return needs.flatMap((need) => {
    const problem = NEEDS[need].problem(env);
    return problem === undefined ? [] : [`${NEEDS[need].what}: ${problem}`];
  });
}

export function requireAll(env: NodeJS.ProcessEnv = process.env): boolean {
  return ['1', 'true', 'yes'].includes((env[REQUIRE_ALL_VARIABLE] ?? '').toLowerCase());
}

export interface Gate {
  /** True when everything needed is there and the tests run. */
  available: boolean;
  describe(name: string, factory: () => void): void;
  it(name: string, fn: TestFunction, timeout?: number): void;
}

/**
 * The gate for tests that need all of `needs`. Prints the skip line, or with NEWSGRAPH_REQUIRE_ALL=1
 * throws (failing the file) when something is missing.
 */
export function requires(...needs: Need[]): Gate {
  const missing = missingNeeds(needs);
  if (missing.length === 0) {
    return { available: true, describe: (name, factory) => vitestDescribe(name, factory), it: vitestIt };
  }
  const file = testFile();
  if (requireAll()) {
    throw new Error(`${REQUIRE_ALL_VARIABLE} is set and ${file} needs ${missing.join('; and ')}`);
  }
  const skip = (name: string): void => {
    process.stderr.write(`↓ skipped "${name}" (${file}): needs ${missing.join('; and ')}\n`);
    // The body never runs: it may read what is missing as soon as it is collected.
    vitestIt.skip(name, () => undefined);
  };
  return { available: false, describe: skip, it: skip };
}

function testFile(): string {
  const path = expect.getState().testPath;
  return path ? relative(projectRoot(), path) : 'this test file';
}
