import { describe, expect, it } from 'vitest';
import { COURTS } from '../../src/extract/data/courts.js';
import { STATE_EPITHETS } from '../../src/extract/data/epithets.js';
import { MEDIA } from '../../src/extract/data/media.js';
import { OFFICE_HOLDERS } from '../../src/extract/data/office-holders.js';
import { ORGANIZATIONS } from '../../src/extract/data/organizations.js';
import { bodiesOfHolder } from '../../src/extract/office-holders.js';
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

  it('writes title words in lower case so that they match in any case, but for the UN and acronyms', () => {
    const named = new Set(['PM', 'UN', 'U.N.', 'United', 'Nations']);
    for (const t of TITLES)
      for (const p of [...t.phrases, ...(t.plurals ?? [])])
        for (const w of p.split(' ')) if (!named.has(w)) expect(w, p).toBe(w.toLowerCase());
  });

  it('lets office holders hold offices only of listed states, organisations and courts, each listed once', () => {
    const bodies = new Set([
      ...STATES.map((s) => s.code),
      ...ORGANIZATIONS.map((o) => `org:${o.key}`),
      ...COURTS.map((c) => `court:${c.key}`),
    ]);
    const seen = new Set<string>();
    for (const h of OFFICE_HOLDERS) {
      for (const b of h.bodies) expect(bodies.has(b), `${h.names[0]}: ${b}`).toBe(true);
      for (const n of h.names) {
        expect(seen.has(n), `${n} is listed twice`).toBe(false);
        seen.add(n);
      }
    }
  });
});

describe('office holders', () => {
  it('finds a holder by full name, by name around a middle name or particle, and by a surname only one has', () => {
    expect(bodiesOfHolder(['Volodymyr Zelenskyy'])).toEqual(['state:UA']);
    expect(bodiesOfHolder(['Bashar Assad'])).toEqual(['state:SY']);
    expect(bodiesOfHolder(['Mohammed bin Salman Al Saud'])).toEqual([]);
    expect(bodiesOfHolder(['Vladimir Vladimirovich Putin'])).toEqual(['state:RU']);
    expect(bodiesOfHolder(['Netanyahu'])).toEqual(['state:IL']);
    expect(bodiesOfHolder(['Khan'])).toEqual([]);
    expect(bodiesOfHolder(['Ismail Haniyeh'])).toEqual(['org:hamas']);
    expect(bodiesOfHolder(['Lena Ross'])).toEqual([]);
  });
});
