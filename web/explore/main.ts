/**
 * The graph explorer page: search an actor, see its neighbourhood, expand it click by click, read
 * the sources of any event or relationship, or find the path between two actors. Reads only the
 * public GraphQL API (api.ts); draws with Cytoscape.js.
 */
import cytoscape, { type Core, type EdgeSingular, type NodeSingular } from 'cytoscape';
import './explore.css';
import { ApiError, createExplorerApi, type ApiGraph, type ApiNode } from './api.js';
import {
  actorDetails,
  eventDetails,
  legendItems,
  pathDetails,
  message,
  relationshipHeading,
  welcome,
  type DetailsActions,
} from './details.js';
import { h } from './dom.js';
import { edgeData, toElements, type EdgeData, type NodeData } from './elements.js';
import { GRAPH_STYLE } from './graph-style.js';
import { NODE_KINDS } from './kinds.js';
import { createSearchBox } from './search-box.js';

/** How much one search or one expansion draws; the API allows up to 200 nodes. */
const FIRST_VIEW_NODES = 60;
const EXPAND_NODES = 40;
const PATH_MAX_HOPS = 6;
const MAX_FIT_ZOOM = 1.4;
const FIT_PADDING = 50;
const KEY_STORAGE = 'newsgraph.explorer.apiKey';

const root = document.getElementById('explorer');
if (!root) throw new Error('newsgraph explorer: the page has no #explorer element');

// The page is /…/explore; the API is /…/graphql beside it, also behind a proxy's path prefix.
const api = createExplorerApi(new URL('graphql', window.location.href).pathname, () => {
  return sessionStorage.getItem(KEY_STORAGE) ?? undefined;
});

type Mode = 'neighbourhood' | 'path';

const state = {
  mode: 'neighbourhood' as Mode,
  pending: 0,
  expanded: new Set<string>(),
  pathEnds: { from: undefined as ApiNode | undefined, to: undefined as ApiNode | undefined },
};

// ---- the page's parts ----

const graphElement = h('div', { class: 'graph', 'aria-label': 'Graph of actors and events' });
const status = h('p', { class: 'status', role: 'status' });
const legend = h('ul', { class: 'legend', 'aria-label': 'Legend' });
const details = h('aside', { class: 'details', 'aria-label': 'Details', 'aria-live': 'polite' }, welcome());
const fitButton = h('button', { type: 'button', title: 'Show the whole graph' }, 'Fit');
const arrangeButton = h('button', { type: 'button', title: 'Lay the graph out again' }, 'Re-arrange');

const onError = (error: unknown): void => showError(error);
const fromBox = createSearchBox({
  id: 'explore-from',
  label: 'Search an actor',
  placeholder: 'Search an actor: ICC, Netanyahu, Hamas…',
  search: (query) => track(api.search(query)),
  onPick: (actor) => {
    if (state.mode === 'path') {
      state.pathEnds.from = actor;
      void findPath();
    } else {
      void showNeighbourhood(actor);
    }
  },
  onError,
});
const toBox = createSearchBox({
  id: 'explore-to',
  label: 'Search the actor to reach',
  placeholder: '…to: search the other actor',
  search: (query) => track(api.search(query)),
  onPick: (actor) => {
    state.pathEnds.to = actor;
    void findPath();
  },
  onError,
});
toBox.element.hidden = true;

const modeButtons = (['neighbourhood', 'path'] as const).map((mode) => {
  const button = h(
    'button',
    { type: 'button', role: 'tab', 'data-mode': mode, 'aria-selected': String(mode === state.mode) },
    mode === 'neighbourhood' ? 'Around an actor' : 'Path between two',
  );
  button.addEventListener('click', () => setMode(mode));
  return button;
});

root.replaceChildren(
  h(
    'header',
    { class: 'bar' },
    h('a', { class: 'brand', href: 'explore' }, 'newsgraph', h('span', {}, 'explorer')),
    h('div', { class: 'modes', role: 'tablist', 'aria-label': 'What to explore' }, modeButtons),
    h('div', { class: 'searches' }, fromBox.element, toBox.element),
    h('nav', {}, h('a', { href: 'graphql', title: 'The GraphQL API and its IDE' }, 'GraphQL IDE')),
  ),
  h(
    'main',
    { class: 'stage' },
    h('div', { class: 'toolbar' }, status, h('div', { class: 'tools' }, fitButton, arrangeButton)),
    h('div', { class: 'canvas' }, graphElement, legend),
    details,
  ),
);

