/**
 * Meeting: a meeting, phone call or video call. Found again across articles around its
 * participants: the same people, or one report naming a subset of at least two of them.
 */
import { MEETING_MODES } from '../contracts/extraction-document.js';
import { keyList, type EventKind } from './kind.js';

export const meeting: EventKind = {
  type: 'Meeting',
  idPrefix: 'm',
  roles: [
    {
      field: 'participants',
      many: true,
      edge: 'ATTENDED',
      direction: 'actor-to-event',
      min: 2,
      optionalField: 'optionalParticipants',
      graphql: {
        role: 'PARTICIPANT',
        roleDescription: 'Took part in a meeting',
        field: 'participants',
        description: 'Who took part.',
        filter: {
          argument: 'participants',
          description:
            "Only meetings all of these actors attended (global ids or keys, at most 5): one id lists an\nactor's meetings, two their meetings with each other.",
          list: { max: 5 },
        },
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
        description: 'Where it took place.',
        filter: { argument: 'location', description: 'Only meetings at this place or state (global id or key).' },
      },
    },
  ],
  attributes: [
    {
      field: 'mode',
      type: 'enum',
      values: MEETING_MODES,
      unknown: 'unknown',
      combine: 'newest-known',
      graphql: {
        field: 'mode',
        description: 'In person, by phone or by video.',
        enum: {
          name: 'MeetingMode',
          description: 'How a meeting took place.',
          values: {
            IN_PERSON: { value: 'in_person', description: 'Face to face.' },
            PHONE_CALL: { value: 'phone_call', description: 'By telephone.' },
            VIRTUAL: { value: 'virtual', description: 'By video conference.' },
            UNKNOWN: { value: 'unknown', description: 'Not stated.' },
          },
        },
        filter: { argument: 'mode', description: 'Only meetings held in one of these modes.' },
      },
    },
    {
      field: 'topic',
      type: 'text',
      combine: 'newest',
      graphql: { field: 'topic', description: 'What it was about, when an article says.' },
    },
  ],
  identifiedBy: ['participants'],
  anchors: ['participants'],
  naturalKey: ({ roles }, when) => `meeting:${keyList(roles.participants)}:${when}`,
  // The same people, or one report naming a subset of at least two of them.
  sameAcrossArticles: (event, candidate) => {
    const [a, b] = [event.roles.participants ?? [], candidate.roles.participants ?? []];
    const shared = a.filter((key) => b.includes(key)).length;
    return shared === Math.min(a.length, b.length) && shared >= Math.min(2, Math.max(a.length, b.length));
  },
  // Participants that overlap in two or more, or one a subset of the other, on the same date.
  sameInArticle: (x, m) => {
    const [a, b] = [x.roles.participants ?? [], m.roles.participants ?? []];
    const shared = a.filter((p) => b.includes(p)).length;
    const subset = shared === Math.min(a.length, b.length);
    return (shared >= 2 || subset) && shared > 0 && (x.date === null || m.date === null || x.date === m.date);
  },
  scoring: [{ type: 'MET', among: 'participants', ordered: false }],
  graphql: {
    description: 'A meeting, phone call or video call between actors.',
    typeValue: 'MEETING',
    typeDescription: 'A meeting or call.',
    connection: 'meetings',
    connectionDescription: 'The meetings, a page at a time.',
    plural: 'meetings',
    actorFields: [
      {
        name: 'meetings',
        description: 'Meetings and calls this actor took part in, newest first.',
        roles: ['participants'],
      },
    ],
  },
};
