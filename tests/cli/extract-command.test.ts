import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { ExtractionDocument } from '../../src/contracts/extraction-document.js';
import { captureIO } from '../setup/capture-io.js';
import { requires } from '../setup/needs.js';
import { sharedDir } from '../setup/shared-dir.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-extract-'));

describe('newsgraph extract', () => {
  it('prints one pretty document for a file, with the metadata given on the command line', async () => {
    const file = join(dir, 'one.txt');
    writeFileSync(file, 'The International Criminal Court issued an arrest warrant for Marek Zelo on Monday.\n');
    const io = captureIO();
    const code = await run(
      [
        'extract',
        file,
        '--published-at',
        '2024-03-06',
        '--id',
        'a-1',
        '--title',
        'T',
        '--url',
        'https://example.org/a',
      ],
      io,
    );
    expect(code, io.err()).toBe(0);
    expect(io.out()).toMatch(/^\{\n {2}"format": "kg-extraction\/1",/);
    const document = JSON.parse(io.out()) as ExtractionDocument;
    expect(document.article).toEqual({
      id: 'a-1',
      title: 'T',
      url: 'https://example.org/a',
      publishedAt: '2024-03-06',
      language: 'en',
    });
    expect(document.events).toMatchObject([{ type: 'Warrant', status: 'issued', date: '2024-03-04' }]);
  });

  it('writes one compact document per JSON line, in order, and names the bad line on stderr', async () => {
    const stdin = [
      JSON.stringify({
        id: 'first',
        title: 'One',
        url: 'https://example.org/1',
        publishedAt: '2025-01-02',
        text: 'Egypt and Qatar met.',
      }),
      '{"id": broken',
      JSON.stringify({ id: 'third', text: 'Nothing to see.' }),
    ].join('\n');
    const io = captureIO({}, { stdin });
    expect(await run(['extract', '--jsonl', '-'], io)).toBe(1);
    const lines = io.out().trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const documents = lines.map((line) => JSON.parse(line) as ExtractionDocument);
    expect(documents.map((d) => d.article)).toEqual([
      { id: 'first', title: 'One', url: 'https://example.org/1', publishedAt: '2025-01-02', language: 'en' },
      { id: 'third', title: null, url: null, publishedAt: null, language: 'en' },
    ]);
    expect(io.err()).toMatch(/^newsgraph extract: stdin:2: not valid JSON/);
  });

  it('names a line nested 20,000 arrays deep and extracts the lines around it (issue 10, finding 5)', async () => {
    const deep = `{"id":"x","text":"t","title":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
    const stdin = [
      JSON.stringify({ id: 'before', text: 'Egypt and Qatar met.' }),
      deep,
      JSON.stringify({ id: 'after', text: 'Nothing to see.' }),
    ].join('\n');
    const io = captureIO({}, { stdin });
    expect(await run(['extract', '--jsonl', '-'], io)).toBe(1);
    const documents = io
      .out()
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as ExtractionDocument);
    expect(documents.map((d) => d.article.id)).toEqual(['before', 'after']);
    expect(io.err()).toMatch(/^newsgraph extract: stdin:2: title must be a string, got \[\[\[\[/);
    expect(io.err()).not.toContain('call stack');
  });

  it('refuses a publication date that is not YYYY-MM-DD', async () => {
    const io = captureIO();
    expect(await run(['extract', join(dir, 'one.txt'), '--published-at', 'yesterday'], io)).toBe(2);
    expect(io.err()).toContain('--published-at must be YYYY-MM-DD, got "yesterday"');
  });
});

requires('shared').describe('newsgraph eval over the seeds', () => {
  it('scores the seeds and prints the table with entity and fact rows', async () => {
    const io = captureIO();
    const code = await run(['eval', '--gold', sharedDir('eval', 'seeds'), '--texts', sharedDir('corpus', 'seeds')], io);
    expect(code, io.err()).toBe(0);
    expect(io.out()).toMatch(/^ALL ENTITIES\s+\d+\s+\d+\s+\d+\s+[\d.]+\s+[\d.]+\s+[\d.]+$/m);
    expect(io.out()).toMatch(/^FACTS \(micro\)\s+\d+/m);
  });

  it('prints the report as JSON with one entry per article', async () => {
    const io = captureIO();
    await run(['eval', '--gold', sharedDir('eval', 'seeds'), '--texts', sharedDir('corpus', 'seeds'), '--json'], io);
    const report = JSON.parse(io.out()) as { articles: Array<{ articleId: string }> };
    expect(report.articles).toHaveLength(5);
  });
});
