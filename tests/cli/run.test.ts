import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { captureIO } from '../setup/capture-io.js';

describe('newsgraph CLI', () => {
  it('lists its subcommands in --help', async () => {
    const io = captureIO();
    expect(await run(['--help'], io)).toBe(0);
    expect(io.out()).toMatch(/Usage: newsgraph/);
    expect(io.out()).toMatch(/^\s+neo4j\b/m);
    expect(io.out()).toMatch(/^\s+schema\b/m);
  });

  it('lists start, stop, status and fetch under neo4j --help', async () => {
    const io = captureIO();
    expect(await run(['neo4j', '--help'], io)).toBe(0);
    for (const sub of ['start', 'stop', 'status', 'fetch']) expect(io.out()).toMatch(new RegExp(`^\\s+${sub}\\b`, 'm'));
  });

  it('exits with 2 and says so on an unknown command', async () => {
    const io = captureIO();
    expect(await run(['frobnicate'], io)).toBe(2);
    expect(io.err()).toMatch(/unknown command 'frobnicate'/);
  });

  it('exits with 2 naming the variable when the configuration is invalid', async () => {
    const io = captureIO({ NEO4J_LOCAL_BOLT_PORT: 'seven' });
    expect(await run(['neo4j', 'status'], io)).toBe(2);
    expect(io.err()).toMatch(
      /newsgraph: Invalid configuration:\n\s+NEO4J_LOCAL_BOLT_PORT must be a port number \(got "seven"\)/,
    );
  });
});