const cy: Core = cytoscape({
  container: graphElement,
  style: GRAPH_STYLE,
  minZoom: 0.2,
  maxZoom: 3,
  wheelSensitivity: 0.3,
  boxSelectionEnabled: false,
});
// For the browser test, as GraphiQL exposes Monaco: the graph as drawn.
(globalThis as { __NEWSGRAPH_EXPLORER__?: { cy: Core } }).__NEWSGRAPH_EXPLORER__ = { cy };

// ---- busy state, errors ----

function setBusy(): void {
  root?.setAttribute('data-state', state.pending > 0 ? 'busy' : 'idle');
  root?.setAttribute('aria-busy', String(state.pending > 0));
}

async function track<T>(work: Promise<T>): Promise<T> {
  state.pending += 1;
  setBusy();
  try {
    return await work;
  } finally {
    state.pending -= 1;
    setBusy();
  }
}

function showError(error: unknown): void {
  if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') {
    details.replaceChildren(keyForm(error.message));
    return;
  }
  const text = error instanceof Error ? error.message : String(error);
  details.replaceChildren(message(`The API answered with an error: ${text}`, 'error'));
}

/** This server wants a key for reads (API_READS=key): ask for it, keep it for this tab only. */
function keyForm(why: string): HTMLElement {
  const input = h('input', { type: 'password', autocomplete: 'off', 'aria-label': 'API key' });
  const form = h(
    'form',
    { class: 'key-form' },
    message(why, 'error'),
    h('label', {}, 'API key ', input),
    h('button', { type: 'submit' }, 'Use this key'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    sessionStorage.setItem(KEY_STORAGE, input.value.trim());
    details.replaceChildren(message('Key saved for this tab. Search again.'));
  });
  return form;
}

// ---- drawing ----

function describeView(prefix: string, truncated = false): void {
  const actors = cy.nodes('[family = "actor"]').length;
  const events = cy.nodes('[family = "event"]').length;
  status.textContent =
    `${prefix}: ${actors} actor${actors === 1 ? '' : 's'}, ${events} event${events === 1 ? '' : 's'}.` +
    (truncated
      ? ' More are in reach: expand a node to see them.'
      : ' Click an actor to expand it, an event for its sources.');
}

/** A few nodes are not blown up to fill the screen. */
function capZoom(): void {
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center();
  }
}

/** Shows the whole graph. */
function fitView(): void {
  cy.fit(undefined, FIT_PADDING);
  capZoom();
}

/** Lays the graph out; the page counts as busy until the layout (and its animation) is done. */
function arrange(options: { randomize: boolean }): void {
  const layout = cy.layout({
    name: 'cose',
    animate: !options.randomize,
    animationDuration: 400,
    randomize: options.randomize,
    nodeDimensionsIncludeLabels: true,
    idealEdgeLength: () => 80,
    nodeRepulsion: () => 12_000,
    gravity: 0.6,
    numIter: 1500,
    fit: true,
    padding: FIT_PADDING,
  });
  void track(layout.promiseOn('layoutstop').then(capZoom));
  layout.run();
}

/** The legend of the kinds drawn: those of the kinds table in its order, then any it does not know. */
function updateLegend(): void {
  const order = Object.keys(NODE_KINDS);
  const drawn = new Map<string, NodeData>();
  cy.nodes().forEach((node) => {
    const data = node.data() as NodeData;
    if (!drawn.has(data.typename)) drawn.set(data.typename, data);
  });
  const rank = (typename: string): number => (order.includes(typename) ? order.indexOf(typename) : order.length);
  const kinds = [...drawn.values()].sort((a, b) => rank(a.typename) - rank(b.typename));
  legend.replaceChildren(
    ...legendItems(kinds.map(({ kindLabel, color, shape }) => ({ label: kindLabel, color, shape }))),
  );
  legend.hidden = kinds.length === 0;
}

