import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/extract/01-normalize.js';
import { splitSentences } from '../../src/extract/02-sentences.js';
import { findMentions } from '../../src/extract/03-mentions.js';
import { resolveEntities } from '../../src/extract/04-entities.js';
import { eventKinds } from '../../src/events/index.js';
import { EVENT_RULES, findEvents } from '../../src/extract/06-events.js';
import type { EventRule } from '../../src/extract/events/rule.js';
import { type Article, buildViews } from '../../src/extract/sentence-view.js';
import type { MeetingDraft } from '../../src/extract/types.js';
import { NAME_PARTICLES } from '../../src/extract/data/words.js';
import { surnameKey } from '../../src/graph/keys.js';

function articleOf(text: string): Article {
  const normalized = normalizeText(text);
  const sentences = splitSentences(normalized.text, normalized.limit);
  const resolved = resolveEntities(findMentions(sentences), sentences);
  return { views: buildViews(sentences, resolved.mentions), entities: resolved.entities, count: () => 1 };
}

describe('event rules', () => {
  it('has one rule per event kind', () => {
    const kinds = EVENT_RULES.map((r) => r.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect([...kinds].sort()).toEqual([...eventKinds.labels].sort());
  });

  it('gives a rule every sentence in order with its own earlier drafts, then completes them once', () => {
    const seen: Array<{ sentence: number; earlier: number }> = [];
    let completed = 0;
    const rule: EventRule<MeetingDraft> = {
      kind: 'Meeting',
      find: (_article, v, earlier) => {
        seen.push({ sentence: v.sentence.index, earlier: earlier.length });
        return [
          {
            type: 'Meeting',
            participants: [],
            locations: [],
            mode: 'unknown',
            topic: null,
            sentences: [v.sentence.index],
            triggerAt: v.sentence.start,
          },
        ];
      },
      complete: (drafts) => {
        completed += drafts.length;
      },
    };
    const drafts = findEvents(articleOf('Lena Ross spoke. Omar Haddad listened. Both left.'), [rule]);
    expect(seen).toEqual([
      { sentence: 0, earlier: 0 },
      { sentence: 1, earlier: 1 },
      { sentence: 2, earlier: 2 },
    ]);
    expect(drafts.map((d) => d.sentences[0])).toEqual([0, 1, 2]);
    expect(completed).toBe(3);
  });
});

describe('word lists defined once', () => {
  it('gives the graph the extractor’s name particles', () => {
    for (const particle of ['ben', 'abd', 'van', 'der']) expect(NAME_PARTICLES.has(particle)).toBe(true);
    expect(surnameKey('Ruth ben Ami')).toBe('ami');
    expect(surnameKey('Karim abd Salam')).toBe('salam');
  });
});
