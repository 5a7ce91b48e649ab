/**
 * Pass 6: events, sentence by sentence: arrest warrants (events/warrants.ts), military strikes
 * (events/strikes.ts), meetings or calls (events/meetings.ts), and arrests, surrenders, transfers
 * and releases (events/arrests.ts, which may add the warrant an arrest executes). Frames may complete an
 * event of an earlier sentence ("the strike", "among those targeted", "also attended the
 * meeting"). Strikes whose target the text leaves out are completed last (inferTargets).
 */

import { findArrests } from './events/arrests.js';
import { findMeetings } from './events/meetings.js';
import { findStrikes, inferTargets } from './events/strikes.js';
import { findWarrants } from './events/warrants.js';
import type { Article } from './sentence-view.js';
import type { EventDraft, MeetingDraft, StrikeDraft, WarrantDraft } from './types.js';

export function findEvents(article: Article): EventDraft[] {
  const warrants: WarrantDraft[] = [];
  const strikes: StrikeDraft[] = [];
  const meetings: MeetingDraft[] = [];
  const arrests: EventDraft[] = [];
  for (const v of article.views) {
    warrants.push(...findWarrants(article, v, warrants[warrants.length - 1]));
    strikes.push(...findStrikes(article, v, strikes));
    meetings.push(...findMeetings(article, v, meetings));
    arrests.push(...findArrests(article, v));
  }
  inferTargets(strikes, article);
  return [...warrants, ...strikes, ...meetings, ...arrests];
}
