/**
 * Progress of an ingestion: a bar with rate and ETA on a terminal, plain lines every
 * PROGRESS_LINE_EVERY articles otherwise (CI logs keep every line, so no redrawing there).
 */
import { Writable } from 'node:stream';
import cliProgress from 'cli-progress';

export const PROGRESS_LINE_EVERY = 100;
/** Terminal width when the writer cannot tell. */
const DEFAULT_COLUMNS = 80;

export interface Progress {
  start(total: number): void;
  /** One more article finished (done or failed). */
  tick(failed: boolean): void;
  stop(): void;
}

export interface ProgressOutput {
  write: (text: string) => void;
  isTTY: boolean;
  columns?: number;
  now?: () => number;
}

export function createProgress(output: ProgressOutput): Progress {
  return output.isTTY ? barProgress(output) : lineProgress(output);
}

function barProgress(output: ProgressOutput): Progress {
  // cli-progress draws with cursor escapes on a stream that says it is a TTY.
  const stream = Object.assign(
    new Writable({
      write(chunk: Buffer | string, _encoding, callback) {
        output.write(chunk.toString());
        callback();
      },
    }),
    { isTTY: true, columns: output.columns ?? DEFAULT_COLUMNS },
  );
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'ingest [{bar}] {value}/{total} | {rate}/s | ETA {eta_formatted} | {failed} failed',
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  const now = output.now ?? Date.now;
  let startedAt = 0;
  let done = 0;
  let failed = 0;
  return {
    start(total) {
      startedAt = now();
      bar.start(total, 0, { rate: '0.0', failed: 0 });
    },
    tick(wasFailed) {
      done++;
      if (wasFailed) failed++;
      bar.update(done, { rate: rate(done, now() - startedAt), failed });
    },
    stop() {
      bar.stop();
    },
  };
}

function lineProgress(output: ProgressOutput): Progress {
  const now = output.now ?? Date.now;
  let startedAt = 0;
  let total = 0;
  let done = 0;
  let failed = 0;
  let lastLine = -1;
  const line = (): void => {
    lastLine = done;
    const elapsedMs = now() - startedAt;
    const perSecond = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
    const eta = perSecond > 0 && done < total ? `, ETA ${formatSeconds((total - done) / perSecond)}` : '';
    output.write(`ingest: ${done}/${total} articles (${failed} failed), ${rate(done, elapsedMs)} articles/s${eta}\n`);
  };
  return {
    start(count) {
      startedAt = now();
      total = count;
    },
    tick(wasFailed) {
      done++;
      if (wasFailed) failed++;
      if (done % PROGRESS_LINE_EVERY === 0) line();
    },
    stop() {
      if (done > 0 && lastLine !== done) line();
    },
  };
}

function rate(count: number, elapsedMs: number): string {
  return elapsedMs > 0 ? ((count * 1000) / elapsedMs).toFixed(1) : '0.0';
}

function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.ceil(seconds - minutes * 60)} s`;
}
