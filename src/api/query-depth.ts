/** How deeply an operation nests its fields: what API_MAX_DEPTH limits. */
import { Kind, type DocumentNode, type SelectionSetNode } from './graphql.js';
import { chooseOperation } from './operation.js';

/** The deepest field nesting of an operation (a root field is depth 1), fragments included, introspection not. */
export function operationDepth(document: DocumentNode, operationName?: string | null): number {
  const chosen = chooseOperation(document, operationName);
  if (!chosen) return 0;
  const { operation, fragments } = chosen;

  const depthOf = (selectionSet: SelectionSetNode, visited: ReadonlySet<string>): number => {
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        const below = selection.selectionSet ? depthOf(selection.selectionSet, visited) : 0;
        deepest = Math.max(deepest, 1 + below);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, visited));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (fragment && !visited.has(name)) {
          deepest = Math.max(deepest, depthOf(fragment.selectionSet, new Set([...visited, name])));
        }
      }
    }
    return deepest;
  };
  return depthOf(operation.selectionSet, new Set());
}
