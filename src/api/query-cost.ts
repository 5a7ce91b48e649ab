/**
 * The estimated cost of an operation: what API_MAX_COST limits. An object field costs 1, a
 * leaf 0, a field with a round trip of its own 10 or more (FIELD_COSTS); a field with `first` multiplies what is below it by `first` (capped at the page size
 * limit, so that first: 1000 meets BAD_USER_INPUT rather than a cost error); `nodes(ids:)` by the
 * number of ids; other lists by LIST_GUESS; a connection's edges and nodes add nothing (its
 * `first` counted them). Introspection is free: the IDE needs it.
 */
import {
  getNamedType,
  getNullableType,
  isInterfaceType,
  isLeafType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
} from './graphql.js';
import { chooseOperation } from './operation.js';
import { MAX_PAGE_SIZE } from './paging.js';

/** What a list without `first` is assumed to hold (subjects, evidence, aliases…). */
export const LIST_GUESS = 5;

/**
 * Fields that cost a Cypher round trip of their own, whatever else the query asks: they are
 * not batched with their siblings, so a query that aliases them many times pays for each.
 * Fields read through DataLoaders share one round trip per kind and keep the base cost of 1.
 */
const OWN_ROUND_TRIP = 10;
const FIELD_COSTS: Readonly<Record<string, number>> = {
  'Query.search': OWN_ROUND_TRIP,
  'Query.actorByName': OWN_ROUND_TRIP,
  'Query.health': OWN_ROUND_TRIP,
  'Query.path': 5 * OWN_ROUND_TRIP,
  'Query.neighbourhood': 5 * OWN_ROUND_TRIP,
};

function baseCost(parent: GraphQLNamedType, field: string, type: GraphQLNamedType): number {
  const own = FIELD_COSTS[`${parent.name}.${field}`];
  if (own !== undefined) return own;
  // A page of a connection, and its totalCount, each run a statement of their own.
  if (type.name.endsWith('Connection') || (parent.name.endsWith('Connection') && field === 'totalCount')) {
    return OWN_ROUND_TRIP;
  }
  return isLeafType(type) ? 0 : 1;
}

/** The value of an Int argument as written or as a variable; undefined when absent or null. */
function intArgument(field: FieldNode, name: string, variables: Record<string, unknown>): number | undefined {
  const value = field.arguments?.find((argument) => argument.name.value === name)?.value;
  if (value?.kind === Kind.INT) return Number(value.value);
  if (value?.kind === Kind.VARIABLE) {
    const given = variables[value.name.value];
    return typeof given === 'number' ? given : undefined;
  }
  return undefined;
}

function listArgumentLength(field: FieldNode, name: string, variables: Record<string, unknown>): number | undefined {
  const value = field.arguments?.find((argument) => argument.name.value === name)?.value;
  if (value?.kind === Kind.LIST) return value.values.length;
  if (value?.kind === Kind.VARIABLE) {
    const given = variables[value.name.value];
    return Array.isArray(given) ? given.length : undefined;
  }
  return undefined;
}

/**
 * The estimated cost of an operation with its variables (see the cost model above). Fragments
 * on different types are all counted, an overestimate that errs on the safe side. Written here
 * rather than taken from graphql-query-complexity, which can load a second copy of graphql
 * where bundlers resolve graphql's ESM build.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string | null,
): number {
  const chosen = chooseOperation(document, operationName);
  const root = chosen ? schema.getRootType(chosen.operation.operation) : undefined;
  if (!chosen || !root) return 0;
  const { operation, fragments } = chosen;

  /** Which fields of a selection to count: all, or for a connection its items or the rest. */
  type Part = 'all' | 'items' | 'once';
  const inPart = (parent: GraphQLNamedType, name: string, part: Part): boolean =>
    part === 'all' || (isItems(parent, name) ? part === 'items' : part === 'once');
  const isItems = (parent: GraphQLNamedType, name: string): boolean =>
    parent.name.endsWith('Connection') && (name === 'edges' || name === 'nodes');

  const costOf = (
    selectionSet: SelectionSetNode,
    parent: GraphQLNamedType,
    visited: ReadonlySet<string>,
    part: Part = 'all',
  ): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (inPart(parent, selection.name.value, part)) total += fieldCost(selection, parent, visited);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        total += costOf(selection.selectionSet, condition ?? parent, visited, part);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (fragment && !visited.has(name)) {
          const condition = schema.getType(fragment.typeCondition.name.value) ?? parent;
          total += costOf(fragment.selectionSet, condition, new Set([...visited, name]), part);
        }
      }
    }
    return total;
  };

  const fieldCost = (node: FieldNode, parent: GraphQLNamedType, visited: ReadonlySet<string>): number => {
    const name = node.name.value;
    if (name.startsWith('__') || !(isObjectType(parent) || isInterfaceType(parent))) return 0;
    const field = parent.getFields()[name];
    if (!field) return 0;
    const type = getNamedType(field.type);
    const base = baseCost(parent, name, type);
    const selection = node.selectionSet;
    const firstArg = field.args.find((arg) => arg.name === 'first');
    if (firstArg) {
      // An explicit null means the default, as the resolvers read it.
      const first = Math.min(
        Math.max(intArgument(node, 'first', variables) ?? Number(firstArg.defaultValue ?? MAX_PAGE_SIZE), 0),
        MAX_PAGE_SIZE,
      );
      if (!selection) return base;
      // A connection's items come `first` times; its totalCount and pageInfo once.
      if (type.name.endsWith('Connection')) {
        return base + first * costOf(selection, type, visited, 'items') + costOf(selection, type, visited, 'once');
      }
      return base + first * costOf(selection, type, visited);
    }
    const below = selection ? costOf(selection, type, visited) : 0;
    const ids = listArgumentLength(node, 'ids', variables);
    if (ids !== undefined) return base + Math.min(ids, MAX_PAGE_SIZE) * below;
    if (isItems(parent, name)) return below;
    if (isListType(getNullableType(field.type))) return base + LIST_GUESS * below;
    return base + below;
  };

  return costOf(operation.selectionSet, root, new Set());
}
