/**
 * The import graph of src/: no module imports itself round a circle, and the top-level folders
 * depend on each other in one direction only (src/api and src/ingest share src/contracts, the
 * queue lives in src/queue above src/graph).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/project-root.js';

const SRC = join(projectRoot(), 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__generated__' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Module (path relative to src/) → the src modules it imports or re-exports, type-only ones included. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, false);
    const local = importedFiles
      .map(({ fileName }) => fileName)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => relative(SRC, resolve(dirname(file), spec.replace(/\.js$/, '.ts'))));
    graph.set(relative(SRC, file), local);
  }
  return graph;
}

/** Every cycle found by a depth-first walk, each as the path that closes it. */
function cycles(graph: Map<string, readonly string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found;
}

/** `api/server.ts` → `api`; a module directly in src/ is its own unit. */
const folderOf = (module: string): string => module.split('/')[0] ?? module;

describe('architecture', () => {
  const modules = importGraph();

  it('has no import cycle between modules', () => {
    expect(cycles(modules).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('has no import cycle between the folders of src/', () => {
    const folders = new Map<string, string[]>();
    for (const [module, imports] of modules) {
      const from = folderOf(module);
      const targets = imports.map(folderOf).filter((to) => to !== from);
      folders.set(from, [...new Set([...(folders.get(from) ?? []), ...targets])]);
    }
    expect(cycles(folders).map((cycle) => cycle.join(' → '))).toEqual([]);
  });
});
