import { describe, expect, it } from 'vitest';
import { EXTRACTION_FORMAT } from '../../src/contracts/extraction-document.js';
import { extract, EXTRACTOR_VERSION } from '../../src/extract/index.js';

/** A deterministic pseudo-random string of UTF-16 code units, lone surrogates included. */
function garbage(length: number): string {
  let x = 42;
  const out: string[] = [];
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push(String.fromCharCode(x % 65536));
  }
  return out.join('');
}

const FIVE_MB = 5 * 1024 * 1024;
const paragraph = 'Israeli Prime Minister Dan Amir met the ICC president, Judge Sara Ono, in The Hague on Monday. ';

// Generous bounds in CPU milliseconds: they catch a quadratic step, not a slow machine.
const CASES: Array<[name: string, text: string, maxMs: number]> = [
  ['empty text', '', 200],
  ['white space only', ' \n\t\r\n  \u00a0 ', 200],
  ['5 MB of article text', paragraph.repeat(Math.ceil(FIVE_MB / paragraph.length)), 10_000],
  ['5 MB without a space', 'x'.repeat(FIVE_MB), 10_000],
  ['5 MB of full stops between letters', 'a.'.repeat(FIVE_MB / 2), 10_000],
  ['5 MB of unclosed tags', '<a'.repeat(FIVE_MB / 2), 10_000],
  ['5 MB of unclosed comments', '<!--'.repeat(FIVE_MB / 4), 10_000],
  [
    'HTML markup',
    '<html><head><script>var a = "<p>";</script></head><body><h1>Title</h1><p>Hamas said &quot;no&quot;.</p></body></html>',
    500,
  ],
  ['Arabic text', 'أخبار العالم الشرق الأوسط. '.repeat(2_000), 3_000],
  ['Chinese text', '以色列总理会见了美国总统。'.repeat(2_000), 3_000],
  ['binary garbage', garbage(300_000), 10_000],
];

describe('bad input', () => {
  it.each(CASES)(
    'completes on %s with a valid document',
    (_name, text, maxMs) => {
      // CPU time of this process, not wall time: other work on a shared machine does not count.
      const started = process.cpuUsage();
      const doc = extract(text, { publishedAt: 'not a date' });
      const used = process.cpuUsage(started);
      const elapsed = (used.user + used.system) / 1000;
      expect(doc.format).toBe(EXTRACTION_FORMAT);
      expect(doc.article.publishedAt).toBeNull();
      expect(doc.article.id).toMatch(/^[0-9a-f]{64}$/);
      expect(Array.isArray(doc.entities)).toBe(true);
      expect(elapsed).toBeLessThan(maxMs);
      // The bound above catches a quadratic step; the runner's own limit must not fire first on
      // a loaded machine.
    },
    60_000,
  );

  it('exports a version string', () => {
    expect(EXTRACTOR_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
