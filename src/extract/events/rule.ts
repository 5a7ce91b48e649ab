/**
 * The one shape of an event rule: it reads one sentence view at a time and returns the event
 * drafts the sentence reports. A rule may complete drafts it returned for earlier sentences
 * ("the strike", "the warrants also name …"), and may complete them all once the whole
 * article is read. A new event kind is one rule file plus its trigger words in data/.
 */

import type { Article, SentenceView } from '../sentence-view.js';
import type { EventDraft } from '../types.js';

export interface EventRule<D extends EventDraft = EventDraft> {
  /** The event kind the rule drafts. */
  readonly kind: D['type'];
  /** Drafts reported in sentence `v`; `earlier` holds this rule's drafts of earlier sentences. */
  find(article: Article, v: SentenceView, earlier: readonly D[]): D[];
  /** Completes the drafts once every sentence is read (targets the text leaves out, …). */
  complete?(drafts: readonly D[], article: Article): void;
}
