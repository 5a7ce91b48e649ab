/**
 * Runs an extractor over a directory of gold files and scores it: for every `<name>.json` in
 * goldDir, the article text is `<name>.txt` in textsDir. The extractor is injected so the
 * scorer does not depend on it.
 */

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { eventKinds } from '../events/index.js';
import { ENTITY_TYPES, EXTRACTION_FORMAT, type ExtractionDocument } from '../contracts/extraction-document.js';
import { formatMinor, scoreCorpus, type EvalReport } from './score.js';

export interface ExtractMeta {
  id: string;
  title: string | null;
  url: string | null;
  publishedAt: string | null;
}

export type ExtractFn = (text: string, meta: ExtractMeta) => ExtractionDocument | Promise<ExtractionDocument>;

export async function evaluateDirectories(options: {
  goldDir: string;
  textsDir: string;
  extract: ExtractFn;
}): Promise<EvalReport> {
  const { goldDir, textsDir, extract } = options;
  const names = await listGoldNames(goldDir);
  const items: Array<{ gold: ExtractionDocument; predicted: ExtractionDocument }> = [];
  for (const name of names) {
    const goldPath = join(goldDir, `${name}.json`);
    const gold = await readGoldFile(goldPath);
    const textPath = join(textsDir, `${name}.txt`);
    const text = await readArticleText(textPath, goldPath);
    const { id, title, url, publishedAt } = gold.article;
    let predicted: ExtractionDocument;
    try {
      predicted = await extract(text, { id, title, url, publishedAt });
    } catch (cause) {
      throw new Error(`extractor failed on ${textPath}: ${errorMessage(cause)}`, { cause });
    }
    items.push({ gold, predicted });
  }
  return scoreCorpus(items);
}

/** Basenames of the `.json` files of goldDir, sorted so reports are stable. */
async function listGoldNames(goldDir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(goldDir, { withFileTypes: true });
  } catch (cause) {
    throw new Error(`cannot read gold directory ${goldDir}: ${errorMessage(cause)}`, { cause });
  }
  const names = entries
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => e.name.slice(0, -'.json'.length))
    .sort();
  if (names.length === 0) throw new Error(`gold directory ${goldDir} holds no .json gold files`);
  return names;
}

async function readArticleText(textPath: string, goldPath: string): Promise<string> {
  try {
    return await readFile(textPath, 'utf8');
  } catch (cause) {
    if (isNotFound(cause)) {
      throw new Error(`article text ${textPath} for gold file ${goldPath} does not exist`, {
        cause,
      });
    }
    throw new Error(`cannot read article text ${textPath}: ${errorMessage(cause)}`, { cause });
  }
}

/** Reads and validates one gold file. */
export async function readGoldFile(path: string): Promise<ExtractionDocument> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (cause) {
    throw new Error(`cannot read gold file ${path}: ${errorMessage(cause)}`, { cause });
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (cause) {
    throw new Error(`gold file ${path} is not valid JSON: ${errorMessage(cause)}`, { cause });
  }
  return parseGoldDocument(json, path);
}

/**
 * Checks that `value` looks like a `kg-extraction/1` gold document: the shape the scorer relies
 * on, enum values, unique entity ids and events/relations that name existing entities. Throws
 * an Error naming `file`, the JSON path and the problem. Evidence spans are not checked.
 */
