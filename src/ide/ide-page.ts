import type { BundleManifest } from '../web/bundle-manifest.js';
import { escapeHtml } from '../web/html.js';

export const IDE_TITLE = 'newsgraph — GraphQL IDE';

/**
 * What the page may load: only this origin, plus the data: URLs of the fonts and icons inlined in
 * the stylesheet. The browser itself then refuses any request to another host. Monaco sets inline
 * styles and adds <style> elements, hence 'unsafe-inline' for styles (not for scripts).
 */
export const IDE_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/**
 * The IDE page. Asset URLs are relative ("ide/…" from /graphql is /ide/…), so the page also works
 * when a proxy serves the API under a path prefix. The favicon is an empty data: URL so the browser
 * does not ask the API for /favicon.ico.
 */
export function renderIdePage(manifest: BundleManifest): string {
  const asset = (name: string) => escapeHtml(`ide/${name}`);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(IDE_TITLE)}</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${asset(manifest.stylesheet)}" />
    <script type="module" src="${asset(manifest.script)}"></script>
  </head>
  <body>
    <div id="graphiql"><p class="ide-message">Loading the GraphQL IDE…</p></div>
    <noscript><p class="ide-message">The GraphQL IDE needs JavaScript. The API answers POST requests on this URL.</p></noscript>
  </body>
</html>
`;
}

/** Served with status 503 when the bundle folder holds no usable build. */
export function renderMissingBundlePage(reason: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(IDE_TITLE)}: not built</title>
    <link rel="icon" href="data:," />
  </head>
  <body style="font-family: system-ui, sans-serif; max-width: 48rem; margin: 3rem auto; padding: 0 1rem">
    <h1>The GraphQL IDE has not been built</h1>
    <p>Run <code>npm run build</code> (or only <code>npm run build:ide</code>) in the newsgraph folder, then reload this page.</p>
    <p>The GraphQL API itself works: POST your queries to this URL.</p>
    <p><small>${escapeHtml(reason)}</small></p>
  </body>
</html>
`;
}
