/**
 * Pass 8: assemble the `kg-extraction/1` document.
 *
 * The event kinds' descriptors (src/events/) say what each kind's roles and attributes are and
 * when two extracted events of one article are one event: events reported in several sentences
 * are then merged into one with several evidence spans (warrants with the same issuer and a
 * shared subject; strikes by the same perpetrators whose targets or places agree; meetings whose
 * participants overlap). An event without the roles that identify it ("the ICC is considering
 * arrest warrants") only adds its evidence to an event its kind accepts. Entities are numbered in
 * reading order (e1, e2, …), events by kind and reading order (w1…, s1…, m1…); entities never
 * mentioned after resolution are left out.
 */

import { eventKinds, type EventKinds } from '../events/index.js';
import { membersOf, type DraftView, type EventKind } from '../events/kind.js';
import {
  EXTRACTION_FORMAT,
  FORMAT_VERSION,
  type ArticleMeta,
  type Entity,
  type Evidence,
  type ExtractedEvent,
  type ExtractionDocument,
  type HoldsRoleRelation,
} from '../contracts/extraction-document.js';
import type { EntityDraft, EventDraft, RoleDraft, Sentence } from './types.js';

export interface AssemblyInput {
  original: string;
  article: ArticleMeta;
  sentences: readonly Sentence[];
  entities: readonly EntityDraft[];
  roles: readonly RoleDraft[];
  events: readonly EventDraft[];
  /** Date of each event, in the order of `events`. */
  dates: ReadonlyArray<string | null>;
}

/** An extracted event of one kind while it is being merged: roles as entity indexes. */
interface Working extends DraftView {
  roles: Record<string, number[]>;
  attributes: Record<string, unknown>;
  /** Per link field: the sentences that tie the event to one of the linked kind. */
  links: Record<string, number[]>;
  date: string | null;
  sentences: number[];
}

export function assembleDocument(input: AssemblyInput, kinds: EventKinds = eventKinds): ExtractionDocument {
  const kept = input.entities.filter((e) => e.mentionCount > 0).sort((a, b) => a.firstStart - b.firstStart);
  const ids = new Map<number, string>();
  kept.forEach((e, i) => ids.set(e.index, `e${i + 1}`));
  const id = (index: number): string | undefined => ids.get(index);
  const ref = (xs: readonly number[]): string[] => unique(xs.map(id).filter((x): x is string => x !== undefined));
  const evidence = (sentences: readonly number[]): Evidence[] =>
    [...new Set(sentences)]
      .sort((a, b) => a - b)
      .map((s) => input.sentences[s])
      .filter((s): s is Sentence => s !== undefined)
      .map((s) => ({ text: input.original.slice(s.start, s.end), start: s.start, end: s.end }));

  const entities: Entity[] = kept.map((e) => ({
    id: id(e.index) as string,
    type: e.type,
    name: e.name,
    aliases: aliasesOf(e),
  }));

  const events: ExtractedEvent[] = [];
  /** What link resolution needs of each document event: its working form and roles as ids. */
  const built: Array<{
    event: Record<string, unknown>;
    kind: EventKind;
    working: Working;
    roles: Record<string, string[]>;
  }> = [];
  for (const kind of kinds.list) {
    const drafts = input.events.flatMap((draft, i) =>
      draft.type === kind.type ? [working(kind, draft, input.dates[i] ?? null)] : [],
    );
    const merged = mergeEvents(kind, drafts).sort((a, b) => Math.min(...a.sentences) - Math.min(...b.sentences));
    let n = 0;
    for (const event of merged) {
      const roles = Object.fromEntries(kind.roles.map((role) => [role.field, ref(event.roles[role.field] ?? [])]));
      if (kind.roles.some((role) => (roles[role.field]?.length ?? 0) < (role.min ?? 0))) continue;
      n += 1;
      const document: Record<string, unknown> = {
        id: `${kind.idPrefix}${n}`,
        type: kind.type,
        ...Object.fromEntries(
          kind.roles.map((role) => [role.field, role.many ? roles[role.field] : (roles[role.field]?.[0] ?? null)]),
        ),
        ...event.attributes,
        ...Object.fromEntries((kind.links ?? []).map((link) => [link.field, null])),
        date: event.date,
        evidence: evidence(event.sentences),
      };
      events.push(document as unknown as ExtractedEvent);
      built.push({ event: document, kind, working: event, roles });
    }
  }
  // A link names the event of the linked kind reported in the sentence that ties them, whose
  // role holds this event's member: "arrested on an ICC warrant" → that sentence's warrant for him.
  for (const { event, kind, working: w, roles } of built) {
    for (const link of kind.links ?? []) {
      const member = roles[link.match.role]?.[0];
      const target = built.find(
        (other) =>
          other.kind.type === link.to &&
          member !== undefined &&
          (other.roles[link.match.targetRole] ?? []).includes(member) &&
          (w.links[link.field] ?? []).some((sentence) => other.working.sentences.includes(sentence)),
      );
      event[link.field] = target?.event.id ?? null;
    }
  }

  const relations: HoldsRoleRelation[] = [];
  for (const r of input.roles) {
    const from = id(r.person);
    const to = id(r.org);
    if (from === undefined || to === undefined || from === to) continue;
    relations.push({
      type: 'HOLDS_ROLE',
      from,
      to,
      role: r.role,
      ...(r.current === false ? { current: false } : {}),
      ...(r.since !== undefined ? { since: r.since } : {}),
      ...(r.until !== undefined ? { until: r.until } : {}),
      evidence: evidence(r.sentences),
    });
  }

  return {
    format: EXTRACTION_FORMAT,
    formatVersion: FORMAT_VERSION,
    article: input.article,
    entities,
    events,
    relations,
  };
}

