/**
 * What the browser bundles share (scripts/build-ide.mjs, scripts/build-explore.mjs): esbuild
 * options, reading entry outputs from the metafile, and the finish: a gzip copy of each text file
 * and manifest.json, which src/web/ reads to write the page and to know which files exist. Output
 * names carry content hashes and the same sources give the same bytes, so the server caches them
 * for a year. Everything comes from node_modules: the pages load nothing from other hosts.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { gzipSync } from 'node:zlib';

/** Browsers that support module scripts, workers created from URLs and everything GraphiQL 5 uses. */
export const BROWSER_TARGET = ['es2022', 'chrome111', 'firefox111', 'safari16.4'];

export function commonOptions(root, outDir) {
  return {
    absWorkingDir: root,
    bundle: true,
    minify: true,
    write: true,
    outdir: outDir,
    metafile: true,
    target: BROWSER_TARGET,
    charset: 'utf8',
    legalComments: 'eof',
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
  };
}

/** A clean folder: no file of an earlier build may linger and be served. */
export async function cleanFolder(outDir) {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
}

/** The output file names of a build, without folders, keyed by entry point name. */
export function outputsByEntry(metafile) {
  const byEntry = new Map();
  for (const [output, meta] of Object.entries(metafile.outputs)) {
    if (!meta.entryPoint) continue;
    const entry = basename(output).replace(/-[A-Z0-9]{8}\.js$/, '');
    byEntry.set(entry, { js: basename(output), css: meta.cssBundle ? basename(meta.cssBundle) : undefined });
  }
  return byEntry;
}

export function only(byEntry, entry, kind) {
  const file = byEntry.get(entry)?.[kind];
  if (!file) throw new Error(`esbuild produced no ${kind} for ${entry}`);
  return file;
}

/**
 * Writes the .gz copies and manifest.json ({...fields, files}) for every output of `metafiles`,
 * and returns the manifest.
 */
export async function finishBundle(outDir, metafiles, fields) {
  const names = metafiles
    .flatMap((metafile) => Object.keys(metafile.outputs))
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
  const manifest = { ...fields, files };
  await writeFile(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

function kiB(bytes) {
  return `${(bytes / 1024).toFixed(0).padStart(6)} KiB`;
}

/** Runs `build` and prints what it wrote, with sizes. */
export async function reportBuild(label, outDirName, build) {
  const started = performance.now();
  const manifest = await build();
  const lines = Object.entries(manifest.files).map(
    ([name, { bytes, gzipBytes }]) =>
      `  ${name.padEnd(34)} ${kiB(bytes)}${gzipBytes ? `  (gzip ${kiB(gzipBytes)})` : ''}`,
  );
  process.stdout.write(
    `${label}: ${outDirName} in ${((performance.now() - started) / 1000).toFixed(1)} s\n${lines.join('\n')}\n`,
  );
}
