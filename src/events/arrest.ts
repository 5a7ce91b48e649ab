/**
 * Arrest: what happens to a wanted person: arrested, surrendered, transferred (handed over to a
 * court or state) or released; by whom, where, to whom, and the warrant it executes when the text
 * says so. One event per person. Found again across articles around the person: the same kind of
 * step in an overlapping period, by the same authority when both reports name one.
 * Introduced in kg-extraction/1.1.
 */
import { ARREST_KINDS } from '../contracts/extraction-document.js';
import { intersects, keyList, type EventKind } from './kind.js';

const one = (roles: Readonly<Record<string, readonly unknown[]>>, field: string): unknown => roles[field]?.[0];

export const arrest: EventKind = {
  type: 'Arrest',
  idPrefix: 'a',
  since: 1,
  roles: [
    {
      field: 'person',
      many: false,
      edge: 'OF',
      direction: 'event-to-actor',
      actorTypes: ['Person'],
      min: 1,
      graphql: {
        role: 'DETAINEE',
        roleDescription: 'The person arrested, surrendering, transferred or released',
        field: 'person',
        description: 'The person arrested, surrendering, transferred or released.',
        filter: { argument: 'person', description: 'Only arrests of this person (global id or key).' },
      },
    },
    {
      field: 'authority',
      many: false,
      edge: 'BY',
      direction: 'event-to-actor',
      actorTypes: ['State', 'Organization', 'Court'],
      graphql: {
        role: 'AUTHORITY',
        roleDescription: 'The state or body that made the arrest, transfer or release',
        field: 'authority',
        description: 'The state or body that made the arrest, transfer or release; null when no article names one.',
        filter: { argument: 'authority', description: 'Only arrests made by this state or body (global id or key).' },
      },
    },
    {
      field: 'locations',
      many: true,
      edge: 'AT',
      direction: 'event-to-actor',
      actorTypes: ['Place', 'State'],
      graphql: {
        role: 'LOCATION',
        roleDescription: 'Where the event took place',
        field: 'locations',
        description: 'Where it happened: places and states.',
        filter: { argument: 'location', description: 'Only arrests at this place or state (global id or key).' },
      },
    },
    {
      field: 'handedTo',
      many: false,
      edge: 'HANDED_TO',
      direction: 'event-to-actor',
      actorTypes: ['Court', 'State'],
      graphql: {
        role: 'RECEIVER',
        roleDescription: 'The court or state a person was handed over or surrendered to',
        field: 'handedTo',
        description: 'The court or state the person was handed over or surrendered to, if any.',
        filter: {
          argument: 'handedTo',
          description: 'Only transfers and surrenders to this court or state (global id or key).',
        },
      },
    },
  ],
  attributes: [
    {
      field: 'kind',
      type: 'enum',
      values: ARREST_KINDS,
      combine: 'newest-known',
      graphql: {
        field: 'kind',
        description: 'Which step: an arrest, a surrender, a transfer or a release.',
        enum: {
          name: 'ArrestKind',
          description: 'The steps that follow a warrant.',
          values: {
            ARREST: { value: 'arrest', description: 'Arrested or detained.' },
            SURRENDER: { value: 'surrender', description: 'Gave themselves up.' },
            TRANSFER: { value: 'transfer', description: 'Handed over, transferred or extradited to a court or state.' },
            RELEASE: { value: 'release', description: 'Released from custody.' },
          },
        },
        filter: { argument: 'kind', description: 'Only these steps.' },
      },
    },
  ],
  links: [
    {
      field: 'warrant',
      to: 'Warrant',
      edge: 'EXECUTES',
      match: { role: 'person', targetRole: 'subjects' },
      graphql: {
        field: 'warrants',
        description: 'The warrants it executes, as the articles say ("arrested on an ICC warrant").',
        inverse: { field: 'arrests', description: 'The arrests, surrenders and transfers that executed this warrant.' },
        flag: {
          field: 'executed',
          description: 'Whether an article reports an arrest, surrender or transfer that executed it.',
          filterDescription: 'Only executed warrants (true) or only outstanding ones (false).',
        },
      },
    },
  ],
  identifiedBy: ['person'],
  anchors: ['person'],
  naturalKey: ({ roles, attributes }, when) => `arrest:${keyList(roles.person)}:${String(attributes.kind)}:${when}`,
  // The same person and step (periods overlap already); two named authorities must agree.
  sameAcrossArticles: (event, candidate) => {
    const [ea, ca] = [event.roles.authority ?? [], candidate.roles.authority ?? []];
    return (
      event.attributes.kind === candidate.attributes.kind &&
      intersects(event.roles.person ?? [], candidate.roles.person ?? []) &&
      (ea.length === 0 || ca.length === 0 || intersects(ea, ca))
    );
  },
  // One person, one step of each kind per article.
  sameInArticle: (a, b) => a.attributes.kind === b.attributes.kind && one(a.roles, 'person') === one(b.roles, 'person'),
  scoring: [
    { type: 'ARREST', from: 'authority', to: 'person', ordered: true },
    { type: 'HANDED_TO', from: 'person', to: 'handedTo', ordered: true },
  ],
  graphql: {
    description:
      'What happened after a warrant: a person arrested, surrendering, transferred to a court or state, or released;\nby whom, where, and the warrant it executed when the articles say.',
    typeValue: 'ARREST',
    typeDescription: 'An arrest, surrender, transfer or release.',
    connection: 'arrests',
    connectionDescription:
      'The arrests, surrenders, transfers and releases, a page at a time. `warrants(where: { executed: false })` lists the outstanding warrants.',
    plural: 'arrests',
    actorFields: [
      {
        name: 'arrests',
        description: 'Arrests, surrenders, transfers and releases of this person, newest first.',
        roles: ['person'],
        on: ['Person'],
      },
      {
        name: 'arrestsMade',
        description: 'Arrests, transfers and releases this state or body made, newest first.',
        roles: ['authority'],
      },
    ],
  },
};
