import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { captureIO } from '../setup/capture-io.js';

describe('newsgraph ingest and worker: arguments', () => {
  it('are listed in --help', async () => {
    const io = captureIO();
    expect(await run(['--help'], io)).toBe(0);
    expect(io.out()).toMatch(/^\s+ingest\b/m);
    expect(io.out()).toMatch(/^\s+worker\b/m);
  });

  it('ingest --help names its options', async () => {
    const io = captureIO();
    expect(await run(['ingest', '--help'], io)).toBe(0);
    for (const option of ['--jsonl', '--enqueue-only', '--concurrency', '--batch-size', '--max-attempts']) {
      expect(io.out()).toContain(option);
    }
  });

  it('ingest without a path or --jsonl is a usage error', async () => {
    const io = captureIO();
    expect(await run(['ingest'], io)).toBe(2);
    expect(io.err()).toMatch(/give files or folders to ingest, or --jsonl to read JSON lines from stdin/);
  });

  it.each([
    ['ingest', '--concurrency', 'zero', 'x.txt'],
    ['worker', '--batch-size', '0'],
    ['worker', '--lease-ms', '1.5'],
  ])('%s %s %s is a usage error naming the value', async (...argv) => {
    const io = captureIO();
    expect(await run(argv, io)).toBe(2);
    expect(io.err()).toMatch(new RegExp(`${argv[1]}.*must be a positive whole number, got "${argv[2]}"`));
  });
});
