import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DOCUMENTS } from '../../web/explore/api.js';
import { loadProjectSchema } from '../ide/fixture-api.js';

describe("the explorer's GraphQL documents", () => {
  const schema = loadProjectSchema();

  it.each(Object.entries(DOCUMENTS))('%s is valid against the SDL', (_name, document) => {
    expect(validate(schema, parse(document)).map((error) => error.message)).toEqual([]);
  });
});