/** Adds what is not drawn yet, new nodes starting where `near` is so they grow out of it. */
function addGraph(graph: ApiGraph, near?: NodeSingular): number {
  const { nodes, edges } = toElements(graph);
  const fresh = nodes.filter(({ data }) => cy.getElementById(data.id).empty());
  const at = near?.position();
  cy.add(
    fresh.map(({ data }) => ({
      group: 'nodes' as const,
      data,
      ...(at ? { position: { x: at.x + (Math.random() - 0.5) * 60, y: at.y + (Math.random() - 0.5) * 60 } } : {}),
    })),
  );
  cy.add(
    edges
      .filter(({ data }) => cy.getElementById(data.id).empty())
      .map(({ data }) => ({ group: 'edges' as const, data })),
  );
  updateLegend();
  return fresh.length;
}

async function showNeighbourhood(actor: ApiNode): Promise<void> {
  setHash({ actor: actor.id });
  fromBox.show(actor.name ?? actor.key);
  try {
    const graph = await track(api.neighbourhood(actor.id, 2, FIRST_VIEW_NODES));
    cy.elements().remove();
    state.expanded = new Set([actor.id]);
    addGraph(graph);
    const origin = cy.getElementById(actor.id);
    origin.addClass('origin expanded');
    arrange({ randomize: true });
    describeView(actor.name ?? actor.key, graph.truncated);
    await showNodeDetails(origin);
  } catch (error) {
    showError(error);
  }
}

async function expand(id: string): Promise<void> {
  const node = cy.getElementById(id);
  if (node.empty() || state.expanded.has(id)) return;
  const family = (node.data() as NodeData).family;
  try {
    // An event's actors are one hop away; an actor's counterparts two (actor → event → actor).
    const graph = await track(api.neighbourhood(id, family === 'event' ? 1 : 2, EXPAND_NODES));
    state.expanded.add(id);
    node.addClass('expanded');
    const added = addGraph(graph, node);
    if (added > 0) arrange({ randomize: false });
    const name = (node.data() as NodeData).label.split('\n')[0] ?? '';
    describeView(added > 0 ? `${added} new around ${name}` : `All around ${name} was drawn already`);
  } catch (error) {
    showError(error);
  }
}

async function findPath(): Promise<void> {
  const { from, to } = state.pathEnds;
  if (!from || !to) {
    status.textContent = from ? 'Now pick the actor to reach.' : 'Pick the actor to start from.';
    return;
  }
  setHash({ from: from.id, to: to.id });
  try {
    const path = await track(api.path(from.id, to.id, PATH_MAX_HOPS));
    cy.elements().remove();
    state.expanded = new Set();
    if (!path) {
      updateLegend();
      status.textContent = `No chain of at most ${PATH_MAX_HOPS} events and roles connects ${from.name} and ${to.name}.`;
      details.replaceChildren(message(status.textContent));
      return;
    }
    addGraph(path);
    // The path left to right, events a little below the actors: it reads as a sentence.
    path.nodes.forEach((node, index) => {
      cy.getElementById(node.id).position({ x: index * 170, y: typeof node.name === 'string' ? 0 : 40 });
    });
    cy.edges().addClass('path');
    cy.getElementById(from.id).addClass('origin');
    cy.getElementById(to.id).addClass('origin');
    fitView();
    status.textContent =
      `${from.name} → ${to.name}: ${path.length} step${path.length === 1 ? '' : 's'}. ` +
      'Click a node to expand it, an event or a line for its sources.';
    details.replaceChildren(
      pathDetails(
        from.name ?? from.key,
        to.name ?? to.key,
        cy.nodes().map((node) => node.data() as NodeData),
        path.relationships.map(edgeData),
        actions,
      ),
    );
  } catch (error) {
    showError(error);
  }
}

// ---- details ----

