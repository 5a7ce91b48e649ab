import { Kind, parse, validate, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ideExamples } from '../../web/ide/examples.js';
import { loadProjectSchema } from './fixture-api.js';

// The IDE's examples are the first queries users run: they must stay valid as the SDL changes.
describe('the IDE examples', () => {
  const schema = loadProjectSchema();

  it('start with "who issued warrants for whom"', () => {
    expect(ideExamples.map(({ title }) => title)).toEqual([
      'Who issued warrants for whom',
      'Search an actor',
      'Who met whom',
      'Path between two actors',
      'Strikes by perpetrator',
      'Executed and outstanding warrants',
      'Arrests, surrenders and transfers',
      'Offices held now and before',
    ]);
  });

  it.each(ideExamples.map((example) => [example.title, example] as const))(
    '%s is valid against schema/*.graphql, with JSON variables for each it declares',
    (_title, example) => {
      const document = parse(example.query);
      expect(validate(schema, document).map(({ message }) => message)).toEqual([]);
      const operations = document.definitions.filter(
        (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
      );
      expect(operations).toHaveLength(1);
      const declared = operations[0]?.variableDefinitions?.map(({ variable }) => variable.name.value) ?? [];
      const given = Object.keys(example.variables === undefined ? {} : (JSON.parse(example.variables) as object));
      expect(given.sort()).toEqual(declared.sort());
    },
  );
});
