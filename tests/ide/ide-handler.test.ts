import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIdeHandler, prefersHtml } from '../../src/ide/index.js';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8';
const SCRIPT = 'main-AAAA1111.js';
const STYLESHEET = 'main-BBBB2222.css';
const SCRIPT_BODY = 'console.log("the IDE");\n';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** node:http, not fetch: fetch would normalise "/ide/../x" before sending it. */
function get(port: number, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** A server as the API runs it: the IDE handler first, then "the API" (a 299 marks it). */
async function serve(assetsDir: string): Promise<{ server: Server; port: number }> {
  const ide = createIdeHandler({ assetsDir });
  const server = createServer((req, res) => {
    if (ide(req, res)) return;
    res.writeHead(299, { 'content-type': 'text/plain' }).end('api');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

async function writeBundle(dir: string, script = SCRIPT): Promise<void> {
  const worker = (name: string) => `${name}.worker-CCCC3333.js`;
  const files: Record<string, { bytes: number; gzipBytes?: number }> = {};
  const put = async (name: string, body: string, gzip: boolean) => {
    await writeFile(join(dir, name), body);
    files[name] = { bytes: Buffer.byteLength(body) };
    if (gzip) {
      const gz = gzipSync(body);
      await writeFile(join(dir, `${name}.gz`), gz);
      files[name].gzipBytes = gz.length;
    }
  };
  await put(script, SCRIPT_BODY, true);
  await put(STYLESHEET, 'body{margin:0}', false);
  for (const name of ['editor', 'json', 'graphql']) await put(worker(name), `/* ${name} */`, false);
  const manifest = {
    script,
    stylesheet: STYLESHEET,
    workers: { editor: worker('editor'), json: worker('json'), graphql: worker('graphql') },
    files,
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
}

describe('the IDE handler', () => {
  let root: string;
  let assetsDir: string;
  let server: Server;
  let port: number;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'newsgraph-ide-'));
    assetsDir = join(root, 'ide');
    await mkdir(assetsDir);
    await writeBundle(assetsDir);
    // Files a traversal would be after: next to the bundle, and one level up.
    await writeFile(join(root, 'secret.txt'), 'secret');
    ({ server, port } = await serve(assetsDir));
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await rm(root, { recursive: true, force: true });
  });

  it('serves the page to a browser on GET /graphql, naming the hashed files of the build', async () => {
    const reply = await get(port, '/graphql', { accept: BROWSER_ACCEPT });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['cache-control']).toBe('no-cache');
    expect(reply.headers.vary).toBe('Accept');
    expect(reply.headers['content-security-policy']).toContain("default-src 'self'");
    const html = reply.body.toString();
    expect(html).toContain('<title>newsgraph — GraphQL IDE</title>');
    expect(html).toContain(`<script type="module" src="ide/${SCRIPT}"></script>`);
    expect(html).toContain(`<link rel="stylesheet" href="ide/${STYLESHEET}" />`);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('answers HEAD like GET, without a body', async () => {
    const reply = await get(port, '/graphql?x=1', { accept: 'text/html' }, 'HEAD');
    expect(reply.status).toBe(200);
    expect(Number(reply.headers['content-length'])).toBeGreaterThan(0);
    expect(reply.body.length).toBe(0);
  });

  it('leaves GraphQL requests to the API: POST, GET for JSON or with ?query=, GET without Accept', async () => {
    expect((await get(port, '/graphql', { accept: BROWSER_ACCEPT }, 'POST')).status).toBe(299);
    expect((await get(port, '/graphql?query=%7Bhealth%7D', { accept: 'application/json' })).status).toBe(299);
    expect((await get(port, '/graphql?query=%7Bhealth%7D', { accept: BROWSER_ACCEPT })).status).toBe(299);
    expect((await get(port, '/graphql', { accept: '*/*' })).status).toBe(299);
    expect((await get(port, '/graphql')).status).toBe(299);
    expect((await get(port, '/health', { accept: BROWSER_ACCEPT })).status).toBe(299);
    expect((await get(port, '/graphql/', { accept: BROWSER_ACCEPT })).status).toBe(299);
  });

  it('serves a bundled file with its content type and a year of caching', async () => {
    const reply = await get(port, `/ide/${SCRIPT}`);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(reply.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['content-encoding']).toBeUndefined();
    expect(reply.body.toString()).toBe(SCRIPT_BODY);

    const css = await get(port, `/ide/${STYLESHEET}`);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.body.toString()).toBe('body{margin:0}');
  });

  it('sends the gzip copy to clients that accept gzip', async () => {
    const reply = await get(port, `/ide/${SCRIPT}`, { 'accept-encoding': 'br, gzip, deflate' });
    expect(reply.headers['content-encoding']).toBe('gzip');
    expect(reply.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(reply.body).toString()).toBe(SCRIPT_BODY);
    const refused = await get(port, `/ide/${SCRIPT}`, { 'accept-encoding': 'gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();
  });

  it('answers 404 for unknown files and never leaves the bundle folder', async () => {
    const attempts = [
      '/ide/unknown.js',
      '/ide/',
      '/ide',
      '/ide/manifest.json',
      `/ide/${SCRIPT}.gz`,
      '/ide/../secret.txt',
      '/ide/..%2fsecret.txt',
      '/ide/%2e%2e/secret.txt',
      '/ide/%2e%2e%2fsecret.txt',
      '/ide/..\\secret.txt',
      '/ide/./manifest.json',
      `/ide/sub/../${SCRIPT}`,
      '/ide//etc/passwd',
      '/ide/%2fetc%2fpasswd',
      '/ide/__proto__',
      '/ide/constructor',
    ];
    for (const path of attempts) {
      const reply = await get(port, path);
      expect({ path, status: reply.status }).toEqual({ path, status: path === '/ide' ? 299 : 404 });
      expect(reply.body.toString()).not.toContain('secret');
    }
  });

  it('refuses to change anything under /ide/', async () => {
    const reply = await get(port, `/ide/${SCRIPT}`, {}, 'PUT');
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe('GET, HEAD');
  });

  it('follows a rebuild: the page names the new files at once', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsgraph-ide-rebuild-'));
    try {
      await writeBundle(dir);
      const { server: other, port: otherPort } = await serve(dir);
      try {
        expect((await get(otherPort, '/graphql', { accept: 'text/html' })).body.toString()).toContain(SCRIPT);
        await writeBundle(dir, 'main-DDDD4444.js');
        // Same size, same inode: only the time tells, so make sure it differs even on coarse clocks.
        const later = new Date(Date.now() + 5_000);
        await utimes(join(dir, 'manifest.json'), later, later);
        const html = (await get(otherPort, '/graphql', { accept: 'text/html' })).body.toString();
        expect(html).toContain('ide/main-DDDD4444.js');
        expect((await get(otherPort, '/ide/main-DDDD4444.js')).status).toBe(200);
      } finally {
        other.closeAllConnections();
        await new Promise((resolve) => other.close(resolve));
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('says to run `npm run build` with a 503 while there is no bundle, and recovers once built', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsgraph-ide-missing-'));
    const { server: other, port: otherPort } = await serve(join(dir, 'absent'));
    try {
      const page = await get(otherPort, '/graphql', { accept: BROWSER_ACCEPT });
      expect(page.status).toBe(503);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.body.toString()).toContain('npm run build');
      expect(page.body.toString()).not.toContain(dir);
      expect((await get(otherPort, `/ide/${SCRIPT}`)).status).toBe(503);
      // API requests still go through.
      expect((await get(otherPort, '/graphql', { accept: 'application/json' })).status).toBe(299);

      await mkdir(join(dir, 'absent'));
      await writeBundle(join(dir, 'absent'));
      expect((await get(otherPort, '/graphql', { accept: BROWSER_ACCEPT })).status).toBe(200);
    } finally {
      other.closeAllConnections();
      await new Promise((resolve) => other.close(resolve));
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('treats a manifest it cannot use as a missing bundle', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsgraph-ide-bad-'));
    const { server: other, port: otherPort } = await serve(dir);
    try {
      for (const manifest of ['{ not json', '{"script": 1}', JSON.stringify(unsafeManifest())]) {
        await writeFile(join(dir, 'manifest.json'), manifest);
        const page = await get(otherPort, '/graphql', { accept: BROWSER_ACCEPT });
        expect(page.status).toBe(503);
        expect(page.body.toString()).toContain('manifest.json');
      }
    } finally {
      other.closeAllConnections();
      await new Promise((resolve) => other.close(resolve));
      await rm(dir, { recursive: true, force: true });
    }
  });
});

function unsafeManifest() {
  const file = { bytes: 1 };
  return {
    script: '../secret.txt',
    stylesheet: 'a.css',
    workers: { editor: 'a.css', json: 'a.css', graphql: 'a.css' },
    files: { '../secret.txt': file, 'a.css': file },
  };
}

describe('prefersHtml', () => {
  it.each([
    [BROWSER_ACCEPT, true],
    ['text/html', true],
    ['TEXT/HTML; q=0.5, application/json; q=0.5', true],
    ['application/json', false],
    ['application/graphql-response+json, application/json;q=0.9', false],
    ['application/json, text/html;q=0.9', false],
    ['text/html;q=0', false],
    ['*/*', false],
    ['', false],
    [undefined, false],
  ])('%s → %s', (accept, expected) => {
    expect(prefersHtml(accept)).toBe(expected);
  });
});