const actions: DetailsActions = {
  expand: (id) => void expand(id),
  focus: (id) => {
    const node = cy.getElementById(id);
    if (node.empty()) return;
    cy.elements().unselect();
    node.select();
    cy.animate({ center: { eles: node }, duration: 300 });
    void showNodeDetails(node);
  },
  pathFrom: (id, name) => {
    setMode('path');
    state.pathEnds.from = { __typename: 'Actor', id, key: id, name };
    fromBox.show(name);
    toBox.input.focus();
  },
};

async function showNodeDetails(node: NodeSingular): Promise<void> {
  const data = node.data() as NodeData;
  details.replaceChildren(message(`Loading ${data.label.split('\n')[0]}…`));
  try {
    if (data.family === 'event') {
      const event = await track(api.event(data.id));
      details.replaceChildren(event ? eventDetails(event, actions) : message('This event is no longer in the graph.'));
    } else {
      const actor = await track(api.actor(data.id));
      details.replaceChildren(
        actor
          ? actorDetails(actor, state.expanded.has(data.id), actions)
          : message('This actor is no longer in the graph.'),
      );
    }
  } catch (error) {
    showError(error);
  }
}

async function showEdgeDetails(edge: EdgeSingular): Promise<void> {
  const data = edge.data() as EdgeData;
  const from = edge.source().data() as NodeData;
  const to = edge.target().data() as NodeData;
  const heading = relationshipHeading(data, from, to);
  details.replaceChildren(heading, message('Loading its sources…'));
  try {
    // The evidence of a relationship is its event's, or (HOLDS_ROLE) the role's.
    const event = [from, to].find((end) => end.family === 'event');
    if (event) {
      const found = await track(api.event(event.id));
      details.replaceChildren(heading, found ? eventDetails(found, actions) : message('No longer in the graph.'));
      return;
    }
    const actor = await track(api.actor(from.id));
    const roles = (actor?.roles ?? []).filter(
      (role) => role.holder?.id === to.id && (!data.role || role.role === data.role),
    );
    details.replaceChildren(
      heading,
      actor
        ? actorDetails({ ...actor, roles, members: [], mentionedIn: [] }, state.expanded.has(from.id), actions)
        : message('No longer in the graph.'),
    );
  } catch (error) {
    showError(error);
  }
}

cy.on('tap', 'node', (event) => {
  const node = event.target as NodeSingular;
  void showNodeDetails(node);
  void expand(node.id());
});
cy.on('tap', 'edge', (event) => void showEdgeDetails(event.target as EdgeSingular));
cy.on('tap', (event) => {
  if (event.target === cy) details.replaceChildren(welcome());
});
fitButton.addEventListener('click', fitView);
arrangeButton.addEventListener('click', () => arrange({ randomize: true }));

// ---- modes and the address bar ----

function setMode(mode: Mode): void {
  state.mode = mode;
  for (const button of modeButtons) button.setAttribute('aria-selected', String(button.dataset.mode === mode));
  toBox.element.hidden = mode !== 'path';
  fromBox.input.placeholder = mode === 'path' ? 'From: search an actor' : 'Search an actor: ICC, Netanyahu, Hamas…';
  if (mode === 'path') state.pathEnds = { from: undefined, to: undefined };
}

/** The view in the address bar (#actor=… or #from=…&to=…), so it can be bookmarked and shared. */
function setHash(params: Record<string, string>): void {
  const hash = `#${new URLSearchParams(params).toString()}`;
  if (window.location.hash !== hash) history.replaceState(null, '', hash);
}

async function restoreFromHash(): Promise<void> {
  const params = new URLSearchParams(window.location.hash.slice(1));
  const actor = params.get('actor');
  const from = params.get('from');
  const to = params.get('to');
  try {
    if (actor) {
      const found = await track(api.actor(actor));
      if (found) await showNeighbourhood(found);
    } else if (from && to) {
      setMode('path');
      const [start, end] = await Promise.all([track(api.actor(from)), track(api.actor(to))]);
      if (start && end) {
        state.pathEnds = { from: start, to: end };
        fromBox.show(start.name ?? start.key);
        toBox.show(end.name ?? end.key);
        await findPath();
      }
    }
  } catch (error) {
    showError(error);
  }
}

setBusy();
updateLegend();
status.textContent = 'Search an actor to begin.';
void restoreFromHash();
fromBox.input.focus();
