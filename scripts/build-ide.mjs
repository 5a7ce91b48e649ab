#!/usr/bin/env node
/**
 * Bundles the self-hosted GraphiQL IDE (web/ide/main.tsx, GraphiQL 5 + React 19) with esbuild into
 * dist/web/ide/ (dist/ide/ is where tsc compiles src/ide): the page's script and stylesheet, Monaco's
 * three web workers, and what scripts/web-bundle.mjs adds to every bundle (gzip copies, the
 * manifest). Run by `npm run build:ide` (part of `npm run build`).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { cleanFolder, commonOptions, finishBundle, only, outputsByEntry, reportBuild } from './web-bundle.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const outDir = join(root, 'dist', 'web', 'ide');
const common = commonOptions(root, outDir);

/**
 * The worker sources, resolved from @graphiql/react's own folder: the workers must be the very
 * monaco-editor and monaco-graphql copies its editor code talks to, wherever npm put them.
 */
function workerEntryPoints() {
  const fromGraphiqlReact = createRequire(createRequire(import.meta.url).resolve('@graphiql/react/package.json'));
  const monacoEditor = dirname(fromGraphiqlReact.resolve('monaco-editor/package.json'));
  const monacoGraphql = dirname(fromGraphiqlReact.resolve('monaco-graphql/package.json'));
  return {
    'editor.worker': join(monacoEditor, 'esm/vs/editor/editor.worker.js'),
    'json.worker': join(monacoEditor, 'esm/vs/language/json/json.worker.js'),
    'graphql.worker': join(monacoGraphql, 'esm/graphql.worker.js'),
  };
}

/**
 * graphiql/style.css already holds Monaco's whole stylesheet (codicon font inlined), placed before
 * GraphiQL's own rules that override it. Monaco's modules also import their CSS files one by one;
 * bundling those too would duplicate ~250 kB and put Monaco's rules after GraphiQL's, undoing the
 * overrides. So those imports are emptied.
 */
const dropMonacoCss = {
  name: 'drop-monaco-css',
  setup(esbuild) {
    esbuild.onResolve({ filter: /\.css$/ }, (args) =>
      /[\\/]node_modules[\\/]monaco-editor[\\/]/.test(args.importer)
        ? { path: args.path, namespace: 'monaco-css' }
        : undefined,
    );
    esbuild.onLoad({ filter: /.*/, namespace: 'monaco-css' }, () => ({ contents: '', loader: 'empty' }));
  },
};

async function buildIde() {
  await cleanFolder(outDir);

  // Classic (IIFE) workers: every browser that runs GraphiQL 5 supports them.
  const workerBuild = await build({
    ...common,
    entryPoints: workerEntryPoints(),
    format: 'iife',
    entryNames: '[name]-[hash]',
  });
  const workerOutputs = outputsByEntry(workerBuild.metafile);
  const workers = {
    editor: only(workerOutputs, 'editor.worker', 'js'),
    json: only(workerOutputs, 'json.worker', 'js'),
    graphql: only(workerOutputs, 'graphql.worker', 'js'),
  };

  // The page's module script. GraphiQL imports Monaco lazily; without code splitting esbuild keeps
  // it in this one file, so the page needs exactly one script and one stylesheet.
  const mainBuild = await build({
    ...common,
    entryPoints: { main: join(root, 'web/ide/main.tsx') },
    format: 'esm',
    splitting: false,
    jsx: 'automatic',
    entryNames: '[name]-[hash]',
    assetNames: '[name]-[hash]',
    loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file', '.png': 'file' },
    define: { ...common.define, __IDE_WORKERS__: JSON.stringify(workers) },
    plugins: [dropMonacoCss],
  });
  const mainOutputs = outputsByEntry(mainBuild.metafile);

  return finishBundle(outDir, [workerBuild.metafile, mainBuild.metafile], {
    script: only(mainOutputs, 'main', 'js'),
    stylesheet: only(mainOutputs, 'main', 'css'),
    workers,
  });
}

await reportBuild('build-ide', 'dist/web/ide', buildIde);
