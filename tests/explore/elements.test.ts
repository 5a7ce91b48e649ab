import { isInterfaceType, type GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { ApiNode } from '../../web/explore/api.js';
import { formatDate, nodeData, toElements } from '../../web/explore/elements.js';
import { DEFAULT_KINDS, NODE_KINDS, RELATIONSHIP_LABELS } from '../../web/explore/kinds.js';
import { loadProjectSchema } from '../ide/fixture-api.js';

const court: ApiNode = { __typename: 'Court', id: 'c1', key: 'court:x', name: 'International Criminal Court' };
const person: ApiNode = { __typename: 'Person', id: 'p1', key: 'person:y', name: 'Marek Zelo' };
const warrant: ApiNode = {
  __typename: 'Warrant',
  id: 'w1',
  key: 'warrant:x',
  date: { value: '2024-11-21' },
  reportCount: 2,
  status: 'ISSUED',
};

describe('the kinds the explorer draws', () => {
  const schema = loadProjectSchema();

  it.each(['Actor', 'Event'] as const)('style every %s type of the schema, in its family', (name) => {
    const type = schema.getType(name);
    if (!isInterfaceType(type)) throw new Error(`${name} is not an interface`);
    const family = name === 'Actor' ? 'actor' : 'event';
    for (const { name: typename } of schema.getPossibleTypes(type)) {
      expect(NODE_KINDS[typename], typename).toMatchObject({ family });
    }
  });

  it('label every relationship type the traversals return', () => {
    const types = (schema.getType('RelationshipType') as GraphQLEnumType).getValues().map(({ name }) => name);
    expect(types.filter((type) => !RELATIONSHIP_LABELS[type])).toEqual([]);
  });

  it('draw a kind they do not know yet with the default of its family, named from its type', () => {
    const embargo = nodeData({ __typename: 'ArmsEmbargo', id: 'e1', key: 'embargo:x', date: null });
    expect(embargo).toMatchObject({
      family: 'event',
      kindLabel: 'Arms embargo',
      color: DEFAULT_KINDS.event.color,
      shape: DEFAULT_KINDS.event.shape,
      label: 'Arms embargo\nundated',
    });
    expect(nodeData({ __typename: 'Militia', id: 'm1', key: 'militia:x', name: 'Some Militia' })).toMatchObject({
      family: 'actor',
      label: 'Some Militia',
      color: DEFAULT_KINDS.actor.color,
    });
  });
});

describe('nodeData', () => {
  it('names actors by their name and events by kind, status when not issued, and date', () => {
    expect(nodeData(court)).toMatchObject({
      family: 'actor',
      label: 'International Criminal Court',
      kindLabel: 'Court',
    });
    expect(nodeData(warrant)).toMatchObject({
      family: 'event',
      label: 'Arrest warrant\n21 Nov 2024',
      status: 'ISSUED',
    });
    expect(nodeData({ ...warrant, status: 'REQUESTED', date: null }).label).toBe('Arrest warrant (requested)\nundated');
    expect(nodeData({ ...warrant, status: 'UNKNOWN' }).label).toBe('Arrest warrant (status unclear)\n21 Nov 2024');
  });
});

describe('formatDate', () => {
  it.each([
    ['2024-11-21', '21 Nov 2024'],
    ['2024-03-01', '1 Mar 2024'],
    ['2024-11', 'Nov 2024'],
    ['2024', '2024'],
    ['2024-13', '2024'],
    ['next week', 'next week'],
  ])('%s → %s', (value, expected) => {
    expect(formatDate(value)).toBe(expected);
  });
});

describe('toElements', () => {
  it('gives each node and edge once, labels edges by relationship or role, and drops edges to nodes it lacks', () => {
    const elements = toElements({
      nodes: [court, warrant, person, court],
      relationships: [
        { type: 'ISSUED', role: null, from: { id: 'c1' }, to: { id: 'w1' } },
        { type: 'AGAINST', role: null, from: { id: 'w1' }, to: { id: 'p1' } },
        { type: 'AGAINST', role: null, from: { id: 'w1' }, to: { id: 'p1' } },
        { type: 'HOLDS_ROLE', role: 'judge', from: { id: 'p1' }, to: { id: 'c1' } },
        { type: 'HOLDS_ROLE', role: 'president', from: { id: 'p1' }, to: { id: 'c1' } },
        { type: 'ATTENDED', role: null, from: { id: 'p1' }, to: { id: 'elsewhere' } },
      ],
    });
    expect(elements.nodes.map(({ data }) => data.id)).toEqual(['c1', 'w1', 'p1']);
    expect(elements.edges.map(({ data }) => [data.source, data.label, data.target])).toEqual([
      ['c1', 'issued', 'w1'],
      ['w1', 'against', 'p1'],
      ['p1', 'judge', 'c1'],
      ['p1', 'president', 'c1'],
    ]);
  });
});
