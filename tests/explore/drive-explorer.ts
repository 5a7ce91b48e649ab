/**
 * Drives the graph explorer (/explore) in Chromium as a person would: types into the search field,
 * picks a suggestion, clicks nodes on the canvas at the place where they are drawn. Reads what is
 * drawn from the Cytoscape instance the page exposes (as the IDE test reads Monaco's), and records
 * every request of the page so a test can check that none left the origin. It knows nothing of the
 * server behind baseUrl.
 */
import type { Page } from 'playwright-core';
import { launchChromium } from '../setup/chromium.js';

export interface DrawnNode {
  id: string;
  typename: string;
  family: 'actor' | 'event';
  label: string;
  status?: string;
}

export interface DrawnEdge {
  source: string;
  target: string;
  type: string;
  label: string;
}

export interface DrawnGraph {
  nodes: DrawnNode[];
  edges: DrawnEdge[];
}

export interface Explorer {
  page: Page;
  /** Every http(s) and ws(s) URL the page asked for, in order. */
  requests: string[];
  /** Those of them whose origin is not baseUrl's. */
  foreignRequests(): string[];
  /** Uncaught page errors, console errors and Content-Security-Policy violations. */
  errors: string[];
  /** Waits until no request or layout is in progress. */
  settle(): Promise<void>;
  graph(): Promise<DrawnGraph>;
  /** Types `query` into the (first) search field and picks the suggestion whose name is `pick`. */
  searchAndPick(query: string, pick: string, field?: 'from' | 'to'): Promise<void>;
  /** Clicks the drawn node with this id, where it is on the screen. */
  clickNode(id: string): Promise<void>;
  /** Clicks the middle of the drawn edge from `source` to `target`. */
  clickEdge(source: string, target: string): Promise<void>;
  /** Switches between "Around an actor" and "Path between two". */
  mode(name: 'Around an actor' | 'Path between two'): Promise<void>;
  /** The details panel's text. */
  details(): Promise<string>;
  close(): Promise<void>;
}

export async function openExplorer(baseUrl: string, timeoutMs = 30_000): Promise<Explorer> {
  const origin = new URL(baseUrl).origin;
  const { context, page, close } = await launchChromium();
  page.setDefaultTimeout(timeoutMs);
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => {
    if (/^(https?|wss?):/.test(request.url())) requests.push(request.url());
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });

  const settle = async (): Promise<void> => {
    await page.locator('#explorer[data-state="idle"]').waitFor({ state: 'attached' });
  };

  const graph = (): Promise<DrawnGraph> =>
    page.evaluate(() => {
      interface Element {
        data(): Record<string, unknown>;
      }
      interface Cy {
        nodes(): Element[];
        edges(): Element[];
      }
      const cy = (globalThis as { __NEWSGRAPH_EXPLORER__?: { cy: Cy } }).__NEWSGRAPH_EXPLORER__?.cy;
      if (!cy) return { nodes: [], edges: [] };
      return {
        nodes: cy.nodes().map((node) => {
          const { id, typename, family, label, status } = node.data();
          return { id, typename, family, label, ...(status ? { status } : {}) } as DrawnNode;
        }),
        edges: cy.edges().map((edge) => {
          const { source, target, type, label } = edge.data();
          return { source, target, type, label } as DrawnEdge;
        }),
      };
    });

  const clickAt = async (at: { x: number; y: number }): Promise<void> => {
    const box = await page.locator('.graph').boundingBox();
    if (!box) throw new Error('the graph is not on the screen');
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await page.waitForTimeout(50);
    await settle();
  };

  try {
    await page.goto(new URL('/explore', baseUrl).href, { waitUntil: 'load' });
    await page.locator('#explore-from').waitFor({ state: 'visible' });
  } catch (error) {
    await close();
    throw error;
  }

  return {
    page,
    requests,
    foreignRequests: () => requests.filter((url) => new URL(url).origin !== origin),
    errors,
    settle,
    graph,
    searchAndPick: async (query, pick, field = 'from') => {
      const input = page.locator(`#explore-${field}`);
      await input.fill(query);
      await page.locator(`#explore-${field}-suggestions [role="option"]`, { hasText: pick }).first().click();
      // The pick starts requests a moment later: wait for them to begin, then to end.
      await page.waitForTimeout(50);
      await settle();
    },
    clickNode: async (id) => {
      await clickAt(await renderedPoint(page, { node: id }));
    },
    clickEdge: async (source, target) => {
      await clickAt(await renderedPoint(page, { edge: [source, target] }));
    },
    mode: async (name) => {
      await page.getByRole('tab', { name }).click();
    },
    details: () => page.locator('.details').innerText(),
    close,
  };
}

/** Where a node, or the middle of an edge, is drawn, in pixels from the graph's top left corner. */
async function renderedPoint(
  page: Page,
  target: { node: string } | { edge: [string, string] },
): Promise<{ x: number; y: number }> {
  const at = await page.evaluate((wanted) => {
    interface Element {
      empty(): boolean;
      renderedPosition(): { x: number; y: number };
      renderedMidpoint(): { x: number; y: number };
    }
    interface Cy {
      getElementById(id: string): Element;
      edges(selector: string): Element & { first(): Element };
    }
    const cy = (globalThis as { __NEWSGRAPH_EXPLORER__?: { cy: Cy } }).__NEWSGRAPH_EXPLORER__?.cy;
    if (!cy) return undefined;
    if ('node' in wanted) {
      const node = cy.getElementById(wanted.node);
      return node.empty() ? undefined : node.renderedPosition();
    }
    const edge = cy.edges(`[source = "${wanted.edge[0]}"][target = "${wanted.edge[1]}"]`).first();
    return edge.empty() ? undefined : edge.renderedMidpoint();
  }, target);
  if (!at) throw new Error(`${JSON.stringify(target)} is not drawn`);
  return at;
}
