/**
 * The DataLoaders of one request: one per relationship kind (and per page size asked for), so
 * every field of every parent at one depth of a query shares one Cypher round trip. They live
 * as long as the request: results are never cached across requests.
 */
import type DataLoader from 'dataloader';
import type { ApiDb } from '../db.js';
import type {
  ActorRow,
  ArticleReportRow,
  ArticleRow,
  CounterpartRow,
  EventActorRow,
  EventLinkRow,
  EventRow,
  RoleRow,
  SourceRow,
} from '../rows.js';
import { actorCounterparts } from './actor-counterparts.js';
import { actorEvents, type ActorEventRelation } from './actor-events.js';
import { actorMentionedIn } from './actor-mentioned-in.js';
import { actorRoles } from './actor-roles.js';
import { actorsByKey } from './actors-by-key.js';
import { articleMentions } from './article-mentions.js';
import { articleReports } from './article-reports.js';
import { articleTexts } from './article-texts.js';
import { articlesById } from './articles-by-id.js';
import { perOptions } from './batch.js';
import { eventActors } from './event-actors.js';
import { eventLinks } from './event-links.js';
import { eventSources } from './event-sources.js';
import { eventsByKey } from './events-by-key.js';

export interface Loaders {
  actor: DataLoader<string, ActorRow>;
  event: DataLoader<string, EventRow>;
  article: DataLoader<string, ArticleRow>;
  articleText: DataLoader<string, string | null>;
  eventActors: DataLoader<string, EventActorRow[]>;
  eventLinks: DataLoader<string, EventLinkRow[]>;
  eventSources: (first: number) => DataLoader<string, SourceRow[]>;
  actorEvents: (options: { relation: ActorEventRelation; first: number }) => DataLoader<string, EventRow[]>;
  counterparts: (first: number) => DataLoader<string, CounterpartRow[]>;
  roles: (options: { side: 'held' | 'in'; first: number; current: boolean | null }) => DataLoader<string, RoleRow[]>;
  mentionedIn: (first: number) => DataLoader<string, ArticleRow[]>;
  articleMentions: (first: number) => DataLoader<string, ActorRow[]>;
  articleReports: (first: number) => DataLoader<string, ArticleReportRow[]>;
}

export function createLoaders(db: ApiDb): Loaders {
  const article = articlesById(db);
  // An article read along with something else need not be read again for Source.article.
  const primeArticle = (row: ArticleRow): void => {
    article.prime(row.id, row);
  };
  return {
    actor: actorsByKey(db),
    event: eventsByKey(db),
    article,
    articleText: articleTexts(db),
    eventActors: eventActors(db),
    eventLinks: eventLinks(db),
    eventSources: perOptions((first: number) => eventSources(db, first, primeArticle)),
    actorEvents: perOptions((options: { relation: ActorEventRelation; first: number }) => actorEvents(db, options)),
    counterparts: perOptions((first: number) => actorCounterparts(db, first)),
    roles: perOptions((options: { side: 'held' | 'in'; first: number; current: boolean | null }) =>
      actorRoles(db, options),
    ),
    mentionedIn: perOptions((first: number) => actorMentionedIn(db, first, primeArticle)),
    articleMentions: perOptions((first: number) => articleMentions(db, first)),
    articleReports: perOptions((first: number) => articleReports(db, first)),
  };
}
