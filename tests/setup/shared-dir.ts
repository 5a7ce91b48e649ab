import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { projectRoot } from '../../src/project-root.js';

/**
 * The team's shared folder (seed articles, gold annotations, specs) lives beside the checkout as
 * ../shared; NEWSGRAPH_SHARED_DIR points elsewhere. Tests read it, never copy it. A fresh clone has
 * none: tests that need it go through requires('shared') (tests/setup/needs.ts).
 */
function sharedRoot(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.NEWSGRAPH_SHARED_DIR ?? join(projectRoot(), '..', 'shared'));
}

/** Why the shared folder cannot be used, or undefined when it is there. */
export function sharedDirProblem(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const root = sharedRoot(env);
  return existsSync(root) ? undefined : `${root} not found (NEWSGRAPH_SHARED_DIR names another folder)`;
}

export function sharedDir(...parts: string[]): string {
  const path = join(sharedRoot(), ...parts);
  if (!existsSync(path)) {
    throw new Error(
      `${path} not found: tests read the seed data from ../shared beside the checkout (or NEWSGRAPH_SHARED_DIR)`,
    );
  }
  return path;
}
