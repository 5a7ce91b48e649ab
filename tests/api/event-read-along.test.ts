import { describe, expect, it } from 'vitest';
import { kindOf } from '../../src/events/index.js';
import type { ApiContext } from '../../src/api/context.js';
import { kindResolvers } from '../../src/api/resolvers/events.js';
import type { ActorRow, EventActorRow, EventRow, SourceRow } from '../../src/api/rows.js';

const actor = (label: ActorRow['label'], key: string): ActorRow => ({
  kind: 'actor',
  label,
  key,
  name: key,
  aliases: [],
});
const court = actor('Court', 'court:icc');
const subjects = [actor('Person', 'person:a'), actor('Person', 'person:b')];
const links: EventActorRow[] = [
  { role: 'ISSUED', actor: court, sources: ['art-1'] },
  ...subjects.map((person): EventActorRow => ({ role: 'AGAINST', actor: person, sources: ['art-1'] })),
];
const source: SourceRow = {
  articleId: 'art-1',
  article: {
    kind: 'article',
    id: 'art-1',
    title: 'A title',
    url: null,
    publishedAt: '2024-11-21',
    status: 'done',
    ingestedAt: null,
    extractorVersion: null,
    lastError: null,
  },
  evidence: [{ text: 'A sentence.', start: 0, end: 11 }],
};

function warrant(readAlong?: EventRow['readAlong']): EventRow {
  return {
    kind: 'event',
    label: 'Warrant',
    key: 'warrant:w1',
    date: null,
    datePrecision: null,
    dateFrom: null,
    dateTo: null,
    reportCount: 1,
    attributes: {},
    ...(readAlong ? { readAlong } : {}),
  };
}

/** A context whose loaders record what they are asked, answering with the same links and sources. */
function context() {
  const asked: string[] = [];
  const ctx = {
    loaders: {
      eventActors: {
        load: (key: string) => {
          asked.push(`eventActors ${key}`);
          return Promise.resolve(links);
        },
      },
      eventSources: (first: number) => ({
        load: (key: string) => {
          asked.push(`eventSources(${first}) ${key}`);
          return Promise.resolve([source]);
        },
      }),
    },
  } as unknown as ApiContext;
  return { ctx, asked };
}

type Field = (event: EventRow, args: Record<string, unknown>, ctx: ApiContext) => unknown;
const fields = kindResolvers(kindOf('Warrant')) as Record<string, Field>;
const field = (name: string): Field => fields[name] as Field;

describe("an event's fields read along with it", () => {
  it('answer at once from the row, asking no loader', () => {
    const { ctx, asked } = context();
    const event = warrant({ actors: links, sources: { first: 3, rows: [source] } });
    expect(field('issuer')(event, {}, ctx)).toBe(court);
    expect(field('subjects')(event, {}, ctx)).toEqual(subjects);
    expect(field('actors')(event, { role: 'AGAINST' }, ctx)).toEqual(links.slice(1));
    expect(field('sources')(event, { first: 3 }, ctx)).toEqual([source]);
    expect(asked).toEqual([]);
  });

  it('go to the loaders for what was not read along, or read for another page size', async () => {
    const { ctx, asked } = context();
    const read = warrant({ sources: { first: 3, rows: [source] } });
    await expect(field('issuer')(read, {}, ctx)).resolves.toBe(court);
    await expect(field('sources')(read, { first: 5 }, ctx)).resolves.toEqual([source]);
    await expect(field('subjects')(warrant(), {}, ctx)).resolves.toEqual(subjects);
    expect(asked).toEqual(['eventActors warrant:w1', 'eventSources(5) warrant:w1', 'eventActors warrant:w1']);
  });
});
