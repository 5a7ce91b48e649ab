/**
 * A search field with suggestions from the API's `search`: type, then pick an actor with the
 * mouse or with the arrow keys and Enter (the WAI-ARIA combobox pattern).
 */
import type { ApiNode } from './api.js';
import { h, swatch } from './dom.js';
import { nodeData } from './elements.js';

const DEBOUNCE_MS = 180;

export interface SearchBox {
  element: HTMLElement;
  input: HTMLInputElement;
  /** Shows a picked actor's name in the field, e.g. when restored from the URL. */
  show(name: string): void;
}

export function createSearchBox(options: {
  id: string;
  label: string;
  placeholder: string;
  search: (query: string) => Promise<ApiNode[]>;
  onPick: (actor: ApiNode) => void;
  onError: (error: unknown) => void;
}): SearchBox {
  const listId = `${options.id}-suggestions`;
  const input = h('input', {
    id: options.id,
    type: 'search',
    placeholder: options.placeholder,
    autocomplete: 'off',
    spellcheck: 'false',
    role: 'combobox',
    'aria-label': options.label,
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
  });
  const list = h('ul', { id: listId, class: 'suggestions', role: 'listbox', hidden: true });
  const element = h('div', { class: 'search-box' }, input, list);

  let hits: ApiNode[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  const close = (): void => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const highlight = (index: number): void => {
    active = index;
    for (const [i, item] of [...list.children].entries()) item.setAttribute('aria-selected', String(i === index));
    if (index >= 0) input.setAttribute('aria-activedescendant', `${listId}-${index}`);
  };

  const pick = (index: number): void => {
    const actor = hits[index];
    if (!actor) return;
    input.value = actor.name ?? actor.key;
    close();
    options.onPick(actor);
  };

  const render = (query: string): void => {
    list.replaceChildren(
      ...(hits.length === 0
        ? [h('li', { class: 'empty', role: 'presentation' }, `No actor matches “${query}”.`)]
        : hits.map((actor, index) => {
            const data = nodeData(actor);
            const aliases = (actor.aliases ?? []).filter((alias) => alias !== actor.name).slice(0, 3);
            const item = h(
              'li',
              { id: `${listId}-${index}`, role: 'option', 'aria-selected': 'false' },
              swatch(data.color, data.shape),
              h('span', { class: 'name' }, data.label),
              h('span', { class: 'kind' }, data.kindLabel),
              aliases.length > 0 ? h('span', { class: 'aliases' }, `also ${aliases.join(', ')}`) : null,
            );
            // mousedown, not click: the input's blur would close the list first.
            item.addEventListener('mousedown', (event) => {
              event.preventDefault();
              pick(index);
            });
            return item;
          })),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(hits.length > 0 ? 0 : -1);
  };

  const lookUp = (query: string): void => {
    const ticket = ++asked;
    options
      .search(query)
      .then((found) => {
        if (ticket !== asked) return; // an answer to an older query
        hits = found;
        render(query);
      })
      .catch(options.onError);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const query = input.value.trim();
    if (query.length === 0) {
      asked += 1;
      close();
      return;
    }
    timer = setTimeout(() => lookUp(query), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && hits.length > 0) {
      event.preventDefault();
      if (list.hidden) render(input.value.trim());
      highlight((active + 1) % hits.length);
    } else if (event.key === 'ArrowUp' && hits.length > 0) {
      event.preventDefault();
      highlight((active - 1 + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (!list.hidden && active >= 0) pick(active);
      else if (input.value.trim()) lookUp(input.value.trim());
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', close);

  return {
    element,
    input,
    show: (name) => {
      input.value = name;
    },
  };
}
