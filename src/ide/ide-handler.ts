import type { IncomingMessage } from 'node:http';
import { createBundleHandler, type RequestHandler } from '../web/bundle-handler.js';
import { IDE_CONTENT_SECURITY_POLICY, renderIdePage, renderMissingBundlePage } from './ide-page.js';

export interface IdeHandlerOptions {
  /** The folder scripts/build-ide.mjs writes: dist/web/ide (defaultIdeAssetsDir()). */
  assetsDir: string;
  /** The GraphQL endpoint whose GET by a browser gets the IDE page. */
  endpointPath?: string;
}

/** Returns true when it took the request (and answers it), false to leave it to the API. */
export type IdeHandler = RequestHandler;

/**
 * Serves the self-hosted GraphiQL IDE next to the GraphQL API: GET <endpoint> from a browser
 * (Accept: text/html) gets the page, GET /ide/<file> the bundled files. The API server calls it
 * first for every request; anything else (POST /graphql, GET /graphql from a client that wants
 * JSON or with a ?query= parameter, other paths) returns false at once, without I/O.
 */
export function createIdeHandler({ assetsDir, endpointPath = '/graphql' }: IdeHandlerOptions): IdeHandler {
  return createBundleHandler({
    assetsDir,
    assetPrefix: '/ide/',
    // A link with ?query=… is a GraphQL GET request even from a browser: the API answers it.
    isPage: (req: IncomingMessage, path, query) =>
      path === endpointPath && prefersHtml(req.headers.accept) && !query.has('query'),
    renderPage: renderIdePage,
    renderMissing: renderMissingBundlePage,
    contentSecurityPolicy: IDE_CONTENT_SECURITY_POLICY,
    // The same URL answers JSON to API clients.
    pageHeaders: { vary: 'Accept' },
  });
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
