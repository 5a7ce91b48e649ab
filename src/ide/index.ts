import { join } from 'node:path';
import { projectRoot } from '../project-root.js';

export { createIdeHandler, prefersHtml, type IdeHandler, type IdeHandlerOptions } from './ide-handler.js';
export { IDE_TITLE } from './ide-page.js';

/**
 * Where `npm run build:ide` puts the bundle, whether the code runs from src/ or dist/: dist/web/ide,
 * not dist/ide, which is where tsc compiles this folder (src/ide) to.
 */
export function defaultIdeAssetsDir(): string {
  return join(projectRoot(), 'dist', 'web', 'ide');
}
