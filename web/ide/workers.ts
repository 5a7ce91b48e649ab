/**
 * Tells Monaco (GraphiQL 5's editor) where its web workers are. scripts/build-ide.mjs bundles
 * each worker into its own file and passes their hashed names in as __IDE_WORKERS__; they sit
 * next to the main bundle, so they are resolved from this module's own URL (no fixed mount path).
 * Must run before GraphiQL loads Monaco: main.tsx imports it first.
 */

interface IdeWorkerFiles {
  /** Monaco's base editor worker (diffing, links, word ranges): every label without its own. */
  editor: string;
  /** The JSON language worker: the variables, headers and response editors. */
  json: string;
  /** monaco-graphql's language worker: completion and validation of operations. */
  graphql: string;
}

declare const __IDE_WORKERS__: IdeWorkerFiles;

interface MonacoEnvironment {
  getWorker(workerId: string, label: string): Worker;
}

function workerFile(label: string): string {
  if (label === 'json') return __IDE_WORKERS__.json;
  if (label === 'graphql') return __IDE_WORKERS__.graphql;
  return __IDE_WORKERS__.editor;
}

(globalThis as typeof globalThis & { MonacoEnvironment?: MonacoEnvironment }).MonacoEnvironment = {
  getWorker(_workerId, label) {
    return new Worker(new URL(workerFile(label), import.meta.url), { name: `monaco-${label}` });
  },
};
