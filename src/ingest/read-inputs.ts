/**
 * Reads what `newsgraph ingest` is given into a stream of articles and rejects:
 * - a `.txt` file (or any other explicitly named file): one article, optional front matter;
 * - a `.jsonl` file: one JSON article per line ({id, title, url, publishedAt, text}), streamed;
 * - a `.json` file: one article object, or an array of them;
 * - a folder: every .txt, .jsonl and .json file below it (hidden files and folders left out,
 *   other files reported as skipped);
 * - `-`: standard input, as JSON lines with `jsonl`, else as one text article.
 * Nothing bad is dropped silently: a line or file that is not an article becomes a rejected
 * input naming its source (`file.jsonl:17`) and the problem.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';
import { MAX_ARTICLE_BYTES, parseArticleRecord, type ParsedRecord } from '../contracts/article-record.js';
import { describeError, NewsgraphError } from '../errors.js';
import type { EnqueueInput, RejectedInput } from '../queue/article-queue.js';
import { decodeUtf8Text } from './decode-text.js';
import { readLines } from './read-lines.js';
import { parseTextArticle } from './text-article.js';

/** A JSON line may be longer than its text (escapes, other fields). */
export const MAX_JSONL_LINE_BYTES = 2 * MAX_ARTICLE_BYTES;
/** A .json file is read whole; larger collections belong in .jsonl. */
export const MAX_JSON_FILE_BYTES = 64 * 1024 * 1024;
/** Bytes at the start of a .jsonl file checked for NUL bytes, to reject a binary file once, not per line. */
const BINARY_SNIFF_BYTES = 8 * 1024;
/** How much of a rejected input is kept to help find it. */
const EXCERPT_CHARS = 200;

export const FOLDER_EXTENSIONS = ['.txt', '.jsonl', '.json'] as const;

export type InputItem =
  | { kind: 'article'; input: EnqueueInput & { source: string } }
  | { kind: 'rejected'; reject: RejectedInput }
  | { kind: 'skipped'; path: string; reason: string };

export interface ReadInputsOptions {
  /** Read the files named (and stdin) as JSON lines, whatever their extension. */
  jsonl?: boolean;
  /** Where `-` reads from. */
  stdin?: NodeJS.ReadableStream;
}

export const STDIN_PATH = '-';

/** Yields the articles, rejects and skipped files of the given paths, in order. */
export async function* readInputs(
  paths: readonly string[],
  options: ReadInputsOptions = {},
): AsyncGenerator<InputItem> {
  // Check every path first: a typo should stop the run before anything is queued.
  const kinds = await Promise.all(paths.map((path) => pathKind(path)));
  for (const [index, path] of paths.entries()) {
    const kind = kinds[index];
    if (path === STDIN_PATH) yield* readStdin(options);
    else if (kind === 'folder') yield* readFolder(path);
    else yield* readOneFile(path, options.jsonl ? '.jsonl' : extname(path).toLowerCase());
  }
}

async function pathKind(path: string): Promise<'stdin' | 'file' | 'folder'> {
  if (path === STDIN_PATH) return 'stdin';
  try {
    const info = await stat(path);
    if (info.isDirectory()) return 'folder';
    if (info.isFile()) return 'file';
    throw new NewsgraphError('USAGE', `${path} is neither a file nor a folder`);
  } catch (error) {
    if (error instanceof NewsgraphError) throw error;
    throw new NewsgraphError('USAGE', `cannot read ${path}: ${describeError(error)}`, { cause: error });
  }
}

async function* readStdin(options: ReadInputsOptions): AsyncGenerator<InputItem> {
  const stdin = options.stdin ?? process.stdin;
  if (options.jsonl) {
    yield* readJsonLines(stdin as AsyncIterable<Buffer | string>, 'stdin');
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin as AsyncIterable<Buffer | string>) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    size += buffer.length;
    if (size > MAX_ARTICLE_BYTES) {
      yield rejected('stdin', `standard input is over the ${megabytes(MAX_ARTICLE_BYTES)} limit of one text article`);
      return;
    }
    chunks.push(buffer);
  }
  yield* fromText(Buffer.concat(chunks), 'stdin');
}

/** Inside folders the extension decides, even with `jsonl`. */
async function* readFolder(folder: string): AsyncGenerator<InputItem> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries
    .map((entry) => ({ entry, path: join(entry.parentPath, entry.name) }))
    .filter(
      ({ path }) =>
        !relative(folder, path)
          .split(/[\\/]/)
          .some((part) => part.startsWith('.')),
    )
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const { entry, path } of files) {
    if (entry.isDirectory()) continue;
    const extension = extname(path).toLowerCase();
    if (!(FOLDER_EXTENSIONS as readonly string[]).includes(extension)) {
      yield { kind: 'skipped', path, reason: `not ${FOLDER_EXTENSIONS.join(', ')}` };
      continue;
    }
    if (
      !entry.isFile() &&
      !(await stat(path).then(
        (info) => info.isFile(),
        () => false,
      ))
    ) {
      yield { kind: 'skipped', path, reason: 'not a regular file' };
      continue;
    }
    yield* readOneFile(path, extension);
  }
}

