import { facetOptions, facetValueLabel, type FacetLabels } from '../../lib/search/facets';
import { narrowToParams, type NarrowState } from '../../lib/search/narrow';
import { paths } from '../../site/paths';
import {
  FILTER_LABELS,
  FILTER_NAMES,
  isFilterName,
  SORT_KEY,
  type FilterName,
} from '../../lib/search/filters';
import {
  hasCriteria,
  keepKnownFilters,
  parseSearchParams,
  searchStateToParams,
  SORT_ORDERS,
  toPagefindQuery,
  withFilter,
  type SearchState,
} from '../../lib/search/query';
import { describeNoResults, describeResults, toResultView } from '../../lib/search/results';
import { countFacets, filterMask } from '../../lib/search/facet-table';
import {
  loadFacetIndex,
  loadPagefind,
  type FacetIndex,
  type FilterCounts,
  type Pagefind,
  type PagefindHit,
} from './pagefind';
import { renderResult } from './render';

const PAGE_SIZE = 10;

function timelineUrl(casePath: string, state: NarrowState): string {
  const query = narrowToParams(state);
  return `${casePath}${query ? `?${query}` : ''}`;
}
const TYPING_PAUSE_MS = 250;

interface Elements {
  root: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  sort: HTMLSelectElement;
  facets: HTMLElement;
  status: HTMLElement;
  results: HTMLOListElement;
  more: HTMLButtonElement;
  intro: HTMLElement;
  none: HTMLElement;
  noneMessage: HTMLElement;
  noneTips: HTMLElement;
  facetsBox: HTMLDetailsElement;
  onTimeline: HTMLElement;
  onTimelineLink: HTMLAnchorElement;
  active: HTMLElement;
  clear: HTMLButtonElement;
  notice: HTMLElement;
}

function find<T extends HTMLElement>(root: HTMLElement, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`search page: missing ${selector}`);
  return element;
}

