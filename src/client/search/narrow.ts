import {
  describeNarrow,
  isNarrowed,
  matchFacets,
  narrowingCss,
  narrowToParams,
  parseNarrowParams,
  type NarrowState,
} from '../../lib/search/narrow';
import type { TimelineEvent } from '../../lib/timeline/types';
import { loadTimeline } from '../timeline/data';
import { loadPagefind } from './pagefind';

// The event id of an event page's URL: `/kb/events/<id>/?highlight=…` → `<id>`.
function eventIdOf(url: string): string | undefined {
  return /\/events\/([^/?#]+)\/?(?:[?#]|$)/.exec(url)?.[1];
}

function part<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`timeline search: missing ${selector}`);
  return element;
}

/**
 * Narrow a case page's timeline and event list to a search, kept in the page's URL. The hook
 * into the timeline is small on purpose: a stylesheet dims the marks of other events (it holds
 * through zooming and redraws), and the list hides their items.
 */
export function startTimelineSearch(form: HTMLFormElement): void {
  const section = form.closest('section') ?? document.body;
  const figure = section.querySelector<HTMLElement>('.ct-timeline');
  // A big case's data is fetched; the search starts once it is here (one request, shared).
  const events = figure ? loadTimeline(figure).then((d) => d.events) : Promise.resolve([]);
  events
    .then((list) => startWith(form, section, figure, list))
    .catch((cause) => console.error(new Error('timeline search: could not start', { cause })));
}

function startWith(
  form: HTMLFormElement,
  section: Element,
  figure: HTMLElement | null,
  events: TimelineEvent[],
): void {
  const caseId = form.dataset.case ?? '';
  // Queried each time: a big case's list is swapped for another year's.
  const items = () => [
    ...section.querySelectorAll<HTMLLIElement>('.event-list > li[data-event-id]'),
  ];
  const names = JSON.parse(
    part(form, '[data-timeline-search-names]').textContent ?? '{}',
  ) as Record<string, string>;
  const status = part<HTMLElement>(form, '[data-timeline-search-status]');
  const clear = part<HTMLButtonElement>(form, '[data-timeline-search-clear]');
  const input = part<HTMLInputElement>(form, 'input[name="q"]');
  const kind = part<HTMLSelectElement>(form, 'select[name="kind"]');
  const actor = part<HTMLSelectElement>(form, 'select[name="actor"]');
  const known = {
    kinds: new Set(events.map((e) => e.kind)),
    actors: new Set(Object.keys(names)),
  };
  const style = document.createElement('style');
  document.head.append(style);
  figure?.setAttribute('data-narrow-scope', caseId);
  const scope = `.ct-timeline[data-narrow-scope="${CSS.escape(caseId)}"]`;
  let generation = 0;

  const read = () => parseNarrowParams(new URLSearchParams(location.search), known);

  const show = async (state: NarrowState) => {
    const mine = ++generation;
    input.value = state.query;
    kind.value = state.kind ?? '';
    actor.value = state.actor ?? '';
    clear.hidden = !isNarrowed(state);
    if (!isNarrowed(state)) {
      style.textContent = '';
      for (const item of items()) item.hidden = false;
      status.textContent = '';
      return;
    }
    let ids = matchFacets(events, state);
    if (state.query) {
      status.textContent = 'Searching…';
      try {
        const pagefind = await loadPagefind();
        const filters: Record<string, string> = { case: caseId, type: 'event' };
        if (state.kind) filters.kind = state.kind;
        if (state.actor) filters.actor = state.actor;
        const response = await pagefind.search(state.query, { filters });
        const urls = await Promise.all(response.results.map(async (r) => (await r.data()).url));
        const found = new Set(urls.map(eventIdOf));
        ids = ids.filter((id) => found.has(id));
      } catch (error) {
        if (mine === generation) status.textContent = (error as Error).message;
        return;
      }
    }
    if (mine !== generation) return;
    const keep = new Set(ids);
    style.textContent = narrowingCss(scope, ids);
    for (const item of items()) item.hidden = !keep.has(item.dataset.eventId ?? '');
    status.textContent = describeNarrow(ids.length, events.length, state, (id) => names[id] ?? id);
  };

  const go = (state: NarrowState) => {
    const query = narrowToParams(state);
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`)
      history.pushState(null, '', url);
    void show(state);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    params.set('q', input.value);
    params.set('kind', kind.value);
    params.set('actor', actor.value);
    go(parseNarrowParams(params, known));
  });
  clear.addEventListener('click', () => {
    go({ query: '' });
    input.focus();
  });
  window.addEventListener('popstate', () => void show(read()));
  const initial = read();
  if (isNarrowed(initial)) void show(initial);
}
