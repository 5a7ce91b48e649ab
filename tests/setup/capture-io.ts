import { PassThrough, Readable } from 'node:stream';
import type { CliIO } from '../../src/cli/io.js';

/** A CliIO that records what a command prints, with optional stdin content. */
export function captureIO(
  env: NodeJS.ProcessEnv = {},
  options: { stdin?: string; isTTY?: boolean } = {},
): CliIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    env,
    stdin: options.stdin === undefined ? new PassThrough() : Readable.from([Buffer.from(options.stdin)]),
    isTTY: options.isTTY ?? false,
    out: () => out,
    err: () => err,
  };
}
