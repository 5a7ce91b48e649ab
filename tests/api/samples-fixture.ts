/**
 * The sample articles of samples/ run through the real extractor and graph writer, under
 * article ids of the caller's own, and taken out again with the writer's own removal (which
 * keeps whatever other articles support).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { extract, EXTRACTOR_VERSION } from '../../src/extract/index.js';
import type { GraphConnection } from '../../src/graph/connection.js';
import { awaitSearchIndex } from '../../src/graph/search-index.js';
import { withdrawArticleContributions, writeArticleContributions } from '../../src/graph/write-article.js';
import { parseTextArticle } from '../../src/ingest/text-article.js';
import { projectRoot } from '../../src/project-root.js';

export async function ingestSamples(graph: GraphConnection, idPrefix: string): Promise<string[]> {
  const dir = join(projectRoot(), 'samples');
  const ids: string[] = [];
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()) {
    const parsed = parseTextArticle(readFileSync(join(dir, file), 'utf8'));
    if (!parsed.ok) throw new Error(`${file}: ${parsed.problem}`);
    const { title, url, publishedAt, text } = parsed.input;
    const id = `${idPrefix}-${basename(file, '.txt')}`;
    const document = extract(text, { id, title, url, publishedAt });
    const session = graph.driver.session({ database: graph.database });
    try {
      await session.executeWrite(async (tx) => {
        await tx.run(
          `MERGE (a:Article {id: $id})
           SET a.title = $title, a.url = $url, a.text = $text, a.status = 'done', a.ingestedAt = datetime(),
               a.publishedAt = CASE WHEN $publishedAt IS NULL THEN null ELSE date($publishedAt) END`,
          { id, title, url, text, publishedAt },
        );
        await writeArticleContributions(tx, { id, publishedAt }, document, { extractorVersion: EXTRACTOR_VERSION });
      });
    } finally {
      await session.close();
    }
    ids.push(id);
  }
  await awaitSearchIndex(graph);
  return ids;
}

/**
 * Withdraws every article whose id starts with the prefix as the writer does before a revision,
 * refreshes what it touched, and deletes it: found by prefix, so a run that failed half-way
 * leaves nothing behind either.
 */
export async function removeArticles(graph: GraphConnection, idPrefix: string): Promise<void> {
  const { records } = await graph.driver.executeQuery(
    'MATCH (a:Article) WHERE a.id STARTS WITH $prefix RETURN a.id AS id',
    { prefix: `${idPrefix}-` },
    { database: graph.database },
  );
  for (const articleId of records.map((record) => String(record.get('id')))) {
    const session = graph.driver.session({ database: graph.database });
    try {
      await session.executeWrite(async (tx) => {
        // The writer's own revision to nothing: what other articles support stays, refreshed.
        await withdrawArticleContributions(tx, articleId);
        await tx.run('MATCH (a:Article {id: $articleId}) DETACH DELETE a', { articleId });
      });
    } finally {
      await session.close();
    }
  }
}
