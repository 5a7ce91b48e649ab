/**
 * Pass 7: read the dates in the sentences that report events and date each event.
 *
 * Dates keep the precision the text gives: "October 7, 2023" → 2023-10-07, "in May 2024" →
 * 2024-05, "last year" → 2024. Relative dates are read against the article's publication date
 * and point to the past, as news reports do: "on Tuesday" is the last Tuesday on or before
 * publication, "last November" the last November before it, "last week" the month of the
 * week before (a week has no precision of its own in `YYYY-MM-DD`). Without a publication
 * date, only dates that carry their year are read.
 *
 * chrono-node was tried first: it resolves year-less dates to the future ("October 7" read
 * in April 2024 → 2024-10-07), drops "last" in "Last November", and gives "last week" day
 * precision, so every result needed correcting; these patterns are shorter than the fixes.
 */

import type { DatedSpan, EventDraft, Sentence } from './types.js';

const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};
const M =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const D = '(\\d{1,2})(?:st|nd|rd|th)?';
const Y = '((?:19|20)\\d{2})';
const W = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

interface Pattern {
  re: RegExp;
  read: (m: RegExpExecArray, ref: Date | null) => string | null;
}

// Every pattern is a fixed sequence of bounded pieces: no nested repetition.
const PATTERNS: readonly Pattern[] = [
  { re: /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/g, read: (m) => ymd(num(m[1]), num(m[2]), num(m[3])) },
  { re: new RegExp(`\\b${M} ${D},? ${Y}\\b`, 'g'), read: (m) => ymd(num(m[3]), month(m[1]), num(m[2])) },
  { re: new RegExp(`\\b${D} ${M},? ${Y}\\b`, 'g'), read: (m) => ymd(num(m[3]), month(m[2]), num(m[1])) },
  { re: new RegExp(`\\b${M},? ${Y}\\b`, 'g'), read: (m) => ym(num(m[2]), month(m[1])) },
  { re: new RegExp(`\\b${M} ${D}\\b(?!,? \\d)`, 'g'), read: (m, ref) => pastDay(ref, month(m[1]), num(m[2])) },
  { re: new RegExp(`\\b${D} ${M}\\b(?!,? \\d)`, 'g'), read: (m, ref) => pastDay(ref, month(m[2]), num(m[1])) },
  { re: new RegExp(`\\b[Ll]ast ${M}\\b(?! \\d)`, 'g'), read: (m, ref) => pastMonth(ref, month(m[1]), true) },
  {
    re: new RegExp(
      `\\b(?:[Ii]n|[Ss]ince|[Ee]arly|[Ll]ate|[Uu]ntil|[Bb]y|[Ff]rom|[Tt]his|[Mm]id-) ${M}\\b(?! \\d)`,
      'g',
    ),
    read: (m, ref) => pastMonth(ref, month(m[1]), false),
  },
  {
    re: /\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Ee]arly|[Ll]ate|[Oo]f) ((?:19|20)\d{2})\b/g,
    read: (m) => String(num(m[1])),
  },
  {
    re: /\b([Ll]ast|[Tt]his|[Nn]ext) (year|month|week)\b/g,
    read: (m, ref) => relative(ref, (m[1] ?? '').toLowerCase(), m[2] ?? ''),
  },
  {
    re: /\b([Yy]esterday|[Tt]oday)\b/g,
    read: (m, ref) => (ref === null ? null : iso(addDays(ref, (m[1] ?? '').toLowerCase() === 'yesterday' ? -1 : 0))),
  },
  {
    re: new RegExp(`\\b(?:([Ll]ast|[Nn]ext|[Tt]his) )?${W}\\b`, 'g'),
    read: (m, ref) => weekday(ref, (m[1] ?? '').toLowerCase(), m[2] ?? ''),
  },
];

