/**
 * The request mix of bench:api: kinds, their shares, and for each request the newsgraph body and
 * the body that asks the peer (bench/peer/type-defs.graphql) the same thing, drawn from one
 * seeded PRNG so that every run sends the same ids in the same order.
 */
import { searchQuery } from '../src/api/lucene.js';
import { actorKey, actorName, type poolSizes } from './api-graph.js';

export type QueryKind = 'warrants' | 'search' | 'actor' | 'strikes' | 'path' | 'articles';

export interface BenchRequest {
  kind: QueryKind;
  /** JSON request bodies, ready to POST. */
  newsgraph: string;
  peer: string;
}

/** A small seeded PRNG (mulberry32), so that every run sends the same requests. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** newsgraph's DATE_DESC order of a page of events, in the peer's sort arguments. */
const PEER_DATE_DESC = '[{ node: { position: ASC } }, { node: { key: ASC } }]';
/** newsgraph's order of an actor's events (undated last, by their window), in the peer's arguments. */
const PEER_ACTOR_EVENTS = '[{ position: ASC }, { dateFrom: DESC }, { key: ASC }]';

interface Maker {
  share: number;
  /** Draws the ids of one request; both bodies are built from them. */
  ids: () => Record<string, string>;
  /** The ids of the two densest requests (index 0 and 1 of a pool are the most linked). */
  densest: Array<Record<string, string>>;
  newsgraph: (ids: Record<string, string>) => object;
  peer: (ids: Record<string, string>) => object;
}

