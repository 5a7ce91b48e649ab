/**
 * Pass 5b: what the text says about the time of each office found by 05-roles.ts.
 *
 * Read next to the title and its holder, in the same phrase:
 *   "X, defence minister since 2019"                 since 2019
 *   "Defence Minister X, who has been in office since March"   since (the last March)
 *   "Former President X, who served from 2016 to 2022"   since 2016, until 2022
 *   "X, army chief between 2010 and 2014"            since 2010, until 2014
 *   "X, Israel's defence minister until his dismissal in November 2024"   until 2024-11
 *   "then-Kenyan President X"                        the office as it was then: not held now
 * An office with an end before the article's date, or written "then-", is not held now
 * (`current: false`); one that
 * ends later ("until 2027", a term) still is. "former" and "ex-" are read by 05-roles.ts into
 * the role ("former Defence Minister"), which the graph reads as `current: false`; this pass
 * leaves them there. A date in another clause
 * ("X, the defence minister, has been under a warrant since 2024") is not the office's: only
 * the words of the office phrase (of, in office, the post…) and a relative clause with a verb of
 * holding an office ("who has been", "who served as") may stand between the title and the date.
 * Pure: the drafts in, new drafts out.
 */

import { findDates } from './07-dates.js';
import {
  AND_WORDS,
  BETWEEN_WORDS,
  FROM_WORDS,
  OFFICE_GAP_WORDS,
  OFFICE_TIME_REACH,
  OFFICE_VERBS,
  SINCE_WORDS,
  THEN_REACH,
  THEN_WORDS,
  TO_WORDS,
  UNTIL_EVENT_SPAN,
  UNTIL_WORDS,
} from './data/office-time.js';
import type { Article, SentenceView } from './sentence-view.js';
import { isClauseBreak } from './sentence-view.js';
import type { DatedSpan, Mention, RoleDraft } from './types.js';

/** What one phrase says about the office's time. */
export interface OfficeTime {
  since?: string;
  until?: string;
  /** "then-President X": the office as it was then, so not held now. */
  then?: boolean;
}

/**
 * Each role with the dates its phrase gives (the first sentence that gives one wins) and
 * `current: false` when the office ended before `publishedAt`.
 */
export function dateRoles(
  roles: readonly RoleDraft[],
  article: Article,
  text: string,
  publishedAt: string | null,
): RoleDraft[] {
  return roles.map((role) => {
    const time: OfficeTime = {};
    for (const s of role.sentences) {
      const view = article.views[s];
      if (view === undefined) continue;
      const found = officeTimeIn(view, role, text, publishedAt);
      time.since ??= found.since;
      time.until ??= found.until;
      time.then ||= found.then;
    }
    const out: RoleDraft = { ...role };
    if (time.since !== undefined) out.since = time.since;
    if (time.until !== undefined) out.until = time.until;
    const ended = time.until !== undefined && publishedAt !== null && endedBefore(time.until, publishedAt);
    if ((ended || time.then === true) && !role.role.startsWith('former ')) out.current = false;
    return out;
  });
}

/** The time phrase of one role in one sentence: after its title, or after its holder. */
export function officeTimeIn(
  view: SentenceView,
  role: Pick<RoleDraft, 'person' | 'org'>,
  text: string,
  publishedAt: string | null,
): OfficeTime {
  const people = view.mentions.filter((m) => m.kind === 'entity' && m.entity === role.person);
  if (people.length === 0) return {};
  const titles = view.mentions.filter((m) => m.kind === 'title');
  const dates = findDates(text, view.sentence.start, view.sentence.end, publishedAt);
  const out: OfficeTime = {};
  for (const person of people) {
    // The title nearest the holder, on either side.
    let title: Mention | undefined;
    let best = OFFICE_TIME_REACH;
    for (const t of titles) {
      const gap = t.tok >= person.tokEnd ? t.tok - person.tokEnd : person.tok - t.tokEnd;
      if (gap >= 0 && gap < best) {
        best = gap;
        title = t;
      }
    }
    if (title !== undefined && thenBefore(text, view.sentence.start, title.start)) out.then = true;
    const from = Math.max(person.tokEnd, title?.tokEnd ?? 0);
    const found = timeAfter(view, from, role, dates);
    out.since ??= found.since;
    out.until ??= found.until;
  }
  return out;
}

/**
 * Walks from token `i` over the words an office phrase may hold, to a time word, and reads the
 * period it opens.
 */
