/** The operation of a document a request runs, with the document's fragments by name. */
import { Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from './graphql.js';

export interface ChosenOperation {
  operation: OperationDefinitionNode;
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
}

/** The named operation, or the only one; undefined when there is none (validation reports that). */
export function chooseOperation(document: DocumentNode, operationName?: string | null): ChosenOperation | undefined {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
  }
  const operation = operationName
    ? operations.find((candidate) => candidate.name?.value === operationName)
    : operations[0];
  return operation ? { operation, fragments } : undefined;
}
