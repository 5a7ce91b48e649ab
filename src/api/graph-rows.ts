/**
 * From the maps cypher/api/ statements return to the rows of ./rows.ts. The statements project
 * exactly these fields; the functions only tag each row with its kind and fill defaults.
 */
import { eventKinds } from '../events/index.js';
import { periodOf } from '../graph/keys.js';
import {
  ACTOR_LABELS,
  EVENT_LABELS,
  type ActorLabel,
  type ActorRow,
  type ArticleRow,
  type DateRow,
  type EventLabel,
  type EventRow,
  type EvidenceRow,
  type NodeRow,
  type SourceRow,
} from './rows.js';

type GraphMap = Record<string, unknown>;

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
const num = (value: unknown): number => (typeof value === 'number' ? value : 0);

export function actorRow(map: GraphMap): ActorRow {
  return {
    kind: 'actor',
    label: map.label as ActorLabel,
    key: String(map.key),
    name: String(map.name ?? map.key),
    aliases: strings(map.aliases),
  };
}

export function eventRow(map: GraphMap): EventRow {
  const precision = str(map.datePrecision);
  const kind = eventKinds.find(String(map.label));
  return {
    kind: 'event',
    label: map.label as EventLabel,
    key: String(map.key),
    date: str(map.date),
    datePrecision: precision === 'year' || precision === 'month' || precision === 'day' ? precision : null,
    dateFrom: str(map.dateFrom),
    dateTo: str(map.dateTo),
    reportCount: num(map.reportCount),
    attributes: Object.fromEntries(
      (kind?.attributes ?? []).map((a) => [a.field, a.type === 'list' ? strings(map[a.field]) : str(map[a.field])]),
    ),
  };
}

export function articleRow(map: GraphMap): ArticleRow {
  return {
    kind: 'article',
    id: String(map.id),
    title: str(map.title),
    url: str(map.url),
    publishedAt: str(map.publishedAt),
    status: str(map.status),
    ingestedAt: str(map.ingestedAt),
    extractorVersion: str(map.extractorVersion),
    lastError: str(map.lastError),
  };
}

/** A node of a path or neighbourhood, projected with every field and its labels. */
export function anyNodeRow(map: GraphMap): NodeRow {
  const labels = strings(map.labels);
  const actor = ACTOR_LABELS.find((label) => labels.includes(label));
  if (actor) return actorRow({ ...map, label: actor });
  const event = EVENT_LABELS.find((label) => labels.includes(label));
  if (event) return eventRow({ ...map, label: event });
  return articleRow(map);
}

/** Evidence stored as parallel lists (texts, starts, ends), skipping entries without text. */
export function evidenceRows(texts: unknown, starts: unknown, ends: unknown): EvidenceRow[] {
  const t = Array.isArray(texts) ? texts : [];
  const s = Array.isArray(starts) ? starts : [];
  const e = Array.isArray(ends) ? ends : [];
  const rows: EvidenceRow[] = [];
  for (let i = 0; i < t.length; i += 1) {
    const text: unknown = t[i];
    if (typeof text === 'string') rows.push({ text, start: num(s[i]), end: num(e[i]) });
  }
  return rows;
}

/**
 * The sources of a HOLDS_ROLE relationship: every supporting article, each with the evidence
 * entries recorded for it (the relationship keeps one entry per article in parallel lists).
 */
export function roleSources(map: GraphMap): SourceRow[] {
  const articles = Array.isArray(map.evidenceArticles) ? (map.evidenceArticles as unknown[]) : [];
  const texts = Array.isArray(map.evidenceTexts) ? (map.evidenceTexts as unknown[]) : [];
  const starts = Array.isArray(map.evidenceStarts) ? (map.evidenceStarts as unknown[]) : [];
  const ends = Array.isArray(map.evidenceEnds) ? (map.evidenceEnds as unknown[]) : [];
  return strings(map.sources).map((articleId) => {
    const texts_: unknown[] = [];
    const starts_: unknown[] = [];
    const ends_: unknown[] = [];
    articles.forEach((id, i) => {
      if (id === articleId) {
        texts_.push(texts[i]);
        starts_.push(starts[i]);
        ends_.push(ends[i]);
      }
    });
    return { articleId, evidence: evidenceRows(texts_, starts_, ends_) };
  });
}

const PRECISIONS = { 4: 'year', 7: 'month', 10: 'day' } as const;

/** A partial date the graph stores (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as an EventDate row, or null. */
export function dateRow(value: unknown): DateRow | null {
  const date = str(value);
  const period = date === null ? undefined : periodOf(date);
  if (date === null || period === undefined) return null;
  return {
    date,
    datePrecision: PRECISIONS[date.length as keyof typeof PRECISIONS] ?? null,
    dateFrom: period.from,
    dateTo: period.to,
  };
}
