import { describe, expect, it } from 'vitest';
import { formatIngestSummary, MAX_FAILURES_LISTED } from '../../src/ingest/format-summary.js';
import type { IngestSummary } from '../../src/ingest/ingest-run.js';
import { createProgress, PROGRESS_LINE_EVERY } from '../../src/ingest/progress.js';

const base: IngestSummary = {
  read: 0,
  queued: 0,
  requeued: 0,
  unchanged: 0,
  ingested: 0,
  failed: [],
  pending: [],
  skipped: [],
  duplicates: [],
};

describe('formatIngestSummary', () => {
  it('lists ingested, unchanged and every failure with its reason', () => {
    const hash = 'ab'.repeat(32);
    const text = formatIngestSummary(
      {
        ...base,
        ingested: 9,
        unchanged: 1,
        failed: [
          {
            id: 'rejected:1',
            source: 'news.jsonl:17',
            error: 'news.jsonl:17: publishedAt must be YYYY-MM-DD, got "yesterday"',
          },
          { id: hash, source: 'a.txt', error: 'no actors found' },
        ],
        skipped: [{ path: 'notes.md', reason: 'not .txt, .jsonl, .json' }],
      },
      false,
    );
    expect(text).toBe(
      [
        'Ingested: 9',
        'Unchanged: 1',
        'Failed: 2',
        '  news.jsonl:17: publishedAt must be YYYY-MM-DD, got "yesterday"',
        `  a.txt (id ${hash.slice(0, 12)}…): no actors found`,
        'Skipped 1 file(s): notes.md (not .txt, .jsonl, .json)',
        '',
      ].join('\n'),
    );
  });

  it('says what was queued with --enqueue-only, and caps long failure lists', () => {
    const failed = Array.from({ length: MAX_FAILURES_LISTED + 3 }, (_, i) => ({
      id: `x${i}`,
      source: null,
      error: 'bad',
    }));
    const text = formatIngestSummary(
      { ...base, queued: 3, requeued: 1, failed, pending: [{ id: 'a', status: 'queued' as const }] },
      true,
    );
    expect(text).toContain('Queued: 4 (3 new, 1 re-queued)\n');
    expect(text).toContain(`Failed: ${MAX_FAILURES_LISTED + 3}\n`);
    expect(text).toContain("  … and 3 more (Article nodes with status 'failed')\n");
    expect(text).toContain('Waiting for a worker: 1 (run `newsgraph worker` to process them)\n');
  });
});

describe('createProgress without a terminal', () => {
  it('prints a plain line every PROGRESS_LINE_EVERY articles with rate and ETA, and a last one', () => {
    let now = 0;
    const lines: string[] = [];
    const progress = createProgress({ write: (t) => lines.push(t), isTTY: false, now: () => now });
    progress.start(250);
    for (let i = 1; i <= 250; i++) {
      now = i * 10; // 100 articles/s
      progress.tick(i % 50 === 0);
    }
    progress.stop();
    expect(lines).toEqual([
      'ingest: 100/250 articles (2 failed), 100.0 articles/s, ETA 2 s\n',
      'ingest: 200/250 articles (4 failed), 100.0 articles/s, ETA 1 s\n',
      'ingest: 250/250 articles (5 failed), 100.0 articles/s\n',
    ]);
    expect(PROGRESS_LINE_EVERY).toBe(100);
  });
});
