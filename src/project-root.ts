import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The folder holding newsgraph's package.json. Code runs from src/ (tests, tsx) and from
 * dist/ (the built CLI), so paths to cypher/ and tools/ are resolved from here, not from cwd.
 */
export function projectRoot(): string {
  if (cached !== undefined) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'cypher'))) {
      cached = dir;
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error(`newsgraph: cannot find the project root above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}