/** A draft read through its kind's descriptor: the role and attribute fields it declares. */
function working(kind: EventKind, draft: EventDraft, date: string | null): Working {
  const fields = draft as unknown as Record<string, unknown>;
  return {
    roles: Object.fromEntries(
      kind.roles.map((role) => [role.field, membersOf(fields[role.field] as number | number[])]),
    ),
    attributes: Object.fromEntries(
      kind.attributes.map((a) => {
        const value = fields[a.field];
        return [a.field, Array.isArray(value) ? [...(value as unknown[])] : (value ?? (a.type === 'list' ? [] : null))];
      }),
    ),
    links: Object.fromEntries(
      (kind.links ?? []).map((link) => [link.field, membersOf(fields[link.field] as number | null)]),
    ),
    date,
    sentences: [...draft.sentences],
  };
}

/**
 * Merges the events `kind.sameInArticle` calls one, until nothing changes (a later report can
 * make two earlier ones compatible); events without an identifying role join one they belong to.
 */
function mergeEvents(kind: EventKind, drafts: Working[]): Working[] {
  const identified = (w: Working): boolean => kind.identifiedBy.some((field) => (w.roles[field]?.length ?? 0) > 0);
  const merged = drafts.filter(identified);
  // Passes until one merges nothing; within a pass an event takes in every later one it accepts.
  for (let changed = true; changed;) {
    changed = false;
    for (let a = 0; a < merged.length; a++) {
      const into = merged[a] as Working;
      for (let b = a + 1; b < merged.length;) {
        const from = merged[b] as Working;
        if (!kind.sameInArticle(into, from)) {
          b++;
          continue;
        }
        absorbEvent(kind, into, from);
        merged.splice(b, 1);
        changed = true;
      }
    }
  }
  const join = kind.joinIncomplete;
  if (join === undefined) return merged;
  for (const w of drafts.filter((d) => !identified(d))) {
    // The event it belongs to reported last before it, else the next one.
    const at = Math.min(...w.sentences);
    const candidates = merged.filter((m) => join(w, m));
    const before = candidates.filter((m) => Math.min(...m.sentences) <= at);
    const into = before[before.length - 1] ?? candidates[0];
    if (into === undefined) continue;
    absorb(into.sentences, w.sentences);
    for (const a of kind.attributes)
      if (a.type === 'list') absorb(into.attributes[a.field] as unknown[], w.attributes[a.field] as unknown[]);
  }
  return merged;
}

/** `from` into `into`: members, the first stated value of each attribute, the more precise date. */
function absorbEvent(kind: EventKind, into: Working, from: Working): void {
  for (const role of kind.roles) {
    const members = into.roles[role.field] ?? [];
    if (role.many) absorb(members, from.roles[role.field] ?? []);
    else if (members.length === 0) members.push(...(from.roles[role.field] ?? []));
    into.roles[role.field] = members;
  }
  for (const a of kind.attributes) {
    const value = into.attributes[a.field];
    if (a.type === 'list') absorb(value as unknown[], from.attributes[a.field] as unknown[]);
    else if (value === null || value === undefined || value === a.unknown)
      into.attributes[a.field] = from.attributes[a.field];
  }
  for (const link of kind.links ?? []) absorb((into.links[link.field] ??= []), from.links[link.field] ?? []);
  const date = from.date;
  if (into.date === null || (date !== null && date.length > into.date.length && date.startsWith(into.date)))
    into.date = date;
  absorb(into.sentences, from.sentences);
}

/** Distinct surface forms other than the name, first spelling of each kept. */
function aliasesOf(e: EntityDraft): string[] {
  const seen = new Set([e.name.toLowerCase()]);
  const out: string[] = [];
  for (const a of e.aliases) {
    const k = a.toLowerCase();
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(a);
  }
  return out;
}

function absorb<T>(into: T[], from: readonly T[]): void {
  for (const x of from) if (!into.includes(x)) into.push(x);
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}
