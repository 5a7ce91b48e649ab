/**
 * The read API end to end over HTTP against the real Neo4j: a small fictional world written by
 * the graph writer, then asked the questions users ask: who issued warrants for whom, what an
 * actor did, what an event's sources say, look-ups by id and by name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/api/global-id.js';
import type { GraphConnection } from '../../src/graph/connection.js';
import {
  ArticleWriter,
  deleteRun,
  meeting,
  openTestGraph,
  role,
  runSuffix,
  startTestApi,
  strike,
  warrant,
  type TestApi,
  type Json,
} from './api-fixture.js';

const run = runSuffix('q');
let graph: GraphConnection;
let api: TestApi;
let writer: ArticleWriter;
const n = (name: string): string => `${name}${run}`;
const key = (type: string, name: string): string => `${type}:${n(name).toLowerCase().replace(/ /g, '-')}`;

beforeAll(async () => {
  graph = await openTestGraph();
  writer = new ArticleWriter(graph, run);
  await writer.write({
    label: 'warrants',
    publishedAt: '2024-11-21',
    title: 'Court issues warrants',
    text: 'The Veldmark Criminal Court issued arrest warrants for Tomas Brek and Anna Vold.',
    entities: [
      ['c', 'Court', 'Veldmark Criminal Court', ['VCC']],
      ['s1', 'Person', 'Tomas Brek'],
      ['s2', 'Person', 'Anna Vold'],
      ['p', 'Person', 'Ilse Marren'],
    ],
    events: [warrant('c', ['s1', 's2'], { date: '2024-11-21', charges: ['murder', 'persecution'] })],
    relations: [role('p', 'c', 'chief prosecutor')],
  });
  await writer.write({
    label: 'request',
    publishedAt: '2024-05-20',
    title: 'Prosecutor applies for warrants',
    entities: [
      ['c', 'Court', 'Veldmark Criminal Court', ['VCC']],
      ['s1', 'Person', 'Tomas Brek'],
      ['s3', 'Person', 'Oren Kast'],
      ['p', 'Person', 'Ilse Marren'],
    ],
    events: [warrant('c', ['s1', 's3'], { status: 'requested', date: '2024-05', charges: ['murder'] })],
    relations: [role('p', 'c', 'chief prosecutor')],
  });
  await writer.write({
    label: 'strike',
    publishedAt: '2025-09-10',
    entities: [
      ['x', 'State', 'Norland'],
      ['y', 'Organization', 'Sudrian Front'],
      ['g', 'Place', 'Port Avel'],
      ['k', 'Person', 'Oren Kast'],
    ],
    events: [strike(['x'], ['y'], ['g'], '2025-09-09', ['k'])],
  });
  await writer.write({
    label: 'call',
    publishedAt: '2024-04-05',
    entities: [
      ['a', 'Person', 'Tomas Brek'],
      ['b', 'Person', 'Karl Dunn'],
    ],
    events: [meeting(['a', 'b'], '2024-04-04')],
  });
  api = await startTestApi(graph);
});

afterAll(async () => {
  await api?.close();
  await deleteRun(graph, run);
  await graph.close();
});

describe('who issued warrants for whom', () => {
  it('lists the court as issuer of each subject, with status, date, charges and sources', async () => {
    const court = toGlobalId('Court', key('court', 'Veldmark Criminal Court'));
    const { data, errors } = await api.gql(
      `query ($court: ID!) {
        warrants(where: { issuer: $court }, orderBy: DATE_DESC) {
          totalCount
          nodes {
            issuer { __typename name }
            subjects { name }
            status
            date { value precision from to }
            charges
            sources { article { articleId title publishedAt } evidence { text start end } }
          }
        }
      }`,
      { court },
    );
    expect(errors).toBeUndefined();
    const rows = data.warrants.nodes.map((w: Json) => ({
      issuer: w.issuer.name,
      subject: w.subjects.map((s: Json) => s.name).join(),
      status: w.status,
      date: w.date?.value,
    }));
    expect(rows).toEqual([
      { issuer: n('Veldmark Criminal Court'), subject: n('Anna Vold'), status: 'ISSUED', date: '2024-11-21' },
      { issuer: n('Veldmark Criminal Court'), subject: n('Tomas Brek'), status: 'ISSUED', date: '2024-11-21' },
      { issuer: n('Veldmark Criminal Court'), subject: n('Oren Kast'), status: 'REQUESTED', date: '2024-05' },
    ]);
    expect(data.warrants.totalCount).toBe(3);
    const brek = data.warrants.nodes[1];
    expect(brek.issuer.__typename).toBe('Court');
    expect(brek.date).toEqual({ value: '2024-11-21', precision: 'DAY', from: '2024-11-21', to: '2024-11-21' });
    expect(brek.charges).toEqual(['murder', 'persecution']);
    // Reported twice: requested in May, issued in November; earliest source first.
    expect(brek.sources.map((s: Json) => s.article.title)).toEqual([
      'Prosecutor applies for warrants',
      'Court issues warrants',
    ]);
    expect(brek.sources[1].evidence[0]).toMatchObject({ start: 0, text: expect.stringContaining('arrest warrants') });
    expect(data.warrants.nodes[2].date).toEqual({
      value: '2024-05',
      precision: 'MONTH',
      from: '2024-05-01',
      to: '2024-05-31',
    });
  });

  it('filters by subject, status and date range, and accepts graph keys as ids', async () => {
    const { data, errors } = await api.gql(
      `query ($subject: ID!) {
        issued: warrants(where: { subject: $subject, status: [ISSUED] }) { nodes { status date { value } } }
        inMay: warrants(where: { subject: $subject, date: { from: "2024-05-15", to: "2024-06-30" } }) { nodes { status } }
        none: warrants(where: { subject: $subject, date: { to: "2023-12-31" } }) { totalCount nodes { key } }
      }`,
      { subject: key('person', 'Tomas Brek') },
    );
    expect(errors).toBeUndefined();
    // One warrant node per issuer and subject: the request became the issued warrant.
    expect(data.issued.nodes).toEqual([{ status: 'ISSUED', date: { value: '2024-11-21' } }]);
    expect(data.inMay.nodes).toEqual([]);
    expect(data.none).toEqual({ totalCount: 0, nodes: [] });
  });
});

describe('actors', () => {
  it('answers what an actor did and who it is, through every relationship field', async () => {
    const { data, errors } = await api.gql(
      `query ($id: ID!) {
        actor(id: $id) {
          id name type aliases
          warrantsAgainst { issuer { name } status }
          meetings { date { value } participants { name } mode topic }
          counterparts { actor { name } meetingCount }
          mentionedIn { title publishedAt }
          warrantsIssued { key }
          strikesSuffered { key }
        }
      }`,
      { id: key('person', 'Tomas Brek') },
    );
    expect(errors).toBeUndefined();
    const actor = data.actor;
    expect(actor.id).toBe(toGlobalId('Person', key('person', 'Tomas Brek')));
    expect(actor.type).toBe('PERSON');
    expect(actor.warrantsAgainst).toEqual([{ issuer: { name: n('Veldmark Criminal Court') }, status: 'ISSUED' }]);
    expect(actor.meetings).toEqual([
      {
        date: { value: '2024-04-04' },
        participants: expect.arrayContaining([{ name: n('Karl Dunn') }, { name: n('Tomas Brek') }]),
        mode: 'PHONE_CALL',
        topic: 'a ceasefire',
      },
    ]);
    expect(actor.counterparts).toEqual([{ actor: { name: n('Karl Dunn') }, meetingCount: 1 }]);
    expect(actor.mentionedIn.map((a: Json) => a.publishedAt)).toEqual(['2024-11-21', '2024-05-20', '2024-04-05']);
    expect(actor.warrantsIssued).toEqual([]);
    expect(actor.strikesSuffered).toEqual([]);
  });

  it('gives roles from both sides with their evidence', async () => {
    const { data, errors } = await api.gql(
      `{
        court: actor(id: "${key('court', 'Veldmark Criminal Court')}") {
          aliases
          members { role person { name } sources { article { articleId } evidence { text } } }
          warrantsIssued(first: 2) { subjects { name } }
        }
        prosecutor: actor(id: "${key('person', 'Ilse Marren')}") { roles { role holder { name } } }
      }`,
    );
    expect(errors).toBeUndefined();
    expect(data.court.aliases).toContain(n('VCC'));
    expect(data.court.members).toHaveLength(1);
    expect(data.court.members[0]).toMatchObject({ role: 'chief prosecutor', person: { name: n('Ilse Marren') } });
    expect(data.court.members[0].sources).toHaveLength(2);
    expect(data.court.members[0].sources[0].evidence[0].text).toContain('A sentence');
    expect(data.court.warrantsIssued).toHaveLength(2);
    expect(data.prosecutor.roles).toEqual([
      { role: 'chief prosecutor', holder: { name: n('Veldmark Criminal Court') } },
    ]);
  });

  it('finds an actor by name or alias, ignoring case, diacritics and punctuation', async () => {
    const { data, errors } = await api.gql(
      `{
        exact: actorByName(name: "${n('Anna Vold')}") { name }
        loud: actorByName(name: "${n('ANNA VÖLD')}") { name }
        alias: actorByName(name: "${n('vcc')}", type: COURT) { name }
        wrongType: actorByName(name: "${n('vcc')}", type: PERSON) { name }
        nobody: actorByName(name: "${n('Nobody At All')}") { name }
      }`,
    );
    expect(errors).toBeUndefined();
    expect(data.exact).toEqual({ name: n('Anna Vold') });
    expect(data.loud).toEqual({ name: n('Anna Vold') });
    expect(data.alias).toEqual({ name: n('Veldmark Criminal Court') });
    expect(data.wrongType).toBeNull();
    expect(data.nobody).toBeNull();
  });
});

describe('events', () => {
  it('gives a strike its actors by role and its sources', async () => {
    const { data, errors } = await api.gql(
      `query ($perpetrator: ID!) {
        strikes(where: { perpetrator: $perpetrator }) {
          nodes {
            __typename type
            perpetrators { name }
            targets { __typename name }
            locations { name }
            killed { name }
            actors(role: KILLED) { role actor { name } sources { articleId } }
            all: actors { role }
            reportCount
            sources { article { articleId } }
          }
        }
      }`,
      { perpetrator: key('state', 'Norland') },
    );
    expect(errors).toBeUndefined();
    const [s] = data.strikes.nodes;
    expect(s).toMatchObject({
      __typename: 'Strike',
      type: 'STRIKE',
      perpetrators: [{ name: n('Norland') }],
      targets: [{ __typename: 'Organization', name: n('Sudrian Front') }],
      locations: [{ name: n('Port Avel') }],
      killed: [{ name: n('Oren Kast') }],
      reportCount: 1,
    });
    expect(s.actors).toEqual([
      { role: 'KILLED', actor: { name: n('Oren Kast') }, sources: [{ articleId: expect.stringContaining(run) }] },
    ]);
    expect(s.all.map((a: Json) => a.role).sort()).toEqual(['KILLED', 'LOCATION', 'PERPETRATOR', 'TARGET']);
  });

  it('lists events of every type involving an actor, and meetings between two actors', async () => {
    const { data, errors } = await api.gql(
      `{
        events(where: { involving: "${key('person', 'Oren Kast')}" }) { nodes { __typename } }
        warrantsOnly: events(where: { involving: "${key('person', 'Oren Kast')}", types: [WARRANT] }) { totalCount }
        meetings(where: { participants: ["${key('person', 'Tomas Brek')}", "${key('person', 'Karl Dunn')}"] }) { totalCount }
        noMeetings: meetings(where: { participants: ["${key('person', 'Tomas Brek')}", "${key('person', 'Anna Vold')}"] }) { totalCount }
      }`,
    );
    expect(errors).toBeUndefined();
    expect(data.events.nodes.map((e: Json) => e.__typename)).toEqual(['Strike', 'Warrant']);
    expect(data.warrantsOnly.totalCount).toBe(1);
    expect(data.meetings.totalCount).toBe(1);
    expect(data.noMeetings.totalCount).toBe(0);
  });
});

describe('global ids', () => {
  it('finds every kind of node again by its id', async () => {
    const { data } = await api.gql(
      `{ warrants(where: { subject: "${key('person', 'Anna Vold')}" }) { nodes { id key } } }`,
    );
    const warrantNode = data.warrants.nodes[0];
    const articleId = `${run}-warrants-1`;
    const result = await api.gql(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Warrant { key } ... on Article { articleId } ... on Actor { name } } }`,
      { ids: [warrantNode.id, toGlobalId('Article', articleId), toGlobalId('Person', key('person', 'Anna Vold'))] },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.nodes).toEqual([
      { __typename: 'Warrant', id: warrantNode.id, key: warrantNode.key },
      { __typename: 'Article', id: toGlobalId('Article', articleId), articleId },
      { __typename: 'Person', id: toGlobalId('Person', key('person', 'Anna Vold')), name: n('Anna Vold') },
    ]);
  });

  it('answers null for an id nothing has, and BAD_USER_INPUT for a malformed one or one of another type', async () => {
    const missing = toGlobalId('Person', key('person', 'Nobody'));
    const { data, errors } = await api.gql(
      `{ node(id: "${missing}") { id } actor(id: "${missing}") { id } nodes(ids: ["${missing}"]) { id }
         article: articleById(articleId: "${run}-none") { id } }`,
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({ node: null, actor: null, nodes: [null], article: null });

    const malformed = await api.gql(`{ node(id: "not an id") { id } }`);
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const wrongKind = await api.gql(`{ event(id: "${missing}") { id } }`);
    expect(wrongKind.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // A Court id whose key is a person's names nothing.
    const mismatched = await api.gql(`{ node(id: "${toGlobalId('Court', key('person', 'Anna Vold'))}") { id } }`);
    expect(mismatched.data.node).toBeNull();
  });

  it('reads an article with its text, mentions and reports', async () => {
    const { data, errors } = await api.gql(
      `{ articleById(articleId: "${run}-warrants-1") {
          title status ingestedAt text
          mentions { name }
          reports { event { __typename } evidence { start end text } }
        } }`,
    );
    expect(errors).toBeUndefined();
    const article = data.articleById;
    expect(article.status).toBe('DONE');
    expect(article.ingestedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(article.text).toContain('Veldmark Criminal Court');
    expect(article.mentions.map((a: Json) => a.name)).toEqual([
      n('Anna Vold'),
      n('Ilse Marren'),
      n('Tomas Brek'),
      n('Veldmark Criminal Court'),
    ]);
    expect(article.reports).toHaveLength(2);
    const { evidence } = article.reports[0];
    expect(article.text.slice(evidence[0].start, evidence[0].end)).toBe(evidence[0].text);
  });
});
