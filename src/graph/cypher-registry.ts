import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { NewsgraphError } from '../errors.js';
import { projectRoot } from '../project-root.js';

/**
 * All Cypher lives in cypher/*.cypher, one statement per file, named by its path without
 * the extension ("schema/001-article-id", "upsert-warrant"). Loading them all at start-up
 * means a missing file fails at once, not in the middle of an ingestion.
 */
export class CypherRegistry {
  readonly #statements: ReadonlyMap<string, string>;

  constructor(statements: ReadonlyMap<string, string>) {
    this.#statements = statements;
  }

  static load(dir: string = join(projectRoot(), 'cypher')): CypherRegistry {
    const statements = new Map<string, string>();
    for (const file of listCypherFiles(dir)) {
      const name = relative(dir, file)
        .split(sep)
        .join('/')
        .replace(/\.cypher$/, '');
      const text = readFileSync(file, 'utf8').trim();
      if (text === '') throw new NewsgraphError('CYPHER_UNKNOWN', `${file} is empty`);
      statements.set(name, text);
    }
    return new CypherRegistry(statements);
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
