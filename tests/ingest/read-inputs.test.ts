import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES } from '../../src/contracts/article-record.js';
import { articleIdForText } from '../../src/contracts/article-id.js';
import { readInputs, rejectedInputId, type InputItem } from '../../src/ingest/read-inputs.js';
import { readLines } from '../../src/ingest/read-lines.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsgraph-read-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect(paths: string[], options: Parameters<typeof readInputs>[1] = {}): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs(paths, options)) items.push(item);
  return items;
}

async function file(name: string, content: string | Buffer): Promise<string> {
  const path = join(dir, name);
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, content);
  return path;
}

function articles(items: InputItem[]) {
  return items.flatMap((item) => (item.kind === 'article' ? [item.input] : []));
}

function errors(items: InputItem[]) {
  return items.flatMap((item) => (item.kind === 'rejected' ? [item.reject.error] : []));
}

describe('.txt articles', () => {
  it('reads the front matter into the metadata and the rest into the text', async () => {
    const path = await file(
      'warrant.txt',
      '---\nid: icc-2024-11-21\ntitle: "ICC issues warrants"\nurl: https://example.org/icc\npublishedAt: 2024-11-21\n---\n\nThe International Criminal Court issued warrants.\n',
    );
    expect(await collect([path])).toEqual([
      {
        kind: 'article',
        input: {
          id: 'icc-2024-11-21',
          title: 'ICC issues warrants',
          url: 'https://example.org/icc',
          publishedAt: '2024-11-21',
          text: 'The International Criminal Court issued warrants.',
          source: path,
        },
      },
    ]);
  });

  it('takes a text without front matter whole, its id the hash of the text', async () => {
    const text = 'Israel struck Doha on Tuesday.';
    const path = await file('plain.txt', `\uFEFF${text}\r\n`);
    expect(articles(await collect([path]))).toEqual([
      { id: articleIdForText(text), title: null, url: null, publishedAt: null, text, source: path },
    ]);
  });

  it('accepts CRLF front matter and a numeric id', async () => {
    const path = await file('crlf.txt', '---\r\nid: 42\r\npublishedAt: 2025-09-09\r\n---\r\nBody.\r\n');
    expect(articles(await collect([path]))).toMatchObject([{ id: '42', publishedAt: '2025-09-09', text: 'Body.' }]);
  });

  it.each([
    ['---\npublishedAt: yesterday\n---\nText.', 'publishedAt must be YYYY-MM-DD, got "yesterday"'],
    ['---\npublishedAt: 2025-02-30\n---\nText.', 'publishedAt must be a real calendar date, got "2025-02-30"'],
    [
      '---\npublishedat: 2025-02-03\n---\nText.',
      'unknown field "publishedat" (allowed: id, title, url, publishedAt, text)',
    ],
    ['---\nurl: ftp://x\n---\nText.', 'url must be an http(s) URL, got "ftp://x"'],
    ['---\ntitle: Only a title\n---\n   \n', 'text must be a non-empty string, got ""'],
    ['---\ntitle: never closed\nText.', 'front matter starts with --- but has no closing --- line'],
    ['---\ntitle: [unclosed\n---\nText.', 'front matter is not valid YAML'],
  ])('rejects %j naming the problem', async (content, problem) => {
    const path = await file('bad.txt', content);
    const items = await collect([path]);
    expect(items).toHaveLength(1);
    expect(errors(items)[0]).toContain(`${path}: ${problem}`);
  });

  it('rejects a binary file and a file that is not UTF-8, with the reason', async () => {
    const png = await file('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    const latin1 = await file('latin1.txt', Buffer.from('Caf\xe9 au lait', 'latin1'));
    const items = await collect([png, latin1]);
    expect(errors(items)).toEqual([
      `${png}: binary data, not text: it contains a NUL byte at byte 8`,
      `${latin1}: not valid UTF-8 text (binary data, or another encoding such as Latin-1)`,
    ]);
    expect(items[0]).toMatchObject({ kind: 'rejected', reject: { id: rejectedInputId(png), source: png } });
  });

  it('rejects a file over the size cap without reading it', async () => {
    const path = await file('huge.txt', Buffer.alloc(MAX_ARTICLE_BYTES + 1, 'a'));
    expect(errors(await collect([path]))).toEqual([`${path}: file is 5 MB, over the 5 MB limit`]);
  });
});

describe('.jsonl articles', () => {
  it('reads one article per line and reports each bad line by its number', async () => {
    const path = await file(
      'news.jsonl',
      [
        JSON.stringify({ id: 'a1', title: 'One', url: null, publishedAt: '2025-09-09', text: 'First.' }),
        '{"id": "a2", "text": ',
        '',
        JSON.stringify({ id: 'a4', publishedAt: 'yesterday', text: 'Fourth.' }),
        JSON.stringify({ id: 'a5', title: 'No text' }),
        JSON.stringify({ text: 'Sixth, without an id.' }),
        '[1, 2]',
        JSON.stringify({ id: 'a8', text: 42 }),
      ].join('\r\n') + '\n',
    );
    const items = await collect([path]);
    expect(articles(items)).toEqual([
      { id: 'a1', title: 'One', url: null, publishedAt: '2025-09-09', text: 'First.', source: `${path}:1` },
      {
        id: articleIdForText('Sixth, without an id.'),
        title: null,
        url: null,
        publishedAt: null,
        text: 'Sixth, without an id.',
        source: `${path}:6`,
      },
    ]);
    const problems = errors(items);
    expect(problems).toHaveLength(5);
    expect(problems[0]).toMatch(new RegExp(`^${escape(path)}:2: not valid JSON: `));
    expect(problems.slice(1)).toEqual([
      `${path}:4: publishedAt must be YYYY-MM-DD, got "yesterday"`,
      `${path}:5: text is missing`,
      `${path}:7: expected a JSON object with id, title, url, publishedAt, text, got [1,2]`,
      `${path}:8: text must be a non-empty string, got 42`,
    ]);
  });

  it('keeps the excerpt of a rejected line and gives it an id derived from its source', async () => {
    const path = await file('excerpt.jsonl', '{"broken": \n');
    const [item] = await collect([path]);
    expect(item).toMatchObject({
      kind: 'rejected',
      reject: { id: rejectedInputId(`${path}:1`), source: `${path}:1`, excerpt: '{"broken": ' },
    });
    expect(rejectedInputId(`${path}:1`)).toBe(rejectedInputId(`${path}:1`));
    expect(rejectedInputId(`${path}:1`)).not.toBe(rejectedInputId(`${path}:2`));
  });

  it('rejects a binary .jsonl file once, not line by line', async () => {
    const path = await file(
      'archive.jsonl',
      Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00]), Buffer.alloc(64, 10)]),
    );
    expect(errors(await collect([path]))).toEqual([
      `${path}: binary data, not JSON lines: it contains a NUL byte at byte 3`,
    ]);
  });

  it('rejects a line that is not UTF-8 and goes on with the next', async () => {
    const path = await file(
      'mixed.jsonl',
      Buffer.concat([
        Buffer.from('{"text": "caf'),
        Buffer.from([0xe9]),
        Buffer.from('"}\n{"id": "ok", "text": "Fine."}\n'),
      ]),
    );
    const items = await collect([path]);
    expect(errors(items)).toEqual([
      `${path}:1: not valid UTF-8 text (binary data, or another encoding such as Latin-1)`,
    ]);
    expect(articles(items).map((a) => a.id)).toEqual(['ok']);
  });

  it('reads any named file as JSON lines with the jsonl option', async () => {
    const path = await file('feed.data', '{"id": "f1", "text": "From a feed."}\n');
    expect(articles(await collect([path], { jsonl: true })).map((a) => a.id)).toEqual(['f1']);
  });
});

