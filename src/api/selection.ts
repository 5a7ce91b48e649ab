/**
 * What a query asks for below a field: the selection set of the field being resolved, read from
 * graphql-js's `info` (its field nodes, through fragments and inline fragments), so that a root
 * resolver can ask one statement for the nested fields too (read along with the page) instead of
 * leaving each level to its DataLoader. Type conditions and @skip/@include are not evaluated: a
 * field under any of them counts as asked, so the worst a reader does is read a little more.
 */
import {
  Kind,
  valueFromASTUntyped,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

export class Selection {
  readonly #fields: readonly FieldNode[];
  readonly #fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  readonly #variables: Readonly<Record<string, unknown>>;

  constructor(
    fields: readonly FieldNode[],
    fragments: Readonly<Record<string, FragmentDefinitionNode>>,
    variables: Readonly<Record<string, unknown>>,
  ) {
    this.#fields = fields;
    this.#fragments = fragments;
    this.#variables = variables;
  }

  /** The selection of the field being resolved. */
  static of(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'variableValues'>): Selection {
    return new Selection(info.fieldNodes, info.fragments, info.variableValues);
  }

  /** The sub-field `name` (every occurrence, aliased or not, merged), or undefined when not asked. */
  field(name: string): Selection | undefined {
    const found: FieldNode[] = [];
    for (const node of this.#fields) {
      if (node.selectionSet) this.#collect(node.selectionSet, name, found, new Set());
    }
    return found.length === 0 ? undefined : new Selection(found, this.#fragments, this.#variables);
  }

  /** Whether any of the sub-fields is asked. */
  hasAny(names: Iterable<string>): boolean {
    for (const name of names) if (this.field(name) !== undefined) return true;
    return false;
  }

  /** The sub-fields asked, merged with those of `other` (`nodes` and `edges { node }` of a connection). */
  merge(other: Selection | undefined): Selection {
    return other === undefined
      ? this
      : new Selection([...this.#fields, ...other.#fields], this.#fragments, this.#variables);
  }

  /**
   * The value of one argument of this field, variables substituted, when every occurrence gives
   * the same value (an absent argument is undefined); `{ conflict: true }` when they differ.
   */
  argument(name: string): { value: unknown } | { conflict: true } {
    const values = this.#fields.map((node) => {
      const argument = node.arguments?.find((a) => a.name.value === name);
      return argument === undefined ? undefined : valueFromASTUntyped(argument.value, this.#variables);
    });
    const first = values[0];
    return values.every((value) => JSON.stringify(value) === JSON.stringify(first))
      ? { value: first }
      : { conflict: true };
  }

  #collect(set: SelectionSetNode, name: string, found: FieldNode[], seen: Set<string>): void {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === name) found.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        this.#collect(selection.selectionSet, name, found, seen);
      } else {
        const fragment = this.#fragments[selection.name.value];
        if (fragment === undefined || seen.has(fragment.name.value)) continue;
        seen.add(fragment.name.value);
        this.#collect(fragment.selectionSet, name, found, seen);
      }
    }
  }
}

/** The node selection of a connection field: `nodes { … }` and `edges { node { … } }` together. */
export function connectionNodes(connection: Selection): Selection | undefined {
  const nodes = connection.field('nodes');
  const edgeNodes = connection.field('edges')?.field('node');
  return nodes === undefined ? edgeNodes : nodes.merge(edgeNodes);
}
