/**
 * The browser of the browser tests: a Chromium the machine already has (Debian's `chromium`),
 * driven by playwright-core, never a downloaded one. Found as NEWSGRAPH_CHROMIUM names it, else
 * on PATH, so a PATH without it is a machine without it.
 */
import { accessSync, constants } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const EXECUTABLE_NAMES = ['chromium', 'chromium-browser'];

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Chromium executable, or undefined when there is none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.NEWSGRAPH_CHROMIUM) return isExecutable(env.NEWSGRAPH_CHROMIUM) ? env.NEWSGRAPH_CHROMIUM : undefined;
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of EXECUTABLE_NAMES) {
      const path = join(dir, name);
      if (isExecutable(path)) return path;
    }
  }
  return undefined;
}

export interface LaunchedChromium {
  context: BrowserContext;
  page: Page;
  close: () => Promise<void>;
}

/** A fresh Chromium profile each time: no saved state, no cache, nothing from an earlier run. */
export async function launchChromium(viewport = { width: 1400, height: 900 }): Promise<LaunchedChromium> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium: gate the test with requires("chromium") (tests/setup/needs.ts)');
  const userDataDir = await mkdtemp(join(tmpdir(), 'newsgraph-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    return {
      context,
      page,
      close: async () => {
        await context.close();
        await rm(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
}
