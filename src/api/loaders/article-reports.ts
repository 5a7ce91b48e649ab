import DataLoader from 'dataloader';
import type { ApiDb } from '../db.js';
import { eventRow, evidenceRows } from '../graph-rows.js';
import type { ArticleReportRow } from '../rows.js';
import { inKeyOrder } from './batch.js';

/** Article id → the events it reports with its evidence sentences, newest first, `first` per article. */
export function articleReports(db: ApiDb, first: number): DataLoader<string, ArticleReportRow[]> {
  return new DataLoader(async (ids) => {
    const rows = await db.read('article-reports', { ids, first });
    return inKeyOrder(
      ids,
      rows,
      'id',
      (row) =>
        (row.reports as Array<Record<string, unknown>>).map((report) => ({
          event: eventRow(report.event as Record<string, unknown>),
          evidence: evidenceRows(report.texts, report.starts, report.ends),
        })),
      'article',
    );
  });
}
