/** How deeply an operation nests its fields: what API_MAX_DEPTH limits. */
import { Kind, type DocumentNode, type SelectionSetNode } from './graphql.js';
import { chooseOperation } from './operation.js';

/**
 * The deepest field nesting of an operation (a root field is depth 1), fragments included,
 * introspection not. Each fragment is measured once however often it is spread, so the work is
 * linear in the document: fragments that spread each other four times over cost nothing extra.
 */
export function operationDepth(document: DocumentNode, operationName?: string | null): number {
  const chosen = chooseOperation(document, operationName);
  if (!chosen) return 0;
  const { operation, fragments } = chosen;
  const fragmentDepths = new Map<string, number>();

  const fragmentDepth = (name: string): number => {
    let depth = fragmentDepths.get(name);
    if (depth === undefined) {
      const fragment = fragments.get(name);
      fragmentDepths.set(name, 0); // a cycle (refused by validation before this runs) adds nothing
      depth = fragment ? depthOf(fragment.selectionSet) : 0;
      fragmentDepths.set(name, depth);
    }
    return depth;
  };

  const depthOf = (selectionSet: SelectionSetNode): number => {
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        const below = selection.selectionSet ? depthOf(selection.selectionSet) : 0;
        deepest = Math.max(deepest, 1 + below);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet));
      } else {
        deepest = Math.max(deepest, fragmentDepth(selection.name.value));
      }
    }
    return deepest;
  };
  return depthOf(operation.selectionSet);
}
