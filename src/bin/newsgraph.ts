#!/usr/bin/env -S node --max-semi-space-size=64
// The node flags above are the server's runtime settings, declared here only: `npm start`, the
// Docker image and bench:api run this file through them. A 64 MB young generation (16 MB by
// default) keeps a busy API's short-lived rows out of the old generation: at 100 clients GC took
// a quarter of the server's CPU with the default (docs/api-performance.md, phase 5).
import { processIO } from '../cli/io.js';
import { run } from '../cli/run.js';

// `newsgraph … | head` closes our stdout early; that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2), processIO());
