import { describe, expect, it } from 'vitest';
import { foldEventReports, type EventReport } from '../../src/graph/fold-event-reports.js';

const report = (overrides: Partial<EventReport>): EventReport => ({
  articleId: 'a',
  publishedAt: '2024-01-01',
  date: null,
  status: null,
  charges: [],
  mode: null,
  topic: null,
  ...overrides,
});

describe('foldEventReports', () => {
  it('keeps the most precise date and its period', () => {
    const folded = foldEventReports([
      report({ articleId: 'a', date: '2025-09' }),
      report({ articleId: 'b', date: '2025-09-09' }),
    ]);
    expect(folded).toMatchObject({ date: '2025-09-09', dateFrom: '2025-09-09', dateTo: '2025-09-09', reportCount: 2 });
  });

  it('takes a warrant status from the newest report that knows it', () => {
    const folded = foldEventReports([
      report({ articleId: 'old', publishedAt: '2024-05-20', status: 'requested' }),
      report({ articleId: 'new', publishedAt: '2024-11-21', status: 'issued' }),
      report({ articleId: 'vague', publishedAt: '2024-12-01', status: 'unknown' }),
    ]);
    expect(folded.status).toBe('issued');
  });

  it('gives the same result in any order', () => {
    const reports = [
      report({ articleId: 'x', publishedAt: '2024-02-01', status: 'considered', charges: ['genocide'], topic: 'one' }),
      report({ articleId: 'y', publishedAt: '2024-02-01', status: 'requested', charges: ['war crimes'], topic: 'two' }),
    ];
    expect(foldEventReports(reports)).toEqual(foldEventReports([...reports].reverse()));
    expect(foldEventReports(reports)).toMatchObject({ status: 'requested', charges: ['genocide', 'war crimes'] });
  });

  it('prefers a known meeting mode over unknown', () => {
    const folded = foldEventReports([
      report({ articleId: 'a', publishedAt: '2024-02-02', mode: 'unknown' }),
      report({ articleId: 'b', mode: 'phone_call' }),
    ]);
    expect(folded.mode).toBe('phone_call');
  });

  it('dates an undated event by the window of its reports', () => {
    const folded = foldEventReports([report({ publishedAt: '2025-09-18' })]);
    expect(folded).toMatchObject({ date: null, dateFrom: '2025-08-19', dateTo: '2025-09-18' });
  });
});
