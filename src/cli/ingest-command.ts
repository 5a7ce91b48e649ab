import { Command } from 'commander';
import type { Level } from 'pino';
import { loadConfig } from '../config.js';
import { NewsgraphError } from '../errors.js';
import { applySchema } from '../graph/apply-schema.js';
import { sharedGraph } from '../graph/connection.js';
import { formatIngestSummary } from '../ingest/format-summary.js';
import { ingest } from '../ingest/ingest-run.js';
import { createLog } from '../ingest/log.js';
import { defaultProcessor, type ArticleProcessor } from '../ingest/process-article.js';
import { createProgress } from '../ingest/progress.js';
import { STDIN_PATH } from '../ingest/read-inputs.js';
import { abortOnStopSignals } from '../ingest/stop-signals.js';
import { WORKER_DEFAULTS } from '../ingest/worker.js';
import { EXIT, type CliIO } from './io.js';
import { defaultWorkerId, positiveInt } from './worker-command.js';

export interface IngestCommandDeps {
  /** The work done per article; the extraction + graph writer unless a test gives another. */
  processor?: ArticleProcessor;
}

interface IngestCommandOptions {
  jsonl?: boolean;
  enqueueOnly?: boolean;
  concurrency: number;
  batchSize: number;
  maxAttempts: number;
}

/**
 * `newsgraph ingest PATH...` and `newsgraph ingest --jsonl [FILE | -]`: queue the articles, then
 * process them in this process (unless --enqueue-only) and sum up. Exit status 1 when any of
 * them failed, rejected inputs included, or when SIGTERM/SIGINT stopped the run early (the
 * article in progress is finished, the rest stays queued).
 */
export function ingestCommand(io: CliIO, setExit: (code: number) => void, deps: IngestCommandDeps = {}): Command {
  return new Command('ingest')
    .description('queue articles (.txt with optional front matter, .jsonl, .json, folders) and ingest them')
    .argument('[paths...]', `files or folders; ${STDIN_PATH} for standard input`)
    .option('--jsonl', 'read the files named, or standard input when none is, as JSON lines')
    .option('--enqueue-only', 'only queue the articles, for running `newsgraph worker`s')
    .option('--concurrency <n>', 'articles processed at the same time', positiveInt, WORKER_DEFAULTS.concurrency)
    .option('--batch-size <n>', 'articles claimed at once', positiveInt, WORKER_DEFAULTS.batchSize)
    .option('--max-attempts <n>', 'attempts before an article ends as failed', positiveInt, WORKER_DEFAULTS.maxAttempts)
    .action(async (paths: string[], options: IngestCommandOptions) => {
      if (paths.length === 0 && !options.jsonl) {
        throw new NewsgraphError('USAGE', 'give files or folders to ingest, or --jsonl to read JSON lines from stdin');
      }
      const config = loadConfig(io.env);
      // Per-article log lines would drown the progress display: only warnings unless asked for more.
      const level: Level | 'silent' = config.logLevel === 'info' ? 'warn' : config.logLevel;
      const log = createLog(level, io.stderr);
      const graph = await sharedGraph(config.neo4j);
      await applySchema(graph);
      const enqueueOnly = Boolean(options.enqueueOnly);
      const controller = new AbortController();
      const removeHandlers = abortOnStopSignals(controller);
      try {
        const summary = await ingest(graph, {
          paths: paths.length > 0 ? paths : [STDIN_PATH],
          jsonl: Boolean(options.jsonl),
          stdin: io.stdin,
          enqueueOnly,
          progress: createProgress({ write: io.stdout, isTTY: io.isTTY }),
          onEnqueued: (counts) =>
            io.stdout(
              `Queued ${counts.queued + counts.requeued} article(s), ${counts.unchanged} unchanged, ` +
                `${counts.rejected} rejected${enqueueOnly || counts.queued + counts.requeued === 0 ? '.' : '; processing…'}\n`,
            ),
          worker: {
            workerId: defaultWorkerId('ingest'),
            batchSize: options.batchSize,
            concurrency: options.concurrency,
            leaseMs: WORKER_DEFAULTS.leaseMs,
            pollIntervalMs: WORKER_DEFAULTS.pollIntervalMs,
            maxAttempts: options.maxAttempts,
            processor: deps.processor ?? defaultProcessor,
            signal: controller.signal,
            log,
          },
        });
        io.stdout(formatIngestSummary(summary, enqueueOnly));
        if (summary.failed.length > 0 || controller.signal.aborted) setExit(EXIT.FAILURE);
      } finally {
        removeHandlers();
      }
    });
}
