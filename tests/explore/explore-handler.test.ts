import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExploreHandler } from '../../src/explore/index.js';

const SCRIPT = 'main-AAAA1111.js';
const STYLESHEET = 'main-BBBB2222.css';

function call(
  port: number,
  path: string,
  method = 'GET',
): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the explorer handler', () => {
  let dir: string;
  let server: Server;
  let port: number;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsgraph-explore-'));
    await writeFile(join(dir, SCRIPT), 'console.log("explorer");');
    await writeFile(join(dir, STYLESHEET), 'body{margin:0}');
    await writeFile(
      join(dir, 'manifest.json'),
      JSON.stringify({
        script: SCRIPT,
        stylesheet: STYLESHEET,
        files: { [SCRIPT]: { bytes: 25 }, [STYLESHEET]: { bytes: 14 } },
      }),
    );
    // As the API server runs it: the explorer first, then "the API" (a 299 marks it).
    const explore = createExploreHandler({ assetsDir: dir });
    server = createServer((req, res) => {
      if (explore(req, res)) return;
      res.writeHead(299).end('api');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await rm(dir, { recursive: true, force: true });
  });

  it('serves the page at /explore, naming the build files by relative URLs, under a CSP of this origin only', async () => {
    const page = await call(port, '/explore');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain(`<script type="module" src="explore/${SCRIPT}"></script>`);
    expect(page.body).toContain(`<link rel="stylesheet" href="explore/${STYLESHEET}" />`);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
  });

  it('serves the bundled files under /explore/ and nothing else from the folder', async () => {
    const script = await call(port, `/explore/${SCRIPT}`);
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.body).toBe('console.log("explorer");');
    expect((await call(port, '/explore/manifest.json')).status).toBe(404);
    expect((await call(port, '/explore/../explore/manifest.json')).status).toBe(404);
  });

  it('sends /explore/ to /explore, where the relative URLs resolve', async () => {
    const reply = await call(port, '/explore/');
    expect(reply.status).toBe(308);
    expect(reply.headers.location).toBe('../explore');
  });

  it('leaves everything else to the API', async () => {
    expect((await call(port, '/explore', 'POST')).status).toBe(299);
    expect((await call(port, '/graphql')).status).toBe(299);
    expect((await call(port, '/explorer')).status).toBe(299);
  });
});
