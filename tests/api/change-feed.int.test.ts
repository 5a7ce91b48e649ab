/**
 * The change feed against the real Neo4j: what one read returns, from the indexes; a write
 * that commits after a read with a stamp from before it is still delivered (the overlap); and
 * one read per interval however many subscribe.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangeFeed } from '../../src/api/subscriptions/change-feed.js';
import type { ExtractionDocument } from '../../src/contracts/extraction-document.js';
import { readChanges, type GraphChanges, type ReportChange } from '../../src/graph/change-feed.js';
import { subscriptionsActive } from '../../src/metrics/registry.js';
import type { GraphConnection } from '../../src/graph/connection.js';
import { cypher } from '../../src/graph/cypher-registry.js';
import { writeArticleContributions } from '../../src/graph/write-article.js';
import { planOperators, SCAN_OPERATOR } from '../setup/plan-operators.js';
import { ArticleWriter, deleteRun, openTestGraph, runSuffix, warrant } from './api-fixture.js';

const run = runSuffix('feed');
const key = (type: string, name: string): string => `${type}:${`${name}${run}`.toLowerCase().replace(/ /g, '-')}`;
let graph: GraphConnection;
let writer: ArticleWriter;

beforeAll(async () => {
  graph = await openTestGraph();
  writer = new ArticleWriter(graph, run);
});

afterAll(async () => {
  await deleteRun(graph, run);
  await graph.close();
});

const court: [string, 'Court', string] = ['c', 'Court', 'Ostmark Court'];
const ownReports = (changes: GraphChanges): ReportChange[] =>
  changes.reports.filter((report) => report.articleId.startsWith(run));

describe('readChanges', () => {
  it('returns the reports and ingests written since a time, with kind, actors and whether the event is new', async () => {
    const before = await readChanges(graph, null, 0, 10_000);
    const first = await writer.write({
      label: 'first',
      publishedAt: '2025-03-01',
      entities: [court, ['s', 'Person', 'Ada Quill']],
      events: [warrant('c', ['s'])],
    });
    const second = await writer.write({
      label: 'second',
      publishedAt: '2025-03-02',
      entities: [court, ['s', 'Person', 'Ada Quill']],
      events: [warrant('c', ['s'])],
    });
    const changes = await readChanges(graph, before.nowMs, 0, 10_000);
    const reports = ownReports(changes).sort((x, y) => (x.articleId < y.articleId ? -1 : 1));
    expect(
      reports.map(({ articleId, labels, firstReport }) => ({ articleId, labels: labels.sort(), firstReport })),
    ).toEqual([
      { articleId: first, labels: ['Event', 'Warrant'], firstReport: true },
      { articleId: second, labels: ['Event', 'Warrant'], firstReport: false },
    ]);
    expect(reports[0]?.actorKeys.sort()).toEqual([key('court', 'Ostmark Court'), key('person', 'Ada Quill')].sort());
    expect(reports.every((report) => report.atMs >= before.nowMs && report.atMs <= changes.nowMs)).toBe(true);
    expect(
      changes.articles
        .filter((article) => article.id.startsWith(run))
        .map((article) => article.id)
        .sort(),
    ).toEqual([first, second].sort());
    expect(ownReports(await readChanges(graph, changes.nowMs + 1, 0, 10_000))).toEqual([]);
  });

  it('seeks both indexes instead of scanning', async () => {
    const { summary } = await graph.driver.executeQuery(
      `EXPLAIN ${cypher().get('feed/changes')}`,
      { sinceMs: neo4j.int(Date.now()), overlapMs: neo4j.int(1000) },
      { database: graph.database },
    );
    const operators = planOperators(summary.plan);
    expect(operators.filter((operator) => SCAN_OPERATOR.test(operator))).toEqual([]);
    expect(operators.some((operator) => /RelationshipIndexSeekByRange.*REPORTS.*writtenAt/.test(operator))).toBe(true);
    expect(operators.some((operator) => /NodeIndexSeekByRange.*Article.*ingestedAt/.test(operator))).toBe(true);
  });
});

describe('ChangeFeed', () => {
  const document = (id: string, subject: string): ExtractionDocument => ({
    format: 'kg-extraction/1',
    article: { id, title: null, url: null, publishedAt: '2025-03-05', language: 'en' },
    entities: [
      { id: 'c', type: 'Court', name: `Ostmark Court${run}`, aliases: [] },
      { id: 's', type: 'Person', name: `${subject}${run}`, aliases: [] },
    ],
    events: [{ ...warrant('c', ['s']), evidence: [{ text: 'A sentence we made up.', start: 0, end: 22 }] }],
    relations: [],
  });

  it('delivers a write that commits after a read although its stamp is older than that read', async () => {
    let reads = 0;
    const feed = new ChangeFeed({
      pollIntervalMs: 100,
      overlapMs: 5_000,
      read: (sinceMs) => {
        reads++;
        return readChanges(graph, sinceMs, 5_000, 10_000);
      },
      newReads: () => ({}),
    });
    const reports = await feed.reports((report) => report.articleId.startsWith(run));
    const id = `${run}-late`;
    const session = graph.driver.session({ database: graph.database });
    const tx = await session.beginTransaction();
    try {
      await tx.run('CREATE (:Article {id: $id})', { id });
      await writeArticleContributions(
        tx as unknown as ManagedTransaction,
        { id, publishedAt: '2025-03-05' },
        document(id, 'Lev Orn'),
        {
          extractorVersion: 'test',
        },
      );
      // The report is stamped; the feed reads several times before the transaction commits.
      const readsBefore = reads;
      await sleep(600);
      expect(reads - readsBefore).toBeGreaterThanOrEqual(3);
      await tx.commit();
    } finally {
      await session.close();
    }
    const delivered = await Promise.race([reports.next(), sleep(5_000).then(() => 'nothing within 5 s')]);
    expect(delivered).toMatchObject({
      done: false,
      value: { change: { articleId: id, labels: expect.arrayContaining(['Warrant']) } },
    });
    await feed.close();
    expect(await reports.next()).toEqual({ done: true, value: undefined });
  });

  it('counts a subscriber as active only once the first read has marked what was already there', async () => {
    const active = async (): Promise<number> =>
      (await subscriptionsActive.get()).values.find((value) => value.labels.field === 'eventAdded')?.value ?? 0;
    const baseline = await active();
    let openFirstRead!: () => void;
    const firstReadMayRun = new Promise<void>((resolve) => (openFirstRead = resolve));
    const feed = new ChangeFeed({
      pollIntervalMs: 100,
      overlapMs: 5_000,
      read: async (sinceMs) => {
        await firstReadMayRun;
        return readChanges(graph, sinceMs, 5_000, 10_000);
      },
      newReads: () => ({}),
    });
    const subscribing = feed.reports((report) => report.articleId.startsWith(run));
    await sleep(200);
    // A write made now would be read by the first read and taken as already there: not yet active.
    expect(await active()).toBe(baseline);
    openFirstRead();
    const reports = await subscribing;
    expect(await active()).toBe(baseline + 1);
    const id = await writer.write({
      label: 'after-active',
      publishedAt: '2025-03-07',
      entities: [court, ['s', 'Person', 'Ula Venn']],
      events: [warrant('c', ['s'])],
    });
    const delivered = await Promise.race([reports.next(), sleep(5_000).then(() => 'nothing within 5 s')]);
    expect(delivered).toMatchObject({ done: false, value: { change: { articleId: id } } });
    await reports.return?.();
    expect(await active()).toBe(baseline);
    await feed.close();
  });

  it('reads for every subscriber at once, one read at a time, and stops when the last one leaves', async () => {
    let reads = 0;
    let inFlight = 0;
    let mostInFlight = 0;
    // ArticleWriter stamps ingestedAt when its transaction starts: a wide overlap on this busy machine.
    const feed = new ChangeFeed({
      pollIntervalMs: 100,
      overlapMs: 60_000,
      read: async (sinceMs) => {
        reads++;
        mostInFlight = Math.max(mostInFlight, ++inFlight);
        try {
          return await readChanges(graph, sinceMs, 60_000, 10_000);
        } finally {
          inFlight--;
        }
      },
      newReads: () => ({ shared: true }),
    });
    const subscribers = await Promise.all(Array.from({ length: 20 }, () => feed.articles()));
    expect(feed.subscriberCount).toBe(20);
    const id = await writer.write({ label: 'many', publishedAt: '2025-03-06', entities: [court] });
    const received = await Promise.all(subscribers.map((subscriber) => subscriber.next()));
    expect(received.map((result) => result.value?.change.id)).toEqual(Array(20).fill(id));
    // One set of reads for the poll, shared by all twenty.
    const shared = received[0]?.value?.reads();
    expect(received.every((result) => result.value?.reads() === shared)).toBe(true);
    expect(mostInFlight).toBe(1);

    for (const subscriber of subscribers) await subscriber.return?.();
    expect(feed.subscriberCount).toBe(0);
    await sleep(300); // the loop notices at its next turn
    const stopped = reads;
    await sleep(500);
    expect(reads).toBe(stopped);
    await feed.close();
  });
});
