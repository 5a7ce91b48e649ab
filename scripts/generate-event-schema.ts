/**
 * Writes schema/event-kinds.graphql from the event kinds' descriptors (src/api/event-kinds-sdl.ts),
 * formatted as Prettier formats the other SDL files. `--check` writes nothing and fails when the
 * committed file differs, as `graphql-codegen --check` does for the resolver types.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { EVENT_KINDS_SDL_FILE, eventKindsSdl } from '../src/api/event-kinds-sdl.js';
import { eventKinds } from '../src/events/index.js';
import { projectRoot } from '../src/project-root.js';

const dir = join(projectRoot(), 'schema');
const path = join(dir, EVENT_KINDS_SDL_FILE);
const sdl = eventKindsSdl(eventKinds, readFileSync(join(dir, 'events.graphql'), 'utf8'));
const formatted = await format(sdl, { ...(await resolveConfig(path)), parser: 'graphql' });
const current = (() => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
})();
if (process.argv.includes('--check')) {
  if (current !== formatted) {
    console.error(`schema/${EVENT_KINDS_SDL_FILE} is stale: run \`npm run codegen\`.`);
    process.exit(1);
  }
} else if (current !== formatted) {
  writeFileSync(path, formatted);
  console.log(`wrote schema/${EVENT_KINDS_SDL_FILE}`);
}
