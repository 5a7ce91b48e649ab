/**
 * Drives the self-hosted GraphiQL IDE in Chromium (tests/setup/chromium.ts): opens
 * <baseUrl>/graphql, waits for the Monaco editor, runs the first example tab and reads the result
 * pane. It knows nothing of the server behind baseUrl, so it runs as well against
 * the real API server with seeded data as against tests/ide/fixture-api.ts.
 */
import type { Page } from 'playwright-core';
import { launchChromium } from '../setup/chromium.js';

export interface RunIdeExampleOptions {
  /** Texts the result pane must contain, e.g. names in the seeded data; it throws when one is missing. */
  expectInResult: readonly string[];
  /** Typed into the headers editor before the run, e.g. `{ authorization: 'Bearer <API_KEY>' }`. */
  headers?: Record<string, string>;
  /** How long to wait for the page, the editor and the result; default 30 s. */
  timeoutMs?: number;
}

export interface IdeExampleRun {
  /** The page's <title>. */
  title: string;
  /** The titles of the tabs the IDE opened with, in order. */
  tabTitles: string[];
  /** Where the IDE's link to the graph explorer points. */
  exploreLink: string | null;
  /** The operation in the first tab, as the query editor holds it. */
  query: string;
  /** The result pane's text, and that text parsed. */
  resultText: string;
  result: unknown;
  /** Every http(s) and ws(s) URL the page and its workers asked for, in order. */
  requests: string[];
  /** Those of them whose origin is not baseUrl's: none is allowed. */
  foreignRequests: string[];
  /** The URLs of the web workers the page started (Monaco's). */
  workers: string[];
  /** The editor markers after typing `{ noSuchField }` into a new tab: monaco-graphql's validation. */
  validationMessages: string[];
  /** Uncaught page errors, console errors and Content-Security-Policy violations. */
  errors: string[];
  /** Milliseconds from navigation to the editor showing the first example, and from the run click to the result. */
  timings: { editorReadyMs: number; resultMs: number };
}

/**
 * The text of the Monaco editor inside `selector`. Monaco renders only the visible lines, so the
 * text comes from the editor's model, through the monaco instance GraphiQL puts on globalThis;
 * empty while there is no such editor yet.
 */
async function editorText(page: Page, selector: string): Promise<string> {
  return page
    .locator(selector)
    .first()
    .evaluate((container) => {
      interface Editor {
        getContainerDomNode(): typeof container;
        getValue(): string;
      }
      const monaco = (globalThis as { __MONACO?: { editor: { getEditors(): Editor[] } } }).__MONACO;
      return (
        monaco?.editor
          .getEditors()
          .find((editor) => container.contains(editor.getContainerDomNode()))
          ?.getValue() ?? ''
      );
    });
}

/** Replaces the text of the Monaco model whose URI ends with `name`, as typing would. */
async function setModelText(page: Page, name: string, text: string): Promise<void> {
  const found = await page.evaluate(
    ([modelName, value]) => {
      interface Model {
        uri: { path: string };
        setValue(value: string): void;
      }
      const monaco = (globalThis as { __MONACO?: { editor: { getModels(): Model[] } } }).__MONACO;
      const model = monaco?.editor.getModels().find(({ uri }) => uri.path.endsWith(modelName));
      model?.setValue(value);
      return model !== undefined;
    },
    [name, text] as const,
  );
  if (!found) throw new Error(`no editor model named ${name}`);
}

/** The messages of the markers (squiggles) in Monaco's editors, e.g. monaco-graphql's validation errors. */
async function markerMessages(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    interface Monaco {
      editor: { getModelMarkers(filter: object): { message: string }[] };
    }
    const monaco = (globalThis as { __MONACO?: Monaco }).__MONACO;
    return monaco?.editor.getModelMarkers({}).map(({ message }) => message) ?? [];
  });
}

/** Polls `read` until `done` holds for what it returns, or throws after `timeoutMs`. */
async function waitUntil<T>(
  page: Page,
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value)) {
    if (Date.now() > deadline)
      throw new Error(`${what}: not there after ${timeoutMs} ms; found ${JSON.stringify(value)}`);
    await page.waitForTimeout(100);
    value = await read();
  }
  return value;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

export async function runIdeExample(baseUrl: string, options: RunIdeExampleOptions): Promise<IdeExampleRun> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const origin = new URL(baseUrl).origin;
  const { context, page, close } = await launchChromium();
  try {
    page.setDefaultTimeout(timeoutMs);
    const requests: string[] = [];
    const errors: string[] = [];
    const workers: string[] = [];
    // Requests of the page and of its workers; data: and blob: URLs never leave the browser.
    context.on('request', (request) => {
      if (/^(https?|wss?):/.test(request.url())) requests.push(request.url());
    });
    page.on('worker', (worker) => workers.push(worker.url()));
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });

    const started = Date.now();
    await page.goto(new URL('/graphql', baseUrl).href, { waitUntil: 'load' });
    const title = await page.title();

    // The editor is ready when Monaco shows the first example in the operation editor.
    await page.locator('.graphiql-query-editor .monaco-editor').first().waitFor({ state: 'visible' });
    const query = await waitUntil(
      page,
      () => editorText(page, '.graphiql-query-editor'),
      (text) => /\bquery\s+\w+/.test(text),
      timeoutMs,
      'the first example in the operation editor',
    );
    const editorReadyMs = Date.now() - started;
    const tabTitles = (await page.getByRole('tab').allInnerTexts()).map((text) => text.trim());
    const exploreLink = await page.getByRole('link', { name: 'see the graph' }).getAttribute('href');

    if (options.headers) {
      await page.getByRole('button', { name: 'Headers', exact: true }).click();
      await page.locator('.monaco-editor[data-uri$="request-headers.json"]').waitFor({ state: 'visible' });
      await setModelText(page, 'request-headers.json', JSON.stringify(options.headers, null, 2));
    }

    const clicked = Date.now();
    await page.locator('.graphiql-execute-button').click();
    // GraphiQL writes the response once it has it all: the first JSON in the pane is the result.
    const resultText = await waitUntil(
      page,
      () => editorText(page, '.graphiql-response'),
      isJson,
      timeoutMs,
      'a result',
    );
    const resultMs = Date.now() - clicked;
    const missing = options.expectInResult.filter((expected) => !resultText.includes(expected));
    if (missing.length > 0) throw new Error(`the result lacks ${missing.join(', ')}: ${resultText}`);
    // The result is on screen, not only in the model: its first line is rendered.
    await page.locator('.graphiql-response .view-lines').filter({ hasText: 'data' }).waitFor({ state: 'visible' });

    // Validation runs in monaco-graphql's worker against the schema the IDE introspected: a marker
    // under an unknown field, typed into a new tab, shows the worker and the schema both work.
    await page.locator('.graphiql-tab-add').click();
    await page.locator('.graphiql-query-editor .monaco-editor').first().click();
    await page.keyboard.type('{ noSuchField }');
    const markers = await waitUntil(
      page,
      () => markerMessages(page),
      (messages) => messages.some((message) => message.includes('noSuchField')),
      timeoutMs,
      'a validation marker for an unknown field',
    );

    return {
      title,
      tabTitles,
      exploreLink,
      query,
      resultText,
      result: JSON.parse(resultText),
      requests,
      foreignRequests: requests.filter((url) => new URL(url).origin !== origin),
      workers,
      errors,
      validationMessages: markers,
      timings: { editorReadyMs, resultMs },
    };
  } finally {
    await close();
  }
}
