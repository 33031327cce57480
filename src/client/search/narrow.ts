import {
  describeNarrow,
  isNarrowed,
  matchFacets,
  narrowToParams,
  parseNarrowParams,
  type NarrowState,
} from '../../lib/search/narrow';
import type { TimelineEvent } from '../../lib/timeline/types';
import type { TimelineHandle } from '../timeline/mount';
import { withTimeline } from '../timeline/registry';
import { loadTimeline, type TimelineData } from '../timeline/data';
import { loadPageOfHit, loadPagefind } from './pagefind';

// The event id of an event page's URL: `/kb/events/<id>/?highlight=…` → `<id>`.
function eventIdOf(url: string): string | undefined {
  return /\/events\/([^/?#]+)\/?(?:[?#]|$)/.exec(url)?.[1];
}

/**
 * Return the ids of the events a query finds. The words alone are searched and each hit named
 * through the build's page list, in two requests whatever the count; the case, kind and actor
 * are matched from the chart's own data. Without the page list (an older or partial deploy),
 * Pagefind filters and each hit's page is fetched for its URL.
 */
async function eventsMatching(
  state: NarrowState,
  caseId: string,
): Promise<Set<string | undefined>> {
  const pagefind = await loadPagefind();
  const pageOf = await loadPageOfHit();
  if (pageOf) {
    const { results } = await pagefind.search(state.query);
    const found = new Set<string | undefined>();
    for (const hit of results) {
      const page = pageOf(hit);
      if (page?.type === 'event') found.add(page.id);
    }
    return found;
  }
  const filters: Record<string, string> = { case: caseId, type: 'event' };
  if (state.kind) filters.kind = state.kind;
  if (state.actor) filters.actor = state.actor;
  const response = await pagefind.search(state.query, { filters });
  const urls = await Promise.all(response.results.map(async (r) => (await r.data()).url));
  return new Set(urls.map(eventIdOf));
}

function part<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`timeline search: missing ${selector}`);
  return element;
}

// Above the event list, which sits further down the page: what it shows, and a way back to all.
function createListNote(
  list: HTMLElement,
  total: number,
): { note: HTMLElement; text: Text; all: HTMLButtonElement } {
  const note = document.createElement('p');
  note.className = 'timeline-search-list-note';
  note.hidden = true;
  const text = document.createTextNode('');
  const all = document.createElement('button');
  all.type = 'button';
  all.className = 'search-link-button';
  all.textContent = `Show all ${total} events`;
  note.append(text, ' ', all);
  list.before(note);
  return { note, text, all };
}

/**
 * Narrow a case page's timeline and event list to a search, kept in the page's URL. The chart
 * redraws with only the matching events (its clusters, titles and legend follow the narrowed
 * set), the list hides the others, and both say how many of the case's events they show.
 */
export function startTimelineSearch(form: HTMLFormElement): void {
  const section = form.closest('section') ?? document.body;
  const figure = section.querySelector<HTMLElement>('.ct-timeline');
  // A big case's data is fetched; the search starts once it is here (one request, shared).
  const data: Promise<TimelineData> = figure
    ? loadTimeline(figure)
    : Promise.resolve({ events: [], names: {}, laneBy: 'case' });
  data
    .then((d) => startWith(form, section, figure, d.events, d.loadActors, d.loadIds))
    .catch((cause) => console.error(new Error('timeline search: could not start', { cause })));
}

function startWith(
  form: HTMLFormElement,
  section: Element,
  figure: HTMLElement | null,
  events: TimelineEvent[],
  // A big case's chart data keeps the events' actors apart: fetched for the first actor filter.
  loadActors?: () => Promise<void>,
  // …and names only its overview's events: every id comes in one file, for the first search.
  loadIds?: () => Promise<void>,
): void {
  const caseId = form.dataset.case ?? '';
  // Looked up each time: a big case's list is swapped for another year's (year-list.ts).
  const currentList = () => section.querySelector<HTMLOListElement>('.event-list');
  const list = currentList();
  const items = () => [
    ...(currentList()?.querySelectorAll<HTMLLIElement>(':scope > li[data-event-id]') ?? []),
  ];
  const names = JSON.parse(
    part(form, '[data-timeline-search-names]').textContent ?? '{}',
  ) as Record<string, string>;
  const status = part<HTMLElement>(form, '[data-timeline-search-status]');
  const clear = part<HTMLButtonElement>(form, '[data-timeline-search-clear]');
  const input = part<HTMLInputElement>(form, 'input[name="q"]');
  const kind = part<HTMLSelectElement>(form, 'select[name="kind"]');
  const actor = part<HTMLSelectElement>(form, 'select[name="actor"]');
  const listNote = list ? createListNote(list, events.length) : undefined;
  const known = {
    kinds: new Set(events.map((e) => e.kind)),
    actors: new Set(Object.keys(names)),
  };
  let timeline: TimelineHandle | undefined;
  // The ids the chart should show; applied when the chart is (or becomes) live.
  let shownIds: string[] | null = null;
  let generation = 0;

  const drawChart = () => {
    if (!figure) return;
    // An empty chart would draw an empty stretch of time: none is clearer, the status says why.
    figure.hidden = shownIds !== null && shownIds.length === 0;
    if (timeline && !figure.hidden) timeline.showOnly(shownIds);
  };
  if (figure)
    withTimeline(figure, (handle) => {
      timeline = handle;
      if (shownIds !== null) drawChart();
    });

  const read = () => parseNarrowParams(new URLSearchParams(location.search), known);

  const apply = (ids: string[] | null, text: string) => {
    const keep = ids === null ? null : new Set(ids);
    for (const item of items())
      item.hidden = keep !== null && !keep.has(item.dataset.eventId ?? '');
    // Gaps between list items ("· 2 weeks later ·") measure from the item before, hidden or not.
    if (keep === null) currentList()?.removeAttribute('data-narrowed');
    else currentList()?.setAttribute('data-narrowed', '');
    const redraw = ids !== null || shownIds !== null;
    shownIds = ids;
    if (redraw) drawChart();
    status.textContent = text;
    clear.hidden = ids === null;
    if (listNote) {
      listNote.note.hidden = ids === null;
      listNote.text.textContent = text;
    }
  };

  const show = async (state: NarrowState) => {
    const mine = ++generation;
    input.value = state.query;
    kind.value = state.kind ?? '';
    actor.value = state.actor ?? '';
    if (!isNarrowed(state)) return apply(null, '');
    if ((state.actor && loadActors) || loadIds)
      try {
        await Promise.all([state.actor && loadActors?.(), loadIds?.()]);
      } catch (error) {
        if (mine === generation) status.textContent = (error as Error).message;
        return;
      }
    let ids = matchFacets(events, state);
    if (state.query) {
      status.textContent = 'Searching…';
      try {
        const found = await eventsMatching(state, caseId);
        ids = ids.filter((id) => found.has(id));
      } catch (error) {
        if (mine === generation) status.textContent = (error as Error).message;
        return;
      }
    }
    if (mine !== generation) return;
    apply(
      ids,
      describeNarrow(ids.length, events.length, state, (id) => names[id] ?? id),
    );
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
  // From the list, the reader stays at the list: focus goes to its first event.
  listNote?.all.addEventListener('click', () => {
    go({ query: '' });
    currentList()?.querySelector('a')?.focus();
  });
  window.addEventListener('popstate', () => void show(read()));
  const initial = read();
  if (isNarrowed(initial)) void show(initial);
}
