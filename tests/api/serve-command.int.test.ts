/** `newsgraph serve` in process: it listens, prints the URL, answers, and stops cleanly when told to. */
import { Readable } from 'node:stream';
import { afterAll, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { serveCommand } from '../../src/cli/serve-command.js';
import { closeSharedGraph } from '../../src/graph/connection.js';
import { testNeo4j } from '../setup/test-neo4j.js';
import { freePort } from '../setup/free-port.js';

afterAll(() => closeSharedGraph());

it('serves the API until stopped, then says so', async () => {
  const neo4j = testNeo4j();
  const port = await freePort();
  let stdout = '';
  const io: CliIO = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: () => undefined,
    env: {
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: neo4j.database,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'silent',
    },
    stdin: Readable.from([]),
    isTTY: false,
  };
  const controller = new AbortController();
  const running = serveCommand(io, { signal: controller.signal }).parseAsync([], { from: 'user' });
  const url = `http://127.0.0.1:${port}/graphql`;
  await expect.poll(() => stdout, { timeout: 30_000 }).toContain(`GraphQL API at ${url}`);

  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ health { status database } }' }),
  });
  expect(await response.json()).toEqual({ data: { health: { status: 'ok', database: neo4j.database } } });

  controller.abort();
  await running;
  expect(stdout).toContain('GraphQL API stopped.');
  await expect(fetch(url)).rejects.toThrow();
});
