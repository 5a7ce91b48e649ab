/**
 * Strike: who struck whom, where, and who was killed. Found again across articles around its
 * perpetrator (else its target) in an overlapping period.
 */
import { datesCompatible, intersects, keyList, sameSet, type EventKind } from './kind.js';

export const strike: EventKind = {
  type: 'Strike',
  idPrefix: 's',
  roles: [
    {
      field: 'perpetrators',
      many: true,
      edge: 'CARRIED_OUT',
      direction: 'actor-to-event',
      min: 1,
      graphql: {
        role: 'PERPETRATOR',
        roleDescription: 'Carried out a strike',
        field: 'perpetrators',
        description: 'Who carried it out.',
        filter: { argument: 'perpetrator', description: 'Only strikes carried out by this actor (global id or key).' },
      },
    },
    {
      field: 'targets',
      many: true,
      edge: 'TARGETED',
      direction: 'event-to-actor',
      optionalField: 'optionalTargets',
      graphql: {
        role: 'TARGET',
        roleDescription: 'Targeted by a strike',
        field: 'targets',
        description: 'Who or what it targeted.',
        filter: { argument: 'target', description: 'Only strikes on this actor (global id or key).' },
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
        description: 'Where it hit: places and states.',
        filter: { argument: 'location', description: 'Only strikes at this place or state (global id or key).' },
      },
    },
    {
      field: 'killed',
      many: true,
      edge: 'KILLED',
      direction: 'event-to-actor',
      actorTypes: ['Person'],
      graphql: {
        role: 'KILLED',
        roleDescription: 'Killed in a strike',
        field: 'killed',
        description: 'People the articles name as killed by it.',
        filter: { argument: 'killed', description: 'Only strikes that killed this person (global id or key).' },
      },
    },
  ],
  attributes: [],
  // Without who struck or who was struck there is nothing to identify the strike by.
  identifiedBy: ['perpetrators', 'targets'],
  anchors: ['perpetrators', 'targets'],
  naturalKey: ({ roles }, when) =>
    `strike:${keyList(roles.perpetrators)}:on:${keyList(roles.targets)}:at:${keyList(roles.locations)}:${when}`,
  // The same perpetrators (or, when neither names one, a shared target), and places and targets
  // that intersect when both name some.
  sameAcrossArticles: (event, candidate) => {
    const [ep, cp] = [event.roles.perpetrators ?? [], candidate.roles.perpetrators ?? []];
    const [et, ct] = [event.roles.targets ?? [], candidate.roles.targets ?? []];
    const [el, cl] = [event.roles.locations ?? [], candidate.roles.locations ?? []];
    const byWhom = ep.length > 0 || cp.length > 0 ? sameSet(ep, cp) : intersects(et, ct);
    const where = el.length === 0 || cl.length === 0 || intersects(el, cl);
    const onWhom = et.length === 0 || ct.length === 0 || intersects(et, ct);
    return byWhom && where && onWhom;
  },
  // Same perpetrators, compatible dates and places, and a shared target or place (or none given).
  sameInArticle: (m, s) => {
    const [mt, st] = [m.roles.targets ?? [], s.roles.targets ?? []];
    const [ml, sl] = [m.roles.locations ?? [], s.roles.locations ?? []];
    return (
      sameSet(m.roles.perpetrators ?? [], s.roles.perpetrators ?? []) &&
      datesCompatible(m.date, s.date) &&
      !(ml.length > 0 && sl.length > 0 && !intersects(ml, sl)) &&
      (intersects(mt, st) ||
        intersects(ml, sl) ||
        (mt.length === 0 && ml.length === 0) ||
        (st.length === 0 && sl.length === 0))
    );
  },
  scoring: [
    { type: 'STRIKE_BY', from: 'perpetrators', to: 'targets', ordered: true },
    { type: 'STRIKE_AT', from: 'perpetrators', to: 'locations', ordered: true },
  ],
  graphql: {
    description: 'A military strike or attack: who struck whom, where, and who was killed.',
    typeValue: 'STRIKE',
    typeDescription: 'A military strike or attack.',
    connection: 'strikes',
    connectionDescription: 'The strikes, a page at a time.',
    plural: 'strikes',
    actorFields: [
      {
        name: 'strikesCarriedOut',
        description: 'Strikes this actor carried out, newest first.',
        roles: ['perpetrators'],
      },
      {
        name: 'strikesSuffered',
        description: 'Strikes that targeted this actor or killed them, newest first.',
        roles: ['targets', 'killed'],
      },
    ],
  },
};
