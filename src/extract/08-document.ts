/**
 * Pass 8: assemble the `kg-extraction/1` document.
 *
 * Events reported in several sentences are merged into one event with several evidence spans:
 * warrants with the same issuer and a shared subject; strikes by the same perpetrators whose
 * targets or places agree; meetings whose participants overlap. A warrant without a named
 * subject ("the ICC is considering arrest warrants") only adds its evidence to a warrant of
 * the same issuer. Entities are numbered in reading order (e1, e2, …), events by kind and
 * reading order (w1…, s1…, m1…); entities never mentioned after resolution are left out.
 */

import {
  EXTRACTION_FORMAT,
  type ArticleMeta,
  type Entity,
  type Evidence,
  type ExtractedEvent,
  type ExtractionDocument,
  type HoldsRoleRelation,
} from './document.js';
import type { EntityDraft, EventDraft, MeetingDraft, RoleDraft, Sentence, StrikeDraft, WarrantDraft } from './types.js';

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

type Dated<T> = T & { date: string | null };

export function assembleDocument(input: AssemblyInput): ExtractionDocument {
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

  const dated = input.events.map((e, i) => ({ ...e, date: input.dates[i] ?? null }));
  const warrants = mergeWarrants(dated.filter((e): e is Dated<WarrantDraft> => e.type === 'Warrant'));
  const strikes = mergeStrikes(dated.filter((e): e is Dated<StrikeDraft> => e.type === 'Strike'));
  const meetings = mergeMeetings(dated.filter((e): e is Dated<MeetingDraft> => e.type === 'Meeting'));

  const events: ExtractedEvent[] = [];
  const order = <T extends EventDraft>(xs: T[]): T[] =>
    xs.sort((a, b) => Math.min(...a.sentences) - Math.min(...b.sentences));
  order(warrants).forEach((w, i) => {
    const subjects = ref(w.subjects);
    if (subjects.length === 0) return;
    const issuer = w.issuer === null ? null : (id(w.issuer) ?? null);
    events.push({
      id: `w${i + 1}`,
      type: 'Warrant',
      issuer,
      subjects,
      status: w.status,
      date: w.date,
      charges: w.charges,
      evidence: evidence(w.sentences),
    });
  });
  order(strikes).forEach((s, i) => {
    const perpetrators = ref(s.perpetrators);
    if (perpetrators.length === 0) return;
    events.push({
      id: `s${i + 1}`,
      type: 'Strike',
      perpetrators,
      targets: ref(s.targets),
      locations: ref(s.locations),
      killed: ref(s.killed),
      date: s.date,
      evidence: evidence(s.sentences),
    });
  });
  order(meetings).forEach((m, i) => {
    const participants = ref(m.participants);
    if (participants.length < 2) return;
    events.push({
      id: `m${i + 1}`,
      type: 'Meeting',
      participants,
      locations: ref(m.locations),
      mode: m.mode,
      date: m.date,
      topic: m.topic,
      evidence: evidence(m.sentences),
    });
  });
  renumber(events);

  const relations: HoldsRoleRelation[] = [];
  for (const r of input.roles) {
    const from = id(r.person);
    const to = id(r.org);
    if (from === undefined || to === undefined || from === to) continue;
    relations.push({ type: 'HOLDS_ROLE', from, to, role: r.role, evidence: evidence(r.sentences) });
  }

  return { format: EXTRACTION_FORMAT, article: input.article, entities, events, relations };
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

function mergeWarrants(ws: Array<Dated<WarrantDraft>>): Array<Dated<WarrantDraft>> {
  const merged: Array<Dated<WarrantDraft>> = [];
  const bare: Array<Dated<WarrantDraft>> = [];
  for (const w of ws) {
    if (w.subjects.length === 0) {
      bare.push(w);
      continue;
    }
    const into = merged.find((m) => sameOrNull(m.issuer, w.issuer) && m.subjects.some((s) => w.subjects.includes(s)));
    if (into === undefined)
      merged.push({ ...w, subjects: [...w.subjects], sentences: [...w.sentences], charges: [...w.charges] });
    else {
      into.issuer ??= w.issuer;
      if (into.status === 'unknown') into.status = w.status;
      into.date ??= w.date;
      absorb(into.subjects, w.subjects);
      absorb(into.sentences, w.sentences);
      absorb(into.charges, w.charges);
    }
  }
  for (const w of bare) {
    // The warrant of the same issuer reported last before it, else the next one.
    const at = Math.min(...w.sentences);
    const candidates = merged.filter((m) => m.issuer === w.issuer);
    const before = candidates.filter((m) => Math.min(...m.sentences) <= at);
    const into = before[before.length - 1] ?? candidates[0];
    if (into === undefined) continue;
    absorb(into.sentences, w.sentences);
    absorb(into.charges, w.charges);
  }
  return merged;
}

function mergeStrikes(ss: Array<Dated<StrikeDraft>>): Array<Dated<StrikeDraft>> {
  const merged = ss.map((s) => ({
    ...s,
    targets: [...s.targets],
    locations: [...s.locations],
    killed: [...s.killed],
    sentences: [...s.sentences],
  }));
  // Until nothing changes: a later report can make two earlier ones compatible.
  for (let changed = true; changed;) {
    changed = false;
    for (let a = 0; a < merged.length && !changed; a++) {
      for (let b = a + 1; b < merged.length && !changed; b++) {
        const m = merged[a] as Dated<StrikeDraft>;
        const s = merged[b] as Dated<StrikeDraft>;
        if (!sameStrike(m, s)) continue;
        if (m.date === null || (s.date !== null && s.date.length > m.date.length && s.date.startsWith(m.date)))
          m.date = s.date;
        absorb(m.targets, s.targets);
        absorb(m.locations, s.locations);
        absorb(m.killed, s.killed);
        absorb(m.sentences, s.sentences);
        merged.splice(b, 1);
        changed = true;
      }
    }
  }
  return merged;
}

/** Same perpetrators, compatible dates and places, and a shared target or place (or none given). */
function sameStrike(m: Dated<StrikeDraft>, s: Dated<StrikeDraft>): boolean {
  return (
    sameSet(m.perpetrators, s.perpetrators) &&
    (m.date === null || s.date === null || m.date.startsWith(s.date) || s.date.startsWith(m.date)) &&
    !(m.locations.length > 0 && s.locations.length > 0 && !overlaps(m.locations, s.locations)) &&
    (overlaps(m.targets, s.targets) ||
      overlaps(m.locations, s.locations) ||
      (m.targets.length === 0 && m.locations.length === 0) ||
      (s.targets.length === 0 && s.locations.length === 0))
  );
}

function mergeMeetings(ms: Array<Dated<MeetingDraft>>): Array<Dated<MeetingDraft>> {
  const merged: Array<Dated<MeetingDraft>> = [];
  for (const m of ms) {
    const into = merged.find((x) => {
      const shared = x.participants.filter((p) => m.participants.includes(p)).length;
      const subset = shared === Math.min(x.participants.length, m.participants.length);
      return (shared >= 2 || subset) && shared > 0 && (x.date === null || m.date === null || x.date === m.date);
    });
    if (into === undefined) {
      merged.push({
        ...m,
        participants: [...m.participants],
        locations: [...m.locations],
        sentences: [...m.sentences],
      });
      continue;
    }
    into.date ??= m.date;
    into.topic ??= m.topic;
    if (into.mode === 'unknown') into.mode = m.mode;
    absorb(into.participants, m.participants);
    absorb(into.locations, m.locations);
    absorb(into.sentences, m.sentences);
  }
  return merged;
}

/** Ids count only the events that were kept. */
function renumber(events: ExtractedEvent[]): void {
  const next: Record<string, number> = { w: 0, s: 0, m: 0 };
  for (const e of events) {
    const prefix = e.id.charAt(0);
    next[prefix] = (next[prefix] ?? 0) + 1;
    e.id = `${prefix}${next[prefix]}`;
  }
}

function absorb<T>(into: T[], from: readonly T[]): void {
  for (const x of from) if (!into.includes(x)) into.push(x);
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

function sameOrNull(a: number | null, b: number | null): boolean {
  return a === null || b === null || a === b;
}

function sameSet(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function overlaps(a: readonly number[], b: readonly number[]): boolean {
  return a.some((x) => b.includes(x));
}
