/**
 * A sentence as the role and event passes read it: its tokens with the resolved mention that
 * covers each token, and small helpers for walking phrases.
 */

import type { EntityType } from '../contracts/extraction-document.js';
import type { EntityDraft, Mention, Sentence, Token } from './types.js';
import { CLAUSE_BREAKS } from './data/grammar.js';

export interface SentenceView {
  sentence: Sentence;
  tokens: readonly Token[];
  /** Whole-token mentions (entities, titles, honorifics) in order. */
  mentions: readonly Mention[];
  /** Entity mentions inside hyphenated words ("Qatar" in "Qatar-based"). */
  parts: readonly Mention[];
  /** The whole-token mention covering each token. */
  at: ReadonlyArray<Mention | undefined>;
}

export function buildViews(sentences: readonly Sentence[], mentions: readonly Mention[]): SentenceView[] {
  const views: SentenceView[] = sentences.map((sentence) => ({
    sentence,
    tokens: sentence.tokens,
    mentions: [],
    parts: [],
    at: new Array<Mention | undefined>(sentence.tokens.length).fill(undefined),
  }));
  for (const m of mentions) {
    const v = views[m.sentence];
    if (v === undefined) continue;
    if (m.compound !== undefined) {
      (v.parts as Mention[]).push(m);
      continue;
    }
    (v.mentions as Mention[]).push(m);
    for (let i = m.tok; i < m.tokEnd; i++) (v.at as Array<Mention | undefined>)[i] = m;
  }
  return views;
}

export interface Article {
  views: readonly SentenceView[];
  entities: readonly EntityDraft[];
  /** Mentions of each entity across the article: salience. */
  count: (entity: number) => number;
}

export function typeOf(article: Article, m: Mention | undefined): EntityType | null {
  if (m === undefined || m.kind !== 'entity' || m.entity === undefined) return null;
  return article.entities[m.entity]?.type ?? null;
}

export function isClauseBreak(t: Token | undefined): boolean {
  return t === undefined || CLAUSE_BREAKS.has(t.text);
}
