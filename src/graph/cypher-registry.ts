import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { NewsgraphError } from '../errors.js';
import { eventKinds as projectEventKinds, type EventKinds } from '../events/index.js';
import { projectRoot } from '../project-root.js';
import { eventSlots } from './event-cypher.js';

/** Slots filled per call by the API (api/db.ts): an actor or event label, a path length, relationship types. */
const CALL_SLOTS = new Set(['label', 'maxHops', 'walkEdges']);
const SLOT = /\{\{(\w+)\}\}/g;

/**
 * All Cypher lives in cypher/*.cypher, one statement per file, named by its path without
 * the extension ("schema/001-article-id", "upsert-warrant"). Loading them all at start-up
 * means a missing file fails at once, not in the middle of an ingestion. The `{{slots}}` that
 * name the event kinds' labels, relationship types and properties are filled at load from the
 * descriptors (event-cypher.ts); a slot nothing fills is an error at load.
 */
export class CypherRegistry {
  readonly #statements: ReadonlyMap<string, string>;
  /** The event kinds the statements were built for. */
  readonly kinds: EventKinds;

  constructor(statements: ReadonlyMap<string, string>, kinds: EventKinds = projectEventKinds) {
    this.#statements = statements;
    this.kinds = kinds;
  }

  static load(dir: string = join(projectRoot(), 'cypher'), kinds: EventKinds = projectEventKinds): CypherRegistry {
    const slots = eventSlots(kinds);
    for (const slot of CALL_SLOTS) {
      // A call slot named like a load-time one would be filled at load, silently, with the wrong types.
      if (Object.hasOwn(slots, slot)) throw new Error(`slot {{${slot}}} is both a call slot and an event slot`);
    }
    const statements = new Map<string, string>();
    for (const file of listCypherFiles(dir)) {
      const name = relative(dir, file)
        .split(sep)
        .join('/')
        .replace(/\.cypher$/, '');
      const text = readFileSync(file, 'utf8').trim();
      if (text === '') throw new NewsgraphError('CYPHER_UNKNOWN', `${file} is empty`);
      const filled = text.replace(SLOT, (match, slot: string) => {
        if (Object.hasOwn(slots, slot)) return slots[slot] as string;
        if (CALL_SLOTS.has(slot) && name.startsWith('api/')) return match;
        throw new NewsgraphError('CYPHER_UNKNOWN', `${file}: nothing fills the slot ${match}`);
      });
      statements.set(name, filled);
    }
    return new CypherRegistry(statements, kinds);
  }

  get(name: string): string {
    const statement = this.#statements.get(name);
    if (statement === undefined) {
      throw new NewsgraphError('CYPHER_UNKNOWN', `No Cypher statement named "${name}" in cypher/`);
    }
    return statement;
  }

  /** Names under a folder, sorted, e.g. names('schema/') in the order they must run. */
  names(prefix = ''): string[] {
    return [...this.#statements.keys()].filter((name) => name.startsWith(prefix)).sort();
  }
}

function listCypherFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.cypher'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

let loaded: CypherRegistry | undefined;

/** The registry of the project's cypher/ folder, loaded once per process. */
export function cypher(): CypherRegistry {
  loaded ??= CypherRegistry.load();
  return loaded;
}
