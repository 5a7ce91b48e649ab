import { pino, type Level, type Logger } from 'pino';

/** A pino logger writing JSON lines through `write` (the CLI's stderr), so commands stay testable. */
export function createLog(level: Level | 'silent', write: (line: string) => void): Logger {
  return pino({ level, base: { pid: process.pid } }, { write });
}
