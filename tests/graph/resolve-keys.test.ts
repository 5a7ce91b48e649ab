import { describe, expect, it } from 'vitest';
import { kindOf } from '../../src/events/index.js';
import type { ActorContribution } from '../../src/graph/contributions.js';
import {
  chooseEventCandidate,
  eventPeriod,
  naturalEventKey,
  resolveActorKeys,
  type EventCandidate,
  type KeyedEvent,
  type PersonCandidate,
} from '../../src/graph/resolve-keys.js';

const person = (ref: string, name: string): ActorContribution => ({ ref, type: 'Person', name, aliases: [name] });
const existing = (name: string, key: string, surnameKey: string): PersonCandidate => ({ name, key, surnameKey });

describe('resolveActorKeys', () => {
  it('joins a surname to the one full name the graph has', () => {
    const keys = resolveActorKeys(
      [person('e1', 'Netanyahu')],
      [existing('Benjamin Netanyahu', 'person:benjamin-netanyahu', 'netanyahu')],
    );
    expect(keys.get('e1')).toEqual({ key: 'person:benjamin-netanyahu' });
  });

  it('keeps a surname apart when two people carry it', () => {
    const keys = resolveActorKeys(
      [person('e1', 'Katz')],
      [existing('Israel Katz', 'person:israel-katz', 'katz'), existing('Yossi Katz', 'person:yossi-katz', 'katz')],
    );
    expect(keys.get('e1')).toEqual({ key: 'person:katz' });
  });

  it('upgrades the one surname-only node when a full name arrives', () => {
    const keys = resolveActorKeys([person('e1', 'Yoav Gallant')], [existing('Gallant', 'person:gallant', 'gallant')]);
    expect(keys.get('e1')).toEqual({ key: 'person:yoav-gallant', rekeyFrom: 'person:gallant' });
  });

  it('never upgrades a surname-only node another full name already claims', () => {
    const keys = resolveActorKeys(
      [person('e1', 'Yossi Katz')],
      [existing('Katz', 'person:katz', 'katz'), existing('Israel Katz', 'person:israel-katz', 'katz')],
    );
    expect(keys.get('e1')).toEqual({ key: 'person:yossi-katz' });
  });

  it('keys other types by their canonical name only', () => {
    const keys = resolveActorKeys(
      [{ ref: 'e1', type: 'State', name: 'Israel', aliases: [] }],
      [existing('Israel Katz', 'person:israel-katz', 'katz')],
    );
    expect(keys.get('e1')).toEqual({ key: 'state:israel' });
  });
});

const strikeEvent = (overrides: Partial<KeyedEvent>): KeyedEvent => ({
  kind: kindOf('Strike'),
  date: null,
  from: null,
  to: null,
  roles: { perpetrators: ['state:israel'], targets: ['organization:hamas'], locations: ['state:qatar'] },
  attributes: {},
  ...overrides,
});
const candidate = (overrides: Partial<EventCandidate>): EventCandidate => ({
  key: 'strike:x',
  dateFrom: '2025-09-01',
  dateTo: '2025-09-30',
  roles: { perpetrators: ['state:israel'], targets: ['organization:hamas'], locations: ['place:doha', 'state:qatar'] },
  attributes: {},
  ...overrides,
});
const strikeRoles = (overrides: Record<string, string[]>) => ({
  perpetrators: ['state:israel'],
  targets: ['organization:hamas'],
  locations: ['place:doha', 'state:qatar'],
  ...overrides,
});

describe('chooseEventCandidate', () => {
  it('takes the one strike by the same perpetrator, place and overlapping period', () => {
    const event = strikeEvent({ date: '2025-09-09', from: '2025-09-09', to: '2025-09-09' });
    expect(chooseEventCandidate(event, [candidate({})])).toBe('strike:x');
  });

  it('refuses a strike elsewhere, by someone else, or at another time', () => {
    const event = strikeEvent({ date: '2025-09-09', from: '2025-09-09', to: '2025-09-09' });
    expect(
      chooseEventCandidate(event, [candidate({ roles: strikeRoles({ locations: ['place:gaza'] }) })]),
    ).toBeUndefined();
    expect(
      chooseEventCandidate(event, [candidate({ roles: strikeRoles({ perpetrators: ['state:iran'] }) })]),
    ).toBeUndefined();
    expect(chooseEventCandidate(event, [candidate({ dateFrom: '2025-10-01', dateTo: '2025-10-31' })])).toBeUndefined();
  });

  it('keeps two nodes when two candidates fit', () => {
    const event = strikeEvent({ date: '2025-09', from: '2025-09-01', to: '2025-09-30' });
    const fits = [
      candidate({ key: 'a', dateFrom: '2025-09-03', dateTo: '2025-09-03' }),
      candidate({ key: 'b', dateFrom: '2025-09-20', dateTo: '2025-09-20' }),
    ];
    expect(chooseEventCandidate(event, fits)).toBeUndefined();
  });

  it('matches meetings with the same participants, or a subset of at least two', () => {
    const meeting = (participants: string[]): KeyedEvent => ({
      ...strikeEvent({}),
      kind: kindOf('Meeting'),
      roles: { participants, locations: [] },
    });
    const held = candidate({ roles: { participants: ['a', 'b', 'c'], locations: [] } });
    expect(chooseEventCandidate(meeting(['a', 'b']), [held])).toBe('strike:x');
    expect(chooseEventCandidate(meeting(['a', 'd']), [held])).toBeUndefined();
  });
});

describe('event keys and periods', () => {
  it('keys a warrant by issuer and subject only', () => {
    const key = naturalEventKey(
      { ...strikeEvent({}), kind: kindOf('Warrant'), roles: { issuer: ['court:icc'], subjects: ['person:x'] } },
      '2024-11-21',
    );
    expect(key).toBe('warrant:court:icc:against:person:x');
  });

  it('gives an undated event the weeks before its report as its period', () => {
    expect(eventPeriod(null, '2025-09-18')).toEqual({ from: '2025-08-19', to: '2025-09-18' });
    expect(eventPeriod('2025-09', '2025-09-18')).toEqual({ from: '2025-09-01', to: '2025-09-30' });
    expect(eventPeriod(null, null)).toEqual({ from: null, to: null });
  });
});
