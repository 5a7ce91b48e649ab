import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shebangNodeFlags } from '../../bench/api-servers.js';
import { projectRoot } from '../../src/project-root.js';

const root = projectRoot();

function bin(firstLine: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'newsgraph-bin-')), 'bin.js');
  writeFileSync(file, `${firstLine}\nconsole.log('hi');\n`);
  return file;
}

describe("the server's node flags, declared once in the bin's shebang", () => {
  it('give the server a larger young generation', () => {
    expect(shebangNodeFlags()).toContain('--max-semi-space-size=64');
  });

  it('are read from any shebang, none for plain node, and a line that is no node shebang is refused', () => {
    expect(shebangNodeFlags(bin('#!/usr/bin/env -S node --max-semi-space-size=64 --stack-size=2000'))).toEqual([
      '--max-semi-space-size=64',
      '--stack-size=2000',
    ]);
    expect(shebangNodeFlags(bin('#!/usr/bin/env node'))).toEqual([]);
    expect(() => shebangNodeFlags(bin('#!/bin/sh'))).toThrow(/expected a shebang/);
  });

  it('reach the server however it starts: npm start and the image run the bin itself, not node on it', () => {
    const scripts = (
      JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    expect(scripts.start).toMatch(/&& dist\/bin\/newsgraph\.js start$/);
    // tsc writes files without the executable bit.
    expect(scripts.build).toContain('chmod +x dist/bin/newsgraph.js');
    const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^ENTRYPOINT \["dist\/bin\/newsgraph\.js"\]$/m);
  });
});