export function parseGoldDocument(value: unknown, file: string): ExtractionDocument {
  const fail = (path: string, problem: string): never => {
    throw new Error(`invalid gold file ${file}: ${path}: ${problem}`);
  };
  const obj = (v: unknown, path: string): Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? (v as Record<string, unknown>)
      : fail(path, `expected an object, got ${describe(v)}`);
  const arr = (v: unknown, path: string): unknown[] =>
    Array.isArray(v) ? v : fail(path, `expected an array, got ${describe(v)}`);
  const str = (v: unknown, path: string): string =>
    typeof v === 'string' && v !== '' ? v : fail(path, `expected a non-empty string, got ${describe(v)}`);
  const strOrNull = (v: unknown, path: string): void => {
    if (v !== null && typeof v !== 'string') fail(path, `expected a string or null, got ${describe(v)}`);
  };
  const oneOf = (v: unknown, allowed: readonly string[], path: string): void => {
    if (typeof v !== 'string' || !allowed.includes(v)) {
      fail(path, `expected one of ${allowed.join(', ')}, got ${describe(v)}`);
    }
  };
  const optionalFlag = (v: unknown, path: string): void => {
    if (v !== undefined && typeof v !== 'boolean') fail(path, `expected a boolean, got ${describe(v)}`);
  };

  const doc = obj(value, '$');
  if (doc.format !== EXTRACTION_FORMAT) {
    fail('$.format', `expected "${EXTRACTION_FORMAT}", got ${describe(doc.format)}`);
  }
  if (
    doc.formatVersion !== undefined &&
    (typeof doc.formatVersion !== 'string' || !/^1\.\d+$/.test(doc.formatVersion))
  ) {
    fail('$.formatVersion', `expected "1.<minor>", got ${describe(doc.formatVersion)}`);
  }
  const minor = formatMinor(doc);
  const article = obj(doc.article, '$.article');
  str(article.id, '$.article.id');
  for (const key of ['title', 'url', 'publishedAt'] as const) {
    strOrNull(article[key], `$.article.${key}`);
  }

  const ids = new Set<string>();
  arr(doc.entities, '$.entities').forEach((v, i) => {
    const path = `$.entities[${i}]`;
    const e = obj(v, path);
    const id = str(e.id, `${path}.id`);
    if (ids.has(id)) fail(`${path}.id`, `duplicate entity id "${id}"`);
    ids.add(id);
    oneOf(e.type, ENTITY_TYPES, `${path}.type`);
    str(e.name, `${path}.name`);
    arr(e.aliases, `${path}.aliases`).forEach((a, j) => str(a, `${path}.aliases[${j}]`));
    optionalFlag(e.optional, `${path}.optional`);
  });

  const ref = (v: unknown, path: string): void => {
    const id = str(v, path);
    if (!ids.has(id)) fail(path, `no entity has id "${id}"`);
  };
  const refs = (v: unknown, path: string, required: boolean): void => {
    if (v === undefined && !required) return;
    arr(v, path).forEach((id, j) => ref(id, `${path}[${j}]`));
  };

  arr(doc.events, '$.events').forEach((v, i) => {
    const path = `$.events[${i}]`;
    const ev = obj(v, path);
    str(ev.id, `${path}.id`);
    optionalFlag(ev.optional, `${path}.optional`);
    strOrNull(ev.date, `${path}.date`);
    arr(ev.evidence, `${path}.evidence`);
    const kind = eventKinds.find(typeof ev.type === 'string' ? ev.type : '');
    if (kind === undefined) {
      return fail(`${path}.type`, `expected one of ${eventKinds.labels.join(', ')}, got ${describe(ev.type)}`);
    }
    if ((kind.since ?? 0) > minor) {
      fail(`${path}.type`, `${kind.type} events need "formatVersion": "1.${kind.since}" or later`);
    }
    for (const link of kind.links ?? []) {
      const target = ev[link.field];
      if (target !== null && target !== undefined) str(target, `${path}.${link.field}`);
    }
    for (const role of kind.roles) {
      if (role.many) refs(ev[role.field], `${path}.${role.field}`, true);
      else if (ev[role.field] !== null) ref(ev[role.field], `${path}.${role.field}`);
      if (role.optionalField !== undefined) refs(ev[role.optionalField], `${path}.${role.optionalField}`, false);
    }
    for (const a of kind.attributes) {
      if (a.type === 'enum') oneOf(ev[a.field], a.values ?? [], `${path}.${a.field}`);
    }
  });

  arr(doc.relations, '$.relations').forEach((v, i) => {
    const path = `$.relations[${i}]`;
    const r = obj(v, path);
    oneOf(r.type, ['HOLDS_ROLE'], `${path}.type`);
    ref(r.from, `${path}.from`);
    ref(r.to, `${path}.to`);
    str(r.role, `${path}.role`);
    optionalFlag(r.optional, `${path}.optional`);
  });

  // The checks above cover every field the scorer reads.
  return value as ExtractionDocument;
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  const json = JSON.stringify(v);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

function isNotFound(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'ENOENT';
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
