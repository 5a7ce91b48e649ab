import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** What scripts/web-bundle.mjs writes to dist/web/<bundle>/manifest.json. */
const manifestSchema = z.object({
  script: z.string(),
  stylesheet: z.string(),
  /** Web workers the script starts by name (the IDE's Monaco workers). */
  workers: z.record(z.string(), z.string()).optional(),
  files: z.record(z.string(), z.object({ bytes: z.number(), gzipBytes: z.number().optional() })),
});

export interface BundleFile {
  bytes: number;
  /** Set when the build also wrote `<name>.gz`. */
  gzipBytes?: number;
}

export interface BundleManifest {
  script: string;
  stylesheet: string;
  /** Every file the build wrote (besides the .gz copies and the manifest), by name: the only ones served. */
  files: ReadonlyMap<string, BundleFile>;
}

/** `reason` is shown to users: it names no server path. */
export type ManifestState = { ok: true; manifest: BundleManifest } | { ok: false; reason: string };

/** A name the build can produce: no slash, no dot first, so no path can leave the folder. */
const ASSET_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Reads the bundle's manifest.json, again whenever the file changes (a rebuild while the server runs
 * changes every hashed name), and remembers a missing bundle only until it appears.
 */
export function createManifestReader(assetsDir: string): () => ManifestState {
  const path = join(assetsDir, 'manifest.json');
  let cached: { ino: number; mtimeMs: number; size: number; state: ManifestState } | undefined;
  return () => {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) {
      cached = undefined;
      return { ok: false, reason: 'manifest.json is missing' };
    }
    if (cached && cached.ino === stat.ino && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) {
      return cached.state;
    }
    const state = readManifest(path);
    cached = { ino: stat.ino, mtimeMs: stat.mtimeMs, size: stat.size, state };
    return state;
  };
}

function readManifest(path: string): ManifestState {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    // A SyntaxError names no path; an fs error would, so only its code is shown.
    const why = error instanceof SyntaxError ? error.message : String((error as NodeJS.ErrnoException).code);
    return { ok: false, reason: `manifest.json cannot be read: ${why}` };
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: 'manifest.json is not a bundle manifest' };
  const { script, stylesheet, workers, files } = parsed.data;
  const unsafe = Object.keys(files).find((name) => !ASSET_NAME.test(name));
  if (unsafe !== undefined) {
    return { ok: false, reason: `manifest.json lists an unsafe file name: ${JSON.stringify(unsafe)}` };
  }
  for (const name of [script, stylesheet, ...Object.values(workers ?? {})]) {
    if (!Object.hasOwn(files, name))
      return { ok: false, reason: `manifest.json does not list ${name} among its files` };
  }
  return { ok: true, manifest: { script, stylesheet, files: new Map(Object.entries(files)) } };
}
