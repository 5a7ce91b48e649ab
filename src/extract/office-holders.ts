/**
 * Whose office a known office holder holds (data/office-holders.ts), by the person's name as
 * the article gives it: the full name, the given name and surname around middle names and
 * particles, or a surname that only one listed holder has.
 */

import { OFFICE_HOLDERS } from './data/office-holders.js';
import { NAME_PARTICLES } from './data/words.js';
import { foldKey } from './tokenize.js';

const NON_LETTERS = /[^\p{L}\p{N}]+/gu;

function coreWords(name: string): string[] {
  return foldKey(name)
    .replace(/['’.]/g, '')
    .replace(NON_LETTERS, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '' && !NAME_PARTICLES.has(w));
}

/** Body keys as the gazetteer writes them: "US" → "state:US", "org:hamas" as it is. */
function bodyKey(body: string): string {
  return body.includes(':') ? body : `state:${body}`;
}

const BY_NAME = new Map<string, readonly string[]>();
const BY_SURNAME = new Map<string, Set<readonly string[]>>();
for (const holder of OFFICE_HOLDERS) {
  const bodies = holder.bodies.map(bodyKey);
  for (const name of holder.names) {
    const core = coreWords(name);
    if (core.length === 0) continue;
    BY_NAME.set(core.join(' '), bodies);
    if (core.length >= 2) BY_NAME.set(`${core[0]} ${core[core.length - 1]}`, bodies);
    const surname = core[core.length - 1] as string;
    BY_SURNAME.set(surname, (BY_SURNAME.get(surname) ?? new Set()).add(bodies));
  }
}

/** The bodies (gazetteer keys) of the listed holder some form of `names` names, or none. */
export function bodiesOfHolder(names: readonly string[]): readonly string[] {
  for (const name of names) {
    const core = coreWords(name);
    if (core.length === 0) continue;
    const full = BY_NAME.get(core.join(' '));
    if (full !== undefined) return full;
    if (core.length >= 2) {
      const short = BY_NAME.get(`${core[0]} ${core[core.length - 1]}`);
      if (short !== undefined) return short;
    }
  }
  // "President Trump": a surname alone, when one listed holder has it.
  for (const name of names) {
    const core = coreWords(name);
    if (core.length !== 1) continue;
    const holders = BY_SURNAME.get(core[0] as string);
    if (holders?.size === 1) return [...holders][0] ?? [];
  }
  return [];
}
