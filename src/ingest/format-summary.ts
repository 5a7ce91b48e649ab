import type { IngestFailure, IngestSummary } from './ingest-run.js';

/** Failures listed one per line; the rest are counted. */
export const MAX_FAILURES_LISTED = 50;
const MAX_SKIPPED_LISTED = 10;
const SHORT_ID_CHARS = 12;
const TEXT_HASH_ID = /^[0-9a-f]{64}$/;

/** The end-of-run report of `newsgraph ingest`, one fact per line. */
export function formatIngestSummary(summary: IngestSummary, enqueueOnly: boolean): string {
  const lines: string[] = [];
  if (enqueueOnly) {
    const total = summary.queued + summary.requeued;
    lines.push(`Queued: ${total} (${summary.queued} new, ${summary.requeued} re-queued)`);
  } else {
    lines.push(`Ingested: ${summary.ingested}`);
  }
  lines.push(`Unchanged: ${summary.unchanged}`);
  lines.push(`Failed: ${summary.failed.length}`);
  for (const failure of summary.failed.slice(0, MAX_FAILURES_LISTED)) lines.push(`  ${describeFailure(failure)}`);
  if (summary.failed.length > MAX_FAILURES_LISTED) {
    lines.push(`  … and ${summary.failed.length - MAX_FAILURES_LISTED} more (Article nodes with status 'failed')`);
  }
  if (summary.pending.length > 0) {
    lines.push(
      enqueueOnly
        ? `Waiting for a worker: ${summary.pending.length} (run \`newsgraph worker\` to process them)`
        : `Still waiting: ${summary.pending.length} (stopped early; run \`newsgraph worker\` to finish them)`,
    );
  }
  if (summary.duplicates.length > 0) {
    lines.push(`Duplicate ids: ${summary.duplicates.length} (the later input replaced the earlier)`);
    for (const { id, earlier, later } of summary.duplicates.slice(0, MAX_FAILURES_LISTED)) {
      lines.push(`  id ${shortId(id)}: ${later} replaced ${earlier}`);
    }
    if (summary.duplicates.length > MAX_FAILURES_LISTED) {
      lines.push(`  … and ${summary.duplicates.length - MAX_FAILURES_LISTED} more`);
    }
  }
  if (summary.skipped.length > 0) {
    const listed = summary.skipped.slice(0, MAX_SKIPPED_LISTED).map((s) => `${s.path} (${s.reason})`);
    const more =
      summary.skipped.length > MAX_SKIPPED_LISTED ? `, … ${summary.skipped.length - MAX_SKIPPED_LISTED} more` : '';
    lines.push(`Skipped ${summary.skipped.length} file(s): ${listed.join(', ')}${more}`);
  }
  return `${lines.join('\n')}\n`;
}

function describeFailure(failure: IngestFailure): string {
  // Rejected inputs carry their source in the message already.
  if (failure.source && failure.error.startsWith(`${failure.source}:`)) return failure.error;
  return `${failure.source ?? 'article'} (id ${shortId(failure.id)}): ${failure.error}`;
}

/** Ids derived from the text are long hashes; their start is enough to find them. */
function shortId(id: string): string {
  return TEXT_HASH_ID.test(id) ? `${id.slice(0, SHORT_ID_CHARS)}…` : id;
}
