#!/usr/bin/env node
import { processIO } from '../cli/io.js';
import { run } from '../cli/run.js';

// `newsgraph … | head` closes our stdout early; that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2), processIO());
