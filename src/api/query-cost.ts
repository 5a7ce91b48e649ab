/**
 * The estimated cost of an operation: what API_MAX_COST limits, in units of about the server
 * time one field takes to resolve, so that the limit bounds the time one request may take.
 *
 * - An object field costs 1: it is read through a batched DataLoader, which shares one Cypher
 *   statement with its siblings. A leaf costs LEAF_COST, a tenth: it is read from the row its
 *   object came with. `__typename` is free.
 * - A field that runs a Cypher statement of its own each time it is asked for costs
 *   STATEMENT_COST (search, actorByName, health, every page of a connection and its
 *   totalCount), path and neighbourhood more (FIELD_COSTS): 500 aliases cost 500 statements.
 * - A field with `first` multiplies what is below it by `first` (capped at the page size limit,
 *   so that first: 1000 meets BAD_USER_INPUT rather than a cost error); `nodes(ids:)` by the
 *   number of ids; other lists by LIST_GUESS; a connection's edges and nodes add nothing (its
 *   `first` counted them).
 * - Introspection costs about what it returns: its lists multiply by the schema's own sizes
 *   (./introspection-sizes.ts).
 *
 * A fragment counts each time it is spread, on every type it may apply to (an overestimate, on
 * the safe side), but is costed once: the estimate takes time linear in the document.
 */
import { introspectionSizes } from './introspection-sizes.js';
import {
  getNamedType,
  getNullableType,
  isInterfaceType,
  isLeafType,
  isListType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
} from './graphql.js';
import { chooseOperation } from './operation.js';
import { MAX_PAGE_SIZE } from './paging.js';

/** What a list without `first` is assumed to hold (subjects, evidence, aliases…). */
export const LIST_GUESS = 5;
/** A leaf (scalar or enum, or a list of them), in object fields. */
export const LEAF_COST = 0.1;

/**
 * A Cypher statement of a field's own, in field units: the server time of one statement over
 * that of one field, measured by `npm run bench:hostile` (its calibration table).
 */
export const STATEMENT_COST = 400;
const FIELD_COSTS: Readonly<Record<string, number>> = {
  'Query.search': STATEMENT_COST,
  'Query.actorByName': STATEMENT_COST,
  'Query.health': STATEMENT_COST,
  'Query.path': 5 * STATEMENT_COST,
  'Query.neighbourhood': 5 * STATEMENT_COST,
};

function baseCost(parent: GraphQLNamedType, field: string, type: GraphQLNamedType): number {
  const own = FIELD_COSTS[`${parent.name}.${field}`];
  if (own !== undefined) return own;
  // A page of a connection, and its totalCount, each run a statement of their own.
  if (type.name.endsWith('Connection') || (parent.name.endsWith('Connection') && field === 'totalCount')) {
    return STATEMENT_COST;
  }
  return isLeafType(type) ? LEAF_COST : 1;
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
 * The estimated cost of an operation with its variables (see the cost model above). Written
 * here rather than taken from graphql-query-complexity, which can load a second copy of graphql
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
  const listSizes = introspectionSizes(schema);

  /** Which fields of a selection to count: all, or for a connection its items or the rest. */
  type Part = 'all' | 'items' | 'once';
  const inPart = (parent: GraphQLNamedType, name: string, part: Part): boolean =>
    part === 'all' || (isItems(parent, name) ? part === 'items' : part === 'once');
  const isItems = (parent: GraphQLNamedType, name: string): boolean =>
    parent.name.endsWith('Connection') && (name === 'edges' || name === 'nodes');

  const fragmentCosts = new Map<string, number>();
  const fragmentCost = (name: string, parent: GraphQLNamedType, part: Part): number => {
    const key = `${part} ${name}`;
    let cost = fragmentCosts.get(key);
    if (cost === undefined) {
      const fragment = fragments.get(name);
      fragmentCosts.set(key, 0); // a cycle (refused by validation before this runs) adds nothing
      const condition = fragment ? (schema.getType(fragment.typeCondition.name.value) ?? parent) : parent;
      cost = fragment ? costOf(fragment.selectionSet, condition, part) : 0;
      fragmentCosts.set(key, cost);
    }
    return cost;
  };

  const costOf = (selectionSet: SelectionSetNode, parent: GraphQLNamedType, part: Part = 'all'): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (inPart(parent, selection.name.value, part)) total += fieldCost(selection, parent);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        total += costOf(selection.selectionSet, condition ?? parent, part);
      } else {
        total += fragmentCost(selection.name.value, parent, part);
      }
    }
    return total;
  };

  const fieldOf = (parent: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined => {
    if (parent === root && name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (parent === root && name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
    return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
  };

  const fieldCost = (node: FieldNode, parent: GraphQLNamedType): number => {
    const name = node.name.value;
    const field = name === '__typename' ? undefined : fieldOf(parent, name);
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
        return base + first * costOf(selection, type, 'items') + costOf(selection, type, 'once');
      }
      return base + first * costOf(selection, type);
    }
    if (!selection) return base;
    const below = costOf(selection, type);
    const ids = listArgumentLength(node, 'ids', variables);
    if (ids !== undefined) return base + Math.min(ids, MAX_PAGE_SIZE) * below;
    if (isItems(parent, name)) return below;
    const expected = listSizes.get(`${parent.name}.${name}`);
    if (isListType(getNullableType(field.type))) return base + (expected ?? LIST_GUESS) * below;
    // `__Type.ofType`: the share of the time it is there at all.
    return (expected ?? 1) * (base + below);
  };

  // Rounded to a thousandth first, so that the float error of summing tenths never rounds up.
  return Math.ceil(Math.round(costOf(operation.selectionSet, root) * 1000) / 1000);
}