/** Dates in text[start, end), in order, overlapping readings resolved to the first pattern. */
export function findDates(text: string, start: number, end: number, publishedAt: string | null): DatedSpan[] {
  const ref = parseRef(publishedAt);
  const slice = text.slice(start, end);
  const found: DatedSpan[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(slice); m !== null; m = p.re.exec(slice)) {
      const s = start + m.index;
      const e = s + m[0].length;
      if (found.some((f) => f.start < e && s < f.end)) continue;
      const value = p.read(m, ref);
      if (value !== null) found.push({ start: s, end: e, value });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Reporting verbs: a date after one dates the report, not the event ("…, an official said on Thursday"). */
const REPORTED = /\b(?:said|says|told|reported|added|announced|stated)\b/g;
/** A date right after a reporting verb dates the report: "Qatar said on Thursday that …". */
const AFTER_REPORT =
  /\b(?:said|says|told(?: [A-Z][\w-]*){0,2}|reported|added|announced|stated)(?: on| late| early)?\s*$/;

/**
 * Each event's date: the date nearest its trigger in its first sentence, unless another event
 * of that sentence is nearer to it ("an offensive … following an attack … on Oct. 7, 2023").
 */
export function dateEvents(
  events: readonly EventDraft[],
  sentences: readonly Sentence[],
  text: string,
  publishedAt: string | null,
): Array<string | null> {
  const triggersBySentence = new Map<number, number[]>();
  for (const ev of events) {
    const first = ev.sentences[0];
    if (first !== undefined) triggersBySentence.set(first, [...(triggersBySentence.get(first) ?? []), ev.triggerAt]);
  }
  const distance = (d: DatedSpan, at: number): number => (d.start >= at ? d.start - at : at - d.end);
  return events.map((ev) => {
    const first = ev.sentences[0];
    const s = first === undefined ? undefined : sentences[first];
    if (s === undefined) return null;
    const dates = findDates(text, s.start, s.end, publishedAt);
    let reportAt = Infinity;
    REPORTED.lastIndex = 0;
    const slice = text.slice(ev.triggerAt, s.end);
    const r = REPORTED.exec(slice);
    if (r !== null) reportAt = ev.triggerAt + r.index;
    let best: DatedSpan | null = null;
    let bestDistance = 120;
    const others = (triggersBySentence.get(s.index) ?? []).filter((t) => t !== ev.triggerAt);
    for (const d of dates) {
      if (d.start > reportAt || AFTER_REPORT.test(text.slice(Math.max(s.start, d.start - 30), d.start))) continue;
      const mine = distance(d, ev.triggerAt);
      if (others.some((t) => distance(d, t) < mine)) continue;
      if (mine <= bestDistance) {
        best = d;
        bestDistance = mine;
      }
    }
    return best?.value ?? null;
  });
}

// Private: calendar arithmetic in UTC.

function num(s: string | undefined): number {
  return s === undefined ? NaN : Number.parseInt(s, 10);
}

function month(s: string | undefined): number {
  return MONTHS[(s ?? '').toLowerCase().replace('.', '')] ?? NaN;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function ymd(y: number, m: number, d: number): string | null {
  if (!Number.isFinite(y) || !Number.isFinite(m) || !Number.isFinite(d) || m < 1 || m > 12 || d < 1) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function ym(y: number, m: number): string | null {
  if (!Number.isFinite(y) || !Number.isFinite(m) || m < 1 || m > 12) return null;
  return `${y}-${pad(m)}`;
}

function iso(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

function parseRef(publishedAt: string | null): Date | null {
  const m = publishedAt === null ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt);
  if (m === null) return null;
  const d = new Date(Date.UTC(num(m[1]), num(m[2]) - 1, num(m[3])));
  return Number.isNaN(d.getTime()) ? null : d;
}

/** A day without a year: the last such day on or before the reference. */
function pastDay(ref: Date | null, m: number, d: number): string | null {
  if (ref === null) return null;
  let y = ref.getUTCFullYear();
  const candidate = ymd(y, m, d);
  if (candidate === null) return null;
  if (candidate > iso(ref)) y--;
  return ymd(y, m, d);
}

/** A month without a year: the last such month up to the reference ("last" excludes its own month). */
function pastMonth(ref: Date | null, m: number, strictlyBefore: boolean): string | null {
  if (ref === null || !Number.isFinite(m)) return null;
  const refMonth = ref.getUTCMonth() + 1;
  const y = m < refMonth || (m === refMonth && !strictlyBefore) ? ref.getUTCFullYear() : ref.getUTCFullYear() - 1;
  return ym(y, m);
}

function relative(ref: Date | null, which: string, unit: string): string | null {
  if (ref === null) return null;
  const step = which === 'last' ? -1 : which === 'next' ? 1 : 0;
  if (unit === 'year') return String(ref.getUTCFullYear() + step);
  if (unit === 'month') {
    const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + step, 1));
    return ym(d.getUTCFullYear(), d.getUTCMonth() + 1);
  }
  const d = addDays(ref, step * 7);
  return ym(d.getUTCFullYear(), d.getUTCMonth() + 1);
}

/** "on Tuesday": the last Tuesday on or before the reference; "last Tuesday" strictly before. */
function weekday(ref: Date | null, which: string, name: string): string | null {
  if (ref === null) return null;
  const want = WEEKDAYS[name.toLowerCase()];
  if (want === undefined) return null;
  const today = ref.getUTCDay();
  let back = (today - want + 7) % 7;
  if (which === 'next') return iso(addDays(ref, back === 0 ? 7 : 7 - back));
  if (which === 'last' && back === 0) back = 7;
  return iso(addDays(ref, -back));
}
