import { createHash } from 'node:crypto';
import type { BundleManifest } from '../web/bundle-manifest.js';
import { escapeHtml } from '../web/html.js';

export const EXPLORE_TITLE = 'newsgraph — graph explorer';

/** The one <style> element Cytoscape.js adds to the page (its renderer's init), byte for byte. */
const CYTOSCAPE_CONTAINER_RULE = '.__________cytoscape_container { position: relative; }';

/**
 * Only this origin: the browser itself refuses any request to another host. Cytoscape sets element
 * styles through the CSSOM, which style-src does not govern; its one <style> element is allowed by
 * its hash, so no 'unsafe-inline' is needed.
 */
export const EXPLORE_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' 'sha256-${createHash('sha256').update(CYTOSCAPE_CONTAINER_RULE).digest('base64')}'`,
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/**
 * The explorer page at /explore. Asset URLs are relative ("explore/…" from /explore is
 * /explore/…), so the page also works when a proxy serves the API under a path prefix.
 */
export function renderExplorePage(manifest: BundleManifest): string {
  const asset = (name: string) => escapeHtml(`explore/${name}`);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(EXPLORE_TITLE)}</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${asset(manifest.stylesheet)}" />
    <script type="module" src="${asset(manifest.script)}"></script>
  </head>
  <body>
    <div id="explorer"><p>Loading the graph explorer…</p></div>
    <noscript><p>The graph explorer needs JavaScript. The GraphQL API at <a href="graphql">graphql</a> does not.</p></noscript>
  </body>
</html>
`;
}

/** Served with status 503 when the bundle folder holds no usable build. */
export function renderMissingExplorePage(reason: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(EXPLORE_TITLE)}: not built</title>
    <link rel="icon" href="data:," />
  </head>
  <body>
    <h1>The graph explorer has not been built</h1>
    <p>Run <code>npm run build</code> (or only <code>npm run build:explore</code>) in the newsgraph folder, then reload this page.</p>
    <p><small>${escapeHtml(reason)}</small></p>
  </body>
</html>
`;
}
