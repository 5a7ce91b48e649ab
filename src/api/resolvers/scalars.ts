/** The Date and DateTime scalars: ISO strings, checked on the way in. */
import { GraphQLScalarType, Kind } from '../graphql.js';
import { periodOf } from '../../graph/keys.js';
import { badInput } from '../errors.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !DAY.test(value) || periodOf(value) === undefined) {
    throw badInput(`Expected a date YYYY-MM-DD, got ${JSON.stringify(value)}.`);
  }
  return value;
}

function parseDateTime(value: unknown): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(Date.parse(value))) {
    throw badInput(`Expected an ISO 8601 date-time, got ${JSON.stringify(value)}.`);
  }
  return value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar day, `YYYY-MM-DD` (ISO 8601).',
  serialize: (value) => String(value),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'An instant, ISO 8601 with offset, e.g. `2025-03-12T09:30:00.000Z`.',
  serialize: (value) => String(value),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});
