/**
 * Pass 6: events, sentence by sentence, by the rules of events/ (one per kind, see
 * events/rule.ts): arrest warrants, military strikes, meetings or calls, and arrests, surrenders, transfers and
 * releases (which may add the warrant an arrest executes). Rules may complete an
 * event of an earlier sentence ("the strike", "also attended the meeting") and the drafts of
 * the whole article once every sentence is read.
 */

import { arrestRule } from './events/arrests.js';
import { meetingRule } from './events/meetings.js';
import type { EventRule } from './events/rule.js';
import { strikeRule } from './events/strikes.js';
import { warrantRule } from './events/warrants.js';
import type { Article } from './sentence-view.js';
import type { EventDraft } from './types.js';

/** Every event rule, in the order their events are listed. */
export const EVENT_RULES: readonly EventRule[] = [warrantRule, strikeRule, meetingRule, arrestRule];

export function findEvents(article: Article, rules: readonly EventRule[] = EVENT_RULES): EventDraft[] {
  const drafts = rules.map((): EventDraft[] => []);
  for (const v of article.views) {
    rules.forEach((rule, r) => {
      const found = drafts[r] as EventDraft[];
      found.push(...rule.find(article, v, found));
    });
  }
  rules.forEach((rule, r) => rule.complete?.(drafts[r] as EventDraft[], article));
  return drafts.flat();
}
