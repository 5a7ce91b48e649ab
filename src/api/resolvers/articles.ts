/** Articles and provenance: Article, Source (article + evidence) and the article look-ups. */
import type { ArticleStatus, Resolvers } from '../__generated__/resolvers-types.js';
import { badInput } from '../errors.js';
import { globalIdOf, parseIdOf } from '../global-id.js';
import { pageSize } from '../paging.js';
import type { ArticleRow } from '../rows.js';
import { graphValues } from './enums.js';
import { isNotFound, loadNode } from './node.js';

const DEFAULT_LIST = 20;
const ARTICLE_STATUSES = graphValues('ArticleStatus');
const isArticleStatus = (value: string | null): value is ArticleStatus => value !== null && ARTICLE_STATUSES.has(value);

export const articleResolvers: Resolvers = {
  Article: {
    id: (article) => globalIdOf(article),
    articleId: (article) => article.id,
    status: (article) => (isArticleStatus(article.status) ? article.status : null),
    text: (article, _args, ctx) => ctx.loaders.articleText.load(article.id),
    mentions: (article, { first }, ctx) => ctx.loaders.articleMentions(pageSize(first, DEFAULT_LIST)).load(article.id),
    reports: (article, { first }, ctx) => ctx.loaders.articleReports(pageSize(first, DEFAULT_LIST)).load(article.id),
  },
  Source: {
    article: (source, _args, ctx) => source.article ?? ctx.loaders.article.load(source.articleId),
  },
  Query: {
    article: (_root, { id }, ctx) => loadNode(ctx, parseIdOf(id, 'article', 'id')) as Promise<ArticleRow | null>,
    articleById: async (_root, { articleId }, ctx) => {
      if (articleId.length === 0 || articleId.length > 1000) throw badInput('articleId must be 1 to 1000 characters.');
      try {
        return await ctx.loaders.article.load(articleId);
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },
  },
};
