import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { projectRoot } from '../../src/project-root.js';

/**
 * The team's shared folder (seed articles, gold annotations, specs) lives beside the
 * checkout as ../shared; NEWSGRAPH_SHARED_DIR points elsewhere. Tests read it, never copy it.
 */
export function sharedDir(...parts: string[]): string {
  const base = resolve(process.env.NEWSGRAPH_SHARED_DIR ?? join(projectRoot(), '..', 'shared'));
  const path = join(base, ...parts);
  if (!existsSync(path)) {
    throw new Error(
      `${path} not found: tests read the seed data from ../shared beside the checkout (or NEWSGRAPH_SHARED_DIR)`,
    );
  }
  return path;
}
