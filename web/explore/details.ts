/**
 * The details panel: what the graph knows of the clicked actor, event or relationship, with the
 * sentences that state it and links to their articles.
 */
import type { ApiActor, ApiArticle, ApiEvent, ApiRole, ApiSource } from './api.js';
import { articleLink, h, swatch } from './dom.js';
import { formatDate, nodeData, type EdgeData, type NodeData } from './elements.js';
import { FIELD_LABELS, type NodeKind } from './kinds.js';

/** What the panel's buttons and names can ask the page to do. */
export interface DetailsActions {
  expand(id: string): void;
  focus(id: string): void;
  pathFrom(id: string, name: string): void;
}

function heading(data: NodeData, title: string): HTMLElement {
  return h(
    'header',
    { class: 'details-heading' },
    h('p', { class: 'kind' }, swatch(data.color, data.shape), data.kindLabel),
    h('h2', {}, title),
  );
}

function words(value: string): string {
  return value.toLowerCase().replace(/_/g, ' ');
}

/** `SUBJECT` → `Subject`. */
function title(value: string): string {
  const text = words(value);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function articleLine(article: ApiArticle): HTMLElement {
  return h(
    'p',
    { class: 'article' },
    articleLink(article.title ?? article.articleId, article.url),
    article.publishedAt ? h('span', { class: 'published' }, formatDate(article.publishedAt)) : null,
  );
}

function sourceList(sources: ApiSource[]): HTMLElement {
  if (sources.length === 0) return h('p', { class: 'muted' }, 'No source sentence is stored.');
  return h(
    'ol',
    { class: 'sources' },
    sources.map((source) =>
      h(
        'li',
        {},
        source.evidence.map((evidence) => h('blockquote', {}, evidence.text)),
        articleLine(source.article),
      ),
    ),
  );
}

function section(title: string, ...content: Array<Node | null>): HTMLElement {
  return h('section', {}, h('h3', {}, title), ...content);
}

function nameButton(actions: DetailsActions, id: string, name: string): HTMLElement {
  const button = h('button', { type: 'button', class: 'link' }, name);
  button.addEventListener('click', () => actions.focus(id));
  return button;
}

/** The fields an event kind has beyond the shared ones (status, charges, mode…), whatever the kind. */
function extraFields(event: ApiEvent): Array<[string, string]> {
  const shared = new Set(['__typename', 'id', 'key', 'date', 'reportCount', 'actors', 'sources']);
  return Object.entries(event).flatMap(([field, value]): Array<[string, string]> => {
    if (shared.has(field) || value === null || value === undefined) return [];
    const label = FIELD_LABELS[field] ?? field;
    if (Array.isArray(value)) return value.length > 0 ? [[label, value.join('; ')]] : [];
    return typeof value === 'string' || typeof value === 'number' ? [[label, words(String(value))]] : [];
  });
}

export function eventDetails(event: ApiEvent, actions: DetailsActions): HTMLElement {
  const data = nodeData(event);
  const rows: Array<[string, string]> = [
    ['Date', event.date ? formatDate(event.date.value) : 'not dated by any article'],
    ...extraFields(event),
    ['Reported by', `${event.reportCount} article${event.reportCount === 1 ? '' : 's'}`],
  ];
  return h(
    'div',
    {},
    heading(data, `${data.kindLabel}${event.date ? `, ${formatDate(event.date.value)}` : ''}`),
    h(
      'dl',
      { class: 'fields' },
      rows.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]),
    ),
    section(
      'Who',
      h(
        'ul',
        { class: 'roles' },
        event.actors.map(({ role, actor }) =>
          h('li', {}, h('span', { class: 'role' }, title(role)), nameButton(actions, actor.id, actor.name)),
        ),
      ),
    ),
    section('Sources', sourceList(event.sources)),
  );
}

function roleList(roles: ApiRole[], actions: DetailsActions, side: 'holder' | 'person'): HTMLElement {
  return h(
    'ul',
    { class: 'roles' },
    roles.map((role) => {
      const other = role[side];
      return h(
        'li',
        {},
        h('span', { class: 'role' }, role.role),
        other ? nameButton(actions, other.id, other.name) : null,
        role.sources[0]?.evidence[0] ? h('blockquote', {}, role.sources[0].evidence[0].text) : null,
        role.sources[0] ? articleLine(role.sources[0].article) : null,
      );
    }),
  );
}

