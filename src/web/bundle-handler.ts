import { open } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createManifestReader, type BundleFile, type BundleManifest } from './bundle-manifest.js';

/** Answers a request and returns true, or returns false at once, without I/O, to leave it to the next handler. */
export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

export interface BundleHandlerOptions {
  /** The folder the bundle's build script writes, e.g. dist/web/ide. */
  assetsDir: string;
  /** Where its files are served, e.g. `/ide/`: GET <prefix><file> for every file the manifest lists. */
  assetPrefix: string;
  /** Whether a GET or HEAD request is one for the page (already known to be read-only). */
  isPage: (req: IncomingMessage, path: string, query: URLSearchParams) => boolean;
  renderPage: (manifest: BundleManifest) => string;
  /** The page served with status 503 while there is no usable build; `reason` names no server path. */
  renderMissing: (reason: string) => string;
  contentSecurityPolicy: string;
  /** Further headers of the page, e.g. `vary: Accept` when its URL also answers API clients. */
  pageHeaders?: Record<string, string>;
}

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
 * Serves a browser page built by esbuild (scripts/web-bundle.mjs) and its hashed files: the page
 * when `isPage` says so, the files under `assetPrefix`. Anything else returns false at once.
 */
export function createBundleHandler(options: BundleHandlerOptions): RequestHandler {
  const { assetsDir, assetPrefix } = options;
  const readManifest = createManifestReader(assetsDir);
  const sendMissingBundle = (req: IncomingMessage, res: ServerResponse, reason: string): void =>
    send(req, res, 503, options.renderMissing(reason), {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    });

  return (req, res) => {
    const { path, query } = splitTarget(req.url);
    const method = req.method ?? 'GET';
    const readOnly = method === 'GET' || method === 'HEAD';

    if (readOnly && options.isPage(req, path, query)) {
      const state = readManifest();
      if (!state.ok) {
        sendMissingBundle(req, res, state.reason);
        return true;
      }
      send(req, res, 200, options.renderPage(state.manifest), {
        'content-type': 'text/html; charset=utf-8',
        // Tiny, and it names the hashed files of the current build: always revalidate.
        'cache-control': 'no-cache',
        'content-security-policy': options.contentSecurityPolicy,
        'referrer-policy': 'no-referrer',
        ...options.pageHeaders,
      });
      return true;
    }

    if (!path.startsWith(assetPrefix)) return false;
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
    const name = path.slice(assetPrefix.length);
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

async function sendAsset(
  req: IncomingMessage,
  res: ServerResponse,
  assetsDir: string,
  name: string,
  file: BundleFile,
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