function timeAfter(
  view: SentenceView,
  start: number,
  role: Pick<RoleDraft, 'person' | 'org'>,
  dates: readonly DatedSpan[],
): OfficeTime {
  const { tokens } = view;
  let relative = false;
  for (let i = start, steps = 0; i < tokens.length && steps < OFFICE_TIME_REACH; steps++) {
    const t = tokens[i]!;
    const lower = t.lower;
    if (SINCE_WORDS.has(lower)) return pick({ since: dateAt(view, i + 1, dates, t.start) });
    if (UNTIL_WORDS.has(lower)) return pick({ until: dateNear(view, i + 1, dates, t.start) });
    if (FROM_WORDS.has(lower) || BETWEEN_WORDS.has(lower)) return period(view, i, dates);
    const m = view.at[i];
    if (m !== undefined && (m.kind === 'title' || m.entity === role.person || m.entity === role.org)) {
      i = m.tokEnd;
      continue;
    }
    if (OFFICE_GAP_WORDS.has(lower) || t.kind === 'poss' || (relative && OFFICE_VERBS.has(lower))) {
      i++;
      continue;
    }
    // ", who has been …": a relative clause about the holder.
    if (t.text === ',' && tokens[i + 1]?.lower === 'who' && !relative) {
      relative = true;
      i += 2;
      continue;
    }
    // ", defence minister since 2019": the title set off after the holder.
    if (t.text === ',' && !relative && view.at[i + 1]?.kind === 'title') {
      i++;
      continue;
    }
    break;
  }
  return {};
}

/** "from D1 to D2", "between D1 and D2": both dates, or nothing. */
function period(view: SentenceView, i: number, dates: readonly DatedSpan[]): OfficeTime {
  const open = view.tokens[i]!;
  const first = dateAt(view, i + 1, dates, open.start);
  if (first === undefined) return {};
  const after = tokenAfter(view, first.end);
  const joiner = view.tokens[after];
  const joiners = BETWEEN_WORDS.has(open.lower) ? AND_WORDS : TO_WORDS;
  if (joiner === undefined || !joiners.has(joiner.lower)) return {};
  const second = dateAt(view, after + 1, dates, joiner.start);
  if (second === undefined) return {};
  return { since: first.value, until: second.value };
}

function pick(found: { since?: DatedSpan | undefined; until?: DatedSpan | undefined }): OfficeTime {
  const out: OfficeTime = {};
  if (found.since !== undefined) out.since = found.since.value;
  if (found.until !== undefined) out.until = found.until.value;
  return out;
}

/**
 * The date that starts at token `i` (or at the time word before it, as "since 2019" is read
 * whole); a bare year ("to 2022") too.
 */
function dateAt(view: SentenceView, i: number, dates: readonly DatedSpan[], wordStart: number): DatedSpan | undefined {
  const t = view.tokens[i];
  if (t === undefined) return undefined;
  const found = dates.find((d) => d.start === t.start || d.start === wordStart);
  if (found !== undefined) return found;
  if (t.kind === 'num' && /^(?:19|20)\d{2}$/.test(t.text)) return { start: t.start, end: t.end, value: t.text };
  return undefined;
}

/** "until March 2024", or "until his dismissal in November 2024": a date a few words on. */
function dateNear(
  view: SentenceView,
  i: number,
  dates: readonly DatedSpan[],
  wordStart: number,
): DatedSpan | undefined {
  const direct = dateAt(view, i, dates, wordStart);
  if (direct !== undefined) return direct;
  for (let j = i; j < view.tokens.length && j < i + UNTIL_EVENT_SPAN; j++) {
    const t = view.tokens[j]!;
    if (isClauseBreak(t) || t.text === ',') return undefined;
    const found = dates.find((d) => d.start >= t.start && d.start <= t.end + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The first token at or after character offset `at`. */
function tokenAfter(view: SentenceView, at: number): number {
  const i = view.tokens.findIndex((t) => t.start >= at);
  return i < 0 ? view.tokens.length : i;
}

/** Whether a partial date ends before the publication day ("2022" before "2025-03-12"). */
function endedBefore(until: string, publishedAt: string): boolean {
  return until < publishedAt.slice(0, until.length);
}

const WORD = /^[\p{L}'’.]+$/u;

/** Whether "then-" (or "then –") joins the few words right before a title at `titleStart`. */
function thenBefore(text: string, sentenceStart: number, titleStart: number): boolean {
  const before = text.slice(Math.max(sentenceStart, titleStart - 80), titleStart);
  const match = /(\p{L}+)\s*[-‐‑–—]\s*([^-‐‑–—]*)$/u.exec(before);
  if (match === null || !THEN_WORDS.has((match[1] ?? '').toLowerCase())) return false;
  const words = (match[2] ?? '').split(/\s+/).filter((w) => w !== '');
  return words.length <= THEN_REACH && words.every((w) => WORD.test(w));
}
