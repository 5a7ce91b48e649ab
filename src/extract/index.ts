/**
 * The offline, rule-based extractor: an English news article in, a `kg-extraction/1` document
 * out. Pure and deterministic: no I/O, no network, the same document for the same input.
 */

import { normalizeText } from './01-normalize.js';
import { splitSentences } from './02-sentences.js';
import { findMentions } from './03-mentions.js';
import { resolveEntities } from './04-entities.js';
import { findRoles } from './05-roles.js';
import { dateRoles } from './role-dates.js';
import { findEvents } from './06-events.js';
import { dateEvents } from './07-dates.js';
import { assembleDocument } from './08-document.js';
import { articleIdForText } from '../contracts/article-id.js';
import { EXTRACTION_FORMAT, type ArticleMeta, type ExtractionDocument } from '../contracts/extraction-document.js';
import { type Article, buildViews } from './sentence-view.js';

// Recorded on every Article; raised when extraction changes, so older articles can be found.
export const EXTRACTOR_VERSION = '0.3.0';

export interface ExtractMeta {
  id?: string;
  title?: string | null;
  url?: string | null;
  publishedAt?: string | null;
}

/**
 * Extracts entities, events and roles from one article. Never throws: should a pass fail on
 * some unforeseen input, the result is a valid document without entities.
 */
export function extract(text: string, meta: ExtractMeta = {}): ExtractionDocument {
  const input = typeof text === 'string' ? text : '';
  try {
    return extractDocument(input, meta);
  } catch {
    return emptyDocument(articleMeta(input, meta));
  }
}

/** The pipeline itself, without the safety net: tests call it so that failures show. */
export function extractDocument(text: string, meta: ExtractMeta = {}): ExtractionDocument {
  // 1. Normalise quotes, spaces and markup without moving any character.
  const normalized = normalizeText(text);
  const article = articleMeta(text, meta);
  // 2. Sentences and their tokens.
  const sentences = splitSentences(normalized.text, normalized.limit);
  // 3. Mentions: gazetteer phrases, titles, composed names, capitalised sequences.
  const mentions = findMentions(sentences);
  // 4. Entities: canonical names, demonyms, epithets, people's full names.
  const resolved = resolveEntities(mentions, sentences);
  const counts = new Map<number, number>();
  for (const e of resolved.entities) counts.set(e.index, e.mentionCount);
  const view: Article = {
    views: buildViews(sentences, resolved.mentions),
    entities: resolved.entities,
    count: (e) => counts.get(e) ?? 0,
  };
  // 5. Who holds which office, and what the text says of its time ("former", "since 2019").
  const roles = dateRoles(findRoles(view), view, normalized.text, article.publishedAt);
  // 6. Warrants, strikes, meetings.
  const events = findEvents(view);
  // 7. Dates, read against the publication date.
  const dates = dateEvents(events, sentences, normalized.text, article.publishedAt);
  // 8. The document, with duplicate events merged.
  return assembleDocument({ original: text, article, sentences, entities: resolved.entities, roles, events, dates });
}

/** The caller's metadata; without an id, the same id ingestion gives the text (article-id.ts). */
function articleMeta(text: string, meta: ExtractMeta): ArticleMeta {
  const published =
    typeof meta.publishedAt === 'string' ? (/^\d{4}-\d{2}-\d{2}/.exec(meta.publishedAt)?.[0] ?? null) : null;
  return {
    id: typeof meta.id === 'string' && meta.id.length > 0 ? meta.id : articleIdForText(text),
    title: typeof meta.title === 'string' ? meta.title : null,
    url: typeof meta.url === 'string' ? meta.url : null,
    publishedAt: published,
    language: 'en',
  };
}

function emptyDocument(article: ArticleMeta): ExtractionDocument {
  return { format: EXTRACTION_FORMAT, article, entities: [], events: [], relations: [] };
}
