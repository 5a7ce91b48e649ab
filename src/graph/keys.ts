/**
 * Deterministic identity keys of graph nodes, and the date arithmetic event keys need.
 * A key carries its type ("person:benjamin-netanyahu"), so keys never collide across types
 * and "Israel Katz" (person:israel-katz) can never become Israel (state:israel).
 */
import type { EntityType } from '../contracts/extraction-document.js';
import { NAME_PARTICLES } from '../extract/data/words.js';
import { normalizeName } from '../text/normalize-name.js';

/** "Benjamin Netanyahu" → "benjamin-netanyahu"; the scorer's name normalisation, hyphenated. */
export function slug(name: string): string {
  return normalizeName(name).replace(/ /g, '-');
}

export function actorKey(type: EntityType, name: string): string {
  return `${type.toLowerCase()}:${slug(name)}`;
}

/** The tokens of a person's name that are not particles. */
function nameTokens(name: string): string[] {
  return normalizeName(name)
    .split(' ')
    .filter((token) => token !== '' && !NAME_PARTICLES.has(token));
}

/** "Benjamin Netanyahu" → "netanyahu", "Khalil al-Hayya" → "hayya": what a surname-only mention shares. */
export function surnameKey(name: string): string {
  return nameTokens(name).at(-1) ?? slug(name);
}

/** True for a surname-only mention such as "Netanyahu" or "al-Hindi". */
export function isShortPersonName(name: string): boolean {
  return nameTokens(name).length <= 1;
}

/** A date as the text gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isPartialDate(value: string): boolean {
  return PARTIAL_DATE.test(value) && periodOf(value) !== undefined;
}

/** The first and last day a partial date may mean: "2025-09" → 2025-09-01 … 2025-09-30. */
export function periodOf(date: PartialDate): { from: string; to: string } | undefined {
  const match = PARTIAL_DATE.exec(date);
  if (!match) return undefined;
  const [, year, month, day] = match;
  if (month === undefined) return { from: `${year}-01-01`, to: `${year}-12-31` };
  const m = Number(month);
  if (m < 1 || m > 12) return undefined;
  const lastDay = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  if (day === undefined)
    return { from: `${year}-${month}-01`, to: `${year}-${month}-${String(lastDay).padStart(2, '0')}` };
  const d = Number(day);
  if (d < 1 || d > lastDay) return undefined;
  return { from: date, to: date };
}

/** The more precise of two compatible dates; the first when equally precise. */
export function morePrecise(a: PartialDate | null, b: PartialDate | null): PartialDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return b.length > a.length ? b : a;
}

/** `YYYY-MM-DD` shifted by whole days. */
export function addDays(date: string, days: number): string {
  const shifted = new Date(`${date}T00:00:00Z`);
  shifted.setUTCDate(shifted.getUTCDate() + days);
  return shifted.toISOString().slice(0, 10);
}
