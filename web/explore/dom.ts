/**
 * A few lines of DOM building. Text always goes in as text nodes, never as HTML: names and
 * evidence sentences come from third-party articles.
 */
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: Array<Child | Child[]>
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

/** A link to an article: opened in a new tab, telling the other site nothing about this page. */
export function articleLink(title: string, url: string | null): HTMLElement {
  if (!url || !/^https?:\/\//i.test(url)) return h('span', { class: 'article-title' }, title);
  return h('a', { class: 'article-title', href: url, target: '_blank', rel: 'noopener noreferrer' }, title);
}

/** A round swatch in a kind's colour (set through the CSSOM: the page's CSP allows no inline style attribute). */
export function swatch(color: string, shape = 'ellipse'): HTMLElement {
  const element = h('span', { class: `swatch swatch-${shape}`, 'aria-hidden': 'true' });
  element.style.backgroundColor = color;
  return element;
}