/** Run the search page inside `root`: URL ⇄ controls, facets with live counts, results. */
export function startSearchPage(root: HTMLElement): void {
  const el: Elements = {
    root,
    form: find(root, '[data-search-form]'),
    input: find(root, '[data-search-input]'),
    sort: find(root, '[data-search-sort]'),
    facets: find(root, '[data-search-facets]'),
    status: find(root, '[data-search-status]'),
    results: find(root, '[data-search-results]'),
    more: find(root, '[data-search-more]'),
    intro: find(root, '[data-search-intro]'),
    none: find(root, '[data-search-none]'),
    noneMessage: find(root, '[data-search-none-message]'),
    noneTips: find(root, '[data-search-none-tips]'),
    facetsBox: find(root, '[data-search-facets-box]'),
    onTimeline: find(root, '[data-search-timeline]'),
    onTimelineLink: find(root, '[data-search-timeline-link]'),
    active: find(root, '[data-search-facets-active]'),
    clear: find(root, '[data-search-clear]'),
    notice: find(root, '[data-search-notice]'),
  };
  const labels = JSON.parse(find(root, '[data-search-labels]').textContent ?? '{}') as FacetLabels;
  let state = parseSearchParams(new URLSearchParams(location.search));
  let generation = 0;
  let hits: PagefindHit[] = [];
  let shown = 0;
  // The first keystroke after a committed search starts a history entry; later ones amend it.
  let typingEntry = false;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  root.dataset.state = 'loading';
  showControls(el, state);
  // Controls work at once; searches wait for Pagefind, so words typed while it loads still count.
  const ready = loadPagefind();
  ready.catch((error: Error) => {
    root.dataset.state = 'unavailable';
    el.notice.hidden = false;
    el.notice.textContent = error.message;
  });
  // Facet counts and filters come from the build's facet table (src/lib/search/facet-table.ts),
  // fetched when the reader first opens the filters or filters by URL; plain searches never
  // load it, and Pagefind loads no filter index at all while the table works.
  el.facetsBox.addEventListener('toggle', () => {
    if (el.facetsBox.open) void showFacets(generation);
  });
  // Pagefind's hits for the words alone (and the order), by query: ticking a facet filters
  // these rather than searching again, and counting needs them unfiltered.
  let newestFirst: PagefindHit[] | undefined;
  const wordHits = new Map<string, Promise<{ hits: PagefindHit[]; unfiltered: number }>>();
  const hitsOfWords = async (pagefind: Pagefind, facets: FacetIndex | undefined) => {
    const query = toPagefindQuery({ ...state, filters: {} });
    if (query.term === null) {
      // No words: every page, newest first unless asked otherwise (the table is oldest first).
      const pages = facets?.pages ?? [];
      if (query.options.sort?.[SORT_KEY] === 'asc')
        return { hits: pages, unfiltered: pages.length };
      if (newestFirst?.length !== pages.length) newestFirst = [...pages].reverse();
      return { hits: newestFirst, unfiltered: pages.length };
    }
    const key = JSON.stringify(query);
    let found = wordHits.get(key);
    if (!found) {
      found = pagefind
        .search(query.term, query.options)
        .then((r) => ({ hits: r.results, unfiltered: r.unfilteredResultCount }));
      wordHits.set(key, found);
      found.catch(() => wordHits.delete(key));
      // A few queries are enough for ticking and unticking; each holds up to every page's hit.
      if (wordHits.size > 6) wordHits.delete(wordHits.keys().next().value!);
    }
    return found;
  };
  // Each hit's position in the table, looked up once per list of hits (10,000 at scale).
  const positionCache = new WeakMap<PagefindHit[], Uint32Array>();
  const positionsOf = (facets: FacetIndex, hits: PagefindHit[]) => {
    let positions = positionCache.get(hits);
    if (!positions) {
      // A hit the table does not know points past its end, where no mask is set.
      positions = Uint32Array.from(hits, (h) => facets.positions.get(h.id) ?? facets.table.pages);
      positionCache.set(hits, positions);
    }
    return positions;
  };
  /** The results of the current search and how many the words have without filters. */
  const resultsOf = async (pagefind: Pagefind) => {
    if (Object.keys(state.filters).length === 0) return hitsOfWords(pagefind, undefined);
    const facets = await loadFacetIndex();
    if (!facets) {
      const query = toPagefindQuery(state);
      const r = await pagefind.search(query.term, query.options);
      return { hits: r.results, unfiltered: r.unfilteredResultCount };
    }
    const { hits, unfiltered } = await hitsOfWords(pagefind, facets);
    const mask = filterMask(facets.table, state.filters);
    if (!mask) return { hits, unfiltered };
    const positions = positionsOf(facets, hits);
    return { hits: hits.filter((_, i) => mask[positions[i]!] === 1), unfiltered };
  };

  const facetCounts = async (pagefind: Pagefind): Promise<FilterCounts> => {
    const facets = await loadFacetIndex();
    if (facets) {
      const { hits } = await hitsOfWords(pagefind, facets);
      const inResults = new Uint8Array(facets.table.pages);
      for (const position of positionsOf(facets, hits)) inResults[position] = 1;
      return countFacets(facets.table, inResults, state.filters);
    }
    // Without the table: Pagefind counts once it has every filter index, one search per facet
    // with a chosen value (counted as if it were unset, so a reader can switch).
    await pagefind.filters();
    const names = Object.keys(state.filters) as FilterName[];
    const queries = [toPagefindQuery(state), ...names.map((name) => toPagefindQuery(state, name))];
    const [all, ...without] = await Promise.all(
      queries.map((q) => pagefind.search(q.term, q.options).then((r) => r.filters)),
    );
    const counts: FilterCounts = { ...all };
    names.forEach((name, i) => (counts[name] = without[i]?.[name] ?? {}));
    return counts;
  };

  const commit = (next: SearchState, mode: 'push' | 'replace') => {
    state = next;
    const query = searchStateToParams(state);
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${location.pathname}${location.search}`)
      history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    void run();
  };

  // The facets, once the results are shown: their counts can take longer than the results.
  const showFacets = async (mine: number) => {
    if (!el.facetsBox.open) return;
    let pagefind: Pagefind;
    try {
      pagefind = await ready;
    } catch {
      return;
    }
    if (mine !== generation) return;
    const counts = await facetCounts(pagefind);
    if (mine !== generation) return;
    renderFacets(el, state, counts, labels);
  };

  const run = async () => {
    const mine = ++generation;
    let pagefind: Pagefind;
    try {
      pagefind = await ready;
    } catch {
      return;
    }
    if (mine !== generation) return;
    // A shared link may name a value the site does not have: drop it from the URL, quietly.
    const usable = keepKnownFilters(state, labels);
    if (searchStateToParams(usable) !== searchStateToParams(state)) {
      state = usable;
      const query = searchStateToParams(state);
      history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
    }
    showActive(el, state);
    if (!hasCriteria(state)) {
      hits = [];
      renderPage(el, [], 0);
      el.results.replaceChildren();
      el.status.textContent = '';
      el.intro.hidden = false;
      el.none.hidden = true;
      el.onTimeline.hidden = true;
      root.dataset.state = 'empty';
      return showFacets(mine);
    }
    const response = await resultsOf(pagefind);
    if (mine !== generation) return;
    hits = response.hits;
    shown = 0;
    el.results.replaceChildren();
    el.intro.hidden = true;
    el.none.hidden = hits.length > 0;
    if (hits.length === 0) {
      const none = describeNoResults(state, response.unfiltered, labels);
      el.noneMessage.textContent = none.message;
      el.clear.hidden = none.clear === undefined;
      el.clear.textContent = none.clear ?? '';
      el.noneTips.hidden = !none.tips;
      el.status.textContent = none.message;
    } else {
      el.status.textContent = describeResults(hits.length, state, labels);
    }
    showOnTimeline(el, state, hits.length, labels);
    root.dataset.state = hits.length > 0 ? 'results' : 'none';
    await showMore();
    await showFacets(mine);
  };

  // Each result shows as soon as it and the ones above it have loaded: the first result does not
  // wait for the tenth. One page at a time, so two quick clicks on "more" keep the order.
  let moreLoading: { generation: number; done: Promise<number | undefined> } | undefined;
  const showMore = (): Promise<number | undefined> => {
    if (moreLoading?.generation === generation) return moreLoading.done;
    const mine = generation;
    const done = (async () => {
      const firstNew = shown;
      const next = hits.slice(shown, shown + PAGE_SIZE);
      const pending = next.map((hit) => hit.data());
      for (const data of pending) {
        const view = toResultView(await data);
        if (mine !== generation) return undefined;
        el.results.append(renderResult(view));
        shown += 1;
      }
      renderPage(el, hits, shown);
      return firstNew;
    })().finally(() => {
      if (moreLoading?.done === done) moreLoading = undefined;
    });
    moreLoading = { generation: mine, done };
    return done;
  };

  el.form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    typingEntry = false;
    commit({ ...state, query: el.input.value.trim() }, 'push');
  });
  el.input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    void ready.then((pagefind) => pagefind.preload(el.input.value)).catch(() => undefined);
    typingTimer = setTimeout(() => {
      const query = el.input.value.replace(/\s+/g, ' ').trim();
      if (query === state.query) return;
      commit({ ...state, query }, typingEntry ? 'replace' : 'push');
      typingEntry = true;
    }, TYPING_PAUSE_MS);
  });
  el.sort.addEventListener('change', () => {
    const sort = SORT_ORDERS.find((s) => s === el.sort.value) ?? 'relevance';
    typingEntry = false;
    commit({ ...state, sort: sort }, 'push');
  });
  el.facets.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    const name = input.name.replace(/^facet-/, '');
    if (!isFilterName(name)) return;
    typingEntry = false;
    commit(withFilter(state, name, input.value === '' ? undefined : input.value), 'push');
  });
  el.clear.addEventListener('click', () => {
    typingEntry = false;
    commit({ ...state, filters: {} }, 'push');
    el.input.focus();
  });
  el.more.addEventListener('click', () => {
    void showMore().then((firstNew) => {
      // Move focus to the first new result, so keyboard readers continue where the list grew.
      if (firstNew !== undefined) el.results.children[firstNew]?.querySelector('a')?.focus();
    });
  });
  window.addEventListener('popstate', () => {
    clearTimeout(typingTimer);
    typingEntry = false;
    state = parseSearchParams(new URLSearchParams(location.search));
    showControls(el, state);
    void run();
  });

  void run();
}

function showControls(el: Elements, state: SearchState): void {
  el.input.value = state.query;
  el.sort.value = state.sort;
}

// Results narrowed to one case can be shown on that case's timeline, with the same words, kind
// and actor in its URL.
function showOnTimeline(
  el: Elements,
  state: SearchState,
  count: number,
  labels: FacetLabels,
): void {
  const caseId = state.filters.case;
  const usable =
    caseId !== undefined && count > 0 && (!state.filters.type || state.filters.type === 'event');
  el.onTimeline.hidden = !usable;
  if (!usable) return;
  const href = timelineUrl(paths.case(caseId), {
    query: state.query,
    ...(state.filters.kind ? { kind: state.filters.kind } : {}),
    ...(state.filters.actor ? { actor: state.filters.actor } : {}),
  });
  el.onTimelineLink.href = href;
  el.onTimelineLink.textContent = `Show these results on the timeline of ${facetValueLabel(labels, 'case', caseId)}`;
}

// The filters' summary says how many are on, open or closed.
function showActive(el: Elements, state: SearchState): void {
  const active = Object.keys(state.filters).length;
  el.active.textContent = active > 0 ? `(${active} on)` : '';
}

function renderPage(el: Elements, hits: PagefindHit[], shown: number): void {
  el.more.hidden = shown >= hits.length;
  el.more.textContent = `Show more results (${hits.length - shown} more)`;
}

// Long facets (actors, at scale) show their first values; a button lists the rest.
const FACET_PREVIEW = 8;
const expanded = new Set<FilterName>();

function renderFacets(
  el: Elements,
  state: SearchState,
  counts: FilterCounts,
  labels: FacetLabels,
): void {
  const focused =
    document.activeElement instanceof HTMLInputElement && el.facets.contains(document.activeElement)
      ? { name: document.activeElement.name, value: document.activeElement.value }
      : undefined;
  const groups: HTMLFieldSetElement[] = [];
  for (const name of FILTER_NAMES) {
    const all = facetOptions(name, counts[name] ?? {}, state.filters[name], labels);
    if (all.length === 0) continue;
    const folded = !expanded.has(name) && all.length > FACET_PREVIEW + 1;
    const options = folded ? all.filter((o, i) => i < FACET_PREVIEW || o.selected) : all;
    const fieldset = document.createElement('fieldset');
    fieldset.className = 'search-facet';
    const legend = document.createElement('legend');
    legend.textContent = FILTER_LABELS[name];
    fieldset.append(legend);
    const anyChoice = {
      value: '',
      label: 'Any',
      count: undefined as number | undefined,
      selected: state.filters[name] === undefined,
    };
    for (const option of [anyChoice, ...options]) {
      const label = document.createElement('label');
      const input = document.createElement('input');
      input.type = 'radio';
      input.name = `facet-${name}`;
      input.value = option.value;
      input.checked = option.selected;
      const text = document.createElement('span');
      text.textContent = option.label;
      label.append(input, text);
      if (option.count !== undefined) {
        const count = document.createElement('span');
        count.className = 'search-facet-count';
        count.textContent = String(option.count);
        label.append(count);
      }
      fieldset.append(label);
    }
    if (folded) {
      const more = document.createElement('button');
      more.type = 'button';
      more.className = 'search-link-button';
      more.textContent = `Show all ${all.length}`;
      more.addEventListener('click', () => {
        expanded.add(name);
        renderFacets(el, state, counts, labels);
        el.facets
          .querySelector<HTMLInputElement>(`input[name="facet-${name}"]:not(:checked)`)
          ?.focus();
      });
      fieldset.append(more);
    }
    groups.push(fieldset);
  }
  el.facets.replaceChildren(...groups);
  showActive(el, state);
  if (focused) {
    const again = [...el.facets.querySelectorAll<HTMLInputElement>('input')].find(
      (i) => i.name === focused.name && i.value === focused.value,
    );
    again?.focus();
  }
}
