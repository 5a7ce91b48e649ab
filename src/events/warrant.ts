/**
 * Warrant: who issued (or requested, considered, threatened, withdrew) an arrest warrant
 * against whom. One graph node per issuer and subject, which is what other articles report too,
 * so its key is exact and needs no search across articles.
 */
import { WARRANT_STATUSES } from '../contracts/extraction-document.js';
import { intersects, keyList, type EventKind } from './kind.js';

const issuerOf = (roles: Readonly<Record<string, readonly number[]>>): number | undefined => roles.issuer?.[0];

export const warrant: EventKind = {
  type: 'Warrant',
  idPrefix: 'w',
  roles: [
    {
      field: 'issuer',
      many: false,
      edge: 'ISSUED',
      direction: 'actor-to-event',
      graphql: {
        role: 'ISSUER',
        roleDescription: 'Issued (or requested, considered…) a warrant',
        field: 'issuer',
        description: "Who issued or requested it (a court, a state, a prosecutor's office); null when no article says.",
        filter: { argument: 'issuer', description: 'Only warrants issued by this actor (global id or key).' },
      },
    },
    {
      field: 'subjects',
      many: true,
      edge: 'AGAINST',
      direction: 'event-to-actor',
      actorTypes: ['Person'],
      min: 1,
      optionalField: 'optionalSubjects',
      graphql: {
        role: 'SUBJECT',
        roleDescription: 'A warrant is against them',
        field: 'subjects',
        description: 'The people it is against.',
        filter: { argument: 'subject', description: 'Only warrants against this person (global id or key).' },
      },
    },
  ],
  attributes: [
    {
      field: 'status',
      type: 'enum',
      values: WARRANT_STATUSES,
      unknown: 'unknown',
      stages: ['unknown', 'threatened', 'considered', 'requested', 'issued', 'withdrawn'],
      combine: 'newest-known',
      graphql: {
        field: 'status',
        description: 'How far the warrant got: what the newest article that knows it says.',
        enum: {
          name: 'WarrantStatus',
          description: 'How far a warrant got.',
          values: {
            ISSUED: { value: 'issued', description: 'Issued by the court or authority.' },
            REQUESTED: { value: 'requested', description: 'Applied for (e.g. by a prosecutor), not yet issued.' },
            CONSIDERED: { value: 'considered', description: 'Under consideration.' },
            THREATENED: { value: 'threatened', description: 'Threatened, not formally sought.' },
            WITHDRAWN: { value: 'withdrawn', description: 'Withdrawn or revoked.' },
            UNKNOWN: { value: 'unknown', description: 'Reported without a clear status.' },
          },
        },
        filter: { argument: 'status', description: 'Only warrants with one of these statuses.' },
      },
    },
    {
      field: 'charges',
      type: 'list',
      combine: 'union',
      graphql: {
        field: 'charges',
        description: 'The charges, as the articles name them, sorted.',
        filter: {
          argument: 'chargeContains',
          description: 'Only warrants with a charge containing this text (case-insensitive).',
        },
      },
    },
  ],
  identifiedBy: ['subjects'],
  splitBy: 'subjects',
  anchors: [],
  naturalKey: ({ roles }) => `warrant:${keyList(roles.issuer)}:against:${keyList(roles.subjects)}`,
  sameAcrossArticles: () => false,
  // The same issuer (or one unnamed) and a shared subject.
  sameInArticle: (a, b) => {
    const ia = issuerOf(a.roles);
    const ib = issuerOf(b.roles);
    return (
      (ia === undefined || ib === undefined || ia === ib) && intersects(a.roles.subjects ?? [], b.roles.subjects ?? [])
    );
  },
  // "The ICC is considering arrest warrants": evidence for the warrant of the same issuer.
  joinIncomplete: (incomplete, event) => issuerOf(incomplete.roles) === issuerOf(event.roles),
  scoring: [{ type: 'WARRANT', from: 'issuer', to: 'subjects', ordered: true }],
  graphql: {
    description:
      'An arrest warrant: who issued (or requested, considered, threatened, withdrew) it against whom.\nOne node per issuer and subject, however many articles report it.',
    typeValue: 'WARRANT',
    typeDescription: 'An arrest warrant.',
    connection: 'warrants',
    connectionDescription:
      'The warrants, a page at a time. "Who issued warrants for whom" is `warrants { nodes { issuer { name } subjects { name } status date { value } charges sources { article { title } } } }`.',
    plural: 'warrants',
    actorFields: [
      {
        name: 'warrantsIssued',
        description: 'Warrants this actor issued, requested or considered (courts, states, prosecutors), newest first.',
        roles: ['issuer'],
      },
      { name: 'warrantsAgainst', description: 'Warrants against this actor, newest first.', roles: ['subjects'] },
    ],
  },
};
