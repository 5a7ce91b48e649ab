import { join } from 'node:path';
import { projectRoot } from '../project-root.js';
import { createBundleHandler, type RequestHandler } from '../web/bundle-handler.js';
import { EXPLORE_CONTENT_SECURITY_POLICY, renderExplorePage, renderMissingExplorePage } from './explore-page.js';

export { EXPLORE_TITLE } from './explore-page.js';

export const EXPLORE_PATH = '/explore';

/** Where `npm run build:explore` puts the bundle, whether the code runs from src/ or dist/. */
export function defaultExploreAssetsDir(): string {
  return join(projectRoot(), 'dist', 'web', 'explore');
}

/**
 * The graph explorer: GET /explore is the page, GET /explore/<file> its bundled files. It reads
 * only the public GraphQL API, from the browser. Anything else returns false at once.
 */
export function createExploreHandler({ assetsDir }: { assetsDir: string }): RequestHandler {
  const bundle = createBundleHandler({
    assetsDir,
    assetPrefix: `${EXPLORE_PATH}/`,
    isPage: (_req, path) => path === EXPLORE_PATH,
    renderPage: renderExplorePage,
    renderMissing: renderMissingExplorePage,
    contentSecurityPolicy: EXPLORE_CONTENT_SECURITY_POLICY,
  });
  return (req, res) => {
    // The page's relative URLs resolve from /explore, not /explore/: send the browser there.
    if (req.url === `${EXPLORE_PATH}/` && (req.method === 'GET' || req.method === 'HEAD')) {
      res.writeHead(308, { location: `../explore`, 'content-length': '0' }).end();
      return true;
    }
    return bundle(req, res);
  };
}
