#!/usr/bin/env node
/**
 * warrant-watch: lists who issued arrest warrants for whom, then prints new warrants as
 * articles report them, live. A small downstream app of newsgraph built on @newsgraph/client.
 *
 *   warrant-watch [--url http://127.0.0.1:4000/graphql] [--issuer court:international-criminal-court]
 *                 [--exit-after N]
 *
 * The API key, when the server needs one, comes from NEWSGRAPH_API_KEY.
 */
import { parseArgs } from 'node:util';
import {
  createNewsgraphClient,
  EventAddedDocument,
  WarrantsDocument,
  type EventAddedSubscription,
  type WarrantsQuery,
  type WarrantSummaryFragment,
} from '@newsgraph/client';
import WebSocket from 'ws';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: process.env.NEWSGRAPH_URL ?? 'http://127.0.0.1:4000/graphql' },
    issuer: { type: 'string' },
    'exit-after': { type: 'string' },
  },
});
const exitAfter = values['exit-after'] === undefined ? Infinity : Number(values['exit-after']);
if (!(exitAfter >= 1)) {
  console.error(`warrant-watch: --exit-after must be a positive number, got ${values['exit-after']}`);
  process.exit(2);
}

const client = createNewsgraphClient({
  url: values.url,
  webSocketImpl: WebSocket, // Node 20 has no global WebSocket
  ...(process.env.NEWSGRAPH_API_KEY ? { apiKey: process.env.NEWSGRAPH_API_KEY } : {}),
});

/** "International Criminal Court → Benjamin Netanyahu (ISSUED, 2024-11-21; war crimes)" */
function describe(warrant: WarrantSummaryFragment): string {
  const issuer = warrant.issuer?.name ?? 'unknown issuer';
  const subjects = warrant.subjects.map((subject) => subject.name).join(', ');
  const details = [warrant.status, warrant.date?.value, warrant.charges.join(', ')].filter(Boolean).join('; ');
  return `${issuer} → ${subjects} (${details})`;
}

async function listWarrants(): Promise<number> {
  let after: string | null = null;
  let count = 0;
  do {
    const { warrants }: WarrantsQuery = await client.request(WarrantsDocument, {
      where: values.issuer ? { issuer: values.issuer } : null,
      first: 100,
      after,
      sources: 1,
    });
    for (const warrant of warrants.nodes) console.log(describe(warrant));
    count += warrants.nodes.length;
    after = warrants.pageInfo.hasNextPage ? warrants.pageInfo.endCursor : null;
  } while (after !== null);
  return count;
}

function describeLive({ eventAdded }: EventAddedSubscription): string | undefined {
  const { event, article, firstReport, evidence } = eventAdded;
  if (event.__typename !== 'Warrant') return undefined;
  const what = firstReport ? 'new warrant' : 'reported again';
  const source = article.title ?? article.articleId;
  return `${what}: ${describe(event)} — ${source}${evidence[0] ? `: "${evidence[0].text}"` : ''}`;
}

async function watch(): Promise<void> {
  let seen = 0;
  const live = client.subscribe(EventAddedDocument, {
    types: ['WARRANT'],
    ...(values.issuer ? { actor: values.issuer } : {}),
  });
  process.once('SIGINT', () => void live.return?.());
  for await (const change of live) {
    const line = describeLive(change);
    if (line === undefined) continue;
    console.log(line);
    if (++seen >= exitAfter) break;
  }
}

try {
  const count = await listWarrants();
  console.log(`${count} warrant${count === 1 ? '' : 's'}. Watching for new ones (Ctrl-C to stop)…`);
  await watch();
} catch (error) {
  console.error(`warrant-watch: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await client.close();
}
