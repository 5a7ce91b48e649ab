#!/usr/bin/env node
/**
 * Bundles the self-hosted GraphiQL IDE (web/ide/main.tsx, GraphiQL 5 + React 19) with esbuild into
 * dist/web/ide/ (dist/ide/ is where tsc compiles src/ide): the page's script and stylesheet, Monaco's
 * three web workers, a gzip copy of each text file, and manifest.json, which src/ide/ reads to write
 * the page and to know which files exist. Everything comes from node_modules: the IDE must work
 * offline and load nothing from other hosts. Output names carry content hashes and the same sources
 * give the same bytes, so the server can cache them for a year. Run by `npm run build:ide` (part of
 * `npm run build`).
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const outDir = join(root, 'dist', 'web', 'ide');

/** Browsers that support module scripts, workers created from URLs and everything GraphiQL 5 uses. */
const target = ['es2022', 'chrome111', 'firefox111', 'safari16.4'];

const common = {
  absWorkingDir: root,
  bundle: true,
  minify: true,
  write: true,
  outdir: outDir,
  metafile: true,
  target,
  charset: 'utf8',
  legalComments: 'eof',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
};

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

/** The output file names of a build, without folders, keyed by entry point name. */
function outputsByEntry(metafile) {
  const byEntry = new Map();
  for (const [output, meta] of Object.entries(metafile.outputs)) {
    if (!meta.entryPoint) continue;
    const entry = basename(output).replace(/-[A-Z0-9]{8}\.js$/, '');
    byEntry.set(entry, { js: basename(output), css: meta.cssBundle ? basename(meta.cssBundle) : undefined });
  }
  return byEntry;
}

function only(byEntry, entry, kind) {
  const file = byEntry.get(entry)?.[kind];
  if (!file) throw new Error(`build-ide: esbuild produced no ${kind} for ${entry}`);
  return file;
}

async function buildIde() {
  // A clean folder: no file of an earlier build may linger and be served.
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });

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

  const names = [...Object.keys(workerBuild.metafile.outputs), ...Object.keys(mainBuild.metafile.outputs)]
    .map((output) => basename(output))
    .sort();
  const files = {};
  for (const name of names) {
    const bytes = await readFile(join(outDir, name));
    const entry = { bytes: bytes.length };
    if (/\.(js|css|svg)$/.test(name)) {
      // Level 9 once at build time, served as-is to clients that accept gzip. Node writes no
      // timestamp into the gzip header, so the .gz files are as deterministic as their sources.
      const gzipped = gzipSync(bytes, { level: 9 });
      await writeFile(join(outDir, `${name}.gz`), gzipped);
      entry.gzipBytes = gzipped.length;
    }
    files[name] = entry;
  }

  const manifest = {
    script: only(mainOutputs, 'main', 'js'),
    stylesheet: only(mainOutputs, 'main', 'css'),
    workers,
    files,
  };
  await writeFile(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

function kiB(bytes) {
  return `${(bytes / 1024).toFixed(0).padStart(6)} KiB`;
}

const started = performance.now();
const manifest = await buildIde();
const lines = Object.entries(manifest.files).map(
  ([name, { bytes, gzipBytes }]) =>
    `  ${name.padEnd(34)} ${kiB(bytes)}${gzipBytes ? `  (gzip ${kiB(gzipBytes)})` : ''}`,
);
process.stdout.write(
  `build-ide: dist/web/ide in ${((performance.now() - started) / 1000).toFixed(1)} s\n${lines.join('\n')}\n`,
);
