/**
 * Checks one submitted article record (a JSON line, or a text file's front matter plus body)
 * and turns it into an ArticleInput, or into a message that names the field, the problem and
 * the value given.
 */
import { z } from 'zod';
import { articleIdForText } from './article-id.js';
import type { ArticleInput } from './article-input.js';

/** Largest article text accepted (UTF-8 bytes). */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
const MAX_ID_CHARS = 512;
const MAX_TITLE_CHARS = 2_000;
const MAX_URL_CHARS = 4_000;
/** How much of a bad value an error message quotes. */
const QUOTED_VALUE_CHARS = 80;

export const ARTICLE_FIELDS = ['id', 'title', 'url', 'publishedAt', 'text'] as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** Half of a UTF-16 surrogate pair without its other half: not a character, in no encoding. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Rejects text that is not valid Unicode (JSON can carry a lone surrogate as `\uD800`) instead of storing U+FFFD for it. */
function wellFormed(schema: z.ZodString) {
  return schema.superRefine((value, context) => {
    const match = LONE_SURROGATE.exec(value);
    if (match) {
      const unit = match[0].charCodeAt(0).toString(16).toUpperCase();
      context.addIssue({
        code: 'custom',
        message: `is not valid Unicode: a lone surrogate \\u${unit} at character ${match.index}`,
      });
    }
  });
}

/** Empty or blank optional strings mean "not given". */
const optionalText = (maxChars: number) =>
  wellFormed(z.string({ error: 'must be a string' }))
    .trim()
    .max(maxChars, `must be at most ${maxChars} characters`)
    .nullish()
    .transform((value) => (value ? value : null));

const articleRecordSchema = z.strictObject({
  id: z
    .union([wellFormed(z.string()), z.number().int()], { error: 'must be a string' })
    .transform((value) => String(value).trim())
    .pipe(z.string().max(MAX_ID_CHARS, `must be at most ${MAX_ID_CHARS} characters`))
    .nullish()
    .transform((value) => (value ? value : null)),
  title: optionalText(MAX_TITLE_CHARS),
  url: optionalText(MAX_URL_CHARS).refine((value) => value === null || isHttpUrl(value), 'must be an http(s) URL'),
  publishedAt: z
    .string({ error: 'must be YYYY-MM-DD' })
    .trim()
    .regex(ISO_DATE, 'must be YYYY-MM-DD')
    .refine(isRealDate, 'must be a real calendar date')
    .nullish()
    .transform((value) => value ?? null),
  text: wellFormed(z.string({ error: 'must be a non-empty string' }))
    .refine((value) => value.trim() !== '', 'must be a non-empty string')
    .refine(
      (value) => Buffer.byteLength(value, 'utf8') <= MAX_ARTICLE_BYTES,
      `must be at most ${MAX_ARTICLE_BYTES / 1024 / 1024} MB`,
    ),
});

export type ParsedRecord = { ok: true; input: ArticleInput } | { ok: false; problem: string };

/** Validates a record; the id defaults to the hash of the normalised text. */
export function parseArticleRecord(raw: unknown): ParsedRecord {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      ok: false,
      problem: `expected a JSON object with ${ARTICLE_FIELDS.join(', ')}, got ${describeValue(raw)}`,
    };
  }
  const parsed = articleRecordSchema.safeParse(raw);
  if (!parsed.success) {
    // One problem per field: a date that is not YYYY-MM-DD need not also be called unreal.
    const firstPerField = new Map<string, z.core.$ZodIssue>();
    for (const issue of parsed.error.issues) {
      const key = issue.path.map(String).join('.');
      if (!firstPerField.has(key)) firstPerField.set(key, issue);
    }
    return { ok: false, problem: [...firstPerField.values()].map((issue) => describeIssue(issue, raw)).join('; ') };
  }
  const { id, title, url, publishedAt, text } = parsed.data;
  return { ok: true, input: { id: id ?? articleIdForText(text), title, url, publishedAt, text } };
}

function describeIssue(issue: z.core.$ZodIssue, raw: object): string {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => JSON.stringify(key)).join(', ');
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${keys} (allowed: ${ARTICLE_FIELDS.join(', ')})`;
  }
  const field = issue.path.map(String).join('.');
  const value: unknown = issue.path.length > 0 ? (raw as Record<string, unknown>)[String(issue.path[0])] : raw;
  if (value === undefined) return `${field} is missing`;
  // Never quote a whole oversized text back.
  if (field === 'text' && typeof value === 'string' && value.trim() !== '') return `${field} ${issue.message}`;
  return `${field} ${issue.message}, got ${describeValue(value)}`;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = jsonPreview(value, QUOTED_VALUE_CHARS);
  return json.length > QUOTED_VALUE_CHARS ? `${json.slice(0, QUOTED_VALUE_CHARS)}…` : json;
}

/**
 * The start of a value written as JSON, a little over `max` characters at most. It stops there,
 * where JSON.stringify would walk the whole value first: a line nested 20,000 arrays deep
 * overflowed the stack.
 */
function jsonPreview(value: unknown, max: number): string {
  let out = '';
  const write = (inner: unknown): void => {
    if (out.length > max) return;
    if (Array.isArray(inner)) {
      out += '[';
      for (const [index, item] of inner.entries()) {
        if (out.length > max) return;
        if (index > 0) out += ',';
        write(item);
      }
      out += ']';
    } else if (inner !== null && typeof inner === 'object') {
      out += '{';
      for (const [index, [key, item]] of Object.entries(inner).entries()) {
        if (out.length > max) return;
        out += `${index > 0 ? ',' : ''}${JSON.stringify(key.slice(0, max))}:`;
        write(item);
      }
      out += '}';
    } else {
      // JSON.stringify gives undefined for functions and symbols, which JSON input never holds.
      out += JSON.stringify(typeof inner === 'string' ? inner.slice(0, max) : inner) ?? typeof inner;
    }
  };
  write(value);
  return out;
}
