/**
 * Between node:http and Apollo Server's executeHTTPGraphQLRequest: the request body read with a
 * size limit, headers in Apollo's HeaderMap, and Apollo's response written back (whole or
 * streamed). A few dozen lines instead of a web framework.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from '@apollo/server';

/** Largest request body accepted: an article of 1 MB, JSON-escaped, fits. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;
/**
 * How long a refused body is still read (and dropped) after the 413: closing at once would
 * reset the connection while the client is still sending, and the reset loses the answer.
 */
export const REFUSED_BODY_LINGER_MS = 5_000;

export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

function tooLarge(limit: number): HttpProblem {
  return new HttpProblem(413, `The request body is larger than ${limit} bytes.`, 'BAD_REQUEST');
}

/** True when the client says, before sending it, that its body is over the limit. */
export function declaresTooLargeBody(req: IncomingMessage, limit = MAX_BODY_BYTES): boolean {
  return Number(req.headers['content-length'] ?? 0) > limit;
}

/**
 * The request body as text: refused with 413 at once when its Content-Length is over the limit,
 * else as soon as it grows over it (the rest is dropped as it arrives); 400 when it is not UTF-8,
 * which the API rejects rather than repairs, as the CLI does.
 */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<string> {
  if (declaresTooLargeBody(req, limit)) return Promise.reject(tooLarge(limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      if (size > limit) return;
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > limit) return;
      try {
        resolve(UTF8.decode(Buffer.concat(chunks)));
      } catch {
        reject(new HttpProblem(400, 'The request body is not valid UTF-8.', 'BAD_REQUEST'));
      }
    });
    req.on('error', reject);
  });
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Answers a refused body so that the client reads the 413: a client that waited for
 * 100-continue sent nothing, so the connection simply closes; any other client may still be
 * sending, so what it sends is read and dropped for a while before the connection is cut.
 */
export function refuseBody(req: IncomingMessage, res: ServerResponse, problem: HttpProblem): void {
  const sentNothing = /100-continue/i.test(req.headers.expect ?? '');
  if (sentNothing) res.setHeader('connection', 'close');
  sendProblem(res, problem);
  if (sentNothing || req.complete) return;
  const socket = req.socket;
  const cut = setTimeout(() => socket.destroy(), REFUSED_BODY_LINGER_MS).unref();
  socket.once('close', () => clearTimeout(cut));
  req.once('end', () => clearTimeout(cut));
  req.resume();
}

export async function toGraphQLRequest(req: IncomingMessage, url: URL): Promise<HTTPGraphQLRequest> {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  let body: unknown;
  if (req.method === 'POST') {
    const text = await readBody(req);
    const type = headers.get('content-type') ?? '';
    if (/^application\/(.+\+)?json\b/i.test(type)) {
      try {
        body = JSON.parse(text) as unknown;
      } catch {
        throw new HttpProblem(400, 'The request body is not valid JSON.', 'BAD_REQUEST');
      }
    } else {
      body = text; // Apollo answers a clear 400 for content types it does not take.
    }
  }
  return { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body };
}

export async function writeGraphQLResponse(res: ServerResponse, response: HTTPGraphQLResponse): Promise<void> {
  for (const [name, value] of response.headers) res.setHeader(name, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    // Given whole to end(), the body goes out with its content-length, not chunked.
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

/** An error outside GraphQL execution, in the shape GraphQL clients read. */
export function sendProblem(res: ServerResponse, problem: HttpProblem): void {
  sendJson(res, problem.status, { errors: [{ message: problem.message, extensions: { code: problem.code } }] });
}