/** The fixed mix: kind, share of requests (percent), and the two bodies for one draw of ids. */
export function queryMix(pools: ReturnType<typeof poolSizes>) {
  const random = rng(42);
  const some = (label: keyof typeof pools, skew = 2): number => Math.floor(pools[label] * random() ** skew);
  const makers: Record<QueryKind, Maker> = {
    // "Who issued warrants for whom", by a court, with subjects and sources.
    warrants: {
      share: 30,
      ids: () => ({ court: actorKey('Court', some('Court')) }),
      densest: [0, 1].map((i) => ({ court: actorKey('Court', i) })),
      newsgraph: (variables) => ({
        query: `query ($court: ID!) { warrants(first: 20, where: { issuer: $court }) { totalCount nodes {
          issuer { name } subjects { name } status date { value precision } charges
          sources(first: 3) { article { title url publishedAt } evidence { text start end } } } } }`,
        variables,
      }),
      peer: (variables) => ({
        query: `query ($court: String!) { courts(where: { key: { eq: $court } }) {
          warrantsIssuedConnection(first: 20, sort: ${PEER_DATE_DESC}) { totalCount edges { node {
            issuers { name } subjects { name } status date datePrecision charges
            reportsConnection(first: 3, sort: [{ node: { publishedAt: ASC } }, { node: { id: ASC } }]) { edges {
              properties { evidenceTexts evidenceStarts evidenceEnds } node { title url publishedAt } } } } } } } }`,
        variables,
      }),
    },
    search: {
      share: 20,
      ids: () => ({ q: actorName('Person', some('Person', 1)).split(' ').slice(0, 2).join(' ') }),
      densest: [0, 1].map((i) => ({ q: actorName('Person', i).split(' ').slice(0, 2).join(' ') })),
      newsgraph: (variables) => ({
        query: `query ($q: String!) { search(query: $q, first: 10) { score actor { __typename name aliases } } }`,
        variables,
      }),
      // The peer's search field takes the Lucene query newsgraph builds, with newsgraph's candidate count.
      peer: ({ q }) => ({
        query: `query ($q: String!) { search(query: $q, first: 10, candidates: 50) { score label name aliases } }`,
        variables: { q: searchQuery(q as string) },
      }),
    },
    // An actor's page: warrants against, meetings, counterparts, roles.
    actor: {
      share: 20,
      ids: () => ({ id: actorKey('Person', some('Person')) }),
      densest: [0, 1].map((i) => ({ id: actorKey('Person', i) })),
      newsgraph: (variables) => ({
        query: `query ($id: ID!) { actor(id: $id) { name aliases
          warrantsAgainst(first: 5) { issuer { name } status date { value } }
          meetings(first: 5) { date { value } participants { name } }
          counterparts(first: 5) { actor { name } meetingCount }
          roles { role holder { name } } } }`,
        variables,
      }),
      peer: (variables) => ({
        query: `query ($id: String!) { people(where: { key: { eq: $id } }) { name aliases
          warrantsAgainst(limit: 5, sort: ${PEER_ACTOR_EVENTS}) { issuers { name } status date }
          meetings(limit: 5, sort: ${PEER_ACTOR_EVENTS}) { date participants { name } }
          counterparts(limit: 5) { name meetingCount }
          rolesConnection(first: 20) { edges { properties { role } node { name } } } } }`,
        variables,
      }),
    },
    strikes: {
      share: 10,
      ids: () => ({ state: actorKey('State', some('State')) }),
      densest: [0, 1].map((i) => ({ state: actorKey('State', i) })),
      newsgraph: (variables) => ({
        query: `query ($state: ID!) { strikes(first: 20, where: { perpetrator: $state }, orderBy: DATE_DESC) {
          pageInfo { hasNextPage endCursor } nodes { date { value } targets { name } locations { name } } } }`,
        variables,
      }),
      peer: (variables) => ({
        query: `query ($state: String!) { states(where: { key: { eq: $state } }) {
          strikesCarriedOutConnection(first: 20, sort: ${PEER_DATE_DESC}) {
            pageInfo { hasNextPage endCursor } edges { node { date targets { name } locations { name } } } } } }`,
        variables,
      }),
    },
    path: {
      share: 10,
      ids: () => ({ from: actorKey('Person', some('Person')), to: actorKey('Person', some('Person')) }),
      densest: [0, 1].map((i) => ({ from: actorKey('Person', i), to: actorKey('Person', i + 1) })),
      newsgraph: (variables) => ({
        query: `query ($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 4) { length
          nodes { __typename ... on Actor { name } } steps { type } } }`,
        variables,
      }),
      peer: (variables) => ({
        query: `query ($from: String!, $to: String!) { path(from: $from, to: $to) { length nodes { label name } steps } }`,
        variables,
      }),
    },
    articles: {
      share: 10,
      ids: () => ({ id: actorKey('State', some('State')) }),
      densest: [0, 1].map((i) => ({ id: actorKey('State', i) })),
      newsgraph: (variables) => ({
        query: `query ($id: ID!) { articles(first: 10, where: { mentions: $id }) { totalCount nodes { title publishedAt } } }`,
        variables,
      }),
      peer: (variables) => ({
        query: `query ($id: String!) { states(where: { key: { eq: $id } }) {
          mentionedInConnection(first: 10, sort: [{ node: { publishedAt: DESC } }, { node: { id: ASC } }]) {
            totalCount edges { node { title publishedAt } } } } }`,
        variables,
      }),
    },
  };
  const request = (kind: QueryKind, ids: Record<string, string>): BenchRequest => {
    const maker = makers[kind];
    return { kind, newsgraph: JSON.stringify(maker.newsgraph(ids)), peer: JSON.stringify(maker.peer(ids)) };
  };
  const draw = (kind: QueryKind): BenchRequest => request(kind, makers[kind].ids());
  const kinds = Object.keys(makers) as QueryKind[];
  const mixed: BenchRequest[] = kinds.flatMap((kind) =>
    Array.from({ length: makers[kind].share * 20 }, () => draw(kind)),
  );
  // A fixed shuffle, so the kinds interleave.
  for (let i = mixed.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [mixed[i], mixed[j]] = [mixed[j] as BenchRequest, mixed[i] as BenchRequest];
  }
  // Drawn once, after the mix: every server and every round gets the same requests.
  const single = Object.fromEntries(
    kinds.map((kind) => [kind, Array.from({ length: 200 }, () => draw(kind))]),
  ) as Record<QueryKind, BenchRequest[]>;
  const shares = Object.fromEntries(kinds.map((kind) => [kind, makers[kind].share])) as Record<QueryKind, number>;
  const densest = Object.fromEntries(
    kinds.map((kind) => [kind, makers[kind].densest.map((ids) => request(kind, ids))]),
  ) as Record<QueryKind, BenchRequest[]>;
  return { kinds, shares, mixed, single, densest };
}
