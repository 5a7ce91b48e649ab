/**
 * graphql-js for the API's own modules, from its CommonJS entry: the copy Apollo Server and
 * graphql-tools load under Node. A bare 'graphql' import resolves to the ESM build (index.mjs)
 * under Vite-based tools such as vitest, a second copy whose classes the schema's objects fail
 * (`instanceof`, "Cannot use GraphQLNonNull from another module or realm"). Import graphql
 * values through this module only.
 */
export {
  createSourceEventStream,
  execute,
  getNamedType,
  getOperationAST,
  getNullableType,
  GraphQLError,
  GraphQLScalarType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  Kind,
  OperationTypeNode,
  parse,
  print,
  printSchema,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  validate,
} from 'graphql/index.js';
export type {
  DocumentNode,
  ExecutionArgs,
  ExecutionResult,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLField,
  GraphQLFormattedError,
  GraphQLNamedType,
  GraphQLSchema,
  GraphQLType,
  InterfaceTypeDefinitionNode,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql/index.js';
