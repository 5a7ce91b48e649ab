/** What a command may touch of the outside world, so tests can run commands in process. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream;
  /** True when stdout is a terminal (progress bars), false in pipes and CI logs. */
  isTTY: boolean;
}

export function processIO(): CliIO {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    stdin: process.stdin,
    isTTY: Boolean(process.stdout.isTTY),
  };
}

/** Exit statuses of the CLI. */
export const EXIT = {
  OK: 0,
  FAILURE: 1,
  USAGE: 2,
  /** `neo4j status` when no server runs (as LSB init scripts do). */
  NOT_RUNNING: 3,
} as const;
