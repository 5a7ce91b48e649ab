import { open } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { IDE_CONTENT_SECURITY_POLICY, renderIdePage, renderMissingBundlePage } from './ide-page.js';
import { createManifestReader, type IdeAssetFile } from './manifest.js';

export interface IdeHandlerOptions {
  /** The folder scripts/build-ide.mjs writes: dist/web/ide (defaultIdeAssetsDir()). */
  assetsDir: string;
  /** The GraphQL endpoint whose GET by a browser gets the IDE page. */
  endpointPath?: string;
}

/** Returns true when it took the request (and answers it), false to leave it to the API. */
export type IdeHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

const ASSET_PREFIX = '/ide/';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves the self-hosted GraphiQL IDE next to the GraphQL API: GET <endpoint> from a browser
 * (Accept: text/html) gets the page, GET /ide/<file> the bundled files. The API server calls it
 * first for every request; anything else (POST /graphql, GET /graphql from a client that wants
 * JSON or with a ?query= parameter, other paths) returns false at once, without I/O.
 */
export function createIdeHandler({ assetsDir, endpointPath = '/graphql' }: IdeHandlerOptions): IdeHandler {
  const readManifest = createManifestReader(assetsDir);

  return (req, res) => {
    const { path, query } = splitTarget(req.url);
    const method = req.method ?? 'GET';
    const readOnly = method === 'GET' || method === 'HEAD';

    if (path === endpointPath) {
      // A link with ?query=… is a GraphQL GET request even from a browser: the API answers it.
      if (!readOnly || !prefersHtml(req.headers.accept) || query.has('query')) return false;
      const state = readManifest();
      if (!state.ok) {
        sendMissingBundle(req, res, state.reason);
        return true;
      }
      send(req, res, 200, renderIdePage(state.manifest), {
        'content-type': 'text/html; charset=utf-8',
        // Tiny, and it names the hashed files of the current build: always revalidate.
        'cache-control': 'no-cache',
        // The same URL answers JSON to API clients.
        vary: 'Accept',
        'content-security-policy': IDE_CONTENT_SECURITY_POLICY,
        'referrer-policy': 'no-referrer',
      });
      return true;
    }

    if (!path.startsWith(ASSET_PREFIX)) return false;
    if (!readOnly) {
      send(req, res, 405, 'Method not allowed\n', { 'content-type': 'text/plain; charset=utf-8', allow: 'GET, HEAD' });
      return true;
    }
    const state = readManifest();
    if (!state.ok) {
      sendMissingBundle(req, res, state.reason);
      return true;
    }
    // Only names the build listed are served: no path from the URL ever reaches the file system,
    // so "..", encoded slashes and the like can only miss.
    const name = path.slice(ASSET_PREFIX.length);
    const file = state.manifest.files.get(name);
    if (!file) {
      send(req, res, 404, 'Not found\n', { 'content-type': 'text/plain; charset=utf-8' });
      return true;
    }
    void sendAsset(req, res, assetsDir, name, file);
    return true;
  };
}

/** The raw path (not decoded, not normalised) and the query of a request target. */
function splitTarget(url = ''): { path: string; query: URLSearchParams } {
  const [target = ''] = url.split('#');
  const mark = target.indexOf('?');
  if (mark === -1) return { path: target, query: new URLSearchParams() };
  return { path: target.slice(0, mark), query: new URLSearchParams(target.slice(mark + 1)) };
}

/**
 * True when the client names text/html and likes it at least as much as JSON: browsers navigating
 * to the URL, not API clients (which send application/json, or * / *, or nothing).
 */
export function prefersHtml(accept: string | undefined): boolean {
  if (!accept) return false;
  let html = 0;
  let json = 0;
  for (const range of accept.split(',')) {
    const [type = '', ...params] = range.split(';').map((part) => part.trim().toLowerCase());
    const qParam = params.find((param) => param.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (!Number.isFinite(q)) continue;
    if (type === 'text/html') html = Math.max(html, q);
    else if (type === 'application/json' || type === 'application/graphql-response+json') json = Math.max(json, q);
  }
  return html > 0 && html >= json;
}

function accepts(req: IncomingMessage, encoding: string): boolean {
  const header = req.headers['accept-encoding'];
  if (typeof header !== 'string') return false;
  return header.split(',').some((part) => {
    const [name = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
    return name === encoding && !params.some((param) => /^q=0(\.0*)?$/.test(param));
  });
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: string,
  headers: Record<string, string>,
): void {
  const bytes = Buffer.from(body, 'utf8');
  res.writeHead(status, {
    ...headers,
    'content-length': String(bytes.length),
    'x-content-type-options': 'nosniff',
  });
  res.end(req.method === 'HEAD' ? undefined : bytes);
}

function sendMissingBundle(req: IncomingMessage, res: ServerResponse, reason: string): void {
  send(req, res, 503, renderMissingBundlePage(reason), {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
  });
}

async function sendAsset(
  req: IncomingMessage,
  res: ServerResponse,
  assetsDir: string,
  name: string,
  file: IdeAssetFile,
): Promise<void> {
  const gzip = file.gzipBytes !== undefined && accepts(req, 'gzip');
  const headers: Record<string, string> = {
    'content-type': CONTENT_TYPES[extname(name)] ?? 'application/octet-stream',
    // Every name carries a hash of its content: a changed file is a new name.
    'cache-control': 'public, max-age=31536000, immutable',
    'x-content-type-options': 'nosniff',
  };
  if (file.gzipBytes !== undefined) headers.vary = 'Accept-Encoding';
  if (gzip) headers['content-encoding'] = 'gzip';

  let handle;
  try {
    handle = await open(join(assetsDir, gzip ? `${name}.gz` : name), 'r');
  } catch {
    // Listed but gone: the folder was changed by hand or is being rebuilt.
    send(req, res, 404, 'Not found\n', { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    return;
  }
  try {
    const { size } = await handle.stat();
    res.writeHead(200, { ...headers, 'content-length': String(size) });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    await pipeline(handle.createReadStream({ autoClose: false }), res);
  } catch {
    // The client went away mid-file, or the disk failed: nothing useful can be sent any more.
    res.destroy();
  } finally {
    await handle.close();
  }
}
