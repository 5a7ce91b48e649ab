#!/usr/bin/env node
/**
 * Bundles the graph explorer (web/explore/main.ts, Cytoscape.js) with esbuild into
 * dist/web/explore/: one module script, one stylesheet, and what scripts/web-bundle.mjs adds to
 * every bundle (gzip copies, the manifest). Run by `npm run build:explore` (part of `npm run build`).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { cleanFolder, commonOptions, finishBundle, only, outputsByEntry, reportBuild } from './web-bundle.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const outDir = join(root, 'dist', 'web', 'explore');

async function buildExplorer() {
  await cleanFolder(outDir);
  const result = await build({
    ...commonOptions(root, outDir),
    entryPoints: { main: join(root, 'web/explore/main.ts') },
    format: 'esm',
    entryNames: '[name]-[hash]',
  });
  const outputs = outputsByEntry(result.metafile);
  return finishBundle(outDir, [result.metafile], {
    script: only(outputs, 'main', 'js'),
    stylesheet: only(outputs, 'main', 'css'),
  });
}

await reportBuild('build-explore', 'dist/web/explore', buildExplorer);
