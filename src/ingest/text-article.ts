/**
 * A .txt article: an optional front matter block (`---`, YAML with id, title, url, publishedAt,
 * `---`) followed by the body, which becomes the article text.
 */
import { parse as parseYaml } from 'yaml';
import { ARTICLE_FIELDS, parseArticleRecord, type ParsedRecord } from '../contracts/article-record.js';
import { describeError } from '../errors.js';

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m;
const FRONT_MATTER_FIELDS = ARTICLE_FIELDS.filter((field) => field !== 'text');

/** Splits off and checks the front matter; the body (trimmed) is the text. */
export function parseTextArticle(content: string): ParsedRecord {
  if (!/^---[ \t]*\r?\n/.test(content)) return parseArticleRecord({ text: content.trim() });
  const match = FRONT_MATTER.exec(content);
  if (!match || match.index !== 0) {
    return { ok: false, problem: 'front matter starts with --- but has no closing --- line' };
  }
  let meta: unknown;
  try {
    meta = parseYaml(match[1] ?? '');
  } catch (error) {
    return { ok: false, problem: `front matter is not valid YAML: ${describeError(error)}` };
  }
  meta ??= {};
  if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) {
    return { ok: false, problem: `front matter must be YAML key: value lines (${FRONT_MATTER_FIELDS.join(', ')})` };
  }
  if ('text' in meta) {
    return { ok: false, problem: 'front matter must not contain text: the article text is what follows the ---' };
  }
  return parseArticleRecord({ ...meta, text: content.slice(match[0].length).trim() });
}
