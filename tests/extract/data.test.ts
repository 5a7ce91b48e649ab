import { describe, expect, it } from 'vitest';
import { COURTS } from '../../src/extract/data/courts.js';
import { STATE_EPITHETS } from '../../src/extract/data/epithets.js';
import { MEDIA } from '../../src/extract/data/media.js';
import { ORGANIZATIONS } from '../../src/extract/data/organizations.js';
import { PLACES } from '../../src/extract/data/places.js';
import { STATES } from '../../src/extract/data/states.js';
import { TITLES } from '../../src/extract/data/titles.js';

describe('gazetteers', () => {
  it('lists the 193 UN members, the 2 observer states, Taiwan and Kosovo once each', () => {
    expect(STATES).toHaveLength(197);
    const codes = STATES.map((s) => s.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of ['PS', 'VA', 'TW', 'XK', 'QA', 'IL', 'US', 'GB']) expect(codes).toContain(code);
    for (const s of STATES) expect(s.code).toMatch(/^[A-Z]{2}$/);
  });

  it('gives no two states the same name, alias or demonym', () => {
    const seen = new Map<string, string>();
    for (const s of STATES) {
      for (const n of new Set([s.name, ...s.aliases, ...s.demonyms, ...(s.weakDemonyms ?? [])])) {
        const owner = seen.get(n);
        expect(owner === undefined || owner === s.code, `${n} is listed for ${owner} and ${s.code}`).toBe(true);
        seen.set(n, s.code);
      }
    }
  });

  it('keeps keys unique within each list', () => {
    for (const list of [COURTS, ORGANIZATIONS, MEDIA, PLACES]) {
      const keys = list.map((x) => x.key);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('lets epithets and places point only at listed states', () => {
    const codes = new Set(STATES.map((s) => s.code));
    for (const e of STATE_EPITHETS) for (const c of e.states) expect(codes.has(c), `${e.phrase}: ${c}`).toBe(true);
    for (const p of PLACES) if (p.country !== null) expect(codes.has(p.country), `${p.name}: ${p.country}`).toBe(true);
    for (const o of ORGANIZATIONS)
      if (o.state !== undefined) expect(codes.has(o.state), `${o.name}: ${o.state}`).toBe(true);
  });

  it('writes title phrases in lower case so that they match in any case', () => {
    for (const t of TITLES)
      for (const p of [...t.phrases, ...(t.plurals ?? [])]) if (p !== 'PM') expect(p).toBe(p.toLowerCase());
  });
});
