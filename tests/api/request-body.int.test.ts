/**
 * Request bodies at the HTTP edge, through the real node:http server: too large (413, answered
 * so the client reads it), not UTF-8 or not Unicode (refused as the CLI refuses them), and
 * clients that hang up mid-request (not the server's error).
 */
import { request } from 'node:http';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../src/api/http-bridge.js';
import type { IngestService } from '../../src/contracts/ingest-service.js';
import type { GraphConnection } from '../../src/graph/connection.js';
import { openTestGraph, startTestApi, TEST_API_KEY, type TestApi } from './api-fixture.js';

const BODY_BYTES = 20 * 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, 'a');

let graph: GraphConnection;
const apis: TestApi[] = [];

beforeAll(async () => {
  graph = await openTestGraph();
});

afterAll(async () => {
  await Promise.all(apis.map((api) => api.close()));
  await graph.close();
});

async function start(options: Parameters<typeof startTestApi>[1] = {}): Promise<TestApi> {
  const api = await startTestApi(graph, options);
  apis.push(api);
  return api;
}

interface Upload {
  status: number;
  body: string;
  /** Body bytes written when the answer came. */
  written: number;
  /** Whether the server said 100 Continue. */
  continued: boolean;
}

/** POSTs `total` bytes in chunks, as fast as the socket takes them, until the server answers. */
function upload(url: string, total: number, headers: Record<string, string>): Promise<Upload> {
  return new Promise((resolve, reject) => {
    let written = 0;
    let continued = false;
    let answered = false;
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } });
    const pump = (): void => {
      while (!answered && written < total) {
        written += CHUNK.length;
        if (!req.write(CHUNK)) {
          req.once('drain', pump);
          return;
        }
      }
      if (!answered) req.end();
    };
    req.on('continue', () => {
      continued = true;
      pump();
    });
    req.on('response', (res) => {
      answered = true;
      const writtenAtAnswer = written;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body, written: writtenAtAnswer, continued });
        req.destroy();
      });
    });
    req.on('error', reject);
    if (!headers.expect) pump();
    else req.flushHeaders();
  });
}

describe('a body over the limit (issue 10, finding 7)', () => {
  it('is answered 413 with the JSON error, at once when its Content-Length says so', async () => {
    const api = await start();
    const answer = await upload(api.url, BODY_BYTES, { 'content-length': String(BODY_BYTES) });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toEqual({
      errors: [
        { message: `The request body is larger than ${MAX_BODY_BYTES} bytes.`, extensions: { code: 'BAD_REQUEST' } },
      ],
    });
    expect(answer.written).toBeLessThan(MAX_BODY_BYTES);
    expect(api.counter.queries).toBe(0);
  });

  it('is refused before it is sent when the client waits for 100-continue', async () => {
    const api = await start();
    const answer = await upload(api.url, BODY_BYTES, {
      'content-length': String(BODY_BYTES),
      expect: '100-continue',
    });
    expect(answer.status).toBe(413);
    expect(answer.continued).toBe(false);
    expect(answer.written).toBe(0);
  });

  it('is answered 413 when it is sent in chunks without a length', async () => {
    const api = await start();
    const answer = await upload(api.url, BODY_BYTES, { 'transfer-encoding': 'chunked' });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('leaves a body within the limit alone, with 100-continue too', async () => {
    const api = await start();
    const body = JSON.stringify({ query: '{ __typename }' });
    const answer = await new Promise<Upload>((resolve, reject) => {
      const req = request(api.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          expect: '100-continue',
        },
      });
      let continued = false;
      req.on('continue', () => {
        continued = true;
        req.end(body);
      });
      req.on('response', (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, written: 0, continued }));
      });
      req.on('error', reject);
      req.flushHeaders();
    });
    expect(answer).toMatchObject({ status: 200, continued: true });
    expect(JSON.parse(answer.body)).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('text that is not UTF-8 or not Unicode (issue 10, finding 8)', () => {
  const submit = 'mutation ($input: ArticleInput!) { submitArticle(input: $input) { articleId } }';

  /** Ingestion that records what reaches it: nothing should. */
  function recordingIngest(): { service: IngestService; calls: unknown[] } {
    const calls: unknown[] = [];
    const service: IngestService = {
      submit: (input) => {
        calls.push(input);
        return Promise.resolve({ id: input.id, outcome: 'queued' });
      },
      ingestNow: (input) => {
        calls.push(input);
        return Promise.reject(new Error('not in this test'));
      },
    };
    return { service, calls };
  }

  it('refuses a body that is not UTF-8 instead of replacing the bytes with U+FFFD', async () => {
    const ingest = recordingIngest();
    const api = await start({ ingest: ingest.service });
    const json = JSON.stringify({ query: submit, variables: { input: { text: 'Caf\u00e9 talks.' } } });
    // "é" in Latin-1: one byte, 0xE9, that no UTF-8 text has alone.
    const body = Buffer.from(json.replace('\u00e9', '\u0000'), 'utf8');
    body[body.indexOf(0)] = 0xe9;
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_API_KEY}` },
      body,
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ message: 'The request body is not valid UTF-8.', extensions: { code: 'BAD_REQUEST' } }],
    });
    expect(ingest.calls).toEqual([]);
  });

  it('refuses an article with a lone surrogate, naming the field and where', async () => {
    const ingest = recordingIngest();
    const api = await start({ ingest: ingest.service });
    const result = await api.gql(
      submit,
      { input: { text: 'A text with half a pair: \ud83d here.' } },
      { authorization: `Bearer ${TEST_API_KEY}` },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toBe(
      'input: text is not valid Unicode: a lone surrogate \\uD83D at character 25.',
    );
    expect(ingest.calls).toEqual([]);
  });
});

describe('a client that hangs up mid-request (issue 10, finding 8)', () => {
  it('is logged at debug, not as a server error', async () => {
    type LogLine = { level: number; msg: string };
    const lines: LogLine[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as LogLine);
        done();
      },
    });
    const api = await start({ log: pino({ level: 'debug' }, sink) });
    await new Promise<void>((resolve) => {
      const req = request(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': '1000' },
      });
      req.on('error', () => resolve());
      req.write('{"query": "{ __typ', () => setTimeout(() => req.destroy(), 50));
      req.on('close', () => resolve());
    });
    await expect.poll(() => lines.map((line) => line.msg)).toContain('client disconnected before the answer');
    expect(lines.find((line) => line.msg === 'client disconnected before the answer')?.level).toBe(20);
    expect(lines.filter((line) => line.level >= 50)).toEqual([]);
  });
});