describe('readLines', () => {
  it('splits chunks into lines, joins lines across chunks and cuts endless lines at the cap', async () => {
    const chunks = [
      Buffer.from('ab'),
      Buffer.from('c\nde'),
      Buffer.from('f\r\n'),
      Buffer.from('x'.repeat(20)),
      Buffer.from('\nlast'),
    ];
    const lines = [];
    for await (const line of readLines(Readable.from(chunks), 10)) {
      lines.push(
        line.tooLong ? { n: line.lineNumber, tooLong: true } : { n: line.lineNumber, text: line.bytes.toString() },
      );
    }
    expect(lines).toEqual([
      { n: 1, text: 'abc' },
      { n: 2, text: 'def' },
      { n: 3, tooLong: true },
      { n: 4, text: 'last' },
    ]);
  });
});

describe('.json files', () => {
  it('reads one article object, or an array of them with each element named', async () => {
    const one = await file('one.json', JSON.stringify({ id: 'j1', text: 'One.' }));
    const many = await file('many.json', JSON.stringify([{ id: 'j2', text: 'Two.' }, { id: 'j3' }]));
    const items = await collect([one, many]);
    expect(articles(items).map((a) => [a.id, a.source])).toEqual([
      ['j1', one],
      ['j2', `${many}[0]`],
    ]);
    expect(errors(items)).toEqual([`${many}[1]: text is missing`]);
  });
});

describe('folders', () => {
  it('reads .txt, .jsonl and .json files below a folder in name order, reporting other files as skipped', async () => {
    const root = join(dir, 'corpus');
    await file(
      'corpus/b/deeper/two.jsonl',
      '{"id": "two-1", "text": "Two one."}\n{"id": "two-2", "text": "Two two."}\n',
    );
    await file('corpus/a/one.txt', '---\nid: one\n---\nOne.');
    await file('corpus/notes.md', '# not an article');
    await file('corpus/.hidden/secret.txt', 'hidden');
    await file('corpus/.DS_Store', Buffer.from([0, 1, 2]));
    const items = await collect([root]);
    expect(articles(items).map((a) => a.id)).toEqual(['one', 'two-1', 'two-2']);
    expect(items.filter((i) => i.kind === 'skipped')).toEqual([
      { kind: 'skipped', path: join(root, 'notes.md'), reason: 'not .txt, .jsonl, .json' },
    ]);
  });

  it('stops before reading anything when a path does not exist', async () => {
    await expect(collect([join(dir, 'plain.txt'), join(dir, 'missing.txt')])).rejects.toMatchObject({
      code: 'USAGE',
      message: expect.stringMatching(/cannot read .*missing\.txt/),
    });
  });
});

describe('stdin', () => {
  it('reads JSON lines from standard input with the jsonl option', async () => {
    const stdin = Readable.from([
      Buffer.from('{"id": "s1", "text": "From stdin."}\n{"id": "s2", "publishedAt": "2025-13-01", "text": "x"}\n'),
    ]);
    const items = await collect(['-'], { jsonl: true, stdin });
    expect(articles(items)).toEqual([
      { id: 's1', title: null, url: null, publishedAt: null, text: 'From stdin.', source: 'stdin:1' },
    ]);
    expect(errors(items)).toEqual(['stdin:2: publishedAt must be a real calendar date, got "2025-13-01"']);
  });

  it('reads one text article from standard input without it', async () => {
    const stdin = Readable.from(['---\ntitle: Piped\n---\nPiped text.\n']);
    expect(articles(await collect(['-'], { stdin }))).toMatchObject([
      { title: 'Piped', text: 'Piped text.', source: 'stdin' },
    ]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