export function actorDetails(actor: ApiActor, expanded: boolean, actions: DetailsActions): HTMLElement {
  const data = nodeData(actor);
  const name = actor.name ?? actor.key;
  const aliases = (actor.aliases ?? []).filter((alias) => alias !== name);
  const expand = h('button', { type: 'button', disabled: expanded }, expanded ? 'Expanded' : 'Expand neighbours');
  expand.addEventListener('click', () => actions.expand(actor.id));
  const path = h('button', { type: 'button' }, 'Path from here…');
  path.addEventListener('click', () => actions.pathFrom(actor.id, name));
  return h(
    'div',
    {},
    heading(data, name),
    aliases.length > 0 ? h('p', { class: 'aliases' }, `Also called ${aliases.join(', ')}`) : null,
    h('div', { class: 'actions' }, expand, path),
    actor.roles.length > 0 ? section('Roles', roleList(actor.roles, actions, 'holder')) : null,
    actor.members.length > 0 ? section('People', roleList(actor.members, actions, 'person')) : null,
    actor.mentionedIn.length > 0
      ? section('Mentioned in', h('div', { class: 'mentions' }, actor.mentionedIn.map(articleLine)))
      : null,
  );
}

/** A relationship: its two ends and, below, the event or role that holds the evidence. */
export function relationshipHeading(edge: EdgeData, from: NodeData, to: NodeData): HTMLElement {
  return h(
    'header',
    { class: 'details-heading relationship' },
    h('p', { class: 'kind' }, 'Relationship'),
    h(
      'h2',
      {},
      h('span', {}, from.label.replace('\n', ', ')),
      h('span', { class: 'verb' }, ` ${edge.label} `),
      h('span', {}, to.label.replace('\n', ', ')),
    ),
  );
}

/** The legend of the kinds drawn, in the order given. */
/** A path, step by step, each step in its graph direction: "ICC issued Arrest warrant, 21 Nov 2024". */
export function pathDetails(
  from: string,
  to: string,
  nodes: NodeData[],
  steps: EdgeData[],
  actions: DetailsActions,
): HTMLElement {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const name = (id: string): HTMLElement => {
    const node = byId.get(id);
    return nameButton(actions, id, node ? node.label.replace('\n', ', ') : id);
  };
  return h(
    'div',
    {},
    h('header', { class: 'details-heading' }, h('p', { class: 'kind' }, 'Path'), h('h2', {}, `${from} → ${to}`)),
    h(
      'p',
      { class: 'muted' },
      `${steps.length} step${steps.length === 1 ? '' : 's'} through events and roles. Click a name for its details and sources.`,
    ),
    h(
      'ol',
      { class: 'steps' },
      steps.map((step) =>
        h('li', {}, name(step.source), h('span', { class: 'verb' }, ` ${step.label} `), name(step.target)),
      ),
    ),
  );
}

export function legendItems(kinds: Array<Pick<NodeKind, 'label' | 'color' | 'shape'>>): HTMLElement[] {
  return kinds.map((kind) => h('li', {}, swatch(kind.color, kind.shape), kind.label));
}

export function welcome(): HTMLElement {
  return h(
    'div',
    { class: 'welcome' },
    h('h2', {}, 'Explore who did what to whom'),
    h(
      'p',
      {},
      'Search for a person, state, court, organisation or place, and pick it: its neighbourhood is drawn, ' +
        'the events it took part in and the actors on their other side.',
    ),
    h(
      'ul',
      {},
      h('li', {}, 'Click an actor to expand its neighbours.'),
      h('li', {}, 'Click an event or a line for its date, status and the sentences that report it.'),
      h('li', {}, '“Path between two” finds the shortest chain of events and roles between two actors.'),
    ),
    h('p', { class: 'muted' }, 'Try: ICC, Netanyahu, Hamas, Ukraine.'),
  );
}

export function message(text: string, kind: 'info' | 'error' = 'info'): HTMLElement {
  return h('p', { class: `message ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}
