import { describe, expect, it } from 'vitest';
import { apiError, createFormatError, errorCode } from '../../src/api/errors.js';
import { GraphQLError } from '../../src/api/graphql.js';
import { NewsgraphError } from '../../src/errors.js';

/** A resolver error as graphql-js hands it to Apollo: located, wrapping the thrown value. */
function located(original: Error): GraphQLError {
  return new GraphQLError(original.message, { path: ['warrants'], originalError: original });
}

function neo4jError(code: string, message: string): Error {
  return Object.assign(new Error(message), { name: 'Neo4jError', code });
}

const dev = createFormatError({ production: false });
const prod = createFormatError({ production: true });
const format = (formatError: typeof dev, error: GraphQLError) =>
  formatError({ ...error.toJSON(), extensions: { ...error.extensions, stacktrace: ['at secret.ts:1'] } }, error);

describe('formatError', () => {
  it('keeps the code and message of errors written for clients', () => {
    const error = located(apiError('NOT_FOUND', 'No actor has the id given as from.'));
    expect(format(prod, error)).toEqual({
      message: 'No actor has the id given as from.',
      path: ['warrants'],
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('turns a transaction timeout into TIMEOUT without the database message', () => {
    const error = located(
      neo4jError(
        'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
        'tx timed out after 10000ms at 10.0.0.7',
      ),
    );
    for (const formatError of [dev, prod]) {
      const formatted = format(formatError, error);
      expect(formatted.extensions?.code).toBe('TIMEOUT');
      expect(formatted.message).not.toContain('10.0.0.7');
    }
  });

  it('hides unexpected errors in production only', () => {
    const error = located(neo4jError('Neo.ClientError.Statement.SyntaxError', 'Invalid input near MATCH (n:Secret)'));
    expect(format(prod, error)).toEqual({
      message: 'Internal server error.',
      path: ['warrants'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    const shown = format(dev, error);
    expect(shown.message).toContain('MATCH (n:Secret)');
    expect(shown.extensions?.stacktrace).toEqual(['at secret.ts:1']);
  });

  it('maps NewsgraphErrors and keeps Apollo request codes', () => {
    expect(errorCode(located(new NewsgraphError('INPUT_INVALID', 'bad')))).toBe('BAD_USER_INPUT');
    expect(errorCode(located(new NewsgraphError('NEO4J_UNAVAILABLE', 'down')))).toBe('SERVICE_UNAVAILABLE');
    expect(errorCode(new GraphQLError('Syntax Error', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } }))).toBe(
      'GRAPHQL_PARSE_FAILED',
    );
    expect(errorCode(new GraphQLError('made-up', { extensions: { code: 'SOMETHING_ELSE' } }))).toBe(
      'INTERNAL_SERVER_ERROR',
    );
  });

  it('never throws, whatever it is given', () => {
    const hostile = {
      get message(): string {
        throw new Error('boom');
      },
    };
    expect(prod(hostile as never, hostile)).toEqual({
      message: 'Internal server error.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(prod({ message: 'x' }, undefined).extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });
});
