/**
 * Writes: submitArticle (queue) and ingestArticle (now), through the IngestService the server
 * was given. Both check the API key first, then the input; the service does the rest.
 */
import type { ArticleInput } from '../../contracts/article-input.js';
import { parseArticleRecord } from '../../contracts/article-record.js';
import { eventKinds } from '../../events/index.js';
import { membersOf } from '../../events/kind.js';
import type { Entity, ExtractedEvent } from '../../contracts/extraction-document.js';
import type { ArticleInput as ArticleInputArgs, Resolvers } from '../__generated__/resolvers-types.js';
import { assertMayWrite } from '../auth.js';
import type { ApiContext } from '../context.js';
import { badInput } from '../errors.js';
import type { EventRelationship, ExtractedEventActorRow, ExtractedEventRow } from '../rows.js';
import { isNotFound } from './node.js';

/** The API takes smaller articles than the CLI does: a request body is read before auth. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

/** The input as ingestion takes it (the CLI's own checks and id rule), or BAD_USER_INPUT naming the problem. */
export function checkArticleInput(input: ArticleInputArgs): ArticleInput {
  if (Buffer.byteLength(input.text, 'utf8') > MAX_ARTICLE_BYTES) {
    throw badInput(`input.text is larger than ${MAX_ARTICLE_BYTES} bytes.`, { argument: 'input.text' });
  }
  const parsed = parseArticleRecord({
    id: input.id ?? undefined,
    title: input.title ?? undefined,
    url: input.url ?? undefined,
    publishedAt: input.publishedAt ?? undefined,
    text: input.text,
  });
  if (!parsed.ok) throw badInput(`input: ${parsed.problem}.`, { argument: 'input' });
  return parsed.input;
}

async function articleOrNull(ctx: ApiContext, id: string) {
  try {
    return await ctx.loaders.article.load(id);
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

/** The actors of an extracted event by role, in the graph's relationship names. */
function rolesOf(event: ExtractedEvent): Array<{ role: EventRelationship; ref: string }> {
  const fields = event as unknown as Record<string, unknown>;
  return (eventKinds.find(event.type)?.roles ?? []).flatMap((role) =>
    membersOf(fields[role.field] as string | string[] | null).map((ref) => ({ role: role.edge, ref })),
  );
}

/** An extracted event's attribute, where its kind has it: null (or no values) otherwise. */
const attributeOf =
  (field: string, type: 'enum' | 'text' | 'list') =>
  ({ event }: ExtractedEventRow): unknown => {
    const has = eventKinds.find(event.type)?.attributes.some((a) => a.field === field) ?? false;
    const value = has ? (event as unknown as Record<string, unknown>)[field] : undefined;
    return value ?? (type === 'list' ? [] : null);
  };

export const mutationResolvers: Resolvers = {
  Mutation: {
    submitArticle: async (_root, { input }, ctx) => {
      assertMayWrite(ctx.auth, ctx.auth.credential);
      const { id, outcome } = await ctx.ingest.submit(checkArticleInput(input));
      return { articleId: id, outcome };
    },
    ingestArticle: async (_root, { input }, ctx) => {
      assertMayWrite(ctx.auth, ctx.auth.credential);
      return ctx.ingest.ingestNow(checkArticleInput(input));
    },
  },
  SubmitArticlePayload: {
    article: (payload, _args, ctx) => articleOrNull(ctx, payload.articleId),
  },
  IngestArticlePayload: {
    article: (payload, _args, ctx) => articleOrNull(ctx, payload.articleId),
    entities: (payload) => payload.document.entities,
    events: (payload) => {
      const entities = new Map<string, Entity>(payload.document.entities.map((entity) => [entity.id, entity]));
      return payload.document.events.map((event) => ({ event, entities }));
    },
  },
  ExtractedEvent: {
    type: ({ event }) => event.type,
    date: ({ event }) => event.date,
    ...(Object.fromEntries(
      eventKinds.attributes.map((a) => [a.graphql.field, attributeOf(a.field, a.type)]),
    ) as Resolvers['ExtractedEvent']),
    evidence: ({ event }) => event.evidence,
    actors: ({ event, entities }) =>
      rolesOf(event).flatMap(({ role, ref }): ExtractedEventActorRow[] => {
        const entity = entities.get(ref);
        return entity ? [{ role, entity }] : [];
      }),
  },
  ExtractedEventActor: {
    name: ({ entity }) => entity.name,
    type: ({ entity }) => entity.type,
  },
};
