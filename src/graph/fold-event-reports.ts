/**
 * An event's own properties are derived from everything the articles reporting it say, so
 * that adding or withdrawing one article gives the same result whatever the order.
 */
import type { MeetingMode, WarrantStatus } from '../extract/document.js';
import { eventPeriod } from './resolve-keys.js';

export interface EventReport {
  articleId: string;
  publishedAt: string | null;
  date: string | null;
  status: WarrantStatus | null;
  charges: string[] | null;
  mode: MeetingMode | null;
  topic: string | null;
}

export interface EventProperties {
  date: string | null;
  dateFrom: string | null;
  dateTo: string | null;
  status: WarrantStatus | null;
  charges: string[];
  mode: MeetingMode | null;
  topic: string | null;
  reportCount: number;
}

/** When two reports of the same day disagree on a warrant, the later stage wins. */
export const WARRANT_STATUS_RANK: Record<WarrantStatus, number> = {
  unknown: 0,
  threatened: 1,
  considered: 2,
  requested: 3,
  issued: 4,
  withdrawn: 5,
};

export function foldEventReports(reports: readonly EventReport[]): EventProperties {
  // Newest report first; ties broken by article id so the result never depends on order.
  const newestFirst = [...reports].sort(
    (a, b) => compareNullable(b.publishedAt, a.publishedAt) || a.articleId.localeCompare(b.articleId),
  );

  const dated = newestFirst.filter((report) => report.date !== null);
  // The most precise date; among equally precise ones, the newest report's.
  const date = dated.reduce<string | null>(
    (best, report) => (best === null || (report.date?.length ?? 0) > best.length ? report.date : best),
    null,
  );
  const published = newestFirst.map((report) => report.publishedAt).filter((value): value is string => value !== null);
  const period =
    date !== null
      ? eventPeriod(date, null)
      : published.length > 0
        ? { from: eventPeriod(null, published.at(-1) ?? null).from, to: published[0] ?? null }
        : { from: null, to: null };

  // A warrant's status is what the newest report knows ("unknown" never overrides a known one).
  const known = newestFirst.filter((report) => report.status !== null && report.status !== 'unknown');
  const newestKnown = known.filter((report) => report.publishedAt === known[0]?.publishedAt);
  const status = newestKnown.reduce<WarrantStatus | null>(
    (best, report) => strongerWarrantStatus(best, report.status),
    newestFirst.some((report) => report.status === 'unknown') ? 'unknown' : null,
  );

  const modes = newestFirst.map((report) => report.mode).filter((mode) => mode !== null);
  const mode = modes.find((value) => value !== 'unknown') ?? modes[0] ?? null;

  return {
    date,
    dateFrom: period.from,
    dateTo: period.to,
    status,
    charges: [...new Set(newestFirst.flatMap((report) => report.charges ?? []))].sort(),
    mode,
    topic: newestFirst.find((report) => report.topic !== null)?.topic ?? null,
    reportCount: reports.length,
  };
}

/** The later stage of two statuses; null is weaker than any. */
export function strongerWarrantStatus(a: WarrantStatus | null, b: WarrantStatus | null): WarrantStatus | null {
  if (a === null) return b;
  if (b === null) return a;
  return WARRANT_STATUS_RANK[b] > WARRANT_STATUS_RANK[a] ? b : a;
}

function compareNullable(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}