async function* readOneFile(path: string, extension: string): AsyncGenerator<InputItem> {
  if (extension === '.jsonl') {
    yield* readJsonlFile(path);
    return;
  }
  const limit = extension === '.json' ? MAX_JSON_FILE_BYTES : MAX_ARTICLE_BYTES;
  const { size } = await stat(path);
  if (size > limit) {
    const hint = extension === '.json' ? '; put many articles in a .jsonl file' : '';
    yield rejected(path, `file is ${megabytes(size)}, over the ${megabytes(limit)} limit${hint}`);
    return;
  }
  const bytes = await readFile(path);
  if (extension === '.json') yield* fromJson(bytes, path);
  else yield* fromText(bytes, path);
}

function* fromText(bytes: Buffer, source: string): Generator<InputItem> {
  const decoded = decodeUtf8Text(bytes);
  if (!decoded.ok) {
    yield rejected(source, decoded.problem);
    return;
  }
  yield fromRecord(parseTextArticle(decoded.text), source, decoded.text);
}

function* fromJson(bytes: Buffer, source: string): Generator<InputItem> {
  const decoded = decodeUtf8Text(bytes);
  if (!decoded.ok) {
    yield rejected(source, decoded.problem);
    return;
  }
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch (error) {
    yield rejected(source, `not valid JSON: ${describeError(error)}`, decoded.text);
    return;
  }
  if (!Array.isArray(value)) {
    yield fromRecord(parseArticleRecord(value), source, decoded.text);
    return;
  }
  for (const [index, element] of value.entries()) {
    yield fromRecord(parseArticleRecord(element), `${source}[${index}]`, JSON.stringify(element));
  }
}

async function* readJsonlFile(path: string): AsyncGenerator<InputItem> {
  const head = await readHead(path, BINARY_SNIFF_BYTES);
  const nul = head.indexOf(0);
  if (nul !== -1) {
    yield rejected(path, `binary data, not JSON lines: it contains a NUL byte at byte ${nul}`);
    return;
  }
  yield* readJsonLines(createReadStream(path), path);
}

async function readHead(path: string, bytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of createReadStream(path, { start: 0, end: bytes - 1 })) {
    chunks.push(chunk as Buffer);
    total += (chunk as Buffer).length;
  }
  return Buffer.concat(chunks, total);
}

async function* readJsonLines(stream: AsyncIterable<Buffer | string>, name: string): AsyncGenerator<InputItem> {
  for await (const line of readLines(stream, MAX_JSONL_LINE_BYTES)) {
    const source = `${name}:${line.lineNumber}`;
    if (line.tooLong) {
      yield rejected(source, `line is over the ${megabytes(MAX_JSONL_LINE_BYTES)} limit`);
      continue;
    }
    const decoded = decodeUtf8Text(line.bytes);
    if (!decoded.ok) {
      yield rejected(source, decoded.problem);
      continue;
    }
    if (decoded.text.trim() === '') continue; // blank lines separate nothing and are no article
    let value: unknown;
    try {
      value = JSON.parse(decoded.text);
    } catch (error) {
      yield rejected(source, `not valid JSON: ${describeError(error)}`, decoded.text);
      continue;
    }
    yield fromRecord(parseArticleRecord(value), source, decoded.text);
  }
}

function fromRecord(parsed: ParsedRecord, source: string, raw: string): InputItem {
  return parsed.ok ? { kind: 'article', input: { ...parsed.input, source } } : rejected(source, parsed.problem, raw);
}

function rejected(source: string, problem: string, raw?: string): InputItem {
  return {
    kind: 'rejected',
    reject: {
      id: rejectedInputId(source),
      source,
      error: `${source}: ${problem}`,
      excerpt: raw === undefined ? null : raw.slice(0, EXCERPT_CHARS),
    },
  };
}

/**
 * A rejected input has no trustworthy id of its own, so it is recorded under one derived from
 * where it came from: submitting the same bad file again updates that record instead of adding one.
 */
export function rejectedInputId(source: string): string {
  const where = source.startsWith('stdin') ? source : resolve(source);
  return `rejected:${createHash('sha256').update(where, 'utf8').digest('hex')}`;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
}
