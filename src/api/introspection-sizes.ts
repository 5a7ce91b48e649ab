/**
 * How long the lists of an introspection answer are for a schema, on average per parent: what
 * the cost of an introspection query multiplies by. Averages make a walk over the whole schema
 * (`__schema { types { fields { args … } } }`, what the IDE asks) cost what it returns, since
 * types × fields per type × args per field is the number of args; a question about one type
 * (`__type(name:)`) is estimated as an average type. `__Type.ofType` is not a list but is mostly
 * null: its entry is the share of type references that wrap another (`[Warrant!]!`).
 */
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLSchema,
  type GraphQLType,
} from './graphql.js';

/** `__Type.fields` → average length, for each list field of the introspection types. */
export type IntrospectionSizes = ReadonlyMap<string, number>;

const cache = new WeakMap<GraphQLSchema, IntrospectionSizes>();

export function introspectionSizes(schema: GraphQLSchema): IntrospectionSizes {
  let sizes = cache.get(schema);
  if (!sizes) {
    sizes = measure(schema);
    cache.set(schema, sizes);
  }
  return sizes;
}

function measure(schema: GraphQLSchema): IntrospectionSizes {
  const types = Object.values(schema.getTypeMap());
  const directives = schema.getDirectives();
  let fields = 0;
  let fieldArgs = 0;
  let interfaces = 0;
  let possibleTypes = 0;
  let enumValues = 0;
  let inputFields = 0;
  let typeRefs = 0;
  let wrappers = 0;
  const reference = (type: GraphQLType): void => {
    typeRefs += 1;
    for (let t = type; isListType(t) || isNonNullType(t); t = t.ofType) wrappers += 1;
  };
  for (const type of types) {
    if (isObjectType(type) || isInterfaceType(type)) {
      const own = Object.values(type.getFields());
      fields += own.length;
      interfaces += type.getInterfaces().length;
      for (const field of own) {
        reference(field.type);
        fieldArgs += field.args.length;
        for (const arg of field.args) reference(arg.type);
      }
    }
    if (isInterfaceType(type) || isUnionType(type)) possibleTypes += schema.getPossibleTypes(type).length;
    if (isEnumType(type)) enumValues += type.getValues().length;
    if (isInputObjectType(type)) {
      const own = Object.values(type.getFields());
      inputFields += own.length;
      for (const field of own) reference(field.type);
    }
  }
  const perType = (count: number): number => count / Math.max(1, types.length);
  return new Map([
    ['__Schema.types', types.length],
    ['__Schema.directives', directives.length],
    ['__Type.fields', perType(fields)],
    ['__Type.interfaces', perType(interfaces)],
    ['__Type.possibleTypes', perType(possibleTypes)],
    ['__Type.enumValues', perType(enumValues)],
    ['__Type.inputFields', perType(inputFields)],
    ['__Field.args', fieldArgs / Math.max(1, fields)],
    // Of the __Type objects a chain of ofType reaches (references plus wrappers), the wrappers have one.
    ['__Type.ofType', wrappers / Math.max(1, typeRefs + wrappers)],
    [
      '__Directive.args',
      directives.reduce((sum, directive) => sum + directive.args.length, 0) / Math.max(1, directives.length),
    ],
  ]);
}
