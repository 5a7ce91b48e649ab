import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isNewsgraphError } from '../../src/errors.js';
import type { ClaimedArticle } from '../../src/queue/article-queue.js';
import { applySchema } from '../../src/graph/apply-schema.js';
import type { GraphConnection } from '../../src/graph/connection.js';
import type { ClaimProcessor } from '../../src/queue/queue-processing.js';
import { defaultProcessor } from '../../src/ingest/process-article.js';
import { REHEARSAL_ARTICLE, rehearseWriter } from '../../src/ingest/rehearse-writer.js';
import { Worker } from '../../src/ingest/worker.js';
import { connectTestGraph, uniqueTestPrefix } from '../setup/test-neo4j.js';
import { silentLog } from './queue-test-helpers.js';

let graph: GraphConnection;
const prefix = uniqueTestPrefix('rehearse');

beforeAll(async () => {
  graph = await connectTestGraph();
  await applySchema(graph);
});

afterAll(async () => {
  await graph.close();
});

/** The processor, recording per article the Cypher statements it ran, and how each call ended. */
function recording(processor: ClaimProcessor) {
  const statements = new Map<string, string[]>();
  const endings: string[] = [];
  const wrapped: ClaimProcessor = async (tx, article) => {
    const ran = statements.get(article.id) ?? [];
    statements.set(article.id, ran);
    const recorder = new Proxy(tx, {
      get(target, property) {
        if (property === 'run') {
          return (query: string, params?: Record<string, unknown>) => {
            ran.push(query);
            return target.run(query, params);
          };
        }
        return Reflect.get(target, property) as unknown;
      },
    });
    try {
      const outcome = await processor(recorder, article);
      endings.push(`returned ${outcome ?? ''}`);
      return outcome;
    } catch (error) {
      endings.push(isNewsgraphError(error) ? error.code : String(error));
      throw error;
    }
  };
  return { wrapped, statements, endings };
}

/** What the rehearsal could have left behind: its article, its people, its resolution locks. */
async function traces(): Promise<number> {
  const { records } = await graph.driver.executeQuery(
    `RETURN COUNT { (a:Article {id: $id}) } + COUNT { (p:Person) WHERE p.name IN $names }
       + COUNT { (l:ResolutionLock) WHERE l.key IN $locks } AS n`,
    {
      id: REHEARSAL_ARTICLE.id,
      names: ['Orla Brightwater', 'Tomas Quillfeather'],
      locks: ['surname:brightwater', 'surname:quillfeather'],
    },
    { database: graph.database },
  );
  return records[0]?.get('n') as number;
}

describe('rehearseWriter', () => {
  it('runs every statement a real write of the same article runs, and leaves nothing behind', async () => {
    const rehearsal = recording(defaultProcessor);
    await rehearseWriter(graph, rehearsal.wrapped);
    const rehearsed = rehearsal.statements.get(REHEARSAL_ARTICLE.id) ?? [];
    // There is no such article: the writer's last statement ran and found no claim to complete.
    expect(rehearsal.endings).toEqual(['QUEUE_CLAIM_LOST']);

    // The same text as a claimed article that exists, written in a transaction rolled back at the end.
    const real = recording(defaultProcessor);
    const article: ClaimedArticle = { ...REHEARSAL_ARTICLE, id: `${prefix}-real`, claimToken: `${prefix}-token` };
    const session = graph.driver.session({ database: graph.database });
    try {
      await session
        .executeWrite(async (tx) => {
          await tx.run("CREATE (:Article {id: $id, status: 'processing', claimToken: $token})", {
            id: article.id,
            token: article.claimToken,
          });
          await real.wrapped(tx, article);
          throw new Error('roll back');
        })
        .catch((error: unknown) => {
          if (!(error instanceof Error) || error.message !== 'roll back') throw error;
        });
    } finally {
      await session.close();
    }
    const written = real.statements.get(article.id) ?? [];

    expect(written.length).toBeGreaterThan(0);
    expect(new Set(rehearsed)).toEqual(new Set(written));
    expect(await traces()).toBe(0);
    // On a fresh test server this plans the writer's statements on a cold JVM: what it is for.
  }, 240_000);
});

describe('Worker with rehearse', () => {
  async function startAndStop(rehearse: boolean): Promise<string[]> {
    const { wrapped, statements } = recording(defaultProcessor);
    await new Worker(graph, {
      workerId: `${prefix}-${rehearse}`,
      batchSize: 1,
      concurrency: 1,
      leaseMs: 60_000,
      pollIntervalMs: 50,
      maxAttempts: 1,
      processor: wrapped,
      log: silentLog,
      // Nothing is queued under this prefix: the worker stops as soon as it finds the queue empty.
      scope: { idPrefix: `${prefix}-none` },
      rehearse,
    }).runUntilIdle();
    return [...statements.keys()];
  }

  it('rehearses the writer before its first claim, and only when asked', async () => {
    expect(await startAndStop(true)).toEqual([REHEARSAL_ARTICLE.id]);
    expect(await startAndStop(false)).toEqual([]);
    expect(await traces()).toBe(0);
  });
});
